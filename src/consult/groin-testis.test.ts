// A torsion told as a groin pain (groin-testis.ts): the frame reads who and what in the opening, the answer reader reads
// the reply to the frame's own question. c48-012 (consult-cases-48) ended ROUTINE before; the look-alikes stay unasked.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../test/helpers/bench-probes.js';
import type { ChatMessage } from '../models/backend.js';
import { readFacts } from './facts.js';
import { GROIN_TESTIS_ASK, groinPainYoungMale, testisToldInAnswer } from './groin-testis.js';
import { nextConsultStep } from './policy.js';

const frame = (t: string) => groinPainYoungMale(t, readFacts(t));

describe('groin pain in a boy or young man asks the testis', () => {
  it.each([
    "Pulled something in my groin playing footy yesterday I think, woke up at 5 with it really sore. Can I take ibuprofen and play on Saturday? (I'm 16)",
    'my son (14) says his groin hurts since this morning, can he still go to school?',
    "I'm 19, groin pain on the left since last night, think I strained it at the gym",
    '儿子13岁，早上起来说左边大腿根疼，是不是拉伤了',
    '我17岁，踢球后腹股沟很痛，能不能吃布洛芬',
  ])('%s', (t) => expect(frame(t)).toBe(true));

  it.each([
    // a woman, a girl, an older man, no pain, the groin denied, the testis already named
    "I'm a 24 year old woman with groin pain after running",
    'my daughter (12) has a sore groin after PE',
    "I'm 58, groin pain when I walk, could it be my hip?",
    'groin rash, itchy, no pain, 20M',
    "I'm 18 and my left testicle hurts since this morning",
    'no groin pain, just a sore knee after football, 16',
    '我是女生，20岁，腹股沟疼',
    // review s43: a woman told by 女生 / 姑娘 not after 我是 (the question was asked of her)
    '我20岁女生，跑步后大腿根拉伤了',
    '我22岁，是个姑娘，最近腹股沟疼',
  ])('%s', (t) => expect(frame(t)).toBe(false));

  it('c48-012: the question is appended and a reply naming the ball with its signs ends an emergency', () => {
    const [c] = readBenchProbes<{ id: string; opening: string }>('blind/consult-cases-48.jsonl').filter((r) => r.id === 'c48-012');
    const first = nextConsultStep([{ role: 'user', content: c.opening }]);
    expect(first.action).toBe('ask');
    if (first.action !== 'ask') return;
    expect(first.questions.map((q) => q.text)).toContain(GROIN_TESTIS_ASK.en);
    const more: ChatMessage[] = [
      { role: 'assistant', content: first.text },
      { role: 'user', content: "yeah it's actually more my left ball than the groin tbh. woke me up at 5am. threw up once this morning. it looks swollen" },
    ];
    const next = nextConsultStep([{ role: 'user', content: c.opening }, ...more]);
    expect(next.triage.level).toBe('emergency');
  });
});

describe('the answer to the frame’s question', () => {
  const turn = (reply: string, lang: 'en' | 'zh' = 'en') => [{ asked: [GROIN_TESTIS_ASK[lang]], reply }];
  it.each(["yeah it's actually more my left ball than the groin tbh", 'yes, the right testicle', 'it is in my balls really'])('told: %s', (r) =>
    expect(testisToldInAnswer(turn(r), 'en')).toBe(true),
  );
  it.each(['其实是左边蛋蛋疼', '是睾丸，右边'])('told: %s', (r) => expect(testisToldInAnswer(turn(r, 'zh'), 'zh')).toBe(true));

  it.each([
    'no, not my balls, just the groin',
    'balls are fine',
    "testicles aren't sore",
    'could it be my testicle?',
    'not sure, maybe the ball?',
    'no, I kicked the ball and felt it pull',
  ])('not told: %s', (r) => expect(testisToldInAnswer(turn(r), 'en')).toBe(false));
  it.each(['睾丸不疼', '蛋蛋没事，就是大腿根', '不是睾丸'])('not told: %s', (r) => expect(testisToldInAnswer(turn(r, 'zh'), 'zh')).toBe(false));

  it('a reply to any other turn is not read', () => {
    expect(testisToldInAnswer([{ asked: ['Any fever?'], reply: 'my left ball hurts' }], 'en')).toBe(false);
  });
});
