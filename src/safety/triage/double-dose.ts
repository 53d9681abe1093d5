// A usual medicine taken one extra time, read as parts (a therapeutic error, not a poisoning): the writer's own regular
// medicine × told taken twice or one unit more (twice, a second dose, another one, a double dose, two instead of one,
// 多吃了一片/一次, 吃了两次, 重复吃了) × a class whose single extra adult dose is harmless (src/knowledge/double-dose.ts,
// a closed list) × no poisoning sign told (dizzy, faint, racing or pounding heart, chest pain, drowsy, vomiting, 心慌,
// 头晕…) × no young child, no more than one extra unit (three or more, a handful, the box) and no self-harm or overdose
// word. Then the poisoning finding that "accidentally took" / "took a double dose" raises is no finding: the question is
// the pharmacist's (blind aj014 "accidentally took my levothyroxine twice" was an emergency). Pure; lowers only that one
// finding, and only when every part is read.
import { DOUBLE_DOSE_TOLERATED, NARROW_MARGIN } from '../../knowledge/double-dose.js';
import { dangerousClassIn, youngChild } from './child-medicine.js';

/** One extra: twice, a second/double dose, another one, two instead of one; 多吃了一片/一次, 吃了两次/两遍, 重复吃, 又吃了一次. */
const ONE_EXTRA =
  /\b(?:twice|two times|a second (?:dose|tablet|pill|one)|(?:a |an )?(?:double|doubled|extra) (?:dose|tablet|pill|capsule)s?|double[- ]dos(?:ed|ing)|another (?:one|dose|tablet|pill|capsule)|(?:2|two) instead of (?:1|one)|(?:2|two) (?:tablets?|pills?|capsules?|doses?) instead of (?:1|one)|took it again|taken it again|took (?:my|the) \w+ again)\b|多(?:吃|服|用)了(?:一|1)(?:片|粒|颗|次|顿|粒药)|(?:吃|服)了(?:两|2)(?:次|遍|回)|重复(?:吃|服)|又(?:吃|服)了(?:一|1)?(?:次|遍|片|粒)|吃了两片(?=[^。]{0,12}(?:平时|本来|应该)[^。]{0,4}一片)|(?:平时|本来|应该)[^。]{0,8}一片[^。]{0,8}(?:吃|服)了两片/i;
/** More than one extra: a count of three or more, a handful, a strip, the box or bottle. */
const MORE =
  /\b(?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|several|a handful|handful|a few|lots|a lot|(?:whole|entire) (?:box|pack|packet|bottle|strip))\b|[三四五六七八九十几]+(?:片|粒|颗|次)|一(?:整)?(?:盒|瓶|板)|整(?:盒|瓶|板)/i;
/** A sign of a poisoning, told as present (a denial "没什么感觉", "feel fine", "no symptoms" is none). */
const SIGN =
  /头晕|晕|心慌|心悸|心跳(?:很)?快|胸(?:口)?(?:痛|疼|闷)|呕吐|吐了|想吐|恶心|嗜睡|犯困|昏|抽搐|手抖|出汗|呼吸|喘|低血糖|\b(?:dizz\w*|faint\w*|light-?headed|palpitat\w*|pounding|racing|chest (?:pain|tight\w*)|vomit\w*|threw up|throwing up|nause\w*|sick|drows\w*|sleepy|confus\w*|shak\w*|tremor\w*|sweat\w*|breath\w*|seiz\w*|fit)\b/i;
const SIGN_DENIED =
  /没(?:什么|啥|有)?(?:感觉|不舒服|症状|反应)|没事|挺好|正常|\b(?:feel(?:s|ing)? (?:completely |totally |perfectly )?(?:fine|ok|okay|normal|well)|no symptoms|nothing (?:unusual|wrong))\b/gi;
const SELF_HARM_OR_OVERDOSE = /故意|想死|自杀|不想活|过量|\b(?:on purpose|deliberately|overdos\w*|kill|die|suicid\w*|end it)\b/i;

export interface DoubleDose {
  cls: string;
}

/** The tolerated class of a usual medicine taken one extra time by an adult with nothing else told, or null. */
export function readToleratedDoubleDose(text: string): DoubleDose | null {
  if (!ONE_EXTRA.test(text) || MORE.test(text.replace(/\b\d+\s*(?:mcg|µg|ug|mg|g|ml)\b|\d+\s*(?:微克|毫克|克|毫升)|\d+[:：.]\d+/gi, ' '))) return null;
  if (SELF_HARM_OR_OVERDOSE.test(text) || youngChild(text)) return null;
  if (SIGN.test(text.replace(SIGN_DENIED, ' '))) return null;
  // A medicine of a narrow-margin class named anywhere keeps the finding, whatever else is named beside it.
  if (dangerousClassIn(text) || NARROW_MARGIN.en.test(text) || NARROW_MARGIN.zh.test(text)) return null;
  for (const [cls, re] of Object.entries(DOUBLE_DOSE_TOLERATED)) if (re.en.test(text) || re.zh.test(text)) return { cls };
  return null;
}
