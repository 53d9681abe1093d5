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
