// Runs probe files through triageDetail (the call bench/triage-score.ts makes) and prints one row per probe: id, level,
// crisis line, whether allergen-airway-change fired, the reasons. Files: JSON Lines with id/exp/text (bench/json-lines.ts)
// or plain text, one probe a line (the s24 airway review's file). `--json out.json` keeps the rows for a before → after
// diff; with `exp` (em+c/em/urg/rou, non = not em, or `rule`/`silent` for the airway rule itself) a row is marked right or wrong.
// Usage: npx tsx bench/triage-probe-run.ts [--json out.json] file…
import { readFileSync, writeFileSync } from 'node:fs';
import { triageDetail } from '../src/safety/triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { readJsonLines } from './json-lines.js';

interface Probe {
  id: string;
  exp?: string;
  /** 'near' (the s24 airway probes): a near-miss is right when the airway rule is silent, whatever the level. */
  kind?: string;
  text: string;
}
const RULE = 'allergen-airway-change';
const SHORT: Record<string, string> = { emergency: 'em', urgent: 'urg', routine: 'rou' };

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const out = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const files = jsonAt < 0 ? args : args.filter((_, i) => i !== jsonAt && i !== jsonAt + 1);
if (files.length === 0) {
  console.error('usage: triage-probe-run.ts [--json out.json] probes.jsonl|probes.txt …');
  process.exit(2);
}

const probesOf = (file: string): Probe[] =>
  file.endsWith('.jsonl')
    ? readJsonLines<Probe>(file)
    : readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((text, i) => ({ id: `L${i + 1}`, text }));

/** Right when the level (with the crisis line for em+c) is the expected one; `rule`/`silent` judge the airway rule. */
function right(exp: string | undefined, level: string, crisis: boolean, fired: boolean): boolean | null {
  if (!exp) return null;
  if (exp === 'rule') return fired;
  if (exp === 'silent') return !fired;
  if (exp === 'em+c') return level === 'em' && crisis;
  if (exp === 'non') return level !== 'em';
  return level === exp;
}

const rows: Record<string, unknown>[] = [];
for (const file of files) {
  let ok = 0;
  let judged = 0;
  for (const p of probesOf(file)) {
    const d = triageDetail(p.text, {});
    const level = SHORT[d.level] ?? d.level;
    const crisis = CRISIS_LINE.test(d.message);
    const fired = d.reasons.includes(RULE);
    const r = right(p.kind === 'near' ? 'silent' : p.exp, level, crisis, fired);
    if (r !== null) {
      judged++;
      if (r) ok++;
    }
    rows.push({ file, id: p.id, exp: p.exp, level, crisis, fired, right: r, reasons: d.reasons, text: p.text });
    console.log(
      [file.split('/').pop(), p.id, p.exp ?? '', level + (crisis ? '+c' : ''), fired ? 'RULE' : '-', r === null ? '' : r ? 'ok' : 'WRONG', p.text].join('\t'),
    );
  }
  if (judged) console.log(`# ${file}: ${ok}/${judged} right`);
}
if (out) writeFileSync(out, JSON.stringify(rows, null, 1));
