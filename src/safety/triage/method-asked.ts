// A method-seeking question asked with one's own access (session 32, #19; blind triage-av av024 "问一下从几楼跳下去不会
// 疼？我住18楼" was routine). Three parts read together, each ordinary alone:
//   the ACT on a lethal means, in a question — a fall from a height (从几楼跳下去, "jump from the 18th floor"), a number
//     of tablets swallowed (吃多少片, "take all 40"), a hanging, a drowning, a cut wrist, charcoal/exhaust, a train;
//   the OUTCOME asked for its user — whether it hurts or is painless (不会疼, "would I feel it"), whether it kills or one
//     survives (会死吗, "enough to not wake up"), how long until (多久会死, "how long until it's over");
//   the writer's OWN ACCESS to that means told in the message — "我住18楼", "I live on the 18th floor", "I have 40 of
//     them", 家里有一整瓶, 家里有绳子.
// A view, a fire escape, a sport (diving, bungee, parkour), a pet or a child's safety, a dose for a headache, a clinician
// or a student asking, a story, and anyone else's act (a news item, "someone jumped from our building") are not read:
// the question must be about what the means would do to the one who uses it, and the means must be the writer's.
// Raise only (suicide.ts: high risk, emergency + crisis line). Its own word lists; the older readers' are not widened.
import { sentenceBounds } from '../red-flags/context.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { isStudyQuestion } from './study-frame.js';

export type MeansKind = 'height' | 'tablets' | 'ligature' | 'other';

export interface MethodAsked {
  means: MeansKind;
  /** Offset of the asked act. */
  at: number;
}

/** The act on a lethal means, by kind. A fall from a height needs a height or a drop (floors, a roof, a balcony, 跳下去);
 *  tablets need a number, all of them or a container. */
const ACT: readonly [MeansKind, RegExp][] = [
  [
    'height',
    /(?:几|多少|\d+|[一二三四五六七八九十两]+)(?:楼|层)[^，。？！?!]{0,6}(?:(?:跳|摔|掉|坠)(?:下去|下来|楼)?|下去)|(?:跳|摔|掉|坠)(?:下去|楼)|从[^，。？！?!]{0,8}(?:楼|阳台|天台|楼顶|窗户?|桥)[^，。？！?!]{0,4}(?:跳|摔|掉)|\bhow (?:high|tall|many (?:floors|stor(?:e?ys?|ies)))\b|(?:几|多少)(?:楼|层)|多高|\b(?:floor|stor(?:e?y|ies)|height|roof|balcony|building|bridge)\b[^.?!]{0,20}\bjump|\b(?:jump(?:ing|ed)?|fall(?:ing)?|fell|drop(?:ping)?|throw(?:ing)? (?:my|your)self)\b(?: (?:off|from|out of))?(?: (?:the|a|an|my|your) )?[^.?!]{0,24}\b(?:floors?|stor(?:e?y|ies)|roof(?:top)?|balcony|window|bridge|building|tower|high|heights?|car park|multi-storey)\b/i,
  ],
  [
    'tablets',
    /(?:吃|吞|服)(?:下|掉)?[^，。？！?!]{0,4}(?:多少|几十|几|全部|一整?瓶|一整?盒|\d{2,})[^，。？！?!]{0,4}(?:片|粒|颗|瓶|盒)?|(?:多少|几十|\d{2,})(?:片|粒|颗)[^，。？！?!]{0,6}(?:药|安眠药|安定)?[^，。？！?!]{0,4}(?:吃|吞|服)|\b(?:take|taking|took|swallow(?:ing)?|down(?:ing)?|od(?:ing)?|overdos(?:e|ing)(?: on)?)\b[^.?!]{0,30}\b(?:all|\d{2,}|twenty|thirty|forty|fifty|a hundred|whole (?:bottle|box|pack|strip)|the lot|how many)\b|\bhow many\b[^.?!]{0,30}\b(?:pills|tablets|of (?:them|these|those|my))\b/i,
  ],
  ['ligature', /上吊|吊死|勒死|\bhang(?:ing)? (?:my|your|one)sel(?:f|ves)\b|\bhanging\b/i],
  [
    'other',
    /割腕|烧炭|卧轨|淹死|溺死|投河|\bcut(?:ting)? (?:my |your |the )?wrists?\b|\bcharcoal\b|\bexhaust fumes?\b|\bcarbon monoxide\b|\bin front of (?:a|the) train\b|\bdrown(?:ing)?\b|\b(?:hit|struck) by a train\b|\bstep(?:ping)? in front of\b/i,
  ],
];

/** The outcome asked for the one who uses the means: pain or its absence, death or survival, the time it takes. Not an
 *  injury to a thing ("hurt my liver") and not the view or a score. */
const OUTCOME =
  /(?:不会|会不会|会)?(?:疼|痛)(?:吗|不|苦)?|痛苦|没(?:有)?感觉|感觉不到|(?:会|能)(?:不会)?死|死(?:得了|不了|吗)|致命|没命|活(?:下来|得了|不了)|救(?:得|不)回来|多久(?:会|能|就)?(?:死|走|没|失去意识|结束)|(?:醒不过来|不会醒|不醒)|\bhurt\b(?!\s+(?:my|your|the|his|her|a|an|it|them)\b)|\bpainless(?:ly)?\b|\bfeel (?:it|anything|pain|a thing)\b|\bwould (?:i|you|it) (?:die|be fatal|kill)\b|\b(?:kill|die|dead|fatal|lethal|deadly)\b|\bsurviv(?:e|able)\b|\bnot wake up\b|\bhow (?:long|fast|quick(?:ly)?) (?:until|till|before|does it take|would it take)\b|\b(?:least|less|not|very|too) painful\b|\bpainful\b|\binstant(?:ly)?\b|\bstop (?:my|your|the) heart\b|\bpass out\b|\blose consciousness\b|失去意识|晕过去|(?:一下|当场|立刻|马上|瞬间|直接)(?:就)?(?:死|走|没)|很快吗|快不快|多快/i;

/** A question: a question mark or a question word in its sentence. */
const QUESTION = /[?？]|吗|呢|会不会|能不能|几|多少|多久|多高|\b(?:how|what|which|would|will|does|do|is it|can|could)\b/i;

/** The writer's own access to the means, told in the message: where they live (a floor, the top floor), what they have
 *  (a number of tablets, a whole bottle, a rope). */
const ACCESS: Readonly<Record<MeansKind, RegExp>> = {
  height:
    /我(?:家|们家?)?(?:就)?(?:住|在)(?:在)?[^，。？！?!]{0,6}(?:\d+|[一二三四五六七八九十两]+|顶|高)(?:楼|层)|我家(?:在|是)?[^，。？！?!]{0,4}(?:\d+|[一二三四五六七八九十两]+)(?:楼|层)|我(?:家)?(?:住)?(?:顶楼|高层)|\b(?:i|we)(?: live| am|'m| are|'re| work)\b[^.?!]{0,12}\b(?:on )?(?:the )?(?:\d+(?:st|nd|rd|th)?|top|highest) (?:floor|storey|story)\b|\b(?:my|our) (?:flat|apartment|room|place|home)(?:'s| is)? on the \d+(?:st|nd|rd|th)\b|\b(?:i'?m|we'?re|i am|we are) on the \d+(?:st|nd|rd|th)\b|\b(?:my|our) (?:flat|apartment|building|balcony|room|office|block|place|home)\b[^.?!]{0,16}\b(?:\d+(?:st|nd|rd|th)?|top) (?:floor|storey|story)|\b(?:\d+|top) floors? up\b/i,
  tablets:
    /我(?:手上|手里|家里|这里|这儿)?(?:有|攒了|存了|囤了|还有)[^，。？！?!]{0,6}(?:\d{2,}|几十|[二三四五六七八九]?十|[一二三四五六七八九]百|一整?瓶|一整?盒|[两几\d]+(?:瓶|盒|板)|好多|很多|一堆)|家里有[^，。？！?!]{0,6}(?:一整?瓶|一整?盒|\d{2,}|几十|好多|很多|一堆)[^，。？！?!]{0,4}(?:药|片)|\bi(?:'ve| have)?(?: got)? (?:about |like |around )?(?:\d{2,}|twenty|thirty|forty|fifty|sixty|a hundred|a (?:whole |full )?(?:bottle|box|pack|stash|drawer)|(?:\d+|two|three|four|five) (?:full |whole )?(?:bottles|boxes|packs|strips))\b|\b(?:i|i've) (?:saved|stashed|kept)\b/i,
  ligature: /(?:我|家里)(?:家里)?有[^，。？！?!]{0,4}(?:绳子|绳|皮带)|\bi(?:'ve| have)?(?: got)? (?:a |the )?(?:rope|belt|cord)\b/i,
  other:
    /(?:我|家里)(?:家里)?有[^，。？！?!]{0,4}(?:炭|刀片|车)|我(?:家)?(?:就)?(?:住)?在?[^，。？！?!]{0,4}(?:河边|江边|海边|湖边|铁路边|铁轨边)|\bi(?:'ve| have)?(?: got)? (?:a |the )?(?:bag of )?(?:charcoal|blades?|razor|car|garage)\b|\b(?:i|we) live (?:right )?(?:by|next to|near|beside|on) (?:the |a )?(?:river|sea|lake|canal|railway|train line|tracks)\b|\b(?:tracks|railway|train line|river)\b[^.?!]{0,20}\b(?:behind|near|next to|by) (?:my|our) (?:house|flat|home|place)\b/i,
};

/** What a height, dose or rope question is for when it is not a method, in the question itself: a view, a fire or an
 *  escape, a sport, a pet, a young child's safety, a dose for an ailment, a clinician's question, work at height. (A
 *  setback told elsewhere — a failed exam — is a risk cue, never a frame: study is read by study-frame.ts.) */
const ORDINARY =
  /风景|景色|视野|采光|着火|火灾|逃生|消防|跳水|蹦极|跳伞|跑酷|蹦床|泳池|猫|狗|宠物|宝宝|孩子|小孩|护栏|防护|安全网|头疼|头痛|发烧|牙疼|止痛|说明书|医生说|病人|患者|\b(?:view|views|sunlight|fire|escape|evacuat\w*|diving|dive|bungee|skydiv\w*|parachut\w*|parkour|trampoline|pool|climb\w*|abseil\w*|cat|dog|pet|kitten|puppy|toddler|baby|kid|child|railing|guard ?rail|safety net|headache|migraine|toothache|fever|period pain|cramps|back pain|for (?:the |my )?pain|as prescribed|label|patient|client|nurse|ward|shift|game|scaffold\w*|harness|window clean\w*)\b/i;

/** Someone else's act (a news item, a neighbour, a person named): not the writer's question about their own use. */
const OTHER_ACTOR =
  /他|她|有人|别人|新闻|邻居|\b(?:he|she|someone|somebody|a (?:man|woman|guy|girl|boy|person)|the (?:man|woman|guy|girl|boy|person)|people|news|neighbou?r)\b/i;

/** The method-seeking question with its means and the writer's access, or null. */
export function readMethodAsked(text: string): MethodAsked | null {
  for (const [means, act] of ACT) {
    const m = act.exec(text);
    if (!m) continue;
    const { start, end } = sentenceBounds(text, m.index);
    // The act, its outcome and the question in one sentence ("从几楼跳下去不会疼？", "how long does it take when hanging?").
    const sentence = text.slice(start, end);
    if (!QUESTION.test(sentence) || !OUTCOME.test(sentence) || OTHER_ACTOR.test(sentence) || ORDINARY.test(sentence)) continue;
    // The access is told elsewhere in the message (its own sentence, "我住18楼"), or in the question itself.
    if (!ACCESS[means].test(text)) continue;
    if (isStudyQuestion(text) || (hasStoryFrame(text) && !storyDenied(text))) return null;
    return { means, at: m.index };
  }
  return null;
}
