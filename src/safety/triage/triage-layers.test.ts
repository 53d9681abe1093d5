import { describe, expect, it } from 'vitest';
import { triage, triageDetail } from '../triage.js';
import { DIM, hashFeature, textGrams } from './features.js';
import { shippedModel } from './model.js';
import { findModifiers } from './modifiers.js';
import { editDistance, normaliseText } from './normalise.js';
import { screenSuicide } from './suicide.js';
import { findVitals, gradeVitals } from './vitals.js';

const vitals = (text: string) => Object.fromEntries(findVitals(text).map((r) => [r.kind, r.value]));
const graded = (text: string) => gradeVitals(findVitals(text), { alteredMentation: false, exercising: false }).map((f) => f.id);

describe('vital signs and labs read as numbers (zh + en)', () => {
  it('reads BP, HR, SpO2, RR, temperature (°C and °F), glucose (mmol/L and mg/dL), K, Na, Hb', () => {
    expect(vitals('BP 82/50, pulse 128, sats 88%, RR 30')).toMatchObject({ sbp: 82, dbp: 50, hr: 128, spo2: 88, rr: 30 });
    expect(vitals('血压85/50，心率130，血氧饱和度89，呼吸28次/分')).toMatchObject({ sbp: 85, hr: 130, spo2: 89, rr: 28 });
    expect(vitals('temp 104F')).toMatchObject({ tempC: 40 });
    expect(vitals('体温39.6度')).toMatchObject({ tempC: 39.6 });
    expect(vitals('his sugar is 2.1')).toMatchObject({ glucose: 2.1 });
    expect(vitals('glucose 45 mg/dl')).toMatchObject({ glucose: 2.5 });
    expect(vitals('血钾6.8，血钠118，血红蛋白55')).toMatchObject({ k: 6.8, na: 118, hb: 55 });
    expect(vitals('hemoglobin 5.8')).toMatchObject({ hb: 58 });
  });

  it('does not read reference ranges, time labels or HbA1c as readings', () => {
    expect(vitals('钾 参考范围3.5-5.3')).toEqual({});
    expect(vitals('餐后2h血糖 7.6')).not.toMatchObject({ glucose: 2 });
    expect(vitals('糖化血红蛋白7.2')).toEqual({});
    expect(vitals('blood sugar target 4-7')).toEqual({});
  });

  it('grades NEWS2 / qSOFA style: shock, hypoxia, shock index, critical labs', () => {
    expect(graded('BP 82/50')).toContain('shock-bp');
    expect(graded('pulse 120, BP 110/70')).toContain('shock-index');
    expect(graded('sats 88')).toContain('hypoxia');
    expect(graded('K 6.9')).toContain('critical-potassium');
    expect(graded('sats 97, pulse 80, BP 125/80')).toEqual([]);
  });
});

describe('risk modifiers', () => {
  it('finds age ≥ 65, pregnancy, anticoagulants, dialysis and chemo, and respects denial', () => {
    const ids = (t: string) => findModifiers(t).map((m) => m.id);
    expect(ids('我爸今年72岁')).toContain('elderly');
    expect(ids('my mum (78) is on warfarin')).toEqual(expect.arrayContaining(['elderly', 'anticoagulated']));
    expect(ids('she is 31 weeks pregnant')).toContain('pregnant');
    expect(ids('透析病人，在化疗')).toEqual(expect.arrayContaining(['dialysis', 'immunosuppressed']));
    expect(ids('not on blood thinners')).not.toContain('anticoagulated');
  });
});

describe('suicide-risk screen', () => {
  it('grades plan, means, farewell in first and third person as high risk', () => {
    expect(screenSuicide('I have been saving my pills and I plan to take them tonight').risk).toBe('high');
    expect(screenSuicide('my brother gave away his games and said goodbye, he has a rope').risk).toBe('high');
    expect(screenSuicide('她把东西都送人了，还写了信，说以后不会再麻烦我们').risk).toBe('high');
  });

  it('keeps past, educational and explicitly safe statements out of the emergency level', () => {
    expect(screenSuicide('I had suicidal thoughts years ago, now well').risk).toBe('none');
    expect(screenSuicide('everyone would be better off without me, but I have no plan and my partner is with me').risk).toBe('moderate');
  });

  it('answers with a crisis line in the user language', () => {
    expect(triage('I want to end my life tonight', { locale: 'en-GB' }).message).toMatch(/Samaritans 116 123/);
    expect(triage('我不想活了，药都准备好了', { locale: 'zh-CN' }).message).toMatch(/12356/);
  });
});

describe('typo tolerance and sentence scopes', () => {
  it('corrects misspelled medical words but not everyday ones', () => {
    expect(editDistance('chset', 'chest', 1)).toBe(1);
    expect(normaliseText('unconcious and not breathng')).toBe('unconscious and not breathing');
    expect(normaliseText('I was taking my pills while cooking')).toBe('I was taking my pills while cooking');
    expect(triage('my husbnd has crushing chset pain and is sweaty').level).toBe('emergency');
  });

  it('stops negation at a full stop: "…not making sense. His sugar is 2.1" is a low sugar', () => {
    expect(triage('He is not making sense. His sugar is 2.1').level).toBe('emergency');
  });
});

describe('safety net and ask', () => {
  it('a high-risk presentation with unknown discriminators is urgent with 2–4 questions, never routine', () => {
    const d = triageDetail('my grandma has had a stomach ache since this morning');
    expect(d.level).not.toBe('routine');
    if (d.level === 'urgent') {
      expect(d.ask.length).toBeGreaterThanOrEqual(2);
      expect(d.ask.length).toBeLessThanOrEqual(4);
    }
    const zh = triageDetail('我爸今天突然头疼，不知道严不严重');
    expect(zh.level).not.toBe('routine');
    if (zh.level === 'urgent') expect(zh.ask.join('')).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('a severe pain with no discriminator is urgent with questions, not an emergency, even if the model is confident', () => {
    for (const t of ['我头疼得厉害', '我肚子疼得厉害', 'my headache is really bad']) {
      const d = triageDetail(t);
      expect(d.level, t).toBe('urgent');
      expect(d.ask.length, t).toBeGreaterThanOrEqual(2);
    }
    // One discriminator is enough for the emergency.
    expect(triage('我头疼得厉害，脖子发硬，发烧').level).toBe('emergency');
  });

  it('keeps reassured, learning and everyday questions routine with no questions', () => {
    for (const t of [
      'what are the warning signs of a stroke? asking for a first aid class',
      '感冒了喉咙痛，需要吃抗生素吗',
      'my son had a fever of 39 yesterday, today he is playing and eating normally',
    ]) {
      const d = triageDetail(t);
      expect(d.level, t).toBe('routine');
      expect(d.ask).toEqual([]);
    }
  });

  it('reports the rules and the model apart; the model only raises', () => {
    const d = triageDetail('crushing chest pain and sweating');
    expect(d.contributions.rules.level).toBe('emergency');
    expect(d.level).toBe('emergency');
    const calm = triageDetail('what vitamins should I take in winter?');
    expect(calm.level).toBe('routine');
  });
});

describe('shipped model', () => {
  it('is trained, int8, bilingual hashed features, under 1 MB', () => {
    const m = shippedModel();
    expect(m).not.toBeNull();
    expect(m!.w.length).toBe(3 * DIM);
    expect(m!.meta.trainedOn.messages).toBeGreaterThanOrEqual(10_000);
    expect(m!.meta.weights.length).toBeLessThan(1_000_000);
    expect(textGrams('胸口痛 chest pain')).toEqual(expect.arrayContaining(['z2:胸口', 'z3:胸口痛', 'e1:chest', 'e2:chest_pain']));
    expect(hashFeature('e1:chest')).toBe(hashFeature('e1:chest'));
  });
});
