// Examination (and disease) names as sets of language-free atoms, so a name written in Chinese and one written in
// English can be compared: "CT of bones, joints and soft tissue" and 骨关节及软组织CT检查 are both {ct, bone, joint,
// softtissue}; "Wrist flexion test" and 屈腕试验 are {flexion, wrist}; 胸部CT and "head CT" differ by their site.
// Chinese is segmented longest-match first over the lexicon (term-atoms-lexicon.ts), an unknown Chinese character
// stays a literal atom (so two Chinese names still compare character by character); an English word the lexicon
// does not know makes the reading incomplete, and callers then decline to decide by atoms. Qualifiers that do not
// change which test is meant (检查, "test", 常规, "serum", 24小时) are dropped. Pure; the lexicon is parsed once.
import { toSimplified } from '../core/han-variants.js';
import { foldWidth } from './term-text.js';
import { ITIS_STEMS, TERM_ATOM_LINES } from './term-atoms-lexicon.js';
import { CLINICAL_ATOM_LINES } from './term-atoms-lexicon-clinical.js';
import { LABEL_ATOM_LINES } from './term-atoms-lexicon-labels.js';
import { TEST_ATOM_LINES } from './term-atoms-lexicon-tests.js';

export type AtomKind = 'site' | 'specimen' | 'qualifier' | 'other';

export interface TermAtoms {
  /** Atoms of the name, qualifiers dropped, sorted, unique. */
  atoms: string[];
  /** Body-site atoms among them. */
  sites: string[];
  /** Specimen atoms among them (blood, urine, CSF …). */
  specimens: string[];
  /** English words the lexicon does not know (the reading is then incomplete). */
  unknownWords: string[];
}

interface Lexicon {
  zh: Map<string, string[]>;
  zhMax: number;
  en: Map<string, string[]>;
  enMaxWords: number;
  kind: Map<string, AtomKind>;
  /** Atoms that name a virus (a form ends in 病毒 or "virus": hbv, cmv, hantavirus): beside one, "virus" adds nothing. */
  viruses: Set<string>;
}

const HAN = /[\u4e00-\u9fff]/;
const KIND: Record<string, AtomKind> = { s: 'site', p: 'specimen', q: 'qualifier', '-': 'other' };

/** British spellings and hyphenation folded the same way on both sides (haem → hem, oesophag → esophag). */
function enNorm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e')
    .replace(/\s+/g, ' ')
    .trim();
}

function zhNorm(s: string): string {
  return foldWidth(s)
    .toLowerCase()
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, '');
}

let lexicon: Lexicon | undefined;
let stems: Map<string, string> | undefined;

function itisStems(): Map<string, string> {
  stems ??= new Map(
    ITIS_STEMS.split(/\s+/)
      .filter((t) => t.includes('='))
      .map((t) => t.split('=') as [string, string]),
  );
  return stems;
}

/** A lexicon from line sets; a later set only adds forms the earlier ones lack (it never re-reads a known word). */
function buildLexicon(sets: readonly string[]): Lexicon {
  const out: Lexicon = { zh: new Map(), zhMax: 1, en: new Map(), enMaxWords: 1, kind: new Map(), viruses: new Set() };
  sets.forEach((lines, set) => {
    for (const line of lines.split('\n')) {
      // A line may name Chinese forms only (its English side empty: "urine p: 小便 =").
      const m = /^(\S+) ([spq-]): (.*?) =(?: (.*))?$/.exec(line.trim());
      if (!m) continue;
      const atoms = m[2] === 'q' ? [] : m[1].split('+');
      for (const a of atoms) if (!out.kind.has(a)) out.kind.set(a, KIND[m[2]]);
      if (atoms.length === 1 && atoms[0] !== 'virus' && (/病毒(?:\||$)/u.test(m[3]) || /virus(?:\||$)/u.test(m[4] ?? ''))) out.viruses.add(atoms[0]);
      for (const f of m[3].split('|')) {
        const z = zhNorm(f);
        if (!z || (set > 0 && out.zh.has(z))) continue;
        out.zh.set(z, atoms);
        out.zhMax = Math.max(out.zhMax, z.length);
      }
      for (const f of (m[4] ?? '').split('|')) {
        const e = enNorm(f);
        if (!e || (set > 0 && out.en.has(e))) continue;
        out.en.set(e, atoms);
        out.enMaxWords = Math.max(out.enMaxWords, e.split(' ').length);
      }
    }
  });
  return out;
}

/** The examination reader's lexicon: the building words plus the RL label words (term-atoms-lexicon-labels.ts). */
function lex(): Lexicon {
  lexicon ??= buildLexicon([`${TERM_ATOM_LINES}\n${TEST_ATOM_LINES}\n${LABEL_ATOM_LINES}`]);
  return lexicon;
}

// The label words are read by the examination reader only: the clinical reader (option names in eval) and the
// report intake's word list keep the lexicon they were measured with (their own gates), so neither widens.
let baseLexicon: Lexicon | undefined;
function baseLex(): Lexicon {
  baseLexicon ??= buildLexicon([`${TERM_ATOM_LINES}\n${TEST_ATOM_LINES}`]);
  return baseLexicon;
}

let clinicalLexicon: Lexicon | undefined;
function clinicalLex(): Lexicon {
  clinicalLexicon ??= buildLexicon([`${TERM_ATOM_LINES}\n${TEST_ATOM_LINES}`, CLINICAL_ATOM_LINES]);
  return clinicalLexicon;
}

/** The lexicon's Chinese word forms, for readers that ask whether a name is made of the building words of
 * examination names (report intake: a photo's test name read as words, or misread). */
export function termWordsZh(): readonly string[] {
  return [...baseLex().zh.keys()];
}

interface Token {
  text: string;
  han: boolean;
}

function tokens(name: string): Token[] {
  const out: Token[] = [];
  // Schiøtz, Schiφtz: a slashed o written either way is an o. Traditional characters are read through their simplified
  // forms (頸椎 = 颈椎): the lexicon is written in simplified Chinese.
  const s = toSimplified(foldWidth(name)).toLowerCase().replace(/[øφ]/gu, 'o');
  const re = /[\u4e00-\u9fff]|[a-z0-9]+/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ text: m[0], han: HAN.test(m[0]) });
  return out;
}

/** English forms tried for an unknown word: plural and "anti-" prefix (antinuclear = anti + nuclear). */
function wordVariants(w: string, L: Lexicon, clinical: boolean): string[][] {
  const out: string[][] = [];
  const one = (x: string) => L.en.get(enNorm(x));
  for (const v of [w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]) {
    const hit = v !== w ? one(v) : undefined;
    if (hit) out.push(hit);
  }
  if (out.length) return out;
  // parotitis = parotid + inflammation (English "-itis" disease words name their organ).
  const itis = /^(.{2,}?)itis$/.exec(w);
  const stem = itis ? itisStems().get(itis[1]) : undefined;
  if (stem) return [[stem, 'inflammation']];
  // Examination reading only: cholecystography = gallbladder + contrast study, choledochoscopy = bile duct + endoscopy —
  // a Greek organ stem (the -itis stems, plus the few met only in procedure words) joined by -o- to the imaging suffix.
  const proc = clinical ? null : /^([a-z]{2,}?)o(graphy|gram|scopy)$/.exec(w);
  const organ = proc ? (itisStems().get(proc[1]) ?? PROCEDURE_STEMS[proc[1]]) : undefined;
  if (proc && organ && L.kind.get(organ) === 'site') return [[organ, proc[2] === 'scopy' ? 'scope' : 'contrast']];
  const pre = /^(anti)(.{3,})$/.exec(w);
  if (pre) {
    const rest = one(pre[2]) ?? one(pre[2].replace(/s$/, ''));
    if (rest) out.push([...(L.en.get('anti') ?? []), ...rest]);
  }
  // Clinical reading only: a blood-chemistry word is direction + analyte + -emia (hypokalaemia = 低钾血症, low +
  // potassium + emia); a hyper-/hypo- word of an organ's function is the organ + its function's direction.
  const emia = clinical ? /^(hyper|hypo)(.{3,}?)(?:a?emia|emic)$/.exec(w) : null;
  const analyte = emia ? EMIA_STEMS[emia[2]] : undefined;
  if (emia && analyte) out.push([emia[1] === 'hyper' ? 'high' : 'low', analyte, 'emia']);
  return out;
}

/** Organ stems met in procedure words but not in -itis words (choledocho-, cavernoso-, hystero-, sialo-). */
const PROCEDURE_STEMS: Readonly<Record<string, string>> = {
  choledoch: 'biliary',
  cholangi: 'biliary',
  cholecyst: 'gallbladder',
  cavernos: 'cavernosa',
  hyster: 'uterus',
  sial: 'salivary',
  ureter: 'ureter',
  pyel: 'kidney',
};

/** The analyte stems of hyper-/hypo-…-emia words (natr = sodium, kal = potassium): general chemical word roots. */
const EMIA_STEMS: Readonly<Record<string, string>> = {
  natr: 'sodium',
  kal: 'potassium',
  calc: 'calcium',
  phosphat: 'phosphorus',
  magnes: 'magnesium',
  glyc: 'glucose',
  uric: 'uricacid',
  lipid: 'lipid',
  cholesterol: 'cholesterol',
  album: 'albumin',
  protein: 'protein',
  chlor: 'chloride',
  bilirubin: 'bilirubin',
  ammon: 'ammonia',
  kali: 'potassium',
};

const REGION_PARTS: [string, string[]][] = [
  [
    'abdomen',
    ['peritoneum', 'liver', 'gallbladder', 'biliary', 'pancreas', 'spleen', 'kidney', 'stomach', 'intestine', 'colon', 'smallbowel', 'gi', 'uppergi'],
  ],
  ['gi', ['uppergi', 'esophagus', 'stomach', 'duodenum', 'intestine', 'colon', 'smallbowel']],
  ['pelvis', ['vulva', 'vagina', 'cervix', 'uterus', 'ovary', 'tube', 'bladder', 'prostate', 'rectum', 'fornix']],
  ['chest', ['lung', 'pleura', 'heart', 'mediastinum']],
  ['head', ['base', 'orbit', 'sinus']],
];

const memo = new Map<string, TermAtoms>();

/** The atoms of an examination or disease name, in either language (memoised, bounded). */
export function termAtoms(name: string): TermAtoms {
  const hit = memo.get(name);
  if (hit) return hit;
  if (memo.size >= 50_000) memo.clear();
  const r = computeAtoms(name, lex(), false);
  memo.set(name, r);
  return r;
}

const baseMemo = new Map<string, TermAtoms>();

/**
 * The atoms of a name read with the lexicon before the RL label words (term-atoms-lexicon-labels.ts): for readers
 * measured with that lexicon, such as the diagnosis verifier's organ check (icd-code.ts) — the label lines' sites
 * (adnexa, cavernosa, maxillofacial, male genital, mastoid) have no parts there, so a correct English diagnosis on a
 * contained organ (salpingo-oophoritis for 附件炎) would read as another organ. Memoised, bounded.
 */
export function termAtomsBase(name: string): TermAtoms {
  const hit = baseMemo.get(name);
  if (hit) return hit;
  if (baseMemo.size >= 50_000) baseMemo.clear();
  const r = computeAtoms(name, baseLex(), false);
  baseMemo.set(name, r);
  return r;
}

const clinicalMemo = new Map<string, TermAtoms>();

/**
 * The atoms of a disease, finding or anatomy name in either language, with the clinical building words as well
 * (term-atoms-lexicon-clinical.ts: 高/raised, 综合征/syndrome, 血症/-emia), so a clinical name written in the other
 * language can be compared ("squamous cell carcinoma" and 鳞状细胞癌 are {cancer, cell, squamous}). Memoised, bounded.
 */
export function clinicalAtoms(name: string): TermAtoms {
  const hit = clinicalMemo.get(name);
  if (hit) return hit;
  if (clinicalMemo.size >= 50_000) clinicalMemo.clear();
  const r = computeAtoms(name, clinicalLex(), true);
  clinicalMemo.set(name, r);
  return r;
}

function computeAtoms(name: string, L: Lexicon, clinical: boolean): TermAtoms {
  const toks = tokens(name);
  const atoms = new Set<string>();
  const unknownWords: string[] = [];
  let i = 0;
  while (i < toks.length) {
    // Chinese forms (also mixed ones such as b超, 131碘, ct): the longest concatenation of tokens in the lexicon.
    let zhEnd = -1;
    let zhAtoms: string[] = [];
    let acc = '';
    for (let j = i; j < toks.length && acc.length < L.zhMax; j++) {
      acc += toks[j].text;
      const a = L.zh.get(acc);
      if (a && (toks[i].han || toks.slice(i, j + 1).some((t) => t.han) || j === i)) {
        zhEnd = j;
        zhAtoms = a;
      }
    }
    if (toks[i].han) {
      if (zhEnd >= 0) {
        for (const a of zhAtoms) atoms.add(a);
        i = zhEnd + 1;
      } else {
        atoms.add(`#${toks[i].text}`);
        i++;
      }
      continue;
    }
    // English: the longest phrase of Latin words in the lexicon (a mixed form such as b超 wins when longer).
    let enEnd = -1;
    let enAtoms: string[] = [];
    let phrase = '';
    for (let j = i; j < toks.length && j - i < L.enMaxWords && !toks[j].han; j++) {
      phrase = phrase ? `${phrase} ${toks[j].text}` : toks[j].text;
      const a = L.en.get(enNorm(phrase));
      if (a) {
        enEnd = j;
        enAtoms = a;
      }
    }
    if (zhEnd > enEnd && toks.slice(i, zhEnd + 1).some((t) => t.han)) {
      for (const a of zhAtoms) atoms.add(a);
      i = zhEnd + 1;
      continue;
    }
    if (enEnd >= 0) {
      for (const a of enAtoms) atoms.add(a);
      i = enEnd + 1;
      continue;
    }
    const variants = wordVariants(toks[i].text, L, clinical);
    if (variants.length) for (const a of variants[0]) atoms.add(a);
    // Numbers and short codes (C3, IL1, CA125, a lone "C" of C-肽) are literal on both sides, not unknown words.
    else if (/\d/.test(toks[i].text) || toks[i].text.length === 1) atoms.add(`#${toks[i].text}`);
    else unknownWords.push(toks[i].text);
    i++;
  }
  /** Replace atoms `from` (those present) by `to`, when any is present. */
  const fold = (from: string[], to: string) => {
    const present = from.filter((x) => atoms.has(x));
    for (const x of present) atoms.delete(x);
    if (present.length) atoms.add(to);
  };
  // 抗X, 抗X抗体 and "X antibody" are the same test: "anti" names the antibody.
  fold(['anti'], 'antibody');
  // Bones, joints and limbs are one musculoskeletal site (四肢的骨和关节平片 = "radiographs of bones and joints"); a
  // region named beside one of its own organs adds nothing ("abdominal paracentesis", 颈部 for the cervical spine);
  // a barium study is a contrast X-ray study by definition (钡剂灌肠 = 结肠造影; its site tells meal from enema).
  fold(['joint', 'limb'], 'bone');
  fold(['cspine'], 'neck');
  // Ear, nose and throat named together are the ENT region (耳、鼻、咽拭子 = "ENT swab").
  const entParts = ['ear', 'nose', 'pharynx', 'larynx', 'nasopharynx'].filter((x) => atoms.has(x));
  if (entParts.length >= 2) fold(entParts, 'ent');
  for (const [region, parts] of REGION_PARTS) if (atoms.has(region) && parts.some((x) => atoms.has(x))) atoms.delete(region);
  if (atoms.has('barium')) fold(['barium', 'fluoro', 'xray'], 'contrast');
  // A named virus already says "virus" (乙肝病毒 = 乙肝, "hantavirus (EHF virus)" = hantavirus); a radionuclide 造影 is a
  // scintigram, not a contrast study (放射性核素脑池造影 = 脑池显像 = radionuclide cisternography).
  if (atoms.has('virus') && [...atoms].some((a) => L.viruses.has(a))) atoms.delete('virus');
  if (atoms.has('scint')) atoms.delete('contrast');
  const list = [...atoms].sort();
  return { atoms: list, sites: list.filter((a) => L.kind.get(a) === 'site'), specimens: list.filter((a) => L.kind.get(a) === 'specimen'), unknownWords };
}

/** Both names read completely and name the same atoms, not only a specimen ("blood test" names no test). */
export function sameByAtoms(a: string, b: string): boolean {
  const x = termAtoms(a);
  const y = termAtoms(b);
  if (x.unknownWords.length || y.unknownWords.length || x.atoms.length === 0) return false;
  if (x.atoms.length !== y.atoms.length || x.atoms.some((t, k) => t !== y.atoms[k])) return false;
  // A specimen alone names a test only as its routine analysis, said on both sides (痰液常规检查 = "sputum routine").
  return x.atoms.length > x.specimens.length || (ROUTINE_RE.test(a) && ROUTINE_RE.test(b));
}

const ROUTINE_RE = /常规|routine/iu;
