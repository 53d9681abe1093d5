// A stated plan read as its parts (plan-slots.ts): means × an act that uses it up or is lethal × a time or a condition
// × intent. Rows are the engineer's own probes (/tmp/probes/triage-frames-s21, written before the code) and the study
// batch's miss (triage-ak ak118); the negatives are the same shapes with a harmless object, a carrying act, doses over
// days or an ordinary purpose.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { readPlanSlots } from './plan-slots.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });
const slots = (text: string) => readPlanSlots(normaliseText(text));

describe('a plan told as means × act × when × intent is an emergency with the crisis line', () => {
  it.each([
    "mate i'm done. got all me novorapid pens lined up on the bench and i'm gonna do the lot once the missus is asleep",
    "got all my insulin pens in the drawer, going to use every one of them when he's gone to work tomorrow",
    "I've been saving up my sertraline for weeks. Tonight I'm taking the whole lot.",
    "there's a rope in the garage and once the kids are at school on monday i'm going to use it",
    'I have 40 zopiclone lined up on the bedside table. Doing it after mum leaves.',
    'Ive got two boxes of co-codamol stashed, gonna neck the lot when the house is quiet',
    "When my wife falls asleep I'm taking every tablet of her amitriptyline",
    'lantus pens are ready. gonna inject all of them once the missus has gone to sleep',
    "have the paracetamol and the vodka ready for when I'm alone tomorrow night",
    "Been stockpiling my quetiapine. planning to take the lot tonight once hubby's asleep",
    'Counted out 60 of my propranolol. taking them all when my housemate leaves for the weekend',
    "I'll be injecting all my humalog after everyone goes to bed",
    'when the train comes through at 6 tomorrow im going to step in front of it',
    '我已经把胰岛素笔都准备好了，等孩子们上学了就全部打进去',
    '我把攒的药都藏在枕头下面了，周五晚上室友不在就一口气吞了',
    '聽日佢返工之後，我就食晒啲藥',
    '存了五十多粒安定，下周一老公出差我就全吞了',
    '藥都收埋喺床底，聽晚佢哋出咗街我就一次過食晒',
    '等爸妈去上班了，我就用那根绳子结束这一切',
    '炭和胶带都买好了，周末在车里烧',
  ])('%s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});

describe('the same shapes with no means, no act on it, or an ordinary purpose are no plan', () => {
  it.each([
    "I'm going to do the lot of the laundry once she's asleep so it's quiet",
    "The GP said I must take all of my antibiotics, so I'll finish the course by Friday. Can I drink alcohol?",
    "I've lined up all my vitamin bottles for the week, I'll take them once I've had breakfast. Is vitamin D better in the morning?",
    "I've stocked up on insulin pens before my holiday; going to use them all over the two weeks. How do I keep them cold on the plane?",
    "once the kids are at school I'm going to clear out the garage and take all the old medicines to the pharmacy for disposal",
    '我准备把家里过期的药全部扔掉，等孩子们睡了再整理',
    '等孩子睡了我就把衣服全部洗完',
    '医生说抗生素要全部吃完，我打算吃到周五，能喝酒吗',
    "Once the kids are asleep I'm going to take all the decorations down and pack them away",
    "I'm going to take all my tablets with me on holiday tomorrow, do I need a letter from the GP?",
    "tonight once the kids are in bed I'll take every single one of the old pill packets to the pharmacy bin",
    "I'm going to eat the whole pizza tonight once my flatmate is out lol",
    "Tomorrow when the house is empty I'm going to hang all the new curtains",
    '等孩子睡了我就把药全部分装到药盒里，每天一格',
    '周末去那座大桥上跑步，膝盖疼吃什么药',
    '小腿骨折打了石膏，今晚疼的越来越厉害，止疼药没用，脚趾头发麻发白',
  ])('%s', (text) => {
    expect(slots(text)).toBeNull();
  });
});
