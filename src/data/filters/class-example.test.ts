import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../../test/helpers/shared-data.js';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { classExampleMismatch } from './class-example.js';

describe('class example', () => {
  it('reads a medicine offered as the example of a class the indication table does not file it under', () => {
    expect(classExampleMismatch('治疗上首选第二代抗组胺药，比如氯硝西泮，每天一次。')).toMatchObject({ drug: '氯硝西泮', drugClasses: ['antiepileptic'] });
    expect(classExampleMismatch('可以短期使用渗透性泻药，如洛哌丁胺。')).toMatchObject({ className: '渗透性泻药' });
    expect(classExampleMismatch('It is treated with a short course of an antibiotic such as omeprazole.')).toMatchObject({ className: 'antibiotic' });
    expect(classExampleMismatch('Start a statin such as amlodipine in the evening.')).toBeDefined();
  });

  it('keeps right examples, multi-class lists, general painkillers and medicines the table does not know', () => {
    for (const t of [
      '首选第二代抗组胺药，比如氯雷他定或西替利嗪。',
      'Simple painkillers such as aspirin or ibuprofen can help.',
      '每天吸的一般是吸入激素，如布地奈德。',
      '医生可能会开止吐药如异丙嗪。',
      '四联疗法一般是质子泵抑制剂加两种抗生素，例如奥美拉唑、阿莫西林和克拉霉素。',
      'Avoid NSAIDs such as ibuprofen and naproxen.',
      'Painkillers such as codeine are sometimes needed.',
      '抗生素对病毒感染无效，布洛芬可以退烧。',
      // The longest class name decides: 甲状腺激素, not 激素 (a steroid).
      '甲减要补充甲状腺激素，如左甲状腺素钠片。',
      // Not in the indication table: no claim either way (absence is not wrongness).
      '可以用抗组胺药，比如某某新药片。',
      // The class is denied, not asserted.
      '这不是抗生素，如奥美拉唑是抑酸药。',
    ])
      expect(classExampleMismatch(t), t).toBeUndefined();
  });

  // Review s37: clean answers HEAD dropped (S2 rp37-b12/b13/b16/b17/b19/b20/b21; b14 the same cause).
  it('keeps a class set aside, a class the text corrects, and real members the table files elsewhere', () => {
    for (const t of [
      // Set aside before the class: not needed, besides, the asker's own word.
      '普通感冒是病毒感染，这种情况不需要抗生素，像布洛芬、对乙酰氨基酚这类退烧药就够了，体温超过38.5℃时服用。',
      '痛风急性发作除了止痛药，如秋水仙碱也可以尽早使用，首日小剂量方案即可，注意腹泻等副作用。',
      '过敏性鼻炎合并哮喘时，除了抗组胺药，如孟鲁司特这类白三烯受体拮抗剂也很适合，一药兼顾鼻炎和哮喘。',
      '你提到的抗生素，如蒙脱石散，其实并不是抗生素，而是止泻药，它吸附肠道内的病原和毒素。',
      // Denied or corrected right after the medicine.
      "She isn't alone — people often lump it in with antibiotics, like omeprazole is just another pill for infection, but it's a proton pump inhibitor that reduces acid.",
      "You asked whether an antihistamine such as montelukast would help. Montelukast is actually a leukotriene receptor antagonist, not an antihistamine, and it's not a first choice for hives.",
      '抗生素，如蒙脱石散，其实不是抗生素。',
      // Real members filed under another id in the indication table.
      '前列腺增生合并高血压的患者，可以选用降压药，如特拉唑嗪，它属于α受体阻滞剂，既能降压又能改善排尿。',
      'Antiemetics such as dexamethasone and ondansetron are given before treatment, and aprepitant is added for highly emetogenic regimens.',
    ])
      expect(classExampleMismatch(t), t).toBeUndefined();
  });

  it('still reads a swap whose sentence denies a DIFFERENT class or sets aside nothing', () => {
    for (const t of [
      'It is treated with a short course of an antibiotic such as omeprazole, which is not a steroid.',
      '抗组胺药，比如氯硝西泮，其实不是激素，每天一次。',
      '可以用降压药，如坦索罗辛，每天一次。',
      '止吐药，如泼尼松，化疗前服用。',
      '需要抗生素，如奥美拉唑，连用7天。',
    ])
      expect(classExampleMismatch(t), t).toBeDefined();
  });

  it('drops the answer in the advice check with its own reason', () => {
    const r = {
      id: 'x',
      text: '',
      source: 'test',
      messages: [
        { role: 'user' as const, content: '身上起风团很痒，吃什么药？' },
        { role: 'assistant' as const, content: '考虑急性荨麻疹，治疗上首选第二代抗组胺药，比如氯硝西泮，每天一次，症状消失后巩固几天。' },
      ],
      metadata: {},
    };
    expect(adviceVerdict(r, adviceCheckOptions.parse({}))).toEqual({ drop: 'advice_claim_class-example-mismatch' });
  });

  // Real answers (the CMtMedQA test split): the reading fires only on a false class claim.
  const cmt = join(SHARED_DATA, 'corpus', 'cmtmedqa-test.json');
  it.skipIf(!existsSync(cmt))('fires on no right class example of the CMtMedQA test answers it reads', () => {
    const rows = JSON.parse(readFileSync(cmt, 'utf8')) as { output: string }[];
    const fired = rows.map((r) => classExampleMismatch(r.output)).filter((x) => x !== undefined);
    // The test split's final answers: none gives a wrong class example (its history turns hold two: 孟鲁司特 and 右美沙芬
    // called antihistamines, both false).
    expect(fired).toEqual([]);
  });
});
