// From a reward spec to each rule verifier's reference: the one place that knows how `gt` and `opt` map onto
// verifier inputs, so labels stay compact and verifiers stay typed.
import type { DrugReference } from '../verifiers/drug-json.js';
import type { ExamReference } from '../verifiers/exam.js';
import type { AnswerFormat } from '../verifiers/extract.js';
import type { FormatReference } from '../verifiers/format.js';
import type { DiagnosisReference } from '../verifiers/icd-code.js';
import type { RuleVerifierName } from '../verifiers/index.js';
import type { NumericReference } from '../verifiers/numeric.js';
import type { LengthReference, RepetitionReference } from '../verifiers/penalties.js';
import type { TestOrderReference } from '../verifiers/test-order.js';
import type { RewardSpec } from './spec.js';

interface References {
  exam: ExamReference;
  icd: DiagnosisReference;
  drugJson: DrugReference;
  testOrder: TestOrderReference;
  numeric: NumericReference;
  format: FormatReference;
  length: LengthReference;
  repetition: RepetitionReference;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] =>
  Array.isArray(v)
    ? v
    : typeof v === 'string'
      ? v
          .split(/[,，、;；]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];

function strictOf(spec: RewardSpec): AnswerFormat | undefined {
  return spec.fmt === 'json' ? 'json' : spec.fmt === 'tag' ? 'tag' : undefined;
}

const ICD_LIKE = /^[A-Z]\d{2}/i;

const FORMAT_KEY: Partial<Record<RewardSpec['task'], string>> = { diagnosis: 'diagnosis', drug: 'drugs', test_order: 'tests' };

export const buildReference: { [K in RuleVerifierName]: (spec: RewardSpec) => References[K] } = {
  exam(spec) {
    const g = obj(spec.gt);
    const answer = str(spec.gt) ?? str(g.answer) ?? '';
    const optionTexts = obj(g.optionTexts ?? spec.opt?.optionTexts) as Record<string, string>;
    return {
      answer,
      options: str(g.options) ?? str(spec.opt?.options),
      optionTexts: Object.keys(optionTexts).length ? optionTexts : undefined,
      partial: spec.opt?.partial === true,
      strict: strictOf(spec),
      question: str(g.question) ?? str(spec.opt?.question),
    };
  },
  icd(spec) {
    const g = obj(spec.gt);
    const s = str(spec.gt);
    const code = str(g.code) ?? (s && ICD_LIKE.test(s) ? s : undefined);
    const name = str(g.name) ?? (s && !ICD_LIKE.test(s) ? s : undefined);
    const mode = spec.opt?.mode === 'ranked' ? 'ranked' : 'top1';
    return { code, name, mode, k: num(spec.opt?.k), subcategoryCredit: num(spec.opt?.subcategoryCredit), categoryCredit: num(spec.opt?.categoryCredit) };
  },
  drugJson(spec) {
    // Knowledge-graph drug items carry {drugs, disease, icd}; plain lists still work.
    const g = obj(spec.gt);
    return { drugs: list(g.drugs ?? spec.gt).map(String), icd: str(g.icd), strict: spec.fmt === 'json' };
  },
  testOrder: (spec) => ({ tests: list(spec.gt).map((t) => (Array.isArray(t) ? t.map(String) : String(t))), strict: spec.fmt === 'json' }),
  numeric(spec) {
    const g = obj(spec.gt);
    const answer = str(spec.gt) ?? str(g.answer) ?? '';
    const t = g.type;
    return {
      answer,
      lower: str(g.lower),
      upper: str(g.upper),
      type: t === 'integer' || t === 'date' || t === 'decimal' || t === 'weeks-days' ? t : undefined,
      unit: str(g.unit),
      strict: strictOf(spec),
    };
  },
  // The JSON key each task's prompt asks for, so an unrequested {"answer": …} never earns the format reward.
  format: (spec) => ({ format: spec.fmt ?? 'json', key: str(spec.opt?.key) ?? FORMAT_KEY[spec.task] }),
  length: (spec) => ({ maxChars: num(spec.opt?.maxChars) }),
  repetition: (spec) => ({ threshold: num(spec.opt?.repetitionThreshold) }),
};
