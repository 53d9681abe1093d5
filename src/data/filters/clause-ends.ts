// How likely a Chinese text is to end where it ends: a character model of clause ends, counted from real text the user
// gives (consultation answers, knowledge pages). Chinese answers online often carry no final stop ("…祝早日恢复健康"),
// so "ends on a Han character" says nothing alone; what tells a cut text is WHERE the last word stops — "…做详细检"
// (检查 cut in two) or "…联合缬" (缬沙坦) end on characters that in real text are almost always followed by more of
// their word. The model is counts only, built in memory from the given files at start (never committed: the corpora's
// licences differ); thresholds were calibrated on answers NOT used for counting (bench/integrity-probe.ts).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeText } from '../../core/encoding.js';
import { toSimplified } from '../../core/han-variants.js';
import { isHanCode } from '../../core/lang.js';
import { expandPaths } from '../readers/index.js';
import { inputSpecSchema } from '../readers/input-spec.js';

/** Counts, by UTF-16 code unit (Han characters of running text are one unit each): how often each character and each
 *  pair of characters was seen, and how often a clause ended right after it. */
export interface ClauseEnds {
  readonly charSeen: Uint32Array;
  readonly charEnded: Uint32Array;
  /** Pair key first * 65536 + second → seen * PAIR_SCALE + ended. */
  readonly pairs: ReadonlyMap<number, number>;
  /** Share of all Han characters that end a clause: the prior a rare character is pulled towards. */
  readonly prior: number;
}

const PAIR_SCALE = 2 ** 24;

// What ends a clause after a character: punctuation of a pause or stop, a line break, the end of the text.
const CLAUSE_END = new Set([...'。，！？；、：,.!?;:)）\n'].map((c) => c.charCodeAt(0)));

/** Counts over texts (pure). Texts shorter than 10 characters (names, labels) say nothing about clause ends. */
export function countClauseEnds(texts: Iterable<string>): ClauseEnds {
  const charSeen = new Uint32Array(0x10000);
  const charEnded = new Uint32Array(0x10000);
  const pairs = new Map<number, number>();
  let han = 0;
  let ends = 0;
  for (const raw of texts) {
    if (raw.length < 10) continue;
    const t = raw.trimEnd();
    let prev = 0;
    for (let i = 0; i < t.length; i++) {
      const code = t.charCodeAt(i);
      if (!isHanCode(code)) {
        prev = 0;
        continue;
      }
      const ended = i + 1 === t.length || CLAUSE_END.has(t.charCodeAt(i + 1)) ? 1 : 0;
      han++;
      ends += ended;
      charSeen[code]++;
      charEnded[code] += ended;
      if (prev) {
        const k = prev * 0x10000 + code;
        pairs.set(k, (pairs.get(k) ?? 0) + PAIR_SCALE + ended);
      }
      prev = code;
    }
  }
  return { charSeen, charEnded, pairs, prior: han ? ends / han : 0 };
}

/** Share of the text's adjacent Han pairs never or once seen in the counted text (null under 20 pairs). Real answers
 *  stay under 0.58 (held out: huatuo26m, cmtmedqa, medicalgpt); text read in the wrong encoding (鎮ㄥソ锛…) or
 *  characters shuffled into salad reach 0.7–1. */
export function unfamiliarPairShare(m: ClauseEnds, raw: string): number | null {
  // The counts come from simplified text: traditional script is folded first (same length), or every zh-TW pair
  // (體檢, 醫師) would look unseen and a clean Taiwanese answer would read as garbled.
  const text = toSimplified(raw);
  let pairs = 0;
  let unseen = 0;
  for (let i = 1; i < text.length; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if (!isHanCode(a) || !isHanCode(b)) continue;
    pairs++;
    if ((m.pairs.get(a * 0x10000 + b) ?? 0) < 2 * PAIR_SCALE) unseen++;
  }
  return pairs >= 20 ? unseen / pairs : null;
}

/** Pair counts below this are not used. */
const MIN_PAIR = 5;

/** Chance that a clause ends after the text's last characters (null when it does not end on a Han character): the
 *  larger of the last pair's and the last character's, so a word that can end a clause in any register ("…很快的",
 *  colloquial, where the pair is rare in written pages) is not taken for a cut. Each is smoothed towards the prior
 *  with weight 1, so a character seen a few times and never ending gets a small chance. */
export function endChance(m: ClauseEnds, text: string): number | null {
  const t = toSimplified(text).trimEnd();
  const last = t.charCodeAt(t.length - 1);
  if (!t || !isHanCode(last)) return null;
  const char = (m.charEnded[last]! + m.prior) / (m.charSeen[last]! + 1);
  const prev = t.length > 1 ? t.charCodeAt(t.length - 2) : 0;
  const packed = isHanCode(prev) ? (m.pairs.get(prev * 0x10000 + last) ?? 0) : 0;
  const seen = Math.floor(packed / PAIR_SCALE);
  if (seen < MIN_PAIR) return char;
  return Math.max(char, ((packed % PAIR_SCALE) + m.prior) / (seen + 1));
}

// Every string value of a JSON document (knowledge pages are nested objects of fields).
function* strings(x: unknown): Generator<string> {
  if (typeof x === 'string') yield x;
  else if (Array.isArray(x)) for (const v of x) yield* strings(v);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) yield* strings(v);
}

/** Texts of the given files or folders: JSON string values, JSONL lines' string values, other files' lines
 *  (CSV rows included; the encoding is detected, so GB18030 consultations read as they are). Every file of a folder
 *  is read, in sorted order (the input walker's, with no name filter); a path that is not there is a
 *  DATA_INPUT_UNREADABLE error before any file is read. */
export function* clauseEndTexts(paths: readonly string[]): Generator<string> {
  if (paths.length === 0) return;
  const files = expandPaths(inputSpecSchema.parse({ type: 'text', path: [...paths], match: '(?:)' }), process.cwd());
  for (const f of files) {
    const text = decodeText(readFileSync(f)).text;
    const ext = extname(f).toLowerCase();
    if (ext === '.json') yield* strings(JSON.parse(text));
    else if (ext === '.jsonl') for (const l of text.split('\n')) l.trim() && (yield* strings(JSON.parse(l)));
    else yield* text.split('\n');
  }
}

/** The model counted from files or folders the user gives (I/O at the edge; counting is pure). */
export function loadClauseEnds(paths: readonly string[]): ClauseEnds {
  return countClauseEnds(clauseEndTexts(paths));
}
