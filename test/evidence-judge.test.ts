import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type JudgeKey, parseQuestion, parseVerdict, scoreVerdicts } from '../bench/evidence-judge.js';

const blind = (f: string) => join(import.meta.dirname, '..', 'bench', 'blind', f);
const lines = (f: string) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);

describe('evidence judge scorer', () => {
  it('reproduces the recorded first-sight figures of batch evidence-q from its verdicts and key', () => {
    const questions = lines(blind('evidence-q.jsonl')).map((r, i) => parseQuestion(r, `q${i}`));
    const verdicts = lines(blind('evidence-q.verdicts.jsonl')).map((r, i) => parseVerdict(r, `v${i}`));
    const key = JSON.parse(readFileSync(blind('evidence-q.judge-key.json'), 'utf8')) as JudgeKey;
    const s = scoreVerdicts(questions, verdicts, key);
    expect(s.questions).toBe(160);
    expect(s.chat).toMatchObject({ ontopic: 0.519, zh: 0.388, en: 0.65, first: 0.738 });
    // search zh is 21/80 = 26.25 % (recorded as 26.2 %).
    expect(s.search).toMatchObject({ ontopic: 0.475, zh: 0.263, en: 0.688, first: 0.75 });
  });

  it('unblinds with the key: swapping A and B swaps the systems', () => {
    const q = [parseQuestion({ id: 'x', lang: 'en', question: 'q?', topic: 't', onTopic: 'o' }, 'l1')];
    const v = [{ id: 'x', A: { ontopic: true, first: true, n: 3 }, B: { ontopic: false, first: false, n: 0 } }];
    expect(scoreVerdicts(q, v, { x: { A: 'chat', B: 'search' } }).chat.ontopic).toBe(1);
    expect(scoreVerdicts(q, v, { x: { A: 'search', B: 'chat' } }).chat.ontopic).toBe(0);
  });

  it('counts a declared "no page" apart: on topic or declared, never in the on-topic share', () => {
    const q = [parseQuestion({ id: 'x', lang: 'zh', question: '狂犬病疫苗要打几针', topic: '狂犬病', onTopic: 'o' }, 'l1')];
    const v = [parseVerdict({ id: 'x', A: { ontopic: false, first: false, n: 0, declared: true }, B: { ontopic: false, first: false, n: 0 } }, 'v1')];
    const s = scoreVerdicts(q, v, { x: { A: 'chat', B: 'search' } });
    expect(s.chat).toMatchObject({ ontopic: 0, ontopicOrDeclared: 1 });
    expect(s.search).toMatchObject({ ontopic: 0, ontopicOrDeclared: 0 });
  });

  it('names the line and field of a bad row, and a question without a verdict', () => {
    expect(() => parseQuestion({ id: 'a', lang: 'fr', question: 'q', topic: 't', onTopic: 'o' }, 'f:3')).toThrow(/f:3: field "lang"/);
    expect(() => parseQuestion({ id: 'a', lang: 'zh', question: '', topic: 't', onTopic: 'o' }, 'f:4')).toThrow(/f:4: field "question"/);
    expect(() => parseVerdict({ id: 'a', A: { ontopic: 'yes' } }, 'v:1')).toThrow(/v:1: A needs boolean/);
    const q = [parseQuestion({ id: 'x', lang: 'zh', question: 'q', topic: 't', onTopic: 'o' }, 'l')];
    expect(() => scoreVerdicts(q, [], { x: { A: 'chat', B: 'search' } })).toThrow(/no verdict for question x/);
  });
});
