// The extractor as it was before issue #16 (commit bf925ac): the RL exam verifier's reading, frozen, so blind
// batches can be scored "before" and "after" with one command (bench/extract-blind.ts --extractor legacy).
// Tags and JSON through the verifier's extractAnswer, then the old lenient extractChoice. Do not improve it.
import { findJsonAnswer, stripReasoning } from '../../src/eval/extract/json-answer.js';
import { foldWidth } from '../../src/knowledge/term-text.js';
import { extractAnswer } from '../../src/rl/verifiers/extract.js';

const SEPARATORS = /[\s、,，;；/|&和及与.．:：()（）[\]【】"'“”]+/g;

/** Letters named by a short answer string ("B", "a, c", "A、B、D", "B. 肿瘤呈膨胀性生长", "(C)"); null if it names none. */
function lettersFromAnswer(answer: string, valid: readonly string[], options?: Record<string, string>): string[] | null {
  const s = answer.trim();
  if (!s) return null;
  const set = new Set(valid);
  // Only letters and separators: "ACD", "A,C,D", "a、c"
  const compact = s.replace(SEPARATORS, '').replace(/^(?:答案|answer|option|选项)/i, '');
  // A bare lower-case run ("bad", "ace") is a word, not a letter list.
  const looksLikeWord = /^[a-z]{2,}$/.test(s);
  if (compact && !looksLikeWord && /^[A-Za-z]+$/.test(compact) && compact.length <= valid.length) {
    const letters = [...compact.toUpperCase()];
    if (letters.every((l) => set.has(l))) return letters;
  }
  // A letter followed by its option text: "B. 肿瘤呈膨胀性生长", "(C) Ceftriaxone"
  const lead = /^[(（[]?([A-Za-z])(?:[)）\].．、:：]|\s|$)/.exec(s);
  if (lead && set.has(lead[1].toUpperCase())) return [lead[1].toUpperCase()];
  // The option text itself
  if (options) {
    const norm = (t: string) =>
      t
        .replace(/[\s。.]+$/g, '')
        .trim()
        .toLowerCase();
    const hit = Object.entries(options).find(([, text]) => norm(text) === norm(s));
    if (hit) return [hit[0]];
  }
  return null;
}

const PHRASES: RegExp[] = [
  /(?:正确答案|答案|最佳答案|应选|故选|选择)\s*(?:是|为|应为|应该是)?\s*[:：]?\s*[(（[【]?\s*([A-Za-z](?:\s*[、,，和及/]?\s*[A-Za-z])*)(?![A-Za-z])/g,
  /(?:the\s+)?(?:correct\s+|final\s+|best\s+)?answer\s*(?:is|:)\s*(?:option\s*)?[([]?\s*([A-J](?:\s*(?:,|and|&)\s*[A-J])*)(?![A-Za-z])/gi,
];

/** Extract sorted, de-duplicated option letters (e.g. "ACD") from a model's reply. */
function legacyExtractChoice(text: string, valid: readonly string[], options?: Record<string, string>): { value: string | null; how: string } {
  const body = stripReasoning(text);
  if (!body.trim()) return { value: null, how: text.trim() ? 'reasoning-only' : 'empty' };
  const pack = (letters: string[], how: string) => ({ value: [...new Set(letters)].sort().join(''), how });
  const json = findJsonAnswer(body);
  if (json) {
    const v = json.value;
    const parts = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
    const letters = parts.flatMap((p) => lettersFromAnswer(p, valid, options) ?? []);
    if (letters.length) return pack(letters, json.how);
  }
  for (const re of PHRASES) {
    const all = [...body.matchAll(re)];
    const last = all[all.length - 1];
    const letters = last ? lettersFromAnswer(last[1], valid) : null;
    if (letters) return pack(letters, 'phrase');
  }
  const whole = lettersFromAnswer(body.trim().split('\n').pop() ?? '', valid, options);
  if (whole) return pack(whole, 'bare');
  return { value: null, how: json ? 'json-unreadable' : 'no-answer' };
}

const JSON_KEYS = ['answer', '答案', 'answers', 'choice'] as const;

/** The old verifier's prediction: sorted letters, or null (no answer, or two conflicting tag/JSON answers). */
export function legacyReadChoice(output: string, valid: readonly string[], options?: Record<string, string>): string | null {
  const toSet = (raw: string): string => {
    const l = lettersFromAnswer(foldWidth(raw), valid, options);
    return l ? [...new Set(l)].sort().join('') : '';
  };
  const ex = extractAnswer(output, null, { jsonKeys: JSON_KEYS }, toSet);
  if (ex.answer !== null) return ex.conflict ? null : toSet(ex.answer) || null;
  return legacyExtractChoice(foldWidth(output.length > 20_000 ? output.slice(-20_000) : output), valid, options).value;
}
