// report.md: the run at a glance, breakdown tables, and the paper's published numbers beside ours.
import { figureLabel } from '../paper-numbers.js';
import type { RunReport } from './types.js';

export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Paper figures for one group (or overall when group is undefined), as "model: 83.3%" labels. */
export function paperCells(report: RunReport, group?: { key: string; name: string }): string {
  const figs = report.paper.figures.filter((f) => (group ? f.group?.key === group.key && f.group.name === group.name : !f.group));
  return figs.map((f) => `${figureLabel(f)} ${pct(f.accuracy)}`).join('; ');
}

export function renderMarkdown(r: RunReport): string {
  const s = r.summary;
  const lines = [
    `# ${r.benchTitle}: ${r.model}${r.rag ? ' + RAG' : ''}`,
    '',
    `**Accuracy ${pct(s.overall.accuracy)}** (${s.overall.correct}/${s.overall.total}; 95% bootstrap CI ${pct(s.ci95.low)}–${pct(s.ci95.high)})` +
      (s.meanScore !== s.overall.accuracy ? `, mean score ${pct(s.meanScore)}` : ''),
    '',
    `| | |`,
    `| --- | --- |`,
    `| data | \`${r.data}\` (${r.items} items${r.skippedRecords ? `, ${r.skippedRecords} source records skipped` : ''}) |`,
    `| invalid answers | ${s.invalid}${s.officialCrashes ? ` (${s.officialCrashes} on which the official script would abort)` : ''} |`,
    `| temperature / max tokens | ${r.temperature} / ${r.maxTokens} |`,
    `| tokens (prompt / completion) | ${r.tokens.prompt} / ${r.tokens.completion} |`,
    `| cached items / errors | ${r.cachedItems} / ${r.errors} |`,
    `| answers found by | ${Object.entries(r.extraction ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([how, n]) => `${how} ${n}`)
      .join(', ')} |`,
    `| wall time / harness overhead | ${(r.wallMs / 1000).toFixed(1)} s / ${r.overheadMsPerItem.toFixed(3)} ms per item |`,
    '',
  ];
  const overallPaper = paperCells(r);
  if (overallPaper) lines.push(`Published (overall): ${overallPaper}`, '');
  for (const key of r.groupKeys) {
    const g = s.groups[key];
    if (!g) continue;
    const hasPaper = r.paper.figures.some((f) => f.group?.key === key);
    lines.push(
      `## By ${key}`,
      '',
      `| ${key} | correct | total | accuracy |${hasPaper ? ' published |' : ''}`,
      `| --- | ---: | ---: | ---: |${hasPaper ? ' --- |' : ''}`,
    );
    for (const [name, t] of Object.entries(g)) {
      lines.push(`| ${name} | ${t.correct} | ${t.total} | ${pct(t.accuracy)} |${hasPaper ? ` ${paperCells(r, { key, name })} |` : ''}`);
    }
    lines.push('');
  }
  if (r.paper.figures.length) lines.push(`Published numbers: ${r.paper.source}.`, '');
  for (const n of r.notes) lines.push(`- ${n}`);
  return `${lines.join('\n')}\n`;
}
