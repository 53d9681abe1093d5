// Other names an option goes by, from its own words and from the shared terminology, so an answer that names the option
// the way a clinician would write it — abbreviated, by its distinctive word, by its head noun, in the other language or
// by a synonym — is read as that option. optionAliases (letter-set.ts) keeps only names no other option shares. Pure.
import { saltEdgePattern } from '../../core/salt-names.js';
import { bilingualGroups } from '../../knowledge/bilingual-terms.js';
import { clinicalConcepts } from '../../knowledge/clinical-names.js';
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { clinicalAtoms } from '../../knowledge/term-atoms.js';
import { foldWidth } from '../../knowledge/term-text.js';
import { stemEnglish } from '../../retrieval/english.js';

const INITIALISM_SKIP = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'with', 'a', 'an']);

/**
 * Pure: the short forms an English option's own words make — every word's initial ("selective serotonin reuptake
 * inhibitor" → "ssri") and the initials before a head noun ("angiotensin-converting enzyme inhibitor" → "ace
 * inhibitor"), so an answer that writes the option the way clinicians abbreviate it names it. Three or more words only;
 * a short form shared by two options names neither (optionAliases drops it).
 */
export function initialisms(text: string): string[] {
  if (/[\u4e00-\u9fff]/.test(text)) return [];
  const words = (text.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? []).filter((w) => !INITIALISM_SKIP.has(w));
  if (words.length < 3 || words.length > 6) return [];
  const initials = words.map((w) => w[0]).join('');
  const out = [initials];
  const head = words[words.length - 1];
  if (words.length >= 3 && head.length >= 4) out.push(`${initials.slice(0, -1)} ${head}`);
  return out;
}

const HAN_NAME = /[\u4e00-\u9fff]/;

// One concept's names (medicines: Chinese, English generics, brands; conditions, tests: zh ↔ en), by each name.
let synonymIndex: Map<string, string[]> | undefined;
function synonyms(): Map<string, string[]> {
  if (synonymIndex) return synonymIndex;
  const index = new Map<string, string[]>();
  const add = (group: string[]) => {
    const names = [...new Set(group.map((n) => n.trim().toLowerCase()).filter(Boolean))];
    for (const n of names) index.set(n, [...new Set([...(index.get(n) ?? []), ...names.filter((m) => m !== n)])]);
  };
  for (const [canon, aliases] of Object.entries(parseSeedAliases())) add([canon, ...aliases]);
  for (const group of bilingualGroups()) add(group);
  // The bilingual name table's names in the option's own script: brands, other generic names, the abbreviations that
  // stand for one concept only (three letters or more; "PE" stands for two and names neither). Its other-language names
  // are read only as a whole gloss (gloss.ts): as an alias they would be found inside longer phrases ("squamous cell
  // carcinoma of the tonsil" is not 鳞状细胞癌), which the atom reader (optionByAtoms) reads whole or not at all.
  const shortCount = new Map<string, number>();
  for (const c of clinicalConcepts()) for (const x of c.short) shortCount.set(x, (shortCount.get(x) ?? 0) + 1);
  for (const c of clinicalConcepts()) {
    add(c.names.filter((n) => HAN_NAME.test(n)));
    add([...c.names.filter((n) => !HAN_NAME.test(n)), ...c.short.filter((x) => x.length >= 3 && shortCount.get(x) === 1)]);
  }
  synonymIndex = index;
  return index;
}

/** Pure: the terminology's other names of an option text that is itself a known name ("aspirin" → 阿司匹林, "acetylsalicylic acid"). */
export function synonymNames(text: string): string[] {
  const name = text.trim().toLowerCase();
  const hit = synonyms().get(name) ?? [];
  // A salt form is the same medicine (苯妥英钠 = phenytoin, "protamine sulfate" = 鱼精蛋白 when the base is known).
  const base = name.replace(SALT_RE, '').trim();
  const ofBase = base && base !== name ? (synonyms().get(base) ?? []) : [];
  return ofBase.length ? [...new Set([...hit, ...ofBase])] : hit;
}

/** The salt or ester part of a medicine's name, before or after the base: 钠, 盐酸…, "sodium", "hydrochloride" (core's one list). */
const SALT_RE = saltEdgePattern();

// Words that say what kind of thing an option is, not which one (two options may share them with different heads).
const GENERIC_WORDS = new Set([
  'syndrome',
  'disease',
  'disorder',
  'chronic',
  'acute',
  'increase',
  'decrease',
  'therapy',
  'treatment',
  'infection',
  'deficiency',
  'inhibitor',
  'inhibitors',
  'blocker',
  'blockers',
  'agonist',
  'antagonist',
  'reduce',
  'should',
  'without',
  'patient',
  'patients',
  'before',
  'after',
  'during',
  'within',
  'immediate',
  'immediately',
  'administer',
  'perform',
]);
const HAN = /[\u4e00-\u9fff]/;
/** Heads that make the rest mean its opposite: 非甾体, 无菌, 不稳定, 抗凝, 反流, 未分化, 去甲. */
const NEGATING_HAN = /[非无不抗反未去]/;
/** A word read after a negating or opposite-making prefix ("non steroidal", "anti-coagulant", "in-active", "not indicated") names the opposite. */
const NEGATED_WORD = (w: string) => new RegExp(`(?:^|[^a-z])(?:(?:non|anti)[\\s-]+|(?:un|in)-|(?:not|no)\\s+)${w}(?![a-z])`);

/**
 * Pure: per option, the parts of its text that name it alone — an English word of six or more letters no other option
 * uses ("metformin" of "Metformin with lifestyle modification", "bulimia" of "Bulimia nervosa"), and for a Chinese
 * text of five or more characters its trailing head noun phrases of three or more characters that no other option
 * contains ("消化道出血" of "上消化道出血": Chinese modifiers come first, so a trailing part names the same thing).
 */
export function distinctiveParts(options: Record<string, string>): Map<string, string[]> {
  const entries = Object.entries(options).map(([k, v]) => [k.toUpperCase(), v.trim().toLowerCase()] as const);
  const out = new Map<string, string[]>(entries.map(([k]) => [k, []]));
  const wordsOf = (v: string) => new Set((v.match(/[a-z][a-z-]*[a-z]/g) ?? []).filter((w) => w.length >= 6 && !GENERIC_WORDS.has(w)));
  for (const [k, v] of entries) {
    const others = entries.filter(([k2]) => k2 !== k).map(([, v2]) => v2);
    if (HAN.test(v)) {
      const han = v.replace(/[^\u4e00-\u9fff]/g, '');
      if (han.length < 5 || han !== v.replace(/\s/g, '')) continue;
      for (let i = 1; han.length - i >= 3; i++) {
        // Dropping a negating or opposite-making head leaves the opposite: "甾体抗炎药" of "非甾体抗炎药".
        if (NEGATING_HAN.test(han.slice(0, i))) break;
        const tail = han.slice(i);
        if (!others.some((o) => o.includes(tail))) out.get(k)?.push(tail);
      }
      continue;
    }
    for (const w of wordsOf(v)) if (!NEGATED_WORD(w).test(v) && !others.some((o) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(o))) out.get(k)?.push(w);
  }
  return out;
}

// Words that carry no option's content: articles, copulas, answer talk. Options that share a word cannot be told
// apart by it anyway (distinctiveUnits keeps only units one option has).
const FUNCTION_WORDS = new Set(
  'the and for with from that this these those are was were is be been its into than then also only one ones all any each which what who whom whose answer answers option options choice choices correct final best most likely here there they them their our your would should could will can may might must have has had not'.split(
    ' ',
  ),
);

/**
 * An option-matching key: the lexical index's stemmer (the one English stemmer, retrieval/english.ts) and then at most six
 * letters, so derivations the stemmer keeps apart still meet (replacement/replaced, combined/combination).
 */
const stem = (w: string) => stemEnglish(w).slice(0, 6);

/**
 * Pure: the content units of a text — pairs of adjacent Chinese characters ("分段诊刮" → 分段 段诊 诊刮) and English
 * word stems of three or more characters that are not function or generic words ("the combined pill" → combin, pill).
 * Two names of the same thing share units even when neither contains the other: an abbreviation keeps its characters in
 * order (分段诊刮 of 分段诊断性刮宫), a paraphrase keeps its key words ("the raised anion gap" of "Elevated anion gap").
 */
export function contentUnits(text: string): Set<string> {
  const t = foldWidth(text).toLowerCase();
  const out = new Set<string>();
  for (const run of t.match(/[\u4e00-\u9fff]{2,}/g) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  for (const w of t.match(/[a-z0-9]+/g) ?? []) {
    if (w.length < 3 || !/[a-z]/.test(w) || FUNCTION_WORDS.has(w) || GENERIC_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

const BRACKETED = /\s*[(（][^()（）]*[)）]\s*/g;

/** Pure: per option, the content units (contentUnits) of its own text. The terminology's other names are apart (optionNameUnits). */
export function optionUnits(options: Record<string, string>): Map<string, Set<string>> {
  return new Map(Object.entries(options).map(([k, v]) => [k.toUpperCase(), contentUnits(v)] as const));
}

/**
 * Pure: per option, the content units of each of the terminology's other names for it (synonymNames: the other
 * language, a lay name), one set a name, when the name says something the option's text does not.
 */
export function optionNameUnits(options: Record<string, string>): Map<string, Set<string>[]> {
  return new Map(
    Object.entries(options).map(([k, v]) => {
      const own = contentUnits(v);
      const names = synonymNames(v.replace(BRACKETED, ' ').trim())
        // Units must keep all of a name: "vitamin b1" would be "vitamin", said of B12 as much.
        // (A possessive's "s" is no short word: "Hashimoto's disease" is a whole name.)
        .filter((n) => !/(?<![a-z0-9])(?:[a-z0-9]{1,2}|[a-z]*\d[a-z0-9]*)(?![a-z0-9])/i.test(foldWidth(n).replace(/['’]s\b/gi, '')))
        .map((n) => contentUnits(n))
        .filter((u) => [...u].some((x) => !own.has(x)));
      return [k.toUpperCase(), names] as const;
    }),
  );
}

/**
 * Pure: each option's units as a phrase can say them — its text's units, and a terminology name's only when the phrase
 * says that name whole. A name is one word of the other language, not a bag of its words: "the potassium problem" says
 * part of 低钾血症's "low potassium" and names neither 低钾血症 nor 高钾血症 ("hyperkalemia" names 高钾血症).
 */
export function unitsSaid(
  said: ReadonlySet<string>,
  units: ReadonlyMap<string, ReadonlySet<string>>,
  names?: ReadonlyMap<string, readonly ReadonlySet<string>[]>,
): ReadonlyMap<string, ReadonlySet<string>> {
  if (!names) return units;
  return new Map(
    [...units].map(([letter, own]) => {
      const out = new Set(own);
      for (const name of names.get(letter) ?? []) if ([...name].every((u) => said.has(u))) for (const u of name) out.add(u);
      return [letter, out] as const;
    }),
  );
}

/**
 * Pure: the one option a phrase names by its content (units: optionUnits; a terminology name only whole: unitsSaid) — the only option with units no other option
 * has in the phrase (an English stem counts 2, a Chinese character pair 1; at least `min`), when the phrase holds no
 * unit of another option that this one lacks ("Oral vancomycin" names neither "Intravenous vancomycin" nor any oral
 * option) — or null. "分段诊刮" names 分段诊断性刮宫; "the low bicarbonate" names "Serum bicarbonate 10 mEq/L".
 */
export function optionByContent(
  phrase: string,
  optionTextUnits: ReadonlyMap<string, ReadonlySet<string>>,
  min = 2,
  texts: ReadonlyMap<string, string> = new Map(),
  names?: ReadonlyMap<string, readonly ReadonlySet<string>[]>,
): string | null {
  const said = contentUnits(phrase);
  const units = unitsSaid(said, optionTextUnits, names);
  const others = (letter: string) => [...units].filter(([l]) => l !== letter).map(([, u]) => u);
  const scored = [...units]
    .map(([letter, own]) => ({
      letter,
      score: [...own].filter((u) => said.has(u) && !others(letter).some((o) => o.has(u))).reduce((s, u) => s + (/[a-z0-9]/.test(u) ? 2 : 1), 0),
    }))
    .filter((x) => x.score > 0);
  // Nothing of any option said in the phrase's own script: the options may be written in the other language.
  if (!scored.length) return optionByAtoms(phrase, texts);
  if (scored.length !== 1 || scored[0].score < min) return null;
  const own = units.get(scored[0].letter) as ReadonlySet<string>;
  if ([...said].some((u) => !own.has(u) && others(scored[0].letter).some((o) => o.has(u)))) return null;
  return dropsNegation(phrase, texts.get(scored[0].letter) ?? '') ? null : scored[0].letter;
}

/**
 * Pure: the phrase names what follows a negating head of the option's text without the head — the opposite
 * ("甾体抗炎药" of "非甾体抗炎药", "steroidal" of "Non-steroidal anti-inflammatory drug").
 */
export function dropsNegation(phrase: string, option: string): boolean {
  const said = foldWidth(phrase).toLowerCase();
  const text = foldWidth(option).toLowerCase();
  for (const run of text.match(/[\u4e00-\u9fff]{3,}/g) ?? [])
    for (let i = 0; i + 2 < run.length; i++)
      if (NEGATING_HAN.test(run[i]) && said.includes(run.slice(i + 1, i + 3)) && !said.includes(run.slice(i, i + 2))) return true;
  for (const m of text.matchAll(/\b(non|anti|not|no)[\s-]+([a-z]{3,})/g)) {
    const w = stem(m[2]);
    if (new RegExp(`\\b${w}`).test(said) && !new RegExp(`\\b${m[1]}[\\s-]*${w}`).test(said)) return true;
  }
  return false;
}

/** More Chinese characters than Latin letters: the text is written in Chinese. */
const writtenInChinese = (t: string): boolean => (t.match(/[\u4e00-\u9fff]/g) ?? []).length > (t.match(/[A-Za-z]/g) ?? []).length;

/**
 * Pure: the one option a phrase written in the other language names, read through language-free atoms
 * (knowledge/term-atoms.ts clinicalAtoms: "squamous cell carcinoma" and 鳞状细胞癌, "hepatic encephalopathy" and 肝性脑病,
 * "高磷血症" and "Hyperphosphataemia"). Every option must be in the other language, the phrase and the option must each
 * be read whole (no unknown word, no unknown Chinese character) and name the same atoms, at least two that are not
 * literals; exactly one option may match. An equal reading, never an overlap: "small cell" names neither 小细胞癌 nor
 * 大细胞癌 unless it names one of them whole, and a word the lexicon does not know leaves the phrase unread.
 */
export function optionByAtoms(phrase: string, texts: ReadonlyMap<string, string>): string | null {
  if (texts.size < 2) return null;
  const zh = writtenInChinese(phrase);
  if ([...texts.values()].some((t) => writtenInChinese(t) === zh)) return null;
  const p = clinicalAtoms(phrase.replace(BRACKETED, ' '));
  if (p.unknownWords.length || p.atoms.filter((a) => !a.startsWith('#')).length < 2 || p.atoms.some((a) => a.startsWith('#') && /[\u4e00-\u9fff]/.test(a)))
    return null;
  const key = p.atoms.join(' ');
  const hits = [...texts].filter(([, t]) => {
    const o = clinicalAtoms(t.replace(BRACKETED, ' '));
    return !o.unknownWords.length && !o.atoms.some((a) => a.startsWith('#') && /[\u4e00-\u9fff]/.test(a)) && o.atoms.join(' ') === key;
  });
  return hits.length === 1 ? hits[0][0] : null;
}
