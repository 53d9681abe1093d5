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

// Session 32 review (consult-review.md): openings where the reading form added a wrong-topic question. Each now gets
// exactly the turn the words as written give (START's turn), and the reading form reads the words as they are meant.
describe('the reading form adds nothing for another reading of the words (review s32)', () => {
  const start = (t: string) => texts(ask(t, [], { readingForm: false }));
  it('有咗/有了 + a duration after a symptom is "have had it for", not pregnant (rcx-01, rcx-02, rcx-03, rcx-04)', () => {
    for (const t of ['我老公出血有咗兩個禮拜，肚好痛', '我出血有咗兩個禮拜，肚好痛', '下面出血有咗一個月', '我先生便血已經有了兩個月，肚子痛'])
      expect(consultReadingForm(t), t).not.toContain('怀孕');
    expect(consultReadingForm('我老公出血有咗兩個禮拜，肚好痛')).toContain('出血有了两个星期');
    expect(texts(ask('我老公出血有咗兩個禮拜，肚好痛'))).toEqual(start('我老公出血有咗兩個禮拜，肚好痛'));
    expect(texts(ask('我先生便血已經有了兩個月，肚子痛'))).toEqual(start('我先生便血已經有了兩個月，肚子痛'));
    // The writer's own pregnancy is still read (the clause's own predicate, the duration ending its clause).
    expect(consultReadingForm('我有咗六個禮拜，今朝出血')).toContain('我怀孕六个星期');
    expect(consultReadingForm('有咗7個禮拜，肚痛，見紅')).toContain('怀孕7个星期');
  });
  it('BB in a compound is the thing, not a baby (b06 BB霜; b08 BB針 with the writer’s own arm)', () => {
    expect(consultReadingForm('搽完BB霜之後塊面好痕，起咗啲紅點')).toContain('BB霜');
    expect(consultReadingForm('帶BB去打BB針，我自己手臂痛')).toBe('带宝宝去打BB针，我自己手臂痛');
    for (const t of ['搽完BB霜之後塊面好痕，起咗啲紅點', '帶BB去打BB針，我自己手臂痛', '我哋有咗BB之後，我成日瞓唔好，頭好痛'])
      expect(texts(ask(t)), t).toEqual(start(t));
    // The writer's own complaint set apart from the child's is still read (rcx-07: the writer's wrist).
    expect(texts(ask('個仔BB車翻側，佢冇事，我自己扭親手腕')).some((x) => WRIST.test(x))).toBe(true);
  });
  it('a measurement that 跌低 has dropped, no fall (b14, rcx-06)', () => {
    expect(consultReadingForm('佢血糖跌低咗，手震出冷汗')).toBe('他血糖下降了，手震出冷汗');
    for (const t of ['佢血糖跌低咗，手震出冷汗', '阿爺血糖跌低咗，出冷汗，手震']) {
      expect(consultReadingForm(t), t).not.toContain('摔');
      expect(texts(ask(t)), t).toEqual(start(t));
    }
  });
  it('a fall past or healed, or someone else’s, adds no injury question (b15, b18); a graze no hot-joint one (b16)', () => {
    for (const t of ['舊年跌親隻腳，而家好返晒，想問可唔可以跑步', '隔籬屋個伯伯跌親，我想問我自己膝頭痛係咪關節炎', '我冇撞到頭，淨係膝頭擦損咗少少'])
      expect(texts(ask(t)), t).toEqual(start(t));
  });
  it('no head-injury question beside a child’s turn that already asks consciousness and vomiting (t08, t15); an older faller’s stays (t18)', () => {
    for (const t of ['我家寶寶八個月，剛剛從沙發上摔到地板，哭了一下就停了，要不要掛急診？', '我個仔三歲，頭先喺床度跌落地，撞親個頭，而家好眼瞓'])
      expect(texts(ask(t)), t).toEqual(start(t));
    expect(texts(ask('我阿爸食緊薄血藥，今日喺街度仆親，撞到額頭')).some((x) => /碰到头后昏过去/.test(x) && /抗凝药/.test(x))).toBe(true);
  });
  it('a likeness names a size, not a body part: a child’s wrist swollen 好似饅頭咁 is asked the wrist, not the head (a04)', () => {
    const t = '細路仔踩滑板跌低，用手撐住地，手腕腫到好似饅頭咁';
    expect(consultReadingForm(t)).not.toContain('馒头');
    const q = texts(ask(t));
    expect(q.slice(0, start(t).length)).toEqual(start(t));
    expect(q.some((x) => WRIST.test(x))).toBe(true);
    expect(q.some((x) => /碰到头后昏过去/.test(x))).toBe(false);
  });
});
