// How many options a multi-answer reply says it chose. A closing sentence that counts its choice ("所以应选骨髓抑制、肝
// 毒性、口腔溃疡和肺炎这四项", "故选乙肝和黄曲霉毒素这两项", "so these three") fixes the size of the answer whatever words
// name the members: when the readers resolved fewer or more options than the count, some member was not read (a
// paraphrase, an abbreviation) or one was read in excess — the set read is not the set chosen, and a reward for it
// rewards a wrong set. Then no answer (a miss, the safe failure). Only the closing sentence counts: a count in reasoning
// ("这两项检查都不敏感") is about something else. Pure.

import { textMentions } from './evidence-reader.js';
import type { LetterContext } from './letter-set.js';

const ZH_DIGITS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8 };
const EN_DIGITS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

// A count of chosen items: a demonstrative or "all/以上" before it, an item noun after it (项/个/选项 — never 天/周/次 …).
// Cantonese demonstratives 呢/嗰 ("揀ABCE呢四個") and the traditional 項/個 are the same count.
const ZH_COUNT_RE =
  /(?:这|那|呢|嗰|以上|上述|共|选|選|揀|前|后|後)([两二三四五六七八2-8])\s*(?:项|項|个选项|個選項|个答案|個答案|个|個)(?![\u4e00-\u9fff]{0,2}(?:月|天|周|小时|次|年|岁))/g;
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
const CHOICE_CUE_RE = /选|選|揀|答案|正确|正確|都对|都對|\b(?:answers?|pick|choose|select(?:ed)?|correct|right|go(?:ing)?\s+with|true)\b/i;
const COUNT_AT_END_RE = /(?:[两二三四五六七八2-8]\s*(?:项|項|个选项|個選項|个答案|個答案|个|個)|\b(?:two|three|four|five|six|seven|eight|[2-8]))\s*$/i;
const CLAUSE_SPLIT_RE = /[,，;；:：]|\b(?:but|because|since)\b|但|因为/i;

// A clause that rejects or negates counts what is NOT chosen ("不选这三个", "the three others are wrong", "the rest", "not
// these two", "leave out these three"; any 不/唔 negation): its count never sizes the answer. Read in the count's own clause and, for a list cut by commas, in the
// clause whose cue opens it.
const REJECTING_RE =
  /不|唔|别|別|勿|错|錯|除|其余|其餘|其他|其它|剩下|剩余|剩餘|去掉|\b(?:not|no|never|neither|nor|wrong|incorrect|false|others?|rest|remaining|except|excluding|exclude[ds]?|leave\s+out|left\s+out|leaving\s+out|omit(?:ted|ting)?|drop(?:ped)?|skip(?:ped)?|aside|other\s+than|apart\s+from|rule[ds]?\s+out|ruled\s+out)\b|n['’]t\b/i;

// The options a clause names itself: letters (a run "ABCE" in Chinese or a single "B"), and option texts when given.
const LETTER_RUN_RE = /(?<![A-Za-z])([A-Z]{1,8})(?![A-Za-z])/g;
function namedOptions(clause: string, names?: Pick<LetterContext, 'valid' | 'texts' | 'aliases'>): Set<string> {
  const valid = names?.valid;
  const found = new Set<string>();
  for (const m of clause.matchAll(LETTER_RUN_RE)) {
    const run = [...m[1]];
    if (run.every((l) => (valid ? valid.has(l) : l <= 'H')) && new Set(run).size === run.length) for (const l of run) found.add(l);
  }
  for (const l of textMentions(clause, names?.texts, names?.aliases)) found.add(l);
  return found;
}

// A count whose clause names exactly that many options itself, all among more options the closing sentence names in its
// other clauses ("答案：A、B、C、E，其中A、B这两项是最常考的", "The answers are A, B, C and E, though the two … are B and E"),
// counts its own subset, not the answer.
function countsOwnSubset(count: number, own: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  return own.size === count && [...own].every((l) => others.has(l)) && others.size > own.size;
}

// The clauses of the list a count's clause ends: the cleaned reply writes 、 as a comma, so "其中A、B这两项" is read as
// "其中A" + "B这两项" — a clause that opens on a letter continues the letters before it, back to the clause the list
// starts in (one with words besides letters).
function listRun(clauses: readonly string[], i: number): number[] {
  const run = [i];
  let next = /^\s*([A-Z])(?![A-Za-z])/.exec(clauses[i])?.[1];
  if (!next) return run;
  for (let j = i - 1; j >= 0; j--) {
    // A list names its letters in order ("A、B、C、E这四项"): a letter not before the one after it ("答案：A、B、C、E，A、B这两项")
    // starts another list.
    const last = /(?<![A-Za-z])([A-Z])\s*$/.exec(clauses[j])?.[1];
    if (!last || last >= next) break;
    run.push(j);
    next = /^\s*([A-Z])(?![A-Za-z])/.exec(clauses[j])?.[1] ?? last;
    if (!/^\s*(?:[A-Z]|and|or|和|及|与)(?:\s*(?:[A-Z]|and|or|和|及|与))*\s*$/i.test(clauses[j])) break;
  }
  return run;
}

// A closing clause that is nothing but "all of them" ("a, b, c, d — all of them", "全部", "都选"): every option.
const ALL_CLAUSE_RE = /^\s*(?:[-—–]\s*)?(?:all\s+of\s+them|all\s+of\s+the\s+above|all\s+(?:options|choices)|全部|全选|都选|以上都是|全都是)\s*[.!。！]?\s*$/i;

/**
 * Pure: the number of options the reply's closing sentence says it chose, or null when it counts none (or two counts
 * disagree). `total`: how many options the item has ("all of them" counts them all).
 */
export function statedCount(text: string, total?: number, names?: Pick<LetterContext, 'valid' | 'texts' | 'aliases'>): number | null {
  const counts = new Set<number>();
  const clauses = closingSentence(text)
    .split(/\s[—–-]\s|—/)
    .flatMap((c) => c.split(CLAUSE_SPLIT_RE));
  const named = clauses.map((c) => namedOptions(c, names));
  for (const [i, clause] of clauses.entries()) {
    if (total !== undefined && i > 0 && i === clauses.length - 1 && ALL_CLAUSE_RE.test(clause)) counts.add(total);
    // A list of names cut by commas ("应选骨髓抑制，肝毒性，口腔溃疡和肺炎这四项"): the cue opens the list, the count ends it.
    const opener = clauses.slice(0, i).findLast((c) => CHOICE_CUE_RE.test(c));
    const listTail = i === clauses.length - 1 && COUNT_AT_END_RE.test(clause) && opener !== undefined && !REJECTING_RE.test(opener);
    if (!CHOICE_CUE_RE.test(clause) && !listTail) continue;
    if (REJECTING_RE.test(clause)) continue;
    const run = listRun(clauses, i);
    const own = new Set(run.flatMap((j) => [...named[j]]));
    const others = new Set(named.filter((_, j) => !run.includes(j)).flatMap((s) => [...s]));
    const add = (n: number) => {
      if (!countsOwnSubset(n, own, others)) counts.add(n);
    };
    for (const m of clause.matchAll(ZH_COUNT_RE)) add(ZH_DIGITS[m[1]] ?? Number(m[1]));
    for (const m of clause.matchAll(EN_COUNT_RE)) add(EN_DIGITS[m[1].toLowerCase()] ?? Number(m[1]));
  }
  return counts.size === 1 ? [...counts][0] : null;
}
