// A Chinese biopsy name read as its FORM (#18, s43): SITE + how the tissue is taken + the biopsy head word —
// 乳腺 + 空芯针穿刺 + 活检, 胃黏膜 + 内镜下 + 活组织检查. Writers name one biopsy in many ways (乳房穿刺针活检 = 乳腺空芯针穿刺活检,
// 胃粘膜活检 = 内镜下胃黏膜活组织检查: reward-probes-17/18 misses), and the older readers stop at the unread qualifier word.
// Two names are one biopsy when the SITES are the same words (after folding 乳房 → 乳腺, 粘 → 黏, a trailing 部/区) and the
// answer names every way of taking the tissue the gold names, with nothing that contradicts it (a needle is no excision;
// a fine-needle aspirate is no core, and no biopsy unless the gold says so): the answer may narrow the gold (a needle
// biopsy of the gold's site), never widen it.
// Fails closed: a name with anything else — another word, a bracket, Latin letters, a site the gold does not name
// (鼻部 for 鼻咽部, 乳头乳晕区 for 乳房) — is not read, and the older readers decide. Only pays; never withholds. Pure.

type Taking = 'needle' | 'fine' | 'core' | 'surgical' | 'excisional' | 'incisional' | 'endoscopic';

interface BiopsyForm {
  site: string;
  taking: ReadonlySet<Taking>;
  lesion: boolean;
  /** The scope named before 镜下 (胃镜, 肠镜, 支气管镜), or null for none or a generic one (内镜下, …镜下). */
  scope?: string | null;
}

/** The head word, at the end of the name: the tissue is examined (病理 after it says the same). */
const HEAD_RE = /(?:组织)?(?:活检术?|活组织检查|活体组织检查)(?:病理(?:检查)?)?$/u;

/** Words saying how the tissue is taken, longest first (each is removed once read). */
const TAKING_WORDS: readonly (readonly [RegExp, readonly Taking[]])[] = [
  [/空芯针|粗针|针芯|核芯针/gu, ['needle', 'core']],
  [/细针(?:穿刺)?|针吸/gu, ['needle', 'fine']],
  [/穿刺针|穿刺/gu, ['needle']],
  // An excision (切除) is not an incision (切取): both are surgical, neither is the other (s43 review).
  [/手术切除|切除/gu, ['surgical', 'excisional']],
  [/切取/gu, ['surgical', 'incisional']],
  [/手术|开放/gu, ['surgical']],
  [/(?:经)?(?:胃镜|肠镜|结肠镜|支气管镜|内镜|镜)下/gu, ['endoscopic']],
];

/** A lesion word narrows the site to what is biopsied there (乳腺肿物 is a lump in the breast). */
const LESION_RE = /肿物|肿块|病灶|结节|病变/gu;

/** Site words written two ways. */
const SITE_FOLD: readonly (readonly [RegExp, string])[] = [
  [/乳房/gu, '乳腺'],
  [/粘/gu, '黏'],
];

/** Ways of taking tissue that cannot both be true of one biopsy. */
const EXCLUSIVE: readonly (readonly [Taking, Taking])[] = [
  ['fine', 'core'],
  ['needle', 'surgical'],
  ['excisional', 'incisional'],
];

/** A named scope (gastroscope, colonoscope, bronchoscope): two different ones are two biopsies (s43 review). */
const SCOPE_RE = /(胃镜|结肠镜|肠镜|支气管镜)下/u;
const SCOPE_FOLD: Readonly<Record<string, string>> = { 结肠镜: '肠镜' };

const ONLY_HAN = /^[\u4e00-\u9fff]+$/u;

/** A Chinese name read as a biopsy form, or null when it is not one or has a word this reader does not know. */
export function biopsyForm(name: string): BiopsyForm | null {
  const s = name.trim();
  if (!ONLY_HAN.test(s)) return null;
  const head = HEAD_RE.exec(s);
  if (!head) return null;
  let rest = s.slice(0, head.index);
  const scopeWord = SCOPE_RE.exec(rest)?.[1] ?? null;
  const scope = scopeWord ? (SCOPE_FOLD[scopeWord] ?? scopeWord) : null;
  const taking = new Set<Taking>();
  for (const [re, kinds] of TAKING_WORDS) {
    const left = rest.replace(re, '');
    if (left === rest) continue;
    rest = left;
    for (const k of kinds) taking.add(k);
  }
  const site = rest.replace(LESION_RE, '');
  const lesion = site !== rest;
  rest = site;
  for (const [re, to] of SITE_FOLD) rest = rest.replace(re, to);
  // An organ's name with or without 脏 (肝脏 = 肝), a region with or without 部/区 (鼻咽部 = 鼻咽).
  rest = rest.replace(/[部区]$/u, '').replace(/(?<=[心肝脾肺肾])脏$/u, '');
  // Nothing may be left of a procedure word (腹腔镜探查, 胃镜检查及…): such a name is not one biopsy of one site.
  if (rest.length === 0 || /[针镜检术]/u.test(rest)) return null;
  return scope ? { site: rest, taking, lesion, scope } : { site: rest, taking, lesion };
}

/** The answer is the gold biopsy, by form: same site, every way of taking the gold names, nothing contradicting it. */
export function sameBiopsy(pred: string, gold: string): boolean {
  const p = biopsyForm(pred);
  const g = biopsyForm(gold);
  if (!p || !g || p.site !== g.site) return false;
  if (g.lesion && !p.lesion) return false;
  // A lesion narrows only a surgical gold (excising the lump is the surgical biopsy): a needle into a mass is no needle
  // biopsy of the organ's tissue (肾肿物穿刺活检 is no 肾穿刺活检; s43 review).
  if (p.lesion && !g.lesion && !g.taking.has('surgical')) return false;
  for (const t of g.taking) if (!p.taking.has(t)) return false;
  // A fine-needle aspirate yields cells, not tissue: it narrows no biopsy but one the gold itself calls fine-needle.
  if (p.taking.has('fine') && !g.taking.has('fine')) return false;
  // The answer may narrow the gold only by a needle's kind, or by an endoscope when the gold names no way at all: a surgical
  // way the gold does not name (肾切除活检 for 肾活检) or a scope added to a needle gold is another procedure (s43 review).
  for (const t of p.taking) {
    if (g.taking.has(t)) continue;
    if ((t === 'surgical' || t === 'excisional' || t === 'incisional') && !g.taking.has('surgical')) return false;
    if (t === 'endoscopic' && g.taking.size > 0) return false;
  }
  if (p.scope && g.scope && p.scope !== g.scope) return false;
  const all = new Set([...p.taking, ...g.taking]);
  return !EXCLUSIVE.some(([a, b]) => all.has(a) && all.has(b));
}
