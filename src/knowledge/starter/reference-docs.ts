// The bundled reference table as readable documents: one per panel per language, generated from
// src/knowledge/reference-ranges.ts (the same data the lab parser flags with), so the two never disagree.
import type { Doc } from '../../core/types.js';
import { makeDoc } from '../doc.js';
import { PANELS, REFERENCE_TABLE, type Analyte, type Bounds, type PanelId } from '../reference-ranges.js';
import { displayUnit } from '../units.js';
import { ANALYTE_NOTES } from './analyte-notes.js';
import { STARTER_SOURCE, starterMetadata } from './metadata.js';

type L = 'zh' | 'en';

const fmtBounds = (b: Bounds, unit: string, lang: L): string => {
  const [lo, hi] = b;
  const u = unit ? ` ${unit}` : '';
  if (lo !== undefined && hi !== undefined) return `${lo}–${hi}${u}`;
  if (hi !== undefined) return lang === 'zh' ? `<${hi}${u}` : `below ${hi}${u}`;
  if (lo !== undefined) return lang === 'zh' ? `>${lo}${u}` : `above ${lo}${u}`;
  return '';
};

function rangeLine(an: Analyte, lang: L): string {
  if (an.qualitative)
    return lang === 'zh'
      ? '正常结果：阴性（-）。出现"+"、"阳性"或"弱阳性"为异常，需结合临床判断。'
      : 'Normal result: negative (-). "+", "positive" or "trace" is abnormal and needs clinical interpretation.';
  const parts: string[] = [];
  if (an.range)
    parts.push(
      lang === 'zh' ? `通用成人参考区间：${fmtBounds(an.range, an.unit, lang)}` : `General adult reference interval: ${fmtBounds(an.range, an.unit, lang)}`,
    );
  if (an.sex) {
    parts.push(
      lang === 'zh'
        ? `通用成人参考区间：男 ${fmtBounds(an.sex.male, an.unit, lang)}；女 ${fmtBounds(an.sex.female, an.unit, lang)}`
        : `General adult reference interval: men ${fmtBounds(an.sex.male, an.unit, lang)}; women ${fmtBounds(an.sex.female, an.unit, lang)}`,
    );
  }
  if (an.note) parts.push(lang === 'zh' ? `（${an.note.zh}）` : `(${an.note.en})`);
  return parts.join(lang === 'zh' ? '' : ' ');
}

function criticalLine(an: Analyte, lang: L): string | undefined {
  if (!an.critical) return undefined;
  const [lo, hi] = an.critical;
  const u = an.unit ? ` ${an.unit}` : '';
  const bits: string[] = [];
  if (lo !== undefined) bits.push(`<${lo}${u}`);
  if (hi !== undefined) bits.push(`>${hi}${u}`);
  return lang === 'zh'
    ? `危急值：${bits.join(' 或 ')}。达到危急值需要立即联系医生处理。`
    : `Critical values: ${bits.join(' or ')}. A critical value needs a clinician’s attention immediately.`;
}

function conversionLine(an: Analyte, lang: L): string | undefined {
  const others = Object.entries(an.units ?? {}).filter(([k, f]) => k && f !== 1 && k !== 'ukat/l');
  if (!others.length) return undefined;
  const list = others.map(([k, f]) => `1 ${displayUnit(k)} = ${Number(f.toPrecision(4))} ${an.unit}`).join(lang === 'zh' ? '；' : '; ');
  return lang === 'zh' ? `单位换算：${list}。` : `Unit conversion: ${list}.`;
}

/** Up to three short report abbreviations (HGB, Hb, ALT): they go in the section heading, which is indexed with
 * the passage, so "low HGB" finds it; the full alias list stays in metadata, never in the quoted text. */
function abbreviations(an: Analyte): string[] {
  const names = new Set([an.nameEn.toLowerCase(), an.nameZh]);
  return [...new Set(an.aliases.filter((x) => /^[A-Za-z][A-Za-z0-9-]{1,6}$/.test(x) && !names.has(x.toLowerCase())))].slice(0, 3);
}

/** The section heading an analyte gets ("血红蛋白（Hemoglobin，HGB、Hb）"); report-hit-filter.ts matches on it. */
export function analyteHeading(an: Analyte, lang: L): string {
  const abbr = abbreviations(an);
  const tail = abbr.length ? (lang === 'zh' ? `，${abbr.join('、')}` : `; ${abbr.join(', ')}`) : '';
  return lang === 'zh' ? `${an.nameZh}（${an.nameEn}${tail}）` : `${an.nameEn} (${an.nameZh}${tail})`;
}

function analyteSection(an: Analyte, lang: L) {
  const title = analyteHeading(an, lang);
  const note = ANALYTE_NOTES[an.code];
  const lines = [
    rangeLine(an, lang),
    criticalLine(an, lang),
    note?.high ? (lang === 'zh' ? `偏高时：${note.high.zh}` : `When high: ${note.high.en}`) : undefined,
    note?.low ? (lang === 'zh' ? `偏低时：${note.low.zh}` : `When low: ${note.low.en}`) : undefined,
    conversionLine(an, lang),
  ].filter((x): x is string => Boolean(x));
  return { path: [title], text: lines.join('\n') };
}

const INTRO: Record<L, string> = {
  zh: '本文是 QuarkMed-TS 作者根据通用临床知识整理的成人参考区间摘要（D级：自编摘要），不是任何实验室的正式参考区间。不同医院、仪器和方法的参考区间不同：请以化验单上打印的参考范围为准；儿童、孕妇和老年人的参考区间可能不同。结果异常不等于患病，需要由医生结合症状和其他检查判断。',
  en: 'This is a summary of general adult reference intervals compiled by the QuarkMed-TS authors from general clinical knowledge (grade D: our own summary), not any laboratory’s official interval. Intervals differ between hospitals, analysers and methods: the range printed on your report takes precedence; children, pregnancy and older age may have different intervals. An abnormal value is not a diagnosis; a clinician interprets it with symptoms and other tests.',
};

/** Every reference-interval document's id starts with this (retrieval tells a lab-value table from a topic page by it). */
export const REFERENCE_DOC_ID_PREFIX = 'quarkmed-starter:reference:';

export function referenceDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const panel of Object.keys(PANELS) as PanelId[]) {
    const analytes = REFERENCE_TABLE.filter((a) => a.panel === panel);
    if (!analytes.length) continue;
    for (const lang of ['zh', 'en'] as const) {
      const title = lang === 'zh' ? `${PANELS[panel].zh}参考区间（通用成人参考）` : `${PANELS[panel].en}: general adult reference intervals`;
      docs.push(
        makeDoc({
          id: `${REFERENCE_DOC_ID_PREFIX}${panel}:${lang}`,
          title,
          sections: [{ path: [lang === 'zh' ? '说明' : 'About these ranges'], text: INTRO[lang] }, ...analytes.map((a) => analyteSection(a, lang))],
          source: STARTER_SOURCE,
          lang,
          authority: 'D',
          metadata: starterMetadata('reference-ranges', {
            panel,
            analytes: analytes.map((a) => a.code),
            // The names reports print, for matching; kept out of the indexed text so no summary quotes an alias list.
            aliases: Object.fromEntries(analytes.map((a) => [a.code, [...new Set(a.aliases)]])),
            generatedFrom: 'src/knowledge/reference-ranges.ts',
          }),
        }),
      );
    }
  }
  return docs;
}
