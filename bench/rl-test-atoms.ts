// Coverage of the RL test-ordering label universe by the examination atom reader (knowledge/term-atoms.ts).
// A gold test name that leaves a Chinese character unread can never be met by an answer in English, so the share
// of gold names read completely bounds what the test_order reward can credit across languages. Reports:
//   - names read completely into atoms (no literal Chinese character, at least one atom), and the unread characters;
//   - wrong-segmentation suspects: an unread character next to a character read on its own as a word (乳突 read as
//     breast + 突: 乳突 is the mastoid; 内酰胺 read as internal + 酰 + amine);
//   - the number of distinct atom sets (two different tests must never read the same), and, with --compare, every
//     pair of names a lexicon change merged into one reading or split apart.
//
//   npx tsx bench/rl-test-atoms.ts [--items train.jsonl | --names names.json] [--kg DIR] [--snapshot OUT.json]
//                                  [--compare PREV.json] [--list]
// Default universe: every examination name of the disease knowledge graph (../shared/data/kb/disease-kg-zh,
// inspect_info); --items restricts to the gold names of the test_order items of an `rl build` output.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { termAtoms } from '../src/knowledge/term-atoms.js';
import { SHARED_DATA } from '../test/helpers/shared-data.js';

const HAN = /[\u4e00-\u9fff]/u;

export interface NameReading {
  name: string;
  atoms: string[];
  unread: string[];
  complete: boolean;
}

/** A name's reading: complete when it has atoms, no literal Chinese character and no unknown English word. The
 * verifier also reads a gold name without its bracketed part (尿肌酐（Ucr）), so that form stands when it is complete. */
export function readName(name: string): NameReading {
  const bare = name.replace(/\s*[(（][^()（）]*[)）]\s*/gu, ' ').trim();
  const whole = readOne(name);
  if (bare && bare !== name && !whole.complete) {
    const b = readOne(bare);
    if (b.complete) return { ...b, name };
  }
  return whole;
}

function readOne(name: string): NameReading {
  const a = termAtoms(name);
  const unread = a.atoms.filter((x) => x.startsWith('#') && HAN.test(x)).map((x) => x.slice(1));
  return { name, atoms: a.atoms, unread: [...unread, ...a.unknownWords], complete: a.atoms.length > 0 && unread.length === 0 && a.unknownWords.length === 0 };
}

/** Characters read as a word on their own beside an unread one: the likely wrong cut of a longer word. */
export function segmentationSuspects(r: NameReading): string[] {
  const out: string[] = [];
  const chars = [...r.name];
  chars.forEach((c, i) => {
    if (!r.unread.includes(c)) return;
    for (const n of [chars[i - 1], chars[i + 1]]) {
      if (!n || !HAN.test(n) || r.unread.includes(n)) continue;
      const alone = termAtoms(n).atoms.filter((x) => !x.startsWith('#'));
      if (alone.length) out.push(i > 0 && n === chars[i - 1] ? `${n}${c}` : `${c}${n}`);
    }
  });
  return [...new Set(out)];
}

function kgNames(dir: string): string[] {
  const names = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, { inspect_info?: string[] }>;
    for (const d of Object.values(data)) for (const n of d.inspect_info ?? []) names.add(n);
  }
  return [...names].sort();
}

function itemNames(path: string): string[] {
  const names = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { task?: string; ground_truth?: unknown };
    if (item.task === 'test_order' && Array.isArray(item.ground_truth)) for (const n of item.ground_truth) names.add(String(n));
  }
  return [...names].sort();
}

function main(argv: string[]): void {
  const opt = (k: string) => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const items = opt('--items');
  const namesFile = opt('--names');
  const names = items
    ? itemNames(items)
    : namesFile
      ? (JSON.parse(readFileSync(namesFile, 'utf8')) as string[])
      : kgNames(opt('--kg') ?? join(SHARED_DATA, 'kb', 'disease-kg-zh'));
  const readings = names.map(readName);
  const complete = readings.filter((r) => r.complete);
  const chars = new Map<string, number>();
  for (const r of readings) for (const c of r.unread) chars.set(c, (chars.get(c) ?? 0) + 1);
  const sets = new Map<string, string[]>();
  for (const r of readings) {
    const k = r.atoms.join(' ');
    sets.set(k, [...(sets.get(k) ?? []), r.name]);
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  console.log(`names: ${names.length} (${items ? `test_order golds of ${items}` : (namesFile ?? 'knowledge-graph examination names')})`);
  console.log(`read completely into atoms: ${complete.length}/${names.length} (${pct(complete.length, names.length)})`);
  console.log(`distinct atom sets: ${sets.size}`);
  console.log(
    `unread (characters / English words): ${[...chars]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ')}`,
  );
  const suspects = readings.map((r) => [r, segmentationSuspects(r)] as const).filter(([, s]) => s.length);
  console.log(`segmentation suspects: ${suspects.length}`);
  for (const [r, s] of suspects.slice(0, 40)) console.log(`  ${r.name}\t${s.join(',')}\t${r.atoms.join(' ')}`);
  const shared = [...sets].filter(([k, v]) => k && v.length > 1);
  console.log(`atom sets shared by several names: ${shared.length}`);
  if (argv.includes('--list')) {
    for (const [k, v] of shared) console.log(`  {${k}}\t${v.join(' | ')}`);
    for (const r of readings.filter((x) => !x.complete)) console.log(`  unread\t${r.name}\t${r.atoms.join(' ')}`);
  }
  const snapshot = Object.fromEntries(readings.map((r) => [r.name, r.atoms.join(' ')]));
  const out = opt('--snapshot');
  if (out) writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
  const prev = opt('--compare');
  if (prev) {
    const before = JSON.parse(readFileSync(prev, 'utf8')) as Record<string, string>;
    const by = (m: Record<string, string>) => {
      const g = new Map<string, string[]>();
      for (const [n, k] of Object.entries(m)) g.set(k, [...(g.get(k) ?? []), n]);
      return g;
    };
    const groupsBefore = by(before);
    const groupsAfter = by(snapshot);
    const merges: string[] = [];
    for (const [k, v] of groupsAfter) {
      const origins = new Set(v.filter((n) => n in before).map((n) => before[n]));
      if (origins.size > 1)
        merges.push(`  MERGED {${k}}: ${[...origins].map((o) => (groupsBefore.get(o) ?? []).filter((n) => v.includes(n)).join(' = ')).join('  +  ')}`);
    }
    console.log(`distinct atom sets before → after: ${groupsBefore.size} → ${groupsAfter.size}; merges: ${merges.length}`);
    for (const m of merges) console.log(m);
  }
}

if (process.argv[1]?.endsWith('rl-test-atoms.ts')) main(process.argv.slice(2));
