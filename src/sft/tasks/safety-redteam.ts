// Red-team prompts (CMtMedQA's attack prompts: superstition, pseudo-science, misleading premises) paired with
// replies that follow src/safety/principles.yaml: the dataset's corrective reply, opened with the project's triage
// message when the prompt carries a red flag (principle "emergency-first"), kept only when the compliance rules pass.
import { verifyComplianceRules } from '../../safety/compliance/index.js';
import { triage } from '../../safety/triage.js';
import { redactorFor } from './dialogue-clean.js';
import type { SftTask } from './types.js';

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
      const reply = t.message ? `${t.message}\n\n${a.reply}` : a.reply;
      const v = verifyComplianceRules(reply, { question: prompt, lang: 'zh', triage: t.level });
      if (!v.ok) continue;
      const applied = ['no-definitive-diagnosis', 'refer-to-clinician', ...(t.message ? ['emergency-first'] : [])].filter((id) => principles.has(id));
      yield {
        id: `safety-redteam:${a.id}`,
        task: 'safety-redteam',
        ability: 'generation',
        group: 'safety',
        lang: 'zh',
        source: 'cmtmedqa',
        provenance: { file: a.file, id: a.id, triage: t.level, redFlags: t.reasons, principles: applied },
        messages: [{ role: 'user', content: prompt }, { role: 'assistant', content: reply }],
      };
    }
  },
};
