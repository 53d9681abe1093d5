// The labelled data the learned triage reader is trained on, in groups (one group per writer or batch), so that
// held-out figures can leave a whole writer out: the compositional generator's corpus (corpus/generated-*.jsonl,
// rebuilt from generate.ts), the hand-written seeds, the sets written by independent clinician-writers for training
// (corpus/written-*.jsonl), the project's regression vignettes, and the blind batches whose first-sight scores are
// already recorded (bench/blind/triage-e … -o; in-sample now). Batches not yet scored (triage-p, triage-q) are never
// listed here. Training-time only: nothing at run time imports this module.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadVignettes } from '../triage-eval.js';
import type { TriageLevel } from '../types.js';
import { generateCorpus } from './corpus/generate.js';
import type { CorpusMessage } from './corpus/scenario.js';

export const CORPUS_SEED = 19;
export const PER_LANG = 6500;

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export type GroupKind = 'generated' | 'seed' | 'written' | 'vignettes' | 'blind';

export interface LabelledMessage {
  id: string;
  lang: 'zh' | 'en';
  level: TriageLevel;
  text: string;
  /** One writer or batch: "generated", "seeds", "written-a", "triage-e", "vignettes-heldout"… */
  group: string;
  kind: GroupKind;
  /**
   * A current suicide or self-harm risk (the second head of the reader: the crisis line). From the writer's own
   * category/red-flag label (suicide, self-harm, intentional overdose) or the generator's mental-health frames, and only
   * when the message needs care now (a routine look-alike, e.g. how to ask a friend about suicide, is no risk).
   */
  selfHarm: boolean;
}

const SELF_HARM_LABEL = /suicid|self-?harm|intentional/i;

/** Sets written by people (each group is one writer or one batch). Paths relative to this file. */
export const WRITTEN_GROUPS: readonly { group: string; kind: GroupKind; path: string }[] = [
  { group: 'written-a', kind: 'written', path: './corpus/written-a.jsonl' },
  { group: 'written-b', kind: 'written', path: './corpus/written-b.jsonl' },
  { group: 'written-c', kind: 'written', path: './corpus/written-c.jsonl' },
  { group: 'vignettes', kind: 'vignettes', path: '../vignettes.jsonl' },
  { group: 'vignettes-heldout', kind: 'vignettes', path: '../vignettes-heldout.jsonl' },
  { group: 'vignettes-blind-c', kind: 'vignettes', path: '../vignettes-blind-c.jsonl' },
  { group: 'vignettes-blind-d', kind: 'vignettes', path: '../vignettes-blind-d.jsonl' },
  ...['e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's'].map((x) => ({
    group: `triage-${x}`,
    kind: 'blind' as const,
    path: `../../../bench/blind/triage-${x}.jsonl`,
  })),
];

/** Never trained on: sealed batches still to be scored at first sight. */
export const NEVER_TRAIN: ReadonlySet<string> = new Set<string>([]);

export function loadSeeds(): CorpusMessage[] {
  return readFileSync(here('./corpus/seeds.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const m = JSON.parse(l) as CorpusMessage;
      if (!m.text || !['emergency', 'urgent', 'routine'].includes(m.level))
        throw new Error(`corpus/seeds.jsonl:${i + 1}: needs text and level emergency|urgent|routine`);
      return m;
    });
}

function loadGroup(g: (typeof WRITTEN_GROUPS)[number]): LabelledMessage[] {
  const path = here(g.path);
  // A written training set that has not arrived yet is skipped; the blind batches and vignettes must exist.
  if (!existsSync(path)) {
    if (g.kind === 'written') return [];
    throw new Error(`triage dataset: ${g.group} not found at ${path}`);
  }
  return loadVignettes(path).map((v) => ({
    id: `${g.group}:${v.id}`,
    lang: v.lang,
    level: v.expected,
    text: v.text,
    group: g.group,
    kind: g.kind,
    selfHarm: v.expected !== 'routine' && (SELF_HARM_LABEL.test(v.category) || SELF_HARM_LABEL.test(v.redFlag ?? '')),
  }));
}

const fromCorpus = (m: CorpusMessage) => ({
  id: m.id,
  lang: m.lang,
  level: m.level,
  text: m.text,
  selfHarm: m.presentation === 'mentalHealth' && m.level !== 'routine',
});

export interface Dataset {
  generated: CorpusMessage[];
  messages: LabelledMessage[];
}

/** Everything the reader trains on, deterministic: same files, same seed, same order. */
export function loadDataset(): Dataset {
  const generated = generateCorpus({ seed: CORPUS_SEED, perLang: PER_LANG });
  const messages: LabelledMessage[] = [
    ...generated.map((m) => ({ ...fromCorpus(m), group: 'generated', kind: 'generated' as const })),
    ...loadSeeds().map((m) => ({ ...fromCorpus(m), group: 'seeds', kind: 'seed' as const })),
    ...WRITTEN_GROUPS.filter((g) => !NEVER_TRAIN.has(g.group)).flatMap(loadGroup),
  ];
  return { generated, messages };
}
