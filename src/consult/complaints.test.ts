import { describe, expect, it } from 'vitest';
import type { Triage } from '../safety/types.js';
import { affirmationOf, COMPLAINTS, findComplaints, SITE_SCREENS } from './complaints.js';
import { isSymptomMessage, nextConsultStep, rankBySeparation, recognisedText } from './policy.js';

describe('complaint → red-flag map', () => {
  it('every complaint asks in both languages, at most three questions each', () => {
    for (const c of [...COMPLAINTS, ...SITE_SCREENS]) {
      expect(c.ask.zh.length).toBeGreaterThan(0);
      expect(c.ask.zh.length).toBe(c.ask.en.length);
      expect(c.ask.zh.length).toBeLessThanOrEqual(3);
    }
  });

  it('an entry supersedes only entries that exist, never itself', () => {
    const ids = new Set(COMPLAINTS.map((c) => c.id));
    for (const c of COMPLAINTS) for (const s of c.supersedes ?? []) expect(ids.has(s) && s !== c.id, `${c.id} supersedes ${s}`).toBe(true);
  });

  it('names a complaint, or falls back to the body-site screen', () => {
    expect(findComplaints('I keep getting hiccups').map((c) => c.id)).toEqual(['hiccups']);
    expect(findComplaints('我的小拇指指甲变黑了').map((c) => c.id)).toContain('site:limb');
  });

  it('the ear and the jaw have their own screens (hearing loss, pulsatile noise, vertigo; exertion, temples), not 木耳', () => {
    expect(findComplaints('最近右耳一直嗡嗡响，晚上更明显').map((c) => c.id)).toEqual(['site:ear']);
    expect(isSymptomMessage('最近右耳一直嗡嗡响，晚上更明显，这是怎么回事？')).toBe(true);
    expect(findComplaints('左边下巴疼，嚼东西更疼').map((c) => c.id)).toContain('site:jaw');
    expect(findComplaints('My jaw clicks and aches when I chew').map((c) => c.id)).toContain('site:jaw');
    expect(findComplaints('昨天吃了木耳炒肉').map((c) => c.id)).not.toContain('site:ear');
  });

  it('a "yes" states the red flags without the asking frame (no stray 没有 to read as a negation)', () => {
    expect(affirmationOf('有没有吐血、吐咖啡色东西？有没有黑便？')).not.toMatch(/没有|？/);
    expect(affirmationOf('Any vomiting blood or black stools?')).toBe('vomiting blood or black stools.');
  });
});

describe('red-flag questions ranked by what a yes would do to the triage', () => {
  const fake = (text: string): Triage => ({ level: /blood/.test(text) ? 'emergency' : /fever/.test(text) ? 'urgent' : 'routine', reasons: [], message: '' });
  it('puts the emergency-making question first, then the urgent one, and keeps knowledge order on ties', () => {
    expect(rankBySeparation(['Any itch?', 'Any fever?', 'Any blood?', 'Any rash?'], fake)).toEqual(['Any blood?', 'Any fever?', 'Any itch?', 'Any rash?']);
  });
});

describe('consultation on complaints outside the triage presentations', () => {
  it('recognises bare openings about a body site that changed', () => {
    expect(isSymptomMessage('早上起来眼睛一片血红')).toBe(true);
    expect(isSymptomMessage('my eye is really red')).toBe(true);
    expect(isSymptomMessage('what is the function of the kidney')).toBe(false);
  });

  it('asks about the complaint’s own red flags first (zh and en)', () => {
    const zh = nextConsultStep([{ role: 'user', content: '耳朵里一直嗡嗡响' }]);
    expect(zh.action).toBe('ask');
    if (zh.action === 'ask') expect(zh.questions[0]?.text).toMatch(/听力|心跳|眩晕/);
    const en = nextConsultStep([{ role: 'user', content: 'found a lump in my breast' }]);
    expect(en.action).toBe('ask');
    if (en.action === 'ask') expect(en.questions[0]?.text).toMatch(/dimpling|nipple|hard|armpit/i);
  });
});

describe('corrections', () => {
  it('a later statement overrides an earlier one', () => {
    const step = nextConsultStep([
      { role: 'user', content: 'my son has had a rash for 2 days' },
      { role: 'assistant', content: 'To give you safer advice, a few quick questions first:\n1. Any fever?' },
      { role: 'user', content: 'no fever. sorry, it has been 5 days not 2, and he is 7 years old' },
    ]);
    expect(step.state.facts.duration).toMatch(/5 days/);
    expect(step.state.facts.age).toBe(7);
  });
});

describe('the same complaint in both languages reaches the same written knowledge (our own lay wordings)', () => {
  const ids = (text: string) => findComplaints(recognisedText(text)).map((c) => c.id);
  it.each([
    ['嗓子哑了快一个月', 'my voice has been croaky for nearly a month', 'hoarseness'],
    ['眼睛红了，有点疼', 'my eye has gone red and sore', 'redEye'],
    ['体重莫名其妙掉了十斤', "I've lost about 5 kilos without trying", 'site:weight'],
    ['最近老忘事', 'I keep forgetting things lately', 'memory'],
    ['手指发麻', 'my fingers keep going numb', 'numbness'],
    ['最近老是心慌', 'my heart has been fluttering on and off lately', 'palpitations'],
  ])('%s / %s → %s', (zh, en, id) => {
    expect(ids(zh)).toContain(id);
    expect(ids(en)).toContain(id);
  });

  it('an illness one cannot shake off is no tremor; shaking hands are', () => {
    expect(ids("can't shake this cough, it's been two weeks")).not.toContain('tremor');
    expect(ids('my hands shake when I hold a cup')).toContain('tremor');
    expect(ids('I have been feeling shaky all morning')).toContain('tremor');
  });

  it('a child behind in talking or walking is asked lost skills, hearing and social communication; a report of what someone said is not', () => {
    expect(ids('our boy is nearly two and just says about 4 words')).toContain('development');
    expect(ids('女儿20个月了还不会走，别的孩子早就会了')).toContain('development');
    expect(ids('she only says she is fine when I ask')).not.toContain('development');
  });
});
