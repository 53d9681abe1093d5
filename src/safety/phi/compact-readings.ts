// Numbers that are not written as numbers: read out word by word in a dictated letter ("NHS number four eight five
// seven seven seven three four six oh one", "double seven") and spread one character apart by OCR or a form's boxes
// ("hosp no K 0 0 3 9 4 4 1", "床 号：1 7"). A compact view of each line holding one — the run written as the digits it
// stands for — is read by the same detector, and what it finds on the run is mapped back to the original characters.
// Unlike reading.ts the view changes the length, so it carries an offset map and holds only the lines where a run is.

const EN_DIGIT: Record<string, string> = {
  zero: '0',
  oh: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const WORD = '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)';
/**
 * A number read out: digit words in a row (spaces, commas or hyphens between), with groups said as digits among them
 * ("586 two one nine 4402", "call me on 07 double seven 123 456" — the writer typed some groups, said others). Whether
 * it is a number and not "one or two" is decided on the whole run (spokenRuns).
 */
const PAIR =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const SPOKEN_EN = new RegExp(`(?<![A-Za-z0-9])(?:${WORD}|\\d{1,4})(?:(?:[ ,-]|\\)\\s)+(?:${PAIR}|${WORD}|\\d{1,4}))+(?![A-Za-z0-9])`, 'gi');
/** A group said as a pair of digits inside a number read out ("… four oh four, twenty-two ninety"): its two digits. */
const PAIR_VALUE: Record<string, number> = Object.fromEntries([
  ...'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').map((w, i) => [w, 10 + i]),
  ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, 20 + 10 * i]),
]);
/** "one" after a determiner is the pronoun ("Same one, three one two …", "that one"), not the number's first digit. */
// "no" is not here: "no" is also the abbreviation of number ("Contact no one three nine…", "tel no one seven…"), so a
// leading "one" after it is the number's first digit (review fix, S1-A).
const PRONOUN_ONE = /\b(?:same|that|this|the|which|each|every|any|another|other|new|old|right|wrong|main|usual)\s+$/i;
/** Four or more single letters/digits one space apart, at least four of them digits: "K 0 0 3 9 4 4 1", "0 2 4 3 3". */
const SPACED = /(?<![A-Za-z0-9])[A-Za-z0-9](?: [A-Za-z0-9]){3,}(?![A-Za-z0-9])/g;
/** Two digits one space apart after a field colon ("床 号：1 7", "年 龄：6 7"): a number the form spread out. */
const SPACED_FIELD = /(?<=[:：][ \t]*)\d(?: \d){1,2}(?![ ]?[\dA-Za-z])/g;
export const COMPACT_HINT = new RegExp(`${WORD}[ ,-]+${WORD}|[A-Za-z0-9] [A-Za-z0-9] [A-Za-z0-9] [A-Za-z0-9]|[:：][ \\t]*\\d \\d`, 'i');

export interface CompactView {
  /** The lines holding a run, each run compacted, joined by line breaks. */
  text: string;
  /** For each character of `text`, the original [start, end) it stands for. */
  from: Int32Array;
  to: Int32Array;
  /** Original ranges of the compacted runs; `readOut` marks seven or more digits said one by one that do not count. */
  runs: { start: number; end: number; readOut?: boolean }[];
}

interface Run {
  start: number;
  end: number;
  /** The digits (or letters) with the original range of each. */
  parts: { value: string; start: number; end: number }[];
  readOut?: boolean;
}

/**
 * Words that introduce a number read out ("NHS number", "hosp no:", "call her on", "ref"): a run of digit words is an
 * identifier only after one of them (within the few words before it) or with the shape of one (SPOKEN_SHAPE).
 */
const SPOKEN_CUE =
  /(?:\b(?:numbers?|no|num|nos|ids?|identifier|mrn|nhs|chi|hospital|hosp|record|phone|telephone|tel|mobile|cell|landline|call|ring|text|contact|extension|ext|code|account|acct|policy|member|card|ref|reference|passport|licen[cs]e|registration|reg|pin|postcode|zip|dob|birth)\b\.?|#)[^.;!?\n]{0,24}$/i;
/** A telephone number's trunk zero and ten or more digits, or a "double"/"triple" of dictation: read out, not counted. */
const spokenShape = (run: string, digits: number): boolean => /\b(?:double|triple)\b/i.test(run) || (/^(?:zero|oh|nought)\b/i.test(run) && digits >= 10);
/**
 * Seven or more digits read out that are not a count: a telephone, card or record number said on a call whose question
 * ("what's the best number?") stands in the turn before, out of the line's reach. Counting goes up or down by one.
 */
function readOutNumber(digits: string): boolean {
  if (digits.length < 7) return false;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const step = Number(digits[i]) - Number(digits[i - 1]);
    if (step !== 1) up = false;
    if (step !== -1) down = false;
  }
  return !up && !down;
}

/** What asks for or names a number in the turn before, beyond SPOKEN_CUE's words ("reach me at", "social is"). */
const ASKED_FOR = /\b(?:reach|social|ssn|security|insurance|medicare|medicaid|subscriber|claim|chart|digits|dial|fax|pager|bleep|whatsapp)\b/i;
/** SPOKEN_CUE's words anywhere in a stretch (not only within the few words before the run). */
const CUE_ANYWHERE = new RegExp(SPOKEN_CUE.source.replace('[^.;!?\\n]{0,24}$', ''), 'i');
/**
 * Clinical and test words: a series said digit by digit beside one of them is observations, scores, doses or a test
 * (pain scores, temperatures, serial sevens, digit span, blood sugars, fetal heart rates, audiometry), not a number.
 */
const CLINICAL_BEFORE =
  /\b(?:temps?|temperatures?|sats?|saturations?|spo2|o2|bp|blood\s+pressures?|pulses?|hr|heart|fhr|f(?:o|oe)tal|pain|scores?|scales?|doses?|dosing|dosage|mg|milligrams?|micrograms?|mcg|units?|sugars?|glucose|bms?|readings?|obs|observations?|vitals?|serial|sevens|digit\s+span|span|repeat|recall|memory|count(?:s|ed|ing)?|hertz|hz|khz|db|decibels?|tablets?|pills?|steps|beats|bpm|mmol|kg|weights?|levels?|insulin|warfarin|audiogram|audiometry|hearing|frequenc(?:y|ies)|tests?|trials?)\b/i;
const CLINICAL_AFTER =
  /^[\s,]*(?:mg|milligrams?|micrograms?|mcg|units?|hertz|hz|khz|db|decibels?|tablets?|pills?|steps|beats|bpm|mmol|degrees?|per\s+minute|over\b)/i;
/** Where the last match of `re` in `s` starts, or -1. */
const lastAt = (re: RegExp, s: string): number => {
  let at = -1;
  for (const m of s.matchAll(new RegExp(re.source, 'gi'))) at = m.index ?? at;
  return at;
};
/**
 * A run of seven or more digits said one by one that do not count is read as a number read out with no cue beside it
 * only when (review fix, S2) an identifier cue stands in the turn before or the ~120 characters before, or it has a
 * telephone's shape (a "double"/"triple", a telephone's length), or it has twelve digits or more
 * (a card) — and never right after (or right before the unit of) a clinical or test word.
 */
function readOutCued(text: string, start: number, end: number, run: string, digits: string): boolean {
  if (!readOutNumber(digits)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // The clinical word vetoes unless an identifier cue stands after it, nearer the run ("…with each dose full stop I have
  // given him our nurse's number comma oh one two two…"); dictation says its punctuation in words.
  const sentence =
    text
      .slice(Math.max(lineStart, start - 80), start)
      .split(/[.!?;]\s|\b(?:full stop|new paragraph|new line)\b/i)
      .pop() ?? '';
  const clinicalAt = lastAt(CLINICAL_BEFORE, sentence);
  if (
    (clinicalAt >= 0 && clinicalAt >= Math.max(lastAt(CUE_ANYWHERE, sentence), lastAt(ASKED_FOR, sentence))) ||
    CLINICAL_AFTER.test(text.slice(end, end + 24))
  )
    return false;
  if (digits.length >= 12 || spokenShape(run, digits.length)) return true;
  // A telephone's length: ten or eleven digits from a trunk 0 or 1, or ten in the North American plan (area code and
  // exchange each from 2–9: "eight four seven, two two nine, three one six oh").
  if ((digits.length === 10 || digits.length === 11) && /^[01]/.test(digits)) return true;
  if (digits.length === 10 && /^[2-9]\d\d[2-9]/.test(digits)) return true;
  const prevLineStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const before = text.slice(Math.min(prevLineStart, Math.max(0, start - 120)), start);
  return CUE_ANYWHERE.test(before) || ASKED_FOR.test(before);
}

function spokenRuns(line: string, base: number, out: Run[], text: string): void {
  SPOKEN_EN.lastIndex = 0;
  for (const m of line.matchAll(SPOKEN_EN)) {
    const at = m.index ?? 0;
    // Digits alone are read as written; a run is a number read out only when at least two of its digits are words.
    if ((m[0].match(/[A-Za-z]+/g)?.length ?? 0) < 2) continue;
    const parts: Run['parts'] = [];
    let repeat = 1;
    let pairs = 0;
    for (const w of m[0].matchAll(new RegExp(`${PAIR}|[A-Za-z]+|\\d+`, 'gi'))) {
      const word = w[0].toLowerCase();
      const start = base + at + (w.index ?? 0);
      if (!parts.length && (w.index ?? 0) === 0 && word === 'one' && PRONOUN_ONE.test(line.slice(Math.max(0, at - 12), at))) continue;
      const pair = word.split(/[- ]/);
      if (PAIR_VALUE[pair[0]] !== undefined) {
        const value = String(PAIR_VALUE[pair[0]] + (pair[1] ? Number(EN_DIGIT[pair[1]]) : 0));
        for (let k = 0; k < 2; k++) parts.push({ value: value[k], start, end: start + w[0].length });
        pairs += 2;
        continue;
      }
      if (word === 'double' || word === 'triple') {
        repeat = word === 'double' ? 2 : 3;
        continue;
      }
      if (/^\d/.test(word)) {
        // A group typed as digits keeps one character per digit.
        for (let k = 0; k < word.length; k++) parts.push({ value: word[k], start: start + k, end: start + k + 1 });
        continue;
      }
      for (let k = 0; k < repeat; k++) parts.push({ value: EN_DIGIT[word], start, end: start + w[0].length });
      repeat = 1;
    }
    const digits = parts.map((p) => p.value).join('');
    // Six digits said one by one at least: pairs alone ("one twenty, ninety, ninety eight") are observations said aloud.
    if (digits.length - pairs < 6) continue;
    // "one two three four five six seven" is counting unless a cue, the shape of a read-out number or the run itself
    // (seven or more digits that do not count) says it is a number read out.
    const readOut = readOutCued(text, parts[0].start, base + at + m[0].length, m[0], digits);
    if (!SPOKEN_CUE.test(line.slice(Math.max(0, at - 40), at)) && !spokenShape(m[0], digits.length) && !readOut) continue;
    out.push({ start: parts[0].start, end: base + at + m[0].length, parts, readOut });
  }
}

function spacedRuns(line: string, base: number, re: RegExp, minDigits: number, out: Run[]): void {
  re.lastIndex = 0;
  for (const m of line.matchAll(re)) {
    if ((m[0].match(/\d/g)?.length ?? 0) < minDigits) continue;
    const at = base + (m.index ?? 0);
    const parts: Run['parts'] = [];
    for (let i = 0; i < m[0].length; i += 2) parts.push({ value: m[0][i], start: at + i, end: at + i + 1 });
    out.push({ start: at, end: at + m[0].length, parts });
  }
}

/**
 * One compact view of `text`: every line holding a read-out or spread-out number, compacted, joined by line breaks
 * (each break maps to the original break before the line it opens), or null when no line holds one. One view per document, so
 * the detector reads all such lines in one call instead of one call per line; a span the caller keeps must not cross
 * a break of the view (the lines between were left out).
 */
export function compactView(text: string): CompactView | null {
  if (!COMPACT_HINT.test(text)) return null;
  let view = '';
  const from: number[] = [];
  const to: number[] = [];
  const kept: Run[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const runs: Run[] = [];
    spokenRuns(line, at, runs, text);
    spacedRuns(line, at, SPACED, 4, runs);
    spacedRuns(line, at, SPACED_FIELD, 2, runs);
    if (runs.length) {
      if (view) {
        view += '\n';
        from.push(at - 1);
        to.push(at);
      }
      runs.sort((a, b) => a.start - b.start);
      let i = at;
      for (const r of runs) {
        if (r.start < i) continue;
        for (; i < r.start; i++) {
          view += text[i];
          from.push(i);
          to.push(i + 1);
        }
        for (const p of r.parts) {
          view += p.value;
          from.push(p.start);
          to.push(p.end);
        }
        i = r.end;
        kept.push(r);
      }
      for (; i < end; i++) {
        view += text[i];
        from.push(i);
        to.push(i + 1);
      }
    }
    at = end + 1;
  }
  if (!kept.length) return null;
  return { text: view, from: Int32Array.from(from), to: Int32Array.from(to), runs: kept.map((r) => ({ start: r.start, end: r.end, readOut: r.readOut })) };
}
