// The labelled rows the self-harm intent reader (src/safety/triage/intent-reader.ts) learns from, one group per written batch or probe
// file, so that its generalisation is measured by leaving a whole batch out (triage-intent-lobo.ts). Positive: a
// suicide or self-harm emergency that needs the crisis line now — a blind batch row whose writer labelled it
// emergency with a suicide/self-harm category or red flag (the bench's own test, bench/triage-batches.ts), or a probe
// row labelled emergency + crisis line. Everything else is negative, the look-alikes first among them: a routine or
// urgent row of the same category (a passive wish, a past attempt, a carer's question), and the probes written to
// catch over-calls (hyperbole, hospice, a nurse's dose question, a novel's plot, rat poison for the garage).
// Probe rows whose label does not say whether the crisis line is wanted ("E" alone) are left out. Training-time only (a
// bench tool: src never reads bench/).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IntentRow } from '../src/safety/triage/intent-train.js';

const BENCH = fileURLToPath(new URL('./', import.meta.url));
const SUICIDE = /suicid|self-?harm/i;

interface RawRow {
  id?: string;
  text?: string;
  category?: string;
  redFlag?: string;
  expected?: string;
  exp?: string;
  expect?: string;
  expect_level?: string;
  crisis?: boolean;
  expect_crisis?: boolean;
}

/** A probe label read as emergency + crisis line (true), anything else with the line not wanted (false), or unknown. */
export function probeLabel(r: RawRow): boolean | null {
  const level = r.expected ?? r.exp ?? r.expect ?? r.expect_level;
  const crisis = r.crisis ?? r.expect_crisis;
  if (typeof crisis === 'boolean') return crisis && level === 'emergency';
  if (level === undefined) return null;
  if (/^(?:em\+c|em\+crisis|EC|emergency\+line)$/.test(level)) return true;
  // A look-alike or a non-suicide row: no crisis-line emergency wanted.
  if (
    /^(?:non|N|R|rou|routine|urgent|urg|not-em|not-emergency|notEmergency|no-crisis|no crisis|not-crisis-child|em-no-crisis|emergency-no-crisis)$/.test(level)
  )
    return false;
  return null;
}

function readJsonl(path: string): RawRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as RawRow;
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
}

/** Every scored blind batch (bench/blind/triage-*.jsonl) and every probe file (bench/triage-*probes*.jsonl). */
export function loadIntentRows(bench: string = BENCH): IntentRow[] {
  const rows: IntentRow[] = [];
  const blind = `${bench}blind/`;
  for (const f of readdirSync(blind)
    .filter((f) => /^triage-[a-z]+\.jsonl$/.test(f))
    .sort()) {
    const group = f.replace(/\.jsonl$/, '');
    for (const r of readJsonl(blind + f)) {
      if (!r.text || !r.id) throw new Error(`${blind + f}: a row without id or text`);
      rows.push({
        id: `${group}:${r.id}`,
        group,
        kind: 'blind',
        text: r.text,
        positive: r.expected === 'emergency' && SUICIDE.test(`${r.category ?? ''} ${r.redFlag ?? ''}`),
      });
    }
  }
  for (const f of readdirSync(bench)
    .filter((f) => /^triage-.*probes.*\.jsonl$/.test(f))
    .sort()) {
    const group = f.replace(/\.jsonl$/, '');
    for (const r of readJsonl(bench + f)) {
      const label = probeLabel(r);
      if (label === null || !r.text) continue;
      rows.push({ id: `${group}:${r.id ?? rows.length}`, group, kind: 'probe', text: r.text, positive: label });
    }
  }
  return rows;
}
