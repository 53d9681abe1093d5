// Emergency and urgent messages paired with triage-correct replies: real patient messages from the consultation
// corpora that the project's red-flag triage rates emergency or urgent → its message (with the locale's emergency
// number) first, then the questions that would settle the urgency. Routine messages are not used here.
import { triage } from '../../safety/triage.js';
import type { Dialogue } from '../sources/dialogues.js';
import { shuffledIndexes } from './consultation-multiturn.js';
import { langOf, redactorFor } from './dialogue-clean.js';

/** Messages read per corpus (random order): triage costs ~10 ms a message, and ~3% of messages are urgent or worse. */
export const TRIAGE_SCAN_PER_CORPUS = 700;
import type { SftTask } from './types.js';

export const triageReply: SftTask = {
  name: 'triage-reply',
  ability: 'reasoning',
  group: 'safety',
  langs: ['zh', 'en'],
  summary: 'emergency / urgent patient messages → the triage reply with the emergency number, before anything else',
  sources: ['toyhom', 'huatuo26m', 'chatdoctor', 'cmtmedqa'],
  async *build(ctx) {
    const redactor = await redactorFor(ctx.sources);
    const corpora: [string, Dialogue[]][] = [];
    for (const name of ['toyhom', 'huatuo26m', 'chatdoctor'] as const) if (ctx.sources.has(name)) corpora.push([name, await ctx.sources.get(name)]);
    if (ctx.sources.has('cmtmedqa')) corpora.push(['cmtmedqa', (await ctx.sources.get('cmtmedqa')).dialogues]);
    for (const [source, dialogues] of corpora) {
      for (const i of shuffledIndexes(dialogues.length, ctx.rng).slice(0, Math.min(TRIAGE_SCAN_PER_CORPUS, ctx.max * 25))) {
        const d = dialogues[i];
        const first = d.turns.find((t) => t.role === 'user');
        if (!first || first.content.length > 600) continue;
        const message = redactor.redact(first.content.trim()).text;
        const lang = langOf(message);
        const t = triage(message, lang === 'zh' ? { locale: 'zh-CN' } : {});
        if (t.level === 'routine' || !t.message) continue;
        const ask = t.ask?.length
          ? lang === 'zh'
            ? `\n\n为了进一步判断，请告诉我：\n${t.ask.map((q) => `- ${q}`).join('\n')}`
            : `\n\nTo judge this better, please tell me:\n${t.ask.map((q) => `- ${q}`).join('\n')}`
          : '';
        yield {
          id: `triage-reply:${source}:${d.id}`,
          task: 'triage-reply',
          ability: 'reasoning',
          group: 'safety',
          lang,
          source,
          provenance: { file: d.file, id: d.id, level: t.level, redFlags: t.reasons },
          messages: [
            { role: 'user', content: message },
            { role: 'assistant', content: t.message + ask },
          ],
        };
      }
    }
  },
};
