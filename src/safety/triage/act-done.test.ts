// A swallowing already done read as the parts of its sentence (act-done.ts, session 22, review s21 S4/S4b): a done
// verb, a quantity beyond a dose and a medicine anywhere in one sentence, before or after the verb. Rows are the
// engineer's own probes (/tmp/probes/triage-frames-s22/done*.tsv, written before the code) with harmless twins.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readActsDone } from './act-done.js';
import { withMedicineClass } from './ingestion.js';
import { normaliseText } from './normalise.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });
const done = (text: string) => readActsDone(withMedicineClass(normaliseText(text)));

describe('an overdose told in any order of its parts is an emergency', () => {
  it.each([
    'took it with vodka, the whole box of paracetamol, 32 tablets, an hour ago',
    'yes I actually did swallow 40 of them, the sertraline',
    'about 20 of the quetiapine, I took those with a bottle of wine',
    'took them with whisky, 30 of my mum’s sleeping tablets, about an hour ago',
    'i did actually take them, like 25 co-codamol, before bed',
    '30 of the sertraline, I necked them all at 9pm',
    '就着白酒吃的，一整板的阿普唑仑',
    '就着啤酒吞下去的，二十片对乙酰氨基酚',
    '我真的吃了，一整盒的阿米替林',
    '一整板的艾司唑仑，我吃下去了',
  ])('%s', (text) => {
    expect(done(text).length).toBeGreaterThan(0);
    expect(t(text).level).toBe('emergency');
  });
});

describe('a dose beside a supply, a strength, a time, a question or a denial is no act of a large amount', () => {
  it.each([
    'the GP prescribed 30 sertraline, I took one this morning',
    'I took 2 paracetamol at 10 and my son is 12 today',
    'took my 20mg sertraline with breakfast',
    'I took 10 ml of calpol for my sore throat',
    '医生开了一整板的阿普唑仑，我吃的是半片',
    '一盒有24片布洛芬，我吃了两片',
    '我没吃，一整瓶安眠药都还在',
    'I never took 30 pills, I only ever take one a day',
    '吃了一片降压药，一整盒还剩二十多片',
    'my dog ate 20 of my ibuprofen, what do I do',
    'I bought a box of 32 paracetamol and took 2 for my headache',
  ])('%s', (text) => {
    expect(done(text)).toEqual([]);
  });
});

describe('an accident said of the act is no deliberate overdose (review s22 S3)', () => {
  it.each(['我误吃了狗的驱虫药，吃了一整板', 'took the dog’s tramadol by mistake, 10 of them'])('%s', (text) => {
    expect(done(text)).toEqual([]);
    expect(t(text).message).not.toMatch(/12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/);
  });
  it('the same act told without an accident is still read', () => {
    expect(done('吃了一整板的降压药')).not.toEqual([]);
  });
});
