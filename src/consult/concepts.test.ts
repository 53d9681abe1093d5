import { describe, expect, it } from 'vitest';
import { findComplaints } from './complaints.js';
import { conceptNames, foldWord, withConceptNames } from './concepts.js';
import { nextConsultStep, recognisedText } from './policy.js';

describe('complaint concepts shared by both languages', () => {
  it('folds English word forms so inflections meet ("races", "racing"; "spins", "spinning")', () => {
    expect(foldWord('racing')).toBe(foldWord('races'));
    expect(foldWord('spinning')).toBe(foldWord('spins'));
    expect(foldWord("heart's")).toBe('heart');
    // A word's own double letter stays: pills are not piles.
    expect(foldWord('pills')).not.toBe(foldWord('piles'));
    expect(conceptNames('I have got the pills ready')).not.toContain('haemorrhoids');
  });

  it('reads a lay name order-free and with words between ("my heart has been fluttering" is a fluttering heart)', () => {
    expect(conceptNames('my heart has been fluttering since lunch')).toContain('palpitations');
    expect(conceptNames('the whole room was spinning when I sat up')).toContain('vertigo');
    expect(conceptNames('the whole room was spinning when I sat up')).toContain('眩晕');
    expect(conceptNames('孩子上吐下泻一天了')).toContain('呕吐腹泻');
  });

  it('adds nothing for words no concept names, and never alters the patient’s own words', () => {
    expect(withConceptNames('I would like to book an appointment')).toBe('I would like to book an appointment');
    const t = withConceptNames('my heart has been fluttering since lunch');
    expect(t.startsWith('my heart has been fluttering since lunch\n')).toBe(true);
  });

  it('the recognisers read the other names only when the patient’s own words name nothing they know', () => {
    // Known as said (the foot): read as written, no clinical name of a sprain to stray into another entry.
    expect(recognisedText('打球把脚崴了，肿了')).toBe('打球把脚崴了，肿了');
    // Unknown as said: the palpitations entry is found through the concept.
    const own = 'my heart has been fluttering since lunch';
    expect(findComplaints(own).map((c) => c.id)).toEqual([]);
    expect(findComplaints(recognisedText(own)).map((c) => c.id)).toContain('palpitations');
  });

  it('an English lay wording gets the same complaint red flags as the Chinese one', () => {
    const en = nextConsultStep([{ role: 'user', content: 'my heart has been fluttering since lunch, should I worry?' }], {
      triage: () => ({ level: 'routine', reasons: [], message: '' }),
    });
    const zh = nextConsultStep([{ role: 'user', content: '今天中午开始一直心慌，要紧吗？' }], {
      triage: () => ({ level: 'routine', reasons: [], message: '' }),
    });
    expect(en.action).toBe('ask');
    expect(zh.action).toBe('ask');
    if (en.action !== 'ask' || zh.action !== 'ask') return;
    // The palpitations entry's danger signs: fainting, chest pain, breathlessness / 晕倒、胸痛、气短.
    expect(en.questions.map((q) => q.text).join(' ')).toMatch(/faint/i);
    expect(zh.questions.map((q) => q.text).join(' ')).toMatch(/晕倒/);
  });
});

describe('a name that is an idiom is found only as written', () => {
  it('"the runs" is diarrhoea, "when I run" is not; "the blues" is low mood, a blue inhaler is not', () => {
    expect(conceptNames('got the runs since yesterday')).toContain('腹泻');
    expect(conceptNames('shins hurt when I run')).not.toContain('腹泻');
    expect(conceptNames('using my blue inhaler a lot')).not.toContain('the blues');
  });
});
