// How many options a multi-answer reply says it chose. A closing sentence that counts its choice ("所以应选骨髓抑制、肝
// 毒性、口腔溃疡和肺炎这四项", "故选乙肝和黄曲霉毒素这两项", "so these three") fixes the size of the answer whatever words
// name the members: when the readers resolved fewer or more options than the count, some member was not read (a
// paraphrase, an abbreviation) or one was read in excess — the set read is not the set chosen, and a reward for it
// rewards a wrong set. Then no answer (a miss, the safe failure). Only the closing sentence counts: a count in reasoning
// ("这两项检查都不敏感") is about something else. Pure.

const ZH_DIGITS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };
const EN_DIGITS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

// A count of chosen items: a demonstrative or "all/以上" before it, an item noun after it (项/个/选项 — never 天/周/次 …).
const ZH_COUNT_RE = /(?:这|那|以上|上述|共|选|前|后)([两二三四五六七八2-8])\s*(?:项|个选项|个答案|个)(?![\u4e00-\u9fff]{0,2}(?:月|天|周|小时|次|年|岁))/g;
const EN_COUNT_RE =
  /\b(?:these|those|the|all|all\s+of\s+the(?:se)?)\s+(two|three|four|five|six|seven|eight|[2-8])\b(?!\s*(?:days?|weeks?|months?|years?|hours?|times?|doses?|mg|g|ml|%))/gi;

/** The closing sentence of a reply: after the last full stop that has text after it. */
function closingSentence(text: string): string {
  const body = text.trimEnd().replace(/[.。!！]+$/, '');
  // The cleaned reply writes a Chinese full stop as "." with no space after it.
  const parts = body.split(/[\n。！？!?]|\.(?=\s|$|[\u4e00-\u9fff])/).filter((p) => p.trim());
  return parts[parts.length - 1] ?? '';
}

// The clause says the count is what is chosen — it picks, answers or calls right ("应选…这四项", "正确的是前三项", "the
// answer is these three") — not what it says of a pair ("这两项都会导致低钾", "those two only inhibit growth").
const CHOICE_CUE_RE = /选|答案|正确|都对|\b(?:answers?|pick|choose|select(?:ed)?|correct|right|go(?:ing)?\s+with|true)\b/i;
const COUNT_AT_END_RE = /(?:[两二三四五六七八2-8]\s*(?:项|个选项|个答案|个)|\b(?:two|three|four|five|six|seven|eight|[2-8]))\s*$/i;
const CLAUSE_SPLIT_RE = /[,，;；:：]|\b(?:but|because|since)\b|但|因为/i;

// A closing clause that is nothing but "all of them" ("a, b, c, d — all of them", "全部", "都选"): every option.
const ALL_CLAUSE_RE = /^\s*(?:[-—–]\s*)?(?:all\s+of\s+them|all\s+of\s+the\s+above|all\s+(?:options|choices)|全部|全选|都选|以上都是|全都是)\s*[.!。！]?\s*$/i;

/**
 * Pure: the number of options the reply's closing sentence says it chose, or null when it counts none (or two counts
 * disagree). `total`: how many options the item has ("all of them" counts them all).
 */
export function statedCount(text: string, total?: number): number | null {
  const counts = new Set<number>();
  const clauses = closingSentence(text)
    .split(/\s[—–-]\s|—/)
    .flatMap((c) => c.split(CLAUSE_SPLIT_RE));
  for (const [i, clause] of clauses.entries()) {
    if (total !== undefined && i > 0 && i === clauses.length - 1 && ALL_CLAUSE_RE.test(clause)) counts.add(total);
    // A list of names cut by commas ("应选骨髓抑制，肝毒性，口腔溃疡和肺炎这四项"): the cue opens the list, the count ends it.
    const listTail = i === clauses.length - 1 && COUNT_AT_END_RE.test(clause) && clauses.slice(0, i).some((c) => CHOICE_CUE_RE.test(c));
    if (!CHOICE_CUE_RE.test(clause) && !listTail) continue;
    for (const m of clause.matchAll(ZH_COUNT_RE)) counts.add(ZH_DIGITS[m[1]] ?? Number(m[1]));
    for (const m of clause.matchAll(EN_COUNT_RE)) counts.add(EN_DIGITS[m[1].toLowerCase()] ?? Number(m[1]));
  }
  return counts.size === 1 ? [...counts][0] : null;
}
