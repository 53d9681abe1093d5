// Which task a verl item belongs to when its ground truth is a plain value rather than a QuarkMed reward spec.
// Order: the explicit spec (ground_truth or extra_info.reward_spec / extra_info.task), then a table of known
// dataset names. Never a substring test: "openlifescienceai/medmcqa" contains "open", "openai/gsm8k" too, and
// neither is an open-ended (judge) task. A name the table does not know is an error naming the fixes.
import type { Task } from '../verifiers/types.js';
import { TASKS } from '../verifiers/types.js';

/**
 * Dataset names → task. Keys are lower-case: full Hugging Face ids, their short names, and the families our own
 * exporters write (`quarkmed/<source>`). A short name also matches as the leading token of a split-qualified
 * name ("medqa-us", "cpqexam-dev", "mmlu_medical").
 */
export const KNOWN_DATASETS: Readonly<Record<string, Task>> = {
  // multiple-choice exams
  'openlifescienceai/medmcqa': 'exam',
  medmcqa: 'exam',
  'gbaker/medqa-usmle-4-options': 'exam',
  'bigbio/med_qa': 'exam',
  'jind11/medqa': 'exam',
  medqa: 'exam',
  'fzkuji/cmexam': 'exam',
  cmexam: 'exam',
  cpqexam: 'exam',
  'cais/mmlu': 'exam',
  mmlu: 'exam',
  'haonan-li/cmmlu': 'exam',
  cmmlu: 'exam',
  'tsinghuac3i/medxpertqa': 'exam',
  medxpertqa: 'exam',
  'fremko/medqa': 'exam',
  // numbers
  'ncbi/medcalc-bench-v1.0': 'calc',
  'ncbi/medcalc-bench-v1.2': 'calc',
  medcalc: 'calc',
  'openai/gsm8k': 'calc',
  gsm8k: 'calc',
  // free-text answers a judge compares with the reference
  'freedomintelligence/medical-o1-verifiable-problem': 'open',
  'medical-o1-verifiable-problem': 'open',
  huatuo: 'open',
  // diagnoses from the disease knowledge graph (our exporter's name)
  'disease-kg': 'diagnosis',
};

/** Lower-case, trimmed; verl hands numpy strings over as str already. */
function norm(s: string): string {
  return s.trim().toLowerCase();
}

export interface SourceRoute {
  task: Task;
  /** What decided it: the full id, its last path segment, a leading token, or `quarkmed/<task>`. */
  by: 'id' | 'name' | 'family' | 'quarkmed-task';
}

/** The task for a data_source, or null when no rule names it. Pure; no substring matching anywhere. */
export function routeDataSource(dataSource: string): SourceRoute | null {
  const id = norm(dataSource);
  if (!id) return null;
  const exact = KNOWN_DATASETS[id];
  if (exact) return { task: exact, by: 'id' };
  const slash = id.lastIndexOf('/');
  const name = slash >= 0 ? id.slice(slash + 1) : id;
  // Our exporter writes quarkmed/<source>; `quarkmed/<task>` (e.g. quarkmed/diagnosis) names the task itself.
  if (id.startsWith('quarkmed/') && (TASKS as readonly string[]).includes(name)) return { task: name as Task, by: 'quarkmed-task' };
  const byName = KNOWN_DATASETS[name];
  if (byName) return { task: byName, by: 'name' };
  const lead = name.split(/[-_.:]/, 1)[0];
  const byFamily = lead && lead !== name ? KNOWN_DATASETS[lead] : undefined;
  if (byFamily) return { task: byFamily, by: 'family' };
  return null;
}

/** The explicit task an item carries in extra_info (`reward_spec` is decoded by the caller; `task` is a plain name). */
export function explicitTask(extraInfo: unknown): Task | null {
  if (!extraInfo || typeof extraInfo !== 'object') return null;
  const t = (extraInfo as Record<string, unknown>).task;
  return typeof t === 'string' && (TASKS as readonly string[]).includes(t) ? (t as Task) : null;
}
