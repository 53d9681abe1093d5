// Session 38 (#17): where sign-explained-away.ts fires (a sign the question reports waved off on an incidental cause)
// and, for fires with no care sent now, the question's full triage and the reading's flags (+acc accompanying, +2nd a
// second explanation) — the gate advice-check.ts applies. Labelled batches by default; --real for the held-out real
// pairs (../shared/data); any probe files. Run: npx tsx bench/curation-sign-explained-scan.ts [--real] [--no-triage] [files…]
import { curationRows } from './curation-rows.js';
import { sendsCareNow, signExplainedAway } from '../src/data/filters/sign-explained-away.js';
import { givesUrgentCare } from '../src/safety/compliance/rules.js';
import { triage } from '../src/safety/triage.js';
const args = process.argv.slice(2);
const noTriage = args.includes('--no-triage');
const rows = curationRows(args.filter((a) => a !== '--no-triage'));
let pairs = 0,
  fires = 0,
  noCare = 0,
  gated = 0;
for (const r of rows) {
  if (!r.q.trim() || !r.a.trim()) continue;
  pairs++;
  const s = signExplainedAway(r.q, r.a);
  if (!s) continue;
  fires++;
  const now = givesUrgentCare(r.a) || sendsCareNow(r.a);
  if (now) {
    console.log(['NOW', r.file, r.id, r.label, r.defect, s.span].join('\t'));
    continue;
  }
  noCare++;
  const t = noTriage ? { level: '?', reasons: [] as string[] } : triage(r.q);
  if (t.level !== 'routine') gated++;
  console.log(
    [
      t.level + (s.accompanying ? '+acc' : '') + (s.second ? '+2nd' : ''),
      t.reasons.join(','),
      r.file,
      r.id,
      r.label,
      r.defect,
      s.span,
      '||',
      r.q.slice(0, 100),
    ].join('\t'),
  );
}
console.error({ pairs, fires, noCare, gated });
