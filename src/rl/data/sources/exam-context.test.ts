// The exam items the RL builders write, and the plain-label exam items verl sends, carry the question and option texts
// to the exam verifier (session 14, #18): the reward then reads a response as `eval run` scores it — an option named by
// its text, and no credit for an option the response names only to set aside. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { createRewardEngine } from '../../reward/engine.js';
import { verlSpec } from '../../service/routes/verl.js';
import { specForGold } from './bench.js';
import type { BenchItem } from '../../../eval/types.js';

const options = { A: 'Lisinopril', B: 'Amlodipine', C: 'Hydrochlorothiazide', D: 'Labetalol' };
const question = 'Which is the most appropriate drug for this pregnant woman with chronic hypertension?';
const item: BenchItem = { id: 'x1', bench: 'medqa-us', lang: 'en', question, options, gold: { kind: 'choice', letters: 'D' }, groups: {}, metadata: {} };

describe('rl build: exam items from a benchmark', () => {
  it('carry the option texts and the question in the reward spec', () => {
    const r = specForGold(item);
    expect('spec' in r && r.spec.opt).toMatchObject({ options: 'ABCD', optionTexts: options, question });
  });

  it('the reward reads a JSON answer given as the option text', () => {
    const r = specForGold(item);
    if (!('spec' in r)) throw new Error('no spec');
    const engine = createRewardEngine({ ctx: {} });
    const [res] = engine.scoreRulesOnly([{ prompt: '', response: '{"answer": "Labetalol"}', spec: { ...r.spec, id: 'x1' } }]);
    expect(res.acc).toBe(true);
  });
});

describe('verl: a plain exam label with the question and options in extra_info', () => {
  it('passes them to the exam verifier', () => {
    expect(verlSpec('openlifescienceai/medmcqa', 'D', { question, options }, 0)).toMatchObject({
      task: 'exam',
      gt: 'D',
      opt: { question, optionTexts: options },
    });
    expect(verlSpec('openlifescienceai/medmcqa', 'D', { question, options: { a: 'x', b: 'y' } }, 0).opt).toMatchObject({ optionTexts: { A: 'x', B: 'y' } });
  });

  it('ignores what is not a letter → text map', () => {
    expect(verlSpec('openlifescienceai/medmcqa', 'D', { options: ['x', 'y'] }, 0).opt).toBeUndefined();
    expect(verlSpec('openlifescienceai/medmcqa', 'D', { options: { first: 'x' } }, 0).opt).toBeUndefined();
  });

  it('with them, an option named only to be avoided earns nothing; a named choice is credited', () => {
    const engine = createRewardEngine({ ctx: {} });
    const spec = verlSpec('openlifescienceai/medmcqa', 'A', { question, options }, 0);
    expect(engine.scoreRulesOnly([{ prompt: '', response: 'Avoid lisinopril.', spec }])[0].acc).toBe(false);
    const right = verlSpec('openlifescienceai/medmcqa', 'D', { question, options }, 0);
    expect(engine.scoreRulesOnly([{ prompt: '', response: 'The safest choice is labetalol.', spec: right }])[0].acc).toBe(true);
  });
});

describe('a JSON answer naming options by their text, now that the specs carry the texts (own probe after READY)', () => {
  const texts = { A: 'Gentamicin', B: 'Ciprofloxacin', C: 'Ceftriaxone', D: 'Trimethoprim' };
  const spec = { id: 'p', task: 'exam' as const, gt: 'B', fmt: 'json' as const, opt: { options: 'ABCD', optionTexts: texts } };
  const engine = createRewardEngine({ ctx: {} });
  const acc = (response: string) => engine.scoreRulesOnly([{ prompt: '', response, spec }])[0].acc;
  it('two options joined by "or" or "and" are a hedge or two answers, never the first one', () => {
    expect(acc('{"answer": "Ciprofloxacin or Ceftriaxone"}')).toBe(false);
    expect(acc('{"answer": "Ciprofloxacin and Ceftriaxone"}')).toBe(false);
    expect(acc('{"answer": "Ciprofloxacin (or ceftriaxone)"}')).toBe(false);
    expect(acc('{"answer": "Ciprofloxacin / Ceftriaxone"}')).toBe(false);
    const zh = { ...spec, opt: { options: 'ABC', optionTexts: { A: '庆大霉素', B: '环丙沙星', C: '头孢曲松' } } };
    expect(engine.scoreRulesOnly([{ prompt: '', response: '{"answer": "环丙沙星或头孢曲松"}', spec: zh }])[0].acc).toBe(false);
    expect(engine.scoreRulesOnly([{ prompt: '', response: '{"answer": "环丙沙星"}', spec: zh }])[0].acc).toBe(true);
  });
  it('one option named by its text is credited', () => {
    expect(acc('{"answer": "Ciprofloxacin"}')).toBe(true);
    expect(acc('{"answer": "ciprofloxacin, not ceftriaxone"}')).toBe(true);
  });
});
