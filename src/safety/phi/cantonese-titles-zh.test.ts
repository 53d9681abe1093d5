// Surname + 生 ("Mr") in written Cantonese (s38). Lines written for these tests, not taken from any batch.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { detectCantoneseMrsZh, detectCantoneseMrZh } from './cantonese-titles-zh.js';

describe('a man called by surname + 生 in written Cantonese', () => {
  it.each([
    ['陳生今日覆診，血壓仲係好高，要加藥。', '陳'],
    ['李生話佢琴日冇食藥', '李'],
    ['何生嘅藥唔該你拎俾佢', '何'],
    ['佢老公周生都有嚟，佢哋睇完先走', '周'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });

  it.each([
    ['佢係醫生，唔係護士', '醫生'],
    ['我個仔係大學生，琴日發燒', '學生'],
    ['黃生日快樂，今日係佢生日', '生日'],
    ['阿媽話佢衛生唔好', '衛生'],
    ['佢食咗花生之後出疹', '花生'],
    ['佢一生都冇入過院', '一生'],
    ['王生病咗幾日，唔肯食嘢', '王生'],
    ['呢個係先生嘅藥', '先生'],
    // Mandarin text: 生 after a surname is read only in Cantonese.
    ['陈生产后第三天出现发热。', '陈生'],
    // Review s38 (S2): 生 as a verb — an aspect marker after it, or the surname repeated in a proverb.
    ['我老竇生咗癌，而家做緊化療。', '竇生'],
    ['佢仲生緊氣，唔肯食藥。', '仲生'],
    ['佢飲咗啲湯生咗成身紅疹。', '湯生'],
    ['嗰時生咗佢之後就成日頭痛。', '時生'],
    ['佢話龍生龍，鳳生鳳，唔使擔心。', '鳳生'],
  ])('%s keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });

  it('reads a marker that opens a word of its own as no aspect (陳生緊張 is still Mr Chan)', () => {
    expect(detectCantoneseMrZh('陳生緊張到成晚瞓唔著，想覆診').map((s) => s.text)).toEqual(['陳生']);
  });

  it('spans the surname and 生', () => {
    expect(detectCantoneseMrZh('陳生今日覆診，血壓仲係好高').map((s) => s.text)).toEqual(['陳生']);
  });

  // Real text: the untouched consultation corpora are Mandarin; no 生 of theirs is read (the Cantonese gate holds).
  it('reads no 生 of real Mandarin consultation text', () => {
    const fired: string[] = [];
    for (const f of ['cmtmedqa-test.json', 'huatuo26m-test.json', 'medicalgpt-sft-1k.jsonl']) {
      const raw = readFileSync(sharedPath('corpus', f), 'utf8');
      for (const m of raw.matchAll(/[^"\n]{0,30}生[^"\n]{0,30}/g)) for (const s of detectCantoneseMrZh(m[0])) fired.push(`${f}: ${s.text} in ${m[0]}`);
    }
    expect(fired).toEqual([]);
  });
});

describe('a married woman called by surname + 太 in written Cantonese (s40)', () => {
  it.each([
    ['黃太話佢個仔今朝又咳到瞓唔到。', '黃太'],
    ['今日去探梁太，佢精神好咗好多。', '梁太'],
    ['唐太今朝打嚟問報告出咗未。', '唐太'],
    ['葉太，你上次驗血嘅報告已經出咗。', '葉太'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });

  it.each([
    // 太 the adverb "too": a predicate of degree after it.
    ['價錢太貴，有冇平啲嘅？', '錢太'],
    ['條路太遠，唔想去覆診。', '路太'],
    ['我老公太忙，冇時間陪我去覆診。', '公太'],
    ['篇文太長，睇唔晒。', '文太'],
    ['佢太太今日冇嚟。', '佢太'],
    // After a measure word or 'this/that' the character is a noun's, not a surname (s40 review).
    ['間房太焗，瞓唔着。', '房太'],
    ['啲湯太杰，飲唔落。', '湯太'],
    // Mandarin text: 太 after a surname is read only in Cantonese.
    ['何太说孩子发烧了。', '何太'],
  ])('%s keeps %s', (text, value) => {
    expect(detectCantoneseMrsZh(text).some((s) => s.text === value)).toBe(false);
  });

  it('reads no 太 of real Mandarin consultation text', () => {
    const fired: string[] = [];
    for (const f of ['cmtmedqa-test.json', 'huatuo26m-test.json']) {
      const raw = readFileSync(sharedPath('corpus', f), 'utf8');
      for (const m of raw.matchAll(/[^"\n]{0,30}太[^"\n]{0,30}/g)) for (const s of detectCantoneseMrsZh(m[0])) fired.push(`${f}: ${s.text} in ${m[0]}`);
    }
    expect(fired).toEqual([]);
  });
});

describe('a closed title is Mr / Mrs in any dialect; 區 (Au) as a surname before it (s41)', () => {
  // Lines written for these tests, not taken from any batch: a formal Hong Kong record or a short line has no
  // Cantonese marker, but a title followed by a pause, a number or a time word is no adverb and no verb.
  it.each([
    ['家屬聯絡：黃太，電話另附。', '黃太'],
    ['陳生今日覆診，血壓穩定。', '陳生'],
    ['麥生昨日已經出院。', '麥生'],
    ['陪診家屬：區太', '區太'],
    ['聯絡人：區生（兒子）', '區生'],
  ])('%s', (text, value) => {
    expect([...detectCantoneseMrZh(text), ...detectCantoneseMrsZh(text)].map((s) => s.text)).toContain(value);
  });

  it.each([
    ['学生，男，19岁，发热三天。'],
    ['注意个人卫生。'],
    ['过敏史：花生，海鲜。'],
    ['先生，您好，请出示医保卡。'],
    ['社区太远了，走不动。'],
    ['钱太少，不够买药。'],
    ['本周太忙，下周再复诊。'],
    ['他从小就是独生。'],
    ['屯門區生活指南'],
    // A text cut short may have cut a word: the end of the text is no pause.
    ['我建议您服用舒敏康益生'],
  ])('%s reads no title', (text) => {
    expect([...detectCantoneseMrZh(text), ...detectCantoneseMrsZh(text)]).toEqual([]);
  });
});

// Session-41 review (S2): a space or an ellipsis after 太 in Mandarin is no pause that makes it "Mrs".
describe('a spaced or trailing-off 太 is "too"', () => {
  it.each(['这个月钱太 少了', '汤太 烫了，等一下再喝', '唉，钱太……', '路上车太 多', '水太 凉'])('%s: no name', (text) =>
    expect(detectCantoneseMrsZh(text)).toEqual([]),
  );
  it.each(['繳費聯絡：周太 6098 2274', '聯絡人 黃太 下午三點到'])('%s: still a name', (text) => expect(detectCantoneseMrsZh(text).length).toBeGreaterThan(0));
});
