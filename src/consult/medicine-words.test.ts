// A medicine's name is no body part and a stated drug allergy no complaint (user test 2026-12-04: '头孢' was read as the
// head, and a penicillin-allergic user asking about amoxicillin and a cephalosporin was asked about stroke signs).
import { describe, expect, it } from 'vitest';
import { nextConsultStep } from './policy.js';

const user = (content: string) => ({ role: 'user' as const, content });
const STROKE = /脸歪|手脚无力|意识模糊|face droop|weakness/;

describe('medicine words in the consultation', () => {
  it('a cephalosporin and alcohol is a medicine question, answered, not a head complaint', () => {
    expect(nextConsultStep([user('头孢和酒能一起吗')]).action).toBe('answer');
  });

  it('the user-test question asks no stroke signs, and a question turn leads with the allergy warning', () => {
    const s = nextConsultStep([user('阿莫西林和头孢可以一起吃吗？我青霉素过敏')]);
    const asked = s.action === 'ask' ? s.questions.map((q) => q.text).join('\n') : '';
    expect(asked).not.toMatch(STROKE);
    if (s.action === 'ask') expect(s.text).toContain('阿莫西林属于青霉素类药物');
    const en = nextConsultStep([user('I am allergic to penicillin. I have had a sore throat and fever for two days. Can I take amoxicillin?')]);
    if (en.action === 'ask') expect(en.text).toMatch(/⚠️ Allergy warning:\n- amoxicillin is a penicillin/);
  });

  it('a real head complaint beside a medicine is still read', () => {
    expect(nextConsultStep([user('吃了头孢以后头疼得厉害')]).action).toBe('ask');
  });
});
