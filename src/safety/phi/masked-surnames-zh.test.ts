// A surname half-masked by the writer with 某 (s37). Lines written for these tests, not taken from any batch: the masked
// person must be redacted (surname and mask); 某 as a determiner or inside a word must stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { covered, touched } from '../../../test/helpers/phi-covered.js';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import { detectMaskedSurnamesZh } from './masked-surnames-zh.js';

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
});
