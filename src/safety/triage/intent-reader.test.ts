import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE, crisisSource } from './crisis-line.js';
import { foldPersons, intentFeatures, predictIntent, shippedIntent } from './intent-reader.js';
import { BENCH_BLIND } from '../../../test/helpers/bench-probes.js';

const blind = (batch: string, id: string): string => {
  const row = readFileSync(new URL(`triage-${batch}.jsonl`, BENCH_BLIND), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string })
    .find((r) => r.id === id);
  if (!row) throw new Error(`triage-${batch}: no row ${id}`);
  return row.text;
};

describe('intent reader: the person folded', () => {
  it('reads every person word as one token, in both scripts', () => {
    expect(foldPersons('my daughter cut her arm')).toBe('someone cut someone arm');
    expect(foldPersons('I cut my arm')).toBe('someone cut someone arm');
    expect(foldPersons('我女儿把自己锁在厕所')).toBe('人人把人锁在厕所');
  });
  it('a third-person act shares its folded n-grams with the first-person one', () => {
    const a = new Set(intentFeatures('my boyfriend injected his whole insulin pen').idx);
    const b = intentFeatures('I injected my whole insulin pen').idx.filter((i) => a.has(i));
    expect(b.length).toBeGreaterThan(5);
  });
});

describe('intent reader in triage: raise only, with the crisis line', () => {
  // In-sample (triage-aw is in the training rows): session 32's first-sight misses. Left out, the reader gave them
  // 0.07-0.80 (bench/results/triage-s33-notes.md); these lock the wiring, not a forecast.
  it.each([
    ['aw', 'aw031'],
    ['aw', 'aw037'],
    ['aw', 'aw053'],
    ['aw', 'aw073'],
    ['aw', 'aw088'],
  ])('triage-%s %s → emergency with the crisis line', (batch, id) => {
    const d = triageDetail(blind(batch, id));
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });

  // Written for this change, before its outputs were read: the over-calls the brief names. Some are already
  // over-called by older readers (the dissertation figure, hospice, the garage, the gamer); the reader adds none.
  it.each([
    'this dissertation is literally killing me, I want to die lol. any tips for staying focused?',
    'my mum is in hospice now and the nurses give her morphine for comfort. how long does this stage usually last?',
    "I'm a ward nurse, what's the maximum daily dose of paracetamol for an adult under 50 kg?",
    "I took an overdose five years ago and was treated in hospital. I've been well since and see my therapist monthly. Can I donate blood?",
    "In the novel I'm reading the heroine takes a whole bottle of pills at the end. Is that how it would really happen medically?",
    'bought rat poison for the garage, we have mice. how do I keep it away from my dog?',
    '考试周真的要命，累死我了哈哈，熬夜复习喝咖啡会不会心慌',
    '我爸在安宁病房，医生说用吗啡镇痛，家属需要注意什么',
    '我是药房的，想确认一下阿米替林成人每天最大剂量是多少',
    '我三年前吃药自杀过，抢救回来了，现在情绪稳定一直在复诊，想问问能不能怀孕',
    '那部电视剧里男主割腕自杀那一段，真的会流那么多血吗',
    '我女儿切菜的时候不小心切到手指，口子挺深的，按了十分钟还在渗血',
    'my dad is type 2 and accidentally injected his insulin twice this morning, he ate a big breakfast and checks 7.8 now',
  ])('no raise: %s', (text) => {
    const d = triageDetail(text);
    expect(d.contributions.intent?.raised).toBe(false);
    expect(d.contributions.crisisLine).not.toBe('intent');
  });

  it('is off with intent: null and with rulesOnly', () => {
    const text = blind('aw', 'aw031');
    expect(triageDetail(text, { intent: null }).contributions.intent).toBeUndefined();
    expect(triageDetail(text, { rulesOnly: true }).contributions.intent).toBeUndefined();
  });

  it('names the line intent only when no other source explains it', () => {
    const base = {
      level: 'emergency' as const,
      screenRisk: 'none' as const,
      components: [],
      overdose: false,
      head: false,
      selfHarmP: 0,
      readerOnlyEmergency: false,
      accident: false,
    };
    expect(crisisSource({ ...base, intent: true })).toBe('intent');
    expect(crisisSource({ ...base, intent: true, overdose: true })).toBe('overdose');
    expect(crisisSource({ ...base, level: 'urgent', intent: true })).toBeNull();
  });

  it('the shipped weights load and score', () => {
    const m = shippedIntent();
    expect(m).not.toBeNull();
    expect(predictIntent(m!, intentFeatures('hello'))).toBeGreaterThanOrEqual(0);
  });
});
