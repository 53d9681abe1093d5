import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { isSymptomMessage, nextConsultStep } from './policy.js';
import { findSituations } from './situations.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });
const firstTurn = (text: string): string => {
  const s = nextConsultStep([user(text)]);
  return s.action === 'ask' ? s.questions.map((q) => q.text).join(' ') : `(answered: ${s.state.reason})`;
};

describe('situations: medicine, contraception and travel are consulted, not answered blind', () => {
  it.each([
    ['my partner and I had a split condom on saturday', /unprotected sex|how long ago|HIV/],
    ['漏吃了两天避孕药', /48小时|同房|呕吐/],
    ['is it ok to take naproxen with my lisinopril', /kidney|blood thinners|ulcer/],
    ['吃了甲硝唑还能喝啤酒吗', /肾病|过敏|呕吐/],
    ['came back from Ghana on monday and now I have chills', /malaria|confusion|yellow/],
    ['下周去越南出差要注意什么', /怀孕|免疫|农村/],
  ])('%s → the risk factors that change the advice', (text, expected) => {
    expect(firstTurn(text)).toMatch(expected);
  });

  it('general knowledge and diet questions are still answered at once', () => {
    expect(isSymptomMessage('what is the usual dose of amoxicillin for adults in general')).toBe(false);
    expect(isSymptomMessage('糖尿病人能吃西瓜吗')).toBe(false);
    expect(isSymptomMessage('什么是高血压')).toBe(false);
  });

  it('a returned traveller gets the returned traveller screen, not the pre-travel one; "一片" is not a tablet', () => {
    expect(findSituations('just back from Thailand with a fever').map((s) => s.id)).toEqual(['returnedTraveller']);
    expect(findSituations('背上起了一片红疹子').map((s) => s.id)).toEqual([]);
    expect(findSituations('每次吃两片会不会太多').map((s) => s.id)).toEqual(['medicine']);
  });

  it('a medicine named by the knowledge layer (lexicon, INN stem) is a medicine; an organ or a word inside English is not', () => {
    // Neither name is in a list of our own: 氯雷他定 and clopidogrel come from src/knowledge/drugs.ts.
    expect(findSituations('吃了氯雷他定以后老是犯困').map((s) => s.id)).toEqual(['medicine']);
    expect(findSituations('I started clopidogrel last week and my gums bleed').map((s) => s.id)).toEqual(['medicine']);
    expect(findSituations('哮喘最近老要喷沙丁胺醇').map((s) => s.id)).toEqual(['medicine']);
    expect(findSituations('体检B超说我甲状腺有结节').map((s) => s.id)).toEqual([]);
    expect(findSituations("he's talking funny and seems confused").map((s) => s.id)).toEqual([]);
  });

  it('emergencies are triaged, never asked about, whatever the situation', () => {
    expect(nextConsultStep([user('took my whole bottle of sleeping tablets an hour ago and feel very drowsy')]).action).toBe('answer');
  });
});

describe('a complaint after starting a medicine', () => {
  it('is asked the serious adverse-reaction signs (liver, muscle) as well as rash and mood', () => {
    expect(firstTurn('started simvastatin six weeks ago and now my shoulders ache all the time')).toMatch(/dark urine.*muscle weakness/);
    expect(firstTurn('开始吃辛伐他汀一个月，胳膊一直酸痛')).toMatch(/尿色变深.*肌肉无力/);
  });
});
