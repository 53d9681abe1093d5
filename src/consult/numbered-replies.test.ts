// A number opens a chip answer only where the turn asked a question with that number (session 24). The scripted and
// real patients alike answer "How old is the person? …" with "64. I'm on chemo, last cycle 8 days ago" — read as the
// answer to question 64 of a three-question turn, the whole reply was dropped: the chemotherapy and every sign after
// it (consult-cases-29 c29-055: fever after chemotherapy ended routine). The words so freed may raise the case only
// through a rule finding (withFreedWords): on them the learned reader moved six of 438 batch consultations both ways.
// Rows are from bench/consult-s24-numbered-reply-probes.jsonl, each kind with its twin that must not change.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { type ConsultTriage, nextConsultStep, withFreedWords } from './policy.js';
import { readReplies } from './replies.js';

const Q3 = ['How long has this been going on?', 'How old is the person?', 'Any long-term conditions, blood thinners, steroids or chemotherapy?'];

function level(opening: string, replies: string[]): string {
  const t: ChatMessage[] = [{ role: 'user', content: opening }];
  for (let i = 0; i < 5; i++) {
    const s = nextConsultStep(t, { maxTurns: 2 });
    if (s.action === 'answer') return s.triage.level;
    t.push({ role: 'assistant', content: s.text }, { role: 'user', content: replies[i] ?? (/[\u4e00-\u9fff]/.test(opening) ? '没有' : 'no') });
  }
  return nextConsultStep(t, { maxTurns: 2 }).triage.level;
}

describe('a reply opened by a number past the questions asked is the patient’s words', () => {
  it('keeps the words for the triage and marks them freed', () => {
    const r = readReplies([{ asked: Q3, reply: "64. I'm on chemo for bowel cancer, last cycle was 8 days ago" }], 'en');
    expect(r.free).toBe("64. I'm on chemo for bowel cancer, last cycle was 8 days ago");
    expect(r.freed).toBe("64. I'm on chemo for bowel cancer, last cycle was 8 days ago");
    expect(r.unfreed).toBe('');
    expect(r.affirmed).toEqual([]);
  });
  it('a number within the turn still opens a chip answer (its words are no free text, nothing is freed)', () => {
    for (const reply of ['1. No; 2. No; 3. No', '3. no', '1) no 2) no 3) no']) {
      const r = readReplies([{ asked: Q3, reply }], 'en');
      expect([r.free, r.freed]).toEqual(['', '']);
    }
    expect(readReplies([{ asked: Q3, reply: '1. 没有；2. 没有；3. 没有' }], 'zh').free).toBe('');
    // a decimal stays a reading, and is no freed word
    expect(readReplies([{ asked: Q3, reply: '38.5' }], 'en')).toMatchObject({ free: '38.5', freed: '', unfreed: '38.5' });
  });
  it('only the in-range numbers are chips when both kinds appear', () => {
    const r = readReplies([{ asked: Q3, reply: '1. two days\n45. on warfarin' }], 'en');
    expect(r.free).toBe('45. on warfarin');
    expect(r.freed).toBe('45. on warfarin');
    expect(r.facts.duration).toBe('two days');
  });
  it('binds no fact from the freed words (they reach the case through the rules only)', () => {
    expect(readReplies([{ asked: ['How old is the person?'], reply: '64. on chemo' }], 'en').facts).toEqual({});
  });
});

const triage = (level: ConsultTriage['level'], reasons: string[], rules?: ConsultTriage['rules']): ConsultTriage => ({
  level,
  reasons,
  message: '',
  ...(rules ? { rules } : {}),
});

describe('withFreedWords: the freed words raise through a new rule finding only, never lower', () => {
  const kept = triage('routine', [], { level: 'routine', reasons: [] });
  it('a new rule finding that reaches the level raises', () => {
    const all = triage('emergency', ['neutropenic-sepsis'], { level: 'emergency', reasons: ['neutropenic-sepsis'] });
    expect(withFreedWords(kept, all)).toBe(all);
  });
  it('the learned reader alone does not raise', () => {
    expect(withFreedWords(kept, triage('urgent', ['model:urgent'], { level: 'routine', reasons: [] }))).toBe(kept);
  });
  it('a rule finding already in the kept words is nothing new', () => {
    const k = triage('urgent', ['chest-pain'], { level: 'urgent', reasons: ['chest-pain'] });
    expect(withFreedWords(k, triage('emergency', ['chest-pain', 'model:emergency'], { level: 'urgent', reasons: ['chest-pain'] }))).toBe(k);
  });
  it('a rule finding below the level the reader lifted it to does not raise', () => {
    expect(withFreedWords(kept, triage('emergency', ['x', 'model:emergency'], { level: 'urgent', reasons: ['x'] }))).toBe(kept);
  });
  it('never lowers', () => {
    const k = triage('urgent', ['model:urgent'], { level: 'routine', reasons: [] });
    expect(withFreedWords(k, triage('routine', [], { level: 'routine', reasons: [] }))).toBe(k);
  });
});

describe('whole consultations (probes written before the code)', () => {
  it.each([
    ["bit of a cough and feel rough, what's good to take?", ['no', "72. I'm on chemo, last cycle 9 days ago, temperature 38.6 tonight"]],
    ['有点咳嗽，没什么精神', ['没有', '72. 在化疗，上周刚做完，今天发烧38.6度']],
  ])('%s → emergency', (opening, replies) => {
    expect(level(opening, replies)).toBe('emergency');
  });
  it.each([
    ['did my back in lifting a box', ['35. no fever, no weight loss, no numbness, just the ache']],
    ['bit of a sore throat', ["64. on chemo but no temperature, it's 36.8"]],
    ['my son has a runny nose', ['5. no rash, eating and drinking fine, no fever']],
    ['heartburn after meals', ["58. my dad had a heart attack at 60, I've got no chest pain"]],
    ['喉咙痛', ['72. 没有糖尿病，不发烧']],
    ["I've got a cold", ["50. I'm on chemo next month, no fever now"]],
  ])('%s → stays routine', (opening, replies) => {
    expect(level(opening, replies)).toBe('routine');
  });
});
