import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../core/types.js';
import { findWeakCitations } from './citation-support.js';
import { packageSources } from './package-sources.js';

const hit = (id: string, lang: SearchHit['lang'], text: string): SearchHit => ({
  id,
  docId: id,
  title: id,
  section: '',
  source: 's',
  authority: 'B',
  lang,
  score: 1,
  text,
});

const { sources } = packageSources([
  hit('a1c', 'en', 'A normal A1C level is below 5.7 percent. Prediabetes is between 5.7 and 6.4 percent.'),
  hit('asthma', 'en', 'Asthma is a chronic disease that inflames and narrows the airways.'),
  hit('zh', 'zh', '百日咳典型症状为阵发性痉挛性咳嗽。'),
]);

describe('findWeakCitations', () => {
  it('flags a sentence whose cited passage shares none of its content', () => {
    const weak = findWeakCitations('A normal A1C level is below 5.7 percent [1]. Asthma inhalers contain steroids and bronchodilators [1].', sources);
    expect(weak).toEqual([{ sentence: 'Asthma inhalers contain steroids and bronchodilators [1].', cited: [1], support: 0 }]);
  });

  it('accepts supported sentences and skips cross-language citations', () => {
    expect(findWeakCitations('Asthma narrows and inflames the airways [2]. 百日咳会引起阵发性咳嗽[3]。', sources)).toEqual([]);
    expect(findWeakCitations('百日咳会引起阵发性咳嗽[1]。', sources)).toEqual([]);
  });
});
