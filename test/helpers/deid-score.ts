// Scoring de-identification against labelled spans, shared by the synthetic bench (bench/deid.bench.ts) and the
// blind-batch scorer (bench/deid-blind.ts). A labelled span is caught when ≥ 90 % of its characters fall inside
// detected spans (whatever type the detector gave them: a redacted identifier is redacted); "typed" also asks for
// the detector's type to match the label. Over-redaction: characters outside every labelled span that were redacted.
// A test fixture (src/safety/phi/corpus.test.ts uses it too): src never imports bench/.

export interface LabelledSpan {
  type: string;
  start: number;
  end: number;
  text?: string;
}
export interface LabelledRecord {
  id: string;
  lang: string;
  text: string;
  spans: LabelledSpan[];
}
export interface Detected {
  type: string;
  start: number;
  end: number;
  text: string;
}

export const CAUGHT_FRACTION = 0.9;

/** Redaction mask of a text from detected spans. */
export function mask(length: number, spans: readonly { start: number; end: number }[]): Uint8Array {
  const m = new Uint8Array(length);
  for (const s of spans) m.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return m;
}

export function coveredFraction(m: Uint8Array, s: { start: number; end: number }): number {
  if (s.end <= s.start) return 1;
  let n = 0;
  for (let i = s.start; i < s.end; i++) n += m[i];
  return n / (s.end - s.start);
}

export interface Tally {
  labelled: number;
  caught: number;
  typed: number;
}
export interface Score {
  /** lang → type → tally; type "ALL" sums a language, lang "ALL" sums everything. */
  recall: Record<string, Record<string, Tally>>;
  nonSpanChars: number;
  nonSpanRedacted: number;
  chars: number;
  detections: Record<string, number>;
  misses: { id: string; lang: string; type: string; text: string; context: string; got: string }[];
  overRedacted: { id: string; type: string; text: string }[];
}

const bump = (score: Score, lang: string, type: string, caught: boolean, typed: boolean) => {
  for (const l of [lang, 'ALL']) {
    for (const t of [type, 'ALL']) {
      const row = ((score.recall[l] ??= {})[t] ??= { labelled: 0, caught: 0, typed: 0 });
      row.labelled++;
      if (caught) row.caught++;
      if (typed) row.typed++;
    }
  }
};

/** Score one batch of records with a detector (pure: the detector is the only moving part). */
export function scoreRecords(records: Iterable<LabelledRecord>, detect: (text: string) => Detected[], maxExamples = 60): Score {
  const score: Score = { recall: {}, nonSpanChars: 0, nonSpanRedacted: 0, chars: 0, detections: {}, misses: [], overRedacted: [] };
  for (const rec of records) {
    const found = detect(rec.text);
    const m = mask(rec.text.length, found);
    const gold = mask(rec.text.length, rec.spans);
    score.chars += rec.text.length;
    for (const d of found) score.detections[d.type] = (score.detections[d.type] ?? 0) + 1;
    for (const s of rec.spans) {
      const caught = coveredFraction(m, s) >= CAUGHT_FRACTION;
      const typed = caught && found.some((d) => d.type === s.type && d.start < s.end && s.start < d.end);
      bump(score, rec.lang, s.type, caught, typed);
      if (!caught && score.misses.length < maxExamples) {
        const got =
          found
            .filter((d) => d.start < s.end && s.start < d.end)
            .map((d) => `${d.type}:${d.text}`)
            .join(', ') || 'nothing';
        score.misses.push({
          id: rec.id,
          lang: rec.lang,
          type: s.type,
          text: rec.text.slice(s.start, s.end),
          context: rec.text.slice(Math.max(0, s.start - 16), s.end + 10),
          got,
        });
      }
    }
    for (let i = 0; i < rec.text.length; i++) {
      if (gold[i]) continue;
      score.nonSpanChars++;
      score.nonSpanRedacted += m[i];
    }
    for (const d of found) {
      if (coveredFraction(gold, d) === 0 && score.overRedacted.length < maxExamples) score.overRedacted.push({ id: rec.id, type: d.type, text: d.text });
    }
  }
  return score;
}

export const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`);

/** Rows "lang | type | labelled | caught | recall | typed": every language's types, then its ALL. */
export function recallRows(score: Score): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const langs = Object.keys(score.recall)
    .filter((l) => l !== 'ALL')
    .sort();
  for (const lang of [...langs, 'ALL']) {
    const types = Object.keys(score.recall[lang] ?? {})
      .filter((t) => t !== 'ALL')
      .sort();
    for (const t of [...types, 'ALL']) {
      const x = score.recall[lang][t];
      if (!x) continue;
      if (lang === 'ALL' && t !== 'ALL') continue;
      rows.push([lang, t, x.labelled, x.caught, pct(x.caught, x.labelled), pct(x.typed, x.labelled)]);
    }
  }
  return rows;
}
