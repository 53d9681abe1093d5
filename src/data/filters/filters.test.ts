import { describe, expect, it } from 'vitest';
import type { DataRecord } from '../record.js';
import { StatsBook } from '../stats.js';
import { chain, type Step } from '../step.js';
import { createLangidSteps } from './langid.js';
import { createLengthFilter, lengthOptions } from './length.js';
import { dupNgramFrac, repetitionCheck, repetitionOptions, repetitionVerdict, topNgramFrac } from './repetition.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { createSymbolRatioFilter, symbolRatioOptions, symbolVerdict } from './symbol-ratio.js';
import { textUnits } from './units.js';

const rec = (text: string, id = 'x'): DataRecord => ({ id, text, source: 't', metadata: {} });

async function run(steps: Step[], texts: string[]): Promise<{ kept: DataRecord[]; book: StatsBook }> {
  const book = new StatsBook();
  const kept: DataRecord[] = [];
  const src = (async function* () {
    yield* texts.map((t, i) => rec(t, String(i)));
  })();
  for await (const r of chain(steps, src, { shard: 0, seed: 1, stats: (n) => book.get(n) })) kept.push(r);
  return { kept, book };
}

const GOOD_ZH = '高血压患者平时要注意低盐饮食，每天食盐摄入量不超过五克，同时要规律服用降压药物，定期监测血压变化，如果出现头痛、胸闷等不适要及时就医。';
const GOOD_EN =
  'Patients with high blood pressure should reduce salt intake, take their medication regularly, monitor blood pressure at home and seek care for chest pain or severe headache.';

describe('quality filters', () => {
  it('units: one per Han character, one per Latin word or number', () => {
    expect(textUnits('服用Aspirin 100mg每日1次')).toEqual(['服', '用', 'aspirin', '100', 'mg', '每', '日', '1', '次']);
  });

  it('drops with a reason that becomes a counter', async () => {
    const { kept, book } = await run(
      [createLengthFilter(lengthOptions.parse({})), createSymbolRatioFilter(symbolRatioOptions.parse({}))],
      [
        GOOD_ZH,
        '太短了',
        GOOD_EN,
        '【广告】★★★★★ 头痛发热咳嗽乏力 ★★★★★ ###### @@@@@@ %%%%%% 最新特价药品',
        '2023 1234 5678 9012 3456 7890 1234 5678 0000 血压',
      ],
    );
    expect(kept.map((r) => r.id)).toEqual(['0', '2']);
    expect(book.get('length').dropped).toEqual({ too_short: 1 });
    expect(book.get('symbol_ratio').dropped).toEqual({ symbol_ratio: 1, digit_ratio: 1 });
  });

  it('Gopher repetition adapted to Chinese: repeated lines and n-grams dropped, normal text kept', () => {
    const o = repetitionOptions.parse({});
    expect(repetitionVerdict(rec(GOOD_ZH), o)).toBe(true);
    expect(repetitionVerdict(rec(GOOD_EN), o)).toBe(true);
    expect(repetitionVerdict(rec(Array(12).fill('点击这里领取优惠').concat(GOOD_ZH).join('\n')), o)).toEqual({ drop: 'dup_line_char_frac' });
    expect(repetitionVerdict(rec(`${GOOD_ZH}${'快来买快来买快来买快来买'.repeat(8)}`), o)).toMatchObject({ drop: expect.stringMatching(/gram/) });
    // A short Q&A whose answer echoes the question is not repetitive text.
    expect(
      repetitionVerdict(rec('I was diagnosed with Hashimoto thyroiditis, what medication? The medication for Hashimoto thyroiditis is thyroxine.'), o),
    ).toBe(true);
    expect(topNgramFrac(textUnits('a b a b a b'), 2)).toBeCloseTo(1);
    expect(dupNgramFrac(textUnits('x y z x y z'), 3)).toBe(0.5);
    expect(dupNgramFrac(textUnits('a b c d e f'), 3)).toBe(0);
  });

  it('language id annotates zh/en/other with script shares and filters on request', async () => {
    const { kept, book } = await run(createLangidSteps({ keep: ['zh'] }), [GOOD_ZH, GOOD_EN, '12345 67890']);
    expect(kept).toHaveLength(1);
    expect(kept[0].metadata.lang).toBe('zh');
    expect((kept[0].metadata.script as { han: number }).han).toBeGreaterThan(0.8);
    expect(book.get('lang_filter').dropped).toEqual({ lang_en: 1, lang_other: 1 });
  });

  it('step timings are recorded per step, excluding the time spent upstream', async () => {
    // A fake clock: the first step "takes" 100 ms per record, the source 7 ms, the pass-through step nothing. Each
    // step must be charged its own time only (the clock makes the figures exact, with no real waiting).
    let t = 0;
    const source = async function* (): AsyncIterable<DataRecord> {
      for (const [i, text] of [GOOD_ZH, GOOD_EN].entries()) {
        t += 7;
        yield { id: `r${i}`, text, source: 't', metadata: {} };
      }
    };
    const slow: Step = {
      name: 'slow',
      kind: 'filter',
      async *run(docs) {
        for await (const d of docs) {
          t += 100;
          yield d;
        }
      },
    };
    const fast: Step = { name: 'fast', kind: 'filter', run: (docs) => docs };
    const book = new StatsBook();
    const kept: DataRecord[] = [];
    for await (const r of chain([slow, fast], source(), { shard: 0, seed: 1, stats: (n) => book.get(n) }, () => t)) kept.push(r);
    expect(kept).toHaveLength(2);
    expect(book.get('slow').seconds).toBe(0.2);
    expect(book.get('fast').seconds).toBe(0);
  });
});

describe('filters calibrated on medical text', () => {
  const o = repetitionOptions.parse({});
  const kgRec = (text: string): DataRecord => ({ id: 'kg', text, source: 'disease-kg-zh', metadata: { authority: 'D' } });

  it('repetition is judged within a field: an answer restating its question is not repetition', () => {
    const q = '高血压患者平时饮食上需要注意什么，高血压患者能不能吃咸菜，高血压患者每天吃多少盐合适，高血压患者可以喝酒吗？'.repeat(2);
    const a = `高血压患者平时饮食上需要注意什么？${GOOD_ZH}高血压患者每天吃多少盐合适？每天不超过五克。`;
    const r: DataRecord = {
      id: 'd',
      text: `${q}\n\n${a}`,
      source: 'toyhom',
      metadata: {},
      messages: [
        { role: 'user', content: q },
        { role: 'assistant', content: a },
      ],
    };
    expect(repetitionCheck(r, o).rule).toBeNull();
  });

  it('one repeated paragraph never drops a knowledge-graph entry: the copy is removed', () => {
    const para = '百日咳是由百日咳杆菌引起的急性呼吸道传染病，以阵发性痉挛性咳嗽为特征，病程可长达两三个月。';
    const text = [para, GOOD_ZH, para, '预防：按时接种百白破疫苗，流行期间少去人群密集的场所，患儿隔离至痉咳后三十天。'].join('\n\n');
    const { record, rule } = repetitionCheck(kgRec(text), o);
    expect(rule).toBeNull();
    expect(record.text.split(para).length - 1).toBe(1);
    expect(record.metadata.repeatedLinesRemoved).toBe(1);
  });

  it('bullet lines: a pile of bulleted fragments is dropped, a bulleted list of sentences and bold headings are not', () => {
    const o = symbolRatioOptions.parse({});
    const links = ['- Home', '- About us', '- Contact', '* Privacy policy', '• 首页', '• 联系我们'].join('\n');
    expect(symbolVerdict(links, o)).toBe('bullet_lines');
    // Study batch curation-corrupt-13 c13-006 (labelled keep): a guideline summary set out as a list.
    const safeSleep = [
      '- **Back to sleep:** place the baby on their back for every sleep, including naps, until 1 year of age.',
      '- **Firm, flat surface:** use a crib or bassinet with a firm, flat mattress and a fitted sheet.',
      '- **Keep the sleep area empty:** no pillows, bumpers, quilts, blankets or soft toys.',
    ].join('\n');
    expect(symbolVerdict(safeSleep, o)).toBeNull();
    const zh = [
      '- 宝宝睡觉时一定要仰卧，包括白天小睡，一直到一岁。',
      '- 床垫要硬而平整，不要放枕头、被子和毛绒玩具。',
      '- 和父母同屋不同床，最好至少到六个月。',
    ].join('\n');
    expect(symbolVerdict(zh, o)).toBeNull();
    // c13-047 (keep): '**Influenza**' opens with asterisks but is emphasis, not a bullet.
    const headed = ['**Common cold**', '- Onset: gradual.', '- Duration: 7–10 days.', '**Influenza**', '- Onset: abrupt.', '- Duration: 3–7 days.'].join('\n');
    expect(symbolVerdict(headed, o)).toBeNull();
  });

  it('authority A–C sources are flagged, never dropped, by style rules', async () => {
    const bullets = ['- Eat a healthy diet', '- Be physically active', '- Take medicines as prescribed', '- Check your blood glucose'].join('\n');
    const nih: DataRecord = { id: 'n', text: bullets, source: 'medquad', metadata: { authority: 'C' } };
    const web: DataRecord = { id: 'w', text: bullets, source: 'forum', metadata: {} };
    const book = new StatsBook();
    const out: DataRecord[] = [];
    const f = createSymbolRatioFilter(symbolRatioOptions.parse({ maxBulletLines: 0.5 }));
    for await (const r of f.run(
      (async function* () {
        yield nih;
        yield web;
      })(),
      { shard: 0, seed: 1, stats: (n) => book.get(n) },
    ))
      out.push(r);
    expect(out.map((r) => r.id)).toEqual(['n']);
    expect(out[0].metadata.flags).toEqual(['symbol_ratio:bullet_lines']);
    expect(book.get('symbol_ratio').dropped).toEqual({ bullet_lines: 1 });
  });

  it('meaning-corrupted advice is caught; sound advice and negations pass', () => {
    const co = adviceCheckOptions.parse({});
    const ans = (q: string, a: string): DataRecord => ({
      id: 'a',
      text: `${q}\n\n${a}`,
      source: 'toyhom',
      metadata: {},
      messages: [
        { role: 'user', content: q },
        { role: 'assistant', content: a },
      ],
    });
    expect(adviceVerdict(ans('高血压要注意什么？', '首先患者需要增加盐分的摄入，适当运动。'), co)).toEqual({ drop: 'advice_salt_increase' });
    expect(adviceVerdict(ans('高血压能吃盐吗？', '高盐饮食这个会致使血压下降的。'), co)).toEqual({ drop: 'advice_salt_lowers_bp' });
    expect(adviceVerdict(ans('癫痫饮食注意？', '不要吃辛辣的食物，以免缓解病情。'), co)).toEqual({ drop: 'advice_relief_as_harm' });
    expect(adviceVerdict(ans('My hypertension?', 'You should increase salt in your diet.'), co)).toEqual({ drop: 'advice_salt_increase' });
    expect(adviceVerdict(ans('高血压要注意什么？', '要低盐饮食，不要增加盐的摄入，以免加重病情。'), co)).toBe(true);
    expect(adviceVerdict(ans('二型糖尿病能治好吗？', '二型糖尿病不太容易缓解，需要长期控制血糖。'), co)).toBe(true);
    expect(adviceVerdict(ans('我每天抽烟，高血压吗？', '建议戒烟限酒，低盐饮食。'), co)).toBe(true);
  });
});
