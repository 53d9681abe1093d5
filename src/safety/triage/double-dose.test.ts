import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readToleratedDoubleDose } from './double-dose.js';
import { normaliseText } from './normalise.js';

// Session 20 (triage #19, knowledge; first sight aj014): an adult's usual medicine of a tolerated class taken one extra
// time, nothing else told, is a pharmacist's question, not a poisoning. The lowering is checked against 30+ adversarial
// probes written first (/tmp/probes/triage-knowledge-s20/adversarial.tsv): a narrow-margin medicine, a sign of poisoning,
// more than one extra, a young child, a self-harm or overdose word, or another danger in the message keeps the finding.
const level = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level;

describe('a tolerated double dose is no poisoning', () => {
  it.each([
    'Accidentally took my levothyroxine twice this morning (100mcg), forgot I had already had it with my coffee. Do I need to do anything?',
    'I accidentally took a double dose of my levothyroxine this morning',
    '今天早上不小心吃了两次优甲乐',
    '刚才吃了两片左甲状腺素钠片，本来只吃一片',
    'took my omeprazole twice today by mistake',
    'double dosed my sertraline by accident, took 2 instead of 1',
    '不小心多吃了一片二甲双胍',
    'accidentally took my vitamin D twice',
    'took my atorvastatin twice last night by mistake',
  ])('%s → routine', (t) => {
    expect(readToleratedDoubleDose(normaliseText(t))).not.toBeNull();
    expect(level(t)).toBe('routine');
  });
});

describe('a double dose that is not tolerated keeps its finding', () => {
  it.each([
    'accidentally took my insulin twice this morning',
    'accidentally took a double dose of my levothyroxine, also took my warfarin twice',
    'accidentally took 10 of my levothyroxine',
    'accidentally took my levothyroxine twice on purpose because I want to die',
    'accidentally took a double dose of my oxycodone',
    'took my levothyroxine twice and then took a whole box of paracetamol',
    'accidentally took my levothyroxine twice and my 2 year old swallowed one too',
    'I took a double dose of my citalopram and had a seizure',
    'accidentally took my amoxicillin twice and now my lips and tongue are swelling',
    'I took my levothyroxine twice, I overdosed on purpose',
    'accidentally took my lisinopril twice and my wife’s warfarin',
    'took my levothyroxine twice, and also about 30 paracetamol',
    'accidentally took my levothyroxine twice, and my chest is tight and I can’t breathe',
    'accidentally took my flecainide twice',
    '不小心多吃了一片华法林，现在牙龈出血不止',
  ])('%s → emergency', (t) => {
    expect(level(t)).toBe('emergency');
  });
  it.each([
    'took my levothyroxine twice and now my heart is racing and I feel faint',
    "took my sertraline twice by accident, I'm shaking and sweating and confused",
    '不小心多吃了一片优甲乐，现在心慌胸闷',
    '舍曲林不小心多吃了一片，现在全身发抖出汗意识模糊',
    '不小心把降糖药吃了两次，现在头晕出冷汗',
    'my toddler accidentally took a double dose of my cetirizine',
    "double dosed my prozac, feeling very drowsy and can't stay awake",
  ])('%s → not routine, not read as tolerated', (t) => {
    expect(readToleratedDoubleDose(normaliseText(t))).toBeNull();
    expect(level(t)).not.toBe('routine');
  });
});
