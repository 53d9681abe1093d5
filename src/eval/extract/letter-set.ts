// The grammar of an answer's letters, read at a position of cleaned (width-folded) text:
//
//   set   := item ((sep | hedge) item)*        sep: , ; + & and 和 及 与 以及 (and a space)   hedge: or 或 或者 还是 /
//   item  := "(" L ")" | "[" L "]" | L | LL…    a packed run ("ACD") only when every letter is an option
//
// A bare letter is only a letter when what follows cannot continue a word: "A thorough workup" (article),
// "B超" / "A型" (Chinese words beginning with a Latin letter) and "a matter of judgment" are not options unless
// the words after the letter are that option's own text. Lower-case letters count only when bracketed or alone.
import { foldWidth } from '../../knowledge/term-text.js';
import { GENUS_AFTER_RE, OWN_NEGATIVE_PREDICATE_RE, REJECT_RE } from './answer-lexicon.js';
import { glossVerdict } from './gloss.js';
import { initialisms, synonymNames } from './option-names.js';
import { escapeRegExp } from '../../core/regex.js';

export interface LetterContext {
  /** Option letters offered (upper case). */
  valid: ReadonlySet<string>;
  /** Option texts by letter, normalised with normOptionText. */
  texts?: ReadonlyMap<string, string>;
  /** The item takes several answers: letters joined by "/" ("A/B/D") are a set there, a hedge elsewhere. */
  multi?: boolean;
  /**
   * Other names an option's own text gives it, by letter: its bracketed abbreviation ("Measles–mumps–rubella (MMR)"
   * → MMR) and its text without the bracket; only names no other option shares. Lower-case, as written.
   */
  aliases?: ReadonlyMap<string, readonly string[]>;
  /**
   * Parts of an option's text that name it alone (option-names.ts distinctiveParts: "metformin", "消化道出血"): read
   * only right after an answer cue ("Recommended: metformin"), never as mentions in prose, where a distinctive word
   * is as often discussion ("abdominal pregnancies are rare").
   */
  parts?: ReadonlyMap<string, readonly string[]>;
  /**
   * Content units of each option (option-names.ts optionUnits): read only as the value of an answer cue when neither
   * letters nor an option's own words are there ("综上应选分段诊刮", "So: carditis, chorea, nodules").
   */
  units?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Content units of the terminology's other names for each option, one set a name (option-names.ts optionNameUnits):
   * a name counts only when a phrase says it whole (unitsSaid).
   */
  names?: ReadonlyMap<string, readonly ReadonlySet<string>[]>;
  /** Option texts as written, by letter (for what normalised texts lose: word breaks, a negating head). */
  raw?: ReadonlyMap<string, string>;
  /**
   * s44 review: the stem is given and asks what IS so (not what is wrong, NOT, to avoid — Cantonese 唔/冇 included).
   * Only then are 唔啱 and a line-opening letter list's verdict read (evidence-reader.ts readSentences): on a stem asking
   * what is wrong, "C 唔啱" names the answer, and denying C credited another option's text (fail closed: START reading).
   */
  assertiveStem?: boolean;
}

/**
 * Pure: a binomial's short form, as microbiology writes it: "Escherichia coli" → "e. coli" (and "e.coli"), so a reply
 * naming "E. coli" names the option, not the letter E (GENUS_AFTER_RE). Two words, the genus capitalised, the species not.
 */
export function genusShort(text: string): string[] {
  const m = /^\s*([A-Z])[a-z]+\s+([a-z]{3,})\s*$/.exec(text.replace(/\s*[(（][^()（）]*[)）]\s*/g, ' '));
  return m ? [`${m[1].toLowerCase()}. ${m[2]}`, `${m[1].toLowerCase()}.${m[2]}`] : [];
}

/** The aliases of each option (see LetterContext.aliases). */
export function optionAliases(options: Record<string, string>): Map<string, string[]> {
  const raw = new Map<string, string[]>();
  for (const [k, v] of Object.entries(options)) {
    const names: string[] = [];
    for (const m of v.matchAll(/[(（]([^()（）]{2,24})[)）]/g)) names.push(m[1].trim().toLowerCase());
    const bare = v
      .replace(/\s*[(（][^()（）]*[)）]\s*/g, ' ')
      .trim()
      .toLowerCase();
    if (bare && bare !== v.trim().toLowerCase()) names.push(bare);
    // Drug-class names ('the ACE inhibitor', '普利类') are not aliases: session 12's review showed 'stop the ACE inhibitor'
    // credited as choosing it (the stance reader lacks 停用); the class table was removed with it (git: b9b7867d).
    names.push(...initialisms(bare || v.toLowerCase()), ...synonymNames(bare || v.toLowerCase()), ...genusShort(v));
    raw.set(
      k.toUpperCase(),
      names.filter((n) => n.length >= (/[\u4e00-\u9fff]/.test(n) ? 2 : 3)),
    );
  }
  const count = new Map<string, number>();
  for (const names of raw.values()) for (const n of new Set(names)) count.set(n, (count.get(n) ?? 0) + 1);
  return new Map([...raw].map(([k, names]) => [k, [...new Set(names)].filter((n) => count.get(n) === 1)]));
}

export interface LetterSet {
  letters: string[];
  /** Letters joined by "or" / "或" / "/": a hedge, never an answer. */
  hedge: boolean;
  /** Offset just after the last letter (or after the echoed option text). */
  end: number;
  /** The answer was given as an option's text. */
  echo?: boolean;
  /** …by its content only (abbreviated, paraphrased: optionByContent), not its words as written. */
  content?: boolean;
  /** The list goes on with a letter that is not an option ("A, B, C, F" of A–E): no valid answer. */
  offOption?: boolean;
}

/** "All of the above" / "none of the above" in their common wordings, so "以上都对" echoes an option "以上都是". */
const ALL_ABOVE = /all\s+(?:of\s+)?the\s+above|以上(?:选项)?(?:都|均|皆|全)(?:是|对|正确|可以|可)/g;
const NONE_ABOVE = /none\s+of\s+the\s+above|以上(?:选项)?(?:都|均|皆)(?:不是|不对|不正确|错误)/g;

/** Lower-case, no spaces or punctuation: how option texts and echoes are compared. */
export function normOptionText(s: string): string {
  // Folded like the reply it is compared with (full-width "，" in an option, "," in the folded reply).
  return foldWidth(s)
    .toLowerCase()
    .replace(NONE_ABOVE, '⟨none-above⟩')
    .replace(ALL_ABOVE, '⟨all-above⟩')
    .replace(/[\s.,;:!?'"()[\]{}<>\-_/\\|*`~]+/g, '');
}

const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined) => isUpper(c) || isLower(c) || isDigit(c);
const isCjk = (c: string | undefined) => c !== undefined && c >= '\u3400' && c <= '\u9fff';

/** Chinese characters that may follow an option letter grammatically ("B项", "B为", "B正确", "B和C", "B是"). */
const CJK_AFTER_LETTER = new Set([...'项选为是正对当符因所故即最和与及或都均的也较更比错不可选等了呢吗啊就吧啦呀哦嘛没、两三四之以']);

/** English words that may follow an answer letter ("B because …", "B is …", "B, which …"). */
const WORDS_AFTER_LETTER = new Set(
  'because since as which given due for with here this that it is are was were be based from per in considering according owing so therefore thus hence but however while whereas being seems appears looks best correct right only alone too also then now plus along together if when unless'.split(
    ' ',
  ),
);

/** The option whose text `rest` starts with (longest match wins); letters of texts shorter than 2 chars never echo. */
export function echoedOption(rest: string, ctx: LetterContext, exact = false): { letter: string; length: number } | null {
  if (!ctx.texts) return null;
  const n = normOptionText(rest.length > 400 ? rest.slice(0, 400) : rest);
  if (!n) return null;
  let best: { letter: string; length: number } | null = null;
  for (const [letter, text] of ctx.texts) {
    if (text.length < 2) continue;
    const hit = exact ? n === text : n.startsWith(text);
    if (hit && (!best || text.length > best.length)) best = { letter, length: text.length };
  }
  if (best) return best;
  // "an ACE inhibitor" for "Angiotensin-converting enzyme inhibitor", "the angiotensin-converting enzyme inhibitor":
  // after an article, the option's text or one of its own short forms (optionAliases), as a whole word.
  const article = /^\s*(?:an?|the)\s+/i.exec(rest)?.[0] ?? '';
  const body = rest.slice(article.length, article.length + 400).trimStart();
  const skip = normOptionText(article).length;
  if (article) {
    const nb = normOptionText(body);
    for (const [letter, text] of ctx.texts) {
      if (text.length >= 2 && (exact ? nb === text : nb.startsWith(text)) && (!best || text.length > best.length)) best = { letter, length: text.length };
    }
    if (best) return { letter: best.letter, length: skip + best.length };
  }
  const alias = aliasEcho(body, ctx, exact);
  return alias ? { letter: alias.letter, length: skip + alias.length } : null;
}

/**
 * Pure: an option named at the start of `body` by one of its own English short forms (optionAliases: "ACE inhibitor",
 * "SSRI"), as a whole word — before "ACE" can be read as the letters A, C, E; `withParts` (right after an answer cue
 * only) also by a part of its text that names it alone. Length in normalised characters.
 */
export function aliasEcho(body: string, ctx: LetterContext, exact = false, withParts = false): { letter: string; length: number } | null {
  let best: { letter: string; length: number } | null = null;
  const start = body.trimStart();
  // Letters written apart ("A, C, D", "A C D", "A和C") are a list of options, not an initialism said whole: 'acd' is
  // 'Anemia of chronic disease' only when written as one word.
  if (SPACED_LETTERS_RE.test(start)) return null;
  for (const [letter, names] of [...(ctx.aliases ?? []), ...(withParts ? (ctx.parts ?? []) : [])]) {
    for (const name of names) {
      if (/[\u4e00-\u9fff]/.test(name)) {
        // Chinese names have no word boundary: the name itself, at the start.
        const hit = exact ? normOptionText(start) === normOptionText(name) : start.startsWith(name);
        if (hit && (!best || normOptionText(name).length > best.length)) best = { letter, length: normOptionText(name).length };
        continue;
      }
      const whole = new RegExp(`^${escapeRegExp(name).replace(/\s+/g, '[\\s-]+')}(?![a-z0-9])`, 'i');
      const hit = exact ? normOptionText(start) === normOptionText(name) : whole.test(start);
      if (hit && (!best || normOptionText(name).length > best.length)) best = { letter, length: normOptionText(name).length };
    }
  }
  return best;
}

/** Two option letters apart from each other at the start: "A, C", "A、C", "A C", "(A)(C)", "A and C". */
const SPACED_LETTERS_RE = /^[([]?[A-Ja-j][)\]]?(?:\s*[,、;/&+]\s*|\s+(?:and|和|及)\s+|\s+|(?<=[)\]])(?=[([]))[([]?[A-Ja-j][)\]]?(?![A-Za-z])/;

/** Raw length of `rest` covering `normLength` normalised characters. */
function rawSpan(rest: string, normLength: number): number {
  let k = 0;
  let i = 0;
  for (; i < rest.length && k < normLength; i++) if (normOptionText(rest[i])) k++;
  return i;
}

/** Whether a bare letter at `i` stands alone, or the option text follows it; returns the end offset or -1. */
function letterEnd(t: string, i: number, letter: string, ctx: LetterContext): number {
  const j = i + 1;
  const next = t[j];
  if (isLatin(next)) return -1; // "Bx", "B12", "Ab"
  const echo = (): number => {
    const lead = /^[\s.:)\]-]*/.exec(t.slice(j, j + 12))![0].length;
    const rest = t.slice(j + lead);
    const hit = echoedOption(rest, ctx);
    return hit && hit.letter === letter ? j + lead + rawSpan(rest, hit.length) : -1;
  };
  // "E. coli", "C. difficile": a genus written short is a letter only when its option's own text follows.
  if (GENUS_AFTER_RE.test(t.slice(j))) return echo();
  if (next === undefined || (!isLatin(next) && !isCjk(next) && next !== ' ' && next !== '\t')) return j;
  if (isCjk(next)) return CJK_AFTER_LETTER.has(next) ? j : echo();
  // Whitespace: a letter, a connector word or punctuation may follow; other words must be the option's text.
  let k = j;
  while (t[k] === ' ' || t[k] === '\t') k++;
  const c = t[k];
  if (c === undefined || c === '\n' || c === '\r' || (!isLatin(c) && !isCjk(c))) return j;
  if (isCjk(c)) return j; // "B 肿瘤呈…", "B 因为…": a spaced letter before Chinese text
  let w = k;
  while (isLower(t[w]) || isUpper(t[w])) w++;
  const word = t.slice(k, w).toLowerCase();
  if (WORDS_AFTER_LETTER.has(word) || word === 'and' || word === 'or') return j;
  if (w - k === 1 && isUpper(t[k]) && !isLatin(t[w])) return j; // "A C" (a spaced letter list)
  const echoed = echo();
  // Review s21: the option's own text said after its letter is no more settled than a name when the sentence goes on
  // to name another option ("Answer: A Lorazepam or Diazepam" with bare options).
  if (echoed >= 0) return namesOtherOption(sentenceRest(t.slice(echoed)), letter, ctx) ? -1 : echoed;
  // The words up to the clause's end name this option and no other — by a part of its text, a brand, the other
  // language, an abbreviation (gloss.ts, the answer line's own reading): "Answer: A Lorazepam" for "Lorazepam IV",
  // "A Keppra" for "Levetiracetam". The article reading ("A thorough workup", "A patient with…") leaves a clause or a
  // name of no option; a name of ANOTHER option is not this letter.
  const named = ownNameAfter(t.slice(k), letter, ctx);
  if (named > 0) return k + named;
  // Review s21 R-OLD-1: the words after the letter are ANOTHER option's name ("Answer: A Depakote" with C Valproate,
  // "A Phenytoin" with B Phenytoin): a letter with a gloss that disagrees, read as the letter so the gloss reader
  // (gloss.ts doubtedGlosses) leaves it no answer — never the name's letter.
  const gloss = /^[^\n()（）:;,.!?。；，！？/]{2,40}?(?=\s*(?:$|[\n()（）:;,.!?。；，！？/]))/.exec(t.slice(k));
  return gloss && glossVerdict(gloss[0].trim(), letter, ctx) === 'other' ? j : -1;
}

/**
 * Pure: the length of the name at the start of `rest` when it names option `letter` and no other (gloss.ts), else 0.
 * The name ends at the clause's end or at a joiner, so "A Lorazepam or C" is still read as a set with a hedge.
 */
export function ownNameAfter(rest: string, letter: string, ctx: LetterContext, mentionOnly = false): number {
  if (!ctx.texts) return 0;
  const clause = /^[^\n()（）:;,.!?。；，！？]{2,60}?(?=\s+(?:or|and|plus|versus|vs)\b|\s*(?:$|[\n()（）:;,.!?。；，！？/]))/.exec(rest);
  if (!clause || glossVerdict(clause[0].trim(), letter, ctx) !== 'own') return 0;
  // Review s21 R-NEW-2: the rest of the answer's sentence names ANOTHER option by its name ("A Lorazepam or Phenytoin",
  // "A Lorazepam / Phenytoin", "A Lorazepam; propofol if refractory", "A adrenaline, or salbutamol if wheezy"): the
  // name does not settle the letter — the letter is left to the readers it had before (a second option named keeps the
  // answer open, as a second letter does).
  // (`mentionOnly`: the letter is still a mention of its option, for the readers that look for where it is discussed.)
  return !mentionOnly && namesOtherOption(sentenceRest(rest.slice(clause[0].length)), letter, ctx) ? 0 : clause[0].length;
}

/** The rest of a sentence: up to its full stop (not a decimal point), a line break, ! or ?. */
function sentenceRest(t: string): string {
  const stop = t.search(/\n|[!?。！？]|\.(?!\d)/);
  return stop < 0 ? t : t.slice(0, stop);
}

/**
 * Pure: a piece of `tail` (split at joiners and punctuation) opens with the name of an option other than `letter`
 * (gloss.ts's reading of a name, 1–4 words), not set aside by a rejection before it ("not phenytoin", "rather than
 * Keppra"). A bare letter is left to the letter readers.
 */
export function namesOtherOption(tail: string, letter: string, ctx: LetterContext): boolean {
  const pieces = tail.split(/\s+(?:or|and|plus|versus|vs|then|alternatively|otherwise)\b|[,;/()（）、，；：:]|或者|或|还是|還是|不行就用|不行用|否则|否則/i);
  for (const raw of pieces) {
    const piece = raw
      .replace(/^\s*(?:(?:or|and|maybe|perhaps|possibly|else|switch(?:ing)?\s+to|add|give|use|try|with|followed\s+by|also|too|even)\s+)*/i, '')
      .trim();
    if (!piece || /^(?:not|never|no|rather\s+than|instead\s+of|than|over|except|unlike|without|avoid)\b|^(?:不是|不用|不要|而非|并非|而不是)/i.test(piece))
      continue;
    if (/^\(?[A-J]\)?(?![A-Za-z'’])/.test(piece)) continue;
    const words = piece.split(/\s+/);
    const prefixes = /[\u4e00-\u9fff]/.test(piece)
      ? [piece.slice(0, 12)]
      : [1, 2, 3, 4].filter((n) => n <= words.length).map((n) => words.slice(0, n).join(' '));
    if (prefixes.some((p) => glossVerdict(p.replace(/[*_`]+/g, ''), letter, ctx) === 'other')) return true;
  }
  return false;
}

/** The letter after the last option (F for A–E): the one a list that runs past the options names. */
function nextLetter(ctx: LetterContext): string {
  let max = 64;
  for (const l of ctx.valid) max = Math.max(max, l.charCodeAt(0));
  return String.fromCharCode(max + 1);
}

interface Item {
  letters: string[];
  end: number;
  offOption?: boolean;
}

/** A range of option letters: "A–D", "A~D", "A到D", "A至D", "A through D", "B-E" (closed, ascending, all options). */
const RANGE_RE = /^([A-J])[ \t]*(?:[–—~～]|-(?=[A-J](?![A-Za-z]))|到|至|[ \t]+(?:through|thru)[ \t]+)[ \t]*([A-J])(?![A-Za-z0-9])/;

export function letterRange(t: string, i: number, ctx: LetterContext): Item | null {
  const m = RANGE_RE.exec(t.slice(i, i + 16));
  if (!m || m[2] <= m[1]) return null;
  const letters: string[] = [];
  for (let c = m[1].charCodeAt(0); c <= m[2].charCodeAt(0); c++) letters.push(String.fromCharCode(c));
  if (!letters.every((l) => ctx.valid.has(l))) return null;
  return { letters, end: i + m[0].length };
}

function parseItem(t: string, i: number, ctx: LetterContext): Item | null {
  const c = t[i];
  if (c === '(' || c === '[' || c === '<') {
    const close = c === '(' ? ')' : c === '[' ? ']' : '>';
    // A bracketed list of letters: "(A, B, E)", "（A、B、D）", "（BCDE）".
    const inner = /^[([<]\s*([A-J](?:\s*(?:,|、|和|and|&|\s)?\s*[A-J])+)\s*[)\]>]/.exec(t.slice(i, i + 40));
    if (inner && inner[0].endsWith(close)) {
      const letters = inner[1].match(/[A-J]/g) ?? [];
      if (letters.every((l) => ctx.valid.has(l)) && new Set(letters).size === letters.length) return { letters, end: i + inner[0].length };
    }
    // A list literal of quoted letters, as code writes it: ["A", "C", "D"], ['A', 'B', 'D'] (JSON, Python).
    const quoted = c === '[' ? /^\[\s*(["'“‘])[A-Ja-j]["'”’](?:\s*,\s*["'“‘][A-Ja-j]["'”’])*\s*,?\s*\]/.exec(t.slice(i, i + 80)) : null;
    if (quoted) {
      const letters = [...quoted[0].matchAll(/["'“‘]([A-Ja-j])["'”’]/g)].map((m) => (m[1] as string).toUpperCase());
      if (letters.every((l) => ctx.valid.has(l)) && new Set(letters).size === letters.length) return { letters, end: i + quoted[0].length };
      return null;
    }
    let k = i + 1;
    while (t[k] === ' ') k++;
    const l = t[k];
    let e = k + 1;
    while (t[e] === ' ') e++;
    if ((isUpper(l) || isLower(l)) && t[e] === close && ctx.valid.has(l.toUpperCase())) return { letters: [l.toUpperCase()], end: e + 1 };
    return null;
  }
  if (isUpper(c)) {
    const range = letterRange(t, i, ctx);
    if (range) return range;
    if (!isUpper(t[i + 1])) {
      if (!ctx.valid.has(c)) return null;
      const end = letterEnd(t, i, c, ctx);
      return end >= 0 ? { letters: [c], end } : null;
    }
    // A packed run of option letters: "ACD" (but not "CT", "ECG", "ABCDEFG" beyond the options).
    let k = i;
    while (isUpper(t[k])) k++;
    const run = t.slice(i, k);
    if (isLatin(t[k]) || run.length > ctx.valid.size) return null;
    if (new Set(run).size !== run.length) return null;
    // A run of option letters plus one beyond the options ("BCEF" of A–E) is an answer naming a missing option.
    const beyond = [...run].filter((l) => !ctx.valid.has(l));
    if (beyond.length)
      return beyond.length === 1 && run.length >= 3 && run.endsWith(beyond[0]) && beyond[0] === nextLetter(ctx) && !isCjk(t[k])
        ? { letters: [...run.slice(0, -1)], end: k, offOption: true }
        : null;
    return { letters: [...run], end: k };
  }
  // Lone lower-case letters spaced one a word and closing their line or clause ("选 b d e"): every one an option, none
  // repeated — the spaced form of "bde".
  if (isLower(c) && t[i + 1] === ' ') {
    const m = /^[a-j](?: [a-j])+(?=[ \t]*(?:[\n.!;。]|$))/.exec(t.slice(i, i + 24));
    const run = m ? m[0].replace(/ /g, '').toUpperCase() : '';
    if (run && new Set(run).size === run.length && [...run].every((l) => ctx.valid.has(l))) return { letters: [...run], end: i + m![0].length };
  }
  if (isLower(c) && isLower(t[i + 1])) {
    // A packed lower-case run closing its line or clause ("answer: ac"): every letter an option, none repeated.
    let k = i;
    while (isLower(t[k])) k++;
    const run = t.slice(i, k).toUpperCase();
    const after = t[k];
    if (run.length > ctx.valid.size || new Set(run).size !== run.length || [...run].some((l) => !ctx.valid.has(l))) return null;
    if (after !== undefined && after !== '\n' && !/^[.!;]?\s*(?:\n|$)/.test(t.slice(k, k + 3))) return null;
    return { letters: [...run], end: k };
  }
  if (isLower(c) && ctx.valid.has(c.toUpperCase())) {
    // "b)" / "b." / a lone "b" closing the clause; never "a matter", "a. the patient…" is rare enough to allow.
    const n = t[i + 1];
    if (isLatin(n)) return null;
    // …or one joined to the next lone letter by "and"/"or" ("a, b, c and e").
    const joined = n === ' ' && /^ (?:and|or) [a-j](?![a-z])/.test(t.slice(i + 1, i + 9));
    // …or one closing a Chinese clause: Chinese punctuation or a sentence particle follows ("选 d 吧", "选d。", "选 b 就对了",
    // "b项") — not a word it begins ("a型血", "c 型肝炎", "b族维生素").
    const beforeHan = /^ ?(?:[\u3000-\u303f\uff01-\uff1f]|[吧呢啊呀吗嗎嘛哦喔啦了就项項]|选项|選項)/.test(t.slice(i + 1, i + 4));
    if (n === ')' || n === '.' || n === undefined || n === '\n' || n === ',' || n === ';' || n === '!' || joined || beforeHan) {
      if (n === '.' && isLower(t[i + 2] === ' ' ? t[i + 3] : undefined)) return null;
      return { letters: [c.toUpperCase()], end: i + 1 };
    }
  }
  return null;
}

// One grammar of an answer SET, for single- and multi-answer items alike (a set where one answer is expected is several
// answers — final-answer.ts makes it no answer —, never its first letter): the joiners of a list ("A; C", "A as well as C",
// "A plus C", "B and also D", "A along with C"), each item optionally named as an option ("A与选项C", "A and option C").
// A semicolon joins only a lone letter closing its clause ("Answers: A; C"): in Chinese "；" opens the next clause
// ("应选B；CEA多用于结直肠癌" is no set B, C, E, A).
/**
 * The words that join the items of a list of options, English and Chinese (regex source): "and", "and also", "plus",
 * "as well as", "along with", "together with", 以及, 还有, 和, 及, 与. The one list: the closing-reference reader splits
 * its lists by the same words (closing-reference.ts LIST_SPLIT).
 */
export const LIST_JOINER_WORDS = String.raw`\b(?:and(?:\s+also)?|plus|as\s+well\s+as|along\s+with|together\s+with)\b|以及|还有|和|及|与`;
const SEP = new RegExp(
  String.raw`\s*(?:,\s*(?:\b(?:and|plus)\b(?:\s+also\b)?)?|;(?=\s*\(?[A-J]\)?\s*(?:[;,.\n]|$))|\+|&|${LIST_JOINER_WORDS}|\s)\s*(?:(?:options?|choices?)\s+|选项\s*)?`,
  'y',
);
/** Words adding the option they follow to what was said before: "also", "too", "as well", 也, 还. */
const ADDS_RE = /\b(?:also|too|as well)\b|也|还/i;
/** Words affirming the letter the line opens on ("D is correct", "B 亦可", "A 都有可能", "D 同样是…"). */
const AFFIRMS_RE =
  /\b(?:correct|right|true|valid|likewise|equally|possible|possibility|choice|applies|works?|fits?|included?)\b|正确|对|可以|亦|可能|同样|同樣|都係|都是|都啱|啱/i;
/** A letter added in brackets after the answer: "A (and C)", "B（以及D）" — the set goes on inside the bracket. */
const BRACKET_AND = new RegExp(String.raw`[ \t]*[(（][ \t]*(?:also|${LIST_JOINER_WORDS})[ \t]*(?:(?:options?|choices?)\s+|选项\s*)?`, 'iy');
const HEDGE = /\s*,?\s*(?:\bor\b|或者|或是|或|还是|\/|\|)\s*(?:\b(?:maybe|possibly|perhaps|probably)\b|可能是|可能)?\s*/y;

/** The letter set starting at `i` (after any filler), or null when no option letter stands there. */
export function parseLetterSet(t: string, i: number, ctx: LetterContext): LetterSet | null {
  const first = parseItem(t, i, ctx);
  if (!first) return null;
  const letters = [...first.letters];
  let end = first.end;
  let hedge = false;
  if (first.offOption) return { letters, hedge: true, end, offOption: true };
  for (;;) {
    // "B (Hepatitis B), plus D", "B（乙肝）和D": a letter's own option text in brackets is skipped, as a label's is.
    if (ctx.texts && letters.length) {
      const gloss = /^[ \t]*[(（]([^()（）\n]{1,80})[)）]/.exec(t.slice(end, end + 84));
      const hit = gloss ? echoedOption(gloss[1], ctx, true) : null;
      if (gloss && hit && hit.letter === letters[letters.length - 1]) end += gloss[0].length;
    }
    // "B) Haloperidol, C) Methadone": a label's own option text is skipped before the next separator.
    if (ctx.texts && letters.length) {
      const lead = /^[ \t]*[.)\]:][ \t]*/.exec(t.slice(end, end + 6));
      if (lead && !/[\r\n]/.test(t[end + lead[0].length] ?? '\n')) {
        const hit = echoedOption(t.slice(end + lead[0].length, end + lead[0].length + 400), ctx);
        if (hit && hit.letter === letters[letters.length - 1]) {
          end += lead[0].length + rawSpan(t.slice(end + lead[0].length), hit.length);
          // After an option's text the list goes on only on the same line.
          SEP.lastIndex = end;
          if (SEP.exec(t)?.[0].includes('\n')) break;
        }
      }
    }
    HEDGE.lastIndex = end;
    const h = HEDGE.exec(t);
    if (h?.[0].trim()) {
      const item = parseItem(t, HEDGE.lastIndex, ctx);
      if (item) {
        if (!(ctx.multi === true && h[0].trim() === '/')) hedge = true;
        letters.push(...item.letters);
        end = item.end;
        continue;
      }
      // "B/D coinfection": a slash straight to another option letter offers it, whatever word follows (review s14).
      const next = t[HEDGE.lastIndex];
      if (h[0] === '/' && next !== undefined && ctx.valid.has(next) && !isLatin(t[HEDGE.lastIndex + 1]) && ctx.multi !== true) hedge = true;
    }
    BRACKET_AND.lastIndex = end;
    if (BRACKET_AND.exec(t)) {
      const item = parseItem(t, BRACKET_AND.lastIndex, ctx);
      if (item && /^[ \t]*[)）]/.test(t.slice(item.end, item.end + 4))) {
        letters.push(...item.letters);
        end = item.end + /^[ \t]*[)）]/.exec(t.slice(item.end))![0].length;
        continue;
      }
    }
    SEP.lastIndex = end;
    const s = SEP.exec(t);
    if (s?.[0].length) {
      const item = parseItem(t, SEP.lastIndex, ctx);
      // "本题选ABCD，E项错误", "ABCD, E is wrong", "A; C is wrong": after a comma or semicolon, a letter with its own
      // (negative) predicate opens a new clause; it is no item of the list.
      if (item && /[,;]/.test(s[0]) && OWN_NEGATIVE_PREDICATE_RE.test(t.slice(item.end, item.end + 16))) break;
      // "答案：ABCDF\nE（酮酸中毒）属急性并发症": across a line break the list goes on only with a line of letters; a letter
      // opening a line of its own words is that line's subject, no item of the answer. (A list ending its line on a joiner
      // — "A, B,\nC (and this one)" — goes on: the joiner says so.)
      if (item && !s[0].trim() && s[0].includes('\n') && !/^[\sA-Ja-j,;.、，；。&+]*$/.test(t.slice(item.end).split('\n')[0])) {
        // …unless those words add it ("C is also a feature", "C也是"): the reply did not say one set — no answer.
        const rest = t.slice(item.end, item.end + 40).split('\n')[0];
        if (!REJECT_RE.test(rest) && (ADDS_RE.test(rest) || AFFIRMS_RE.test(rest))) hedge = true;
        break;
      }
      if (item) {
        letters.push(...item.letters);
        end = item.end;
        continue;
      }
      // "a、b、d、e 都係": a lone lower-case letter after a list of lone lower-case letters is its last item whatever
      // follows it but a word of its own ("a, b and e.g." is no item).
      const c = t[SEP.lastIndex];
      if (/[,、，]/.test(s[0]) && isLower(t[end - 1]) && !isLatin(t[end - 2] ?? ' ') && isLower(c) && ctx.valid.has(c.toUpperCase())) {
        const n = t[SEP.lastIndex + 1];
        if (OWN_NEGATIVE_PREDICATE_RE.test(t.slice(SEP.lastIndex + 1, SEP.lastIndex + 17))) break;
        // A Latin word after a space makes it a word of the sentence ("b and d, a classic pairing", "b, d, i think"):
        // START's reading stands.
        const after = /^[ \t]*(.)/.exec(t.slice(SEP.lastIndex + 1))?.[1] ?? '';
        if (!isLatin(n) && !isLatin(after) && n !== '.' && n !== "'" && !letters.includes(c.toUpperCase())) {
          letters.push(c.toUpperCase());
          end = SEP.lastIndex + 1;
          continue;
        }
      }
    }
    // Bracketed letters written side by side: "(A)(C)(D)", "（Ａ）（Ｃ）", "【A】【C】".
    // (An opening bracket eaten as filler leaves "A][C]": the item's own closing bracket comes first.)
    const open = (t[end - 1] === ')' && t[end] === '(') || (t[end - 1] === ']' && t[end] === '[') ? end : t[end] === ']' && t[end + 1] === '[' ? end + 1 : -1;
    if (open >= 0) {
      const item = parseItem(t, open, ctx);
      if (item) {
        letters.push(...item.letters);
        end = item.end;
        continue;
      }
    }
    break;
  }
  // "B、E之间" (between): a hedge. A further letter that is no option ("A, B, C, F" of A–E): no valid answer.
  if (/^\s*(?:项|两项)?\s*之间/.test(t.slice(end, end + 8))) hedge = true;
  SEP.lastIndex = end;
  const more = SEP.exec(t);
  const next = more?.[0].length ? t[SEP.lastIndex] : undefined;
  const offOption = next !== undefined && next === nextLetter(ctx) && !isLatin(t[SEP.lastIndex + 1]) && !isCjk(t[SEP.lastIndex + 1]);
  return offOption ? { letters, hedge: true, end, offOption } : { letters, hedge, end };
}

/**
 * A whole short answer value ("B", "a, c", "A、B、D", "B. 肿瘤呈膨胀性生长", "(C)", "option C", the option text,
 * "B或C" as a hedge): JSON `answer` fields, <answer> tags and \boxed{} contents.
 */
export function parseAnswerValue(value: string, ctx: LetterContext): LetterSet | null {
  const s = foldWidth(value)
    .trim()
    .replace(/^(?:(?:the\s+)?(?:final\s+|correct\s+)?(?:answer|option|choice)\s*(?:is|:)?|答案\s*(?:是|为|:)?|选项|选)\s*/i, '');
  if (!s) return null;
  const exact = echoedOption(s, ctx, true);
  if (exact) return { letters: [exact.letter], hedge: false, end: value.length, echo: true };
  const set = parseLetterSet(s, 0, ctx);
  if (set) return set;
  const lower = /^[a-z](?:\s*[,;]\s*[a-z])*$/.test(s) ? s.replace(/[^a-z]/g, '') : '';
  if (lower && [...lower].every((l) => ctx.valid.has(l.toUpperCase()))) return { letters: [...lower.toUpperCase()], hedge: false, end: value.length };
  return echoedList(s, ctx, value.length);
}

/** A joiner between options named by their text: a hedge ("or", "/", "或", "还是", "(or …)") or a list joiner. */
const ECHO_JOINER = new RegExp(
  String.raw`^\s*(?:[(（]\s*(?:or|also|${LIST_JOINER_WORDS})\s*|,?\s*(?:\bor\b|或者|或是|或|还是|/|\|)\s*|(?:[,;、&+]\s*)?(?:${LIST_JOINER_WORDS})?\s*)`,
  'i',
);
const ECHO_HEDGE = /\bor\b|或|还是|\/|\|/i;

/**
 * Pure: options named by their text at the start of an answer value, read with the set grammar's joiners: "Ciprofloxacin
 * or Ceftriaxone" is a hedge and "Ciprofloxacin and Ceftriaxone" two answers, as "B or C" and "B and C" are — never the
 * first option alone. A name after a joiner must be an option's text or one of its letters; anything else ends the list
 * ("Ciprofloxacin, not Ceftriaxone").
 */
/** Joiners of a combination, as one token: "aspirin and clopidogrel" says "Aspirin plus clopidogrel" (review s14). */
const COMBINATION_JOINER = /\s*(?:\b(?:and|plus|with|along\s+with|together\s+with|combined\s+with|as\s+well\s+as)\b|\+|&|和|及|与|加|联合|合用|配合)\s*/gi;
const combinationKey = (text: string) => normOptionText(text.replace(COMBINATION_JOINER, ' ⊕ '));

/** Pure: the option whose whole text is `s` once the joiners of a combination are made one ("aspirin and clopidogrel"). */
export function combinationOption(s: string, ctx: LetterContext): string | null {
  if (!ctx.raw || !COMBINATION_JOINER.test(s)) return null;
  COMBINATION_JOINER.lastIndex = 0;
  const key = combinationKey(s.replace(/[\s.。!！]+$/, ''));
  const hits = [...ctx.raw].filter(([, text]) => COMBINATION_JOINER.test(text) && ((COMBINATION_JOINER.lastIndex = 0), combinationKey(text) === key));
  COMBINATION_JOINER.lastIndex = 0;
  return hits.length === 1 ? hits[0][0] : null;
}

export function echoedList(s: string, ctx: LetterContext, end: number): LetterSet | null {
  const combo = combinationOption(s, ctx);
  if (combo) return { letters: [combo], hedge: false, end, echo: true };
  const first = echoedOption(s, ctx);
  if (!first) return null;
  const letters = [first.letter];
  let hedge = false;
  let at = rawSpan(s, first.length);
  for (;;) {
    const joiner = ECHO_JOINER.exec(s.slice(at));
    if (!joiner?.[0].trim()) break;
    const rest = s.slice(at + joiner[0].length);
    const byText = echoedOption(rest, ctx);
    const byLetter = byText ? null : parseItem(rest, 0, ctx);
    if (!byText && !byLetter) break;
    if (ECHO_HEDGE.test(joiner[0])) hedge = true;
    letters.push(...(byText ? [byText.letter] : (byLetter?.letters ?? [])));
    at += joiner[0].length + (byText ? rawSpan(rest, byText.length) : (byLetter?.end ?? 0));
  }
  return { letters: [...new Set(letters)], hedge, end, echo: true };
}
