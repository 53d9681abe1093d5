import { describe, expect, it } from 'vitest';
import { CHEMICAL_BRANDS } from '../../knowledge/chemical-brands.js';
import { triageDetail } from '../triage.js';
import { chemicalAgentsIn, readChemicalExposures } from './chemical-exposure.js';
import { normaliseText } from './normalise.js';
import { readToxicExposures } from './toxic-exposure.js';

// Session 21 (triage #19, knowledge; study ak068, review s20 S6/S10): the rat poisons and pesticides of the toxicology
// tables (yellow phosphorus pastes, metal phosphides, every anticoagulant bait name, an unnamed 老鼠药, alphachloralose,
// glyphosate), the chemical BRANDS mapped to their agent class (chemical-brands.ts), the mixing verbs of zh/Cantonese,
// and the e-liquid's other written forms. Own probes written first: /tmp/probes/triage-knowledge-s21/.
const level = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level;

describe('every brand resolves to its own class, in an eye and in a harmless sentence', () => {
  it('each brand splashed in an eye is its class', () => {
    const misses: string[] = [];
    for (const b of CHEMICAL_BRANDS) {
      const t = b.lang === 'zh' ? `${b.name}溅到眼睛里了` : `${b.name} splashed in my eye`;
      if (!chemicalAgentsIn(normaliseText(t)).includes(b.cls)) misses.push(`${b.name} → ${chemicalAgentsIn(normaliseText(t)).join(',')} ≠ ${b.cls}`);
    }
    expect(misses).toEqual([]);
  });
  it('no brand is an exposure in a question about it', () => {
    const fired: string[] = [];
    for (const b of CHEMICAL_BRANDS) {
      const texts = b.lang === 'zh' ? [`${b.name}怎么用？`, `${b.name}在哪里买`] : [`where can I buy ${b.name}?`, `is ${b.name} any good for the bathroom?`];
      for (const t of texts) if (readChemicalExposures(normaliseText(t)).length) fired.push(t);
    }
    expect(fired).toEqual([]);
  });
});

describe('brands, misspellings, mixing and e-liquid forms are emergencies', () => {
  it.each([
    '威猛先生喷到眼睛里了',
    'Harpic splashed in my eye while cleaning the loo',
    'some Domestos went in my eye',
    'draino in my eye',
    'used Whink rust stain remover on the sink without gloves, my fingers are throbbing now hours later',
    'used Whink on the bathtub with bare hands, now my fingertips are killing me',
    '84消毒液和洁厕灵混一起了，现在咳嗽胸闷',
    'Mixed Domestos and Harpic in the toilet, now coughing and my chest is tight',
    '用了84消毒液和洁厕灵一起刷马桶，现在喘不上气，嘴唇发紫',
    '管道疏通剂溅到孩子眼睛里了',
    '孩子喝了電子菸油',
    'my 18 month old drank a bit of e liquid',
    'baby sucked on a nic salt pod',
    'My daughter drank some of the e liquid refill for my vape, she’s 2 and now vomiting',
  ])('%s', (t) => expect(level(t)).toBe('emergency'));
  it.each([
    '威猛先生和洁厕灵可以一起用吗？',
    '84消毒液不要和洁厕灵混在一起用，对吧？',
    'Harpic is great for limescale, do I need gloves?',
    'Fairy liquid got in my eye, it stings a bit',
    'My vape juice leaked in my bag, how do I clean it',
    '電子菸油可以帶上飛機嗎？',
  ])('%s → not emergency', (t) => expect(level(t)).not.toBe('emergency'));
});

describe('rat poisons and pesticides by kind', () => {
  it.each([
    ['Sir I have consumed half tube of Ratol paste 40 min back. No vomiting till now, feeling ok only.', 'yellow-phosphorus', 'emergency'],
    ['My uncle swallowed a Phostoxin tablet (aluminium phosphide)', 'metal-phosphide', 'emergency'],
    ['她吞了两片磷化铝', 'metal-phosphide', 'emergency'],
    ['I swallowed 3 celphos tablets an hour ago', 'metal-phosphide', 'emergency'],
    ['两岁孩子误吃了老鼠药', 'unnamed-rodenticide', 'emergency'],
    ['my grandson (2) ate alphachloralose mouse poison', 'alpha-chloralose', 'emergency'],
    ['孩子吃了溴鼠灵毒饵', 'anticoagulant-rodenticide', 'urgent'],
    ['孩子吃了几粒灭鼠灵', 'anticoagulant-rodenticide', 'urgent'],
    ['my toddler ate some of the blue rat bait pellets in the garage', 'anticoagulant-rodenticide', 'urgent'],
    ['my son drank a cup of Roundup concentrate', 'glyphosate', 'urgent'],
    ['我爸喝了半瓶草甘膦，现在吐血，肚子疼', 'glyphosate', 'emergency'],
  ] as const)('%s → %s %s', (t, id, lvl) => {
    const e = readToxicExposures(normaliseText(t)).find((x) => x.agent.id === id);
    expect(e?.level).toBe(lvl);
  });
  it.each([
    'How do I get rid of rats? Is rat poison safe around my dog?',
    '家里有老鼠，买什么老鼠药比较好',
    '灭鼠灵要放在哪里孩子才够不着',
    'Ratol paste didn’t work on the rats, what else can I use?',
    'Is Roundup linked to cancer? I used it in the garden for years',
    '草甘膦喷完庄稼，多久可以进地？',
    '狗吃了老鼠药怎么办',
  ])('%s → no exposure', (t) => expect(readToxicExposures(normaliseText(t))).toEqual([]));
});
