// Deterministic presentation of parsed lab results: abnormal first (critical, then high/low), a findings
// table in the report's language, retrieval queries from the abnormal analytes, and the triage a critical
// value warrants. Pure: flags come from parseLabReport, never from a model.
import type { Triage } from '../safety/types.js';
import { analyteByCode, conditionTerms, type Bounds, type Direction } from '../knowledge/reference-ranges.js';
import { crossesCallNow } from '../knowledge/critical-values.js';
import { conversionFactor, criticalUnderEveryUnit, inferFactor } from '../knowledge/units.js';
import type { LabFlag, LabReport, LabResult, SkippedLine } from './types.js';
import { pleaseCheckLabel } from './please-check.js';

const SEVERITY: Record<LabFlag, number> = { 'critical-high': 0, 'critical-low': 0, high: 1, low: 1, unknown: 2, normal: 3 };

export function isAbnormal(r: LabResult): boolean {
  return SEVERITY[r.flag] <= 1;
}

export function isCritical(r: LabResult): boolean {
  return SEVERITY[r.flag] === 0;
}

/** Critical first, then high/low, then unflagged, then normal; report order within a group. */
export function orderFindings(results: LabResult[]): LabResult[] {
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => SEVERITY[a.r.flag] - SEVERITY[b.r.flag] || a.i - b.i)
    .map(({ r }) => r);
}

const FLAG_LABEL: Record<'zh' | 'en', Record<LabFlag, string>> = {
  zh: {
    'critical-high': '↑↑ 危急值（过高）',
    'critical-low': '↓↓ 危急值（过低）',
    high: '↑ 偏高',
    low: '↓ 偏低',
    normal: '正常',
    unknown: '无法判断（无参考范围）',
  },
  en: {
    'critical-high': '↑↑ critically high',
    'critical-low': '↓↓ critically low',
    high: '↑ high',
    low: '↓ low',
    normal: 'normal',
    unknown: 'not flagged (no reference range)',
  },
};

export function flagLabel(flag: LabFlag, lang: 'zh' | 'en'): string {
  return FLAG_LABEL[lang][flag];
}

/** Words that say a sample was taken fasting: the bundled glucose is named "fasting", a printed one often is not. */
const FASTING = /fasting|fasted|空腹|\bF[BP]G\b|nüchtern/i;

/**
 * The canonical names as they may be said of this result: the table's fasting glucose is "Glucose (fasting)" / 空腹血糖,
 * but a report printing only "Glucose" or 血糖 never said the sample was fasting (review s17 R3), so the qualifier goes.
 */
export function canonicalNames(r: LabResult): { en?: string; zh?: string } {
  const en = r.nameEn;
  const zh = r.nameZh;
  if (FASTING.test(r.name) || !(FASTING.test(en ?? '') || FASTING.test(zh ?? ''))) return { en, zh };
  return {
    en: en?.replace(/\s*\((?:fasting|fasted)\)|,?\s*fasting\b|\bfasting\s+/gi, '').trim(),
    zh: zh?.replace(/空腹/g, ''),
  };
}

export function displayName(r: LabResult, lang: 'zh' | 'en'): string {
  const names = canonicalNames(r);
  const canonical = lang === 'zh' ? names.zh : names.en;
  const other = lang === 'zh' ? names.en : names.zh;
  const main = r.name || canonical || other || '?';
  const alt = [canonical, other].find((n) => n && !main.includes(n));
  return alt ? `${main} (${alt})` : main;
}

/**
 * How a value was read, said beside it wherever the findings are shown as text (CLI, API, the model's prompt), not only
 * in the web table: a value repaired from damaged text or read by OCR with doubt is "please check" with the characters
 * as printed, and one not read with certainty is "unreadable", never "no reference range".
 */
export function readMark(r: LabResult, lang: 'zh' | 'en'): string {
  if (!r.read || r.read.status === 'ok') return '';
  const printed = r.read.printed !== undefined ? r.read.printed : undefined;
  if (lang === 'zh') {
    const shown = printed !== undefined ? `原件印作“${printed}”，` : r.read.confidence !== undefined ? `识别把握 ${r.read.confidence}%，` : '';
    return r.read.status === 'unreadable' ? `（${shown}未能准确读取，请核对原件）` : `（${shown}请核对原件）`;
  }
  const shown = printed !== undefined ? `printed "${printed}"; ` : r.read.confidence !== undefined ? `read with ${r.read.confidence}% confidence; ` : '';
  return r.read.status === 'unreadable'
    ? ` (${shown}could not be read with certainty — please check the report)`
    : ` (${shown}please check against the report)`;
}

/**
 * Results read with doubt and left unflagged (a value and printed range that are another test's, a name re-read by its
 * unit with no range, a value not read with certainty): never "within its reference range" (review s21 R1).
 */
export function unjudgedResults(report: LabReport): LabResult[] {
  // Fail-closed (review s33 reports, S1): a number left unflagged beside a range printed on the report (a labelled range
  // list, tiers, a normal range beside a critical cut-off) was not judged — never counted as "within its range".
  return report.results.filter(
    (r) => r.flag === 'unknown' && (r.read?.status === 'check' || r.read?.status === 'unreadable' || (r.value !== null && r.range?.origin === 'report')),
  );
}

/** The flag as shown: a value withheld as unreadable is said to be unread, not to lack a range. */
function shownFlag(r: LabResult, lang: 'zh' | 'en'): string {
  if (r.read?.status === 'unreadable') return lang === 'zh' ? '未判断（数值未能准确读取）' : 'not flagged (value not read with certainty)';
  // A printed range the value and name do not fit together (review s21 R1): said so, not "no reference range".
  if (r.read?.status === 'check' && r.flag === 'unknown' && r.range?.origin === 'report')
    return lang === 'zh' ? '未判断（数值与参考范围不像此项目，请核对原件）' : 'not flagged (value and range do not fit this test — please check the report)';
  return flagLabel(r.flag, lang);
}

/** "Potassium 6.8 mmol/L", with its read mark when the value is doubtful (banner and findings). */
function valueWithMark(r: LabResult, lang: 'zh' | 'en'): string {
  return `${r.valueText}${r.unit ? ` ${r.unit}` : ''}${readMark(r, lang)}`;
}

function findingLine(r: LabResult, lang: 'zh' | 'en'): string {
  const range = r.range
    ? lang === 'zh'
      ? `；参考范围 ${r.range.text}${r.range.origin === 'bundled' ? '（通用参考值，非本报告所印）' : ''}`
      : `; reference ${r.range.text}${r.range.origin === 'bundled' ? ' (typical adult range, not printed on this report)' : ''}`
    : '';
  return `- ${displayName(r, lang)}: ${valueWithMark(r, lang)} — ${shownFlag(r, lang)}${range}`;
}

/** Skipped lines holding a value that would be critical for a known test: "please check", never a result. */
export function pleaseCheckLines(report: LabReport): (SkippedLine & { check: NonNullable<SkippedLine['check']> })[] {
  return report.skipped.filter((s): s is SkippedLine & { check: NonNullable<SkippedLine['check']> } => s.check !== undefined);
}

/** "Potassium 6.9 mmol/L" / "钾 6.9 mmol/L" for the please-check lines, in the report's language. */
function pleaseCheckNames(report: LabReport): string {
  const lang = report.lang;
  return pleaseCheckLines(report)
    .map(({ check }) => pleaseCheckLabel(check, lang))
    .join(lang === 'zh' ? '、' : ', ');
}

/** The please-check notice shown to the user (findings block and triage message), or '' when there is none. */
export function pleaseCheckNotice(report: LabReport): string {
  if (!pleaseCheckLines(report).length) return '';
  const names = pleaseCheckNames(report);
  return report.lang === 'zh'
    ? `⚠️ 可能的危急值未能准确读取：${names}——请核对报告原件或联系化验室。`
    : `⚠️ A possibly critical value could not be read with certainty: ${names} — please check the report / contact the lab.`;
}

/** The findings block shown before any explanation. */
export function formatFindings(report: LabReport): string {
  const lang = report.lang;
  const ordered = orderFindings(report.results);
  const abnormal = ordered.filter(isAbnormal);
  const head =
    lang === 'zh'
      ? `化验结果（按报告参考范围逐项判定，非模型生成）：共 ${report.results.length} 项，异常 ${abnormal.length} 项。`
      : `Lab results (flagged against reference ranges, not by a model): ${report.results.length} values, ${abnormal.length} abnormal.`;
  const lines = ordered.map((r) => findingLine(r, lang));
  const skipped = report.skipped.length
    ? lang === 'zh'
      ? `\n未能识别的行：${report.skipped.map((s) => `第 ${s.line} 行（${s.reasonZh ?? s.reason}）`).join('；')}`
      : `\nLines not understood: ${report.skipped.map((s) => `line ${s.line} (${s.reason})`).join('; ')}`
    : '';
  const check = pleaseCheckNotice(report);
  return `${head}\n${lines.join('\n')}${skipped}${check ? `\n${check}` : ''}`;
}

export function direction(r: LabResult): Direction {
  return r.flag === 'high' || r.flag === 'critical-high' ? 'high' : 'low';
}

/** The conditions an abnormal value points to (hemoglobin low → 贫血/anemia), both languages. */
export function conditionsOf(r: LabResult): string[] {
  return [...conditionTerms(r.code, direction(r), 'zh'), ...conditionTerms(r.code, direction(r), 'en')];
}

/**
 * Retrieval queries, most severe analyte first: per analyte its names with direction words, then the conditions
 * the value points to ("贫血 原因 症状"), so condition passages are retrieved, not only passages naming the analyte.
 */
export function reportQueries(report: LabReport, max = 4): string[] {
  const out: string[] = [];
  for (const r of orderFindings(report.results).filter(isAbnormal).slice(0, max)) {
    const up = direction(r) === 'high';
    const zh = r.nameZh ?? (/\p{Script=Han}/u.test(r.name) ? r.name : undefined);
    const en = r.nameEn ?? (/[A-Za-z]/.test(r.name) && !zh ? r.name : undefined);
    if (zh) out.push(`${zh}${up ? '偏高 升高' : '偏低 降低'} 原因`);
    if (en) out.push(`${en} ${up ? 'high elevated' : 'low decreased'} causes`);
    const zhTerms = conditionTerms(r.code, direction(r), 'zh');
    const enTerms = conditionTerms(r.code, direction(r), 'en');
    if (zhTerms.length) out.push(`${zhTerms.join(' ')} 原因 症状`);
    if (enTerms.length) out.push(`${enTerms.join(' ')} causes symptoms`);
  }
  return [...new Set(out)];
}

/**
 * Relevance queries: one per abnormal analyte with its names (direction words like "high" match too much), then
 * one per analyte with the conditions it points to ("贫血 anemia"). A passage counts by its best query, so adding
 * condition queries admits condition passages without diluting passages about the analyte itself.
 */
export function analyteQueries(report: LabReport, max = 4): string[] {
  const abnormal = orderFindings(report.results).filter(isAbnormal).slice(0, max);
  const names = abnormal.map((r) => [...new Set([r.nameZh, r.nameEn, r.name].filter(Boolean))].join(' '));
  const conditions = abnormal.map((r) => conditionsOf(r).join(' ')).filter(Boolean);
  return [...new Set([...names, ...conditions])];
}

/** Every name of each abnormal analyte (as printed, zh, en) and its conditions, for relevance weighting. */
export function analyteNames(report: LabReport, max = 4): string[] {
  const names = orderFindings(report.results)
    .filter(isAbnormal)
    .slice(0, max)
    .flatMap((r) => [r.nameZh, r.nameEn, ...r.name.split(/\s+/), ...conditionsOf(r)])
    .filter((n): n is string => Boolean(n && (n.length >= 2 || /\p{Script=Han}/u.test(n))));
  return [...new Set(names)];
}

/** The question the explanation answers, in the report's language. */
export function reportQuestion(report: LabReport): string {
  const abnormal = orderFindings(report.results).filter(isAbnormal);
  const lang = report.lang;
  if (abnormal.length === 0) return lang === 'zh' ? '这份化验单的结果说明什么？' : 'What do these lab results mean?';
  const nameFor = (r: LabResult) => {
    const n = canonicalNames(r);
    return lang === 'zh' ? (n.zh ?? (/\p{Script=Han}/u.test(r.name) ? r.name : (n.en ?? r.name))) : (n.en ?? r.name);
  };
  const items = abnormal.map(
    (r) => `${nameFor(r)}${lang === 'zh' ? (r.flag.endsWith('high') ? '偏高' : '偏低') : ` ${r.flag.endsWith('high') ? 'high' : 'low'}`}`,
  );
  return lang === 'zh'
    ? `化验单中这些指标异常：${items.join('、')}。可能是什么原因，需要注意什么？`
    : `These lab results are abnormal: ${items.join(', ')}. What can cause them and what should I do?`;
}

/** The value in the critical table's unit (the analyte's canonical unit), or undefined when the unit is unknown. */
function canonicalValue(r: LabResult): number | undefined {
  const an = r.code ? analyteByCode(r.code) : undefined;
  if (!an || r.value === null) return undefined;
  const unit = r.unit?.replace(/\s+(?:FEU|DDU)$/i, '');
  const printed: Bounds | undefined = r.range?.origin === 'report' ? [r.range.low, r.range.high] : undefined;
  // No unit and no single unit fits, but every plausible one reads it critical: the unit flagResult assumed (R4).
  const factor =
    conversionFactor(an, unit) ??
    (unit ? undefined : (inferFactor(an, r.value, printed) ?? ((r.specimen ?? 'blood') === 'blood' ? criticalUnderEveryUnit(an, r.value) : undefined)));
  return factor === undefined ? undefined : r.value * factor;
}

/**
 * A value that needs an ambulance, not a same-day call: a critical value (its flag) that crosses the call-now tier of
 * the one critical-value table (knowledge/critical-values.ts: K ≥ 6.5 or < 2.5, Na < 120, glucose < 2.8 or ≥ 27.8
 * mmol/L, Hb < 60 g/L, platelets < 20, pH < 7.2, bicarbonate < 10, every critical troponin and lactate …), for the
 * specimen it was measured in. Never a second reading of the value: a result not flagged critical is never call-now.
 */
export function isEmergencyValue(r: LabResult): boolean {
  if (r.value === null || !r.code || !r.flag.startsWith('critical') || r.read?.status === 'unreadable') return false;
  return crossesCallNow(r.code, r.specimen ?? 'blood', canonicalValue(r), r.flag === 'critical-low' ? 'low' : 'high');
}

/**
 * Critical values need same-day medical contact: at least "urgent", never downgrading the text's own triage; the
 * values in EMERGENCY_LAB make it an emergency.
 */
export function reportTriage(report: LabReport, textTriage: Triage, emergencyNumber: string): Triage {
  const triage = resultTriage(report, textTriage, emergencyNumber);
  // A possibly critical value on a line not read as a result (pleaseCheckLines): at least urgent, with its notice.
  const checks = pleaseCheckLines(report);
  if (checks.length === 0) return triage;
  const reasons = [...triage.reasons, ...checks.map((s) => `possibly-critical-lab:${s.check.code}`)];
  const notice = pleaseCheckNotice(report);
  const contact =
    report.lang === 'zh'
      ? `请今天就联系开单医生或化验室确认；如出现胸痛、呼吸困难、意识改变、抽搐或大出血，立即拨打 ${emergencyNumber}。`
      : `Contact the ordering doctor or the lab today to confirm it; if there is chest pain, trouble breathing, confusion, seizures or heavy bleeding, call ${emergencyNumber} now.`;
  const message = [triage.message, `${notice}${report.lang === 'zh' ? '' : ' '}${contact}`].filter(Boolean).join('\n');
  return { ...triage, level: triage.level === 'emergency' ? 'emergency' : 'urgent', reasons, message };
}

function resultTriage(report: LabReport, textTriage: Triage, emergencyNumber: string): Triage {
  const critical = report.results.filter((r) => isCritical(r) || isEmergencyValue(r));
  if (critical.length === 0) return textTriage;
  const dangerous = critical.filter(isEmergencyValue);
  if (dangerous.length > 0) {
    const names = dangerous.map((r) => `${displayName(r, report.lang)} ${valueWithMark(r, report.lang)}`).join(report.lang === 'zh' ? '、' : ', ');
    const message =
      report.lang === 'zh'
        ? `⚠️ 报告中有需要立即处理的危急值：${names}。请立即拨打 ${emergencyNumber} 或马上去最近的医院急诊，带上这份报告；不要等待复查或在线回复。`
        : `⚠️ This report has a dangerous value: ${names}. Call ${emergencyNumber} or go to the nearest emergency department now and bring this report; do not wait for a repeat test or an online answer.`;
    const reasons = [...textTriage.reasons, ...critical.map((r) => `critical-lab:${r.code ?? r.name}`)];
    return { level: 'emergency', reasons, message: textTriage.level === 'emergency' && textTriage.message ? `${message}\n${textTriage.message}` : message };
  }
  const names = critical.map((r) => `${displayName(r, report.lang)}${readMark(r, report.lang)}`).join(report.lang === 'zh' ? '、' : ', ');
  const message =
    report.lang === 'zh'
      ? `⚠️ 报告中有危急值：${names}。请今天就联系开单医生或前往医院复查处理；如出现胸痛、呼吸困难、意识改变、抽搐或大出血，立即拨打 ${emergencyNumber}。`
      : `⚠️ This report has critical values: ${names}. Contact the ordering doctor or go to a hospital today; if there is chest pain, trouble breathing, confusion, seizures or heavy bleeding, call ${emergencyNumber} now.`;
  const reasons = [...textTriage.reasons, ...critical.map((r) => `critical-lab:${r.code ?? r.name}`)];
  if (textTriage.level === 'emergency') return { ...textTriage, reasons, message: `${textTriage.message}\n${message}` };
  return { level: 'urgent', reasons, message: textTriage.level === 'urgent' && textTriage.message ? `${textTriage.message}\n${message}` : message };
}
