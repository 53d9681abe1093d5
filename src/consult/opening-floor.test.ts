// The opening's triage is a floor: replies (a bare "No", quick-reply chips, descriptive denials) never lower what the
// opening said; a correction of the opening's own words is the one way down. Real triage, real policy.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { correctsOpening, floorAtOpening, OPENING_FLOOR_REASON } from './opening-floor.js';
import { nextConsultStep, warmRedFlagRanking } from './policy.js';

warmRedFlagRanking();

/** Runs a consultation to its answer, replying with `replies` in turn (the last one repeated). */
function finalTriage(opening: string, replies: readonly string[]) {
  const msgs: ChatMessage[] = [{ role: 'user', content: opening }];
  for (let g = 0; g < 5; g++) {
    const s = nextConsultStep(msgs, { maxTurns: 2 });
    if (s.action === 'answer') return { ...s.triage, turns: s.state.turnsAsked };
    msgs.push({ role: 'assistant', content: s.text }, { role: 'user', content: replies[Math.min(g, replies.length - 1)] });
  }
  throw new Error('no answer after 5 steps');
}

describe('floorAtOpening', () => {
  const t = (level: 'routine' | 'urgent' | 'emergency', reasons: string[] = [`r:${level}`]) => ({ level, reasons, message: level });

  it('keeps the opening’s level, message and reasons when the whole case reads lower, and says so', () => {
    const kept = floorAtOpening(t('routine', []), t('emergency'), false);
    expect(kept.level).toBe('emergency');
    expect(kept.message).toBe('emergency');
    expect(kept.reasons).toEqual(['r:emergency', OPENING_FLOOR_REASON]);
  });

  it('lets a reply raise, and a correction lower an urgent opening — never an emergency one', () => {
    expect(floorAtOpening(t('emergency'), t('urgent'), false).reasons).toEqual(['r:emergency']);
    expect(floorAtOpening(t('routine'), t('urgent'), true).level).toBe('routine');
    expect(floorAtOpening(t('routine'), t('emergency'), true).level).toBe('emergency');
    expect(floorAtOpening(t('urgent'), t('emergency'), true).level).toBe('emergency');
    expect(floorAtOpening(t('routine'), undefined, false).level).toBe('routine');
  });
});

describe('correctsOpening: only a correction that names the opening’s own words', () => {
  const opening = 'after a bee sting my son says his throat feels itchy and his voice sounds different';
  it('reads a said correction that negates the opening’s own word', () => {
    expect(correctsOpening(opening, ['Sorry, I meant his arm is itchy where he was stung, not his throat'], 'en')).toBe(true);
    expect(correctsOpening('孩子十岁 被蜜蜂蛰了以后说喉咙痒 声音有点变了', ['说错了，是胳膊痒，喉咙不痒'], 'zh')).toBe(true);
    // A correction word with the opening's word merely repeated, not negated, is no withdrawal of it.
    expect(correctsOpening(opening, ['I meant his throat feels itchy and he is not coughing'], 'en')).toBe(false);
  });

  it('is not a "no" to a question, an apology, or a correction of something else', () => {
    // Review s18 S5: polite and emphatic denials ("Sorry, …", "Actually no…", "其实没有…", "不好意思，是…") answer the questions.
    for (const r of [
      'No',
      '1. No; 2. No; 3. No',
      'Sorry, no, none of those',
      "Sorry I don't know",
      'Actually he is not 40, he is 62',
      "Actually no, he doesn't have any of those, only the sting on his arm.",
      'Sorry, no, nothing else, he just sounds a bit different.',
      'Sorry, he says no to all of those.',
    ])
      expect(correctsOpening(opening, [r], 'en')).toBe(false);
    for (const r of [
      '没有',
      '1. 没有；2. 没有；3. 没有',
      '不好意思，不清楚',
      '说错了，他不是十岁，是十一岁',
      '其实没有喘，就是嘴唇和舌头肿',
      '不好意思，是嘴唇肿，没有喘',
    ])
      expect(correctsOpening('孩子十岁 被蜜蜂蛰了以后说喉咙痒 声音有点变了', [r], 'zh')).toBe(false);
  });
});

describe('a denial never withdraws the opening’s level (review s17 S3–S6)', () => {
  it('an airway sign after a sting stays an emergency after bare "No" replies (was urgent at b222863)', () => {
    const r = finalTriage('after a bee sting my son says his throat feels itchy and his voice sounds different', ['No']);
    expect(r.level).toBe('emergency');
    // Since session 19 the sign itself reads this (sign-grammar.ts: an airway change after an allergen); before, only the
    // opening's floor kept it. Either must hold it at emergency.
    expect(r.reasons.some((x) => x === OPENING_FLOOR_REASON || x === 'allergen-airway-change')).toBe(true);
  });

  it('emergencies and urgent openings answered with all-No chips end no lower than the opening', () => {
    const cases: [string, string][] = [
      ['my wife’s heart is pounding and she’s sweating and can’t get a word out', '1. No; 2. No; 3. No'],
      ['my husband is very cold, drowsy and mumbling after being outside all night', 'No'],
      ['I’m 70 and my belly and back suddenly hurt like tearing and I feel faint', '1. No; 2. No; 3. No'],
      ['拉了三天肚子 现在昏昏沉沉 从昨天起没尿过', '1. 没有；2. 没有；3. 没有'],
      ['突然心跳特别快 感觉要晕过去了', '没有'],
    ];
    const rank = { routine: 0, urgent: 1, emergency: 2 } as const;
    for (const [opening, reply] of cases) {
      const first = nextConsultStep([{ role: 'user', content: opening }]).triage.level;
      const last = finalTriage(opening, [reply]);
      expect(rank[last.level], opening).toBeGreaterThanOrEqual(rank[first]);
      expect(last.reasons.length, opening).toBeGreaterThan(0);
    }
  });

  it('a polite denial keeps an airway sign after a sting an emergency (review s18 S5: was routine)', () => {
    for (const reply of ["Actually no, he doesn't have any of those, only the sting on his arm.", 'Sorry, no, nothing else, he just sounds a bit different.'])
      expect(finalTriage('after a bee sting my son says his throat feels itchy and his voice sounds different', [reply]).level, reply).toBe('emergency');
  });

  it('a yes still raises', () => {
    const r = finalTriage('after a bee sting my son says his throat feels itchy and his voice sounds different', [
      'Actually his voice is getting worse and he is not breathing well',
    ]);
    expect(r.level).toBe('emergency');
    expect(r.reasons).not.toContain(OPENING_FLOOR_REASON);
  });
});
