// Contradictory sources: two passages disagree about one fact — the knowledge base (authority B) and a forum post
// (authority E) carrying a perturbed fact (another disease's department or drug) → the answer names the conflict,
// follows the higher-authority source and cites both. Provenance marks which passage was perturbed.
import { kgTriple, type KgDisease } from '../sources/kg.js';
import { listText, variantsOf, type SftTask } from './types.js';

type Aspect = 'department' | 'drugs';
const FIELD = (d: KgDisease, a: Aspect) => (a === 'department' ? d.departments : d.drugs).slice(0, 4);
const LABEL: Record<Aspect, string> = { department: '就诊科室', drugs: '常用药物' };
const STATE: Record<Aspect, (d: string, xs: string) => string> = {
  department: (d, xs) => `${d}应到${xs}就诊。`,
  drugs: (d, xs) => `${d}的常用药物是${xs}。`,
};
const Q: Record<Aspect, string> = { department: '{disease}应该看哪个科？', drugs: '{disease}常用什么药？' };
const T = [
  '请根据以下两份资料回答问题，资料如有冲突请指出并说明采信哪一份。\n\n{passages}\n\n问题：{question}',
  '{passages}\n\n问题：{question}\n（注意资料之间是否矛盾，并用[n]标注引用）',
];

export const conflictingSources: SftTask = {
  name: 'conflicting-sources',
  ability: 'reasoning',
  group: 'rag',
  langs: ['zh'],
  summary: 'two passages disagree → name the conflict, prefer the higher-authority source, cite both',
  sources: ['disease-kg'],
  async *build(ctx) {
    const kg = await ctx.sources.get('disease-kg');
    for (let i = 0; i < kg.length; i++) {
      const d = kg[i];
      const aspect: Aspect = i % 2 === 0 ? 'department' : 'drugs';
      const truth = FIELD(d, aspect);
      if (!truth.length) continue;
      let wrong: string[] | null = null;
      for (let k = 0; k < 10 && !wrong; k++) {
        const o = FIELD(kg[Math.floor(ctx.rng() * kg.length)], aspect);
        if (o.length && !o.some((x) => truth.includes(x))) wrong = o.slice(0, 2);
      }
      if (!wrong) continue;
      const kb = { title: '疾病知识库（权威等级B）', text: STATE[aspect](d.name, listText(truth, 'zh')) };
      const forum = { title: '网络论坛帖子（权威等级E）', text: `网友分享：${STATE[aspect](d.name, listText(wrong, 'zh'))}` };
      const kbFirst = ctx.rng() < 0.5;
      const [a, b] = kbFirst ? [kb, forum] : [forum, kb];
      const nKb = kbFirst ? 1 : 2;
      const nForum = 3 - nKb;
      const answer = `两份资料的说法不一致：[${nKb}]（疾病知识库，权威性较高）称${STATE[aspect](d.name, listText(truth, 'zh')).replace(/。$/, '')}；而[${nForum}]（网络论坛，权威性较低）称是${listText(wrong, 'zh')}。应以权威性更高的[${nKb}]为准：${d.name}的${LABEL[aspect]}是${listText(truth, 'zh')}[${nKb}]。如仍有疑问，请向医生确认。`;
      yield* variantsOf(ctx, {
        task: conflictingSources,
        key: `kg-${d.key}-${aspect}`,
        lang: 'zh',
        source: 'disease-kg-zh',
        provenance: { ...kgTriple(d, aspect, truth), perturbed: { passage: nForum, claim: wrong } },
        templates: T,
        vars: { passages: `[1] ${a.title}\n${a.text}\n\n[2] ${b.title}\n${b.text}`, question: Q[aspect].replace('{disease}', d.name) },
        answer,
      });
    }
  },
};
