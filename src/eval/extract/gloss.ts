// The commitment reading of an answer line: what the reply commits to is its letter AND the name it writes beside the
// letter ("Answer: B — Hashimoto's thyroiditis", "答案：C（鳞癌）"). Review s18 S6: a gloss the reader could not read was
// taken as agreement, so "B — Hashimoto's" was credited B when Hashimoto's is D. Here a gloss is checked against EVERY
// option (own text, terminology names, cross-language atoms) and only a gloss that reads as the letter's own option
// agrees; a gloss that names another option, or names something no option is, leaves the answer uncertain — credit
// must never depend on the coverage of a name list. A gloss that is a remark (a clause: a verb, a pronoun, a
// comparison, another letter) is not a name and is left to the clause readers. Pure.
import { conceptsNamed, conceptsWritten } from '../../knowledge/clinical-names.js';
import { normOptionText, type LetterContext } from './letter-set.js';
import { contentUnits, optionByAtoms, optionByContent, unitsSaid } from './option-names.js';

export type GlossVerdict = 'own' | 'other' | 'unread' | 'remark';

// A remark, not a name: clause words of English (verbs, modals, pronouns, subordinators, comparison, negation) and of
// Chinese (copula, modals, pronouns, connectives, comparison, negation words). A name has none of them.
const REMARK_EN_RE =
  /\b(?:is|are|was|were|be|been|being|am|would|will|should|could|can|may|might|must|shall|do|does|did|has|have|had|i|i'd|i'm|we|you|he|she|it|they|this|that|these|those|which|who|because|since|due|as|so|if|unless|when|though|although|but|also|better|best|worse|first|second|prefer|preferred|rather|instead|than|versus|vs|not|no|never|none|except|over|unlike|avoid|without|only|just|here|there|think|choose|pick|go|give|use|used|correct|right|wrong|likely|probably|maybe|perhaps|answer|option|choice|and|or|plus|then|all|both|none|neither|each|every|above|below|with|absolute|relative|true|false|yes)\b/i;
const REMARK_ZH_RE =
  /是|为|会|应|可|能|要|更|也|但|却|因|所以|我|你|他|她|它|这|那|其|效果|首选|优先|倾向|宁|比|不是|不选|不用|不如|并非|而非|而是|除了|避免|答案|选项|正确|错误|可能|或|吗|呢|吧|都|全部|以上|均|对|错|并|然后|立即|马上|尽快/;

// What a reply says about its own answer, not a name: a confidence, a percentage, the item type ("E (confidence ≈ 90%)",
// "E（置信度约85%）", "A C E（多选）").
const META_RE = /[%％≈~]|confiden|certain|sure|置信|把握|信心|多选|單選|单选|多選|不定项/i;

/** Pure: the gloss is a clause about the options (a remark), not a name of one. */
export function isRemark(gloss: string, ctx: LetterContext): boolean {
  const g = gloss.trim();
  // One abbreviation in capitals is a name, even when it spells a clause word ("AS", "MS", "ALL", "PE").
  if (/^[A-Z][A-Za-z0-9-]{1,7}$/.test(g) && (g.match(/[A-Z]/g) ?? []).length >= 2) return false;
  // Another option's letter in the gloss ("B (D is a close second)") makes it a remark about that option.
  if (/(?<![A-Za-z0-9])[A-J](?![A-Za-z0-9'’])/.test(g.replace(/^[A-J](?![A-Za-z])/, ''))) return true;
  // Words inside an option's own text are its name, not a clause ("Not otherwise specified", "无症状菌尿").
  let rest = g.toLowerCase();
  for (const t of ctx.raw?.values() ?? []) if (t.length >= 2) rest = rest.split(t.toLowerCase()).join(' ');
  if (REMARK_EN_RE.test(rest) || REMARK_ZH_RE.test(rest) || META_RE.test(rest)) return true;
  // A long gloss is a sentence, whatever its words.
  return (rest.match(/[a-z]+/gi) ?? []).length > 5 || (rest.match(/[\u4e00-\u9fff]/g) ?? []).length > 12;
}

const ORDINAL_EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_ZH = '一二三四五六七八九十';

/** Pure: the place an ordinal gloss names (第4项, 第四个选项, "the third option", "option 4", "#4"), 1-based, or null. */
export function ordinalOf(gloss: string): number | null {
  const g = gloss.trim().toLowerCase();
  const zh = /^第\s*([0-9]{1,2}|[一二三四五六七八九十])\s*(?:项|個|个|条|條|选项|選項|个选项|個選項)?$/.exec(g);
  if (zh) return /\d/.test(zh[1]) ? Number(zh[1]) : ORDINAL_ZH.indexOf(zh[1]) + 1;
  const en = /^(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:option|choice|answer|one)$/.exec(g);
  if (en) return ORDINAL_EN.indexOf(en[1]) + 1;
  // The reader folds an ordinal to its letter ("第4项" → "D项"): a letter said again names its own place.
  const again = /^(?:option\s+|choice\s+)?([a-j])\s*(?:项|項|选项|選項|option)?$/.exec(g);
  if (again) return again[1].charCodeAt(0) - 96;
  const num = /^(?:option|choice|no\.?|#)\s*(\d{1,2})$/.exec(g);
  return num ? Number(num[1]) : null;
}

/** Pure: every word of the gloss begins a word of the option (or the reverse): "Mycoplasma", "strep pneumo", "Staph aureus". */
function wordsFit(gloss: string, option: string): boolean {
  const g = [...contentUnits(gloss)].filter((u) => /[a-z]/.test(u));
  const o = [...contentUnits(option)].filter((u) => /[a-z]/.test(u));
  if (!g.length || !o.length || [...contentUnits(gloss)].some((u) => !/[a-z]/.test(u))) return false;
  return g.every((w) => o.some((x) => (w.length >= 4 && x.startsWith(w)) || (x.length >= 4 && w.startsWith(x)) || w === x));
}

/**
 * Pure: the gloss, written on its own, is a name of the option's concept in the bilingual name table
 * (knowledge/clinical-names.ts) — a brand ("Depakote" of "Valproate"), the other language (呋塞米 of "Furosemide"), an
 * abbreviation ("ARDS", 慢阻肺, "PE"), traditional characters (華法林). An abbreviation that stands for several concepts
 * fits each of them, so two options it could stand for leave the gloss unread.
 */
function namesConceptOf(gloss: string, option: string): boolean {
  const text = option.replace(/\s*[(（][^()（）]*[)）]\s*/g, ' ').trim();
  const own = new Set([...conceptsNamed(text), ...[...option.matchAll(/[(（]([^()（）]{2,40})[)）]/g)].flatMap((m) => conceptsNamed(m[1] ?? ''))]);
  if (!own.size) return false;
  return conceptsWritten(gloss.replace(/^\*+|\*+$/g, '').trim()).some((c) => own.has(c));
}

/** Pure: the gloss reads as option `letter` — its text (whole or in part), its content, a terminology name, its atoms. */
function fits(gloss: string, letter: string, ctx: LetterContext): boolean {
  const own = ctx.texts?.get(letter);
  const said = normOptionText(gloss);
  if (own && said && (said === own || own.includes(said) || said.includes(own))) return true;
  const raw = ctx.raw?.get(letter) ?? own ?? '';
  const low = gloss.trim().toLowerCase();
  if ((ctx.aliases?.get(letter) ?? []).includes(low)) return true;
  if (ctx.units && optionByContent(gloss, ctx.units, 2, ctx.raw, ctx.names) === letter) return true;
  if (ctx.raw && optionByAtoms(gloss, ctx.raw) === letter) return true;
  if (namesConceptOf(gloss, raw)) return true;
  if (ctx.units) {
    // Every unit the gloss says is one of the option's own (its text, or a terminology name said whole): a shortening.
    const units = [...contentUnits(gloss)];
    const ownUnits = unitsSaid(new Set(units), ctx.units, ctx.names).get(letter);
    if (units.length && ownUnits && units.every((u) => ownUnits.has(u))) return true;
  }
  return wordsFit(gloss, raw);
}

// Review s19 R3: a plain synonym of an option's own words (not a brand): adrenaline = epinephrine, IM = intramuscular,
// PCI = 经皮冠状动脉介入治疗, primary = 直接 (primary PCI), 慢性淋巴细胞性甲状腺炎 = 桥本甲状腺炎.
const SYNONYMS: readonly [RegExp, string][] = [
  [/\badrenaline\b/g, 'epinephrine'],
  [/\bnoradrenaline\b/g, 'norepinephrine'],
  [/\bim\b/g, 'intramuscular'],
  [/\biv\b/g, 'intravenous'],
  [/\b(?:sc|subcut)\b/g, 'subcutaneous'],
  [/\bpo\b/g, 'oral'],
  [/\bprimary\s+pci\b/g, '直接经皮冠状动脉介入治疗'],
  [/\bpci\b/g, '经皮冠状动脉介入治疗'],
  [/慢性淋巴细胞性甲状腺炎|hashimoto['’]?s?(?:\s+thyroiditis)?/g, '桥本甲状腺炎'],
];
const synonymNorm = (t: string): string => SYNONYMS.reduce((x, [re, to]) => x.replace(re, to), t.toLowerCase());
const synonymWords = (t: string): string[] =>
  synonymNorm(t)
    .split(/[^a-z0-9\u4e00-\u9fff]+/)
    .filter(Boolean);

/** Pure: after known synonyms, the gloss's words are a subset or a superset of the option's words (Han runs joined). */
function fitsBySynonym(gloss: string, option: string): boolean {
  if (synonymNorm(gloss) === gloss.toLowerCase()) return false;
  const g = synonymWords(gloss);
  const o = synonymWords(option);
  if (!g.length || !o.length) return false;
  const has = (ws: string[], w: string) => ws.includes(w) || (/[\u4e00-\u9fff]/.test(w) && ws.join('').includes(w));
  return g.every((w) => has(o, w)) || o.every((w) => has(g, w));
}

/** An abbreviation written on its own: 2–6 letters, at least two capitals ("CHD", "ARDS", "GBS", "NSTEMI", "PEs"). */
const ABBREVIATION_RE = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9]{2,6}$/;
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'with', 'in', 'to', 'for', 'due', 'a', 'an', 'or', 'on', 'by']);

/** Pure: the initials of an option's English words ("Coronary heart disease" → CHD, "Guillain-Barré syndrome" → GBS). */
function initialsOf(option: string): string {
  return option
    .replace(/[(（][^()（）]*[)）]/g, ' ')
    .split(/[^A-Za-zÀ-ɏ]+/)
    .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');
}

/**
 * Pure: what the gloss written beside `letter` says of it — 'own' when it reads as that option and as no other,
 * 'other' when it reads as another option only, 'unread' when it reads as none (or as several), 'remark' when it is
 * not a name.
 */
export function glossVerdict(gloss: string, letter: string, ctx: LetterContext): GlossVerdict {
  // An ordinal names a place in the list ("选D（第4项）", "C (the third option)").
  const place = ordinalOf(gloss);
  if (place !== null) return [...ctx.valid].sort()[place - 1] === letter ? 'own' : 'other';
  if (isRemark(gloss, ctx)) return 'remark';
  let letters = [...ctx.valid].filter((l) => fits(gloss, l, ctx));
  if (!letters.length) letters = [...ctx.valid].filter((l) => fitsBySynonym(gloss, ctx.raw?.get(l) ?? ''));
  // Review s20 R2: an abbreviation is read from the options themselves too — one that spells the initials of an option
  // the table did not tie it to ("CHD" beside coronary AND congenital heart disease; ARF, PD) stands for both: unread.
  // Credit never rests on the name list knowing every second reading.
  if (ABBREVIATION_RE.test(gloss.trim())) {
    const spelled = [...ctx.valid].filter((l) => initialsOf(ctx.raw?.get(l) ?? '') === gloss.trim().toUpperCase());
    if (spelled.some((l) => !letters.includes(l))) return 'unread';
  }
  if (letters.length === 1) return letters[0] === letter ? 'own' : 'other';
  // Several: the gloss said exactly as one option's text is that option ("Stable angina" beside "Unstable angina").
  const exact = letters.filter((l) => ctx.texts?.get(l) === normOptionText(gloss));
  if (exact.length === 1) return exact[0] === letter ? 'own' : 'other';
  return 'unread';
}

// An answer line: an answer cue before the letter on its line, or the line is the letter itself ("**B** — …").
const ANSWER_CUE_RE = /(?:\b(?:answer|choice|option|pick|choose|chose|go(?:ing)? with|select|final|correct|best)\b|答案|选|本题|故|答)[^\n]*$/i;
const GLOSS_RE =
  /(?<![A-Za-z])([A-J])\**[ \t]*(?:[—–]|--|[ \t]-[ \t]|[(（]|[,，][ \t]*(?:i\.e\.|即|也就是)|即|，即)[ \t]*([^\n()（）—–:;,.!?。；，！？]{2,60})(?=$|[\n)）—–:;,.!?。；，！？])/g;

// Review s19 R2: any separator after the letter on an answer line writes a gloss as well ("Answer: B: valproate",
// "B, valproate", "B. Valproate.", "**B** Valproate", "B = phenobarbital", "A → vancomycin", 答案：B 丙硫氧嘧啶 / B、… / B。…).
// After these a remark or a heading ("Answer: B. Rationale: …") is as common as a name, so only a gloss that reads as
// ANOTHER option doubts the letter here; a name no option has is left to the bracket/dash form above.
const LOOSE_GLOSS_RE =
  /(?<![A-Za-z])([A-J])\**[ \t]*(?:[:：=、。,，]|→|->|=>|\.(?=[ \t]|[^\x00-\x7F])|[ \t](?=[A-Za-z\u4e00-\u9fff]))[ \t*]*([^\n()（）—–:;,.!?。；，！？=]{2,60})(?=$|[\n.!?。！？]|[)）](?:$|[\n.!?。！？]))/gm;

/**
 * Pure: the committed letters whose gloss on an answer line reads as another option or as none — the reply's answer is
 * uncertain. Only answer lines count: a letter glossed while reasoning ("option A (the older drug) …") is not the answer.
 */
export function doubtedGlosses(text: string, ctx: LetterContext, letters: readonly string[]): Set<string> {
  const out = new Set<string>();
  // One answer only: the letters of a multi-answer list are glossed with reasons as often as with names.
  if (!ctx.texts || letters.length !== 1) return out;
  // Lines that each open with a different option's letter walk through the options: their glosses are verdicts.
  const opening = new Set([...text.matchAll(/^[ \t*_#>-]*\(?([A-J])(?![A-Za-z])/gm)].map((m) => m[1]));
  const walk = opening.size >= 2;
  for (const { letter, at, gloss } of answerLineGlosses(text, GLOSS_RE, letters, walk)) {
    const v = glossVerdict(gloss, letter, ctx);
    // A name no option has doubts only the last statement of the letter ("A — rectosigmoid. … Final: A" restates it
    // bare); a name that is another option's doubts it wherever it is written.
    const lineEnd = text.indexOf('\n', at);
    const restated = lineEnd >= 0 && new RegExp(`(?<![A-Za-z])${letter}(?![A-Za-z])`).test(text.slice(lineEnd));
    if (v === 'other' || (v === 'unread' && !restated)) out.add(letter);
  }
  for (const { letter, gloss } of answerLineGlosses(text, LOOSE_GLOSS_RE, letters, walk)) {
    if (glossVerdict(gloss, letter, ctx) === 'other') out.add(letter);
  }
  return out;
}

/**
 * Pure: every gloss written beside one of `letters` on an answer line, with what it says of that letter
 * (bench/gloss-resolution.ts measures how many resolve: 'own' or 'other' against 'unread').
 */
export function answerGlossVerdicts(text: string, ctx: LetterContext, letters: readonly string[]): { letter: string; gloss: string; verdict: GlossVerdict }[] {
  const opening = new Set([...text.matchAll(/^[ \t*_#>-]*\(?([A-J])(?![A-Za-z])/gm)].map((m) => m[1]));
  const walk = opening.size >= 2;
  return [...answerLineGlosses(text, GLOSS_RE, letters, walk)].map(({ letter, gloss }) => ({ letter, gloss, verdict: glossVerdict(gloss, letter, ctx) }));
}

/** The glosses of the committed letters written on an answer line (a line opening with the letter counts only outside a walk). */
function* answerLineGlosses(text: string, re: RegExp, letters: readonly string[], walk: boolean): Generator<{ letter: string; at: number; gloss: string }> {
  for (const m of text.matchAll(re)) {
    const letter = m[1];
    if (!letters.includes(letter)) continue;
    const at = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = text.slice(lineStart, at).replace(/[*_#>`\s]/g, '');
    if (before ? !ANSWER_CUE_RE.test(text.slice(lineStart, at)) : walk) continue;
    yield { letter, at, gloss: m[2].trim() };
  }
}
