import { describe, expect, it } from 'vitest';
import { asksAboutCancer, namesMalignancy } from './malignancy.js';

describe('malignancy names and questions about cancer (pure)', () => {
  it('reads a malignancy in a page title, in both languages', () => {
    for (const t of [
      '肺癌',
      '肺转移瘤',
      '大肠恶性淋巴瘤',
      '腹膜间皮瘤',
      'Adult Primary Liver Cancer',
      'Melanoma',
      'Mesothelioma',
      'Childhood Acute Lymphoblastic Leukemia',
    ])
      expect(namesMalignancy(t), t).toBe(true);
    // Benign growths and look-alikes are not malignancies: a fibroid, an aneurysm, a haemangioma, a mole.
    for (const t of ['子宫肌瘤', '主动脉瘤', '血管瘤', 'Moles', 'Gallstones', 'Uterine Fibroids', '消化性溃疡']) expect(namesMalignancy(t), t).toBe(false);
  });
  it('a question asks about cancer when it names one, a tumour or cancer care — not when it only describes', () => {
    for (const q of [
      '会不会是肺癌',
      'is this lump a tumour?',
      '体检发现肿瘤标志物高',
      'my mum starts chemo next week and has a fever',
      'could it be melanoma',
      'psa 5.1 at 62 worried',
      '甲胎蛋白偏高怎么办',
      'CA-125 came back 60',
    ])
      expect(asksAboutCancer(q), q).toBe(true);
    for (const q of [
      'sharp pain under my right ribs after fatty meals that goes to my right shoulder blade',
      '孩子两岁，发烧，嘴里有好几个小溃疡，手心脚心还有小红疹子和水疱',
      'a mole on my back got bigger and has two colours',
      '子宫肌瘤要不要手术',
    ])
      expect(asksAboutCancer(q), q).toBe(false);
  });
});
