// The statistics report of a run: Markdown (for review in a PR) and HTML with charts (for people), from the manifest.
import { join } from 'node:path';
import { writeFileAtomic } from '../../core/atomic-write.js';
import type { Manifest } from '../writers/manifest.js';
import { barChart, escapeHtml } from './charts.js';

const fmtBytes = (n: number): string =>
  n >= 1 << 30 ? `${(n / 2 ** 30).toFixed(2)} GiB` : n >= 1 << 20 ? `${(n / 2 ** 20).toFixed(2)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
const sorted = (o: Record<string, number>): [string, number][] => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

function summaryRows(m: Manifest): [string, string][] {
  return [
    ['input records', m.input.records.toLocaleString('en-US')],
    ['input size', fmtBytes(m.input.bytes)],
    ['output records', `${m.output.records.toLocaleString('en-US')} (${pct(m.output.records, m.input.records)} kept)`],
    ['output shards', `${m.output.shards} ${m.format}, ${fmtBytes(m.output.bytes)}`],
    [
      'tokens',
      m.tokens.method === 'none' ? 'not counted' : `${m.tokens.total.toLocaleString('en-US')} (${m.tokens.method === 'estimate' ? 'ESTIMATE' : 'tokenizer'})`,
    ],
    ['exact duplicates removed', `${m.duplicates.exact.removed} (${m.duplicates.exact.clusters} clusters)`],
    ...(m.input.missingFields && Object.keys(m.input.missingFields).length
      ? ([
          [
            'fields that yielded nothing',
            sorted(m.input.missingFields)
              .map(([f, n]) => `${f}: ${n} records`)
              .join(', '),
          ],
        ] as [string, string][])
      : []),
    ...(m.dialogues && m.input.dialogues?.turns
      ? ([
          [
            'dialogue turns kept',
            `${m.dialogues.turns} of ${m.input.dialogues.turns} read: ${pct(m.dialogues.turns, m.input.dialogues.turns - m.dialogues.courtesyTrimmed - (m.dialogues.duplicateTurns ?? 0))} of content turns (${m.dialogues.courtesyTrimmed} courtesy turns trimmed, ${m.dialogues.duplicateTurns ?? 0} turns in removed duplicates)`,
          ],
        ] as [string, string][])
      : []),
    ...(m.rejects ? ([['rejects', `${m.rejects.records} records in ${m.rejects.file}`]] as [string, string][]) : []),
    [
      'near duplicates removed',
      `${m.duplicates.near.removed} (${m.duplicates.near.clusters} clusters, ${m.duplicates.near.rejectedCandidates} LSH candidates rejected)`,
    ],
  ];
}

export function renderMarkdown(m: Manifest): string {
  const out = [
    `# Data run: ${m.pipeline.name}`,
    '',
    `Pipeline ${m.pipeline.file} (fingerprint ${m.pipeline.fingerprint}, seed ${m.pipeline.seed}), ${m.createdAt}.`,
    '',
  ];
  out.push('| | |', '|---|---|', ...summaryRows(m).map(([k, v]) => `| ${k} | ${v} |`), '');
  if (m.tokens.method !== 'none') out.push(`Token counts: ${m.tokens.description}.`, '');
  out.push('## Steps', '', '| step | seen | kept | changed | dropped | seconds |', '|---|---|---|---|---|---|');
  for (const [name, s] of Object.entries(m.steps)) {
    const dropped =
      sorted(s.dropped)
        .map(([r, n]) => `${r}: ${n}`)
        .join(', ') || '–';
    out.push(`| ${name} | ${s.seen} | ${s.kept} | ${s.changed} | ${dropped} | ${s.seconds.toFixed(2)} |`);
  }
  out.push('');
  const table = (title: string, o: Record<string, number>): void => {
    const rows = sorted(o);
    if (!rows.length) return;
    out.push(`## ${title}`, '', '| | records |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');
  };
  table('Filter reasons', m.filterReasons);
  table('Languages', m.languages);
  table('Authority', m.authority);
  table('Knowledge types', m.knowledgeTypes);
  table('Entity mentions by type', m.entityTypes);
  const counters: Record<string, number> = {};
  for (const [name, s] of Object.entries(m.steps)) for (const [k, v] of Object.entries(s.counters)) counters[`${name}:${k}`] = v;
  table('Counters', counters);
  table('Stage time (s)', m.timings);
  return out.join('\n');
}

export function renderHtml(m: Manifest): string {
  const dropped: Record<string, number> = m.filterReasons;
  const flow: [string, number][] = Object.entries(m.steps).map(([n, s]) => [n, s.kept]);
  const body = [
    `<h1>Data run: ${escapeHtml(m.pipeline.name)}</h1>`,
    `<p>${escapeHtml(m.pipeline.file)} · fingerprint ${m.pipeline.fingerprint} · seed ${m.pipeline.seed} · ${m.createdAt}</p>`,
    `<table>${summaryRows(m)
      .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
      .join('')}</table>`,
    m.tokens.method === 'estimate' ? `<p class="warn">Token counts are estimates: ${escapeHtml(m.tokens.description)}</p>` : '',
    barChart('Records kept after each step', [['input', m.input.records], ...flow]),
    barChart('Dropped, by step and reason', sorted(dropped), '#c53030'),
    barChart('Languages', sorted(m.languages), '#2f855a'),
    barChart('Authority (A most authoritative)', Object.entries(m.authority).sort(), '#6b46c1'),
    barChart('Knowledge types', sorted(m.knowledgeTypes), '#b7791f'),
    barChart('Entity mentions by type', sorted(m.entityTypes), '#2c7a7b'),
    barChart(
      'Records per shard',
      m.shards.map((s) => [`shard ${s.shard}`, s.records]),
    ),
  ].join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(m.pipeline.name)} · data run</title><style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#1a202c}table{border-collapse:collapse}th,td{border:1px solid #cbd5e0;padding:4px 8px;text-align:left}figure{margin:1.5em 0}figcaption{font-weight:bold;margin-bottom:.5em}.warn{color:#9c4221}</style></head><body>${body}</body></html>\n`;
}

export function writeStatsReport(m: Manifest, dir: string): { markdown: string; html: string } {
  const markdown = join(dir, 'stats.md');
  const html = join(dir, 'stats.html');
  writeFileAtomic(markdown, `${renderMarkdown(m)}\n`);
  writeFileAtomic(html, renderHtml(m));
  return { markdown, html };
}
