// Label checks for knowledge-graph drug items. The graph's common_drug lists are a health website's product
// listings: one list (an herbal pill plus bumetanide) is the "treatment" of dozens of poisonings. Two checks:
// label sharing (a gold list shared by SHARED_LIST_MAX or more diseases is a listing, not a treatment) and
// indications (every gold drug must be indicated for the disease's ICD-10 code by the drug-class table; a
// drug indicated elsewhere fails the item, drugs the table cannot judge are removed when the rest are
// indicated, and an item with nothing verifiable is excluded).
import { ANTIDOTES, POISONS } from '../../../knowledge/antidotes.js';
import { rangeContains } from '../../../knowledge/drug-indications.js';
import { parseIcdCode, type IcdCode } from '../../../knowledge/icd10.js';
import type { RlItem } from '../item.js';
import type { DrugGold } from '../sources/disease-kg-tasks.js';
import { withCorrection, withFlag, type QualityCheck, type QualityContext } from './types.js';

export const SHARED_LIST_MAX = 4;

/** Generic-name stems (INN) and names of classes avoided in children: cartilage, teeth, grey-baby syndrome. */
const PAEDIATRIC_AVOID: { test: (generic: string) => boolean; why: string }[] = [
  { test: (g) => /沙星$/u.test(g), why: 'fluoroquinolone, avoided under 18' },
  { test: (g) => /环素$/u.test(g), why: 'tetracycline, avoided under 8' },
  { test: (g) => g === '氯霉素', why: 'chloramphenicol (grey-baby syndrome, marrow toxicity)' },
];
/** A disease of childhood by its name, or a case that describes a child (患儿, 前囟). */
const CHILD_RE = /(小儿|儿童|新生儿|婴儿|婴幼儿|幼儿|患儿|前囟|胎儿)/u;
/** Infections treated with parenteral drugs: CNS infections, sepsis, acute endocarditis, neonatal sepsis, deep infections. */
const PARENTERAL_RANGES = [
  'A39',
  'A40-A41',
  'G00-G09',
  'I33',
  'P36',
  // Deep and closed-space infections: peritonitis and intra-abdominal abscess, liver abscess, epiglottitis,
  // mastoiditis, orbital cellulitis, osteomyelitis (IV therapy, often drainage).
  'K65',
  'K75.0',
  'J05.1',
  'H70',
  'H05.0',
  'M86',
];
// A neoplasm (ICD-10 C00–D48, MDS included) is treated by a regimen chosen by histology, stage and markers (surgery,
// radiotherapy, combinations, targeted and immune therapy): a product listing of one or two cytotoxics is no label
// (hand audit s21: 7 of 9 cancer items wrong — paclitaxel for NHL, hydroxyurea + methotrexate for a maxillary sinus
// cancer, compound cyclophosphamide tablets for ALL, ubenimex for MDS).
const NEOPLASM_RANGES = ['C00-C97', 'D00-D48'];

// Supportive medicines, each with the conditions it treats itself: a gold list made only of them for another disease
// names what is given beside the treatment (ambroxol for neonatal RDS — surfactant is the treatment; carbocisteine for
// pneumonia; albumin for haemorrhagic shock; B vitamins for Bell's palsy), and rewards leaving the treatment out.
const SUPPORTIVE: { re: RegExp; own: string[] }[] = [
  // Mucolytics and expectorants: no disease is treated by thinning sputum alone (bronchiectasis keeps them).
  { re: /氨溴索|溴己新|羧甲司坦|乙酰半胱氨酸|桃金娘油|愈创甘油醚|厄多司坦|福多司坦/u, own: ['J47'] },
  // Albumin: hypoalbuminaemia, cirrhosis with ascites, burns, nephrotic oedema.
  { re: /白蛋白/u, own: ['E88.0', 'K70-K74', 'T20-T32', 'N04'] },
  // B vitamins: their deficiencies and the anaemias they cause.
  { re: /甲钴胺|腺苷钴胺|维生素b1|维生素b12|维生素b6|氰钴胺|硫胺/u, own: ['D51-D53', 'E51-E53'] },
  // Probiotics: diarrhoea and dysbiosis.
  { re: /乳酸菌|双歧杆菌|地衣芽孢杆菌|酪酸梭菌|枯草杆菌|布拉氏酵母/u, own: ['A00-A09', 'K52', 'K59.1', 'K63.8'] },
];

const matchesAny = (names: readonly string[], text: string): boolean => names.some((n) => new RegExp(n, 'u').test(text));

/**
 * Pure: the drug is an antidote (knowledge/antidotes.ts, WHO EML / Goldfrank's) of the poisoning the disease names —
 * acetylcysteine for 对乙酰氨基酚中毒, pyridoxine (维生素B6) for 异烟肼中毒: the treatment itself, however everyday its other
 * use (review s21 KG-NEW-1). The disease must name a poisoning (中毒/过量/poisoning/overdose) of that poison.
 */
export function antidoteOf(drug: string, disease: string): boolean {
  const d = disease.toLowerCase();
  if (!/中毒|过量|poisoning|overdose|toxicity/u.test(d)) return false;
  const name = drug.toLowerCase();
  return ANTIDOTES.some((a) => matchesAny(a.names, name) && a.reverses.some((id) => matchesAny(POISONS.find((p) => p.id === id)?.names ?? [], d)));
}

/** Pure: every drug of the list is supportive and the disease is none of their own conditions (nor a poisoning it reverses). */
export function supportiveOnly(drugs: readonly string[], code: IcdCode, disease = ''): boolean {
  const kinds = drugs.map((d) => (antidoteOf(d, disease) ? undefined : SUPPORTIVE.find((k) => k.re.test(d.toLowerCase()))));
  return kinds.length > 0 && kinds.every((k) => k !== undefined && !k.own.some((r) => rangeContains(r, code)));
}

const ORAL_FORM_RE = /(片|胶囊|颗粒|糖浆|丸|散|口服液|口服溶液|干混悬剂|胶丸)$/u;
const PARENTERAL_FORM_RE = /(注射|输液|静脉)/u;

/** Why a drug is avoided for a child's case (the case text names a child), or undefined. */
export function paediatricAvoidance(caseText: string, generic: string): string | undefined {
  if (!CHILD_RE.test(caseText)) return undefined;
  return PAEDIATRIC_AVOID.find((a) => a.test(generic))?.why;
}

/** Infections treated parenterally (CNS infections, sepsis, endocarditis, neonatal sepsis). */
export function isParenteralDisease(code: IcdCode): boolean {
  return PARENTERAL_RANGES.some((r) => rangeContains(r, code));
}

function goldOf(item: RlItem): DrugGold {
  const g = item.ground_truth;
  if (Array.isArray(g)) return { drugs: g.map(String), disease: String(item.meta.disease ?? '') };
  return g as DrugGold;
}

function run(items: RlItem[], ctx: QualityContext): RlItem[] {
  const canon = (d: string) => ctx.drugs?.canonical(d) ?? d;
  const listKey = (it: RlItem) => [...new Set(goldOf(it).drugs.map(canon))].sort().join('|');
  const shared = new Map<string, number>();
  for (const it of items) if (it.task === 'drug') shared.set(listKey(it), (shared.get(listKey(it)) ?? 0) + 1);
  return items.map((item) => {
    if (item.task !== 'drug' || item.source !== 'disease-kg-zh') return item;
    const gold = goldOf(item);
    let out = item;
    const n = shared.get(listKey(item)) ?? 1;
    if (n >= SHARED_LIST_MAX) out = withFlag(out, 'shared-gold-list', 0, `the same drug list is the gold of ${n} diseases`);
    const code = gold.icd ? parseIcdCode(gold.icd) : null;
    if (!code || !ctx.indications) return withFlag(out, 'disease-unmapped', 0.3, `${gold.disease}: no ICD-10 code to check indications against`);
    if (NEOPLASM_RANGES.some((r) => rangeContains(r, code)))
      return withFlag(out, 'drug-oncology-regimen', 0, `${gold.disease} (${gold.icd}) is a neoplasm: its treatment is a regimen, not a product list`);
    if (supportiveOnly(gold.drugs, code, gold.disease))
      return withFlag(out, 'drug-supportive-only', 0, `${gold.drugs.join('、')}: supportive care, not the treatment of ${gold.disease} (${gold.icd})`);
    const status = gold.drugs.map((d) => ctx.indications!.status(canon(d), code));
    const wrong = gold.drugs.filter((_, i) => status[i] === 'not-indicated');
    const unknown = gold.drugs.filter((_, i) => status[i] === 'unknown');
    const ok = gold.drugs.filter((_, i) => status[i] === 'indicated');
    if (wrong.length) return withFlag(out, 'drug-not-indicated', 0, `${wrong.join('、')} not indicated for ${gold.disease} (${gold.icd})`);
    if (ok.length === 0) return withFlag(out, 'drug-unverifiable', 0.3, `no indication known for ${unknown.join('、')}`);
    if (unknown.length) {
      out = withCorrection(out, { ...gold, drugs: ok }, 'kg-drugs', `removed ${unknown.join('、')}: no known indication for ${gold.disease}`);
      out = withFlag(out, 'drug-unverified-removed', 0.9, unknown.join('、'));
    }
    const caseText = `${gold.disease}\n${item.prompt.map((m) => m.content).join('\n')}`;
    if (CHILD_RE.test(caseText)) {
      const avoided = ok.flatMap((d) => PAEDIATRIC_AVOID.filter((a) => a.test(canon(d))).map((a) => `${d} (${a.why})`));
      if (avoided.length) out = withFlag(out, 'drug-contraindicated-age', 0, `${gold.disease} is a child's case: ${avoided.join('、')}`);
    }
    if (PARENTERAL_RANGES.some((r) => rangeContains(r, code)) && ok.every((d) => ORAL_FORM_RE.test(d) && !PARENTERAL_FORM_RE.test(d)))
      out = withFlag(out, 'drug-route-inadequate', 0.3, `${gold.disease} (${gold.icd}) is treated parenterally; the label lists oral products only`);
    return out;
  });
}

export const kgDrugsCheck: QualityCheck = { name: 'kg-drugs', run };
