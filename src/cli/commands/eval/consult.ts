// `quarkmed eval run --bench consult`: the consultation benchmark (src/eval/consult). Patient simulator and judge
// are any model spec (scripted patient and no rubric scores without them); the assistant's final answer comes
// from the knowledge base (--db) and the model (--model), or is left out when no knowledge base is given.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../../../rag/answer-question.js';
import { loadRedFlagSource, resolveRedFlagSource } from '../../../consult/kb-source.js';
import { loadConsultCases } from '../../../eval/consult/cases.js';
import { modelJudge, modelPatient, scriptedPatient } from '../../../eval/consult/roles.js';
import { type AssistantAnswer, consultReportMarkdown, runConsultBench } from '../../../eval/consult/run-consult.js';
import { openEvalKnowledgeBase } from '../../../eval/model-setup.js';
import { evalErrors } from '../../../eval/errors.js';
import type { ChatBackend, ChatMessage } from '../../../models/backend.js';
import { createBackend, resolveModelSpec } from '../../../models/create-backend.js';
import type { KnowledgeBase } from '../../../retrieval/knowledge-base.js';
import { triage } from '../../../safety/triage.js';
import { printJson } from '../../action.js';

export interface ConsultFlags {
  data?: string;
  out: string;
  model?: string;
  db?: string;
  judge?: string;
  simulator?: string;
  /** Knowledge base file or raw folder the consultation's case model reads (else $QUARKMED_RED_FLAGS_KB, else --db, else
   *  $QUARKMED_HOME/kb.sqlite when it exists; none: written knowledge only). */
  redFlagsKb?: string;
  /** --no-red-flags-kb: the written knowledge only (commander sets redFlagsKb to false). */
  noRedFlagsKb?: boolean;
  limit?: number;
  json?: boolean;
}

export async function runConsultCommand(flags: ConsultFlags): Promise<void> {
  if (!flags.data) throw evalErrors.EVAL_NO_DATA({ bench: 'consult', looked: '(no --data: pass a consultation cases JSONL file)' });
  const cases = loadConsultCases(flags.data).slice(0, flags.limit ?? Number.POSITIVE_INFINITY);
  const source = resolveRedFlagSource({
    off: flags.noRedFlagsKb || (flags.redFlagsKb as unknown) === false,
    source: typeof flags.redFlagsKb === 'string' ? flags.redFlagsKb : undefined,
    answersDb: flags.db,
  });
  const kbRedFlags = loadRedFlagSource(source, (x, lang) => triage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' }));
  process.stderr.write(
    `consult red flags: ${source && kbRedFlags ? `${kbRedFlags.size} disease pages from ${source.path} (${source.by})` : 'written knowledge only'}\n`,
  );
  const backends: ChatBackend[] = [];
  const open = async (spec: string) => {
    const b = await createBackend(resolveModelSpec(spec));
    if (!b) throw evalErrors.EVAL_MODEL_UNAVAILABLE({ spec, reason: 'evidence mode ("none") cannot play this role' });
    backends.push(b);
    return b;
  };
  let kb: KnowledgeBase | undefined;
  try {
    const patient = flags.simulator ? modelPatient(await open(flags.simulator)) : scriptedPatient;
    const judge = flags.judge ? modelJudge(await open(flags.judge)) : undefined;
    const answerBackend = flags.model ? await createBackend(resolveModelSpec(flags.model)) : null;
    if (answerBackend) backends.push(answerBackend);
    kb = flags.db ? await openEvalKnowledgeBase(flags.db) : undefined;
    const retriever = kb;
    const answer = async (query: string, history: ChatMessage[]): Promise<AssistantAnswer> => {
      if (!retriever) return { text: '(no knowledge base given: pass --db to include the cited answer)', citations: 0 };
      const r = await answerQuestion(query, { retriever, backend: answerBackend, history });
      return { text: r.answer, citations: r.citations.length };
    };
    const report = await runConsultBench(cases, { patient, judge, answer, kbRedFlags });
    mkdirSync(flags.out, { recursive: true });
    const { results, ...summary } = report;
    writeFileSync(join(flags.out, 'report.json'), `${JSON.stringify(summary, null, 2)}\n`);
    writeFileSync(join(flags.out, 'report.md'), consultReportMarkdown(report));
    writeFileSync(join(flags.out, 'dialogues.jsonl'), `${results.map((r) => JSON.stringify(r)).join('\n')}\n`);
    if (flags.json) printJson(summary);
    else process.stdout.write(consultReportMarkdown(report));
  } finally {
    await kb?.close();
    for (const b of backends) await b.close();
  }
}
