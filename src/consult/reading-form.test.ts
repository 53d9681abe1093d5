// The opening's reading form (reading-form.ts) and the questions it adds (policy.ts readingFormQuestions). The additive
// property is tested on every real opening that has a reading form: all blind consultation batches and the review
// probes of earlier sessions (traditional characters, Cantonese, Taiwanese usage).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCH_BLIND, readBenchProbes } from '../../test/helpers/bench-probes.js';
import type { ChatMessage } from '../models/backend.js';
import { nextConsultStep } from './policy.js';
import { consultReadingForm, hasReadingForm } from './reading-form.js';

const ask = (text: string, more: ChatMessage[] = [], o: { readingForm?: boolean } = {}) => nextConsultStep([{ role: 'user', content: text }, ...more], o);
const texts = (s: ReturnType<typeof ask>) => (s.action === 'ask' ? s.questions.map((q) => q.text) : []);
/** The injury reader's wrist question (injury.ts): deformity, the snuffbox, the hand's circulation. */
const WRIST = /拇指根部的凹窝/;

describe('consultReadingForm', () => {
  it('leaves English and Mandarin in simplified characters as written', () => {
    for (const t of [
      'my 4 year old fell off the climbing frame onto his hand',
      '婆婆说要停喂母乳', // a mother-in-law, not a grandmother
      '右手拇指食指中指老是发麻', // 食指 is a finger
      '最近心情郁闷，抑郁了吗',
      '孩子3月3日开始发烧',
    ]) {
      expect(hasReadingForm(t), t).toBe(false);
      expect(consultReadingForm(t)).toBe(t);
    }
  });
  it('reads traditional characters and Cantonese words in Mandarin', () => {
    expect(consultReadingForm('我個女5歲，尋日喺樓梯跌落嚟，撞親個頭')).toBe('我女儿5岁，昨天在楼梯摔下来，撞伤个头');
    expect(consultReadingForm('阿爺膝頭哥好痛，行路好辛苦')).toBe('爷爷膝盖好痛，走路好辛苦');
    expect(consultReadingForm('佢隻腳眼扭親，唔郁得')).toBe('他只脚踝扭伤，不动得');
    expect(consultReadingForm('佢成身好痕，出晒疹')).toBe('他全身好痒，出疹');
    expect(consultReadingForm('阿嫲話心口翳')).toBe('奶奶说胸口闷');
    expect(consultReadingForm('呢兩日屙咗三次')).toBe('这两天拉了三次');
    expect(consultReadingForm('佢話瞓得唔好')).toBe('他说睡得不好');
  });
  it('keeps the Mandarin words its Cantonese rows could touch', () => {
    expect(consultReadingForm('佢最近好抑鬱，成日唔開心')).toContain('抑郁');
    expect(consultReadingForm('手上有條疤痕，唔痛')).toContain('疤痕');
    expect(consultReadingForm('佢用食指㩒住')).toContain('食指');
    expect(consultReadingForm('3月3日開始咳')).toContain('3月3日');
    expect(consultReadingForm('個女人話佢頭痛')).not.toContain('女儿');
  });
});

describe('the reading form adds questions, never displacing', () => {
  const files = [
    ...readdirSync(BENCH_BLIND)
      .filter((f) => /^consult-cases-\d+\.jsonl$/.test(f))
      .map((f) => `blind/${f}`),
    ...readdirSync(new URL('..', BENCH_BLIND)).filter((f) => /^consult-.*probes.*\.jsonl$/.test(f)),
  ];
  const openings = files
    .flatMap((f) => readBenchProbes<{ opening?: string; open?: string; text?: string }>(f).map((r) => r.opening ?? r.open ?? r.text ?? ''))
    .filter((t) => typeof t === 'string' && hasReadingForm(t));
  it('on every real opening with a reading form, the first turn starts with the turn the words as written give', () => {
    expect(openings.length).toBeGreaterThan(100);
    let added = 0;
    for (const t of openings) {
      const off = ask(t, [], { readingForm: false });
      const on = ask(t);
      expect(on.action, t).toBe(off.action);
      expect(on.triage.level, t).toBe(off.triage.level);
      const a = texts(off);
      const b = texts(on);
      expect(b.slice(0, a.length), t).toEqual(a);
      expect(b.length - a.length, t).toBeLessThanOrEqual(2);
      if (b.length > a.length) added++;
    }
    expect(added).toBeGreaterThan(10);
  }, 600_000);
  it('a Cantonese fall onto the hand is asked the wrist injury question (deformity, snuffbox, circulation)', () => {
    const t = '我個仔6歲，頭先踩單車跌親，用手撐地，而家手腕好腫，佢唔肯郁';
    expect(texts(ask(t, [], { readingForm: false })).some((q) => WRIST.test(q))).toBe(false);
    const first = ask(t);
    expect(first.action).toBe('ask');
    expect(texts(first).some((q) => WRIST.test(q))).toBe(true);
    // The added question is kept verbatim by a model's redraft (draft.ts reads `added`) and is not asked again.
    expect(first.action === 'ask' && first.added?.some((q) => WRIST.test(q.text))).toBe(true);
    const second = ask(t, [
      { role: 'assistant', content: first.action === 'ask' ? first.text : '' },
      { role: 'user', content: '冇' },
    ]);
    expect(texts(second).some((q) => WRIST.test(q))).toBe(false);
  });
  it('an injury the words as written already read keeps its site (腳踏車 is a bicycle, not a foot)', () => {
    const t = '我女兒騎腳踏車摔倒，手腕腫起來，不太能動';
    const q = texts(ask(t));
    expect(q.some((x) => WRIST.test(x))).toBe(true);
    expect(q.some((x) => /脚踝两侧/.test(x))).toBe(false);
  });
  it('must-ask reads the reading form too: a Cantonese early pregnancy with bleeding, a postnatal headache', () => {
    const bleed = texts(ask('有咗7個禮拜，肚痛，見紅'));
    expect(bleed.some((q) => /一小时就湿透一片卫生巾/.test(q) && /肩膀尖/.test(q))).toBe(true);
    const head = texts(ask('我老婆生完BB兩個禮拜，今日頭好痛'));
    expect(head.some((q) => /量过血压/.test(q))).toBe(true);
    expect(texts(ask('我老婆生完BB兩個禮拜，今日頭好痛', [], { readingForm: false })).some((q) => /量过血压/.test(q))).toBe(false);
  });
  it('a Taiwanese opening in traditional characters is read too (a child’s ankle twisted at basketball)', () => {
    const t = '我兒子12歲，打籃球扭傷腳踝，腫得很大，可以自己冰敷就好嗎？';
    expect(hasReadingForm(t)).toBe(true);
    expect(texts(ask(t)).some((q) => /走不了四步|脚踝两侧/.test(q))).toBe(true);
  });
});
