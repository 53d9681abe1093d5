import { describe, expect, it } from 'vitest';
import { compareReports, renderComparison } from '../compare.js';
import { PAPER_SOURCE, paperFiguresFor } from '../paper-numbers.js';
import { summarize } from '../score/summarize.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import type { RunReport } from './types.js';

function report(model: string, correctSenior: number): RunReport {
  const rows = Array.from({ length: 10 }, (_, i) => ({
    groups: { level: i < 5 ? '高级' : '初级', department: '<眼科学>', type: '单选题' },
    score: { correct: i < 5 ? i < correctSenior : true, score: 0, prediction: 'A', invalid: false, reason: '' },
  }));
  return {
    version: 1,
    bench: 'cpqexam',
    benchTitle: 'CPQExam',
    data: '/d/cpqexam.jsonl',
    model,
    rag: false,
    temperature: 0.6,
    maxTokens: 2048,
    items: 10,
    skippedRecords: 0,
    startedAt: '',
    finishedAt: '2025-01-01T00:00:00Z',
    wallMs: 1000,
    overheadMsPerItem: 0.05,
    cachedItems: 0,
    errors: 0,
    tokens: { prompt: 100, completion: 20 },
    extraction: { 'json-object': 9, 'no-json': 1 },
    summary: summarize(rows, ['level', 'department', 'type'], { groupCi: true }),
    groupKeys: ['level', 'department', 'type'],
    paper: { source: PAPER_SOURCE, figures: paperFiguresFor('cpqexam') },
    notes: [],
  };
}

describe('reports', () => {
  it('markdown shows our accuracy with its CI and the published figures for the same group', () => {
    const md = renderMarkdown(report('m1', 2));
    expect(md).toMatch(/\*\*Accuracy 70\.0%\*\* \(7\/10; 95% bootstrap CI/);
    expect(md).toMatch(/\| 高级 \| 2 \| 5 \| 40\.0% \| .*QuarkMed 51\.7%; QuarkMed \(RAG\) 67\.7% \|/);
    expect(md).toContain('| answers found by | json-object 9, no-json 1 |');
  });

  it('html is self-contained and escapes data', () => {
    const html = renderHtml(report('m1', 2));
    expect(html).toContain('&lt;眼科学&gt;');
    expect(html).not.toContain('<眼科学>');
    expect(html).not.toMatch(/<script|\s(?:src|href)=/);
    expect(html.match(/<svg/g)?.length).toBe(4);
  });

  it('compare lines runs up by group', () => {
    const c = compareReports(['a', 'b'], [report('m1', 2), report('m2', 5)]);
    expect(c.rows.find((r) => r.group === 'level' && r.name === '高级')?.values).toEqual([0.4, 1]);
    expect(renderComparison(c)).toMatch(/\| level \| 高级 \| 40\.0% \| 100\.0% \|/);
  });
});
