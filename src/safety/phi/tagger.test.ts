// The learned PHI tagger (tagger.ts): tokens and spans, the perceptron learning a context it was shown, weight
// packing, and the shipped model working with the rules in detectPhi. Phrasings written for these tests (not from
// any blind batch, not from the generator's templates).
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';
import { decodeTagger, HASH_BITS, packWeights, PerceptronTrainer, tagPhi, TAGS, tagsToSpans, tokenize, type TrainingExample } from './tagger.js';

describe('tokenize', () => {
  it('splits CJK characters, letter/digit runs and marks, with offsets and the whitespace before each token', () => {
    const text = "患者：O'Brien  A12\n号";
    const t = tokenize(text);
    const got = Array.from({ length: t.n }, (_, i) => [text.slice(t.start[i], t.end[i]), t.kind[i], t.space[i]]);
    expect(got).toEqual([
      ['患', 1, 0],
      ['者', 1, 0],
      ['：', 5, 0],
      ["O'Brien", 2, 0],
      ['A12', 4, 2],
      ['号', 1, 3],
    ]);
  });
});

describe('tagsToSpans', () => {
  it('joins a run of one class over single spaces and stops at a line break or a column gap', () => {
    const text = 'Name: Ada Lovelace  Ward 3\nKing';
    const t = tokenize(text);
    const tags = new Uint8Array(t.n);
    // Ada Lovelace Ward → NAME (Ward is after a gap), King (next line) → NAME
    for (let i = 0; i < t.n; i++) if (/^(Ada|Lovelace|Ward|King)$/.test(text.slice(t.start[i], t.end[i]))) tags[i] = 1;
    expect(tagsToSpans(text, t, tags).map((s) => s.text)).toEqual(['Ada Lovelace', 'Ward', 'King']);
  });
});

describe('PerceptronTrainer', () => {
  it('learns a field context and tags a value it never saw in that context', () => {
    const names = ['Bram', 'Cora', 'Dov', 'Elin', 'Fenn', 'Gus', 'Hale', 'Ines'];
    const filler = ['fever for two days', 'cough at night', 'rash on the arm', 'knee pain'];
    const examples: TrainingExample[] = [];
    for (let i = 0; i < 64; i++) {
      const who = names[i % names.length];
      const prefix = `Visitor: `;
      const text = `${prefix}${who}\nNote: ${filler[i % filler.length]}`;
      examples.push({ text, spans: [{ start: prefix.length, end: prefix.length + who.length, cls: 'NAME' }] });
    }
    const trainer = new PerceptronTrainer();
    for (let e = 0; e < 4; e++) for (const ex of examples) trainer.learn(ex);
    const packed = packWeights(trainer.averaged());
    const model = decodeTagger({
      version: 1,
      hashBits: HASH_BITS,
      tags: [...TAGS],
      scale: packed.scale,
      margin: 0,
      weights: packed.weights,
      trainedOn: { docs: 64, negatives: 0, epochs: 4, seed: 0 },
    });
    const spans = tagPhi(model, 'Visitor: Quill\nNote: cough at night');
    expect(spans.map((s) => [s.type, s.text])).toEqual([['NAME', 'Quill']]);
  });

  it('refuses weights trained for other features', () => {
    expect(() =>
      decodeTagger({
        version: 1,
        hashBits: HASH_BITS + 1,
        tags: [...TAGS],
        scale: 1,
        margin: 0,
        weights: '',
        trainedOn: { docs: 0, negatives: 0, epochs: 0, seed: 0 },
      }),
    ).toThrow(/retrain/);
  });
});

describe('shipped tagger with the rules (detectPhi)', () => {
  const covered = (text: string, value: string, tagger = true): boolean => {
    const at = text.indexOf(value);
    if (at < 0) throw new Error(`test value ${value} not in ${text}`);
    const spans = detectPhi(text, { tagger });
    let n = 0;
    for (let i = at; i < at + value.length; i++) if (spans.some((s) => s.start <= i && i < s.end)) n++;
    return n / value.length >= 0.9;
  };
  it('adds a workplace without an organisation word that the rules alone miss', () => {
    const text = '我在翠湖茶楼做服务员，腰疼半个月了。';
    expect(covered(text, '翠湖茶楼', false)).toBe(false);
    expect(covered(text, '翠湖茶楼')).toBe(true);
  });
  it('keeps what the rules find (a rule span wins where both find something)', () => {
    const text = 'Home: Unit 7/41 Wattlebird Crescent, Kambah ACT 2902\nReason for visit: asthma review';
    expect(detectPhi(text).map((s) => `${s.type}:${s.text}`)).toEqual(detectPhi(text, { tagger: false }).map((s) => `${s.type}:${s.text}`));
  });
  it('leaves clinical prose untouched', () => {
    for (const text of [
      "Parkinson's disease treated with levodopa 100 mg three times daily; follow-up in 2 weeks.",
      'Assessment: Graves disease, TSH 0.01 mIU/L. Plan: methimazole 10 mg daily.',
      '患者68岁，桥本甲状腺炎5年，口服左甲状腺素钠50μg，每日一次。',
      '建议心内科门诊复查心电图和血常规，两周后随访。',
    ]) {
      expect(detectPhi(text).map((s) => s.text)).toEqual([]);
    }
  });
});
