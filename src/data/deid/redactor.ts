// The de-identification implementation is the safety layer's (src/safety/phi): detectPhi / redactPhi with typed
// placeholders — one implementation shared with the server's log redaction and prompt redaction. This file adapts
// it for corpora: each record gets its own pseudonym numbering, and names are checked against the medical
// terminology when a terms folder is configured (../shared/data/terms, $QUARKMED_TERMS), so "患者高蛋白" stays text.
import { PHI_TYPES, type PhiSpan, type PhiType } from '../../core/phi-types.js';
import { readEntityDicts, resolveTermsDir } from '../../knowledge/terminology.js';
import { detectPhi, redactPhi, type NameLexicon, type PhiOptions, type PhiRedaction } from '../../safety/phi/index.js';

export interface PhiRedactor {
  detect(text: string): PhiSpan[];
  /** One record: pseudonym numbers (when on) restart for every call. */
  redact(text: string): PhiRedaction;
}

export { PHI_TYPES };

export interface RedactorOptions {
  /** Only these identifier types (default: every Safe Harbor class). */
  types?: readonly PhiType[];
  /** Same value → same numbered placeholder within a record ("[NAME_1]"). */
  pseudonymize?: boolean;
  /** Keep a redacted date's year in its placeholder ("[DATE:1985]"); default true. */
  keepYear?: boolean;
  /** Terms folder for the never-a-name lexicon; default $QUARKMED_TERMS / $QUARKMED_HOME/terms when present. */
  termsDir?: string;
  /** A lexicon to use as is (tests, callers that already hold one). */
  lexicon?: NameLexicon;
  /** Rules only, without the learned tagger (for comparison; the default runs both). */
  rulesOnly?: boolean;
  /** Run the tagger over the whole text instead of its candidate windows (the previous design, for comparison). */
  taggerEverywhere?: boolean;
}

const lexicons = new Map<string, NameLexicon>();

/** Medical words of the terminology (diseases, symptoms, drugs, exams, departments, foods): never names. */
export function loadNameLexicon(termsDir: string): NameLexicon {
  const cached = lexicons.get(termsDir);
  if (cached) return cached;
  const words = new Set<string>();
  for (const e of readEntityDicts(termsDir)) if (e.term.length >= 2) words.add(e.term);
  lexicons.set(termsDir, words);
  return words;
}

export async function loadPhiRedactor(o: RedactorOptions = {}): Promise<PhiRedactor> {
  const dir = o.lexicon ? undefined : resolveTermsDir(o.termsDir);
  const lexicon = o.lexicon ?? (dir ? loadNameLexicon(dir) : undefined);
  const opts: PhiOptions = {
    types: o.types,
    pseudonymize: o.pseudonymize,
    keepYear: o.keepYear,
    lexicon,
    tagger: !o.rulesOnly,
    taggerWindows: !o.taggerEverywhere,
  };
  return { detect: (t) => detectPhi(t, opts), redact: (t) => redactPhi(t, opts) };
}
