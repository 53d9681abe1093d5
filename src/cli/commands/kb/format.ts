// Human-readable output for kb commands (the --json forms print the objects themselves).
import type { SearchHit } from '../../../core/types.js';
import type { IngestSummary } from '../../../retrieval/ingest.js';
import type { KbStats } from '../../../retrieval/knowledge-base.js';
import type { PassageFlags } from '../../../retrieval/sqlite/flags.js';

export function formatSummary(s: IngestSummary, db: string): string {
  const secs = (s.durationMs / 1000).toFixed(1);
  return `ingested ${s.documents} documents (${s.chunks} chunks${s.replaced ? `, ${s.replaced} replaced` : ''}) from ${s.files} files; ${s.skipped} unchanged, ${s.failed} failed, in ${secs} s → ${db}`;
}

export function formatHits(hits: SearchHit[]): string {
  if (hits.length === 0) return 'no matching passages';
  return hits
    .map((h, i) => {
      const text = h.text.replace(/\s+/g, ' ');
      const head = `${i + 1}. [${h.authority}] ${h.title}${h.section ? ` — ${h.section}` : ''}  (${h.source}, ${h.lang}, score ${h.score.toFixed(3)})`;
      const flagged = h.flags?.length ? [`   ⚠ flagged: ${h.flags.map((f) => `${f.code} (${f.reason})`).join('; ')}`] : [];
      return [head, ...flagged, `   ${text.length > 240 ? `${text.slice(0, 240)}…` : text}`, `   ${h.id}${h.url ? `  ${h.url}` : ''}`].join('\n');
    })
    .join('\n');
}

export function formatStats(s: KbStats): string {
  const mb = (s.sizeBytes / 2 ** 20).toFixed(1);
  const lines = [
    `${s.dbPath} (schema ${s.schemaVersion}, ${mb} MiB)`,
    `documents ${s.documents}, chunks ${s.chunks}, vectors ${s.vectors}${s.embedder ? ` (${s.embedder.id}, dim ${s.embedder.dim})` : ' (no embedder)'}, segmenter words ${s.lexiconWords}`,
    `by authority: ${
      Object.entries(s.byAuthority)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-'
    }; by language: ${
      Object.entries(s.byLang)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-'
    }`,
    `screening: ${s.screening.flaggedChunks} flagged passage(s) in ${s.screening.flaggedDocuments} document(s)${
      s.screening.flaggedChunks
        ? ` (${Object.entries(s.screening.byFlag)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}); kept out of answers unless --allow-flagged`
        : ''
    }`,
    '',
    'source                      docs   chunks  authority  lang',
  ];
  for (const src of s.sources) {
    lines.push(
      `${src.name.padEnd(26)} ${String(src.documents).padStart(6)} ${String(src.chunks).padStart(8)}  ${src.authority.join(',').padEnd(9)}  ${src.lang.join(',')}`,
    );
  }
  return lines.join('\n');
}

/** `kb show` trailer: each flagged passage with its codes and the clause that triggered them. */
export function formatDocumentFlags(list: PassageFlags[]): string {
  if (list.length === 0) return 'screening: no flags';
  const lines = [`⚠ screening: ${list.length} flagged passage(s), kept out of answers unless --allow-flagged`];
  for (const p of list) {
    for (const f of p.flags) lines.push(`  #${p.ordinal}${p.section ? ` ${p.section}` : ''}: ${f.code} — ${f.reason}\n      "${f.span}"`);
  }
  return lines.join('\n');
}
