// The written forms of a substance's name, generated from its base form instead of listed one at a time: people write
// "liquid nicotine" and "nicotine liquid", "juice from the vape", "drain-cleaner", "drain cleaners", "tiger balm" and
// "tigerbalm". A table lists each name once (its base form); every reader matches the forms made here, so a word order
// or a plural is never a new row (review s19 S5/S6: "liquid nicotine" missed while "nicotine liquid" was listed). Pure.

/** The product form a name ends in: what the substance comes as. A name "<agent> <form>" is also written
 *  "<form> of/with/from <agent>" and "<agent>-based <form>". */
const FORM_NOUNS = new Set([
  'liquid',
  'juice',
  'oil',
  'pod',
  'pods',
  'tablet',
  'tablets',
  'pill',
  'pills',
  'capsule',
  'patch',
  'pouch',
  'spray',
  'cleaner',
  'opener',
  'powder',
  'drops',
  'syrup',
  'solution',
  'strip',
  'film',
  'gel',
  'fluid',
  'remover',
  'gum',
  'lozenge',
  'bar',
  'cartridge',
  'refill',
  'concentrate',
  'bleach',
  'tabs',
  'tab',
  'wash',
  'acid',
]);

const PLAIN = /^[a-z0-9][a-z0-9 .'-]*$/i;
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One word with its plural and possessive forms ("pod" → "pods?", "berry" → "berr(?:y|ies)"). */
function wordForms(w: string): string {
  const e = esc(w).replace(/'/g, "'?");
  if (/[^aeiou]y$/i.test(w)) return `${e.slice(0, -1)}(?:y|ies)`;
  if (/(?:s|x|ch|sh)$/i.test(w)) return `${e}(?:es)?`;
  return `${e}s?`;
}

/** Words joined by a space, a hyphen or nothing ("drain cleaner", "drain-cleaner", "draincleaner"). */
const joined = (words: readonly string[]): string => words.map((w, i) => (i === words.length - 1 ? wordForms(w) : esc(w).replace(/'/g, "'?"))).join('[- ]?');

/** A regex fragment (no flags, no word boundaries) for every written form of a name. A name that is already a regex
 *  fragment (it holds regex syntax) is returned as it is: the table's author wrote its forms. */
export function enNameForms(name: string): string {
  if (!PLAIN.test(name)) return name;
  const words = name.trim().split(/[ -]+/);
  const forms = [joined(words)];
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (words.length >= 2 && FORM_NOUNS.has(last)) {
    const agent = words
      .slice(0, -1)
      .map((w) => esc(w).replace(/'/g, "'?"))
      .join('[- ]?');
    const form = wordForms(words.at(-1) ?? '');
    // "liquid nicotine", "liquid of/with/from/containing (the) nicotine", "nicotine-based liquid".
    forms.push(`${form} (?:(?:of|with|from|containing|in|for) )?(?:(?:the|a|an|some|my|his|her|their|our) )?${agent}`);
    forms.push(`${agent}[- ](?:based|containing) ${form}`);
  }
  return forms.length === 1 ? forms[0]! : `(?:${forms.join('|')})`;
}

/** Characters a Chinese name is written with in other regions that the triage's traditional→simplified fold keeps
 *  apart: 菸 (Taiwan, Hong Kong) for 烟 (tobacco) — '電子菸油' is 电子烟油. */
const ZH_VARIANTS: Readonly<Record<string, string>> = { 烟: '[烟菸]' };
/** A zh name (a regex fragment) with its regional characters ("烟油" → "[烟菸]油"). */
export function zhNameForms(name: string): string {
  return [...name].map((ch) => ZH_VARIANTS[ch] ?? ch).join('');
}

/** Every name's forms as one alternation with English word boundaries (zh names with their regional characters; the
 *  triage normalises traditional characters and Cantonese forms before reading). Null when there are no names. */
export function nameAlternation(zh: readonly string[], en: readonly string[]): string | null {
  const parts = [...zh.map(zhNameForms), ...en.map((n) => `\\b${enNameForms(n)}\\b`)];
  return parts.length ? `(?:${parts.join('|')})` : null;
}
