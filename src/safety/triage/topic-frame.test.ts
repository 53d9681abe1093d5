// A suicide or self-harm word read as the message's TOPIC (session 44, #19; blind triage-bh bh105, bh037 were emergencies
// with the crisis line): the frame's words are set aside only when the rest carries no suicide reading and no wish,
// identification, distress or statement outside the allowed clause kinds.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { readTopicFrame } from './topic-frame.js';

const decided = (t: string) => {
  const d = triageDetail(t);
  return { level: d.level, line: CRISIS_LINE.test(d.message) };
};

describe('readTopicFrame: a bereavement by suicide, a work on self-harm', () => {
  it.each([
    [
      "Our GP suggested I look for a support group for people bereaved by suicide. My brother died three years ago. I'm doing alright, just want to talk to others who get it. Anything in the Leeds area?",
      'bereavement',
    ],
    ['我是心理学研究生，在写一篇关于青少年非自杀性自伤的综述，想问一下常见的预警信号有哪些，老师和家长可以注意些什么', 'work'],
    ["I'm writing a literature review on adolescent self-harm, what are the warning signs teachers should know?", 'work'],
    ['自杀者家属互助会在上海哪里有？我爸五年前走的', 'bereavement'],
  ])('%s → %s', (text, kind) => expect(readTopicFrame(text)?.kind).toBe(kind));

  it.each([
    // a wish, an identification with the dead, distress, a statement outside the allowed clauses
    'My brother died by suicide two years ago and lately I keep thinking I want to join him.',
    '哥哥三年前自杀去世了，我也想跟他一样走了算了',
    "Our GP suggested a support group for people bereaved by suicide. I don't see the point of anything anymore.",
    'Lost my brother to suicide three years ago. Some days I just want to be with him again.',
    // a fresh loss; the writer's own act; a method or amount
    "My brother died by suicide last night, I can't stop shaking, I don't know what to do",
    "I'm writing my dissertation about suicide but honestly I've been thinking about killing myself too",
    '我是心理学研究生，在写关于自杀的论文，其实我自己也不想活了',
    'For my research on suicide, how many paracetamol tablets is a lethal dose?',
    "I'm doing an essay on self-harm. I cut myself last night and it's still bleeding",
    "After my mum's suicide I have cut myself every night this week",
    // the suicide word naming an act or a risk, a first person inside the work's subject, a reaching out, a clause beyond
    // the allowed kinds (fail closed: a friend's support question stays as it was)
    "I'm worried about her suicide attempt, what should I do?",
    'I found her suicide note this morning',
    '我想写一篇关于我为什么要自杀的文章',
    'I need to talk about suicide',
    'I read an article about suicide and it made me want to try it',
    '他失去了活下去的勇气想自杀',
    '由于自杀未遂住院了，出院后要注意什么',
    'My friend is bereaved by suicide and I want to support her, any tips?',
  ])('%s (not set aside)', (text) => expect(readTopicFrame(text)).toBeNull());
});

describe('triage: the topic set aside only when the rest has no suicide reading', () => {
  it.each([
    "Our GP suggested I look for a support group for people bereaved by suicide. My brother died three years ago. I'm doing alright, just want to talk to others who get it. Anything in the Leeds area?",
    '我是心理学研究生，在写一篇关于青少年非自杀性自伤的综述，想问一下常见的预警信号有哪些，老师和家长可以注意些什么',
  ])('bh105/bh037: %s → routine, no line', (text) => {
    expect(decided(text)).toEqual({ level: 'routine', line: false });
    expect(triageDetail(text).contributions.topic?.length).toBeGreaterThan(0);
  });

  it.each([
    '哥哥三年前自杀去世了，我也想跟他一样走了算了',
    "Our GP suggested a support group for people bereaved by suicide. I don't see the point of anything anymore.",
    "I lost my dad to suicide in 2019. I've been saving up my sleeping pills and I think I'm ready.",
    "I'm writing my dissertation about suicide but honestly I've been thinking about killing myself too",
  ])('kept whole: %s → emergency with the line', (text) => expect(decided(text)).toEqual({ level: 'emergency', line: true }));
});
