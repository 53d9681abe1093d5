// Where a feature of an emergency picture stands in the consultation (emergency-pictures.ts): told as the patient's own,
// now — or said of another person, denied, of the past, long-standing, feared, asked about or a what-if. One reading of
// structure, the same for every feature: the clause and the sentence around the words, the last person named before
// them, the cues before them in their clause. Raise-only readers use it, so every doubt reads as "not told" (review s31:
// "another person", "they = the symptom", past events and negation fooled the reply reader that MASKED clauses; here
// nothing is masked — a feature not told simply does not count towards a picture). Pure.
import { clauseAt, clauses, isHistorical, isNegated, sentenceBounds } from '../safety/red-flags/context.js';
import { OWN_AFTER_MY_EN, RELATIVE_EN, RELATIVE_ZH } from '../safety/triage/persons.js';

/** A feature's words and what must or must not stand beside them. */
export interface FeatureWords {
  /** The words that tell it; the frame is judged where they stand. */
  re: RegExp;
  /** Words the same sentence must also hold (pain + chest + breathing in is pleuritic pain). */
  with?: readonly RegExp[];
  /** A sentence holding these tells something else (a calf pulled at football, a faint at a blood test). */
  unless?: RegExp;
  /** The words carry a denial as part of what they tell ("没避孕", "doesn't fade under a glass", "can't pee"); a denial
   *  before them still denies them ("no rash that doesn't fade"). */
  denialInside?: boolean;
  /** Anywhere in the consultation, these tell something else (iron tablets blacken stools whichever message says so). */
  unlessAnywhere?: RegExp;
  /** A situation rather than a state (an operation, a flight, a birth): not read as long-standing. */
  situation?: boolean;
  /** Told weeks back still counts (an operation last month, sex without protection last month): only years back, a
   *  childhood or 去年 put it out of the picture. */
  pastCounts?: boolean;
}

/** Whose consultation it is: the writer's own, or another person's (the opening's symptoms carried by someone else). */
export type Patient = 'writer' | 'other';

/** The last person named before the words in their clause: another person (group 1) or the writer (group 2). "they"
 *  and "it" name no one (they are often the symptom: "they don't fade"). A professional who measured or found something
 *  is read through the pronoun after them ("the nurse said I…" → I). */
const PERSON = new RegExp(
  String.raw`\b((?:my|our|his|her|a|the|your) (?:${RELATIVE_EN}|${OWN_AFTER_MY_EN}|husband|hubby|missus|fiance|fiancee|spouse|other half|grandson|granddaughter|nephew|niece|stepson|stepdaughter|lad|little one|mate|pal|dog|cat|puppy|kitten|horse|pony|rabbit|pet)s?(?:'s)?|he|she|him|his|her|someone|somebody)\b|\b(i|i'm|i've|i'd|i'll|me|my|myself|im|ive)\b|((?:我|你)?(?:${RELATIVE_ZH}|先生|太太|媳妇|老伴|孙子|孙女|外孙|伯伯|阿姨|叔叔|婆婆|公公|狗|猫|宠物)|他|她|别人|人家)|(我)`,
  'gi',
);

function carrierBefore(prefix: string): Patient | undefined {
  let last: Patient | undefined;
  for (const m of prefix.matchAll(PERSON)) last = m[1] || m[3] ? 'other' : 'writer';
  return last;
}

/** A fear, a what-if, a condition or a question about the feature, before it in its clause: not told. */
const NOT_TOLD =
  /\b(?:what if|in case|if|whether|unless|could (?:it|this|that) be|might (?:it|this|that) be|is (?:it|this|that)|are (?:these|they|those)|signs? of|symptoms? of|risks? of|chances? of|prevent\w*|avoid\w*|(?:afraid|worried|scared|terrified|anxious|nervous) (?:that|of|about (?:getting|having|developing)|i(?:'ll| will| might| may| could)|it(?:'ll| will| might| may| could))|(?:will|would|might|may|could) (?:i|he|she|you|it) (?:get|have|develop)|going to get)\b|怕|担心|万一|如果|要是|假如|假设|会不会|是否|预防|避免|以防|的话/i;
/** Told as not reported ("she hasn't mentioned chest pain", "他没说胸口疼"): a denial the negation cues do not read. */
const NOT_REPORTED =
  /\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|never|doesn'?t|does not|don'?t|do not|not) (?:mentioned|said|complained (?:of|about)|noticed|reported|talked about|brought up)\b|没(?:提|说|讲|喊|觉得|发现|注意)/i;
/** Chinese and Cantonese denials the clause's negation cues leave (不是突然的, 冇胸痛, 唔痛, 沒有): right before the words. */
const DENIED_ZH_BEFORE = /(?:冇|唔|沒|不是|并不|並不|并非|並非)[^，。,.\s]{0,3}$/;
/** A word that must stand beside the feature, told undenied somewhere in its sentence ("蛋蛋那里不疼" tells no pain). */
function toldIn(text: string, from: number, sentence: string, re: RegExp): boolean {
  const all = clauses(text);
  for (const m of sentence.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
    const at = from + (m.index ?? 0);
    const c = clauseAt(all, at);
    const before = text.slice(c.start, at);
    if (/[不没沒冇唔无無]$/.test(before) || DENIED_ZH_BEFORE.test(before) || isNegated(text, c, at)) continue;
    return true;
  }
  return false;
}

/** The words echoed as a question and answered no ("Breathless? No.", "Stiff neck - no", "脖子硬？没有"). */
const DENIED_AFTER =
  /^[^.!\n]{0,12}?(?:[?？:：]|\s[-–—])\s*(?:not at all|nah|no way|no|nope|none|never|not really|nothing|一点(?:都|也)没有|完全(?:没有|不会)|没有|没|无|冇|否)(?![a-z])/i;

/** A sentence that asks to learn about the feature ("I'd like to know the signs of a clot, like breathlessness"). */
const INFORMATION =
  /\b(?:signs? of|symptoms? of|what are the|(?:like|want|need) to know|look(?:ing)? out for|watch(?:ing)? (?:out )?for|read (?:about|that|online)|googled|things like|such as)\b|有哪些症状|什么症状|要注意什么|注意哪些|网上(?:说|看)/i;
/** A warning or instruction someone gave, reported ("my GP warned me chest pain going into the arm means ring 999",
 *  出院单上写着：如出现气短要立即就医): what to do if, not what is happening (review s33 cp-b08, cp-b35). Both parts in the
 *  feature's sentence. */
const WARNING_SOURCE = /\b(?:warned|told me|told us|said|says|leaflet|sheet|instructions?|advised)\b|出院单|说明书|医嘱|写着|交代|嘱咐|叮嘱/i;
const WARNING_ACTION =
  /\b(?:means?|go (?:straight )?to (?:a&e|a ?& ?e|the ed|the er|hospital|casualty)|(?:call|ring|dial|phone) (?:999|911|112|000|an ambulance)|get help)\b|如出现|一旦出现|出现[^，。]{0,12}(?:就|要|需|应)|(?:要|需|应)?(?:立即|马上|及时|立刻)(?:就医|就诊|去医院|来医院|打120|拨打120)/i;
const reportedWarning = (sentence: string): boolean => WARNING_SOURCE.test(sentence) && WARNING_ACTION.test(sentence);

/** A sentence asked as a question from its first word ("Is a swollen calf a sign of…?", "脖子硬吗？"). */
const ASKED = /^\s*(?:is|are|does|do|did|can|could|should|would|will|what|how|why|when|which)\b[^?]*\?\s*$/i;
/** A Chinese question in the words' own clause or space-separated run ("脖子硬吗？", "会是血栓吗"): chat Chinese runs a
 *  whole message as one sentence, so the question is read where the words stand, not over the sentence. */
const ASKED_ZH = /吗[？?]?\s*$|[？?]\s*$/;
function runAround(text: string, at: number, end: number): string {
  const from = text.slice(0, at).search(/[^，,。.;；！!？?\n\s]*$/);
  const to = text.slice(end).search(/[，,。.;；！!？?\n]|(?<=\p{Script=Han})\s/u);
  return text.slice(from, to < 0 ? text.length : end + to + 1);
}
/** Long-standing, not new: "for months", "for years", "always", "几个月了", "好几年". */
const LONG_STANDING =
  /\bfor (?:the (?:past|last) )?(?:\d+|a few|few|several|many|two|three|four|five|six|some) (?:months|years)\b|\bfor (?:months|years|ages)\b|\b(?:always|chronic|on and off|off and on|for as long as)\b|(?:几|好几|\d+|[一二两三四五六七八九十]+)(?:个)?多?(?:月|年)(?:了|来|多了)|多年|长期|一直都|老毛病|反反复复/i;

/** A calendar year before this one ("in 2018", 2019年): years back (review s33 cp-b02, cp-b03). */
const CALENDAR_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;
function pastCalendarYear(t: string, now = new Date()): boolean {
  for (const m of t.matchAll(CALENDAR_YEAR)) if (Number(m[1]) < now.getFullYear()) return true;
  return false;
}
/** Years back: a situation told then is no part of a picture now. */
const YEARS_BACK =
  /\b(?:years? ago|last year|as a (?:child|kid|teenager)|when i was (?:young|little|a kid|a child|\d+))\b|(?:几|好几|多|\d+|[一二两三四五六七八九十]+)年(?:以)?前|去年|前年|小时候|很久以前|很久/i;

/**
 * Whose consultation it is: another person's when the opening's symptoms are carried by someone else and not the writer
 * ("my wife is 7 weeks pregnant and…"), or when the opening names another person and never the writer ("my grandson is
 * poorly"); else the writer's own.
 */
export function patientOf(opening: string, carriers: ReadonlySet<'other' | 'writer' | 'unsaid'>): Patient {
  if (carriers.has('other') && !carriers.has('writer')) return 'other';
  // The carriers' reader knows fewer people than PERSON ("my girlfriend's got bad cramps" reads as the writer's): an
  // opening naming another person and never the writer (no I, me, 我) is about that person.
  const named = [...opening.matchAll(PERSON)].map((m) => (m[1] || m[3] ? 'other' : 'writer'));
  return named.includes('other') && !named.includes('writer') ? 'other' : 'writer';
}

export interface ToldAt {
  at: number;
  end: number;
}

/**
 * Where the consultation tells `f` as the patient's own, now. `patient` says whose consultation it is: a feature carried
 * by the other side (the writer's own sign in a consultation about someone else; a named other person's in the writer's
 * own) does not count; words with no person before them are the patient's.
 */
export function toldWhere(text: string, f: FeatureWords, patient: Patient): ToldAt[] {
  if (f.unlessAnywhere?.test(text)) return [];
  const all = clauses(text);
  const out: ToldAt[] = [];
  const g = new RegExp(f.re.source, f.re.flags.includes('g') ? f.re.flags : `${f.re.flags}g`);
  for (const m of text.matchAll(g)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!f.denialInside && /[不没沒無无未冇唔]|\b(?:no|not|never|n't)\b/i.test(m[0])) continue;
    const c = clauseAt(all, at);
    const before = text.slice(c.start, at);
    if (isNegated(text, c, at) || DENIED_ZH_BEFORE.test(before)) continue;
    if (deniedList(text, at)) continue;
    if (NOT_TOLD.test(before) || NOT_REPORTED.test(before)) continue;
    const told = text.slice(sentenceBounds(text, at).start, sentenceBounds(text, at).end);
    if (INFORMATION.test(told) || reportedWarning(told)) continue;
    const s = sentenceBounds(text, at);
    const sentence = text.slice(s.start, Math.min(text.length, s.end + 1));
    if (ASKED.test(sentence) || (/\p{Script=Han}/u.test(m[0]) && ASKED_ZH.test(runAround(text, at, end)))) continue;
    if (f.with && !f.with.every((re) => toldIn(text, s.start, sentence, re))) continue;
    if (f.unless?.test(sentence)) continue;
    const clause = text.slice(c.start, c.end);
    if (f.pastCounts ? YEARS_BACK.test(clause) || pastCalendarYear(clause) : isHistorical(text, c, new Date(), { start: at, end })) continue;
    // Long-standing anywhere in its sentence ("I get breathless, but that's my COPD for years").
    if (!f.situation && !f.pastCounts && LONG_STANDING.test(sentence)) continue;
    if (DENIED_AFTER.test(text.slice(end, end + 24))) continue;
    // The last person named before the words in their sentence: a pivot (刚才, now) opens a clause of its own and would
    // cut the subject off its verb (我老公刚才晕倒了).
    const carrier = carrierBefore(text.slice(s.start, at));
    if (carrier !== undefined && carrier !== patient) continue;
    out.push({ at, end });
  }
  return out;
}

/** A denial opening the sentence that runs on as a list ("No fever, stiff neck or rash", "没有发烧、脖子硬，也没吐"): the
 *  later items are denied too, until an affirming turn (but, yes, only, 有, 但) opens a clause of its own. */
const DENIAL_OPENS = /^\s*(?:no\b|not\b|none\b|never\b|nope\b|nothing\b|没有?|无|也没|都没|否认)/i;
const AFFIRM_EN = /\b(?:but|however|yes|yeah|though|although|only|just|apart from|except|i|i'm|i've|my|it|it's|he|she|his|her)\b|[;；]/i;
const AFFIRM_ZH = /但|可是|不过|有(?!没)|就是|只是|倒是|[，,；;]/;
function deniedList(text: string, at: number): boolean {
  const s = sentenceBounds(text, at);
  const head = text.slice(s.start, at);
  if (!DENIAL_OPENS.test(head)) return false;
  // The affirming turn must come after the opening denial word, in the stretch up to the feature. A Chinese comma ends
  // the list (没发烧，脖子有点硬 tells a stiff neck); an English list runs on over commas until a subject or a turn.
  const rest = head.replace(DENIAL_OPENS, '');
  return !(/[\u4e00-\u9fff]/.test(rest) ? AFFIRM_ZH : AFFIRM_EN).test(rest);
}
