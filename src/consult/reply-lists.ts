// Quick replies written as a list on one line ("1、没有 2、39度 3、没有", "①没有 ②有 ③没有", "1) no 2) yes"): each
// item is the answer to the question with its number. Until session 25 the numbered-reply reader knew a number only
// at a line start or after "；", so the whole line was the answer to question 1 — a yes to question 2 was lost, and so
// were the patient's words after the last question (review s24 b06/b08: "4、我在做化疗" after a fever).
//
// One number mid-line is no list ("烧了2、3天" is two or three days, "I'm 64. 65 next week" an age): the line must
// OPEN with item 1 and name item 2 after a space or a punctuation mark, then 3, 4… in order — the run of marks is the
// structure. A circled number (① ②) is a list mark by its form; it starts a list at the line start too, alone or not.

/** A number's mark after a space or a punctuation mark: "2、" "2)" (before any answer: " 2、39度"), "2." "2．" not
 *  before a digit (38.5 is a value). Glued to a word, "2、3天" stays two or three days ("烧了2、3天"). */
const markAt = (n: number): RegExp => new RegExp(`(?:^|(?<=[\\s，,。；;：:]))${n}\\s*(?:[、)]|[.．](?!\\d))`, 'y');
const CIRCLED_ONE = 0x2460; // ① … ⑳ are U+2460 … U+2473
const circled = (n: number): string => String.fromCharCode(CIRCLED_ONE + n - 1);
const LINE_OPENS_ONE = /^\s*(?:1\s*(?:[、)]|[.．](?!\d))|①)/;

/** Where item n's mark stands in `line` at or after `from` (its index and length), or undefined. */
function findMark(line: string, n: number, from: number): { at: number; len: number } | undefined {
  const c = line.indexOf(circled(n), from);
  let best = c >= 0 ? { at: c, len: 1 } : undefined;
  const re = markAt(n);
  for (let i = from; i < line.length && (best === undefined || i < best.at); i++) {
    re.lastIndex = i;
    const m = re.exec(line);
    if (m) {
      best = { at: i, len: m[0].length };
      break;
    }
  }
  return best;
}

/** One line as its list items, each written "n、item" on its own line; the line itself when it is no list. */
function splitLine(line: string, items: number): string {
  if (!LINE_OPENS_ONE.test(line)) return line;
  const first = findMark(line, 1, 0);
  if (!first) return line;
  const marks = [first];
  for (let n = 2; n <= items; n++) {
    const prev = marks[marks.length - 1];
    const next = findMark(line, n, prev.at + prev.len);
    // An item holds words: "1. 2. 3." or "1、 2、" names no answer.
    if (!next || !line.slice(prev.at + prev.len, next.at).trim()) break;
    marks.push(next);
  }
  const circledOnly = marks.length === 1 && line.trimStart().startsWith(circled(1));
  if (marks.length < 2 && !circledOnly) return line;
  return (
    marks
      // A space after the mark: replies.ts reads "2、39度" glued as two or three… not as item 2.
      .map((m, i) => `${i + 1}、 ${line.slice(m.at + m.len, marks[i + 1]?.at ?? line.length).trim()}`)
      .join('\n')
  );
}

/**
 * The reply with each one-line list written one item a line ("1、没有 2、有" → "1、没有\n2、有"), so the numbered-reply
 * reader binds every item to its question; any other reply is returned unchanged. Only the `items` questions the turn
 * asked are split off: "4、…" after three questions stays with answer 3, as a number past the chips did before session
 * 24 — freed words may raise the case through rules that do not read a denial, a third party or a past course (review
 * s24 R1–R10: "4、不在化疗", "4、我老伴在化疗" would be emergencies), so a list's extra item frees nothing.
 */
export function splitListLines(reply: string, items: number): string {
  return reply
    .split('\n')
    .map((line) => splitLine(line, items))
    .join('\n');
}
