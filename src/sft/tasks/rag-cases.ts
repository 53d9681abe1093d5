// Retrieval cases for the RAG tasks: a question, the passages that answer it and same-kind passages about other
// diseases (hard distractors), shuffled and numbered as the RAG prompt numbers them. Chinese cases come from the
// disease KG, English ones from MedQuAD (distractors share the question type).
import { type Rng, shuffle } from '../../core/random.js';
import type { SampleLang } from '../sample.js';
import type { SourceBank } from '../sources/bank.js';
import type { KgDisease } from '../sources/kg.js';
import { clip } from './medquad-qa.js';
import { listText, type SftTask, type TaskContext, variantsOf } from './types.js';
import type { SftSample } from '../sample.js';

export interface Passage {
  title: string;
  text: string;
  relevant: boolean;
  /** Provenance of the passage (KG record key or MedQuAD id). */
  ref: string;
}

export interface RagCase {
  key: string;
  lang: SampleLang;
  source: string;
  question: string;
  passages: Passage[];
  /** The answer's content before citation markers are added: one statement per relevant passage. */
  statements: string[];
}

type Aspect = 'symptoms' | 'drugs' | 'tests' | 'complications';
const ASPECTS: Aspect[] = ['symptoms', 'drugs', 'tests', 'complications'];
const ZH_Q: Record<Aspect, string> = {
  symptoms: '{d}有哪些症状？',
  drugs: '{d}常用什么药？',
  tests: '{d}需要做哪些检查？',
  complications: '{d}会引起哪些并发症？',
};
const ZH_LABEL: Record<Aspect, string> = { symptoms: '常见症状', drugs: '常用药物', tests: '常用检查', complications: '可能的并发症' };

const kgList = (d: KgDisease, a: Aspect): string[] =>
  (a === 'symptoms' ? d.symptoms : a === 'drugs' ? d.drugs : a === 'tests' ? d.tests : d.complications).slice(0, 6);
const kgPassage = (d: KgDisease, a: Aspect, relevant: boolean): Passage => ({
  title: `疾病知识库：${d.name}`,
  text: `${d.name}的${ZH_LABEL[a]}有：${listText(kgList(d, a), 'zh')}。`,
  relevant,
  ref: `disease-kg:${d.key}`,
});

export async function* ragCases(bank: SourceBank, rng: Rng): AsyncGenerator<RagCase> {
  if (bank.has('disease-kg')) {
    const kg = (await bank.get('disease-kg')).filter((d) => d.desc);
    for (let i = 0; i < kg.length; i++) {
      const d = kg[i];
      const aspect = ASPECTS[i % ASPECTS.length];
      if (!kgList(d, aspect).length) continue;
      const passages: Passage[] = [kgPassage(d, aspect, true)];
      const statements = [`${d.name}的${ZH_LABEL[aspect]}包括${listText(kgList(d, aspect), 'zh')}`];
      // Half the cases carry a second relevant passage (the disease's own description).
      if (rng() < 0.5) {
        const lead = d.desc.split(/(?<=。)/)[0].trim();
        if (lead.length >= 10 && lead.length <= 200) {
          passages.push({ title: `疾病知识库：${d.name}`, text: lead, relevant: true, ref: `disease-kg:${d.key}:desc` });
          statements.push(lead.replace(/。$/, ''));
        }
      }
      for (let k = 0; passages.length < 5 && k < 20; k++) {
        const o = kg[Math.floor(rng() * kg.length)];
        if (o.name !== d.name && kgList(o, aspect).length && !passages.some((p) => p.ref === `disease-kg:${o.key}`)) passages.push(kgPassage(o, aspect, false));
      }
      yield {
        key: `kg-${d.key}`,
        lang: 'zh',
        source: 'disease-kg-zh',
        question: ZH_Q[aspect].replace('{d}', d.name),
        passages: shuffle(passages, rng),
        statements,
      };
    }
  }
  if (bank.has('medquad')) {
    const pairs = await bank.get('medquad');
    const byType = new Map<string, number[]>();
    pairs.forEach((p, i) => {
      const list = byType.get(p.qtype);
      if (list) list.push(i);
      else byType.set(p.qtype, [i]);
    });
    for (const p of pairs) {
      const pool = byType.get(p.qtype) ?? [];
      if (pool.length < 5 || p.answer.length < 80) continue;
      const passages: Passage[] = [{ title: `${p.focus} (NIH)`, text: clip(p.answer, 600), relevant: true, ref: p.id }];
      for (let k = 0; passages.length < 4 && k < 20; k++) {
        const o = pairs[pool[Math.floor(rng() * pool.length)]];
        if (o.focus !== p.focus && !passages.some((x) => x.ref === o.id))
          passages.push({ title: `${o.focus} (NIH)`, text: clip(o.answer, 600), relevant: false, ref: o.id });
      }
      yield {
        key: p.id,
        lang: 'en',
        source: 'medquad',
        question: p.question,
        passages: shuffle(passages, rng),
        statements: [clip(p.answer, 300).replace(/\.$/, '')],
      };
    }
  }
}

/** The numbered passage block of a RAG prompt. */
export function passageBlock(c: RagCase): string {
  return c.passages.map((p, i) => `[${i + 1}] ${p.title}\n${p.text}`).join('\n\n');
}

/** 1-based numbers of the relevant passages, in order. */
export const relevantNumbers = (c: RagCase): number[] => c.passages.flatMap((p, i) => (p.relevant ? [i + 1] : []));

/** The samples of a task over the retrieval cases: the case's numbered passages and question fill the task's
 *  templates, `answer` writes the reply from the case and its relevant passages' numbers. */
export async function* ragCaseSamples(
  ctx: TaskContext,
  task: SftTask,
  templates: Record<'zh' | 'en', readonly string[]>,
  answer: (c: RagCase, relevant: number[]) => string,
): AsyncGenerator<SftSample> {
  for await (const c of ragCases(ctx.sources, ctx.rng)) {
    const nums = relevantNumbers(c);
    yield* variantsOf(ctx, {
      task,
      key: c.key,
      lang: c.lang,
      source: c.source,
      provenance: { passages: c.passages.map((p) => p.ref), relevant: nums },
      templates: templates[c.lang],
      vars: { passages: passageBlock(c), question: c.question },
      answer: answer(c, nums),
    });
  }
}
