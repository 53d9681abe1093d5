// Consistency pairs (the report's consistency reward): the same reasoning with a final summary that agrees with
// it (chosen) or contradicts it (rejected). Built from samples whose answer ends in a checkable final line —
// exam letters ("答案：C") and calculator results ("Answer: 32.5") — by changing only that line.
import type { Rng } from '../../core/random.js';
import { promptMessages, type SftSample } from '../sample.js';
import type { PreferencePair } from './build-pairs.js';

const FINAL = /(答案：|Answer: )([^\n]+)$/;

function contradict(final: string, s: SftSample, rng: Rng): string | null {
  if (/^[A-J]+$/.test(final)) {
    const opts = String(s.reward?.opt?.options ?? 'ABCDE')
      .split('')
      .filter((l) => !final.includes(l));
    return opts.length ? opts[Math.floor(rng() * opts.length)] : null;
  }
  const x = Number(final);
  if (Number.isFinite(x) && final.trim() !== '') {
    const factor = rng() < 0.5 ? 0.5 + rng() * 0.3 : 1.3 + rng() * 0.7;
    const y = x === 0 ? 1 + Math.floor(rng() * 5) : x * factor;
    return Number.isInteger(x) ? String(Math.round(y) === x ? x + 1 : Math.round(y)) : y.toFixed(Math.min(4, (final.split('.')[1] ?? '').length || 2));
  }
  return null;
}

export function consistencyPairs(samples: readonly SftSample[], rng: Rng): PreferencePair[] {
  const out: PreferencePair[] = [];
  for (const s of samples) {
    const last = s.messages[s.messages.length - 1];
    if (last?.role !== 'assistant') continue;
    const m = FINAL.exec(last.content);
    if (!m) continue;
    const wrong = contradict(m[2].trim(), s, rng);
    if (!wrong) continue;
    out.push({
      id: `${s.id}:consistency`,
      task: s.task,
      lang: s.lang,
      prompt: promptMessages(s),
      chosen: last.content,
      rejected: last.content.slice(0, m.index) + m[1] + wrong,
      chosenScore: 1,
      rejectedScore: 0,
      margin: 1,
      kind: 'consistency',
    });
  }
  return out;
}
