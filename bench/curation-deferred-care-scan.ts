// Session 33 (#17): where the deferred-care reading (src/data/filters/deferred-care.ts) fires, with the question's
// triage (full level, rules-only level, reasons) and whether advice-check's gate would drop it (urgentForWait's rule:
// a wait of a week needs a named urgent/emergency rule, a wait of months any urgent grade).
// Labelled: every bench/blind/curation-corrupt-* batch (or the files given). Held out (--real): real question–answer
// pairs of ../shared/data (chatdoctor, huatuo26m, cmtmedqa) — a drop there is a false drop unless a reader confirms it.
// Run: npx tsx bench/curation-deferred-care-scan.ts [--real] [files…]
import { curationRows } from './curation-rows.js';
import { deferredCare } from '../src/data/filters/deferred-care.js';
import { givesUrgentCare } from '../src/safety/compliance/rules.js';
import { triage } from '../src/safety/triage.js';

// Kept in step with advice-check.ts's MINOR_CAPABLE_RULES.
const MINOR_CAPABLE = new Set(['burn-same-day', 'blood-sugar-extreme', 'seizure', 'fainting', 'severe-hypertension', 'abnormal-vital-signs']);
const rows = curationRows(process.argv.slice(2));
const real = process.argv.includes('--real');
let fired = 0;
let dropped = 0;
for (const r of rows) {
  if (!r.q.trim() || !r.a.trim()) continue;
  const d = deferredCare(r.a);
  if (!d || givesUrgentCare(r.a)) continue;
  fired++;
  const full = triage(r.q);
  const rules = triage(r.q, { rulesOnly: true });
  const urgent = (l: string) => l === 'urgent' || l === 'emergency';
  // advice-check's urgentForWait after the review fix: a named emergency or a named urgent rule that is never minor for
  // any wait; for a wait of months the learned reader's grade too; minor-capable rules alone are no evidence.
  const named = full.reasons.filter((x) => !x.startsWith('model:'));
  const strong = (full.level === 'emergency' && named.length > 0) || named.some((x) => !MINOR_CAPABLE.has(x));
  const drop = urgent(full.level) && (d.long ? strong || full.reasons.some((x) => x.startsWith('model:')) : urgent(rules.level) && strong);
  if (drop) dropped++;
  console.log(
    [
      drop ? 'DROP' : '-',
      r.file,
      r.id,
      r.label,
      r.defect,
      full.level,
      rules.level,
      full.reasons.join(','),
      d.long ? 'months' : 'weeks',
      d.span.slice(0, 100),
    ].join('\t'),
  );
  if (real && drop) console.log(`\tQ: ${r.q.replace(/\s+/g, ' ').slice(0, 300)}`);
}
console.log(`${rows.length} pairs: reading fires on ${fired}, gate drops ${dropped}`);
