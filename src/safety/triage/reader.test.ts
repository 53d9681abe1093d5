import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { loadVignettes } from '../triage-eval.js';
import type { TriageLevel } from '../types.js';
import { combine, decideLevel, type ReaderPolicy } from './combine.js';
import { loadDataset, WRITTEN_GROUPS } from './dataset.js';
import { DEFAULT_TRAIN, featurise, GROUP_WEIGHT, trainReader } from './learn.js';
import { shippedModel } from './model.js';
import { POLICY, SELF_HARM_THRESHOLD, THRESHOLDS } from './train-cli.js';

const P: ReaderPolicy = { raiseEmergency: 0.55, raiseUrgent: 0.5, lowerEmergency: 0.1, lowerUrgent: 0.85, unanchored: { emergency: 0.6, urgent: 0.6 } };
const probs = (emergency: number, urgent: number): Record<TriageLevel, number> => ({ emergency, urgent, routine: 1 - emergency - urgent });
const base = { hard: false, policy: P, current: true, readable: true, anchored: true, discriminator: true, chronicOnly: false };

describe('combine: how the rules and the reader decide together', () => {
  it('a hard finding (suicide, emergency vital) is a floor the reader cannot lower', () => {
    expect(combine({ ...base, ruleLevel: 'emergency', hard: true, probs: probs(0.01, 0.01) }).level).toBe('emergency');
    expect(combine({ ...base, ruleLevel: 'urgent', hard: true, probs: probs(0, 0) }).level).toBe('urgent');
  });
  it('lowers a rule call one step only, and only on strong evidence', () => {
    expect(combine({ ...base, ruleLevel: 'emergency', probs: probs(0.05, 0.05) })).toEqual({ level: 'urgent', by: 'model:lower' });
    expect(combine({ ...base, ruleLevel: 'emergency', probs: probs(0.3, 0.05) }).level).toBe('emergency');
    expect(combine({ ...base, ruleLevel: 'urgent', probs: probs(0.02, 0.05) })).toEqual({ level: 'routine', by: 'model:lower' });
    expect(combine({ ...base, ruleLevel: 'urgent', probs: probs(0.1, 0.2) }).level).toBe('urgent');
  });
  it('raises to emergency only for a current, readable episode; otherwise same-day care', () => {
    expect(combine({ ...base, ruleLevel: 'urgent', probs: probs(0.7, 0.1) })).toEqual({ level: 'emergency', by: 'model:raise' });
    expect(combine({ ...base, ruleLevel: 'routine', current: false, probs: probs(0.9, 0) }).level).toBe('urgent');
    expect(combine({ ...base, ruleLevel: 'routine', discriminator: false, probs: probs(0.9, 0) }).level).toBe('urgent');
    expect(combine({ ...base, ruleLevel: 'routine', chronicOnly: true, probs: probs(0.9, 0) }).level).toBe('urgent');
    expect(combine({ ...base, ruleLevel: 'routine', readable: false, probs: probs(0.99, 0) })).toEqual({ level: 'routine', by: 'rules' });
  });
  it('with nothing clinical in the rule layer the stricter unanchored thresholds apply', () => {
    expect(combine({ ...base, ruleLevel: 'routine', probs: probs(0.57, 0) }).level).toBe('emergency');
    expect(combine({ ...base, ruleLevel: 'routine', anchored: false, probs: probs(0.57, 0) }).level).toBe('routine');
  });
});

describe('training data', () => {
  const { messages } = loadDataset();
  it('holds the clinician-written sets and the scored blind batches, never a batch still sealed', () => {
    const groups = new Set(messages.map((m) => m.group));
    for (const g of ['written-a', 'written-b', 'written-c', 'triage-e', 'triage-o', 'generated', 'seeds']) expect(groups.has(g), g).toBe(true);
    // P, Q (session 6), R and S (session 7) were scored at first sight before they joined; later batches are sealed.
    for (const g of ['triage-p', 'triage-q', 'triage-r', 'triage-s']) expect(groups.has(g), g).toBe(true);
    expect([...groups].some((g) => /triage-[t-z]/.test(g))).toBe(false);
    expect(WRITTEN_GROUPS.some((g) => /triage-[t-z]/.test(g.path))).toBe(false);
    expect(messages.filter((m) => m.group === 'written-b')).toHaveLength(320);
  });
  it('the shipped weights were trained on exactly this data with this policy (npm run train:triage reproduces them)', () => {
    const sha = createHash('sha256')
      .update(messages.map((m) => `${m.group}\t${m.level}\t${m.text}`).join('\n'))
      .digest('hex');
    const model = shippedModel();
    expect(model?.meta.trainedOn.corpusSha256).toBe(sha);
    expect(model?.meta.thresholds).toEqual(THRESHOLDS);
    expect(model?.meta.thresholds.policy).toEqual(POLICY);
  });
});

describe('the learned reader on a writer it has not seen', () => {
  // Train on people's messages only (two writers + the scored blind batches, no generator), score the third writer.
  const { messages } = loadDataset();
  const train = featurise(messages.filter((m) => m.kind === 'blind' || m.group === 'written-a' || m.group === 'written-b'));
  const { model } = trainReader(
    train,
    { train: DEFAULT_TRAIN, groupWeight: GROUP_WEIGHT, thresholds: THRESHOLDS, selfHarmThreshold: SELF_HARM_THRESHOLD },
    'test',
  );
  const heldOut = loadVignettes(new URL('./corpus/written-c.jsonl', import.meta.url));
  const em = heldOut.filter((v) => v.expected === 'emergency');
  const non = heldOut.filter((v) => v.expected !== 'emergency');

  it('catches more emergencies than the rules alone, without giving up specificity', () => {
    const caught = (opts: Parameters<typeof triageDetail>[1]) => em.filter((v) => triageDetail(v.text, opts).level === 'emergency').length / em.length;
    const spec = (opts: Parameters<typeof triageDetail>[1]) => non.filter((v) => triageDetail(v.text, opts).level !== 'emergency').length / non.length;
    const withReader = caught({ model });
    expect(withReader).toBeGreaterThanOrEqual(caught({ rulesOnly: true }) + 0.05);
    expect(withReader).toBeGreaterThanOrEqual(0.85);
    expect(spec({ model })).toBeGreaterThanOrEqual(spec({ rulesOnly: true }) - 0.02);
    // Four full triage passes over the held-out writer: a whole-corpus check, not a speed target (it took 240 s at
    // load 20 on two cores, at the session start and now alike), so it gets room; speed lives in npm run bench.
  }, 600_000);

  it('triage makes exactly the decision decideLevel computes from its facts (the policy grid in bench/triage-cv.ts)', () => {
    for (const v of heldOut.slice(0, 80)) {
      const d = triageDetail(v.text, { model });
      const probs = d.contributions.model?.probs ?? null;
      expect(decideLevel(d.contributions.facts, probs, THRESHOLDS.policy).level, v.id).toBe(d.level);
    }
  });
});

describe('the self-harm head', () => {
  // Suicide/self-harm emergencies of a clinician-written training set that the rule screen grades as no risk: the
  // crisis line then comes only from the head.
  const written = loadVignettes(new URL('./corpus/written-b.jsonl', import.meta.url));
  const model = shippedModel();
  const unheard = written.filter(
    (v) => v.expected === 'emergency' && /suicid|self-?harm/i.test(v.category) && triageDetail(v.text).contributions.suicide.risk === 'none',
  );
  const CRISIS = /12356|988|116 123/;

  it('attaches the crisis line to emergencies the suicide screen did not hear', () => {
    expect(unheard.length).toBeGreaterThan(0);
    const withHead = unheard.filter((v) => {
      const d = triageDetail(v.text, { locale: v.lang === 'zh' ? 'zh-CN' : 'en-US' });
      return d.level === 'emergency' && CRISIS.test(d.message);
    });
    // Without the head (same weights, no second head) and without the learned intent reader (session 33), fewer do.
    const headless = model ? { ...model, meta: { ...model.meta, selfHarm: undefined }, head: null } : undefined;
    const without = unheard.filter((v) =>
      CRISIS.test(triageDetail(v.text, { model: headless, intent: null, locale: v.lang === 'zh' ? 'zh-CN' : 'en-US' }).message),
    );
    expect(withHead.length).toBeGreaterThan(without.length);
  });

  it('does not put a crisis line on a young child swallowing medicine or on everyday emergencies', () => {
    const d = triageDetail('my 2 year old swallowed some of grandma’s blood pressure tablets 10 minutes ago');
    expect(d.level).toBe('emergency');
    expect(d.message).not.toMatch(CRISIS);
    expect(triageDetail('crushing chest pain spreading to my left arm, sweating').message).not.toMatch(CRISIS);
  });
});
