import type { RewardStats } from '../../../rl/stats.js';

/** Plain-text table of reward stats, warnings under their task. */
export function formatStats(stats: RewardStats, badLines = 0): string {
  const lines = [`${stats.records} responses in ${stats.batches} batches${badLines ? ` (${badLines} unreadable lines skipped)` : ''}`, ''];
  const head = ['task', 'n', 'mean', 'p10', 'p50', 'p90', 'pass', 'format', 'fmt-only', 'chars', 'len×'];
  lines.push(head.map((h, i) => (i === 0 ? h.padEnd(12) : h.padStart(9))).join(''));
  for (const t of stats.tasks) {
    const row = [t.task, t.n, t.meanReward, t.p10, t.p50, t.p90, t.passRate, t.formatRate, t.formatOnlyRate, t.meanChars, t.lengthGrowth];
    lines.push(row.map((v, i) => (i === 0 ? String(v).padEnd(12) : String(v).padStart(9))).join(''));
  }
  for (const t of stats.tasks) {
    if (t.topReasons.length) lines.push('', `${t.task}: ${t.topReasons.map(([r, n]) => `${r} ×${n}`).join(', ')}`);
    for (const w of t.warnings) lines.push(`  ! ${w.message}`);
  }
  return lines.join('\n');
}
