// A surname half-masked by the writer with 某 (s37). Lines written for these tests, not taken from any batch: the masked
// person must be redacted (surname and mask); 某 as a determiner or inside a word must stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { detectGlyphMaskedSurnamesZh, detectMaskedSurnamesZh } from './masked-surnames-zh.js';
import { detectPhi } from './index.js';

describe('a surname masked with 某 before a predicate or a pause', () => {
  it.each([
    ['接诊时患者陈某自述胸闷三天。', '陈某'],
    ['肇事司机王某某已被交警带走。', '王某某'],
    ['据邻居孙某反映，老人独居多年。', '孙某'],
    ['当晚值班医生蒋某未及时到场。', '蒋某'],
    ['患者与马某发生口角后自服农药。', '马某'],
    ['护工杨某某在转运途中未系安全带。', '杨某某'],
    ['病例2：欧阳某，男，34岁，厨师。', '欧阳某'],
    ['投诉对象为窗口工作人员许某。', '许某'],
    // Traditional text is read on its simplified form.
    ['病人陳某於昨日下午入院。', '陳某'],
    // A surname that is mainly a preposition stands in a person's slot after a role noun.
    ['值班护士于某（工号N3317）未应答。', '于某'],
    // 某某 is a name's mask whatever follows.
    ['孩子被张某某同学推倒。', '张某某'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });

  it.each([
    ['某些患者服药后出现皮疹。', '某些'],
    ['对于某种药物过敏者禁用。', '于某'],
    ['他向某人借了五千元。', '向某人'],
    ['于某日凌晨突发胸痛。', '于某日'],
    ['半年前经某医院诊断为甲亢。', '经某医院'],
    ['夜间血压偏高某些时候可达180。', '高某'],
    ['经常某一侧头痛，伴恶心。', '常某'],
    ['他说那天和某个朋友喝了酒。', '和某个'],
    ['曾在外地某县医院住院。', '某县'],
    ['吃了某品牌保健品后肝功能异常。', '某品牌'],
  ])('%s keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });

  // s37 review fix (reviewer probes db-l19, dp-b01/b02/b03/b12/b21/b22): a preposition-like surname (于 从 和 经 向,
  // 於 through its simplified form) after a pause, and 某 before an organisation or facility word jieba tags as a verb.
  it.each([
    ['經某診所轉介，疑似帶狀皰疹。', '經某'],
    ['经某诊所输液三天未见好转，遂来我院。', '经某'],
    ['患者于某某医院行阑尾切除术，具体不详。', '于某某'],
    ['从某某诊所拿的药，不知道是什么成分。', '从某某'],
    ['於某診所拿過抗生素，吃完仍發燒。', '於某'],
    ['患者于某诊所行拔牙术后出血不止。', '于某'],
    ['和某某公司签了合同后压力很大，失眠。', '和某某'],
    ['经某某介绍来我院就诊。', '经某某'],
    ['患者于某晚突发胸痛。', '于某'],
  ])('%s keeps %s (review fix)', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });

  it.each([
    ['患者王某已出院。', '王某'],
    ['张某再次入院，诉胸痛。', '张某'],
    ['患者与其前夫向某因抚养权纠纷情绪激动。', '向某'],
    ['家属：于某某（患者之妻）', '于某某'],
  ])('%s still redacts %s (review fix)', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });

  it('spans the surname and its mask only', () => {
    expect(detectMaskedSurnamesZh('司机刘某在场，民警黄某（警号450107）').map((s) => s.text)).toEqual(['刘某', '黄某']);
    expect(detectMaskedSurnamesZh('某某诊所')).toEqual([]);
  });

  // Real text: every 某 in the untouched consultation corpora (278 contexts; 15 after a surname character, all of
  // them 对于某些, 见于某些, 和某些, 时不时某一处 …) is a determiner: none is read.
  it('reads no 某 of real consultation text as a name', () => {
    const fired: string[] = [];
    for (const f of ['cmtmedqa-test.json', 'huatuo26m-test.json', 'medicalgpt-sft-1k.jsonl']) {
      const raw = readFileSync(sharedPath('corpus', f), 'utf8');
      for (const m of raw.matchAll(/[^"\n]{0,20}某[^"\n]{0,12}/g)) for (const s of detectMaskedSurnamesZh(m[0])) fired.push(`${f}: ${s.text} in ${m[0]}`);
    }
    expect(fired).toEqual([]);
  });
});

// A bracket after a role that names its person (places.ts JOB_THEN_ORG_ZH): the person reading takes it.
describe('a role bracket that names its person (s37)', () => {
  it.each([
    ['门诊护士（工号N1182，姓鲁）态度很好。', '鲁'],
    ['值班护士（好像姓谢）态度很差', '谢'],
  ])('%s', (text, value) => {
    expect(covered(text, value), value).toBe(true);
  });
  it.each([
    ['他是司机（老百姓大药房）送货的，腰扭了。', '老百姓大药房'],
    ['我老公是快递员（顺丰速运），经常搬重物。', '顺丰速运'],
  ])('%s keeps the workplace %s', (text, value) => {
    expect(covered(text, value), value).toBe(true);
  });

  // s37 review fix (reviewer probes dp-c01/c02/c04/c05/c10, S1; c03/c11 borderline): a bracket that holds BOTH the
  // workplace and the naming clause keeps the workplace redacted and names the person.
  it.each([
    ['司机（顺丰速运，姓李）搬货时腰扭伤。', '顺丰速运', '李'],
    ['外卖骑手（美团众包，叫小王）送餐时摔伤。', '美团众包', '小王'],
    ['工人（中建三局，姓赵）从脚手架上摔下。', '中建三局', '赵'],
    ['快递员（中通快递，叫老周）说包裹里是药。', '中通快递', '老周'],
    ['学生（复旦大学，姓孙）跑步后晕倒。', '复旦大学', '孙'],
    ['医生（协和医院，姓王）建议尽快手术。', '协和医院', '王'],
    ['护士（市第一人民医院，好像姓谢）说明天拆线。', '市第一人民医院', '谢'],
    ['司机（顺丰速运姓李的）说', '顺丰速运', '李'],
    ['骑手（美团的，叫小王）摔伤', '美团', '小王'],
    ['护士（仁济医院急诊科，姓王）说', '仁济医院急诊科', '王'],
  ])('%s keeps the workplace %s and names the person %s', (text, workplace, name) => {
    expect(covered(text, workplace, 1), workplace).toBe(true);
    const spans = detectPhi(text);
    const at = text.indexOf(workplace);
    expect(
      spans.some((s) => s.type === 'EMPLOYER' && s.start <= at && at + workplace.length <= s.end),
      workplace,
    ).toBe(true);
    expect(
      spans.some((s) => s.type === 'NAME' && text.slice(s.start, s.end).includes(name)),
      name,
    ).toBe(true);
  });

  // A badge number in the same bracket stays redacted (an ID); a hedge, a department or a remark is no workplace.
  it.each([
    ['护士（胸牌号2317，姓贾）说', '2317'],
    ['护士（警号0451，姓贾）说', '0451'],
    ['分诊护士（胸牌号N2317，姓贾）都被告知', 'N2317'],
  ])('%s keeps the number %s redacted', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });
  it.each([
    ['医生（耳鼻喉科的，姓金，人挺好的）建议全切', '人挺好'],
    ['医生（耳鼻喉科的，姓金，人挺好的）建议全切', '耳鼻喉科'],
    ['护士（好像是姓龚的）说明天可以拔尿管。', '好像是'],
  ])('%s leaves %s in the text', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });
});

// s38: the same role reading for a mask written with a glyph (○ 〇 O X ＊ ×). Lines written for these tests, not taken
// from any batch.
describe('a surname masked with a glyph (s38)', () => {
  it.each([
    ['病歷摘要：患者張○○，男，65歲，因胸痛入院。', '張○○'],
    ['通報人為社工黃〇〇，聯絡方式另附。', '黃〇〇'],
    ['案主陳XX，女，80歲，獨居，近日跌倒兩次。', '陳XX'],
    ['患者李＊＊，女，45岁，体检发现肺结节。', '李＊＊'],
    ['复诊名单：欧阳○○，男，已通知。', '欧阳○○'],
    ['杨××（VIP标识）已出院', '杨××'],
    // A preposition-like surname in a person's slot keeps its reading where no date unit follows.
    ['患者于XX，男，年龄45岁。', '于XX'],
    ['患者高**，男，50岁，胸痛。', '高**'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });

  it.each([
    ['胸部X線檢查未見異常，建議三個月後複查。', 'X線'],
    ['血型為O型，Rh陽性，術前備血兩單位。', 'O型'],
    ['由○○醫院轉入，外院診斷不明。', '○○醫院'],
    ['阿莫西林每次2粒，每日三次×3天。', '×3'],
    ['| 项目 | 结果 | 提示 |\n| 血钾 | 6.8 | 高** |', '高**'],
    ['**治疗方法**：多休息，多喝水。', '方法'],
    ['**王**：这是加粗的标题', '王'],
    // Review s38 (S2): a preposition before a template date's mask, even after a person noun.
    ['患者于XX年XX月XX日入院。', '于XX'],
    ['患者于××月××日出现胸痛。', '于××'],
  ])('%s keeps %s', (text, value) => {
    expect(touched(text, value), value).toBe(false);
  });

  // Real text: every mask glyph in the untouched consultation corpora (X线, O型, ×, Markdown stars…) stays.
  it('reads no glyph of real consultation text as a mask', () => {
    const fired: string[] = [];
    for (const f of ['cmtmedqa-test.json', 'huatuo26m-test.json', 'medicalgpt-sft-1k.jsonl']) {
      const raw = readFileSync(sharedPath('corpus', f), 'utf8');
      for (const m of raw.matchAll(/[^"\n]{0,20}[○〇OＯXＸxｘ＊*×][^"\n]{0,12}/g))
        for (const s of detectGlyphMaskedSurnamesZh(m[0])) fired.push(`${f}: ${s.text} in ${m[0]}`);
    }
    expect(fired).toEqual([]);
  });
});
