// The top-level command groups, their one-line descriptions and how to load each. main.ts lists every group in
// `quarkmed --help` from this table alone and imports only the group a command line names, so `quarkmed --help`
// or `quarkmed safety triage` never load the knowledge base, the server or the data pipeline. Imports nothing.
import type { Command } from 'commander';

export type GroupName = 'serve' | 'kb' | 'ask' | 'report' | 'eval' | 'reward' | 'rl' | 'data' | 'model' | 'safety' | 'recipe' | 'sft';

export interface CommandGroup {
  name: GroupName;
  description: string;
  /** A group may register asynchronously (to import a heavy subcommand only when the command line needs it). */
  load: () => Promise<{ register: (program: Command) => void | Promise<void> }>;
}

export const DESCRIPTIONS: Record<GroupName, string> = {
  serve: 'run the assistant: OpenAI-compatible API (/v1/chat/completions), search, report interpretation and the web app',
  kb: 'medical knowledge base: ingest sources, hybrid search, stats',
  ask: 'answer a medical question with cited sources from the knowledge base (evidence only without a model)',
  report: 'lab reports: flag values against reference ranges and explain them with citations',
  eval: 'benchmark evaluation with the QuarkMed paper protocol (CPQExam official scoring, MedQA, CMExam, …)',
  reward: 'verifiable rewards: the reward service RL trainers call, scoring and stats',
  rl: 'RL data: build, decontaminate, sample, difficulty-filter and export for verl / OpenRLHF',
  data: 'Medical data curation: readers, normalisation, quality filters, de-identification, dedup, tagging, KG synthesis, shards',
  model: 'Model backends and embedders: download, list, test, choose the default',
  safety: 'red-flag triage, PHI redaction and compliance principles',
  recipe: 'training recipes: the four QuarkMed stages as runnable scripts for verl / LLaMA-Factory / OpenRLHF',
  sft: 'training data factory: IFT/SFT tasks from local data, Best-of-N answers, preference pairs, exports, mixture search',
};

const group = (name: GroupName, load: CommandGroup['load']): CommandGroup => ({ name, description: DESCRIPTIONS[name], load });

/** Every top-level group, in the order `quarkmed --help` lists them. */
export const COMMAND_GROUPS: readonly CommandGroup[] = [
  group('serve', () => import('./serve.js')),
  group('kb', () => import('./kb.js')),
  group('ask', () => import('./ask.js')),
  group('report', () => import('./report.js')),
  group('eval', () => import('./eval.js')),
  group('reward', () => import('./reward.js')),
  group('rl', () => import('./rl.js')),
  group('data', () => import('./data.js')),
  group('model', () => import('./model.js')),
  group('safety', () => import('./safety.js')),
  group('recipe', () => import('./recipe.js')),
  group('sft', () => import('./sft.js')),
];
