import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { nextConsultStep } from './policy.js';
import { RISK_SCREENS, riskScreens } from './risk-screens.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });
const firstTurn = (text: string): string[] => {
  const s = nextConsultStep([user(text)]);
  return s.action === 'ask' ? s.questions.map((q) => q.text) : [`(answered: ${s.state.reason})`];
};
const gca = (lang: 'zh' | 'en') => RISK_SCREENS.find((s) => s.id === 'giantCellArteritis')?.ask[lang] ?? '';
const pregnancy = (lang: 'zh' | 'en') => RISK_SCREENS.find((s) => s.id === 'pregnancyPossible')?.ask[lang] ?? '';

describe('risk screens: what age, sex or state adds to a complaint', () => {
  it('a new headache at 50 or over is asked the giant-cell-arteritis signs in the first turn; at 30 or after years it is not', () => {
    expect(firstTurn('headaches most days for a fortnight, never used to get them, I am 72').slice(0, 2)).toContain(gca('en'));
    expect(firstTurn('我爸68岁，最近这两周老是一侧头疼').slice(0, 2)).toContain(gca('zh'));
    expect(firstTurn('headaches most days for a fortnight, I am 30')).not.toContain(gca('en'));
    expect(firstTurn('I am 66 and have had migraines for years, one started this morning')).not.toContain(gca('en'));
    // The triage's lifelong reading (arteritis.ts LIFELONG) is the consultation's: its wordings hold here too.
    expect(firstTurn('one of my usual migraines since lunch, I am 61')).not.toContain(gca('en'));
    expect(firstTurn('我65岁，十几年的偏头痛，今天又犯了')).not.toContain(gca('zh'));
  });

  it('a period problem in a woman who could be pregnant asks pregnancy among the first two; not after the menopause or for a man', () => {
    expect(firstTurn('我的例假这半年时早时晚，很不规律').slice(0, 2)).toContain(pregnancy('zh'));
    expect(firstTurn('periods all over the place since the summer and spots on my chin').slice(0, 2)).toContain(pregnancy('en'));
    expect(firstTurn('spotting again although I have not had a period for six years')).not.toContain(pregnancy('en'));
  });

  it('is not asked twice when the complaint’s own lead question already asks it', () => {
    const ctx = { text: 'late period', presentations: [], complaints: ['missedPeriod'], facts: { medicines: [], allergies: [], tried: [], chronic: [] } };
    expect(riskScreens(ctx, 'en', ['Have you done a pregnancy test? Any pain on one side of the lower belly?'])).toEqual([]);
    expect(riskScreens(ctx, 'en', [])).toEqual([pregnancy('en')]);
  });

  it('indigestion at 55 or over asks the upper-GI alarm features', () => {
    expect(firstTurn('I am 63 and have had indigestion on and off for a month').join('\n')).toMatch(/swallow/);
  });

  it('the first six weeks after a birth ask the postnatal danger signs for a bodily complaint; months later or a low mood do not', () => {
    const postnatal = RISK_SCREENS.find((x) => x.id === 'afterBirth')?.ask.en ?? '';
    expect(firstTurn('gave birth 9 days ago and my left calf is sore and tight')).toContain(postnatal);
    expect(firstTurn('had my baby four months ago and my hair is coming out in handfuls')).not.toContain(postnatal);
    expect(firstTurn('had my baby 2 weeks ago and I cry every evening, I feel hopeless')).not.toContain(postnatal);
    expect(firstTurn('产后十天，右边乳房红肿发硬').join('\n')).toMatch(/恶露|发烧/);
  });

  it('itching in pregnancy asks the cholestasis signs; bloating most days in a woman over 50 asks the ovarian features', () => {
    expect(firstTurn('怀孕31周，这几天手脚心痒得厉害').join('\n')).toMatch(/手心脚心最痒/);
    expect(firstTurn('58F, my tummy has been bloated most days for a couple of months').join('\n')).toMatch(/full quickly/);
    expect(firstTurn('58M, my tummy has been bloated most days for a couple of months').join('\n')).not.toMatch(/full quickly/);
  });
});

describe('session 9: a new headache with the age unsaid, shingles by its shape, fetal movements in lay words', () => {
  it('a headache new to the patient asks the giant-cell-arteritis signs on condition of the age', () => {
    expect(firstTurn('headaches every day this week, I never normally get them').join('\n')).toMatch(/If you are over 50: any jaw pain/);
    expect(firstTurn('headache again today, I get them every month with my period').join('\n')).not.toMatch(/jaw pain/);
  });

  it('a band of painful blisters on one side is asked the shingles red flags; a baby moving less is a pregnancy', () => {
    expect(firstTurn('左边肋骨那里长了一串小水疱，针扎一样疼').join('\n')).toMatch(/眼睛|免疫力|3天/);
    expect(firstTurn('painful band of blisters round my left side').join('\n')).toMatch(/eye|immune|3 days/);
    expect(firstTurn('the baby is moving less than usual since this morning').join('\n')).not.toMatch(/How old is the baby/);
  });
});

describe('risk screens of a treatment or a long-term condition', () => {
  it('bruising or a fall on a blood thinner, vomiting with diabetes, a fever after chemotherapy', () => {
    expect(firstTurn('I am on apixaban and keep getting big bruises on my arms').join('\n')).toMatch(/INR|head/);
    // Type 1 with vomiting is an emergency until ketones are excluded (until-excluded.ts, sick-day rules): its one turn
    // asks only the checks a patient can make at once (the emergency advice leads it; policy.test reads the advice).
    expect(firstTurn('type 1 diabetic and I have been throwing up since last night')).toEqual([expect.stringMatching(/ketones.*keep fluids down/)]);
    expect(firstTurn('化疗完第五天，晚上有点发冷').join('\n')).toMatch(/38度/);
    expect(firstTurn('I keep getting big bruises on my arms').join('\n')).not.toMatch(/INR/);
  });
});

describe('known asthma with chest symptoms asks how bad the attack is', () => {
  it('a reliever needed more with a tight chest asks speech, reliever, nights and peak flow; asthma only asked about does not', () => {
    expect(firstTurn('wheezy and tight chested for three days, my ventolin is not lasting long').join('\n')).toMatch(/full sentences|peak flow/);
    expect(firstTurn('我女儿6岁，一跑步就咳嗽喘气，会不会是哮喘？').join('\n')).not.toMatch(/峰流速/);
  });
});

describe('contact lenses with a sore red eye', () => {
  it('asks sleeping or swimming in the lenses, pain, light and sight; a sore eye without lenses does not', () => {
    const lens = (lang: 'zh' | 'en') => RISK_SCREENS.find((s) => s.id === 'contactLensEye')?.ask[lang] ?? '';
    expect(firstTurn('my left eye has gone red and gritty since yesterday, I wear monthly contact lenses').slice(0, 2)).toContain(lens('en'));
    expect(firstTurn('戴美瞳一整天，晚上眼睛又红又疼').slice(0, 2)).toContain(lens('zh'));
    expect(firstTurn('my left eye has gone red and gritty since yesterday')).not.toContain(lens('en'));
  });
});
