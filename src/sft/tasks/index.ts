// The task registry: `sft build --tasks` and the README list tasks from here. Adding a task = one file + one line.
import { defineRegistry } from '../../core/registry.js';
import { conflictingSources } from './conflicting-sources.js';
import { consultationMultiturn } from './consultation-multiturn.js';
import { consultationSingle } from './consultation-single.js';
import { diseaseOverview } from './disease-overview.js';
import { drugSpelling } from './drug-spelling.js';
import { examReasoning } from './exam-reasoning.js';
import { falsePremise } from './false-premise.js';
import { icdCoding } from './icd-coding.js';
import { kgCauses } from './kg-causes.js';
import { kgComplications } from './kg-complications.js';
import { kgDepartment } from './kg-department.js';
import { kgDiet } from './kg-diet.js';
import { kgDrugs } from './kg-drugs.js';
import { kgPopulationCaution } from './kg-population-caution.js';
import { kgPrevention } from './kg-prevention.js';
import { kgPrognosis } from './kg-prognosis.js';
import { kgSusceptible } from './kg-susceptible.js';
import { kgSymptoms } from './kg-symptoms.js';
import { kgTests } from './kg-tests.js';
import { medcalcFormula } from './medcalc-formula.js';
import { medquadQa } from './medquad-qa.js';
import { ragNoise } from './rag-noise.js';
import { relevanceExtraction } from './relevance-extraction.js';
import { safetyRedteam } from './safety-redteam.js';
import { termClinicalToLay } from './term-clinical-to-lay.js';
import { termLayToClinical } from './term-lay-to-clinical.js';
import { termRelation } from './term-relation.js';
import { triageReply } from './triage-reply.js';
import type { SftTask } from './types.js';

const ALL = {
  'kg-symptoms': kgSymptoms,
  'kg-causes': kgCauses,
  'kg-drugs': kgDrugs,
  'kg-tests': kgTests,
  'kg-department': kgDepartment,
  'kg-complications': kgComplications,
  'kg-diet': kgDiet,
  'kg-prevention': kgPrevention,
  'kg-susceptible': kgSusceptible,
  'kg-prognosis': kgPrognosis,
  'kg-population-caution': kgPopulationCaution,
  'disease-overview': diseaseOverview,
  'false-premise': falsePremise,
  'icd-coding': icdCoding,
  'term-lay-to-clinical': termLayToClinical,
  'term-clinical-to-lay': termClinicalToLay,
  'term-relation': termRelation,
  'drug-spelling': drugSpelling,
  'exam-reasoning': examReasoning,
  'medcalc-formula': medcalcFormula,
  'medquad-qa': medquadQa,
  'rag-noise': ragNoise,
  'relevance-extraction': relevanceExtraction,
  'conflicting-sources': conflictingSources,
  'consultation-multiturn': consultationMultiturn,
  'consultation-single': consultationSingle,
  'safety-redteam': safetyRedteam,
  'triage-reply': triageReply,
} satisfies Record<string, SftTask>;

export type TaskName = keyof typeof ALL;
export const sftTasks = defineRegistry<TaskName, SftTask>('SFT task', ALL);

for (const [name, t] of Object.entries(ALL)) if (t.name !== name) throw new Error(`task registered as "${name}" calls itself "${t.name}"`);
