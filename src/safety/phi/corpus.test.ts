// De-identification on real corpus text (../shared/data) with seeded synthetic identifiers inserted: every inserted
// identifier is redacted, and untouched real text is almost never touched. The full measurement is bench/deid.bench.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEID_TYPES, makeHoldoutInsertion, makeInsertion, plant, seeded } from '../../../bench/deid-synth.js';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeText } from '../../core/encoding.js';
import { detectPhi } from './index.js';

const huatuo = (JSON.parse(readFileSync(sharedPath('corpus', 'huatuo26m-test.json'), 'utf8')) as { instruction: string[]; output: string[] }[])
  .slice(0, 150)
  .map((x) => `${x.instruction.join('')}\n${x.output.join('')}`.slice(0, 600));
const chatdoctor = (JSON.parse(readFileSync(sharedPath('corpus', 'chatdoctor5k.json'), 'utf8')) as { input: string; output: string }[])
  .slice(0, 150)
  .map((x) => `${x.input}\n${x.output}`.slice(0, 600));

describe('detectPhi on real corpus text', () => {
  for (const [name, texts, lang] of [['huatuo26m', huatuo, 'zh'], ['chatdoctor5k', chatdoctor, 'en']] as const) {
    it(`redacts every inserted identifier of every type (${name})`, () => {
      const r = seeded(7);
      const missed: string[] = [];
      for (const [i, original] of texts.entries()) {
        const type = DEID_TYPES[i % DEID_TYPES.length];
        const make = i % 2 ? makeHoldoutInsertion : makeInsertion;
        const { text, planted } = plant(r, original, [make(r, type, lang)], lang);
        const spans = detectPhi(text);
        for (const p of planted) {
          for (let c = p.start; c < p.end; c++) {
            if (!spans.some((s) => s.start <= c && c < s.end)) {
              missed.push(`${p.type} ${p.value}`);
              break;
            }
          }
        }
      }
      expect(missed).toEqual([]);
    });

    it(`leaves almost all untouched text alone (${name})`, () => {
      const touched = texts.filter((t) => detectPhi(t).length > 0);
      expect(touched.length / texts.length).toBeLessThanOrEqual(0.02);
    });
  }
});

describe('Chinese names on the untouched Toyhom consultations', () => {
  // Before the role-cue boundary and stop list: 18 spans (许多, 羊癫疯, 严格按, 班主任…); now only real people.
  it('marks almost nothing as a name in 7,644 real consultations (GB18030)', () => {
    const csv = decodeText(readFileSync(sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv'))).text;
    const rows = parseCsv(csv, { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
    const names = rows.flatMap((row) => detectPhi(Object.values(row).join('\n')).filter((s) => s.type === 'NAME').map((s) => s.text));
    expect(names.length, names.join(' ')).toBeLessThanOrEqual(6);
    for (const word of ['许多', '羊癫疯', '严格按', '周边', '冷感', '于一', '班', '祝健康']) expect(names).not.toContain(word);
  });
});
