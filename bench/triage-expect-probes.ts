// A probe file scored on the level, where a near-miss may name a ceiling instead of one level (session 23, #19): each
// JSONL row carries `expect` — 'emergency' | 'urgent' | 'routine' (that level exactly) or 'not-emergency' (urgent or
// routine both right: a look-alike that must not be raised to an emergency):
//   npx tsx bench/triage-expect-probes.ts bench/triage-s23-diagnosis-danger-probes.jsonl [--list]
// Prints right/total per language and overall; --list names every row that is wrong with its level and reasons.
import { readFileSync } from 'node:fs';
import { triageDetail } from '../src/safety/triage.js';

export type Expect = 'emergency' | 'urgent' | 'routine' | 'not-emergency';
export interface ExpectProbe {
  id: string;
  lang: 'zh' | 'en';
  expect: Expect;
  text: string;
}

export const meets = (expect: Expect, level: string): boolean => (expect === 'not-emergency' ? level !== 'emergency' : level === expect);

export function loadExpectProbes(path: string | URL): ExpectProbe[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const p = JSON.parse(l) as Partial<ExpectProbe>;
      if (!p.id || !p.text || !p.expect || !p.lang) throw new Error(`${String(path)}:${i + 1}: needs id, lang, expect, text`);
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
  const rows = loadExpectProbes(path).map((p) => {
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
