// Pages about medicines and tests, synthesised from what condition pages already list (issue #20): the disease KG's
// 常用药品 / 检查项目 and the ChatDoctor table's commonMedications / TestsAndProcedures. A question about a named
// medicine or test otherwise finds only the conditions that list it. A page says what its source says — which
// conditions list the entity — and nothing more: no dose, side effect or interaction is written, and the page says so.
// It keeps its source's name and authority, so it is cited as that source. Pure: condition rows in, documents out.
import type { Authority, Doc, Lang } from '../core/types.js';
import { docId, makeDoc } from './doc.js';
import { isMedicineShape } from './drugs.js';
import { englishWord } from './english-words.js';

export type EntityPageKind = 'medicine' | 'test';

/** Where a source's condition pages keep their medicines and tests (metadata keys written by the loaders). */
export const ENTITY_LIST_KEYS: Readonly<Record<EntityPageKind, readonly string[]>> = {
  medicine: ['drugs', 'commonMedications'],
  test: ['checks', 'TestsAndProcedures'],
};

/** The metadata mark of a synthesised page; a condition row carrying it is never read again as a parent. */
export const ENTITY_PAGE_MARK = 'entityPage';

export interface ConditionRow {
  /** The condition page's id and title. */
  id: string;
  title: string;
  source: string;
  lang: Lang;
  authority: Authority;
  medicines: readonly string[];
  tests: readonly string[];
}

// Preparations and salts around a Chinese generic name (阿司匹林肠溶片, 盐酸左氧氟沙星胶囊, 注射用…). Longest first.
const ZH_FORMS = [
  '口腔崩解片',
  '肠溶胶囊',
  '缓释胶囊',
  '干混悬剂',
  '口服溶液',
  '肠溶片',
  '缓释片',
  '控释片',
  '分散片',
  '咀嚼片',
  '泡腾片',
  '软胶囊',
  '注射液',
  '口服液',
  '混悬液',
  '滴眼液',
  '滴耳液',
  '滴鼻液',
  '喷雾剂',
  '气雾剂',
  '胶囊',
  '颗粒',
  '糖浆',
  '乳膏',
  '软膏',
  '眼膏',
  '凝胶',
  '冲剂',
  '贴剂',
  '含片',
  '片',
].sort((a, b) => b.length - a.length);
const ZH_SALTS = ['甲磺酸', '马来酸', '枸橼酸', '琥珀酸', '酒石酸', '富马酸', '苯磺酸', '氢溴酸', '盐酸', '硫酸', '乳酸', '醋酸', '磷酸'];
// Preparations that keep their route in a Chinese title: eye, ear, nose, skin and inhaled forms are other products
// than the tablet of the same generic name (氧氟沙星滴眼液 is no 氧氟沙星片), so their pages stay apart (review s29).
const ZH_LOCAL_FORMS = new Set(['滴眼液', '滴耳液', '滴鼻液', '眼膏', '乳膏', '软膏', '凝胶', '贴剂', '喷雾剂', '气雾剂']);
// English words a table writes after a generic name. A local route ('Prednisolone Ophthalmic', 'Nystatin Topical')
// is kept in the title, so an eye drop and a tablet of one generic name are two pages; a systemic route or a product
// word ('… Oral', '… Injection', '… Product') says nothing a reader needs and is dropped.
const EN_SYSTEMIC = /(?:[\s,]+(?:oral|injection|injectable|product|products))+$/i;
const EN_LOCAL = /^(?:topical|ophthalmic|otic|nasal|vaginal|rectal|inhalant|inhaled)$/i;
// A source's own remark in brackets, not a name: '(Usp)' (a pharmacopoeia mark), '(Obsolete)'.
const EN_REMARK = /^(?:usp|obsolete)$/i;

/**
 * A Chinese product name → its generic name when what is left still ends like a medicine (isMedicineShape), else the
 * name as written: 盐酸左氧氟沙星胶囊 → 左氧氟沙星, 阿司匹林肠溶片 → 阿司匹林; a patent medicine (六味地黄丸, 强力康颗粒)
 * keeps its own name, since that is what people call it.
 */
export function zhGenericName(product: string): string {
  let core = product
    .trim()
    .replace(/[(（][^)）]*[)）]$/u, '')
    .replace(/^注射用/u, '');
  for (const f of ZH_FORMS)
    if (core.endsWith(f) && core.length > f.length + 1) {
      if (ZH_LOCAL_FORMS.has(f)) break;
      core = core.slice(0, -f.length);
      break;
    }
  for (const s of ZH_SALTS) if (core.startsWith(s) && core.length >= s.length + 2 && isMedicineShape(core.slice(s.length))) core = core.slice(s.length);
  return core.length >= 2 && core !== product && isMedicineShape(core) ? core : product.trim().replace(/[(（][^)）]*[)）]$/u, '');
}

/**
 * An English table cell → the page title, or undefined for a cell the source itself marks obsolete. Bracketed text is
 * never read as another name of the medicine ('Chickenpox Vaccine (Shingles Vaccine)' is no claim that the two are
 * one product; 'Alprazolam (Xanax)' a brand that may be an everyday word: 'Versed', 'Align'): the title is the name
 * before it, without '(Usp)'/', Usp' and without a systemic route word; the cell itself is quoted on the page.
 */
export function enEntityName(raw: string): string | undefined {
  const cell = raw.trim();
  const remarks = [...cell.matchAll(/\s\(([^()]+)\)/g)].map((m) => m[1].trim());
  if (remarks.some((r) => /^obsolete$/i.test(r))) return undefined;
  let head = cell.replace(/(?:\s+\([^()]+\))+$/, '').trim();
  // Commas in the table invert a name ('Sodium Chloride, Hypertonic, Ophthalmic'): a local route part moves to the end.
  const parts = head
    .split(/\s*,\s*/)
    .filter((p) => p && !EN_REMARK.test(p))
    .map((p) => p.replace(EN_SYSTEMIC, ''))
    .filter(Boolean);
  const local = parts.filter((p, i) => i > 0 && EN_LOCAL.test(p));
  head = [parts.filter((p) => !local.includes(p)).join(', '), ...local].join(' ');
  return (
    head
      .replace(EN_SYSTEMIC, '')
      .replace(/[\s,]+$/, '')
      .trim() || undefined
  );
}

/** A name no page should be titled with: a catch-all row ('Other diagnostic procedures'), an everyday word ('Air'). */
function unusable(name: string, kind: EntityPageKind, lang: Lang): boolean {
  if (name.length < 2) return true;
  if (lang !== 'zh') {
    if (/^other\b/i.test(name) || name.length < 4) return true;
    // Every word an everyday English word and none shaped like a medicine ('Thyroid', 'Multivitamin Preparation',
    // 'Sodium Chloride', 'Chickenpox Vaccine'): a question saying those words is about the thing, the organ or the
    // disease before this page — the review of session 29 found 'my thyroid feels swollen' taken by 'Thyroid (Usp)'.
    const words = name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (kind === 'medicine' && words.every((w) => englishWord(w) || /^\d+$/.test(w) || w.length < 3) && !words.some((w) => isMedicineShape(w))) return true;
  }
  return false;
}

interface Entity {
  kind: EntityPageKind;
  source: string;
  lang: Lang;
  title: string;
  /** Names the page answers to: the title, and a Chinese product name as the source writes it. */
  names: Set<string>;
  /** The source's cells as written, quoted on an English page when they differ from the title. */
  cells: Set<string>;
  conditions: Map<string, string>;
  authority: Authority;
}

const RANK: Record<Authority, number> = { A: 0, B: 1, C: 2, D: 3, E: 4 };

function pageText(e: Entity, conditions: string[]): { path: string[]; text: string }[] {
  const others = [...e.names].filter((n) => n !== e.title);
  if (e.lang === 'zh') {
    const field = e.kind === 'medicine' ? '常用药品' : '检查项目';
    const also = others.length ? `（来源中写作：${others.join('、')}）` : '';
    return [
      {
        path: ['概述'],
        text: `${e.title}${also}：知识库来源 ${e.source} 的疾病条目在“${field}”中列出了${e.title}，共 ${conditions.length} 种疾病。`,
      },
      { path: ['相关疾病'], text: `${field}列有${e.title}的疾病：${conditions.join('、')}。` },
      {
        path: ['说明'],
        text:
          e.kind === 'medicine'
            ? `本页由这些疾病条目汇总而成，只说明来源把${e.title}列为哪些疾病的常用药品；来源没有写用法用量、副作用、相互作用和禁忌，请看药品说明书，或问医生、药师。`
            : `本页由这些疾病条目汇总而成，只说明来源把${e.title}列为哪些疾病的检查项目；来源没有写检查的准备、做法和结果的解读，请问医生。`,
      },
    ];
  }
  // The cells quoted as the source writes them: what is in brackets there is the source's, not a name this page gives.
  const cells = [...e.cells].filter((c) => c !== e.title);
  const written = cells.length ? ` The source writes it as: ${cells.map((c) => `'${c}'`).join('; ')}.` : '';
  const what = e.kind === 'medicine' ? 'a common medication' : 'one of the tests and procedures';
  return [
    {
      path: ['Overview'],
      text: `${e.title}: the condition entries of the knowledge-base source ${e.source} list ${e.title} as ${what} for ${conditions.length} ${conditions.length === 1 ? 'condition' : 'conditions'}.${written}`,
    },
    { path: ['Conditions'], text: `Conditions listing ${e.title}: ${conditions.join('; ')}.` },
    {
      path: ['Note'],
      text:
        e.kind === 'medicine'
          ? `This page is compiled from those condition entries and says only which conditions the source lists ${e.title} for; the source gives no dose, side effects, interactions or contraindications — see the medicine's label or ask a doctor or pharmacist.`
          : `This page is compiled from those condition entries and says only which conditions the source lists ${e.title} for; the source does not say how the test is prepared for, done or read — ask a doctor.`,
    },
  ];
}

export interface EntityPageOptions {
  /** Names no page is built for: what the knowledge base already knows as a symptom or finding (皮疹, 视力). */
  exclude?: (name: string) => boolean;
}

/** Pure: condition rows → one page per medicine and test per source, titled with the entity's name. */
export function buildEntityPages(rows: Iterable<ConditionRow>, options: EntityPageOptions = {}): Doc[] {
  const byKey = new Map<string, Entity>();
  const note = (row: ConditionRow, kind: EntityPageKind, raw: string) => {
    // Chinese product names are names people use (盐酸左氧氟沙星胶囊); an English cell's bracketed text is not (enEntityName).
    const title = row.lang === 'zh' ? (kind === 'medicine' ? zhGenericName(raw) : raw.trim()) : enEntityName(raw);
    if (title === undefined || unusable(title, kind, row.lang) || options.exclude?.(title)) return;
    const others = row.lang === 'zh' ? [raw.trim()] : [];
    const key = `${row.source}\u0000${kind}\u0000${title.toLowerCase()}`;
    const e = byKey.get(key) ?? {
      kind,
      source: row.source,
      lang: row.lang,
      title,
      names: new Set([title]),
      cells: new Set<string>(),
      conditions: new Map(),
      authority: row.authority,
    };
    for (const n of others) e.names.add(n);
    e.cells.add(raw.trim());
    e.conditions.set(row.title.trim().toLowerCase(), row.title.trim());
    // A page is as trustworthy as the least trusted entry it gathers.
    if (RANK[row.authority] > RANK[e.authority]) e.authority = row.authority;
    byKey.set(key, e);
  };
  for (const row of rows) {
    for (const m of row.medicines) note(row, 'medicine', m);
    for (const t of row.tests) note(row, 'test', t);
  }
  const docs: Doc[] = [];
  for (const e of byKey.values()) {
    const conditions = [...e.conditions.values()].sort((a, b) => a.localeCompare(b, e.lang === 'zh' ? 'zh' : 'en'));
    const aliases = [...e.names].filter((n) => n !== e.title);
    docs.push(
      makeDoc({
        id: docId(e.source, `${e.kind}:${e.title}`),
        title: e.title,
        sections: pageText(e, conditions),
        source: e.source,
        lang: e.lang,
        authority: e.authority,
        metadata: {
          [ENTITY_PAGE_MARK]: e.kind,
          // Topics read a source category of 'Other' as no condition (topics.ts topicKind): no reader of conditions
          // (symptom lists, described conditions, the checker) takes these pages for one.
          category: 'Other',
          aliases,
          conditions,
          entities: { [e.kind === 'medicine' ? 'drug' : 'check']: [e.title, ...aliases] },
        },
      }),
    );
  }
  return docs.sort((a, b) => a.id.localeCompare(b.id));
}
