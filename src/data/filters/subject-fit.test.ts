import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../test/helpers/shared-data.js';
import { systemMentions, systemOfCode } from '../../knowledge/body-systems.js';
import type { Message } from '../dialogue/turns.js';
import type { DataRecord } from '../record.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { subjectMismatch } from './subject-fit.js';

describe('subject fit', () => {
  it('reads organ-system chapters from condition codes and body sites; infections, symptoms and pregnancy belong to none', () => {
    expect(systemOfCode('H66.9')).toBe('VIII');
    expect(systemOfCode('H40.9')).toBe('VII');
    expect(systemOfCode('B02')).toBeUndefined();
    expect(systemOfCode('R50.9')).toBeUndefined();
    expect(systemOfCode('O24.9')).toBeUndefined();
    expect([...systemMentions('膝盖疼，医生说是骨关节炎').keys()]).toContain('XIII');
    expect(systemMentions('I have a fever and feel tired').size).toBe(0);
  });

  it('flags an answer about another condition that never names the asked one', () => {
    const q = '我有哮喘，用什么吸入药好？';
    const a = '痔疮多与久坐、便秘有关。痔疮发作时要多喝水、多吃蔬菜，保持大便通畅，必要时外用痔疮膏。';
    expect(subjectMismatch(q, a)).toEqual({ asked: ['X'], answered: expect.arrayContaining(['IX', 'XI']) });
  });

  it('keeps a diagnosis of another system when the question tells only symptoms or body sites', () => {
    // Symptoms and sites may be answered with any diagnosis: the question names no condition of a system.
    expect(subjectMismatch('My ears hurt and I have a fever', 'It may be mumps, a viral infection; mumps spreads by droplets.')).toBeUndefined();
  });

  it('keeps a diagnosis of another system when the question tells a symptom beside a condition it has', () => {
    // The condition is history; the symptoms are what is asked, and any system's disease may explain them.
    const q = '我有糖尿病十年了，最近三天咳嗽、发烧，是怎么回事？';
    expect(subjectMismatch(q, '考虑肺炎可能，肺炎需要拍胸片确诊；也要排除支气管炎。')).toBeUndefined();
    expect(
      subjectMismatch(
        'I have asthma. For two days I have had a headache and vomiting, why?',
        'This may be a migraine; migraine attacks often bring vomiting, and a stroke is less likely.',
      ),
    ).toBeUndefined();
  });

  it('keeps an answer listing complications or comorbidities of other systems, each named once', () => {
    const q = 'I have type 2 diabetes. What complications should I watch for?';
    expect(subjectMismatch(q, 'Watch for heart attack, stroke, and peripheral artery disease; also chronic kidney disease and glaucoma.')).toBeUndefined();
    expect(subjectMismatch('我有痛风，能吃海鲜吗？', '海鲜嘌呤高，尽量少吃；同时注意高血压、糖尿病、高血脂等代谢病，多喝水。')).toBeUndefined();
  });

  it('keeps an answer that names the asked condition, its system, or the asked medicine', () => {
    const q = 'I have asthma. Can I take ibuprofen for my back pain?';
    expect(subjectMismatch(q, 'Ibuprofen can worsen breathing in some people; with stomach ulcers or kidney disease avoid it too.')).toBeUndefined();
    expect(subjectMismatch(q, 'Some people with asthma react to it; if you have stomach ulcers or kidney disease avoid it.')).toBeUndefined();
    expect(subjectMismatch(q, 'Your lungs may react; people with stomach ulcers or kidney disease should avoid it.')).toBeUndefined();
  });

  it('needs two condition mentions in the answer: one passing name is not a subject', () => {
    expect(subjectMismatch('我有哮喘，能运动吗？', '可以适当运动，注意别诱发痔疮。')).toBeUndefined();
  });

  it('drops an off-subject first answer in the advice check, not a later turn', () => {
    const o = adviceCheckOptions.parse({});
    const q = '我有哮喘，用什么吸入药好？';
    const a = '痔疮多与久坐、便秘有关。痔疮发作时要多喝水、多吃蔬菜，保持大便通畅，必要时外用痔疮膏。';
    const turns = (...contents: string[]): Message[] => contents.map((content, i) => ({ role: i % 2 ? 'assistant' : 'user', content }));
    const one: DataRecord = {
      id: '1',
      text: `${q}\n${a}`,
      source: 't',
      metadata: {},
      messages: [
        { role: 'user', content: q },
        { role: 'assistant', content: a },
      ],
    };
    expect(adviceVerdict(one, o)).toEqual({ drop: 'off_subject' });
    const later: DataRecord = { ...one, messages: turns(q, '哮喘可以用吸入激素，需医生处方。', q, a) };
    expect(adviceVerdict(later, o)).toBe(true);
  });

  // Held out: real question–answer pairs (none of them studied for the rule); the design target is ≤ 1 % dropped.
  it('drops at most 1 % of real answers (chatdoctor, huatuo26m, cmtmedqa; first 1,000 of each)', () => {
    const read = (f: string) => JSON.parse(readFileSync(join(SHARED_DATA, 'corpus', f), 'utf8')) as Record<string, unknown>[];
    const pairs = ['chatdoctor5k.json', 'huatuo26m-test.json', 'cmtmedqa-test.json'].flatMap((f) =>
      read(f)
        .slice(0, 1000)
        .map((r) => [`${String(r.instruction ?? '')}${String(r.input ?? '')}`, String(r.output ?? '')] as const),
    );
    const flagged = pairs.filter(([q, a]) => subjectMismatch(q, a)).length;
    expect(flagged / pairs.length).toBeLessThanOrEqual(0.01);
  });
});
