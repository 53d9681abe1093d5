// A large ingestion of medicine: a swallowing act whose object is a quantity beyond any dose — a whole container,
// "all of" someone's supply, ten or more tablets, a handful — read as parts (act × quantity × medicine), once, for
// both the self-harm reader (its mass-ingestion slot) and the clinical layer (a deliberate overdose is an emergency).
// A medicine is a generic word (pills, 药, 片) or any name in the knowledge base's alias table (src/knowledge/drugs.ts:
// generic, English and brand names) or with a medicine's shape (-line, -pam…): before reading, every name is rewritten
// as its class word with the same length ("took all my sertraline" reads "took all my pills     "), so offsets, clause
// boundaries and negation scopes stay those of the original text.
import { isMedicineShape, parseSeedAliases, ZH_DRUG_ENDINGS } from '../../knowledge/drugs.js';
import { parseNumber } from '../red-flags/numbers.js';
import { DRUG_BRANDS } from '../../knowledge/drug-brands.js';
import { englishWord } from '../../knowledge/english-words.js';
import { PARACETAMOL_PRODUCTS } from '../../knowledge/paracetamol-products.js';
import { readActsDone } from './act-done.js';
import { readBareCounts } from './bare-count.js';

/** A quantity of a daily routine, not an overdose: "took all my meds this morning", "把今天的药都吃了". Only a dose's own
 *  words count — "as prescribed", a day word, a course word; who prescribed the supply ("the doctor gave me", "医院开的",
 *  "医生开的") says nothing about a day's dose: all of a prescribed supply is still all of it. */
const ROUTINE_DOSE =
  /\b(?:this (?:morning|evening)|(?:this )?(?:morning|evening|night|bedtime)(?:'s)? (?:dose|doses|meds|pills|tablets)|tonight'?s|today'?s|usual|daily|regular|as (?:usual|prescribed|directed)|on time|for (?:the day|today)|every (?:day|morning|night)|the (?:whole |full )?course|antibiotics?)\b|今天的|今早的|早上的|晚上的|这顿的?|按时|按医嘱|每天|每顿|疗程|一天的/i;
/** A hypnotic is one dose a night: all of a sleeping-pill supply is never a day's doses, whatever time word is beside
 *  it ("took all his sleeping pills this evening"); only "as prescribed" frames it. */
const ONE_A_NIGHT =
  /\b(?:sleeping (?:pills?|tablets?)|zolpidem|zopiclone|eszopiclone|zaleplon|temazepam|nitrazepam|triazolam|ambien|stilnox|imovane|lunesta)\b|安眠药|安定片?|助眠药|唑吡坦|佐匹克隆|艾司唑仑|三唑仑/i;
const AS_PRESCRIBED = /\bas (?:prescribed|directed)\b|按医嘱/i;

/** The end of a course or of a day's doses, not an overdose: medicines taken as a course ("the rest of my amoxicillin",
 *  "剩下的消炎药"), a course said as such, or the rest of a day's doses ("the rest of today's tablets"). Not the daily-dose
 *  words of ROUTINE_DOSE: what was left of a supply swallowed "this morning" is still all of it. */
const COURSE_END =
  /\b(?:as (?:prescribed|directed)|(?:the )?(?:whole |full )?course|(?:to|yester)day'?s|tonight'?s)\b|疗程|按医嘱|(?:今天|今早|今晚|这顿|一天)(?:剩下|剩余)?的|这顿|抗生素|消炎药|头孢|[\p{Script=Han}]{0,3}(?:霉素|沙星|西林)|中药|\b(?:antibiotics?|\w*(?:cillin|mycin|floxacin|cycline)|cef\w+|ceph\w+|steroids?|prednis\w*|antivirals?|tamiflu|oseltamivir)\b/iu;

/** Done, also when stressed against a take-back ("jk but I did take all my…", "I did swallow the whole bottle"). */
// An adverb of emphasis is transparent ("I really did just take 50", "I did actually swallow"); "did it" / "did them"
// points back to the act and the amount follows ("yes I did it, 30 paracetamol at 9pm": review s20 S2).
const TAKEN_EN = String.raw`(?:\b(?:took|taken|swallowed|downed|ate|eaten|popped|necked|chugged|did (?:(?:just|really|actually|honestly|definitely|already|in fact) ){0,2}(?:take|swallow|down|eat|pop|neck))\b(?: (?:them|it|those|these)[.,;:]?(?= all\b))?|\b(?:did|done) (?:it|them|that)(?: again)?(?: [—–-]+|[,.:;])?(?!\w))`;
const INTEND_EN = String.raw`\b(?:take|taking|swallow|swallowing|down|eat|pop)\b`;
export const MEDS_EN = '(?:pills|tablets|tabs|caps(?:ules)?|meds|medications?|medicines?|prescriptions?|sleeping pills|painkillers|antidepressants)';
/** A medicine supply as the object of "all (of) my / his …" — a medicine word within a few words, an owner allowed
 *  ("all of his antidepressants", "all my dad's heart tablets", "all of mums sleeping tablets", "all the pills in the
 *  house"); "all of my dinner", "all sorts of pills" are no supply. A lookahead, so the match (and the tail read after it) stays where it was. */
const SUPPLY_EN = String.raw`(?!(?:your|sorts|kinds|types|manner|day|night|week|morning|evening|along|together|at once|the time)\b)(?=(?:[\w'’-]+ ){0,3}?${MEDS_EN}\b)`;
const COUNT_EN = String.raw`(?:\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens)`;
/** A tablet named by its strength ("24 of the 500mg ones", "thirty 25 mg tablets"): a strength is a medicine's unit, so
 *  "ones" after it is a medicine too, whatever name the message gave earlier. */
const STRENGTH_EN = String.raw`\d+(?:\.\d+)? ?(?:mg|mcg|µg|g)\b`;
const UNIT_EN = `(?:${STRENGTH_EN} (?:${MEDS_EN}|ones)|${STRENGTH_EN}|${MEDS_EN})`;
/** What was left of a supply, whoever's it is, or all of it: "the rest of my / his / mum's / the …", "the lot of my …", "all the remaining",
 *  "whatever was left of her …". */
const REST_EN = String.raw`the (?:whole |entire )?lot of (?:(?:my|his|her|the|their|our|your)\b|\w+'s\b) ?${SUPPLY_EN}|(?:all (?:of )?)?the rest of (?:(?:my|his|her|the|their|our|your)\b|\w+'s\b)|all (?:of )?(?:the|my|his|her|their|our) (?:remaining|leftover|left-over)\b|(?:what|whatever) (?:was|were) left (?:of|in)\b`;
/** The quantity after the act (within a few words: "took like 25 tylenol", "swallowed about thirty of her pills"). */
const AMOUNT_EN = String.raw`(?:\w+ ){0,3}?(?:(?<rest>${REST_EN})|(?<all>all (?:of )?(?:(?:my|his|her|the|their|our) )?${SUPPLY_EN})|(?:a|the|an?) (?:whole|entire|full) (?:bottle|box|packet|pack|strip|sheet|tub|jar)\b|every (?:one of (?:my|his|her|the) )?(?:pill|tablet)s?\b|(?:like |about |around |over |maybe |at least |nearly |all )?${COUNT_EN}(?: or so)? (?:of (?:my|his|her|the|their|those|these) (?:[\w]+(?:'s|’s|s) )?)?${UNIT_EN}|a (?:handful|load|bunch|fistful) of\b)`;
const TAKEN_RE_EN = new RegExp(`${TAKEN_EN} ${AMOUNT_EN}`, 'gi');
const INTEND_RE_EN = new RegExp(`${INTEND_EN} ${AMOUNT_EN}`, 'gi');

/** A count that carries its own unit ("二十几片", "30粒"): a medicine by itself. */
const ZH_COUNT = '(?:几十|[二三四五六七八九]?十(?:几|多)?|\\d{2,}\\s*)(?:片|粒|颗)';
/** A whole container or supply: a medicine only beside a medicine word ("一整瓶药", not "一整瓶酒"). */
const ZH_WHOLE = '(?:一整?(?:瓶|盒|板|排)|整(?:瓶|盒|板|排)|成(?:瓶|盒|板|排)|全部|所有的?|一把|大量)';
const ZH_MED = '(?:药|片|粒|胶囊)';
/** What was left of a supply ("剩下的", "剩余的", "余下的", "没吃完的"). */
const ZH_REST = '(?:剩下|剩余|余下|剩|没吃完)的';
const ZH_ACT = '(?:吃|吞|服|喝|嗑)';
const ZH_DONE = '(?:了|下|掉|光)';
/** An amount word without a count ("吃了好多安眠药", "吞了一大把药"): an overdose after a done act, unless the tail says
 *  the medicines did not help (TREATMENT_FAILURE) or counts kinds ("好多种药"). */
const ZH_MANY = '(?:很多|好多|许多|好些|一堆|一大堆|一大把|一把把)';
const TREATMENT_FAILURE = /^[^。！？]{0,12}?(?:(?:都|也|还是?|一直)(?:没|不)(?:用|管用|见效|见好|效果|好)|没(?:什么)?(?:用|效果)|不管用|不见好)/;
/** 把…药全吃了 / 一整瓶药都吃了 / 吃了一整瓶安眠药 / 吞了二十几片. ("吃了很多药都没用" is many medicines tried, not one overdose.) */
const LARGE_ZH = new RegExp(
  [
    // What was left of a supply, whoever's: "把剩下的安眠药都吃了", "吞了他剩下的药", "剩下的药全吃了".
    `(?<rest>把[^，。]{0,6}${ZH_REST}[^，。]{0,8}${ZH_MED}[^，。]{0,3}${ZH_ACT}${ZH_DONE}|${ZH_REST}[^，。]{0,8}${ZH_MED}[^，。]{0,2}(?:全|都|全部)${ZH_ACT}${ZH_DONE}|${ZH_ACT}${ZH_DONE}[^，。]{0,4}${ZH_REST}[^，。]{0,8}${ZH_MED})`,
    // All of a supply: "把降压药全吃了", "家里的药全吞了" (without 把 only 全/全部/统统: "药都吃了" is "I took my medicine").
    // The medicine as the topic before the one who took it: "药我已经全吃了", "那些药她都全吞了".
    `(?<all>把[^，。]{0,10}${ZH_MED}[^，。]{0,3}(?:全|都|全部)${ZH_ACT}${ZH_DONE}|${ZH_MED}(?:[我他她](?:已经|早就?|刚才?|都)?)?[^，。]{0,2}(?:全部?|统统|通通)(?:都)?(?:给)?${ZH_ACT}${ZH_DONE})`,
    `(?:${ZH_WHOLE}[^，。]{0,6}${ZH_MED}|${ZH_COUNT})[^，。]{0,4}${ZH_ACT}${ZH_DONE}`,
    // An owner may stand between the amount and the medicine: "吞了一把他奶奶的降压药" (someone else's supply).
    `${ZH_ACT}${ZH_DONE}?[^，。]{0,4}(?:${ZH_WHOLE}(?:[^，。]{1,6}的)?[^，。]{0,3}${ZH_MED}|${ZH_COUNT})`,
    `把[^，。]{0,10}${ZH_MED}[^，。]{0,2}${ZH_ACT}${ZH_DONE}?(?:一整?|整|大半)(?:瓶|盒|板|排)`,
    `${ZH_ACT}${ZH_DONE}[^，。]{0,2}(?<many>${ZH_MANY})(?![种样类])[^，。]{0,4}${ZH_MED}`,
  ].join('|'),
  'g',
);

/** A count or a container right after a whole-supply act ("took all my X and like 25 Y", "全吃了，大概二十几片"). */
const COUNTED = new RegExp(
  `${COUNT_EN} (?:of (?:my|his|her|the|their|those|these) )?${UNIT_EN}|\\b(?:whole|entire|full) (?:bottle|box|packet|pack|strip)|${ZH_COUNT}|${ZH_WHOLE}[^，。]{0,3}${ZH_MED}`,
  'i',
);

/** Another person's supply after "all my / all of his…" ("all my dad's", "all of her mum's"), not a time ("today's"). */
const OTHERS_SUPPLY_EN = /^\s*(?:\w+ )?(?!(?:to|yester)day'|tonight'|(?:week|day|month|year|morning|evening|night)'|(?:it|one|that|this)')\w+'s\b/i;
const OTHERS_SUPPLY_ZH = /(?:他|她|爸|妈|奶奶|爷爷|姥姥|姥爷|外婆|外公|哥|姐|弟|妹|老公|老婆|室友|朋友|别人|家里人)[^，。]{0,2}的/;

/** Cheap pre-checks: a swallowing act and a quantity word must both be there for any pattern above to match. */
const MAYBE_ACT = /吃|吞|服|喝|嗑|\b(?:took|taken|swallow\w*|downed|ate|eaten|popped|necked|chugged|take|taking|down|eat|pop|did|done)\b/i;
const MAYBE_QUANTITY =
  /[板盒排瓶袋]|\b(?:packs?|packets?|strips?|boxes|sheets?|bottles?)\b|全|都|所有|整|[一成](?:瓶|盒|板|排)|大半|一把|大量|十|多|许|好些|一堆|一大|剩|余下|没吃完|\d{2}|\b(?:all|whole|entire|full|every|handful|load|bunch|fistful|dozens?|ten|twelve|fifteen|twenty|thirty|forty|fifty|rest|remaining|leftover|left-over|left)\b/i;

const MAYBE_EMPTY = /空|\bempty\b|\bemptied\b/i;
/** A number of ten or more, or a verb of the bare-count reader: cheap pre-check before the name table. */
const MAYBE_BARE_COUNT = /(?:\d{2}|十|廿|卅|\b(?:ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?)\b)/i;
/** A medicine word after withMedicineClass (药 / pills…), or a Chinese name with a medicine's ending (…唑仑, …西泮). */
const ZH_MED_NAME = `(?:${ZH_MED}|\\p{Script=Han}{1,4}(?:${[...ZH_DRUG_ENDINGS, '唑仑', '西泮', '克隆', '平片'].join('|')}))`;
/** Medicine containers found empty (names already read as 药 / pills). */
const EMPTY_ZH = new RegExp(
  `(?:空了的|空的|吃空了?的?|全空的?)[^，。]{0,4}${ZH_MED_NAME}|(?:[一两二三四五六七八九几]|好几|\\d+)\\s*(?:盒|瓶|板|排)[^，。]{0,6}${ZH_MED_NAME}[^，。]{0,4}(?:都|全)?空了`,
  'gu',
);
const EMPTY_EN = new RegExp(
  `\\b(?:empty|emptied) (?:\\w+ ){0,2}(?:packets|packs|boxes|blister (?:packs?|strips?)|strips)\\b(?: of)?|\\b(?:empty|emptied) (?:\\w+ ){0,2}(?:bottles?|box|packet|pack|tubs?) of (?:\\w+ )?${MEDS_EN}|${MEDS_EN}[^.?!]{0,20}\\b(?:bottles?|boxes|packets?|packs?) (?:were |was |are |is )?(?:all )?(?:empty|emptied)\\b|\\b(?:bottles?|boxes|packets?|packs?) of (?:\\w+ )?${MEDS_EN} (?:was|were|is|are) (?:all )?(?:empty|emptied)\\b`,
  'gi',
);
/** Where someone found them: beside a person, in their room or bin — not a supply that ran out ("药盒空了，再去开点"). */
const FOUND =
  /发现|床头|床边|枕头|垃圾桶|房间里|身边|旁边|\bfound\b|\bin (?:the|her|his|their) (?:bin|room|bedroom|bag|car)\b|\b(?:next to|beside) (?:him|her|them|the bed)\b|\bby (?:his|her|the) bed\b/i;
/** The whole told taken with a pronoun for it ("she's taken 'all of them'", "swallowed the lot", 一口气全吞了): the pronoun's
 *  referent is the emptied container told beside it, wherever it was found (blind ar008: "said through the door she's
 *  taken 'all of them'. There's an empty box of her amitriptyline… on the kitchen side"). Not a course finished or a supply
 *  run out: swallowing verbs only (not finished/used up), and no refill, course or treatment word after it. */
const ALL_TAKEN =
  /\b(?:taken|took|swallowed|downed|necked)\s+['"‘“]?(?:all of (?:them|those|these|it)|them all|the (?:whole )?lot|every (?:last )?(?:one|pill|tablet)(?: of them)?)\b|(?:一口气|一下子|一次性?)?(?:全|全部|都)吞(?:了|下去|掉)|(?:一口气|一下子|一次性?)(?:全|全部|都)吃(?:了|下去|掉|光)/gi;
/** Review fix (s29): "took all of them back / off / to the …" is carrying them somewhere, not swallowing them (d019 "The
 *  kids took all of them - the empty egg boxes - for the craft project"); and the pronoun's referent must be a medicine —
 *  a medicine word told in the message (names already read as 药 / pills), never only an empty box. */
const ALL_TAKEN_AWAY =
  /^\s*['"’”]?\s*(?:(?:back|off|out|away|home)\b|(?:to|into|down to|over to|round to|up to) (?:the|a|an|my|his|her|their|our|your|school|work|church)\b)/i;
const ALL_TAKEN_MED_EN = new RegExp(`\\b${MEDS_EN}|\\b(?:pill|tablet|capsule|medicine|medication|drug)s?\\b`, 'i');
const ALL_TAKEN_MED_ZH = new RegExp(ZH_MED_NAME, 'u');
const toldAllTaken = (t: string): boolean =>
  (ALL_TAKEN_MED_EN.test(t) || ALL_TAKEN_MED_ZH.test(t)) &&
  [...t.matchAll(ALL_TAKEN)].some((m) => {
    const after = t.slice((m.index ?? 0) + m[0].length);
    return !SUPPLY_USED_UP.test(after) && !COURSE_END.test(t) && !ALL_TAKEN_AWAY.test(after);
  });

function emptyContainers(t: string): LargeIngestion[] {
  if (!FOUND.test(t) && !toldAllTaken(t)) return [];
  const out: LargeIngestion[] = [];
  for (const re of [EMPTY_ZH, EMPTY_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) out.push({ at: m.index, taken: true, supplyOnly: false });
  }
  return out;
}

let hanNames: RegExp | undefined;
let latinNames: Set<string> | undefined;
function tables(): { han: RegExp; latin: Set<string> } {
  if (!hanNames || !latinNames) {
    const han = new Set<string>();
    latinNames = new Set<string>();
    // The seed names, the brand table (drug-brands.ts: Lantus, NovoRapid, 阿米替林 …) and the paracetamol products (co-codamol), without a brand that
    // is also a word ('versed', 安定 'stable', 可定 in 可定期): a name read as a medicine feeds the overdose rules.
    const products: [string, string[]][] = PARACETAMOL_PRODUCTS.map((p) => [p.names[0] ?? '', [...p.names]]);
    const brands = [...Object.entries(parseSeedAliases(DRUG_BRANDS)), ...products].map(
      ([c, l]) => [c, l.filter((n) => (/^\p{Script=Han}+$/u.test(n) ? n.length >= 3 : !englishWord(n)))] as const,
    );
    for (const [canon, list] of [...Object.entries(parseSeedAliases()), ...brands]) {
      for (const n of [canon, ...list]) {
        if (/^\p{Script=Han}{2,}$/u.test(n)) han.add(n);
        else if (/^[a-z][a-z-]{3,}$/i.test(n)) latinNames.add(n.toLowerCase());
      }
    }
    // Longest first, so a brand that contains a shorter name is rewritten whole.
    hanNames = new RegExp([...han].sort((a, b) => b.length - a.length).join('|'), 'g');
  }
  return { han: hanNames, latin: latinNames };
}

const pad = (word: string, length: number) => word + ' '.repeat(Math.max(0, length - word.length));

/** The text with every medicine name rewritten as its class word, same length (see the head of this file). */
// One message is read by several readers (the self-harm reader, the overdose rule, the supply inquiry): the last
// text's rewrite and ingestions are remembered, not recomputed (#12). Results are frozen.
let lastClassText: string | null = null;
let lastClassOut = '';
export function withMedicineClass(text: string): string {
  if (text === lastClassText) return lastClassOut;
  lastClassOut = rewriteMedicineClass(text);
  lastClassText = text;
  return lastClassOut;
}

/** Medicines people overdose on that neither the seed names nor a drug stem read as one (opioids, z-drugs, brands):
 *  "I did take all my mum's oxycodone" names a supply as surely as "all my mum's pills". */
const NAMED_MEDICINE_EN =
  /^(?:oxycodone|oxycontin|hydrocodone|hydromorphone|fentanyl|methadone|buprenorphine|suboxone|percocet|vicodin|norco|dilaudid|zopiclone|zolpidem|ambien|seroquel|klonopin|gabapentin|pregabalin|lyrica|nurofen|benadryl)$/;

function rewriteMedicineClass(text: string): string {
  const { han, latin } = tables();
  let out = text.replace(/[A-Za-z][A-Za-z-]{3,}/g, (w) => {
    const k = w.toLowerCase();
    if (!latin.has(k) && !isMedicineShape(k) && !NAMED_MEDICINE_EN.test(k)) return w;
    return w.length >= 5 ? pad('pills', w.length) : 'meds';
  });
  if (/\p{Script=Han}/u.test(out)) out = out.replace(han, (n) => '药'.repeat(n.length));
  return out;
}

export interface LargeIngestion {
  /** Offset of the act in the text (the same in the original, see withMedicineClass). */
  at: number;
  /** Already swallowed (not an intent or a future act). */
  taken: boolean;
  /** Only "all of" a supply, no container or count: also how people say they finished a course ("我把药都吃了"), so
   *  it is an overdose only with more (distress, a stockpile: the suicide screen), never by itself. */
  supplyOnly: boolean;
}

/** Containers counted, with how many tablets each holds: "吃了三板，一板12粒", "took 3 strips of 8", "two boxes, 16 in
 *  each". Count × pack (× strength when told) is the quantity: 3 × 12 = 36 tablets (× 0.5 g = 18 g) is a large
 *  ingestion whatever the tablets are called. Said all at once or just now; doses spread over days are a supply used. */
/** A count as people say it: a number (red-flags/numbers.ts, the one number reader) or a vague few, read at its least
 *  likely-to-over-call value ("几板" 3, "a couple of" 2, "several" 3). */
const VAGUE_COUNT: Record<string, number> = { 几: 3, 'a couple of': 2, several: 3 };
const readCount = (s: string): number => VAGUE_COUNT[s.toLowerCase()] ?? parseNumber(s) ?? Number.NaN;
const ZH_N = '(\\d+|[一二两三四五六七八九十几]{1,3})';
const CONTAINER_ZH = '(?:板|盒|排|瓶|袋)';
const PACKS_TAKEN_ZH = new RegExp(`${ZH_ACT}${ZH_DONE}?[^，。\\d]{0,4}${ZH_N}\\s*${CONTAINER_ZH}`, 'g');
const PER_PACK_ZH = new RegExp(`(?:一|每)${CONTAINER_ZH}(?:有|是|装)?\\s*${ZH_N}\\s*(?:粒|片|颗)|${ZH_N}\\s*(?:粒|片|颗)(?:一|每)${CONTAINER_ZH}`);
const CONTAINER_EN = '(?:blister )?(?:packs?|packets?|strips?|boxes|box|sheets?|bottles?|tubs?)';
const EN_N = '(\\d+|two|three|four|five|six|several|a couple of)';
const PACKS_TAKEN_EN = new RegExp(`${TAKEN_EN} (?:\\w+ ){0,2}?${EN_N} ${CONTAINER_EN}\\b`, 'gi');
const PER_PACK_EN = new RegExp(
  `\\b${CONTAINER_EN} of (\\d+)\\b|\\b(\\d+) (?:\\w+ )?(?:in|per) (?:each|a|every|the|one) (?:pack|packet|strip|box|sheet|bottle)\\b|\\b(\\d+) (?:to|a) (?:pack|packet|strip|box|sheet)\\b`,
  'i',
);
/** All at once or just now (not a supply used over days). */
const AT_ONCE =
  /一口气|一次性?|一下子|一起|同时|全部|刚才|刚刚|刚|半小时前|小时前|分钟前|\b(?:all at once|at once|in one go|together|just now|an? (?:hour|few minutes) ago|\d+ (?:minutes?|mins?|hours?|hrs?) ago|tonight|this (?:morning|evening|afternoon))\b/i;
const OVER_DAYS =
  /每天|一天[一两二三]|这(?:周|个月|几天)|几天|\b(?:a|per|each|every) day\b|\bover (?:the )?(?:week|month|(?:\d+|few|several) days)\b|\bthis (?:week|month)\b/i;

function countedPacks(t: string): LargeIngestion[] {
  if (!AT_ONCE.test(t) || OVER_DAYS.test(t)) return [];
  const out: LargeIngestion[] = [];
  for (const [taken, per] of [
    [PACKS_TAKEN_ZH, PER_PACK_ZH],
    [PACKS_TAKEN_EN, PER_PACK_EN],
  ] as const) {
    taken.lastIndex = 0;
    for (let m = taken.exec(t); m; m = taken.exec(t)) {
      const n = readCount(m[1] ?? '');
      const p = per.exec(t);
      const each = p ? readCount(p.slice(1).find((x) => x !== undefined) ?? '') : Number.NaN;
      // Ten tablets or more, or two containers or more when their size is untold.
      if ((Number.isFinite(each) && n * each >= 10) || (!Number.isFinite(each) && n >= 2)) out.push({ at: m.index, taken: true, supplyOnly: false });
    }
  }
  return out;
}

/** A conditional before the act in its sentence ("如果把药全吃了会怎么样", "what would happen if I took all my pills"):
 *  a question about an act, not one done. After the act a question is about what was done ("把药全吃了，会死吗"). */
/** A conditional word (one home: supply-inquiry.ts reads the same). */
export const CONDITIONAL = /如果|要是|假如|假设|万一|\b(?:if|what if|suppose|supposing|imagine|hypothetically)\b/i;
/** A conditional earlier in the sentence that ends where the text ends (one home: seizure-now.ts, stimulant.ts,
 *  paracetamol-sum.ts test what comes before an act with it). */
export const CONDITIONAL_BEFORE = new RegExp(`(?:${CONDITIONAL.source})[^。！？.!?]*$`, 'i');
/** After the act, the supply used up as treatment: a refill or whether to go on ("还要再开吗", "要不要继续吃", "do I need a
 *  refill"), or the medicine not working ("都没用", "还是疼", "didn't help", "still have a cough"). */
const SUPPLY_USED_UP =
  /^[^。！？.!?]{0,20}?(?:还要(?:再|继续)?(?:开|吃|买|拿)|要不要(?:再|继续)|需要(?:再|继续)(?:开|吃|买|拿)|再(?:开|买|拿)(?:点|些|一)|续(?:药|方)|复诊|还用(?:再|继续)?吃|(?:能|可以)停|停药|(?:还是|仍然|依然|还)[^，。！？]{0,4}(?:疼|痛|发烧|烧|咳|痒|不退|没退|没好|不好|没效果)|\bstill (?:hurts?|aches?|(?:have|has|got) (?:a |the )?(?:fever|cough|pain|rash|infection))\b|\b(?:refills?|renew\w*|repeat prescription|more of (?:them|it)|another (?:prescription|box|bottle|pack|course)|(?:keep|continue|stop) taking|didn'?t (?:help|work)|(?:isn'?t|aren'?t|not) (?:helping|working)|no better)\b)/i;

/** How a whole supply swallowed ("all of his antidepressants", "我妈把降压药全吃了", "家里的药全吃了") is told:
 *  - 'course': the end of a course or a day's doses ("took all my meds this morning as usual", "all my amoxicillin",
 *    "按医嘱都吃了") — no large ingestion;
 *  - 'not-taken': a conditional, a refill question or a treatment that did not work — all of a supply used up as
 *    treatment or not swallowed at all; the self-harm reader still hears it (with distress, a stockpile it speaks), the
 *    overdose rule does not;
 *  - 'overdose': anything else — all of a supply, the writer's or a named person's, swallowed now or just past, is an
 *    overdose by itself (no count, strength or sleeping-pill word needed; review fix 2). Beside a count or a container,
 *    or someone else's supply ("all my dad's heart tablets", "把奶奶的药全吃了"), it is one whatever the frame. */
function wholeSupplyFrame(text: string, t: string, at: number, length: number): 'course' | 'not-taken' | 'overdose' {
  const end = at + length;
  if (COUNTED.test(t.slice(at, end + 40)) || OTHERS_SUPPLY_EN.test(t.slice(end, end + 30)) || OTHERS_SUPPLY_ZH.test(t.slice(at, end))) return 'overdose';
  // The frame may come before the act in its sentence ("按医嘱把药都吃了"). Names are rewritten as class words in t,
  // so the course words (antibiotic names) are read in the original too.
  const from = at - (/[^。！？.!?]{0,12}$/.exec(t.slice(0, at))?.[0].length ?? 0);
  // The dose's words are read to the end of the act's clause (however long its object: "all the tablets the doctor gave
  // me for today"), at least a few words on.
  const to = Math.max(end + 30, end + Math.max(0, t.slice(end).search(/[,，;；。！？.!?\n]|$/)));
  const around = t.slice(from, to);
  const object = /^[^。！？.!?,，]{0,50}/.exec(text.slice(at))?.[0] ?? '';
  const routine = ONE_A_NIGHT.test(object) ? AS_PRESCRIBED.test(around) : ROUTINE_DOSE.test(around);
  if (routine || COURSE_END.test(`${around} ${text.slice(from, to)}`)) return 'course';
  if (CONDITIONAL_BEFORE.test(t.slice(0, at)) || SUPPLY_USED_UP.test(t.slice(end)) || TREATMENT_FAILURE.test(t.slice(end))) return 'not-taken';
  return 'overdose';
}

/** Every large ingestion in the text (taken or intended); a daily dose taken "all at once" as prescribed is none. */
let lastIngestionText: string | null = null;
let lastIngestions: readonly LargeIngestion[] = [];
export function readLargeIngestions(text: string): readonly LargeIngestion[] {
  if (text === lastIngestionText) return lastIngestions;
  lastIngestions = Object.freeze(findLargeIngestions(text).map((x) => Object.freeze(x)));
  lastIngestionText = text;
  return lastIngestions;
}

function findLargeIngestions(text: string): LargeIngestion[] {
  // Containers of medicine found empty are the act's evidence when nobody saw it ("床头有两盒空了的艾司唑仑", "empty
  // blister packs of sertraline in the bin"): a large ingestion taken, whatever words say it.
  const empty = MAYBE_EMPTY.test(text) ? emptyContainers(withMedicineClass(text)) : [];
  // A count taken with its unit left to the medicine named elsewhere ("I've had about 30 since lunch", 食咗廿幾粒:
  // bare-count.ts); its verbs (had, 食咗) are not the pre-check's.
  const bare = MAYBE_BARE_COUNT.test(text) ? readBareCounts(withMedicineClass(text)).map((b) => ({ at: b.at, taken: true, supplyOnly: false })) : [];
  if (bare.length) empty.push(...bare);
  // Most messages name no swallowing act or no quantity: skip the name table (a CLI call pays for it only when needed).
  if (!MAYBE_ACT.test(text) || !MAYBE_QUANTITY.test(text)) return empty;
  const t = withMedicineClass(text);
  const out: LargeIngestion[] = [...empty];
  const take = (re: RegExp, taken: boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      // "all of my …" is the whole supply unless the next words name a daily dose.
      const tail = t.slice(m.index, m.index + m[0].length + 30);
      // What was left of a supply ("the rest of his sertraline", "把剩下的安眠药都吃了") swallowed is an overdose by
      // itself, whoever's supply it was, unless it is the end of a course (an antibiotic, "as prescribed"): then none.
      if (m.groups?.rest !== undefined) {
        const around = `${t.slice(m.index, m.index + m[0].length + 30)} ${text.slice(m.index, m.index + m[0].length + 30)}`;
        if (!COURSE_END.test(around)) out.push({ at: m.index, taken, supplyOnly: false });
        continue;
      }
      if (m.groups?.all !== undefined) {
        const frame = wholeSupplyFrame(text, t, m.index, m[0].length);
        if (frame !== 'course') out.push({ at: m.index, taken, supplyOnly: frame === 'not-taken' });
        continue;
      }
      if (m.groups?.many !== undefined && TREATMENT_FAILURE.test(t.slice(m.index + m[0].length))) continue;
      out.push({ at: m.index, taken, supplyOnly: false });
    }
  };
  take(TAKEN_RE_EN, true);
  take(INTEND_RE_EN, false);
  take(LARGE_ZH, true);
  out.push(...countedPacks(t));
  // The act read as the parts of its sentence (act-done.ts): the quantity and the medicine before or after the verb.
  for (const a of readActsDone(t)) if (!out.some((x) => x.taken && Math.abs(x.at - a.at) < 40)) out.push({ at: a.at, taken: true, supplyOnly: false });
  return out.sort((a, b) => a.at - b.at);
}
