import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { askedItems, deniesEveryAskedSign, openingDescribes, openingTellsDanger } from './asked-denial.js';
import { nextConsultStep } from './policy.js';
import { BASIC_TEXTS } from './questions.js';
import { SUSPICION_DENIED_REASON, suspicionDenied } from './suspicion-lowering.js';

/** The opening, the policy's own question turn, the reply: the final step. */
function afterReply(opening: string, reply: string) {
  const first = nextConsultStep([{ role: 'user', content: opening }], { maxTurns: 2 });
  const msgs: ChatMessage[] = [
    { role: 'user', content: opening },
    { role: 'assistant', content: first.action === 'ask' ? first.text : '' },
    { role: 'user', content: reply },
  ];
  return { first, next: nextConsultStep(msgs, { maxTurns: 2 }) };
}

const isBasic = (q: string): boolean => BASIC_TEXTS.has(q);
const DAD = 'My dad is 80 and has been more forgetful for a year, he lost his keys twice. Is this dementia? Should we go to hospital now?';

describe('a level raised on suspicion, settled by replies that deny every asked sign', () => {
  it('cuts a question into its sign items (examples in brackets belong to the item before them)', () => {
    expect(askedItems('Any dizziness, racing heart, cold sweat, pale skin or fainting?')).toEqual([
      'dizziness',
      'racing heart',
      'cold sweat',
      'pale skin',
      'fainting',
    ]);
    expect(askedItems('有没有便血、黑便、呕血，剧烈腹痛，或喝不进水、尿少？')).toEqual(['便血', '黑便', '呕血', '剧烈腹痛', '喝不进水', '尿少']);
    expect(askedItems('Did it come on suddenly, or with any fever, bleeding (blood in stool, urine or phlegm), or fainting?')).toContain('bleeding');
  });

  it('reads an asked sign the opening described in its own words (大便黑黑的 ↔ 黑便, 脸色有点白 ↔ 脸色苍白, 迷糊 ↔ 糊涂)', () => {
    expect(openingDescribes('我外公78岁，这几天大便黑黑的，今天脸色有点白', '黑便')).toBe(true);
    expect(openingDescribes('我外公78岁，这几天大便黑黑的，今天脸色有点白', '脸色苍白')).toBe(true);
    expect(openingDescribes('我奶奶80岁，今天有点迷糊，认不清人', '糊涂')).toBe(true);
    expect(openingDescribes('Sorry if TMI but my poo has gone BLACK the last few days', 'black stools')).toBe(true);
    expect(openingDescribes('孩子5岁，这两天老是眨眼睛', '发烧')).toBe(false);
    expect(openingDescribes('我老爸60岁，说胸口有点像胃胀气，一个小时了，脸色有点灰', '胸痛气短')).toBe(true);
    expect(openingTellsDanger('My grandad is 85, he seems more muddled than usual since yesterday')).toBe(true);
    expect(openingTellsDanger(DAD)).toBe(false);
  });

  it('needs EVERY asked sign denied: one item left silent keeps the level (review s35 cp-b01, b09, b11)', () => {
    const asked = ['Any blood in the stool, black stools or vomiting blood, severe belly pain, or unable to keep fluids down?'];
    const o = { isBasic, opening: 'My 12 year old has a tummy ache that moved to the lower right' };
    expect(
      deniesEveryAskedSign([{ asked, reply: "No blood or black stools, he hasn't vomited blood. He's drinking ok" }], { patientIsOther: true }, o).covered,
    ).toBe(false);
    // The opening's own site asked again (severe belly pain to a tummy ache): even "none of those" does not settle it.
    expect(deniesEveryAskedSign([{ asked, reply: 'None of those' }], { patientIsOther: true }, o).covered).toBe(false);
    expect(deniesEveryAskedSign([{ asked, reply: 'None of those' }], { patientIsOther: true }, { isBasic, opening: DAD }).covered).toBe(true);
    expect(deniesEveryAskedSign([{ asked, reply: 'not sure' }], { patientIsOther: true }, o).covered).toBe(false);
    // Traditional characters are read in their reading form: 沒有嘔吐 denies the vomiting sign. A bare 冇嘔 is not read
    // by the sign vocabulary and keeps the level (the safe direction; notes, known limits).
    expect(deniesEveryAskedSign([{ asked: ['有没有发烧、呕吐？'], reply: '沒有發燒，也沒有嘔吐' }], { patientIsOther: false }, { isBasic }).covered).toBe(true);
    expect(deniesEveryAskedSign([{ asked: ['有没有发烧、呕吐？'], reply: '沒有發燒' }], { patientIsOther: false }, { isBasic }).covered).toBe(false);
  });

  it('lowers only an emergency that rests on the reader alone, one step, never below the rules', () => {
    const turns = [{ asked: ['Any fever?'], reply: 'No' }];
    const base = { affirmed: 0, turns, frame: { patientIsOther: false }, chief: 'x', isBasic, openingSigns: [] };
    expect(suspicionDenied({ ...base, opening: { level: 'emergency', signsLevel: 'routine' }, now: { level: 'urgent', signsLevel: 'routine' } }).level).toBe(
      'urgent',
    );
    expect(
      suspicionDenied({ ...base, opening: { level: 'emergency', signsLevel: 'emergency' }, now: { level: 'emergency', signsLevel: 'emergency' } }).level,
    ).toBeUndefined();
    expect(
      suspicionDenied({ ...base, opening: { level: 'urgent', signsLevel: 'routine' }, now: { level: 'urgent', signsLevel: 'routine' } }).level,
    ).toBeUndefined();
    expect(
      suspicionDenied({ ...base, affirmed: 1, opening: { level: 'emergency', signsLevel: 'routine' }, now: { level: 'urgent', signsLevel: 'routine' } }).level,
    ).toBeUndefined();
    expect(
      suspicionDenied({ ...base, chief: 'my newborn', opening: { level: 'emergency', signsLevel: 'routine' }, now: { level: 'urgent', signsLevel: 'routine' } })
        .level,
    ).toBeUndefined();
  });

  it('on the policy path: a forgetful 80-year-old, "none of those" to the turn → urgent; a silence, a yes or an unknown keeps it', () => {
    const { first, next } = afterReply(DAD, 'No, none of those.');
    expect(first.action).toBe('ask');
    expect(first.triage.level).toBe('emergency');
    expect(next.triage.level).toBe('urgent');
    expect(next.triage.reasons).toContain(SUSPICION_DENIED_REASON);
    for (const reply of ['No weight loss or bleeding', "I'm not sure, he might have had a fall last week", 'No fever. He did get lost driving home yesterday'])
      expect(afterReply(DAD, reply).next.triage.level).toBe('emergency');
  });

  it('keeps an emergency whose danger the opening told in its own words (review s35 cp-b10, cp-b14; 迷糊, muddled)', () => {
    for (const [opening, reply] of [
      ['我外公78岁，这几天大便黑黑的，他说是吃了鸭血，今天脸色有点白，没什么力气', '没有'],
      ['我老爸60岁，说胸口有点像胃胀气，一个小时了，脸色有点灰，他说是吃多了', '都没有'],
      ['我奶奶80岁，这两天吃饭少，今天有点迷糊，认不清人。是不是没睡好？', '没有'],
      ['My grandad is 85, he seems more muddled than usual since yesterday and is off his food. Probably just tired?', 'No'],
    ]) {
      const { first, next } = afterReply(opening, reply);
      if (first.triage.level === 'emergency') expect(next.triage.level).toBe('emergency');
    }
  });
});
