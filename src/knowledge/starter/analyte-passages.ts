// The starter pack's per-analyte reference sections as citable passages, and which analytes a question names.
// Report interpretation offers the sections of a report's abnormal analytes; a chat question about a lab value
// ("血红蛋白偏低是什么意思？", "What does a high ALT mean?") is offered its analyte's section the same way, so the
// answer cites that analyte's own passage rather than another one that merely shares a word (MCH, HbA1c).
import type { Lang, SearchHit } from '../../core/types.js';
import { analyteByCode, REFERENCE_TABLE } from '../reference-ranges.js';
import { STARTER_SOURCE } from './metadata.js';
import { analyteHeading, referenceDocs } from './reference-docs.js';
import { escapeRegExp } from '../../core/regex.js';

/** The reference section of each analyte code, in `lang` (section 0 of each panel document is its introduction). */
export function analyteSectionHits(codes: readonly string[], lang: Lang): SearchHit[] {
  const docs = referenceDocs().filter((d) => d.lang === lang);
  const hits: SearchHit[] = [];
  for (const code of codes) {
    for (const doc of docs) {
      const analytes = Array.isArray(doc.metadata.analytes) ? (doc.metadata.analytes as unknown[]) : [];
      const i = analytes.indexOf(code);
      const section = i < 0 ? undefined : doc.sections[i + 1];
      if (!section) continue;
      hits.push({
        id: `${doc.id}#${code}`,
        docId: doc.id,
        title: doc.title,
        section: section.path.join(' › '),
        source: doc.source,
        authority: doc.authority,
        lang: doc.lang,
        score: 0,
        text: `${section.path.join(' › ')}\n${section.text}`,
      });
    }
  }
  return hits;
}

interface NameEntry {
  name: string;
  code: string;
  han: boolean;
  /** The name as a global pattern, built once with the index (matchAll copies it, so sharing is safe). */
  re: RegExp;
}

let names: NameEntry[] | undefined;

/** Names long enough to be unambiguous in running text (≥ 2 Han characters, ≥ 3 Latin letters), longest first. */
function nameIndex(): NameEntry[] {
  names ??= REFERENCE_TABLE.flatMap((an) =>
    [...new Set([an.nameZh, an.nameEn, ...an.aliases])]
      .filter((n) => (/\p{Script=Han}/u.test(n) ? [...n].length >= 2 : n.replace(/[^A-Za-z]/g, '').length >= 3))
      .map((name) => {
        const han = /\p{Script=Han}/u.test(name);
        const re = han ? new RegExp(escapeRegExp(name), 'g') : new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`, 'g');
        return { name, code: an.code, han, re };
      }),
  ).sort((a, b) => b.name.length - a.name.length);
  return names;
}

export interface AnalyteMention {
  code: string;
  start: number;
  end: number;
}

/** Analyte codes a text names, in order of appearance; a longer name wins over one inside it (糖化血红蛋白 ⊃ 血红蛋白). */
export function analytesNamedIn(text: string): string[] {
  return [...new Set(analyteMentions(text).map((m) => m.code))];
}

/** Every analyte mention with its position, non-overlapping, longest name first. */
export function analyteMentions(text: string): AnalyteMention[] {
  const taken: { start: number; end: number; code: string }[] = [];
  const lower = text.toLowerCase();
  for (const e of nameIndex()) {
    for (const m of (e.han ? text : lower).matchAll(e.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end, code: e.code });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Keep a passage when asked about `codes`? Every passage except another analyte's reference section (a question
 * on hemoglobin also retrieves the MCH and HbA1c sections, whose names contain "hemoglobin").
 */
export function keepForAnalytes(codes: readonly string[]): (hit: SearchHit) => boolean {
  const own = new Set(
    codes.flatMap((c) => {
      const an = analyteByCode(c);
      return an ? [analyteHeading(an, 'zh'), analyteHeading(an, 'en')] : [];
    }),
  );
  return (hit) => !(hit.source === STARTER_SOURCE && hit.docId.includes(':reference:') && own.size > 0 && !own.has(hit.section.split(' › ')[0] ?? ''));
}
