// Small stand-ins for server tests: an in-memory retriever over a few real-looking passages and a
// ServerServices builder that uses the real RAG pipeline. Used until (and beside) the real knowledge base.
import type { Doc, SearchHit } from '../../src/core/types.js';
import type { Retriever, SearchOptions } from '../../src/retrieval/store.js';
import { answerQuestion, streamAnswer } from '../../src/rag/answer-question.js';
import { redactForLog } from '../../src/safety/log-redaction.js';
import { createModelRegistry } from '../../src/server/model-registry.js';
import type { ServerKnowledgeBase, ServerServices } from '../../src/server/services.js';

export const FIXTURE_DOCS: SearchHit[] = [
  {
    id: 'fx:hypertension#0',
    docId: 'fx:hypertension',
    title: 'High Blood Pressure',
    section: 'Treatment',
    source: 'medlineplus',
    authority: 'B',
    lang: 'en',
    score: 0,
    url: 'https://medlineplus.gov/highbloodpressure.html',
    text: 'High blood pressure (hypertension) is treated with lifestyle changes such as less salt, regular exercise and weight loss, and with medicines such as ACE inhibitors, diuretics and calcium channel blockers.',
  },
  {
    id: 'fx:chest-pain#0',
    docId: 'fx:chest-pain',
    title: 'Chest Pain',
    section: 'When to get help',
    source: 'medlineplus',
    authority: 'B',
    lang: 'en',
    score: 0,
    url: 'https://medlineplus.gov/chestpain.html',
    text: 'Chest pain with shortness of breath, sweating or pain spreading to the arm or jaw can be a heart attack. Call emergency services right away.',
  },
  {
    id: 'fx:gaoxueya#0',
    docId: 'fx:gaoxueya',
    title: '高血压',
    section: '治疗',
    source: 'guideline-zh',
    authority: 'A',
    lang: 'zh',
    score: 0,
    text: '高血压的治疗包括生活方式干预（减少钠盐摄入、规律运动、控制体重）和降压药物治疗，如血管紧张素转换酶抑制剂、利尿剂和钙通道阻滞剂。',
  },
  {
    id: 'fx:hemoglobin#0',
    docId: 'fx:hemoglobin',
    title: 'Hemoglobin test',
    section: 'Results',
    source: 'medlineplus',
    authority: 'B',
    lang: 'en',
    score: 0,
    text: 'A low hemoglobin level (anemia) can be caused by iron deficiency, blood loss or chronic disease. Normal hemoglobin for adult men is about 13.5 to 17.5 g/dL.',
  },
];

function terms(s: string): string[] {
  return s.toLowerCase().match(/[a-z]{3,}|\p{Script=Han}/gu) ?? [];
}

export function createFixtureRetriever(docs: SearchHit[] = FIXTURE_DOCS): Retriever & { calls: number } {
  const state = { calls: 0 };
  return {
    get calls() {
      return state.calls;
    },
    async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
      state.calls++;
      const q = new Set(terms(query));
      const order = 'ABCDE';
      return docs
        .filter((d) => !options.lang || d.lang === options.lang)
        .filter((d) => !options.minAuthority || order.indexOf(d.authority) <= order.indexOf(options.minAuthority))
        .map((d) => ({ ...d, score: terms(`${d.title} ${d.text}`).filter((t) => q.has(t)).length }))
        .filter((d) => d.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, options.k ?? 10);
    },
  };
}

/** A knowledge base that keeps ingested docs in memory (admin route tests). */
export function createMemoryKb(): ServerKnowledgeBase & { docs: Doc[]; paths: string[] } {
  const docs: Doc[] = [];
  const paths: string[] = [];
  return {
    docs,
    paths,
    async ingestDocs(input) {
      docs.push(...input);
      return { documents: input.length };
    },
    async ingestPath(path) {
      paths.push(path);
      return { documents: 1 };
    },
    async stats() {
      return { documents: docs.length + FIXTURE_DOCS.length };
    },
  };
}

export async function createFixtureServices(modelSpec = 'none', overrides: Partial<ServerServices> = {}): Promise<ServerServices> {
  const retriever = createFixtureRetriever();
  return {
    retriever,
    kb: createMemoryKb(),
    models: await createModelRegistry({ defaultSpec: modelSpec }),
    answerQuestion: (q, o) => answerQuestion(q, o),
    streamAnswer: (q, o) => streamAnswer(q, o),
    interpretReport: async () => {
      throw new Error('interpretReport not wired in this fixture');
    },
    redactForLog: (v) => redactForLog(v),
    ...overrides,
  };
}

/** Fake upstream behaviour for a RAG server: JSON relevance judgements select passages 1–3; answers cite [1]. */
export function medicalUpstreamReply(body: { messages?: Array<{ role: string; content: string }>; response_format?: unknown }): string {
  const all = (body.messages ?? []).map((m) => m.content).join('\n');
  if (body.response_format || /Output only JSON/.test(all)) return '{"relevant": [1, 2, 3]}';
  const question = body.messages?.at(-1)?.content ?? '';
  const han = (question.match(/\p{Script=Han}/gu) ?? []).length;
  const zh = han > question.length * 0.3;
  if (/hemoglobin|血红蛋白/i.test(question)) {
    return zh
      ? '血红蛋白低于参考范围，提示可能存在贫血 [1]。请就医查明原因 [1]。'
      : 'A hemoglobin below the reference range suggests anemia [1]. Ask your doctor to find the cause, such as iron deficiency [1].';
  }
  if (/chest pain|胸痛/i.test(question)) {
    return zh
      ? '胸痛伴出汗、向左臂放射可能是心脏急症，请立即拨打急救电话 [1]。'
      : 'Chest pain spreading to the arm with sweating can be a heart attack; call emergency services now and do not drive yourself [1].';
  }
  if (zh) return '高血压的治疗包括改变生活方式和药物治疗 [1]。请遵医嘱用药 [1]。';
  return 'High blood pressure is treated with lifestyle changes and medicines [1]. Follow your doctor’s advice on which medicine suits you [1].\n\n**Key points:**\n1. Eat less salt and exercise regularly [1].\n2. Take the medicines your doctor prescribes [1].';
}
