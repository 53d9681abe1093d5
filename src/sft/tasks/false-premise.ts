// False-premise detection: a question built on a perturbed KG fact (a drug of another disease, a wrong
// department, a symptom the disease does not list) → the answer names the false premise and corrects it from
// the KG. One question in three keeps the true fact, so the model also learns not to reject correct premises.
import type { Rng } from '../../core/random.js';
import { kgTriple, type KgDisease } from '../sources/kg.js';
import { listText, variantsOf, type SftTask } from './types.js';

type Kind = 'drug' | 'department' | 'symptom';

const ASK: Record<Kind, { zh: readonly string[]; en: readonly string[] }> = {
  drug: {
    zh: ['听说{x}是治疗{disease}的常用药，我该怎么吃？', '既然{disease}要用{x}来治，我能自己去药店买吗？'],
    en: ['Since {x} is the usual medicine for {disease}, how should I take it?', 'I read that {x} treats {disease}. Can I buy it myself?'],
  },
  department: {
    zh: ['{disease}应该去{x}看，对吧？', '我得了{disease}，挂{x}就行了吧？'],
    en: ['{disease} is handled by {x}, right?'],
  },
  symptom: {
    zh: ['{x}是{disease}的典型症状，我有{x}是不是就得了{disease}？', '{disease}最常见的表现就是{x}吧？'],
    en: ['{x} is a classic symptom of {disease}, so do I have {disease}?'],
  },
};

const pickOther = (rng: Rng, pool: readonly string[], exclude: readonly string[]): string | null => {
  for (let i = 0; i < 8; i++) {
    const c = pool[Math.floor(rng() * pool.length)];
    if (c && !exclude.includes(c)) return c;
  }
  return null;
};

function field(d: KgDisease, kind: Kind): string[] {
  return kind === 'drug' ? d.drugs : kind === 'department' ? d.departments : d.symptoms;
}

const LABEL = { drug: ['常用药物', 'common medicines'], department: ['就诊科室', 'departments'], symptom: ['常见症状', 'common symptoms'] } as const;

function answerZh(d: KgDisease, kind: Kind, x: string, premiseTrue: boolean): string {
  const truth = listText(field(d, kind).slice(0, 6), 'zh');
  if (premiseTrue)
    return `这个说法与疾病知识库一致：${x}属于${d.name}的${LABEL[kind][0]}（${truth}）。${kind === 'drug' ? '但用药仍需医生评估并遵医嘱。' : kind === 'symptom' ? '不过出现该症状并不一定就是这个病，需要就医检查确诊。' : ''}`;
  return `这个前提不准确：根据疾病知识库，${x}并不是${d.name}的${LABEL[kind][0]}。${d.name}的${LABEL[kind][0]}是：${truth}。${kind === 'drug' ? '请不要自行用药，具体治疗请咨询医生。' : '如有疑问请咨询医生。'}`;
}

export const falsePremise: SftTask = {
  name: 'false-premise',
  ability: 'reasoning',
  langs: ['zh', 'en'],
  summary: 'detect and correct a perturbed KG fact in the question (swapped drug, wrong department, wrong symptom)',
  sources: ['disease-kg', 'en-diseases'],
  async *build(ctx) {
    const kg = await ctx.sources.get('disease-kg');
    const pools: Record<Kind, string[]> = { drug: [], department: [], symptom: [] };
    for (const d of kg) for (const k of ['drug', 'department', 'symptom'] as const) pools[k].push(...field(d, k));
    for (const d of kg) {
      for (const kind of ['drug', 'department', 'symptom'] as const) {
        const own = field(d, kind);
        if (!own.length) continue;
        const premiseTrue = ctx.rng() < 1 / 3;
        const x = premiseTrue ? own[Math.floor(ctx.rng() * Math.min(own.length, 6))] : pickOther(ctx.rng, pools[kind], own);
        if (!x) continue;
        yield* variantsOf(ctx, {
          task: falsePremise,
          key: `kg-${d.key}-${kind}`,
          lang: 'zh',
          source: 'disease-kg-zh',
          provenance: { ...kgTriple(d, kind, own), premise: x, premiseTrue, perturbation: premiseTrue ? null : `wrong-${kind}` },
          templates: ASK[kind].zh,
          vars: { disease: d.name, x },
          answer: answerZh(d, kind, x, premiseTrue),
        });
      }
    }
    if (!ctx.sources.has('en-diseases')) return;
    const en = await ctx.sources.get('en-diseases');
    const enPool = { drug: en.flatMap((d) => d.drugs), symptom: en.flatMap((d) => d.symptoms) };
    for (const d of en) {
      for (const kind of ['drug', 'symptom'] as const) {
        const own = kind === 'drug' ? d.drugs : d.symptoms;
        if (!own.length) continue;
        const premiseTrue = ctx.rng() < 1 / 3;
        const x = premiseTrue ? own[Math.floor(ctx.rng() * Math.min(own.length, 6))] : pickOther(ctx.rng, enPool[kind], own);
        if (!x) continue;
        const truth = listText(own.slice(0, 6), 'en');
        const label = LABEL[kind][1];
        const answer = premiseTrue
          ? `That matches the source: ${x} is among the ${label} of ${d.name} (${truth}). ${kind === 'drug' ? 'A prescriber still needs to decide whether and how to use it.' : 'Having this symptom does not by itself mean you have the disease; a clinician needs to assess it.'}`
          : `That premise is not correct: according to the source, ${x} is not among the ${label} of ${d.name}. Its ${label} are: ${truth}. ${kind === 'drug' ? 'Please do not self-medicate; ask a clinician.' : 'Please see a clinician if you are concerned.'}`;
        yield* variantsOf(ctx, {
          task: falsePremise,
          key: `en-${d.row}-${kind}`,
          lang: 'en',
          source: 'chatdoctor-diseases',
          provenance: { file: d.file, row: d.row, triple: [d.name, kind, own], premise: x, premiseTrue, perturbation: premiseTrue ? null : `wrong-${kind}` },
          templates: ASK[kind].en,
          vars: { disease: d.name, x },
          answer,
        });
      }
    }
  },
};
