// The answer extraction of the official CPQExam scorer (Quark-Medical/QuarkMed evaluation/evaluate.py),
// reimplemented step for step so `eval score` agrees with it item for item. Do not "improve" it:
// lower-case letters, Chinese commas and slashes stay wrong here exactly as they are wrong there.
import { PY_SPACE_CLASS, pyJsonLoads, pySortChars, pyStrip, pyTruthy } from './python-compat.js';

export type OfficialHow =
  | 'json-object'
  | 'json-list'
  | 'regex-quoted'
  | 'regex-open'
  | 'no-json'
  | 'missing-key'
  | 'empty'
  /** The official script raises here (TypeError / ValueError / IndexError) and scores nothing; we count it invalid. */
  | 'crash';

export interface OfficialExtraction {
  /** The script's `prediction`: stripped of 、 " , | and whitespace, characters sorted; '' when invalid. */
  prediction: string;
  how: OfficialHow;
  /** Why the official script would abort on this output (only when how === 'crash'). */
  crash?: string;
}

// `.` in Python's re matches anything but \n; JS's `.` also refuses \r, U+2028 and U+2029.
const QUOTED = /"answer":[^\n]"([^\n]*)"/;
const OPEN = /"answer":[^\n]"([^\n]*)$/;
const CLEAN = new RegExp(`[、",|${PY_SPACE_CLASS}]`, 'g');

function crash(reason: string): OfficialExtraction {
  return { prediction: '', how: 'crash', crash: reason };
}

/** Turn the decoded `answer` value into the script's prediction, following its type checks in order. */
function finish(value: unknown, how: OfficialHow): OfficialExtraction {
  let prediction: unknown = value;
  if (Array.isArray(prediction)) {
    if (prediction.length === 0) return crash('IndexError: answer is an empty list');
    const first: unknown = prediction[0];
    if (first !== null && typeof first === 'object' && !Array.isArray(first)) prediction = '';
    else if (prediction.every((x) => typeof x === 'string')) prediction = prediction.join('');
    else return crash('TypeError: answer list holds non-strings');
  }
  if (!pyTruthy(prediction)) return { prediction: '', how: 'empty' };
  if (typeof prediction !== 'string') return crash(`TypeError: answer is ${typeof prediction}, not a string`);
  const cleaned = pySortChars(prediction.replace(CLEAN, ''));
  return { prediction: cleaned, how: cleaned ? how : 'empty' };
}

/** Extract the answer letters from one model output the way evaluate.py does. */
export function extractOfficialAnswer(predStr: string): OfficialExtraction {
  let text = pyStrip(predStr);
  // Models that explain first and end with JSON: keep the last paragraph if it mentions json, else the first.
  if (text.includes('\n\n')) {
    const parts = text.split('\n\n');
    text = parts[parts.length - 1].includes('json') ? parts[parts.length - 1] : parts[0];
  }
  const decoded = pyJsonLoads(text.replaceAll('```json', '').replaceAll('```', ''));
  if (decoded.ok) {
    const v = decoded.value;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      if (!Object.hasOwn(v, 'answer')) return { prediction: '', how: 'missing-key' };
      return finish((v as Record<string, unknown>).answer, 'json-object');
    }
    if (Array.isArray(v)) {
      // Python builds the whole list (KeyError / TypeError per item, in order) before joining it.
      const pieces: unknown[] = [];
      for (const x of v) {
        if (x === null || typeof x !== 'object' || Array.isArray(x)) return crash('TypeError: list item is not an object');
        if (!Object.hasOwn(x, 'answer')) return { prediction: '', how: 'missing-key' };
        pieces.push((x as Record<string, unknown>).answer);
      }
      if (!pieces.every((a) => typeof a === 'string')) return crash('TypeError: list item answer is not a string');
      return finish(pieces.join(''), 'json-list');
    }
    return crash(`ValueError: top-level JSON is ${v === null ? 'null' : typeof v}`);
  }
  const quoted = QUOTED.exec(text);
  if (quoted) return finish(quoted[1], 'regex-quoted');
  const open = OPEN.exec(text);
  if (open) return finish(open[1], 'regex-open');
  return { prediction: '', how: 'no-json' };
}
