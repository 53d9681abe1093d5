// The answer's letter and the medicine written beside it are ONE commitment (review s21 R-OLD-1/R-OLD-2/R-NEW-2). On a
// drug-choice item (every option is a medicine's name, with route or dose at most), the final answer statement's clause —
// from its letter to the sentence's end — is read in pieces: the gloss right after the letter, the alternatives after
// or / "/" / ";" / and-or / 或 / 不行就 / a condition ("C if no IV access", 若…则选C), and add-ons (and, with, plus, +).
// The letter is no commitment when the gloss names another molecule than its option's (a brand or alias of another
// option, a non-option medicine, a stereo isomer: 氧氟沙星 for 左氧氟沙星), when an alternative names another molecule
// or option, or when an add-on names another option. A piece set aside ("not phenytoin", 而不是…), a reason
// ("because …") and a remark with its own verb ("hydrocortisone is an adjunct") commit to nothing. Molecules are read
// by the one medicine reader (knowledge/medicine-mentions.ts), so a brand, a salt or a dosage form is its molecule. Pure.
import { withoutRouteOrDose } from '../../knowledge/clinical-names.js';
import { medicineMentions, moleculesNamed } from '../../knowledge/medicine-mentions.js';
import { doubtStated, pieceRole } from './connectives.js';
import type { LetterContext } from './letter-set.js';

// An answer statement: an answer cue before the letter on its line.
const ANSWER_CUE_RE =
  /(?:\b(?:answer|final|choice|option|correct|best|go(?:ing)?\s+with|pick|choose|select(?:ed)?|is)\b|答案|选择?|選擇?|故|本题|本題|应为|為|为|是)[^\n]*$/i;

// Where a piece begins: punctuation, a dash, or a joiner that offers another choice. "and", "with", "plus", 联合 stay inside
// a piece: they add to a name ("aspirin + clopidogrel") or go on a remark ("phenytoin and valproate come later").
const SPLIT_RE =
  /\s+(?:or|and\/or|alternatively|otherwise|else)\s+|[;；/／,，、()（）[\]【】]|\s+[—–-]+\s+|[—–]+|\s*(?:或者|或是|或|还是|還是|不行就用|不行就|再不行|否则|否則)\s*/gi;

// A piece set aside, a reason, a remark with a verb of its own, a ranking below the answer.
const REJECT_RE =
  /^(?:not|never|no|nor|rather\s+than|instead\s+of|than|over|except|unlike|without|avoid\w*|don'?t|do\s+not)\b|^(?:不是|不用|不要|不选|不選|而非|并非|並非|而不是|非|避免|禁用|排除|勿用)/i;
const REJECT_INSIDE_RE =
  /\s+(?:not|rather\s+than|instead\s+of|over|than|unlike|except)\b|(?:而不是|而非|并非|並非|不是|不选|不選|优于|優於|好于|好於|强于|強於|胜于|勝於)/i;
const REASON_RE = /^(?:because|since|as|given|due\s+to|which|who|that|for|so|but|whereas|while)\b|^(?:因为|因為|由于|由於|因|所以|但|但是|因其|其|而)/i;
const RANKED_BELOW_RE = /次选|次選|二线|二線|second[- ]line|second\s+choice|third[- ]line|\blater\b|之后|之後|其次/i;

// A condition on the alternative: "if that fails", "when no IV access" (to the piece's end); 若/如果/万一…则/就 (before the choice).
const CONDITION_EN_RE = /\b(?:if|when|unless|in\s+case)\b.*$/i;
const CONDITION_ZH_RE = /^(?:如果|如|若|假如|万一|萬一|要是)?[^则就則]{0,12}?(?:则|則|就|時|时)/;
// A verdict against the medicine named (头孢曲松无效, "phenytoin is contraindicated"): a rejection, said after the name.
const VERDICT_AGAINST_RE =
  /(?:无效|無效|不适用|不適用|不推荐|不推薦|禁用|禁忌|慎用|不宜|不能用|不可用|耐药|耐藥)|\b(?:ineffective|useless|contraindicated|inappropriate|unsafe|wrong|incorrect)\b/i;
// Words that offer a choice or say it is as good: what a piece holds besides a name when it is an alternative.
const OFFER_WORDS_RE =
  /\b(?:also|either|too|as\s+well|equally|alternatively|otherwise|else|maybe|perhaps|possibly|then|use|give|try|add|switch(?:ing)?\s+to|change\s+to|go\s+(?:with|to)|choose|pick|an?|the|and|with|plus|iv|im|po|oral|mg|instead)\b|也行|也可以|也可|亦可|均可|都可以|都可|都行|也|可|选|選|用|改用|换用|換用|换成|換成|改|换|換|加|联合|聯合|联用|聯用|合用|和|与|與/gi;

// A clause that calls another medicine as good ("phenytoin would also be reasonable", "is equally acceptable"): its
// verb is the offer, so the piece is a choice. Any other verb makes the piece a remark.
const AS_GOOD_RE =
  /\b(?:would|could|can|may|might|is|are|be|works?)\b(?:\s+\w+){0,2}?\s+(?:also|equally|too|as\s+well|just\s+as)\b(?:\s+(?:be\s+)?(?:reasonable|acceptable|fine|good|effective|appropriate|correct|right|ok(?:ay)?|work))?|\b(?:is|are|be)\s+(?:also\s+|equally\s+)?(?:reasonable|acceptable|fine|ok(?:ay)?)\b/gi;

// A verb left in the piece makes it a statement about the medicine ("D is sitagliptin"), not a choice.
const REMARK_VERB_RE =
  /\b(?:is|are|was|were|has|have|had|does|do|did|acts?|works?|causes?|helps?|needs?|takes?|comes?)\b|是|为|為|会|會|能|属于|屬於|用于|用於/i;

/** A letter offered as the choice in a piece: "C", "(C)", "则选C", "就换C". */
const LETTER_IN_PIECE_RE = /(?<![A-Za-z])\(?([A-J])\)?(?![A-Za-z0-9'’])/;

/**
 * The clause after the letter at `at`, up to the sentence's end (a line break, 。！？!?, or a full stop before a space).
 * A full stop right after the letter ends the statement unless a medicine's name follows it ("A. Lorazepam or
 * midazolam"): "Answer: C. Note: A, B, D are less appropriate" and 答案：B。理由：…排除A、C are new sentences.
 */
function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at + 1);
  let lead = /^[ \t*_:：、)）\]—–=→-]*/.exec(rest)?.[0].length ?? 0;
  const stopAfter = /^[.。][ \t*_]*/.exec(rest.slice(lead));
  if (stopAfter) {
    lead += stopAfter[0].length;
    if (medicineMentions(rest.slice(lead, lead + 40))[0]?.start !== 0) return '';
  }
  const body = rest.slice(lead);
  const stop = body.search(/\n|[。！？!?]|\.(?=\s|$)/);
  return stop < 0 ? body : body.slice(0, stop);
}

/**
 * Pure: the piece is a choice, not a remark — what is left after its names (medicines, options' texts, letters), its
 * condition and the words that offer a choice is at most one English word or two Chinese characters.
 */
function nameShaped(piece: string, spans: readonly { start: number; end: number }[], optionTexts: readonly string[]): boolean {
  let left = piece.toLowerCase();
  for (const m of [...spans].sort((a, b) => b.start - a.start)) left = `${left.slice(0, m.start)} ${left.slice(m.end)}`;
  for (const o of optionTexts) if (o.length >= 2) left = left.split(o).join(' ');
  left = left
    .replace(AS_GOOD_RE, ' ')
    .replace(CONDITION_EN_RE, ' ')
    .replace(CONDITION_ZH_RE, ' ')
    .replace(OFFER_WORDS_RE, ' ')
    .replace(LETTER_IN_PIECE_RE, ' ');
  const words = left.match(/[a-z]{2,}/g) ?? [];
  const han = left.match(/[\u4e00-\u9fff]/g) ?? [];
  if (REMARK_VERB_RE.test(left)) return false;
  return words.length <= 1 && han.length <= 2 && !(words.length && han.length);
}

/**
 * Pure: the item asks which medicine — every option is a short name (route and dose aside), and at least half of them
 * are medicines the reader knows (an option it does not know, "Sucralfate", is still a name beside them).
 */
function isDrugChoice(ctx: LetterContext): boolean {
  if (!ctx.raw || ctx.raw.size < 2) return false;
  let known = 0;
  for (const text of ctx.raw.values()) {
    const name = withoutRouteOrDose(text.replace(/\s*[(（][^()（）]*[)）]\s*/g, ' '));
    const mentions = medicineMentions(name);
    if (mentions.length) known++;
    // What the names do not cover: joiners of a combination, a route or dose, a form word.
    let left = name.toLowerCase();
    for (const m of [...mentions].reverse()) left = `${left.slice(0, m.start)} ${left.slice(m.end)}`;
    const words = left.split(/[^a-z\u4e00-\u9fff]+/).filter((w) => w && !ROUTE_FORM_WORDS.test(w));
    const han = words.join('').replace(ROUTE_FORM_HAN, '').replace(/[a-z]/g, '');
    const latin = words.filter((w) => /[a-z]/.test(w));
    if (mentions.length ? latin.length > 1 || han.length > 3 : latin.length > 3 || han.length > 8 || OPTION_CLAUSE_RE.test(name)) return false;
  }
  return known * 2 >= ctx.raw.size;
}

// An option that is a clause, not a name ("Give nothing and observe", 不需要用药).
const OPTION_CLAUSE_RE = /\b(?:is|are|be|give|stop|start|observe|refer|no|none|nothing|avoid|continue)\b|不|无需|停用|观察/i;
const ROUTE_FORM_WORDS = /^(?:and|plus|with|or|iv|im|po|sc|oral|infusion|bolus|nebulised|nebulized|inhaled|mg|kg|mcg|g|ml|dose|tablets?|injection)$/;
const ROUTE_FORM_HAN = /和|与|加|联用|注射液?|片|胶囊|口服|静脉|滴注|推注|泵入|肌内注射|肌注|皮下|雾化吸入|吸入|注射/g;

// What may stand around a medicine's name in an answer's value and leave it that name: a route, a dose, a form, "now".
const VALUE_FILLER_EN_RE =
  /\b(?:now|immediately|stat|start|give|use|the|a|an|single|dose|bolus|push|infusion|intravenous(?:ly)?|intramuscular(?:ly)?|subcutaneous(?:ly)?|orally|oral|iv|im|po|sc|mg|mcg|g|ml|kg|units?)\b/gi;
const VALUE_FILLER_ZH_RE = /立即|立刻|马上|馬上|首剂|静推|靜推|肌注|静注|靜注|静滴|靜滴|给予|給予|使用|应用|應用|单次|單次/g;
// Two names offered, or a doubt, in the value: no single commitment.
const VALUE_CHOICE_RE =
  /\b(?:or|either|and\/or|versus|vs|maybe|perhaps|probably|possibly|then|followed)\b|或|还是|還是|然后|然後|随后|隨後|之后|之後|再|[/／?？、,，;；]/i;

/**
 * Pure: the one option an answer cue's value names as a medicine (review s23's content-only class: "Answer: adrenaline",
 * "Go with furosemide IV" for 呋塞米静脉注射, 应选胺碘酮300mg静脉推注 for "Amiodarone 300 mg IV bolus", a brand). Read
 * by the one medicine reader, so the other language, a brand or a salt is the same molecule. Only on a drug-choice item,
 * only a value that is a name — it opens with the medicine (a route or "now" before it at most: 亚叶酸钙 is no 叶酸) and
 * leaves nothing but route, dose or form words — whose molecules equal exactly one option's; a second name, an "or",
 * a sequence or a doubt in the value reads as nothing.
 */
export function optionByMedicine(value: string, ctx: LetterContext): string | null {
  if (ctx.multi || !ctx.raw || !isDrugChoice(ctx)) return null;
  const said = nameMolecules(value);
  if (!said) return null;
  const same = (a: ReadonlySet<string> | null) => !!a && a.size === said.size && [...a].every((m) => said.has(m));
  // A route said on both sides must be the same route: "Oral vancomycin" is not "Intravenous vancomycin".
  const route = routesOf(value);
  const hits = [...ctx.raw].filter(([, t]) => same(nameMolecules(t)) && (!route.size || !routesOf(t).size || [...route].some((r) => routesOf(t).has(r))));
  // Another option that holds one of the molecules inside a longer name (去氧肾上腺素 holds 肾上腺素): not told apart.
  const near = [...ctx.raw].filter(([l, t]) => !hits.some(([h]) => h === l) && [...moleculesNamed(t)].some((m) => said.has(m)));
  return hits.length === 1 && !near.length ? hits[0][0] : null;
}

const ROUTES: readonly [string, RegExp][] = [
  ['oral', /\b(?:oral(?:ly)?|po|by\s+mouth)\b|口服/i],
  ['iv', /\b(?:iv|intravenous(?:ly)?|i\.v\.)\b|静脉|靜脈|静注|靜注|静推|靜推|静滴|靜滴/i],
  ['im', /\b(?:im|intramuscular(?:ly)?|i\.m\.)\b|肌内|肌肉注射|肌注/i],
  ['sc', /\b(?:sc|subcutaneous(?:ly)?|s\.c\.)\b|皮下/i],
  ['inhaled', /\b(?:inhaled|nebuli[sz]ed)\b|雾化|霧化|吸入/i],
  ['topical', /\b(?:topical|cream|ointment)\b|外用|软膏|軟膏/i],
];

/** Pure: the routes a text names (oral, iv, im, sc, inhaled, topical). */
function routesOf(text: string): Set<string> {
  return new Set(ROUTES.filter(([, re]) => re.test(text)).map(([r]) => r));
}

/** Route, dose and form words, and the digits and units of a dose: what a name may carry and stay that name. */
function withoutFiller(t: string): string {
  return t
    .toLowerCase()
    .replace(/\d+(?:\.\d+)?\s*(?:mg|mcg|μg|g|ml|kg|iu|units?)(?:\s*\/\s*(?:kg|d|day|h))?(?![a-z])/g, ' ')
    .replace(VALUE_FILLER_EN_RE, ' ')
    .replace(VALUE_FILLER_ZH_RE, ' ')
    .replace(ROUTE_FORM_HAN, ' ')
    .replace(/[\d.%:：～~\-–—\s]+/g, ' ')
    .trim();
}

/**
 * Pure: the molecules a text names when it is nothing but medicines' names (route, dose, form and a glossing bracket
 * aside) and opens with one — "Amiodarone 300 mg IV bolus", 呋塞米静脉注射, "propylthiouracil (PTU)" — else null
 * (亚叶酸钙 opens with 亚, not with 叶酸; "clot-busting therapy with tPA" is a phrase about a name).
 */
function nameMolecules(text: string): Set<string> | null {
  const v = text
    .replace(/[*_`"“”「」『』]/g, ' ')
    .trim()
    .replace(/[.。!！]+$/, '');
  if (!v || v.length > 60 || VALUE_CHOICE_RE.test(v.replace(/\s*[(（][^()（）]*[)）]/g, ' '))) return null;
  const mentions = medicineMentions(v);
  if (!mentions.length || withoutFiller(v.slice(0, mentions[0].start))) return null;
  let left = v;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) left = `${left.slice(0, m.start)} ${left.slice(m.end)}`;
  left = withoutFiller(left.replace(/[(（)）]/g, ' '));
  if ((left.match(/[a-z]{2,}/g) ?? []).length || /[\u4e00-\u9fff]/.test(left)) return null;
  return new Set(mentions.map((m) => m.molecule));
}

/** The position of the committed letter in the last answer statement, or -1. */
function lastStatedLetter(text: string, letter: string): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(`(?<![A-Za-z])${letter}(?![A-Za-z0-9'’])`, 'g'))) {
    const i = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    if (ANSWER_CUE_RE.test(text.slice(lineStart, i))) at = i;
  }
  return at;
}

/** Pure: a piece names another option than `letter` — its letter, its text, or a molecule not the answer's. */
function namesAnother(piece: string, letter: string, ctx: LetterContext, own: ReadonlySet<string>, otherTexts: readonly string[]): boolean {
  const offered = LETTER_IN_PIECE_RE.exec(piece)?.[1];
  if (offered && offered !== letter && ctx.valid.has(offered)) return true;
  const low = piece.toLowerCase();
  if (otherTexts.some((o) => o.length >= 2 && low.includes(o))) return true;
  return medicineMentions(piece).some((m) => !own.has(m.molecule));
}

/** Pure: the letter's answer statement says another molecule or option beside it — a letter and a name that disagree, or a hedge. */
export function medicineCommitmentBroken(text: string, letter: string, ctx: LetterContext): boolean {
  if (ctx.multi || !ctx.raw || !isDrugChoice(ctx)) return false;
  const own = moleculesNamed(ctx.raw.get(letter) ?? '');
  const at = lastStatedLetter(text, letter);
  if (at < 0 || !own.size) return false;
  const otherMolecules = new Set<string>();
  const texts: string[] = [];
  const otherTexts: string[] = [];
  for (const [l, t] of ctx.raw) {
    const name = withoutRouteOrDose(t).toLowerCase();
    texts.push(name);
    if (l === letter) continue;
    const ms = moleculesNamed(t);
    for (const m of ms) otherMolecules.add(m);
    // Options the medicine reader does not know are found by their own text (a text match would read 肾上腺素 inside
    // 去甲肾上腺素, so known ones only by molecule).
    if (!ms.size) otherTexts.push(name);
  }
  const clause = clauseAfter(text, at);
  // The writer's doubt after the statement — in its clause or the sentence after it ("A lorazepam, then phenytoin. I am
  // not sure which is first.") — puts a sequence's order in question (review s23 rows 13–14).
  const rest = text.slice(at + 1).split(/\n\s*\n/)[0] ?? '';
  const clauseEnd = Math.max(0, rest.indexOf(clause)) + clause.length + 1;
  const nextStop = rest.slice(clauseEnd).search(/[。！？!?\n]|\.(?=\s|$)/);
  const doubted = doubtStated(nextStop < 0 ? rest : rest.slice(0, clauseEnd + nextStop + 1));
  // Each piece keeps the separator before it, so its connective is read with it (connectives.ts).
  const starts = [0, ...[...clause.matchAll(SPLIT_RE)].map((m) => m.index ?? 0)];
  const pieces = clause.split(SPLIT_RE);
  for (const [i, raw] of pieces.entries()) {
    const whole = (raw ?? '').trim();
    if (!whole) continue;
    // A later step after the answer ("then levetiracetam", 随后用丙戊酸钠) is no rival; one under a fallback condition is,
    // and so is one whose order the writer doubts: the step named after it may be the first answer.
    if (i > 0 && pieceRole(clause.slice(starts[i], starts[i + 1] ?? clause.length)) === 'later') {
      if (doubted && namesAnother(whole, letter, ctx, own, otherTexts)) return true;
      continue;
    }
    if (REASON_RE.test(whole)) break;
    if (REJECT_RE.test(whole) || RANKED_BELOW_RE.test(whole) || VERDICT_AGAINST_RE.test(whole)) continue;
    // What follows a rejection or a comparison inside a piece is set aside ("Lorazepam rather than midazolam").
    const p = whole.split(REJECT_INSIDE_RE)[0]?.trim() ?? '';
    const mentions = medicineMentions(p);
    if (!p || !nameShaped(p, mentions, texts)) continue;
    // Another option offered by its letter ("C if no IV access", 则选C) — not in the gloss itself.
    const offered = i > 0 ? LETTER_IN_PIECE_RE.exec(p.replace(CONDITION_EN_RE, ''))?.[1] : undefined;
    if (offered && offered !== letter && ctx.valid.has(offered)) return true;
    const low = p.toLowerCase();
    if (otherTexts.some((o) => o.length >= 2 && low.includes(o))) return true;
    // A medicine after "and/with/plus/+/联合" is added to the answer: only another option's is a second answer.
    const addAt = low.search(/\s(?:and|with|plus)\s|[+＋]|联合|聯合|联用|聯用|加用|合用|加上/);
    for (const m of mentions) {
      if (own.has(m.molecule)) continue;
      if (addAt >= 0 && m.start > addAt && !otherMolecules.has(m.molecule)) continue;
      return true;
    }
  }
  return false;
}
