// OCR words (text, confidence, box) → the lines a printed report shows, for the text parser (pure).
// Tesseract splits a table into blocks by column, so its own lines do not span a row; here every word on the page
// is regrouped: rows by vertical overlap, words left to right, a wide gap becomes a column break (two spaces, four
// for a very wide one), adjacent CJK characters join without a space. Each line keeps its words' spans so a parsed
// value can be traced back to the confidence of the words it came from.

export interface OcrWord {
  text: string;
  /** 0–100, as Tesseract reports it. */
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Per-character confidence when Tesseract's symbols line up with `text` one to one. */
  chars?: number[];
  /** Character indices after which a decimal point was probably lost (digits set apart, a too-wide digit box). */
  breaks?: number[];
  /** Stray marks were cut from the word's ends (cleanWord): its box holds more than its text. */
  trimmed?: true;
}

export interface OcrLine {
  text: string;
  /** Each word's [start, end) in `text`, with its confidence (and per-character confidences when known). */
  spans: {
    start: number;
    end: number;
    confidence: number;
    chars?: number[];
    breaks?: number[];
    /** The word's box on the page (pixels), so a page's columns can be read from where its words stand. */
    x0?: number;
    x1?: number;
    /** The word's vertical extent: a mark glyph read as a digit reaches past the digits of its row (digit-band.ts). */
    y0?: number;
    y1?: number;
    /** The text is not the word as OCR read it (marks cut from its ends, a token fixed): its box measures nothing. */
    reshaped?: true;
  }[];
  /** The line's vertical extent on the page (pixels). */
  y0?: number;
  y1?: number;
  /** The name as printed when it was read as a vocabulary alias it did not spell exactly (ocr-vocabulary.ts). */
  name?: { printed: string; alias: string; cost: number };
  /** Where the value starts after a flag arrow joined to it was cut off (lead-marks.ts). */
  cutLead?: number;
  /** Where each value starts whose flag mark printed after it and joined to it was cut (trail-marks.ts). */
  cutTrail?: number[];
}

const CJK = /[\u3400-\u9fff\uff08\uff09（）]/;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Common OCR misreadings in lab tables, fixed only in unambiguous shapes. */
export function fixOcrToken(t: string): string {
  return (
    t
      // 10^9/L read as 10A9/L, 10^Ag/L, 10⁹/L variants, 10*9/L
      .replace(/^([x×*]?)10[\^*7]?A?[9gq]\/?[Ll1I]$/, '$110^9/L')
      .replace(/^([x×*]?)10[\^*7]?A?(1[02])\/?[Ll1I]$/, '$110^$2/L')
      // B read as 8 in an upper-case code in brackets: (HG8) → (HGB)
      .replace(/\(([A-Z]{1,4})8([A-Z]{0,3})\)/, '($1B$2)')
      // units: "/" read as "人" or "|" between letters; μ read as "u" is already accepted by the unit table
      .replace(/^(mmol|umol|μmol|µmol|g|mg|U|IU|ng|pg|pmol|nmol|mIU|uIU|μIU)[人|l1I]L$/, '$1/L')
      .replace(/^(mg|g|ng|pg|U)[人|l1I]d[Ll]$/, '$1/dL')
      // the slash of a unit lost: "UL", "gL", "mmolL" (no lab unit is spelt so)
      .replace(/^(mmol|μmol|umol|µmol|hmol|nmol|pmol|g|mg|U|IU|mIU|ng|pg)L$/, '$1/L')
      // μ read as h or p before mol/g/L: 30.2hmol/L → 30.2μmol/L
      .replace(/^(\d*\.?\d*)[hp](mol\/L|g\/L|g|IU\/mL|mol)$/, '$1μ$2')
      // g read as 8 right after a value: 42.18/L → 42.1g/L (no lab unit is a bare "/L" after a number)
      .replace(/^(\d+\.\d+)8\/(d?L)$/, '$1g/$2')
      // decimal comma from a blurred point only between digits: 12,5 → 12.5 (three digits after it are a thousands
      // group, "4,610", as the parser reads them)
      .replace(/^(\d+),(\d{1,2})$/, '$1.$2')
      // a letter O for zero inside a number: 1O.5 → 10.5
      .replace(/^(\d*)[Oo](\d*\.?\d+)$/, (m, a: string, b: string) => (a || b ? `${a}0${b}` : m))
      // no lab report prints a brace: alone it is a column rule ("|"), beside a word a round bracket ("(FIB}",
      // "{13.5-17.5)")
      .replace(/^[{}]$/, '|')
      .replace(/\{/g, '(')
      .replace(/\}/g, ')')
  );
}

/** Marks a table's rules, dust and shadows leave beside printed text: quotes, backticks, carets, tildes. A word made
 * only of them is no word; at either end of a word they are no part of it ("“12.8" is the value 12.8). "|" and "│"
 * stay: they are column rules the structure reader uses. */
const NOISE = /^[“”"‘’'`´^~«»„‚·•]+$/;
const NOISE_EDGE = /^[“”"‘’'`´^~«»„‚·•]+|[“”"‘’'`´^~«»„‚·•]+$/g;

/** A word without the stray marks at its ends (its per-character confidences cut to match), or undefined when
 * nothing but marks is left (pure). */
export function cleanWord(w: OcrWord): OcrWord | undefined {
  const t = w.text.trim();
  if (!t || NOISE.test(t)) return undefined;
  const lead = t.length - t.replace(/^[“”"‘’'`´^~«»„‚·•]+/, '').length;
  const core = t.replace(NOISE_EDGE, '');
  if (core === t) return w;
  const chars = w.chars && w.chars.length === t.length ? w.chars.slice(lead, lead + core.length) : undefined;
  const breaks = w.breaks?.map((i) => i - lead).filter((i) => i >= 0 && i < core.length - 1);
  return { ...w, text: core, chars, breaks: breaks?.length ? breaks : undefined, trimmed: true };
}

/** Group words into lines of text, top to bottom. */
export function wordsToLines(words: readonly OcrWord[]): OcrLine[] {
  const visible = words.flatMap((w) => (w.y1 > w.y0 ? (cleanWord(w) ?? []) : []));
  if (!visible.length) return [];
  const sorted = [...visible].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const rows: { words: OcrWord[]; y0: number; y1: number }[] = [];
  for (const w of sorted) {
    const h = w.y1 - w.y0;
    const cy = (w.y0 + w.y1) / 2;
    // Join the most recent row whose vertical extent overlaps this word's centre band.
    let target: (typeof rows)[number] | undefined;
    for (let i = rows.length - 1; i >= Math.max(0, rows.length - 3); i--) {
      const r = rows[i];
      const rh = r.y1 - r.y0;
      const rc = (r.y0 + r.y1) / 2;
      if (Math.abs(rc - cy) <= 0.5 * Math.min(h, rh) + 1) {
        target = r;
        break;
      }
    }
    if (target) {
      target.words.push(w);
      target.y0 = Math.min(target.y0, w.y0);
      target.y1 = Math.max(target.y1, w.y1);
    } else rows.push({ words: [w], y0: w.y0, y1: w.y1 });
  }
  rows.sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  return rows.map((r) => {
    const ws = r.words.sort((a, b) => a.x0 - b.x0);
    const h = median(ws.map((w) => w.y1 - w.y0));
    let text = '';
    const spans: OcrLine['spans'] = [];
    let prev: OcrWord | undefined;
    for (const w of ws) {
      const raw = w.text.trim();
      const t = fixOcrToken(raw);
      if (prev) {
        const gap = w.x0 - prev.x1;
        const cjkJoin = CJK.test(prev.text.at(-1) ?? '') && CJK.test(t[0] ?? '');
        // A very wide gap is set apart as a printout shows it (4+ spaces), where a second table may stand beside
        // the first (parse.ts splitColumns); a narrower one is a column break between cells of one row.
        text += gap > 4 * h ? '    ' : gap > 1.3 * h ? '  ' : cjkJoin && gap < 0.6 * h ? '' : ' ';
      }
      const chars = w.chars && t === raw && w.chars.length === t.length ? w.chars : undefined;
      const breaks = t === raw && w.breaks?.length ? w.breaks : undefined;
      spans.push({
        start: text.length,
        end: text.length + t.length,
        confidence: w.confidence,
        chars,
        ...(breaks ? { breaks } : {}),
        x0: w.x0,
        x1: w.x1,
        y0: w.y0,
        y1: w.y1,
        ...(w.trimmed || t !== raw ? { reshaped: true as const } : {}),
      });
      text += t;
      prev = w;
    }
    return { text, spans, y0: r.y0, y1: r.y1 };
  });
}

/**
 * The lowest confidence of the words that make up `valueText` on a line (the value as the parser read it), or
 * undefined when it cannot be located. Compares digits only, so "12.5↑" still finds "12.5".
 */
export function valueConfidence(line: OcrLine, valueText: string, o: { words?: boolean } = {}): number | undefined {
  const core = valueText.replace(/[<>≤≥=]/g, '');
  if (!core) return undefined;
  let from = 0;
  // First occurrence after a name: prefer a whole-token match, else any substring.
  const tokenStart = (i: number) => i === 0 || /[\s:：(（]/.test(line.text[i - 1]);
  let at = -1;
  for (;;) {
    const i = line.text.indexOf(core, from);
    if (i < 0) break;
    if (tokenStart(i)) {
      at = i;
      break;
    }
    if (at < 0) at = i;
    from = i + 1;
  }
  if (at < 0) return undefined;
  return spanConfidence(line, at, at + core.length, o);
}

/** Lowest confidence over the characters [at, end) of a line: each character's own where OCR gave it (a smudged
 * unit does not make "12.5" unreadable), else its word's. Undefined when no word covers the range. */
export function spanConfidence(line: OcrLine, at: number, end: number, o: { words?: boolean } = {}): number | undefined {
  const confs: number[] = [];
  for (const s of line.spans) {
    if (s.start >= end || s.end <= at) continue;
    if (s.chars && !o.words) for (let i = Math.max(at, s.start); i < Math.min(end, s.end); i++) confs.push(s.chars[i - s.start]);
    else confs.push(s.confidence);
  }
  return confs.length ? Math.min(...confs) : undefined;
}

/**
 * The value with its decimal point put back where OCR saw a break inside it ("185" whose 8 and 5 stand apart →
 * "18.5"), or undefined when the value has a point already, cannot be located, or shows no break (pure).
 */
export function pointAtBreak(line: OcrLine, valueText: string): string | undefined {
  if (!/^\d{2,}$/.test(valueText)) return undefined;
  const at = line.text.search(new RegExp(`(?<![\\d.])${valueText}(?![\\d.])`));
  if (at < 0) return undefined;
  for (const s of line.spans) {
    if (!s.breaks || s.start > at || s.end < at + valueText.length) continue;
    const inside = s.breaks.map((b) => s.start + b - at).filter((k) => k >= 0 && k < valueText.length - 1);
    if (inside.length === 1) return `${valueText.slice(0, inside[0] + 1)}.${valueText.slice(inside[0] + 1)}`;
  }
  return undefined;
}
