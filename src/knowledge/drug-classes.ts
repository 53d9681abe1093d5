// Allergy classes of medicines: which drug-allergy class a medicine named in text belongs to, read from the product's
// own drug knowledge (drugs.ts) — the Chinese generic-name parts and WHO INN stems that name a class (西林 / -cillin,
// 头孢 / cef-, 沙星 / -floxacin, 洛芬 / -profen …), and every alias and brand the alias table gives a member (阿莫仙,
// augmentin, 芬必得, 希舒美 …). Not a list of sentences: a new member is found by its stem or by its alias row.
// Sources for the classes and the cross-reactivity below: BNF "Penicillins" (contra-indications: penicillin
// hypersensitivity; cautions: cross-sensitivity with cephalosporins and other beta-lactams), BNF "Cephalosporins"
// (cautions: sensitivity to beta-lactam antibacterials), BNF "Non-steroidal anti-inflammatory drugs" (contra-indicated
// with a history of hypersensitivity to aspirin or any other NSAID, coxibs included), BNF "Sulfonamides" /
// co-trimoxazole label, BNF "Macrolides" and FDA fluoroquinolone class labeling (hypersensitivity to any quinolone).
// Pure (the alias table is built in; no terminology folder is read).
import { escapeRegExp as esc } from '../core/regex.js';
import { BEFORE_MEDICINE_ZH, parseSeedAliases } from './drugs.js';
import { DRUG_CLASSES } from './drug-indications.js';

export type DrugClass = 'penicillin' | 'cephalosporin' | 'sulfonamide' | 'nsaid' | 'macrolide' | 'fluoroquinolone';

interface ClassMarkers {
  /** Chinese names and name parts of the class: a word of its own (头孢, 青霉素) or a generic name's ending (西林). */
  zh: readonly string[];
  /** Of `zh`, the endings: shown with the name they end (美洛西林), the others as written. */
  zhEndings?: readonly string[];
  /** English stems and words (regex sources, read at word boundaries). */
  en: readonly string[];
}

/** Class → the name parts that mark a member. Aliases and brands of every alias-table member are added below. */
const MARKERS: Record<DrugClass, ClassMarkers> = {
  penicillin: { zh: ['西林', '青霉素', '盘尼西林'], zhEndings: ['西林'], en: ['[a-z]*cillins?', 'penicillins?', 'pcn'] },
  // 'ceph' alone would take cephalgia (headache): only the INN cef- prefix and the named older members.
  cephalosporin: { zh: ['头孢', '先锋霉素'], en: ['cef[a-z]{3,}', 'ceph(?:alexin|alothin|radine|apirin|alosporins?)'] },
  // sulfa but not sulfate/sulfonylurea.
  sulfonamide: { zh: ['磺胺', '新诺明'], en: ['sul(?:f|ph)a(?!t)[a-z]*', 'sulfonamides?', 'co-?trimoxazole'] },
  nsaid: {
    zh: ['阿司匹林', '洛芬', '芬酸', '昔康', '昔布', '萘普生', '吲哚美辛', '非甾体'],
    zhEndings: ['洛芬', '芬酸', '昔康', '昔布'],
    en: ['aspirin', 'acetylsalicylic acid', '[a-z]*profen', '[a-z]*fenac', '[a-z]*oxicam', '[a-z]*coxib', 'naproxen', 'indomethacin', 'nsaids?'],
  },
  macrolide: {
    zh: ['红霉素', '阿奇霉素', '克拉霉素', '螺旋霉素', '交沙霉素', '麦迪霉素', '大环内酯'],
    en: ['[a-z]*thromycin', 'erythromycin', 'macrolides?'],
  },
  fluoroquinolone: { zh: ['沙星', '氟哌酸', '喹诺酮'], zhEndings: ['沙星'], en: ['[a-z]*floxacin', '(?:fluoro)?quinolones?'] },
};

/** Readers' names of each class, for the warning sentence. */
export const DRUG_CLASS_NAMES: Record<DrugClass, { zh: string; en: string }> = {
  penicillin: { zh: '青霉素类', en: 'a penicillin' },
  cephalosporin: { zh: '头孢菌素类', en: 'a cephalosporin' },
  sulfonamide: { zh: '磺胺类', en: 'a sulfonamide (sulfa drug)' },
  nsaid: { zh: '阿司匹林/非甾体抗炎药类', en: 'an NSAID (aspirin-type anti-inflammatory)' },
  macrolide: { zh: '大环内酯类', en: 'a macrolide' },
  fluoroquinolone: { zh: '喹诺酮类', en: 'a fluoroquinolone' },
};

/**
 * Classes that may cross-react with an allergy to another class: a caution, not a prohibition (BNF: penicillin
 * allergy — cephalosporins with caution, avoid after an immediate reaction; and the other way round).
 */
export const CROSS_REACTING: Readonly<Partial<Record<DrugClass, readonly DrugClass[]>>> = {
  penicillin: ['cephalosporin'],
  cephalosporin: ['penicillin'],
};

const CLASSES = Object.keys(MARKERS) as DrugClass[];

/** Classes of the indication table (drug-indications.ts) that are one allergy class each. */
const INDICATION_CLASS: Readonly<Record<string, DrugClass>> = { 'nsaid-analgesic': 'nsaid', fluoroquinolone: 'fluoroquinolone' };

/** The class a name belongs to by its own parts (no alias lookup). */
function classByParts(name: string): DrugClass | undefined {
  const n = name.toLowerCase();
  return CLASSES.find((c) => MARKERS[c].zh.some((z) => n.includes(z)) || MARKERS[c].en.some((e) => new RegExp(`\\b(?:${e})\\b`).test(n)));
}

interface Compiled {
  re: RegExp;
  classOf: Map<string, DrugClass>;
  patterns: { re: RegExp; cls: DrugClass }[];
}
let compiled: Compiled | undefined;

/** One alternation over every alias-table member's names (longest first) and the class parts, built on first use. */
function compile(): Compiled {
  if (compiled) return compiled;
  // The indication table's own class lists (drug-indications.ts) name members no stem marks (依托考昔, 尼美舒利): one list
  // of NSAIDs and of quinolones in the product, read here too.
  const listed = new Map<string, DrugClass>();
  for (const c of DRUG_CLASSES) {
    const cls = INDICATION_CLASS[c.id];
    if (cls) for (const d of c.drugs) listed.set(d, cls);
  }
  const classOf = new Map<string, DrugClass>(listed);
  for (const [canon, aliases] of Object.entries(parseSeedAliases())) {
    const cls = classByParts(canon) ?? aliases.map(classByParts).find(Boolean) ?? listed.get(canon);
    if (!cls) continue;
    for (const name of [canon, ...aliases]) if (name.length >= 2) classOf.set(name.toLowerCase(), cls);
  }
  const names = [...classOf.keys()].sort((a, b) => b.length - a.length);
  const patterns = CLASSES.flatMap((cls) => [
    ...MARKERS[cls].zh.map((z) => ({ re: new RegExp(`^${esc(z)}$`, 'u'), cls, src: esc(z) })),
    ...MARKERS[cls].en.map((e) => ({ re: new RegExp(`^(?:${e})$`, 'u'), cls, src: `\\b(?:${e})\\b` })),
  ]);
  const nameSrc = names.map((n) => (/^[a-z]/.test(n) ? `\\b${esc(n)}\\b` : esc(n)));
  const re = new RegExp([...nameSrc, ...patterns.map((p) => p.src)].join('|'), 'giu');
  compiled = { re, classOf, patterns: patterns.map(({ re, cls }) => ({ re, cls })) };
  return compiled;
}

export interface ClassMention {
  cls: DrugClass;
  /** The medicine as written (a Chinese class part widened to the name it ends: 美洛西林, not 西林). */
  name: string;
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
const ENDINGS = new Set(CLASSES.flatMap((c) => MARKERS[c].zhEndings ?? []));

/** Medicines of a known allergy class named in a text, left to right. Pure. */
export function drugClassMentions(text: string): ClassMention[] {
  const { re, classOf, patterns } = compile();
  const out: ClassMention[] = [];
  for (const m of text.matchAll(re)) {
    const said = m[0].toLowerCase();
    const cls = classOf.get(said) ?? patterns.find((p) => p.re.test(said))?.cls;
    if (!cls) continue;
    let start = m.index ?? 0;
    // An ending of a Chinese name the table does not hold (美洛西林): show the name, up to four characters more. A class
    // word of its own (头孢 in 想问一下头孢) is shown as written: what comes before it is another word.
    if (ENDINGS.has(said) && !classOf.has(said))
      while (start > 0 && (m.index ?? 0) - start < 4 && HAN.test(text[start - 1]) && !BEFORE_MEDICINE_ZH.test(text[start - 1])) start--;
    const end = (m.index ?? 0) + m[0].length;
    out.push({ cls, name: text.slice(start, end), start, end });
  }
  return out;
}

/** The allergy class of one medicine name (alias, brand, generic or class word), if any. */
export function drugClassOf(name: string): DrugClass | undefined {
  return drugClassMentions(name)[0]?.cls;
}

// Characters that name a body part and also occur inside medicine names (头孢, 心痛定, 胃复安).
const BODY_PART_ZH = /[头脑心胃眼目耳鼻口牙齿喉咽肺肝肾肠腰背腿脚足手胸腹皮肤骨血颈肩膝]/u;
let hanMedicines: RegExp | undefined;

/**
 * The text with every known Chinese medicine name that holds a body-part character blanked (same length, 〇): a reader
 * of body parts must not read inside a medicine's name (头 in 头孢 is no head, 心痛 in 心痛定 — nifedipine — no chest
 * pain). Known names only: the allergy classes and the alias table's Chinese names and brands (a shape reading would
 * take 齿松 or 在拍片 for medicines). Pure.
 */
export function withoutMedicineNames(text: string): string {
  hanMedicines ??= new RegExp(
    Object.entries(parseSeedAliases())
      .flatMap(([canon, aliases]) => [canon, ...aliases])
      .filter((n) => /^\p{Script=Han}{2,}$/u.test(n) && BODY_PART_ZH.test(n))
      .sort((a, b) => b.length - a.length)
      .map(esc)
      .join('|'),
    'gu',
  );
  const spans: [number, number][] = [
    ...drugClassMentions(text)
      .filter((m) => BODY_PART_ZH.test(m.name))
      .map((m): [number, number] => [m.start, m.end]),
    ...[...text.matchAll(hanMedicines)].map((m): [number, number] => [m.index ?? 0, (m.index ?? 0) + m[0].length]),
  ];
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const [from, to] of spans) for (let i = from; i < to; i++) chars[i] = '\u3007';
  return chars.join('');
}
