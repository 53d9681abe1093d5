// Rational drug use: the drugs a response recommends (JSON first, else dictionary matches in the visible
// answer) are normalised to canonical generic names (brand/English/salt/dosage form folded; "Furosemide (Lasix)",
// "metronidazole vaginal cream" and "肾上腺素（肌内注射）" read as the drug they name) and scored by F1.
// With the disease's ICD-10 code and the drug-class indication table: drugs added beyond the gold that are
// indicated for the disease are not errors (up to as many as the gold lists), but no other drug stands in for a
// gold drug, not even one of its class; drugs the table places elsewhere or does not know count against precision.
// Credit never exceeds the complete answer's.
import { ESTER_ACIDS_ZH, SALT_ACIDS_ZH, SALT_CATIONS_ZH, SALT_WORDS_EN_SOURCE } from '../../core/salt-names.js';
import { currentDrugName } from '../../knowledge/drug-names-older.js';
import { createDrugLexicon, type DrugLexicon, medicineAliases } from '../../knowledge/drugs.js';
import { NATURAL_LEVO, SAME_MOLECULE_BEFORE } from '../../knowledge/medicine-mentions.js';
import { parseIcdCode } from '../../knowledge/icd10.js';
import { extractAnswer, visibleAnswer } from './extract.js';
import { namesOf, round3, setMatch } from './set-match.js';
import type { RuleVerifier, Score } from './types.js';

export interface DrugReference {
  drugs: string[];
  /** The disease's ICD-10 code (knowledge-graph items), for indication-aware credit. */
  icd?: string;
  /** Only accept a JSON answer ({"drugs": [...]}) — the task's requested format. */
  strict?: boolean;
}

/**
 * Where a product is applied, written before its form (滴眼液, 眼药水, 滴耳液, 鼻喷雾剂, 阴道栓, 含片): read with the form
 * that follows, never alone.
 */
const FORM_SITE = ['眼', '耳', '鼻', '滴', '喷', '外用', '阴道', '直肠', '口腔', '含', '吸入', '雾化'];

/** Dosage-form and salt words that may follow a generic inside a product name (after a site of use). */
const FORM_START_RE = new RegExp(
  `^(?:${FORM_SITE.join('|')})*(${['药水', '水剂', '凝胶', '糖浆', '混悬', '溶液', '酊', '搽', '洗剂', '片', '剂', '液', '粉', '丸', '散', '膏', '霜', '栓', '颗粒', '胶囊', '针', '贴', '注射', '缓释', '控释', '肠溶', '口服', '二', '镁', '铵', '盐', ...SALT_CATIONS_ZH, ...SALT_ACIDS_ZH].join('|')})`,
  'u',
);

/**
 * `long` is `short` followed by Chinese text that continues the drug's name (泼尼松 → 泼尼松龙) or names another
 * medicine with it (阿莫西林 → 阿莫西林克拉维酸钾), not a form or a salt.
 */
function extendsName(short: string, long: string): boolean {
  if (!long.startsWith(short)) return false;
  const rest = long.slice(short.length);
  return continuesCode(short, rest) || (/^[\u4e00-\u9fff]/u.test(rest) && !FORM_START_RE.test(rest));
}

/**
 * A name's Latin code goes on past the shorter name (#18, s38: pq14-162 paid vitamin B12 for 维生素B1): a digit after a
 * digit makes another number (B1 → B12, IL-2 → IL-21) and a letter after a letter another code (维生素A → 维生素AD, a
 * combination). A digit after a letter names a form of the lettered substance (维生素D → D3, 辅酶Q → Q10) and stays it.
 */
function continuesCode(short: string, rest: string): boolean {
  const last = short.at(-1) ?? '';
  const next = rest.at(0) ?? '';
  // A letter code goes on by one or two letters (A → AD), not by an English word after it: 维生素E softgel, 维生素C tabs
  // are the vitamin with a form or qualifier word (s38 review fix).
  // A release abbreviation (SR, ER, XL, CR, DR, EC) is a form too.
  const code = /^[a-z]{1,2}(?![a-z])/iu.test(rest) && !/^(?:sr|er|xr|xl|cr|dr|ec|ir|od)(?![a-z])/iu.test(rest);
  return (/[0-9]/u.test(last) && /[0-9]/u.test(next)) || (/[a-z]/iu.test(last) && code);
}

/**
 * The gold's Latin code goes on past the answer's name by a number (#18, s39): 维生素B answered for 维生素B6, 辅酶Q for 辅酶Q10,
 * 维生素D for 维生素D3. The letter alone names a family (B1, B2, B6 and B12 are four vitamins; D2 and D3 two molecules), so
 * the shorter name is broader than the drug asked for and is not it. The other way round (D3 for gold D) the answer
 * names a form of the gold and stays it (continuesCode). Vitamin D is the exception (s39 review): D2 and D3 share their
 * indications and are prescribed interchangeably, so 维生素D for 维生素D3 names the treatment; B, K and Q stay strict
 * (B1/B6/B12 treat different diseases, only K1 reverses warfarin).
 */
function stopsShortOfCode(long: string, short: string): boolean {
  const at = long.indexOf(short);
  if (at < 0 || !/[a-z]$/iu.test(short)) return false;
  const rest = long.slice(at + short.length);
  return /^[0-9]/u.test(rest) && !(/d$/iu.test(short) && /^[23](?![0-9])/u.test(rest));
}

// What may stand before a generic inside a product's name: a salt's acid (盐酸左氧氟沙星, 硫酸阿托品). Any other word
// before it makes another medicine: 去甲肾上腺素 (norepinephrine) is not 肾上腺素, 磷苯妥英 (fosphenytoin) not 苯妥英,
// 左氧氟沙星 not 氧氟沙星, 甲泼尼龙 not 泼尼龙, levofloxacin not ofloxacin — the reward never credits a neighbour.
// The words before it that keep the molecule are knowledge/medicine-mentions.ts's table (salts, a biological's source,
// esters: 重组人胰岛素, 琥乙红霉素, 苄星青霉素); 左 before a molecule whose natural form is the levo one (左甲状腺素) too.
// An ester's acid (丙酸氯倍他索, 十一酸睾酮) keeps the molecule as a salt's does; so does the product's strength written
// before its name (20%甘露醇, 0.9%氯化钠).
const SAME_BEFORE_RE = new RegExp(`^(?:${[...SAME_MOLECULE_BEFORE, ...ESTER_ACIDS_ZH].join('|')}|\\d+(?:\\.\\d+)?\\s*%)*$`, 'u');

/** Pure: `long` is a product of `short` — `short` inside it with at most a salt before and a form or salt after. */
function productOf(long: string, short: string): boolean {
  const at = long.indexOf(short);
  if (at < 0) return false;
  const before = long.slice(0, at);
  const same = SAME_BEFORE_RE.test(before) || (before === '左' && NATURAL_LEVO.has(short));
  return same && !extendsName(short, long.slice(at));
}

const JSON_KEYS = ['drugs', 'drug', 'medications', 'medicines', '药物', '用药', 'answer'] as const;
let fallbackLexicon: DrugLexicon | undefined;

export const verifyDrugs: RuleVerifier<DrugReference> = (response, ref, ctx): Score => {
  const lex = ctx.drugs ?? (fallbackLexicon ??= createDrugLexicon({ aliases: medicineAliases() }));
  // Older and trade names written whole (头孢力新, 强的松龙, DDAVP) are read as today's generic, here only (#18).
  const gold = [...new Set(ref.drugs.map((d) => lex.canonical(withCodeJoined(currentDrugName(d), lex))))];
  const ex = extractAnswer(response, null, { strictFormat: ref.strict ? 'json' : undefined, jsonKeys: JSON_KEYS });
  let names: string[];
  let formatOk = false;
  if (ex.via === 'json' && ex.json) {
    const key = JSON_KEYS.find((k) => k in ex.json!);
    names = namesOf(key ? ex.json[key] : []);
    formatOk = true;
    if (ex.conflict) return { score: 0, reason: 'conflicting-answers', acc: false, formatOk };
  } else if (ex.via === 'tag' && ex.answer) {
    names = lex.findDrugs(ex.answer);
    formatOk = true;
  } else {
    if (ref.strict) return { score: 0, reason: 'no-json-answer', acc: false, formatOk: false };
    const visible = visibleAnswer(response);
    names = visible ? lex.findDrugs(visible.length > 4000 ? visible.slice(-4000) : visible) : [];
  }
  const pred = joinedComponents([...new Set(names.map((n) => drugName(withCodeJoined(currentDrugName(n), lex), lex)))], gold, lex);
  if (pred.length === 0) return { score: 0, reason: 'no-drugs', acc: false, formatOk };
  // Containment reads a product name around a generic (噻托溴铵粉雾剂 ⊃ 噻托溴铵), but a name that continues another
  // drug's name is another drug (泼尼松 ⊂ 泼尼松龙: prednisone is not prednisolone), before it as after it.
  // A two-character generic (肝素) is read inside a longer name only from its start (肝素钠), never inside another word.
  const within = (long: string, short: string) => (short.length >= 3 ? productOf(long, short) : long.startsWith(short) && productOf(long, short));
  // A narrower answer may name the gold (维生素D3 for gold 维生素D: a form of it), a broader one never (s39: 维生素B for gold
  // 维生素B6 names no one vitamin).
  const matchesGold = (p: string, g: number) =>
    p === gold[g] || (p.length >= 2 && gold[g].length >= 2 && (within(p, gold[g]) || (within(gold[g], p) && !stopsShortOfCode(gold[g], p))));
  const code = ref.icd && ctx.indications ? parseIcdCode(ref.icd) : null;
  const indicated = (p: string) => !!code && ctx.indications!.status(p, code) === 'indicated';
  const m = setMatch(pred, gold.length, matchesGold);
  const outside = pred.filter((p) => !gold.some((_, g) => matchesGold(p, g)));
  // Other drugs the table indicates for the disease are not errors (up to as many as the gold lists), but they
  // never stand in for a gold drug: three blind probe writers judged a different drug of the same class (6-MP for
  // methotrexate, fenofibrate for simvastatin, spironolactone for furosemide) not the answer.
  const additions = code ? Math.min(gold.length, outside.filter((p) => indicated(p)).length) : 0;
  const recall = m.matchedGold / gold.length;
  const precision = Math.min(1, (m.precision * pred.length + additions) / pred.length);
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  const exact = recall === 1 && precision === 1;
  const how = additions ? `indicated-addition×${additions}` : '';
  return {
    score: round3(f1),
    reason: exact ? how || 'exact' : `p=${round3(precision)} r=${round3(recall)}`,
    acc: exact,
    pred: pred.join(','),
    formatOk,
  };
};

/**
 * A compound product written as its two ingredients (喷托维林, 氯化铵 for 喷托维林氯化铵糖浆) is that product: two answer
 * names whose joined name (either order) is a gold drug's are read as that one drug. Only an exact join counts, so an
 * ingredient alone stays the ingredient and a third drug stays an extra.
 */
function joinedComponents(pred: string[], gold: readonly string[], lex: DrugLexicon): string[] {
  const out = [...pred];
  for (const g of gold) {
    if (out.includes(g)) continue;
    search: for (let i = 0; i < out.length; i++)
      for (let j = 0; j < out.length; j++)
        if (i !== j && out[i] + out[j] === g && isIngredient(out[i], lex) && isIngredient(out[j], lex) && !productOf(g, out[i]) && !productOf(g, out[j])) {
          out.splice(Math.max(i, j), 1);
          out.splice(Math.min(i, j), 1, g);
          break search;
        }
  }
  return out;
}

/**
 * Words that build a product's name but name no ingredient (复方 compound, 小儿 paediatric, 注射用 for injection): a join
 * with one of them would credit an ingredient alone plus a free word (s35 review fix: ["甘草", "复方"] is not 复方甘草片).
 */
const NAME_MODIFIERS: ReadonlySet<string> = new Set([
  '复方',
  '复合',
  '小儿',
  '儿童',
  '婴儿',
  '婴幼儿',
  '成人',
  '注射用',
  '口服',
  '外用',
  '精制',
  '重组',
  '新型',
]);

/**
 * A name that may be one ingredient of a compound: not a bare modifier, not only a salt, source or ester word (普鲁卡因
 * before 青霉素 makes the salt procaine penicillin, one drug — two listed drugs are not it), and, when the lexicon does
 * not know it, longer than two characters (an unknown two-character word is read as a modifier, never as a drug).
 */
function isIngredient(name: string, lex: DrugLexicon): boolean {
  if (NAME_MODIFIERS.has(name) || SAME_BEFORE_RE.test(name)) return false;
  return lex.isKnown(name) || [...name].length > 2;
}

/**
 * A number joined by a hyphen to a Latin code is part of the name, not a dose (IL-2 is not IL-11, 5-ASA is not ASA):
 * the lexicon's key drops a free-standing number, so an unknown name is read with the hyphen taken out (IL2, 5ASA).
 */
function withCodeJoined(name: string, lex: DrugLexicon): string {
  if (!/[a-z]-\d|\d-[a-z]/iu.test(name) || lex.isKnown(name)) return name;
  return name.replace(/([a-z])-(\d)/giu, '$1$2').replace(/(\d)-([a-z])/giu, '$1$2');
}

/** English dosage forms and routes a name may carry ("vaginal cream", "enteric-coated", "IM"). */
const EN_FORM_WORDS = new RegExp(
  `\\b(?:${SALT_WORDS_EN_SOURCE}|topical|vaginal|oral|ophthalmic|otic|nasal|rectal|intramuscular|intravenous|subcutaneous|i\\.?[mv]\\.?|enteric[- ]coated|sustained[- ]release|extended[- ]release|cream|ointment|gel|lotion|solution|suspension|syrup|drops?|eye drops|tablets?|capsules?|granules|powder|injection|infusion|patch|spray|suppositor(?:y|ies)|live combined)\\b`,
  'gi',
);

/**
 * The canonical drug a written name stands for: the name itself when the lexicon knows it, else the name without a
 * parenthetical ("Furosemide (Lasix)", "肾上腺素（肌内注射）"), the parenthetical alone (a brand), or the name
 * without English dosage-form and route words.
 */
export function drugName(name: string, lex: DrugLexicon): string {
  if (lex.isKnown(name)) return lex.canonical(name);
  const bare = name.replace(/\s*[(（][^()（）]*[)）]\s*/g, ' ').trim();
  const inner = [...name.matchAll(/[(（]([^()（）]+)[)）]/g)].map((m) => m[1].trim());
  const stripped = bare.replace(EN_FORM_WORDS, ' ').replace(/\s+/g, ' ').trim();
  // 制剂 ("preparation") names no dosage form: 复合乳酸菌制剂 is the 复合乳酸菌 of any product.
  const preparation = /^(.{2,})制剂$/u.exec(bare)?.[1];
  if (preparation && lex.isKnown(preparation)) return lex.canonical(preparation);
  if (bare && lex.isKnown(bare)) return lex.canonical(bare);
  // A combination ("X with Y", "X + Y", "X and Y") is read as the whole product: its joining word as the table writes
  // it ("and"), else ingredient by ingredient. A bracket inside it glosses the ingredient before it, never the whole
  // product (s38 pq14-187: "Pentoxyverine (carbetapentane) citrate with ammonium chloride" is not pentoxyverine alone).
  const combination = combinationInChinese(stripped || bare, lex);
  if (new RegExp(COMBINATION_RE.source, 'iu').test(bare)) {
    // A bracket that closes the name glosses the whole product ("Amoxicillin with clavulanate (Augmentin)").
    const closing = /[(（]([^()（）]+)[)）]\s*$/u.exec(name)?.[1]?.trim();
    for (const c of [bare, stripped, closing ?? '']) {
      const joined = c.replace(COMBINATION_RE, ' and ').replace(/\s+/g, ' ').trim();
      if (joined && lex.isKnown(joined)) return lex.canonical(joined);
    }
    return combination ?? lex.canonical(bare);
  }
  for (const c of [...inner, stripped]) if (c && lex.isKnown(c)) return lex.canonical(c);
  const source = bySourceWord(stripped || bare, lex);
  return combination ?? source ?? lex.canonical(bare || name);
}

/** The joining words of a combination product's English name. */
const COMBINATION_RE = /\s+(?:with|plus|and)\s+|\s*\+\s*/giu;

/**
 * A biological named with its source before it, in English as the Chinese table reads 重组人/生物合成人 (knowledge/
 * medicine-mentions.ts SAME_MOLECULE_BEFORE): "human insulin", "recombinant human insulin" are insulin (s38 pq14-195).
 * Only when what follows is a known medicine; null otherwise.
 */
function bySourceWord(name: string, lex: DrugLexicon): string | null {
  const m = /^(?:recombinant|biosynthetic)?\s*(?:human\s+)?(.+)$/iu.exec(name.trim());
  const rest = m?.[1]?.trim();
  if (!rest || rest.length === name.trim().length || !lex.isKnown(rest)) return null;
  return lex.canonical(rest);
}

/**
 * An English name written the way Chinese product names are built, read into that Chinese: "Compound X" is 复方X
 * (the pharmacopoeia's prefix for a compound preparation) and "X with Y" / "X + Y" is the combination XY, ingredients
 * in order (喷托维林氯化铵, 阿莫西林克拉维酸). Only when every ingredient is a known medicine with a Chinese name; a
 * combination read this way is never its single ingredient (productOf: a name continued by another is another drug).
 */
function combinationInChinese(name: string, lex: DrugLexicon): string | null {
  const compound = /^compound\s+(.+)$/iu.exec(name.trim());
  const parts = (compound ? compound[1] : name).split(/\s+(?:with|plus)\s+|\s*\+\s*/iu).map((x) => x.trim());
  if (!compound && parts.length < 2) return null;
  const zh: string[] = [];
  for (const part of parts) {
    if (!part || !lex.isKnown(part)) return null;
    const c = lex.canonical(part);
    if (!/^[\u4e00-\u9fff]/u.test(c)) return null;
    zh.push(c);
  }
  return `${compound ? '复方' : ''}${zh.join('')}`;
}
