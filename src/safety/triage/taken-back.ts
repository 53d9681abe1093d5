// A figure of speech taken back: a death wish said of an everyday strain and laughed off in the same sentence, before
// the writer turns to what they actually ask ("天天加班加到想死哈哈哈开玩笑的。不过说真的，脖子…", "this report is killing
// me, i swear i'm jumping off the office roof haha. anyway actual question: my eyes…"). Hyperbole about work or school
// is how people talk; a clinician hears the take-back and the turn and answers the question asked. All three parts are
// needed — the strain it is said of, the laugh or "just kidding" after it, and the turn to another question — so a
// wish laughed off with nothing else ("i want to die lol") or said of no strain stays a risk for the screen to grade.
// Only the joking sentence is blanked (same length, offsets kept); whatever else the message says is read as usual,
// so "…开玩笑的。不过说真的，最近真的不想活了" is still high risk. Pure.

/** A death or suicide figure. */
const DEATH =
  /想死|去死|不想活|死了算了|跳楼|跳河|上吊|自杀|累死|烦死|\b(?:want(?:s|ed)? to|wanna|gonna) die\b|\bkill (?:my|him|her)self\b|\bkms\b|\bend it(?: all)?\b|\bjump(?:ing)? (?:off|out of|in front of)\b|\bthrow (?:my|him|her)self (?:off|out|in front)\b/i;
/** The everyday strain it is said of: work, a boss, school, exams, a deadline, a commute. */
const STRAIN =
  /加班|上班|工作|老板|领导|开会|考试|作业|论文|报告|项目|甲方|通勤|\b(?:work|job|shift|boss|manager|report|meeting|deadline|exam|essay|homework|revision|assignment|commute|spreadsheet|presentation|client)s?\b/i;
/** The take-back: a laugh or "just kidding" after the figure. */
const TAKE_BACK = /开玩笑|说笑|哈哈|😂|🤣|\bha(?:ha)+\b|\blol\b|\blmao\b|\bjk\b|\b(?:just )?kidding\b|\bjoking\b/i;
/** The turn to the real question. */
const TURN =
  /不过说真的|说真的|说正经的|言归正传|正经问|\banyway\b|\bactual(?:ly)? question\b|\breal question\b|\bbut seriously\b|\bseriously though\b|\bon a serious note\b/i;

const SENTENCES = /[^.?!。？！\n]+[.?!。？！\n]*/g;

/** The message with each joking sentence blanked, or the message itself when none is there. */
export function maskTakenBack(text: string): string {
  const sentences = [...text.matchAll(SENTENCES)];
  let out = text;
  sentences.forEach((m, i) => {
    const s = m[0];
    const death = DEATH.exec(s);
    if (!death || !STRAIN.test(s)) return;
    // The laugh comes after the figure, and the turn to the real question follows it (in this sentence or the next).
    if (!TAKE_BACK.test(s.slice(death.index + death[0].length))) return;
    const after = s.slice(death.index) + (sentences[i + 1]?.[0] ?? '');
    if (!TURN.test(after)) return;
    const at = m.index ?? 0;
    out = out.slice(0, at) + ' '.repeat(s.length) + out.slice(at + s.length);
  });
  return out;
}
