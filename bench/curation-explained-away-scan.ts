// Session 35 (#17): where the two new readings fire and what advice-check then decides — explained-away.ts (an urgent
// picture given a milder cause, care only if it lasts; gated by a named urgent triage rule, as urgentForWait) and
// ruled-withholding.ts (care forgone on a dated rule put in an issuer's mouth). For every fire: the question's triage,
// whether the gate holds, and the full verdict (a reason other than the new ones means an older rule drops it anyway).
// Labelled: every bench/blind/curation-corrupt-* batch (or the files given). Held out (--real): real question–answer
// pairs of ../shared/data (chatdoctor, huatuo26m, cmtmedqa) — a new drop there is a false drop unless a reader confirms it.
// Run: npx tsx bench/curation-explained-away-scan.ts [--real] [files…]
import { curationRows } from './curation-rows.js';
import { adviceCheckOptions, adviceVerdict } from '../src/data/filters/advice-check.js';
import { explainedAway } from '../src/data/filters/explained-away.js';
import { ruledWithholding } from '../src/data/filters/ruled-withholding.js';
import { givesUrgentCare } from '../src/safety/compliance/rules.js';
import { RED_FLAG_RULES } from '../src/safety/red-flags/rules.js';
import { triage } from '../src/safety/triage.js';

// Kept in step with advice-check.ts's MINOR_CAPABLE_RULES and COMPLAINT_WORD_RULES (urgentPicture).
const MINOR_CAPABLE = new Set(['burn-same-day', 'blood-sugar-extreme', 'seizure', 'fainting', 'severe-hypertension', 'abnormal-vital-signs']);
const COMPLAINT_WORD = new Set(
  RED_FLAG_RULES.filter((r) => r.level === 'urgent' && r.when.every((c) => c.filter((s) => s !== 'pregnancy').length <= 1)).map((r) => r.id),
);
const o = adviceCheckOptions.parse({});
const rows = curationRows(process.argv.slice(2));
const count = { pairs: 0, explained: 0, gated: 0, ruled: 0, newDrops: 0 };
for (const r of rows) {
  if (!r.q.trim() || !r.a.trim()) continue;
  count.pairs++;
  const e = !givesUrgentCare(r.a) ? explainedAway(r.a) : undefined;
  const w = ruledWithholding(r.a);
  if (!e && !w) continue;
  let gate = '';
  if (e) {
    count.explained++;
    const rules = triage(r.q, { rulesOnly: true });
    if (rules.level === 'urgent' || rules.level === 'emergency') {
      const t = triage(r.q);
      const named = t.reasons.filter((x) => !x.includes(':'));
      const urgent =
        (t.level === 'urgent' || t.level === 'emergency') &&
        ((t.level === 'emergency' && named.length > 0) || named.some((x) => !MINOR_CAPABLE.has(x))) &&
        named.some((x) => !MINOR_CAPABLE.has(x) && !COMPLAINT_WORD.has(x));
      gate = `${t.level}:${t.reasons.join(',')}${urgent ? ':GATE' : ''}`;
      if (urgent) count.gated++;
    } else gate = rules.level;
    if (!gate.endsWith(':GATE') && !w) continue;
  }
  if (w) count.ruled++;
  const v = adviceVerdict(
    {
      id: r.id,
      text: `${r.q}\n\n${r.a}`,
      source: r.file,
      metadata: {},
      messages: [
        { role: 'user', content: r.q },
        { role: 'assistant', content: r.a },
      ],
    },
    o,
  );
  const verdict = v === true ? 'keep' : 'drop' in v ? v.drop : `review:${v.review}`;
  if (/explains-away-urgent|ruled-withholding/.test(verdict) && !verdict.startsWith('review')) count.newDrops++;
  console.log([r.file, r.id, r.label, r.defect, e ? 'explained' : '', w ? 'ruled' : '', gate, verdict, (e?.cause ?? w?.source ?? '').slice(0, 90)].join('\t'));
}
console.log(
  `${count.pairs} pairs: explained-away fires on ${count.explained} (named urgent gate ${count.gated}), ruled-withholding on ${count.ruled}; dropped by a new reason ${count.newDrops}`,
);
