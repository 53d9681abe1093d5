// Session 34 (#17): where the cited-withholding reading (src/data/filters/cited-withholding.ts) fires — advice-check
// drops every answer to a question it fires on (authority A–C records are only flagged).
// Labelled: every bench/blind/curation-corrupt-* batch (or the files given). Held out (--real): real question–answer
// pairs of ../shared/data (chatdoctor, huatuo26m, cmtmedqa) — a drop there is a false drop unless a reader confirms it.
// Run: npx tsx bench/curation-cited-withholding-scan.ts [--real] [files…]
import { curationRows } from './curation-rows.js';
import { citedWithholding } from '../src/data/filters/cited-withholding.js';

const rows = curationRows(process.argv.slice(2));
let fired = 0;
for (const r of rows) {
  if (!r.q.trim() || !r.a.trim()) continue;
  const c = citedWithholding(r.a);
  if (!c) continue;
  fired++;
  console.log([r.file, r.id, r.label, r.defect, c.source.slice(0, 90), c.conclusion.slice(0, 90)].join('\t'));
}
console.log(`${rows.length} pairs: reading fires on ${fired}`);
