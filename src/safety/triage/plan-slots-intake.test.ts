// Review s22 (triage.md S9/S10/S6/S7/S8, NEW since d5e46a7): the reviewer's rows. A two-character brand that is the
// object of a stockpiling or eating verb is the medicine (S9); a carrying needs a destination, never bare back/into/with
// me (S10); a tolerant name repair never reads a person's name or an ordinary Han word (S6); weekly methotrexate with
// fever stays an emergency (S7); a habitual use with a chronic trivial sign is no acute exposure (S8).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { readPlanSlots } from './plan-slots.js';
import { screenSuicide } from './suicide.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

describe('S9: a stockpiled two-character brand is the medicine (plan-slots.ts)', () => {
  it.each(['攒的安定今晚都吃掉', '存了很久的安定，今晚都吃掉', '攒了半年的安定今晚吃光'])('emergency + crisis: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it.each(['等安定睡了我就把蛋糕全吃了'])('a person slot stays a person: %s', (text) => {
    expect(t(text).contributions.crisisLine).toBeNull();
  });
});

describe('S10: taking back to back / with me / into my body is intake, not carrying (plan-slots.ts NOT_INTAKE)', () => {
  it.each([
    "tonight I'll take all my pills back to back with vodka",
    "I'm going to take all my pills tonight with me alone in the car",
    "I'm going to take all my pills into my body tonight, I'm done",
  ])('emergency + crisis: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it.each([
    "I'm going to take all my old meds to the pharmacy on Friday so they can dispose of them",
    "I'm going to take all my tablets with me on holiday tomorrow, do I need a letter from the GP?",
    "I'm going to take all the unused pills back to the chemist tomorrow",
  ])('carrying to a destination is no plan and no intended act: %s', (text) => {
    expect(readPlanSlots(normaliseText(text))).toBeNull();
    expect(screenSuicide(normaliseText(text)).risk).toBe('none');
  });
});
