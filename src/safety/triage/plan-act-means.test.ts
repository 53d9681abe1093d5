// The plan's act read against its means (plan-slots.ts actOnMeans, session 22, review s21 S3/S20/O3/O6): a poison is
// DRUNK ("drink it tonight", 今晚就把它喝了), a single-act instrument is USED on oneself ("use the cord tonight"), all
// of a medicine called by its name is the whole supply ("all of my sertraline when it's dark"); a poison used to clean,
// an instrument used on another thing (a tent, a pumpkin, 把树绑好), a two-character brand that is a person's name
// (美平, 罗拉) and a supply carried to the pharmacy are no plan. Rows are the engineer's own probes
// (/tmp/probes/triage-frames-s22, written before the code), each with a harmless twin in the same words.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { readPlanSlots } from './plan-slots.js';
import { screenSuicide } from './suicide.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });
const slots = (text: string) => readPlanSlots(normaliseText(text));

describe('a plan whose act fits its means is an emergency with the crisis line', () => {
  it.each([
    "I'm holding the bottle of paraquat now and I'm going to drink it tonight",
    'planning to drink the antifreeze from the garage once my parents are asleep',
    "got a bottle of weedkiller from the shed, I'll drink it when everyone's asleep",
    "Im gonna use the cord in the wardrobe tonight, I've made up my mind",
    "I'm going to use the rope tonight",
    'when it gets dark I am going to use the knife on my wrists',
    "I'm going to take all of my sertraline when it gets dark",
    'have 60 propranolol saved up, taking them all on Sunday night',
    '我手里拿着草甘膦，今天晚上就把它喝了',
    '我手里拿着百草枯，今晚就喝',
    '等老公上班了，我就把美林全吃了',
  ])('%s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});

describe('the same words with a harmless act, object or person are no plan', () => {
  it.each([
    ["I'm going to use all the bleach to clean the bathroom tonight once the kids are asleep", 'a poison used to clean'],
    ['I will use the rope tonight to tie the tent down before the storm', 'an instrument on a thing'],
    ['when the kids are asleep I am going to use the knife to carve the pumpkin', 'an instrument on a thing'],
    ['今晚等孩子睡了我就用那根绳子把院子里的树绑好', '用绳子把树绑好'],
    ['今晚等罗拉睡了，我就把蛋糕全吃了', 'a person named 罗拉'],
    ['等美平上学了，我就把她的巧克力全吃光', 'a person named 美平'],
    ['明天打完农药回来，我就喝点啤酒', 'the drink is beer'],
  ])('%s (%s)', (text) => {
    expect(slots(text)).toBeNull();
  });
  it('a supply carried to the pharmacy is no intended act for the screen either', () => {
    expect(screenSuicide(normaliseText("I'm going to take all my old meds to the pharmacy on Friday so they can dispose of them")).risk).toBe('none');
  });
});
