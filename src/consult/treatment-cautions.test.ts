import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { isSymptomMessage, nextConsultStep } from './policy.js';
import { RISK_SCREENS } from './risk-screens.js';
import { TREATMENT_CAUTIONS } from './treatment-cautions.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });
const firstTurn = (text: string): string[] => {
  const s = nextConsultStep([user(text)]);
  return s.action === 'ask' ? s.questions.map((q) => q.text) : [`(answered: ${s.state.reason})`];
};
const caution = (id: string, lang: 'zh' | 'en') => TREATMENT_CAUTIONS.find((s) => s.id === id)?.ask[lang] ?? '';
const foot = (lang: 'zh' | 'en') => RISK_SCREENS.find((s) => s.id === 'footDiabetesRisk')?.ask[lang] ?? '';

describe('a treatment asked for a named condition', () => {
  it('is a consultation when someone asks for themselves; a knowledge frame or a diet question is still answered', () => {
    expect(isSymptomMessage('which ointment is best for my eczema, nothing has worked')).toBe(true);
    expect(isSymptomMessage('灰指甲怎么治好得快')).toBe(true);
    expect(isSymptomMessage('what should I use for hay fever, I am 28 weeks pregnant')).toBe(true);
    expect(isSymptomMessage('What is the best treatment for eczema?')).toBe(false);
    expect(isSymptomMessage('糖尿病人能吃香蕉吗')).toBe(false);
  });

  it('asks the cautions of the medicines sold for it among the first two questions, in both languages', () => {
    expect(firstTurn('we are going on a ferry next week and I always get seasick, what should I buy').slice(0, 2)).toContain(
      caution('travelSicknessMedicines', 'en'),
    );
    expect(firstTurn('我妈一坐船就晕船，吃什么药比较好').slice(0, 2)).toContain(caution('travelSicknessMedicines', 'zh'));
    expect(firstTurn('my grandad is 80 and lies awake every night, can he take sleeping pills').join('\n')).toMatch(/snoring|falls/);
    expect(firstTurn('鼻塞好几天了，吃什么感冒药好').slice(0, 2)).toContain(caution('decongestants', 'zh'));
  });

  it('is not asked when no treatment is asked for', () => {
    expect(firstTurn('I get seasick on every boat trip and this time I vomited for hours')).not.toContain(caution('travelSicknessMedicines', 'en'));
  });
});

describe('a skin or nail problem on the foot asks diabetes and circulation', () => {
  it('asks them for a toenail, a sore on the heel or a corn; not for a sprained ankle', () => {
    expect(firstTurn('my toenails have gone thick and crumbly, what can I put on them')).toContain(foot('en'));
    expect(firstTurn('脚后跟裂了个口子，好几天都没好')).toContain(foot('zh'));
    expect(firstTurn('twisted my ankle getting off the bus, it is swollen')).not.toContain(foot('en'));
  });
});

describe('a reading told across sentences and blisters with nerve pain', () => {
  it('a blood-pressure reading after a question about normal values is a consultation', () => {
    expect(isSymptomMessage('What is a good blood pressure? The nurse machine at work read 158/97 today')).toBe(true);
    expect(isSymptomMessage('What is a normal blood pressure?')).toBe(false);
  });

  it('tingling or burning with blisters asks the eye first (shingles), not the stroke signs', () => {
    const q = firstTurn('little blisters by my eyebrow and the skin there burns, what can I use');
    expect(q[0]).toMatch(/eye/);
    expect(q.join('\n')).not.toMatch(/face drooping/);
    expect(firstTurn('额头上起了几个小水泡，一阵阵刺痛')[0]).toMatch(/眼/);
  });
});

describe('a treatment asked for with no complaint entry named', () => {
  it('leads with the cautions of the medicines sold for it, before the general medicine or travel questions', () => {
    expect(firstTurn('can my grandma take sleeping tablets? she is 84')[0]).toBe(caution('sleepingMedicines', 'en'));
    expect(firstTurn("what's good for seasickness, we sail on sunday")[0]).toBe(caution('travelSicknessMedicines', 'en'));
    expect(firstTurn('晕船药哪个好，下个月坐邮轮')[0]).toBe(caution('travelSicknessMedicines', 'zh'));
  });

  it('a named complaint’s own question still leads', () => {
    expect(firstTurn('my knee is swollen and hot, what is good for it')[0]).not.toBe(caution('sleepingMedicines', 'en'));
    expect(firstTurn('my knee is swollen and hot, what is good for it').join('\n')).toMatch(/hot|fever/);
  });
});
