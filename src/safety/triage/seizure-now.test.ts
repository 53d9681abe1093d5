import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { seizureInProgress } from './seizure-now.js';

// Session 15 (triage #19): a fit told in progress with nothing else said is an emergency (NHS: call 999 for a first
// seizure or one over 5 minutes — a carer mid-fit rarely knows which); a known epileptic's usual fit stays with the
// seizure rules.
describe('a seizure told in progress is an emergency', () => {
  it.each([
    ['my little boy is fitting on the sofa'],
    ["I think she's having a seizure, her arms keep jerking"],
    ['my dad is seizing on the kitchen floor right now'],
    ['女儿现在抽搐，叫她没反应'],
    ['我老公正在抽风，怎么办'],
    ['宝宝还在抽，手脚一直抖'],
    ['孩子正在抽筋，眼睛往上翻'],
    ['孩子发烧39度，现在在抽筋，嘴唇有点紫'],
    ['I think my son is having a febrile seizure, he is burning up'],
    ['My toddler got into my handbag and is now fitting'],
    // Session 16 (#12): the persons are persons.ts's one list — a neighbour, a grandparent, 室友 are read too.
    ['my neighbour is having a seizure on the pavement'],
    ['室友正在抽搐，叫不醒'],
  ])('%s → emergency (seizure-in-progress)', (text) => {
    expect(seizureInProgress(text)).toBe(true);
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('seizure-in-progress');
  });

  it.each([
    ['What should I do if someone is having a seizure?'],
    ['my sister is having a fit about the wedding seating plan'],
    ['he is fitting in well at his new school'],
    ['my son has epilepsy and is having one of his usual seizures, they last about a minute'],
    ['my wife was having a seizure earlier, it stopped after a minute and she came round'],
    ['他还在抽烟，劝不住'],
    ['在抽搐之后他睡了两个小时'],
    ['我腿现在抽筋了，好疼'],
    ['my toddler is having a hissy fit in the supermarket'],
    ['My mum is having a fit, she found my tattoo'],
    ['我家狗现在抽搐，怎么办'],
    ['Our dog Max is having a seizure right now'],
    ["she isn't having a seizure, just shivering with the fever"],
  ])('%s → not read as a fit going on now', (text) => {
    expect(seizureInProgress(text)).toBe(false);
    expect(triageDetail(text).reasons).not.toContain('seizure-in-progress');
  });
});
