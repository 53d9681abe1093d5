import { describe, expect, it } from 'vitest';
import { MAX_SHARE, namedSubjectLeads, type SubjectContext } from './named-subject.js';
import { selectTopics, type TopicMatch } from './topics.js';

const name = (text: string, over: Partial<TopicMatch> = {}): TopicMatch => ({
  text,
  start: 0,
  end: text.length,
  docs: [1],
  weak: true,
  negated: false,
  asked: false,
  direct: false,
  kind: 'symptom',
  listed: false,
  spread: 0,
  ...over,
});
// A Chinese question whose named page is English (耳鸣 → Tinnitus), and the same page for an English question.
const across: SubjectContext = { question: 'zh', pages: ['en'], chunks: 10_000 };
const same: SubjectContext = { question: 'en', pages: ['en'], chunks: 10_000 };

describe('namedSubjectLeads', () => {
  it('lets the other-language page of the one symptom or examination name the question writes lead (耳鸣 → Tinnitus, 肠镜 → Colonoscopy)', () => {
    expect(namedSubjectLeads(selectTopics([name('耳鸣')]).primary, across)).toBe(true);
    expect(namedSubjectLeads(selectTopics([name('肠镜', { start: 2, kind: 'other' })]).primary, across)).toBe(true);
  });

  it('leaves a page in the question’s own language where its words ranked it ("itchy … skin and eyes turned yellow": Jaundice stays first)', () => {
    expect(namedSubjectLeads(selectTopics([name('itchy')]).primary, same)).toBe(false);
    expect(namedSubjectLeads(selectTopics([name('耳鸣')]).primary, { ...across, pages: ['zh', 'en'] })).toBe(false);
    expect(namedSubjectLeads(selectTopics([name('耳鸣')]).primary, { ...across, pages: [] })).toBe(false);
  });

  it('gives a finding said in many passages no lead (发烧 is a finding of many conditions, not the Fever page’s question)', () => {
    expect(namedSubjectLeads([name('发烧', { spread: MAX_SHARE * 10_000 + 1 })], across)).toBe(false);
    expect(namedSubjectLeads([name('耳鸣', { spread: MAX_SHARE * 10_000 })], across)).toBe(true);
    expect(namedSubjectLeads([name('耳鸣')], { ...across, chunks: 0 })).toBe(false);
  });

  it('gives a symptom list no lead: selectTopics chooses no one name', () => {
    const list = [name('发烧', { listed: true }), name('咳嗽', { start: 3, listed: true }), name('喉咙痛', { start: 6, listed: true })];
    expect(namedSubjectLeads(selectTopics(list).primary, across)).toBe(false);
    expect(namedSubjectLeads(selectTopics([name('头痛'), name('恶心', { start: 3 })]).primary, across)).toBe(false);
  });

  it('never leads with a guess, a denied name, a relative’s history or a name inside a written-out finding', () => {
    expect(namedSubjectLeads([name('耳明', { fuzzy: true })], across)).toBe(false);
    expect(namedSubjectLeads([name('高血鸭', { bySound: true })], across)).toBe(false);
    expect(namedSubjectLeads([name('耳鸣', { negated: true })], across)).toBe(false);
    expect(namedSubjectLeads([name('便秘', { background: true, everyday: true })], across)).toBe(false);
    expect(namedSubjectLeads([name('骨折', { start: 3 })], across, new Set([3]))).toBe(false);
    expect(namedSubjectLeads([name('骨折', { start: 3 })], across, new Set([0]))).toBe(true);
    // "没浮肿 血压也正常" (q20-113): a one-character denial before the name.
    expect(namedSubjectLeads([name('浮肿', { start: 6 })], { ...across, query: '尿蛋白阳性没浮肿' })).toBe(false);
    expect(namedSubjectLeads([name('浮肿', { start: 6 })], { ...across, query: '尿蛋白阳性有浮肿' })).toBe(true);
  });

  it('reads only one chosen name with pages', () => {
    expect(namedSubjectLeads([], across)).toBe(false);
    expect(namedSubjectLeads([name('耳鸣', { docs: [] })], across)).toBe(false);
  });
});
