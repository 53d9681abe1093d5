// Score any vignette file (JSONL, same schema as src/safety/vignettes-blind-c.jsonl) with the current triage design and
// print the issue-19 target figures per language:
//   npx tsx bench/triage-score.ts <file.jsonl> [--rules-only] [--list] [--no-pinyin]
// emergency→emergency, emergency→emergency|urgent, non-emergency not emergency, non-emergency routine, suicide/self-harm.
import { loadVignettes, type Vignette } from '../src/safety/triage-eval.js';
import { triageDetail } from '../src/safety/triage.js';
import type { TriageLevel } from '../src/safety/types.js';
import { CRISIS_LINE } from './crisis-line.js';

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith('--'));
if (!path) {
  process.stderr.write('usage: npx tsx bench/triage-score.ts <vignettes.jsonl> [--rules-only] [--list]\n');
  process.exit(2);
}
const rulesOnly = args.includes('--rules-only');
const list = args.includes('--list');
// --no-pinyin: the messages as typed, without the pinyin reading (pinyin-reading.ts), to diff its effect.
const pinyin = !args.includes('--no-pinyin');
const vignettes = loadVignettes(path);
const SUICIDE = /suicid|self-?harm/i;

interface Row {
  v: Vignette;
  got: TriageLevel;
  reasons: string[];
  crisis: boolean;
}
const rows: Row[] = vignettes.map((v) => {
  const d = triageDetail(v.text, { rulesOnly, pinyin });
  return { v, got: d.level, reasons: d.reasons, crisis: CRISIS_LINE.test(d.message) };
});

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
const line = (label: string, rs: Row[]) => {
  const em = rs.filter((r) => r.v.expected === 'emergency');
  const non = rs.filter((r) => r.v.expected !== 'emergency');
  const sui = rs.filter((r) => r.v.expected === 'emergency' && (SUICIDE.test(r.v.category) || SUICIDE.test(r.v.redFlag ?? '')));
  return [
    label.padEnd(4),
    `em→em ${pct(em.filter((r) => r.got === 'emergency').length, em.length)}`,
    `em→em|urg ${pct(em.filter((r) => r.got !== 'routine').length, em.length)}`,
    `non→¬em ${pct(non.filter((r) => r.got !== 'emergency').length, non.length)}`,
    `non→routine ${pct(non.filter((r) => r.got === 'routine').length, non.length)}`,
    `routine→routine ${pct(rs.filter((r) => r.v.expected === 'routine' && r.got === 'routine').length, rs.filter((r) => r.v.expected === 'routine').length)}`,
    `suicide→em+crisis ${pct(sui.filter((r) => r.got === 'emergency' && r.crisis).length, sui.length)}`,
  ].join(' | ');
};

process.stdout.write(`${path}: ${rows.length} vignettes${rulesOnly ? ' (rules only)' : ''}\n`);
process.stdout.write(
  `${line('all', rows)}\n${line(
    'zh',
    rows.filter((r) => r.v.lang === 'zh'),
  )}\n${line(
    'en',
    rows.filter((r) => r.v.lang === 'en'),
  )}\n`,
);
process.stdout.write('(sensitivity = em→em; specificity = non→¬em)\n');
if (list) {
  for (const r of rows) {
    const bad = (r.v.expected === 'emergency' && r.got !== 'emergency') || (r.v.expected !== 'emergency' && r.got !== 'routine');
    // A suicide/self-harm emergency rated emergency without the crisis line is a miss too.
    const noCrisis = r.v.expected === 'emergency' && r.got === 'emergency' && !r.crisis && (SUICIDE.test(r.v.category) || SUICIDE.test(r.v.redFlag ?? ''));
    if (bad || noCrisis)
      process.stdout.write(
        `${r.v.id} expected ${r.v.expected} got ${r.got}${noCrisis ? ' WITHOUT crisis line' : ''} [${r.reasons.join(',')}] ${r.v.text.slice(0, 160)}\n`,
      );
  }
}
