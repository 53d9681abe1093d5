// Question–answer rows the curation benches read a reading over: the labelled curation-corrupt batches (and gate probe
// files in their record or "Q: … A: …" shapes), or the held-out real pairs of ../shared/data (chatdoctor, huatuo26m,
// cmtmedqa). One loader for bench/curation-deferred-care-scan.ts and bench/curation-cited-withholding-scan.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonLines } from './json-lines.js';

type Msg = { role: string; content: string };
export type Row = { file: string; id: string; label: string; defect: string; q: string; a: string };
const blind = join(import.meta.dirname, 'blind');
const data = process.env.QUARKMED_SHARED_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const str = (v: unknown) => (Array.isArray(v) ? String(v[0] ?? '') : String(v ?? ''));

function labelled(files: string[]): Row[] {
  return files.flatMap((file) => {
    // A batch has its labels beside it; a gate probe file carries its own (label/expected) or none.
    const labelFile = file.replace(/\.jsonl$/, '.labels.jsonl');
    const labels = new Map<string, { label?: string; defect?: string }>(
      existsSync(labelFile) ? readJsonLines<{ id: unknown; label?: string; defect?: string }>(labelFile).map((l) => [String(l.id), l]) : [],
    );
    type Raw = {
      id: string;
      messages?: Msg[];
      label?: string;
      expect?: string;
      expected?: string;
      defect?: string;
      text?: string;
      record?: { messages?: Msg[] };
    };
    return readJsonLines<Raw>(file).flatMap((raw): Row[] => {
      // Gate probe files keep the record under `record`, or a question/answer text pair ("Q: … A: …").
      const r = { ...raw, messages: raw.messages ?? raw.record?.messages ?? qaText(raw.text), expect: raw.expect ?? raw.expected };
      if (!r.messages) return [];
      const l = labels.get(String(r.id));
      const q = r.messages
        .filter((m) => m.role === 'user')
        .map((m) => m.content)
        .join('\n');
      const a = r.messages.find((m) => m.role === 'assistant')?.content ?? '';
      return [{ file: file.replace(/^.*\//, ''), id: String(r.id), label: l?.label ?? r.label ?? r.expect ?? '', defect: l?.defect ?? r.defect ?? '', q, a }];
    });
  });
}

function qaText(text: string | undefined): Msg[] | undefined {
  const m = text ? /^(?:Q|问)[:：]\s*([\s\S]*?)\n+(?:A|答)[:：]\s*([\s\S]*)$/u.exec(text) : null;
  return m
    ? [
        { role: 'user', content: m[1] },
        { role: 'assistant', content: m[2] },
      ]
    : undefined;
}

function realPairs(): Row[] {
  const corpus = join(data, 'corpus');
  const json = (f: string) => JSON.parse(readFileSync(join(corpus, f), 'utf8')) as Record<string, unknown>[];
  const rows = (name: string, pairs: [string, string][]): Row[] => pairs.map(([q, a], i) => ({ file: name, id: String(i), label: 'real', defect: '', q, a }));
  return [
    ...rows(
      'chatdoctor',
      json('chatdoctor5k.json').map((r) => [str(r.input), str(r.output)]),
    ),
    ...rows(
      'huatuo26m',
      json('huatuo26m-test.json').map((r) => [str(r.instruction), str(r.output)]),
    ),
    ...rows(
      'cmtmedqa',
      json('cmtmedqa-test.json').map((r) => [str(r.instruction), str(r.output)]),
    ),
  ];
}

/** The rows a curation bench reads: the real pairs with --real, else the files given or every labelled batch. */
export function curationRows(args: readonly string[]): Row[] {
  const files = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--real')) return realPairs();
  return labelled(
    files.length
      ? files
      : readdirSync(blind)
          .filter((f) => /^curation-corrupt-\d+\.jsonl$/.test(f))
          .map((f) => join(blind, f)),
  );
}
