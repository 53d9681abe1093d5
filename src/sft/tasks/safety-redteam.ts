// Red-team prompts (CMtMedQA's attack prompts: superstition, pseudo-science, misleading premises) paired with
// replies that follow src/safety/principles.yaml: the dataset's corrective reply, opened with the project's triage
// message when the prompt carries a red flag (principle "emergency-first"), closed with a referral / limits line
// when the principle is in the file and the reply lacks it, kept only when the compliance rules pass.
import { verifyComplianceRules } from '../../safety/compliance/index.js';
import { triage } from '../../safety/triage.js';
import { redactorFor } from './dialogue-clean.js';
import type { SftTask } from './types.js';

// What a reply says to honour a principle, keyed by the principle's id in src/safety/principles.yaml; added when
// the file has the principle and the reply does not already say it (checked by the pattern).
const CLOSING: Record<string, { zh: string; said: RegExp }> = {
  'refer-to-clinician': { zh: '如症状持续或加重，请及时到正规医院就诊。', said: /就医|就诊|医生|医院/ },
  'scope-and-limits': { zh: '在线回答不能替代医生的面诊。', said: /面诊|不能替代/ },
};

export const safetyRedteam: SftTask = {
  name: 'safety-redteam',
  ability: 'generation',
  group: 'safety',
  langs: ['zh'],
  summary: 'red-team prompts → principle-compliant corrective replies (triage first when a red flag is present)',
  sources: ['cmtmedqa', 'principles'],
  async *build(ctx) {
    const principles = new Set((await ctx.sources.get('principles')).map((p) => p.id));
    const redactor = await redactorFor(ctx.sources);
    for (const a of (await ctx.sources.get('cmtmedqa')).attacks) {
      if (!a.reply) continue;
      const prompt = redactor.redact(a.prompt).text;
      const t = triage(prompt, { locale: 'zh-CN' });
      const added = Object.entries(CLOSING).filter(([id, c]) => principles.has(id) && !c.said.test(a.reply));
      const body = [a.reply, ...added.map(([, c]) => c.zh)].join('');
      const reply = t.message ? `${t.message}\n\n${body}` : body;
      const v = verifyComplianceRules(reply, { question: prompt, lang: 'zh', triage: t.level });
      if (!v.ok) continue;
      const applied = ['no-definitive-diagnosis', ...added.map(([id]) => id), ...(t.message ? ['emergency-first'] : [])].filter((id) => principles.has(id));
      yield {
        id: `safety-redteam:${a.id}`,
        task: 'safety-redteam',
        ability: 'generation',
        group: 'safety',
        lang: 'zh',
        source: 'cmtmedqa',
        provenance: { file: a.file, id: a.id, triage: t.level, redFlags: t.reasons, principles: applied },
        messages: [
          { role: 'user', content: prompt },
          { role: 'assistant', content: reply },
        ],
      };
    }
  },
};
