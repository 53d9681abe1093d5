// A lethal means acquired and kept in a life course, no purpose named (s42, #19; blind triage-bf bf017 "failed in CA exam
// 3rd time … bought Ratol paste and kept in my room" was routine with no line).
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { TOXIC_AGENTS } from '../../knowledge/toxic-agents.js';
import { triageDetail } from '../triage.js';
import { KEPT_AGENT_IDS, readMeansKept } from './means-kept.js';
import { normaliseText } from './normalise.js';

const read = (t: string) => readMeansKept(normaliseText(t));
const row = (file: string, id: string): string => {
  const r = readBenchProbes<{ id: string; text: string }>(file).find((x) => x.id === id);
  if (!r) throw new Error(`${file}: no row ${id}`);
  return r.text;
};
const CRISIS = /12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/;

const READ: readonly string[] = [
  'I lost my job last month and my wife left. I bought a bottle of paraquat from the farm supply shop and hid it under my bed.',
  "22F, my parents found out about the debt and they won't speak to me. I have got some rat killer paste and kept it in my drawer.",
  "Since my divorce I've been saving up my sleeping tablets, I've got about 60 now. I feel like such a burden on my kids.",
  "Mum has been so low since dad's funeral. My sister says she's bought rat poison and keeps it by her bed, there are no mice in the flat.",
  '高考又没考好，爸妈说我丢尽了他们的脸。我偷偷买了一瓶百草枯藏在床底下',
  '我老公生意失败欠了一百多万，这几天不说话，我刚发现他在车后备箱里放了两包木炭和胶带',
  '女儿研究生考试第三次没过，一直说对不起我们。今天打扫她房间，看到她枕头底下藏着一大堆安眠药',
  // Found at the person's own place (blind triage-j j118 had the line at START by other readers; the form is the class's).
  '我妈确诊癌症以后一直说不想拖累我们，今天我在她床底下发现了一瓶农药',
];

const NOT_READ: readonly string[] = [
  // A purpose named: pests, camping, a shop, a farm, a flight, a prescription routine, a child's safety.
  'We have rats in the kitchen so I bought Ratol paste and kept it behind the fridge. Is it safe with a cat in the house?',
  "Lost my job so I'm going camping for a week to clear my head, bought charcoal and rope for the tent.",
  '家里老鼠太多了，我买了一包老鼠药放在厨房角落，小孩三岁，怎么放比较安全',
  '失业了，想做烧烤摊，买了十袋木炭放在车库里，木炭受潮还能用吗',
  "My dad got made redundant and he bought weedkiller for the allotment, it's in the shed.",
  'The family would be better off without her cooking, honestly. She also bought a pack of sleeping tablets for the flight.',
  'Got fired today, so I bought a rifle for deer hunting season to take my mind off it.',
  '离婚后一个人住，买了一袋木炭冬天烤火用，放在阳台上，要注意什么',
  '我爸说不想拖累孩子们，自己联系好了养老院，他抽屉里放着一堆药，有降压的有降糖的，怎么提醒他按时吃？',
  // No course told; no means; a rope ladder is no ligature.
  'I bought rat poison and kept it in my room.',
  '考试没考好，心情很差，今天买了一盒巧克力和一瓶可乐藏在房间里',
  'After my divorce I bought a rope ladder for the upstairs window.',
  // A story, a what-if, a possession told as history or denied.
  "In the novel I'm writing, the hero failed his exams and bought rat poison and kept it in his room.",
  'If I failed again and bought rat poison, would my parents forgive me?',
  "Years ago after my business failed I bought a rope and kept it in the garage, but I got help and I'm fine now.",
  "I failed my exam but I didn't buy any rat poison, my friend was joking.",
];

describe('means kept (means-kept.ts)', () => {
  it('reads a means got or held in a life course with no purpose', () => {
    for (const t of READ) expect(read(t), t).not.toBeNull();
  });
  it('does not read a purpose, no course, no means, a story, a what-if, history or a denial', () => {
    for (const t of NOT_READ) expect(read(t), t).toBeNull();
  });
  it('reads the poison table rows it names (knowledge/toxic-agents.ts), each lethal at any adult amount', () => {
    for (const id of KEPT_AGENT_IDS) expect(TOXIC_AGENTS.find((a) => a.id === id)?.amount.adult, id).toBe('any');
  });
  it('blind bf017: emergency with the crisis line worded for the uncertainty', () => {
    const d = triageDetail(row('blind/triage-bf.jsonl', 'bf017'));
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
    expect(d.message).toMatch(/If what was bought or kept may be meant for self-harm/);
    expect(d.contributions.crisisLine).toBe('means-kept');
  });
  it('a purpose named keeps START: rats in the kitchen is no crisis line', () => {
    const d = triageDetail('Failed my exam again. We have rats in the kitchen so I bought Ratol paste and kept it behind the fridge.');
    expect(d.message).not.toMatch(CRISIS);
  });
});

// Session 43 (review s42 b05): the 把 form puts the means before its verb of keeping.
describe('the 把 form: 把 + means + a verb of hoarding or hiding', () => {
  it.each(['我覺得我只是家人的負擔，這幾個月把安眠藥一顆一顆存起來了，現在有快一百顆', '考研又没过，我把农药藏起来了'])('%s', (text) =>
    expect(read(text)).not.toBeNull(),
  );
  it.each([
    // putting away to make it safe, no lethal means, no course
    '公司倒闭了，我把家里的老鼠药都收好了，锁在柜子里',
    '我妈一直把吃剩的抗生素存起来，说下次感冒用。这样会不会有问题？',
    '我把安眠药存起来了，医生说一周只吃两次',
  ])('%s (not read)', (text) => expect(read(text)).toBeNull());
  it('b05: an emergency with the means-kept line', () => {
    const d = triageDetail(row('blind/review-s42-triage-blind.jsonl', 'b05'));
    expect(d.level).toBe('emergency');
    expect(CRISIS.test(d.message)).toBe(true);
  });
});
