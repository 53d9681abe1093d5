// A probe file scored on the level, where a near-miss may name a ceiling instead of one level (session 23, #19): each
// JSONL row carries `expect` — 'emergency' | 'urgent' | 'routine' (that level exactly) or 'not-emergency' (urgent or
// routine both right: a look-alike that must not be raised to an emergency):
//   npx tsx bench/triage-expect-probes.ts bench/triage-s23-diagnosis-danger-probes.jsonl [--list]
// Prints right/total per language and overall; --list names every row that is wrong with its level and reasons.
import { existsSync, readFileSync } from 'node:fs';
import { triageDetail } from '../src/safety/triage.js';

export type Expect = 'emergency' | 'urgent' | 'routine' | 'not-emergency';
export interface ExpectProbe {
  id: string;
  lang: 'zh' | 'en';
  expect: Expect;
  text: string;
}

export const meets = (expect: Expect, level: string): boolean => (expect === 'not-emergency' ? level !== 'emergency' : level === expect);

const EXPECTS: readonly string[] = ['emergency', 'urgent', 'routine', 'not-emergency'];

export function loadExpectProbes(path: string | URL): ExpectProbe[] {
  if (!existsSync(path)) throw new Error(`${String(path)}: no such probe file`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, n: i + 1 }))
    .filter(({ l }) => l.trim())
    .map(({ l, n }) => {
      let p: Partial<ExpectProbe>;
      try {
        p = JSON.parse(l) as Partial<ExpectProbe>;
      } catch {
        throw new Error(`${String(path)}:${n}: not a JSON line`);
      }
      if (!p.id || !p.text || !p.expect || !p.lang) throw new Error(`${String(path)}:${n}: needs id, lang, expect, text`);
      if (!EXPECTS.includes(p.expect)) throw new Error(`${String(path)}:${n}: expect must be one of ${EXPECTS.join(', ')}`);
      return p as ExpectProbe;
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    console.error('usage: npx tsx bench/triage-expect-probes.ts <probes.jsonl> [--list]');
    process.exit(2);
  }
  let probes: ExpectProbe[];
  try {
    probes = loadExpectProbes(path);
  } catch (err) {
    console.error(`triage-expect-probes: ${(err as Error).message}`);
    process.exit(2);
  }
  const rows = probes.map((p) => {
    const d = triageDetail(p.text);
    return { p, level: d.level, reasons: d.reasons, ok: meets(p.expect, d.level) };
  });
  for (const lang of ['zh', 'en', 'all']) {
    const rs = rows.filter((r) => lang === 'all' || r.p.lang === lang);
    const em = rs.filter((r) => r.p.expect === 'emergency');
    const non = rs.filter((r) => r.p.expect !== 'emergency');
    console.log(
      `${lang.padEnd(4)} right ${rs.filter((r) => r.ok).length}/${rs.length} | emergencies ${em.filter((r) => r.ok).length}/${em.length} | look-alikes ${non.filter((r) => r.ok).length}/${non.length}`,
    );
  }
  if (args.includes('--list'))
    for (const r of rows.filter((x) => !x.ok)) console.log(`${r.p.id} expect ${r.p.expect} got ${r.level} [${r.reasons.join(',')}] ${r.p.text.slice(0, 90)}`);
}
