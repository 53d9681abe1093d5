// The normalise step: html → unicode → boilerplate → whitespace, each switchable in the pipeline file. Dialogues are
// normalised turn by turn and lose trailing courtesy exchanges ("谢谢医生" / "不客气"), counted apart.
import { z } from 'zod';
import { trimCourtesy } from '../dialogue/courtesy.js';
import { withMessages } from '../dialogue/turns.js';
import { bump } from '../stats.js';
import type { Step } from '../step.js';
import { compileBoilerplate, DEFAULT_BOILERPLATE, DEFAULT_SIGNOFFS, removeBoilerplateLines, removeSignoffs } from './boilerplate.js';
import { stripHtml } from './html.js';
import { repairMojibake } from './mojibake.js';
import { normaliseUnicode } from './unicode.js';
import { normaliseWhitespace } from './whitespace.js';

export const normaliseOptions = z
  .object({
    html: z.boolean().default(true),
    /** Re-decode GB18030 text that was mis-decoded as Latin-1 (garbled disease-KG fields). */
    mojibake: z.boolean().default(true),
    nfkc: z.boolean().default(true),
    keepCjkPunctuation: z.boolean().default(true),
    boilerplate: z.union([z.boolean(), z.array(z.string())]).default(true),
    /** Stock sign-off clauses at line ends ("感谢您的咨询…"); whole clauses only, never one with clinical words. */
    signoffs: z.union([z.boolean(), z.array(z.string())]).default(true),
    whitespace: z.boolean().default(true),
    /** Dialogues: trim trailing thank-you / you're-welcome exchanges (counted as courtesy_turns_trimmed). */
    courtesy: z.boolean().default(true),
  })
  .strict();

export type NormaliseOptions = z.output<typeof normaliseOptions>;

/** Normalised text and the boilerplate lines removed (so a test can account for every number that left). */
export function normaliseDetailed(text: string, o: NormaliseOptions, patterns: RegExp[]): { text: string; removedLines: string[] } {
  let t = text;
  let removedLines: string[] = [];
  if (o.mojibake) t = repairMojibake(t);
  if (o.html) t = stripHtml(t);
  if (o.nfkc) t = normaliseUnicode(t, { keepCjkPunctuation: o.keepCjkPunctuation });
  if (o.whitespace) t = normaliseWhitespace(t);
  if (patterns.length) {
    const b = removeBoilerplateLines(t, patterns);
    t = b.text;
    removedLines = b.lines;
  }
  if (o.signoffs !== false) t = removeSignoffs(t, o.signoffs === true ? DEFAULT_SIGNOFFS : o.signoffs);
  if (o.whitespace) t = normaliseWhitespace(t);
  return { text: t, removedLines };
}

export function normaliseText(text: string, o: NormaliseOptions, patterns: RegExp[]): string {
  return normaliseDetailed(text, o, patterns).text;
}

export function createNormaliseStep(o: NormaliseOptions): Step {
  const patterns = o.boilerplate === false ? [] : compileBoilerplate(o.boilerplate === true ? DEFAULT_BOILERPLATE : o.boilerplate);
  return {
    name: 'normalise',
    kind: 'normalise',
    async *run(records, ctx) {
      const st = ctx.stats('normalise');
      for await (const r of records) {
        st.seen++;
        let out: typeof r | null;
        if (r.messages?.length) {
          let messages = r.messages.map((m) => ({ role: m.role, content: normaliseText(m.content, o, patterns) })).filter((m) => m.content);
          let trimmed = 0;
          if (o.courtesy) ({ messages, trimmed } = trimCourtesy(messages));
          if (trimmed) bump(st, 'courtesy_turns_trimmed', trimmed);
          out = withMessages(r, messages);
          if (out && trimmed) out.metadata = { ...out.metadata, courtesyTrimmed: trimmed };
          if (out && out.text === r.text && !trimmed) out = r;
        } else {
          const text = normaliseText(r.text, o, patterns);
          out = text ? (text === r.text ? r : { ...r, text }) : null;
        }
        if (out === null) {
          st.dropped.empty = (st.dropped.empty ?? 0) + 1;
          ctx.reject?.(r, 'normalise', 'empty');
          continue;
        }
        if (out.text !== r.text) st.changed++;
        st.kept++;
        yield out;
      }
    },
  };
}
