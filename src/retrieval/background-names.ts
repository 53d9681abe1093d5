// Names said as background, not as the question's subject (#20, session 16). Where chat led with the wrong page in the
// judged batches (evidence-q-8…q-16) it was mostly a page the question names in passing while the asked condition is
// only described: a relative's illness told as history ("我爸有痛风", "my dad had a heart attack at 42", "family
// history of diabetes") or a lay guess someone else offered ("俺姐说这是老年痴呆", "my wife thinks it's eczema").
// The caller reads a name inside such a span like a symptom name: it yields to another name and to a sure described
// condition, and still leads when nothing else claims the question. Pure.
import { RELATIVE_EN, RELATIVE_ZH } from '../safety/triage/persons.js';

/** [start, end) character spans of `query` that are background; a name wholly inside one is said in passing. */
export function backgroundSpans(query: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [RELATIVE_HISTORY_EN, FAMILY_HISTORY_EN, LAY_GUESS_EN, RELATIVE_HISTORY_ZH, FAMILY_HISTORY_ZH, LAY_GUESS_ZH]) {
    for (const m of query.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // A relative's illness is history only when the question is about someone else — the writer or a child, said
      // outside the span ("I'm 42…, my dad had a heart attack"); "我爸有CKD，发烧头痛能吃布洛芬吗" asks about the father.
      if ((re === RELATIVE_HISTORY_EN || re === RELATIVE_HISTORY_ZH) && !OTHER_SUBJECT.test(query.slice(0, start) + ' \u0000 ' + query.slice(end))) continue;
      spans.push([start, end]);
    }
  }
  return spans;
}

/** Is [start, end) inside a background span of `spans`? */
export const inBackground = (spans: readonly [number, number][], start: number, end: number): boolean => spans.some(([a, b]) => a <= start && end <= b);

// The writer's children are nearly always whom the question is about ("孩子有湿疹", "my son has a rash"): not background.
const CHILD = new Set(['son', 'daughter', 'child', 'kid', 'baby', '女儿', '儿子', '孩子', '宝宝']);
const ELDERS_EN = RELATIVE_EN.split('|')
  .filter((w) => !CHILD.has(w))
  .join('|');
const ELDERS_ZH = RELATIVE_ZH.split('|')
  .filter((w) => !CHILD.has(w))
  .join('|');

// The writer (not as "my <relative>"), or a child of theirs: someone the question may be about besides the relative.
const OTHER_SUBJECT = new RegExp(
  `\\b(?:I|I'm|I've|I'd|me)\\b|\\bmy\\s+(?:son|daughter|child|kid|baby|toddler)\\b|(?:我|俺)(?!们|家|${ELDERS_ZH})|孩子|宝宝|儿子|女儿`,
  'i',
);

// A clause ends at a sentence mark, a comma-like mark or a turn ("but", "and now", "but I"): the background reaches to it.
const CLAUSE_EN = String.raw`[^.!?;,\n]{0,60}`;
const CLAUSE_ZH = '[^。！？；，,.!?;\\n]{0,16}';

// "my dad had a heart attack at 42", "his brother had stents", "my mum has diabetes too": a relative's condition told with
// a past or present "had/has/died of/was diagnosed with" — the relative is the one who has it, told beside the question.
const RELATIVE_HISTORY_EN = new RegExp(
  String.raw`\b(?:my|his|her|our)\s+(?:(?:late|older|younger|big|little)\s+)?(?:${ELDERS_EN}|grandparents?|parents?|family)\b(?:\s+\(\d+\))?\s+(?:also\s+|both\s+)?(?:had|has|have|got|gets|died\s+(?:of|from)|passed\s+away\s+from|was\s+diagnosed\s+with|were\s+diagnosed\s+with|suffered\s+from|suffers\s+from)\b${CLAUSE_EN}`,
  'gi',
);
// "family history of diabetes", "runs in my family" (its object is before it: the clause before is the span).
const FAMILY_HISTORY_EN = new RegExp(String.raw`\bfamily\s+history\s+of\b${CLAUSE_EN}|[^.!?;,\n]{0,40}\bruns\s+in\s+(?:my|the|our)\s+family\b`, 'gi');
// "my wife thinks it's eczema", "my sister says it's dementia": a relative's guess (not a doctor's finding).
const LAY_GUESS_EN = new RegExp(
  String.raw`\b(?:my|his|her|our)\s+(?:${RELATIVE_EN}|parents?|family)\b\s+(?:thinks?|thought|says?|said|reckons?|is\s+convinced|insists?)\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+was|this\s+is|he\s+has|she\s+has|I\s+have|it's\s+just)\b${CLAUSE_EN}`,
  'gi',
);

// "我爸有痛风", "我妈也得过乳腺癌", "外公是因为中风走的": the relative's own illness, told beside the question.
const RELATIVE_HISTORY_ZH = new RegExp(
  `(?:我|俺|他|她|我们)?(?:家)?(?:${ELDERS_ZH})(?:妈|爸|爷|奶)?(?:以前|之前|早年|前几年|年轻时|也|都|就)?(?:有(?!点|些|一点|时)|得过|得了|患过|患有|死于|因为)${CLAUSE_ZH}`,
  'g',
);
const FAMILY_HISTORY_ZH = new RegExp(`(?:家族史|家族里|家里人都|家族有)${CLAUSE_ZH}`, 'g');
// "俺姐说这是老年痴呆", "我老婆说是缺钙", "她一直以为是…风湿": a relative's guess, which the question often doubts.
const LAY_GUESS_ZH = new RegExp(
  `(?:${RELATIVE_ZH}|家里人|家人|老人|自己)(?:们)?(?:都|还|一直|就)?(?:说|以为|觉得|认为|讲|话)(?:这|那|她|他|我)?(?:就)?(?:是|系)${CLAUSE_ZH}`,
  'g',
);
