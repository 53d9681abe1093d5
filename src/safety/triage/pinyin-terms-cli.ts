// Generates pinyin-terms.generated.ts: every Chinese term the triage readers already know, read off their own pattern
// sources, so that pinyin-reading.ts can turn Chinese typed without an input method back into those terms. No list is
// written by hand: a term added to any red-flag, presentation, clinical or self-harm pattern becomes readable in pinyin
// the next time this runs (`npx tsx src/safety/triage/pinyin-terms-cli.ts`; pinyin-reading.test.ts fails while the
// generated file is stale). Uses the TypeScript compiler (a dev dependency), so only this script and the test load it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { INSULIN_BRANDS_ZH } from './condition-frames.js';
import { SUBSTANCES } from './substances.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The pattern sources: the red-flag vocabulary and every triage reader. Not the tests, the generated files, nor the
 *  training corpus and its tooling (example messages, not vocabulary), nor the intent reader's person fold (intent-*.ts:
 *  who is named, 老妈 or 闺蜜, is no sign for the pinyin reading to restore). */
const SOURCE_DIRS = [join(HERE, '../red-flags'), HERE];
const NOT_VOCABULARY = /\.test\.ts$|generated|^train|^dataset\.ts$|^learn\.ts$|-cli\.ts$|^intent-/;

/** The Han terms of one pattern's source: the runs of Han characters between regex syntax (a character class such as
 *  [胸心] is a choice of single characters, not part of a word); a run whose last character is optional (吃了?) is also
 *  read without it. */
export function termsOfPattern(source: string): string[] {
  const out: string[] = [];
  const outside = source.replace(/\[(?:\\.|[^\]\\])*\]/g, ' ');
  for (const m of outside.matchAll(/\p{Script=Han}+/gu)) {
    out.push(m[0]);
    const after = outside.slice((m.index ?? 0) + m[0].length);
    if (/^(?:\?|\*|\{0,)/.test(after) && m[0].length > 1) out.push(m[0].slice(0, -1));
  }
  // A run followed by a choice of single characters (一整(?:瓶|盒|板), 吃[了下]) spells one word per choice: the pattern
  // reads 一整板 whole, so the reading must offer it whole (else 'yi zheng ban' reads 一整办 by the general counts).
  for (const m of source.matchAll(/(\p{Script=Han}+)\??(?:\(\?:((?:\p{Script=Han}\|)+\p{Script=Han})\)|\[(\p{Script=Han}+)\])/gu)) {
    const run = m[1] ?? '';
    const choices = m[2] ? m[2].split('|') : [...(m[3] ?? '')];
    for (const c of choices) out.push(run + c);
  }
  // One character alone is no word of the vocabulary: which of a syllable's many characters was meant is the general
  // dictionary's call (pinyin-reading.ts), not the patterns'.
  return out.filter((t) => [...t].length >= 2);
}

/** The patterns of one source file: regex literals, and string or template pieces with an alternation (the lexicon
 *  strings that are joined into `new RegExp(...)`; advice and titles have none). */
export function patternsOfFile(fileName: string, text: string): string[] {
  const src = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push((n as ts.RegularExpressionLiteral).text);
    else if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      const t = (n as ts.LiteralLikeNode).text;
      if (t.includes('|')) out.push(t);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

/** Every term of every pattern source, once, the most used first (a homophone pair in the index keeps the term the
 *  patterns use most: the canonical 胸口 over the typed slip 兄口 that normalise.ts rewrites), then in code-point order. */
export function collectTerms(): string[] {
  const terms = new Map<string, number>();
  for (const dir of SOURCE_DIRS)
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.ts') || NOT_VOCABULARY.test(f)) continue;
      for (const p of patternsOfFile(f, readFileSync(join(dir, f), 'utf8'))) for (const t of termsOfPattern(p)) terms.set(t, (terms.get(t) ?? 0) + 1);
    }
  // The names the ingestion readers match that are data, not pattern text: the knowledge base's medicine aliases
  // (ingestion.ts reads them from the alias table) and the poison lexicon (substances.ts, one fragment per entry). A
  // medicine name of two characters is left out: two-syllable brands (安定, 代文, 美平) are homophones of everyday words,
  // while a generic name of three or more (对乙酰氨基酚, 布洛芬, 阿司匹林) is spelt by nothing else.
  for (const t of lexiconTerms()) terms.set(t, Math.max(terms.get(t) ?? 0, 1));
  return [...terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([t]) => t);
}

/** The Han names of the medicine alias table (three characters or more) and of the poison lexicon. */
export function lexiconTerms(): string[] {
  const out = new Set<string>();
  for (const [canon, list] of Object.entries(parseSeedAliases())) for (const n of [canon, ...list]) if (/^\p{Script=Han}{3,}$/u.test(n)) out.add(n);
  for (const { zh } of Object.values(SUBSTANCES)) for (const fragment of zh) for (const t of termsOfPattern(fragment)) out.add(t);
  for (const n of INSULIN_BRANDS_ZH) out.add(n);
  return [...out];
}

export const GENERATED_FILE = join(HERE, 'pinyin-terms.generated.ts');

export function renderGenerated(terms: readonly string[]): string {
  return `// Generated by src/safety/triage/pinyin-terms-cli.ts from the triage readers' own patterns — do not edit.
// ${terms.length} terms of two characters or more, the most used first.
export const PINYIN_TERMS: readonly string[] = ${JSON.stringify(terms)};
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const terms = collectTerms();
  writeFileSync(GENERATED_FILE, renderGenerated(terms));
  console.log(`pinyin terms: ${terms.length} → ${GENERATED_FILE}`);
}
