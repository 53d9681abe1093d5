// Lab report interpretation: parse (safety subsystem's parseLabReport) → deterministic flags, abnormal first →
// retrieval from the abnormal analytes → cited explanation (or evidence mode). The flags and the findings
// table are computed, never generated; the model only explains them, under the same citation check as ask.
import { type Warning, warning } from '../core/warnings.js';
import { streamAnswer } from '../rag/answer-question.js';
import type { AnswerOptions, TriageFn } from '../rag/options.js';
import type { AnswerEvent, AnswerResult } from '../rag/types.js';
import { emergencyNumberFor } from '../safety/emergency-number.js';
import { triage as safetyTriage } from '../safety/triage.js';
import { interpretErrors } from './interpret-errors.js';
import { findFlagContradictions } from './flag-contradictions.js';
import { parseLabReport } from './parse.js';
import { referenceHits } from './reference-hits.js';
import { reportHitFilter } from './report-hit-filter.js';
import {
  analyteNames,
  analyteQueries,
  displayName,
  formatFindings,
  isAbnormal,
  pleaseCheckLines,
  reportQueries,
  reportQuestion,
  reportTriage,
  unjudgedResults,
} from './lab-findings.js';
import type { LabReport } from './types.js';
import { pleaseCheckLabel } from './please-check.js';
import { isPositiveResult, printsPositiveResult } from './line-tokens.js';
import { isProse } from './rows.js';

export type ParseLabReport = (text: string) => LabReport;

export interface InterpretOptions extends Omit<AnswerOptions, 'preamble' | 'promptContext' | 'extraQueries' | 'history'> {
  /** Defaults to the safety subsystem's parseLabReport. */
  parse?: ParseLabReport;
  /** Where the text came from, for error messages (a file name, "stdin"). */
  sourceName?: string;
}

export interface ReportInterpretation {
  report: LabReport;
  answer: AnswerResult;
}

const NOTHING_ABNORMAL = {
  zh: '所有识别出的指标都在参考范围内。不同实验室的参考范围可能不同；请结合症状和病史与医生讨论结果。',
  en: 'Every recognised value is within its reference range. Ranges differ between laboratories; discuss the results with your doctor in the light of symptoms and history.',
};

const NOT_ALL_JUDGED = {
  zh: (names: string) => `以下指标未能判定（数值、单位或参考范围与项目名称不符）：${names}——请核对报告原件或联系化验室；其余识别出的指标在参考范围内。`,
  en: (names: string) =>
    `Not every value could be judged: ${names} (the value, unit or range does not fit the test's name) — please check the printed report or contact the lab; the other recognised values are within their reference ranges.`,
};

// A positive word result the report prints is never covered by "every value within range": shown unflagged (no range
// to judge it by) or on a row that could not be read, it is named (review s23 R1–R6: an STI panel with gonorrhoea
// DETECTED was closed with "0 abnormal … every recognised value is within its reference range").
const POSITIVE_NOT_JUDGED = {
  zh: (names: string) => `以下定性结果为阳性/检出，但报告未印参考范围，未能判断是否异常：${names}——请与医生讨论这些结果。`,
  en: (names: string) =>
    `These results are printed as positive or detected, with no reference range to judge them by: ${names} — discuss them with your doctor.`,
};
const POSITIVE_ROW_UNREAD = {
  zh: '报告中有印为阳性/检出的行未能读取——请核对报告原件；不能据此认为所有结果都正常。',
  en: 'Some rows of the report that print a positive or detected result could not be read — please check the printed report; do not take the results as all normal.',
};

const CONTRADICTION_NOTE = {
  zh: (names: string) => `⚠️ 上面的解释与按参考范围计算出的标记不一致（${names}）：请以上方的化验结果标记为准，并请医生核实。`,
  en: (names: string) =>
    `⚠️ Part of the explanation above disagrees with the flags computed from the reference ranges (${names}): the flags at the top stand; ask a clinician.`,
};

export interface PreparedInterpretation {
  report: LabReport;
  events: AsyncGenerator<AnswerEvent>;
}

/** Parse and flag synchronously-ish, then stream the explanation (triage event first, as for ask). */
export async function streamReportInterpretation(text: string, options: InterpretOptions): Promise<PreparedInterpretation> {
  const source = options.sourceName ?? 'the report';
  if (!text.trim()) throw interpretErrors.REPORT_INPUT_EMPTY({ source });
  const parse = options.parse ?? parseLabReport;
  const report = parse(text);
  if (report.results.length === 0) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim()).length;
    // A possibly critical value (please check) is named first, never left out of the message.
    const skipped = [...report.skipped]
      .sort((a, b) => Number(!!b.check) - Number(!!a.check))
      .slice(0, 2)
      .map(
        (s) => `line ${s.line}: ${s.reason}${s.check ? ` (possibly critical: ${pleaseCheckLabel(s.check)} — please check the report / contact the lab)` : ''}`,
      )
      .join('; ');
    throw interpretErrors.REPORT_NO_RESULTS({ source, lines, skipped });
  }
  const triageFn: TriageFn = options.triage ?? safetyTriage;
  // source "report": reference ranges and time labels ("3.5-5.5", "餐后2h") are not vital signs; critical values are
  // judged from the parsed results by reportTriage.
  const textTriage = triageFn(text, { locale: options.locale, emergencyNumber: options.emergencyNumber, source: 'report' });
  const number = emergencyNumberFor({ locale: options.locale, emergencyNumber: options.emergencyNumber, lang: report.lang });
  const triage = reportTriage(report, textTriage, number);
  const findings = formatFindings(report);
  // The pipeline leads with the triage message (critical values make it urgent); the findings follow it.
  const preamble = findings;
  const warnings: Warning[] = report.skipped.length
    ? [warning('report-unparsed-lines', `unparsed lines: ${report.skipped.length} line(s) of the report were not understood`, { lines: report.skipped.length })]
    : [];
  const checks = pleaseCheckLines(report);
  if (checks.length)
    warnings.push(
      warning(
        'report-possibly-critical',
        `possibly critical value not read as a result (please check): ${checks.map((s) => `line ${s.line}: ${pleaseCheckLabel(s.check)}`).join('; ')}`,
        { lines: checks.length },
      ),
    );

  // Values read with doubt are marked in the findings text; API clients also get them as one warning with the lines.
  const doubtful = report.results.filter((r) => r.read && r.read.status !== 'ok');
  if (doubtful.length)
    warnings.push(
      warning(
        'report-values-to-check',
        `values to compare with the printed report: ${doubtful
          .map(
            (r) => `line ${r.line}: ${r.nameEn ?? r.name} ${r.read?.printed !== undefined ? `printed "${r.read.printed}"` : r.valueText} (${r.read?.status})`,
          )
          .join('; ')}`,
        { lines: doubtful.length },
      ),
    );

  if (!report.results.some(isAbnormal)) {
    // A value read with doubt and left unflagged is not "within its reference range" (review s21 R1).
    const unjudged = unjudgedResults(report).map((r) => `${displayName(r, report.lang)} ${r.valueText}${r.unit ? ` ${r.unit}` : ''}`);
    const sep = report.lang === 'zh' ? '、' : ', ';
    const positives = report.results
      .filter((r) => r.value === null && r.flag === 'unknown' && isPositiveResult(r.valueText))
      .map((r) => `${displayName(r, report.lang)} ${r.valueText}`);
    // Any line printing a positive word result that gave no result row (skipped, or not taken as a row at all); a
    // sentence ("Samples found reactive are retested") is no row.
    const read = new Set(report.results.map((r) => r.line));
    const positiveUnread = text.split(/\r?\n/).some((line, k) => !read.has(k + 1) && printsPositiveResult(line) && !isProse(line));
    const closing = [
      positives.length ? POSITIVE_NOT_JUDGED[report.lang](positives.join(sep)) : '',
      positiveUnread ? POSITIVE_ROW_UNREAD[report.lang] : '',
      unjudged.length ? NOT_ALL_JUDGED[report.lang](unjudged.join(sep)) : positives.length || positiveUnread ? '' : NOTHING_ABNORMAL[report.lang],
    ]
      .filter(Boolean)
      .join('\n\n');
    const answer = [triage.level !== 'routine' ? triage.message : '', preamble, closing].filter(Boolean).join('\n\n');
    const result: AnswerResult = { mode: 'evidence', answer, citations: [], triage, warnings };
    async function* fixed(): AsyncGenerator<AnswerEvent> {
      yield { type: 'triage', triage };
      yield { type: 'citations', citations: [] };
      yield { type: 'delta', text: answer };
      yield { type: 'done', result };
    }
    return { report, events: fixed() };
  }

  const promptContext = [
    report.lang === 'zh'
      ? '化验结果（标记由参考范围逐项计算得出，不得更改；请先解释异常项，危急值最先）：'
      : 'Lab results (flags were computed from the reference ranges and must not be changed; explain abnormal values first, critical ones first):',
    findings,
  ].join('\n');
  const inner = streamAnswer(reportQuestion(report), {
    ...options,
    triage: () => triage,
    // The question passed on is synthesised from the parsed values, not the user's words: a model second opinion
    // on it would only add latency. The report's own text was triaged above.
    secondOpinion: false,
    // The question is built from the parsed values, not typed by the user: the report's own length limit (the
    // route's) applies, not the chat question limit (a long report made a long question: RAG_QUESTION_TOO_LONG).
    maxQuestionChars: Number.POSITIVE_INFINITY,
    // Several analytes share the prompt: room for a reference passage and an explanation for each.
    maxSources: options.maxSources ?? 8,
    budget: options.budget ?? 2400,
    preamble,
    promptContext,
    extraQueries: reportQueries(report),
    focusTerms: analyteNames(report),
    relevanceQueries: analyteQueries(report),
    extraHits: [...referenceHits(report), ...(options.extraHits ?? [])],
    // Only this report's own reference sections, and no condition of the opposite direction ("低钾血症" for high K).
    hitFilter: options.hitFilter ?? reportHitFilter(report),
  });
  async function* withWarnings(): AsyncGenerator<AnswerEvent> {
    for await (const ev of inner) {
      if (ev.type !== 'done') {
        yield ev;
        continue;
      }
      const result = { ...ev.result, warnings: [...warnings, ...ev.result.warnings] };
      if (result.mode === 'generated') {
        // The explanation follows the findings block; where it contradicts a computed flag, the flag stands.
        const at = result.answer.indexOf(findings);
        const explanation = at >= 0 ? result.answer.slice(at + findings.length) : result.answer;
        const contradictions = findFlagContradictions(explanation, report);
        if (contradictions.length) {
          const names = [...new Set(contradictions.map((c) => c.analyte))].join(', ');
          result.warnings.push(warning('report-flag-contradiction', `explanation contradicts the computed flags for: ${names}`));
          const note = `\n\n${CONTRADICTION_NOTE[report.lang](names)}`;
          result.answer += note;
          yield { type: 'delta', text: note };
        }
      }
      yield { type: 'done', result };
    }
  }
  return { report, events: withWarnings() };
}

export async function interpretReport(text: string, options: InterpretOptions): Promise<ReportInterpretation> {
  const { report, events } = await streamReportInterpretation(text, options);
  for await (const ev of events) if (ev.type === 'done') return { report, answer: ev.result };
  throw new Error('report interpretation ended without a result'); // unreachable
}
