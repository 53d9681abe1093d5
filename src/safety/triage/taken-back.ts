// A figure of speech taken back: a death wish said of an everyday strain and laughed off in the same sentence, before
// the writer turns to what they actually ask ("天天加班加到想死哈哈哈开玩笑的。不过说真的，脖子…", "this report is killing
// me, i swear i'm jumping off the office roof haha. anyway actual question: my eyes…"). Hyperbole about work or school
// is how people talk, but a wish to die is never taken out of the self-harm reading: the screen reads the whole message
// as written, and the take-back may only lower its grade — to a same-day check-in (moderate: urgent with the crisis
// line), never below, and only when the joking sentence is the whole of the risk. All three parts are needed — the
// strain it is said of, the laugh or "just kidding" after it, and the turn to another question — so a wish laughed off
// with nothing else ("i want to die lol") or said of no strain keeps the screen's grade. A wish told as lasting
// ("最近一直想自杀", "i keep thinking about killing myself") is no figure of the moment and keeps its grade too. Pure.
import { PAST_ATTEMPT } from './self-harm-reader.js';
import { STOCKPILE, type SuicideComponent, type SuicideScreen } from './suicide.js';

/** A death or suicide figure. */
const DEATH =
  /想死|去死|不想活|死了算了|跳楼|跳河|上吊|自杀|累死|烦死|\b(?:want(?:s|ed)? to|wanna|gonna) die\b|\bkill (?:my|him|her)self\b|\bkms\b|\bend it(?: all)?\b|\bjump(?:ing)? (?:off|out of|in front of)\b|\bthrow (?:my|him|her)self (?:off|out|in front)\b/i;
/** The everyday strain it is said of: work, a boss, school, exams, a deadline, a commute — named, never read from the
 *  figure's construction ("…makes me want to", "…is killing me", 累到想死 are said of life and despair as often). */
export const STRAIN =
  /加班|上班|工作|老板|领导|开会|考试|作业|论文|报告|项目|甲方|通勤|\b(?:work|job|shift|boss|manager|report|meeting|deadline|exam|essay|homework|revision|assignment|commute|spreadsheet|presentation|client)s?\b/i;
/** What is never an everyday strain: life itself, living, everything, depression, loneliness, grief, missing someone,
 *  活着 — a death wish said of them is the wish, whatever strain is named beside it ("work and being alive make me want
 *  to die lol"). */
const NEVER_STRAIN =
  /活着|活下去|人生|生活|一切|所有事|抑郁|孤独|寂寞|想念|想他|想她|失恋|分手|去世|\b(?:life|living|(?:being )?alive|existing|existence|everything|everyone|depress(?:ion|ed)|lonel(?:y|iness)|alone|grief|griev(?:e|ing)|missing (?:him|her|them|you|my)|heartbr(?:eak|oken)|break-?up|my (?:mum|mom|mother|dad|father|parents|family))\b/i;
/** The take-back: a laugh or "just kidding" after the figure. */
export const TAKE_BACK = /开玩笑|说笑|哈哈|😂|🤣|\bha(?:ha)+\b|\blol\b|\blmao\b|\bjk\b|\b(?:just )?kidding\b|\bjoking\b/i;
/** The turn to the real question. */
export const TURN =
  /不过说真的|说真的|说正经的|言归正传|正经问|\banyway\b|\bactual(?:ly)? question\b|\breal question\b|\bbut seriously\b|\bseriously though\b|\bon a serious note\b/i;

const SENTENCES = /[^.?!。？！\n]+[.?!。？！\n]*/g;
/** A wish told as lasting or recurring: ideation, not a figure of the moment. */
const LASTING =
  /一直|总是|老是|经常|常常|时常|最近|这段时间|这阵子|好久|每天|天天|每次|每回|每晚|每个?晚上|每周|又|反复|\b(?:keep|kept|always|often|lately|constantly|all the time|again|every (?:day|night|morning|time|week|shift)|each (?:time|night|day)|whenever|for (?:weeks|months|a while)|been thinking)\b/i;
/** A self-harm cue besides the figure: a means or a place (stored pills, a roof), a farewell, a plan, a past attempt
 *  ("我已经把遗书写好了", "攒了一些安眠药", "I tried to overdose last year"). With one anywhere the figure is no figure. */
const OTHER_CUE: readonly SuicideComponent[] = ['means', 'plan', 'farewell', 'selfHarm', 'ideation', 'passive', 'despair'];

/** The message with each joking sentence blanked, or the message itself when none is there: what the rest of the
 *  message says without the figure (the screen's grade is decided by gradeTakenBack, never by the blanked text alone). */
export function maskTakenBack(text: string): string {
  const sentences = [...text.matchAll(SENTENCES)];
  let out = text;
  sentences.forEach((m, i) => {
    const s = m[0];
    const death = DEATH.exec(s);
    if (!death || !STRAIN.test(s) || NEVER_STRAIN.test(s)) return;
    // The laugh comes after the figure, and the turn to the real question follows it (in this sentence or the next).
    if (!TAKE_BACK.test(s.slice(death.index + death[0].length))) return;
    const after = s.slice(death.index) + (sentences[i + 1]?.[0] ?? '');
    if (!TURN.test(after) || LASTING.test(s)) return;
    const at = m.index ?? 0;
    out = out.slice(0, at) + ' '.repeat(s.length) + out.slice(at + s.length);
  });
  return out;
}

/**
 * The screen's grade with a taken-back figure read as one: when the screen found a risk in the whole message and the
 * message without the joking sentence has no risk and no self-harm cue at all (means, place, farewell, plan,
 * past attempt), the figure is the whole of the risk and is graded moderate (a same-day
 * check-in with the crisis line, `takenBack`); otherwise the whole message's grade stands. `screen` is the suicide screen.
 */
export function gradeTakenBack(text: string, screen: (t: string) => SuicideScreen): SuicideScreen {
  const whole = screen(text);
  if (whole.risk !== 'high') return whole;
  const rest = maskTakenBack(text);
  if (rest === text || PAST_ATTEMPT.test(text) || STOCKPILE.test(text)) return whole;
  const restScreen = screen(rest);
  if (restScreen.risk !== 'none' || restScreen.components.some((c) => OTHER_CUE.includes(c))) return whole;
  return { ...whole, risk: 'moderate', takenBack: true };
}
