// The normalise step: html → unicode → boilerplate → whitespace, each switchable in the pipeline file.
import { z } from 'zod';
import { defineMap, type Step } from '../step.js';
import { compileBoilerplate, DEFAULT_BOILERPLATE, DEFAULT_SIGNOFFS, removeBoilerplateLines, removeSignoffs } from './boilerplate.js';
import { stripHtml } from './html.js';
import { normaliseUnicode } from './unicode.js';
import { normaliseWhitespace } from './whitespace.js';

export const normaliseOptions = z
  .object({
    html: z.boolean().default(true),
    nfkc: z.boolean().default(true),
    keepCjkPunctuation: z.boolean().default(true),
    boilerplate: z.union([z.boolean(), z.array(z.string())]).default(true),
    /** Stock sign-off sentences at line ends ("感谢您的咨询…"). */
    signoffs: z.union([z.boolean(), z.array(z.string())]).default(true),
    whitespace: z.boolean().default(true),
  })
  .strict();

export type NormaliseOptions = z.output<typeof normaliseOptions>;

export function normaliseText(text: string, o: NormaliseOptions, patterns: RegExp[]): string {
  let t = text;
  if (o.html) t = stripHtml(t);
  if (o.nfkc) t = normaliseUnicode(t, { keepCjkPunctuation: o.keepCjkPunctuation });
  if (o.whitespace) t = normaliseWhitespace(t);
  if (patterns.length) t = removeBoilerplateLines(t, patterns).text;
  if (o.signoffs !== false) t = removeSignoffs(t, o.signoffs === true ? DEFAULT_SIGNOFFS : o.signoffs);
  if (o.whitespace) t = normaliseWhitespace(t);
  return t;
}

export function createNormaliseStep(o: NormaliseOptions): Step {
  const patterns = o.boilerplate === false ? [] : compileBoilerplate(o.boilerplate === true ? DEFAULT_BOILERPLATE : o.boilerplate);
  return defineMap('normalise', 'normalise', (r) => {
    const text = normaliseText(r.text, o, patterns);
    return text ? (text === r.text ? r : { ...r, text }) : null;
  });
}
