import { describe, expect, it } from 'vitest';
import { analyzeQuery, classifyIntent, layRewordings, leansOnEarlierTurn, synonymVariants, type EntityLike, type TermMatcher } from './analyze-query.js';

// A tiny matcher standing in for the knowledge subsystem's terminology (longest match, fixed table).
const TABLE: Record<string, EntityLike['type']> = {
  高血压: 'disease',
  头痛: 'symptom',
  阿司匹林: 'drug',
  血常规: 'check',
  metformin: 'drug',
  diabetes: 'disease',
};
const matcher: TermMatcher = {
  match(text) {
    const out: EntityLike[] = [];
    for (const [term, type] of Object.entries(TABLE)) {
      const i = text.toLowerCase().indexOf(term);
      if (i >= 0) out.push({ text: term, type, start: i, end: i + term.length });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

describe('classifyIntent', () => {
  it.each([
    ['阿司匹林一天吃几片？', 'drug'],
    ['What is the usual dose of metformin?', 'drug'],
    ['我最近总是头痛，是怎么回事', 'symptom'],
    ['I have had a fever and cough for three days', 'symptom'],
    ['血常规报告里白细胞偏高是什么意思', 'report'],
    ['What is diabetes?', 'knowledge'],
    ['高血压的诊断标准是什么', 'knowledge'],
  ])('%s → %s', (q, intent) => {
    expect(classifyIntent(q, matcher.match(q))).toBe(intent);
  });

  it('is emergency only when triage says so', () => {
    expect(classifyIntent('chest pain', [], { level: 'emergency', reasons: ['x'], message: 'm' })).toBe('emergency');
  });
});

describe('analyzeQuery', () => {
  it('detects language and entities', () => {
    const a = analyzeQuery('高血压患者能吃阿司匹林吗？', { terminology: matcher });
    expect(a.lang).toBe('zh');
    expect(a.entities.map((e) => e.text)).toEqual(['高血压', '阿司匹林']);
    expect(a.retrievalQuery).toBe('高血压患者能吃阿司匹林吗？');
    expect(a.context).toBe('');
  });

  it('folds the earlier turn’s entities into a follow-up’s retrieval query', () => {
    const history = [
      { role: 'user' as const, content: 'I was just diagnosed with diabetes.' },
      { role: 'assistant' as const, content: 'Diabetes means high blood sugar.' },
    ];
    const a = analyzeQuery('what should I eat?', { terminology: matcher, history });
    expect(a.context).toBe('diabetes');
    expect(a.retrievalQuery).toBe('what should I eat? diabetes');
  });

  it('leaves a self-contained question alone even with history', () => {
    const a = analyzeQuery('Is metformin safe in pregnancy?', { terminology: matcher, history: [{ role: 'user', content: 'Tell me about 高血压' }] });
    expect(a.context).toBe('');
  });

  it('survives a matcher that throws', () => {
    const broken: TermMatcher = {
      match: () => {
        throw new Error('dictionary missing');
      },
    };
    expect(analyzeQuery('What is diabetes?', { terminology: broken }).entities).toEqual([]);
  });
});

describe('synonymVariants', () => {
  it('rewrites the question once per synonym of each entity, skipping the entity itself', () => {
    const syn: TermMatcher = { ...matcher, synonyms: (t) => (t === '高血压' ? ['高血压病', '原发性高血压', '高血压'] : []) };
    const q = '高血压患者能吃阿司匹林吗？';
    expect(synonymVariants(q, syn.match(q), syn)).toEqual(['高血压病患者能吃阿司匹林吗？', '原发性高血压患者能吃阿司匹林吗？']);
    expect(synonymVariants(q, matcher.match(q), matcher)).toEqual([]);
  });
});

describe('layRewordings', () => {
  it('replaces an everyday English name with the clinical one sources use', () => {
    expect(layRewordings('What are the signs of an underactive thyroid?')).toEqual(['What are the signs of an hypothyroidism?']);
    expect(layRewordings('What are the signs of hypothyroidism?')).toEqual([]);
    expect(layRewordings('甲减有什么症状')).toEqual([]);
  });
});

describe('leansOnEarlierTurn', () => {
  it('is true for follow-ups that need the previous turn, false for a new question with its own topic', () => {
    expect(leansOnEarlierTurn('what should I do now?')).toBe(true);
    expect(leansOnEarlierTurn('严重吗')).toBe(true);
    expect(leansOnEarlierTurn('那怎么办？')).toBe(true);
    expect(leansOnEarlierTurn('糖尿病人能吃西瓜吗')).toBe(false);
    expect(leansOnEarlierTurn('Can people with diabetes eat watermelon?')).toBe(false);
  });
});

describe('lab-value questions', () => {
  it('names the analyte asked about (longest name wins) and the conditions its direction points to', () => {
    const a = analyzeQuery('血红蛋白偏低是什么意思？');
    expect(a.labAnalytes).toEqual(['hgb']);
    expect(a.rewordings.join(' ')).toContain('贫血');
    expect(analyzeQuery('糖化血红蛋白偏高怎么办').labAnalytes).toEqual(['hba1c']);
    expect(analyzeQuery('What does a low hemoglobin mean?').rewordings.join(' ')).toMatch(/anemia/i);
    expect(analyzeQuery('What is hemoglobin made of?').labAnalytes).toEqual([]);
  });
});

describe('lab-value questions need a level word next to the analyte', () => {
  it('ignores a food or diet question that merely names a nutrient', () => {
    expect(analyzeQuery('Is a high protein diet bad for my kidneys?').labAnalytes).toEqual([]);
    expect(analyzeQuery('What foods are rich in iron for a pregnant woman with high blood pressure?').labAnalytes).toEqual([]);
    expect(analyzeQuery('My potassium is 6.1, is that high?').labAnalytes).toEqual(['k']);
    expect(analyzeQuery('血糖高怎么办').labAnalytes).toEqual(['glu']);
  });
});
