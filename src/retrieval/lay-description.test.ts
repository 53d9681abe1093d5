import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { chooseDescribedTopic } from './described-choice.js';
import { buildDescribedTopicIndex } from './described-topic.js';
import { createLayModel, LAY_MODEL_VERSION, type LayExample, trainLayModel } from './lay-description.js';
import { LAY_MODEL_WEIGHTS } from './lay-model-weights.generated.js';
import { createUnpagedNames } from './unpaged-names.js';

const analyzer = createAnalyzer();
const q = (text: string) => analyzer.queryTerms(text);

// Sentences of our own: patients describing, the doctor's condition as the label.
const EXAMPLES: LayExample[] = [
  ...['fingers white blue cold', 'fingers go white in the cold then blue', 'white numb fingers in cold weather'].map((t) => ({
    lang: 'en' as const,
    terms: q(t),
    label: 'Raynaud',
  })),
  ...['burning when I pee and going often', 'burning pee all day', 'going to pee often with burning'].map((t) => ({
    lang: 'en' as const,
    terms: q(t),
    label: 'UTI',
  })),
  ...['my knee hurts on stairs', 'knee pain on the stairs', 'stiff knee on stairs in the morning'].map((t) => ({
    lang: 'en' as const,
    terms: q(t),
    label: 'Osteoarthritis',
  })),
];

describe('trainLayModel / createLayModel (pure)', () => {
  it('learns which lay words go with which condition and resolves a new description', () => {
    const m = createLayModel(trainLayModel(EXAMPLES, { maxTermShare: 1 }));
    expect(m.resolve(q('my fingers turn white when it is cold'), 'en', { minScore: 1 })?.name).toBe('Raynaud');
    expect(m.rank(q('burning pee'), 'en')[0]?.name).toBe('UTI');
    // Nothing learned for another language.
    expect(m.rank(q('手指发白'), 'zh')).toEqual([]);
  });
  it('a term seen with a condition once, or refused by the knowledge check, votes for nothing', () => {
    const data = trainLayModel(EXAMPLES, { maxTermShare: 1, keep: (t, l) => !(t === 'stair' && l === 'Osteoarthritis') });
    const votes = (t: string) => (data.langs.en?.weights[t] ?? []).map(([li]) => data.langs.en?.labels[li]);
    expect(votes('stair')).toEqual([]);
    expect(votes('knee')).toEqual(['Osteoarthritis']);
    expect(votes('morn')).toEqual([]);
  });
  it('names no condition when the runner-up is close or too few words vote', () => {
    const m = createLayModel(trainLayModel(EXAMPLES, { maxTermShare: 1 }));
    expect(m.resolve(q('white knee'), 'en', { minScore: 0.1 })).toBeUndefined();
    expect(m.resolve(q('fingers'), 'en', { minScore: 0.1 })).toBeUndefined();
  });
  it('refuses weights of another version, naming the fix', () => {
    expect(() => createLayModel({ version: LAY_MODEL_VERSION + 1, langs: {} })).toThrow(/retrain with bench\/lay-model-train\.ts/);
  });
});

describe('the shipped lay-description weights (trained on the shared consultation corpora)', () => {
  const model = createLayModel(LAY_MODEL_WEIGHTS);
  it('reads lay descriptions written here (not from any corpus or batch)', () => {
    expect(model.resolve(q('打喷嚏流清鼻涕，鼻子痒得厉害，一到春天就犯'), 'zh')?.name).toBe('过敏性鼻炎');
    expect(model.resolve(q('my fingertips go white and then blue whenever I hold something cold'), 'en')?.name).toBe('Raynaud disease');
    expect(model.resolve(q('my wrist and hand go numb at night and my fingers tingle'), 'en')?.name).toBe('Carpal tunnel syndrome');
  });
  it('says nothing about small talk, and stays unsure between two close conditions', () => {
    expect(model.resolve(q('今天天气不错'), 'zh')).toBeUndefined();
    // 尿频尿急 fits a urinary infection and prostatitis alike: no margin, no topic.
    expect(model.resolve(q('尿频尿急，小便的时候火辣辣地刺痛'), 'zh')).toBeUndefined();
  });
});

describe('chooseDescribedTopic (pure): the lay guess needs the sources to agree', () => {
  const lay = createLayModel(trainLayModel(EXAMPLES, { maxTermShare: 1 }));
  const entities = [
    { name: 'Raynaud', lang: 'en' as const, docs: [1], text: 'fingers turn white then blue in the cold' },
    // A twin description: the sources alone cannot tell the two apart (no margin), so only the lay guess decides.
    { name: 'Frostbite', lang: 'en' as const, docs: [3], text: 'fingers turn white then blue in the cold' },
    { name: 'UTI', lang: 'en' as const, docs: [2], text: 'burning pain when passing urine, passing urine often' },
    ...Array.from({ length: 25 }, (_, i) => ({ name: `Other ${i}`, lang: 'en' as const, docs: [100 + i], text: `unrelated condition number ${i} rash fever` })),
  ];
  const described = buildDescribedTopicIndex(entities, (t) => analyzer.terms(t));
  const base = { lang: 'en' as const, described, lay, isSymptom: () => false };
  it('takes the lay guess when the descriptions rank it too, and never a symptom page or a denied one', () => {
    const terms = q('fingers white cold');
    const pick = chooseDescribedTopic({ ...base, terms, lay: createLayModel(trainLayModel(EXAMPLES, { maxTermShare: 1 })) });
    expect(pick).toMatchObject({ name: 'Raynaud', via: 'lay' });
    expect(chooseDescribedTopic({ ...base, terms, isSymptom: (n) => n === 'Raynaud' })).toBeUndefined();
    // The sources do not rank it (no entity describes it): the lay guess alone decides nothing.
    expect(chooseDescribedTopic({ ...base, terms, described: buildDescribedTopicIndex(entities.slice(2), (t) => analyzer.terms(t)) })).toBeUndefined();
    expect(chooseDescribedTopic({ ...base, terms, denied: new Set([1]) })).toBeUndefined();
  });
});

describe('createUnpagedNames (pure)', () => {
  const finder = createUnpagedNames({
    names: ['狂犬病', '高血压', '手足口病', 'plantar fasciitis', 'heart attack', '头痛'],
    hasPage: (n) => n === '高血压' || n === 'heart attack',
    isSymptom: (n) => n === '头痛',
  });
  it('lists the names the question says that no page is about, as written, in order', () => {
    expect(finder.find('被狗咬了要打狂犬病疫苗吗，我有高血压')).toEqual(['狂犬病']);
    expect(finder.find('Is Plantar Fasciitis curable? I also had a heart attack')).toEqual(['plantar fasciitis']);
    expect(finder.find('头痛怎么办')).toEqual([]);
  });
});
