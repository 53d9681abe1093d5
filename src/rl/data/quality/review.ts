// Expert review of doubted labels. `export` writes the items a reviewer should see — excluded, corrected or
// flagged by a check or a model — as JSONL or CSV with the evidence (prompt, label, flags, corrections, source
// fields). Reviewers fill in `decision` (accept | reject | correct), `corrected_label` (JSON, for correct),
// `reviewer` and `note`; `import` validates that file into review records, and `rl build --reviews` applies them
// as the last quality check: the decision and the reviewer become part of the item's provenance.
import type { RlItem } from '../item.js';
import { qualityOf, withCorrection, withFlag, type QualityCheck } from './types.js';

export type { QualityCheck };

export const REVIEW_DECISIONS = ['accept', 'reject', 'correct'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export interface ReviewRecord {
  id: string;
  decision: ReviewDecision;
  /** The reviewer's label, for `correct`. */
  label?: unknown;
  reviewer: string;
  note?: string;
  at: string;
}

export interface ReviewRow {
  id: string;
  task: string;
  source: string;
  confidence: number;
  reasons: string;
  prompt: string;
  label: string;
  evidence: string;
  decision: string;
  corrected_label: string;
  reviewer: string;
  note: string;
}

const EVIDENCE_KEYS = ['disease', 'symptoms', 'presentation', 'mappedVia', 'calculator', 'entities', 'explanation', 'file', 'key', 'options'];

/** Items worth an expert's time: low confidence, corrected, or flagged by any check below full confidence. */
export function needsReview(item: RlItem): boolean {
  const q = qualityOf(item);
  return q.corrections.length > 0 || q.flags.some((f) => f.factor < 1 || f.code === 'model-disagrees');
}

export function reviewRow(item: RlItem): ReviewRow {
  const q = qualityOf(item);
  const evidence: Record<string, unknown> = {};
  for (const k of EVIDENCE_KEYS) if (item.meta[k] !== undefined) evidence[k] = item.meta[k];
  if (q.corrections.length) evidence.corrections = q.corrections;
  return {
    id: item.id,
    task: item.task,
    source: item.source,
    confidence: q.confidence,
    reasons: q.flags.map((f) => `${f.code}${f.detail ? `: ${f.detail}` : ''}`).join(' | '),
    prompt: item.prompt.map((m) => m.content).join('\n'),
    label: JSON.stringify(item.ground_truth),
    evidence: JSON.stringify(evidence),
    decision: '',
    corrected_label: '',
    reviewer: '',
    note: '',
  };
}

const CSV_COLUMNS: (keyof ReviewRow)[] = [
  'id',
  'task',
  'source',
  'confidence',
  'reasons',
  'prompt',
  'label',
  'evidence',
  'decision',
  'corrected_label',
  'reviewer',
  'note',
];

function csvCell(v: unknown): string {
  const s = String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function rowsToCsv(rows: readonly ReviewRow[]): string {
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

/** Parse CSV (RFC 4180 quoting) into objects keyed by the header. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.some((c) => c.trim()));
  return body.map((r) => Object.fromEntries((header ?? []).map((h, i) => [h.trim(), r[i] ?? ''])));
}

/** Validate reviewers' rows (from JSONL or CSV) into records; rows left undecided are skipped, bad ones named. */
export function reviewRecords(
  rows: readonly Record<string, unknown>[],
  where: string,
  at = new Date().toISOString(),
): { records: ReviewRecord[]; undecided: number } {
  const records: ReviewRecord[] = [];
  let undecided = 0;
  rows.forEach((r, i) => {
    const line = `${where} row ${i + 1}`;
    const decision = String(r.decision ?? '')
      .trim()
      .toLowerCase();
    if (!decision) {
      undecided++;
      return;
    }
    const id = String(r.id ?? '').trim();
    if (!id) throw new Error(`${line}: no id`);
    if (!(REVIEW_DECISIONS as readonly string[]).includes(decision))
      throw new Error(`${line} (${id}): decision "${decision}" is not one of ${REVIEW_DECISIONS.join(', ')}`);
    const reviewer = String(r.reviewer ?? '').trim();
    if (!reviewer) throw new Error(`${line} (${id}): reviewer is required (who made the decision is part of the provenance)`);
    const rec: ReviewRecord = { id, decision: decision as ReviewDecision, reviewer, at };
    if (r.note) rec.note = String(r.note);
    if (decision === 'correct') {
      const raw = r.corrected_label;
      if (raw === undefined || raw === '') throw new Error(`${line} (${id}): decision "correct" needs corrected_label (the label as JSON)`);
      try {
        rec.label = typeof raw === 'string' ? JSON.parse(raw) : raw;
      } catch {
        throw new Error(`${line} (${id}): corrected_label is not JSON: ${String(raw).slice(0, 80)}`);
      }
    }
    records.push(rec);
  });
  return { records, undecided };
}

/** The last quality check: reviewers' decisions override the automatic confidence, with provenance. */
export function reviewCheck(records: readonly ReviewRecord[]): QualityCheck {
  const byId = new Map(records.map((r) => [r.id, r]));
  return {
    name: 'expert-review',
    run: (items) =>
      items.map((item) => {
        const r = byId.get(item.id);
        if (!r) return item;
        const who = `${r.reviewer}${r.note ? ` (${r.note})` : ''}`;
        if (r.decision === 'reject') return withFlag(item, 'review-rejected', 0, who);
        let out = r.decision === 'correct' ? withCorrection(item, r.label, `reviewer:${r.reviewer}`, r.note ?? 'expert correction') : item;
        // Expert-verified: confidence back to 1 whatever the automatic checks thought.
        out = withFlag(out, r.decision === 'correct' ? 'review-corrected' : 'review-accepted', 1, who);
        return { ...out, meta: { ...out.meta, quality: { ...qualityOf(out), confidence: 1 }, review: r } };
      }),
  };
}
