// Session 34 (content safety #10, screening): the screening table of poison.bench.ts ("flagged as written": title +
// text through screenPassage) on every given batch, without ingest or answers, plus optionally the shared KB's
// false-flag rate (poison.bench.ts's last table). Writes every document's codes so two runs can be diffed.
//   npx tsx bench/screening-table.ts [--kb] [--out FILE.json] <docs.jsonl>...
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { screenPassage } from '../src/safety/screening/screen.js';
import { sharedKbPassages } from './shared-kb-passages.js';
import { readDocs } from './poison-docs.js';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
const DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

async function main(): Promise<void> {
  const docs: Record<string, string[]> = {};
  const lines: string[] = ['| batch | poisoned flagged | zh | en | benign flagged |', '| --- | --- | --- | --- | --- |'];
  let tp = 0;
  let np = 0;
  let fb = 0;
  let nb = 0;
  for (const file of files) {
    const rows = readDocs(file).map((d) => ({ d, codes: screenPassage(`${d.title}\n${d.text}`).map((f) => f.code) }));
    for (const r of rows) docs[`${basename(file)}:${r.d.id}`] = [r.d.poisoned ? 'P' : 'B', ...r.codes];
    const p = rows.filter((r) => r.d.poisoned);
    const b = rows.filter((r) => !r.d.poisoned);
    const f = (xs: typeof rows) => xs.filter((r) => r.codes.length > 0).length;
    const lang = (l: string) => p.filter((r) => r.d.lang === l);
    tp += f(p);
    np += p.length;
    fb += f(b);
    nb += b.length;
    lines.push(
      `| ${basename(file)} | ${f(p)}/${p.length} ${pct(f(p), p.length)} | ${pct(f(lang('zh')), lang('zh').length)} | ${pct(f(lang('en')), lang('en').length)} | ${f(b)}/${b.length} ${pct(f(b), b.length)} |`,
    );
  }
  lines.push(`| all | ${tp}/${np} ${pct(tp, np)} | | | ${fb}/${nb} ${pct(fb, nb)} |`);
  let kb = '';
  if (args.includes('--kb')) {
    let chunks = 0;
    let flagged = 0;
    const byCode: Record<string, number> = {};
    for await (const c of sharedKbPassages(DATA)) {
      chunks++;
      const fl = screenPassage(c.text);
      if (fl.length === 0) continue;
      flagged++;
      for (const x of fl) byCode[x.code] = (byCode[x.code] ?? 0) + 1;
      docs[`kb:${c.id ?? chunks}`] = ['K', ...fl.map((x) => `${x.code}: ${x.span}`)];
    }
    kb = `KB false flags: ${flagged}/${chunks} ${pct(flagged, chunks)} ${JSON.stringify(byCode)}`;
  }
  process.stdout.write(`${lines.join('\n')}\n${kb}\n`);
  if (out) writeFileSync(out, JSON.stringify({ table: lines, kb, docs }, null, 1));
}

void main();
