import { describe, expect, it } from 'vitest';
import { NARROW_MARGIN_CLASSES } from '../../knowledge/double-dose.js';
import { triageDetail } from '../triage.js';
import { readNarrowMarginExtra } from './double-dose.js';
import { normaliseText } from './normalise.js';

// Session 21 (triage #19, knowledge; review s20 S11): one extra dose of a NARROW-MARGIN medicine (knowledge/double-dose.ts
// NARROW_MARGIN_CLASSES: insulin, sulfonylureas, lithium, digoxin, colchicine, methotrexate, opioids, tricyclics,
// antiarrhythmics, anticoagulants, carbamazepine/phenytoin, clozapine, tacrolimus/ciclosporin, theophylline), told any way,
// is same-day care; with a sign of that medicine's own toxicity an emergency. A schedule, a question, a denial or a
// prescriber's change is no extra dose; the tolerated classes stay lowered (double-dose.test.ts).
const level = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level;

describe('every class of the table is read told twice', () => {
  it('an English and a Chinese extra dose of each class resolve to that class', () => {
    const examples: Record<string, [string, string]> = {
      insulin: ['I injected my Lantus twice tonight', '今天不小心打了两次胰岛素'],
      sulfonylurea: ['I took my gliclazide twice this morning', '我今天格列美脲吃了两次'],
      lithium: ['took double my lithium this morning', '碳酸锂吃了双倍'],
      digoxin: ['my mum took her digoxin twice today', '奶奶今天地高辛吃了两次'],
      colchicine: ['I took my colchicine twice', '他把秋水仙碱吃了双倍'],
      methotrexate: ["I've been taking my methotrexate every day instead of once a week", '我把甲氨蝶呤当成每天吃了，本来是一周一次'],
      opioid: ['my dad took his oxycodone twice, an hour apart', '曲马多不小心吃了两次'],
      tricyclic: ['I took my amitriptyline twice last night', '阿米替林吃了两次'],
      antiarrhythmic: ['accidentally took my flecainide twice', '胺碘酮今天吃了两次'],
      anticoagulant: ['I took my warfarin twice today', '华法林今天吃了两次'],
      antiepileptic: ['I took my carbamazepine twice', '卡马西平吃了两次'],
      clozapine: ['he took his clozapine twice tonight', '氯氮平吃了两次'],
      immunosuppressant: ['I took my tacrolimus twice this morning', '他克莫司吃了两次'],
      theophylline: ['took my theophylline twice', '茶碱吃了两次'],
    };
    expect(Object.keys(examples).sort()).toEqual(Object.keys(NARROW_MARGIN_CLASSES).sort());
    const misses: string[] = [];
    for (const [cls, texts] of Object.entries(examples))
      for (const t of texts) if (readNarrowMarginExtra(normaliseText(t))?.cls !== cls) misses.push(`${cls}: ${t}`);
    expect(misses).toEqual([]);
  });
});

describe('an extra narrow-margin dose is never routine', () => {
  it.each([
    'I gave myself my Lantus twice tonight',
    'took double my lithium this morning',
    'my mum took her digoxin twice today',
    '我把甲氨蝶呤当成每天吃了，本来是一周一次',
    'I took my gliclazide twice this morning',
    '今天不小心打了两次胰岛素',
    '他把秋水仙碱吃了双倍',
    'my dad took his oxycodone twice, an hour apart',
    '奶奶今天地高辛吃了两次',
    'my husband injected his NovoRapid twice before dinner',
    'accidentally took two doses of my lithium carbonate',
  ])('%s → not routine', (t) => expect(level(t)).not.toBe('routine'));
});

describe('with a sign of its own toxicity it is an emergency', () => {
  it.each([
    "I've been taking my methotrexate every day instead of once a week, now I have mouth ulcers",
    'What happens if you take insulin twice? I just did, I’m shaking, sweating and confused',
    'I take my lithium twice a day but today I took the evening dose twice and now I’m vomiting and can’t walk straight',
    '我每天打两次胰岛素，今天晚上不小心又打了一次，现在手抖出冷汗，有点迷糊',
    'Took my oxycodone twice, my husband says I’m hard to wake and breathing slowly',
    'I took my gliclazide twice by accident, blood sugar is 2.4 and I’m sweating',
    '奶奶地高辛吃了两次，现在恶心，看东西发黄',
  ])('%s → emergency', (t) => expect(level(t)).toBe('emergency'));
});

describe('a schedule, a question, a denial or a prescriber’s change is no extra dose', () => {
  it.each([
    'I take my lithium twice a day, is it ok to have coffee?',
    'My mum takes digoxin twice daily, what are the side effects?',
    '我每天打两次胰岛素，早晚各一次，最近血糖还可以',
    'What happens if I take my insulin twice by mistake?',
    '如果不小心吃了两次甲氨蝶呤会怎样？',
    'I nearly took my methotrexate twice this week but my wife stopped me',
    "I didn't take my gliclazide twice, I checked the pill box",
    'My doctor doubled my lithium dose last month, now I get a slight tremor sometimes',
    '医生让我把胰岛素加倍，这样安全吗',
    'Is lithium safe in pregnancy?',
  ])('%s → not read', (t) => {
    expect(readNarrowMarginExtra(normaliseText(t))).toBeNull();
    expect(level(t)).not.toBe('emergency');
  });
});
