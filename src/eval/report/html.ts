// report.html: one self-contained page (inline CSS and SVG, no scripts, no network) with bar charts.
import { figureLabel } from '../paper-numbers.js';
import { pct } from './markdown.js';
import type { RunReport } from './types.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface Bar {
  label: string;
  value: number;
  low?: number;
  high?: number;
  paper?: { label: string; value: number }[];
}

/** Horizontal bars (0–100%) with CI whiskers and paper markers. */
export function barChart(title: string, bars: Bar[]): string {
  const rowH = 26;
  const left = 180;
  const width = 460;
  const h = bars.length * rowH + 30;
  const x = (v: number) => left + v * width;
  const rows = bars.map((b, i) => {
    const y = 20 + i * rowH;
    const whisker =
      b.low !== undefined && b.high !== undefined
        ? `<line x1="${x(b.low)}" x2="${x(b.high)}" y1="${y + 9}" y2="${y + 9}" stroke="#222" stroke-width="1.5"/>`
        : '';
    const marks = (b.paper ?? [])
      .map(
        (p) =>
          `<line x1="${x(p.value)}" x2="${x(p.value)}" y1="${y}" y2="${y + 18}" stroke="#d33" stroke-width="2"><title>${esc(p.label)} ${pct(p.value)}</title></line>`,
      )
      .join('');
    return (
      `<text x="${left - 6}" y="${y + 13}" text-anchor="end">${esc(b.label.slice(0, 24))}</text>` +
      `<rect x="${left}" y="${y}" width="${Math.max(0, b.value * width)}" height="18" fill="#3a7bd5"><title>${esc(b.label)} ${pct(b.value)}</title></rect>` +
      `${whisker}${marks}<text x="${x(Math.max(b.value, b.high ?? 0)) + 6}" y="${y + 13}">${pct(b.value)}</text>`
    );
  });
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (v) =>
        `<line x1="${x(v)}" x2="${x(v)}" y1="14" y2="${h - 10}" stroke="#ddd"/><text x="${x(v)}" y="10" text-anchor="middle" class="axis">${v * 100}%</text>`,
    )
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${left + width + 70} ${h}" width="100%" role="img" aria-label="${esc(title)}">${grid}${rows.join('')}</svg></figure>`;
}

export function renderHtml(r: RunReport): string {
  const s = r.summary;
  const paperFor = (key?: string, name?: string) =>
    r.paper.figures.filter((f) => (key ? f.group?.key === key && f.group.name === name : !f.group)).map((f) => ({ label: figureLabel(f), value: f.accuracy }));
  const charts = [
    barChart('Overall accuracy (whisker: 95% bootstrap CI; red: published)', [
      { label: 'overall', value: s.overall.accuracy, low: s.ci95.low, high: s.ci95.high, paper: paperFor() },
    ]),
  ];
  const tables: string[] = [];
  for (const key of r.groupKeys) {
    const g = s.groups[key];
    if (!g) continue;
    const entries = Object.entries(g)
      .sort((a, b) => b[1].total - a[1].total)
      .slice(0, 30);
    charts.push(
      barChart(
        `Accuracy by ${key}`,
        entries.map(([name, t]) => ({ label: `${name} (n=${t.total})`, value: t.accuracy, paper: paperFor(key, name) })),
      ),
    );
    tables.push(
      `<h2>By ${esc(key)}</h2><table><tr><th>${esc(key)}</th><th>correct</th><th>total</th><th>accuracy</th><th>published</th></tr>` +
        Object.entries(g)
          .map(
            ([name, t]) =>
              `<tr><td>${esc(name)}</td><td>${t.correct}</td><td>${t.total}</td><td>${pct(t.accuracy)}</td><td>${esc(
                paperFor(key, name)
                  .map((p) => `${p.label} ${pct(p.value)}`)
                  .join('; '),
              )}</td></tr>`,
          )
          .join('') +
        '</table>',
    );
  }
  const facts: [string, string][] = [
    ['model', r.model + (r.rag ? ' + RAG' : '')],
    ['data', `${r.data} (${r.items} items)`],
    ['accuracy', `${pct(s.overall.accuracy)} (${s.overall.correct}/${s.overall.total}), 95% CI ${pct(s.ci95.low)}–${pct(s.ci95.high)}`],
    ['invalid answers', String(s.invalid)],
    [
      'answers found by',
      Object.entries(r.extraction ?? {})
        .sort((a, b) => b[1] - a[1])
        .map(([how, n]) => `${how} ${n}`)
        .join(', '),
    ],
    ['temperature / max tokens', `${r.temperature} / ${r.maxTokens}`],
    ['tokens prompt / completion', `${r.tokens.prompt} / ${r.tokens.completion}`],
    ['harness overhead', `${r.overheadMsPerItem.toFixed(3)} ms per item`],
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(r.benchTitle)}: ${esc(r.model)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:900px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}svg text{font-size:12px}.axis{fill:#888;font-size:10px}figure{margin:1.5em 0}figcaption{font-weight:600}</style></head><body>
<h1>${esc(r.benchTitle)}</h1><table>${facts.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>
${charts.join('\n')}
${tables.join('\n')}
${r.paper.figures.length ? `<p><small>Published numbers: ${esc(r.paper.source)}.</small></p>` : ''}
${r.notes.length ? `<ul>${r.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''}
<p><small>Generated ${esc(r.finishedAt)} by quarkmed eval.</small></p></body></html>
`;
}
