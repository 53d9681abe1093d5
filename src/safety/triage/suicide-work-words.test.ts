import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';

// Session 36 review of #19 (bench/triage-s36-review-probes.jsonl, tp-a rows): the writer's own suicide talk beside work
// or study words (作业, 论文, 班会, thesis, lecture, poster) and "general" words (学生, 原因, among, prevention). A topic
// reader (suicide-role.ts, since removed) set these aside as the topic of the writer's work → routine/urgent, no line.
// They must stay emergencies with the crisis line, as at the session's start.
describe('suicide words of the writer beside work or study words: emergency with the crisis line', () => {
  it.each([
    '作业太多了，我是学生，真的想自杀',
    "my thesis on suicide rates among vets is due tomorrow and honestly i'm considering suicide tonight.",
    '班会要讲自杀预防，讲完我就打算自杀',
    '這份作業要寫青少年自殺的原因，寫到我都想自殺了',
    'my lecture on suicide prevention in teenagers went badly and now i just want suicide',
    '培训材料里全是自杀的统计数据，看得我也很想自杀',
    '上课讲到自杀的原因，我忍不住哭了，其实我准备周五自杀',
    "working on a poster about self-harm among students and I self-harm every night, tonight I'll go too far",
  ])('%s', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(CRISIS_LINE.test(d.message)).toBe(true);
  });
});
