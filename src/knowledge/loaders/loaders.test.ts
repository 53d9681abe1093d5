import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import type { Doc } from '../../core/types.js';
import { detectFormat, loadPath } from './index.js';
import { parseCsv, parseListCell } from './csv.js';
import { latinAliases, parseDiseaseKg } from './disease-kg.js';
import { parseMedquadXml } from './medquad.js';
import { parseMarkdown } from './markdown.js';
import { parseHtml } from './html.js';
import { parseText } from './text.js';
import { createLoaderContext } from './types.js';

async function collect(it: AsyncIterable<Doc>): Promise<Doc[]> {
  const out: Doc[] = [];
  for await (const d of it) out.push(d);
  return out;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'qm-loaders-'));

describe('MedQuAD loader (real XML)', () => {
  it('makes one document per answered QA pair with focus title, synonyms, CUIs and URL', async () => {
    const docs = await collect(loadPath(sharedPath('kb', 'medquad', '4_MPlus_Health_Topics_QA', '0000001.xml')));
    expect(docs).toHaveLength(1);
    const d = docs[0];
    expect(d.title).toBe('A1C');
    expect(d.id).toBe('medquad:MPlusHealthTopics_0000001-1');
    expect(d.url).toBe('https://www.nlm.nih.gov/medlineplus/a1c.html');
    expect(d.authority).toBe('C');
    expect(d.lang).toBe('en');
    expect(d.metadata.synonyms).toEqual(['Glycohemoglobin', 'HbA1C', 'Hemoglobin A1C test']);
    expect(d.sections[0].path).toEqual(['Do you have information about A1C']);
    expect(d.text).toContain('A1C is a blood test for type 2 diabetes');
  });

  it('reads the three MedQuAD spellings (<Document>, <DiseaseFile>, <doc>) and keeps ids unique', async () => {
    const docs = await collect(loadPath(sharedPath('kb', 'medquad', '6_NINDS_QA')));
    const lower = docs.filter((d) => d.metadata.documentId === '0000007');
    expect(lower.length).toBeGreaterThan(0);
    expect(lower[0].title).toBe('Holmes-Adie');
    const cancer = await collect(loadPath(sharedPath('kb', 'medquad', '1_CancerGov_QA')));
    expect(new Set(cancer.map((d) => d.id)).size).toBe(cancer.length);
    expect(cancer[0].metadata.cuis).toEqual(['C0751606']);
  });

  it('can leave questions out (answers-only index for the retrieval bench)', () => {
    const xml = `<?xml version="1.0"?><Document id="9" source="CDC" url="http://x"><Focus>Flu</Focus><QAPairs>
      <QAPair pid="1"><Question qid="9-1" qtype="symptoms">What are the symptoms of Flu ?</Question><Answer>Fever and cough.</Answer></QAPair>
      <QAPair pid="2"><Question qid="9-2" qtype="treatment">How to treat Flu ?</Question><Answer></Answer></QAPair></QAPairs></Document>`;
    const docs = parseMedquadXml(xml, 'x/9.xml', createLoaderContext({ includeQuestions: false }));
    expect(docs).toHaveLength(1); // the unanswered pair is skipped
    expect(docs[0].sections[0].path).toEqual(['Symptoms']);
    expect(docs[0].text).not.toContain('What are');
  });

  it('names the file when the XML is broken', () => {
    expect(() => parseMedquadXml('<Document id="1"><Focus>x</Focus><QAPairs><QAPair>', 'bad.xml', createLoaderContext())).toThrow(/bad\.xml/);
  });
});

describe('Chinese disease knowledge graph loader (real JSON)', () => {
  it('makes one document per disease with ordered sections and structured metadata', async () => {
    const docs = await collect(loadPath(sharedPath('kb', 'disease-kg-zh', 'medical_0.json')));
    expect(docs).toHaveLength(500);
    const d = docs.find((x) => x.title === '百日咳')!;
    expect(d.id).toBe('disease-kg-zh:百日咳');
    expect(d.lang).toBe('zh');
    expect(d.authority).toBe('D');
    expect(d.sections.map((s) => s.path[0])).toEqual(['概述', '病因', '预防', '症状', '检查', '治疗', '护理', '饮食']);
    expect(d.metadata.symptoms).toContain('痉挛性咳嗽');
    expect(d.metadata.departments).toEqual(['儿科', '小儿内科']);
    expect(d.metadata.aliases).toEqual(['pertussis', 'whooping cough']);
    expect(d.sections.find((s) => s.path[0] === '症状')!.text).toContain('典型症状：干咳');
  });

  it('extracts Latin aliases only right after the name', () => {
    expect(latinAliases('百日咳', '百日咳(pertussis，whooping cough)是…')).toEqual(['pertussis', 'whooping cough']);
    expect(latinAliases('感冒', '感冒是常见病，见于(某些人群)')).toEqual([]);
  });

  it('names the record key and field of a bad record', () => {
    expect(() => parseDiseaseKg('{"7": {"gaishu_info": {"desc": "x"}}}', 'kg.json', createLoaderContext())).toThrow(/kg\.json \(7\.gaishu_info\.name\)/);
  });
});

describe('CSV loader', () => {
  it('reads the real ChatDoctor disease table: a document per row, list cells flattened', async () => {
    const docs = await collect(loadPath(sharedPath('kb', 'chatdoctor-diseases.csv')));
    expect(docs).toHaveLength(796);
    expect(docs[0].title).toBe('Panic disorder');
    expect(docs[0].source).toBe('chatdoctor-diseases');
    expect(docs[0].authority).toBe('E');
    const symptoms = docs[0].sections.find((s) => s.path[0] === 'Symptom')!;
    expect(symptoms.text.startsWith('Anxiety and nervousness; Depression')).toBe(true);
    expect(docs[0].metadata.Symptom).toContain('Palpitations');
  });

  it('reads GB18030-encoded tables the same as UTF-8', async () => {
    const dir = tmp();
    const csv = 'department,title,ask,answer\n内科,高血压怎么办,血压160/100头晕,建议低盐饮食并就医\n';
    writeFileSync(join(dir, 'qa.csv'), csv);
    // Node has no GB18030 encoder: read the real GB18030 sample (stray quotes in it must not stop the load).
    const sample = sharedPath('corpus', 'toyhom-neike-sample.gb18030.csv');
    const docs = await collect(loadPath(sample, { format: 'csv' }));
    expect(docs.length).toBeGreaterThan(1000);
    expect(docs[0].lang).toBe('zh');
    expect(docs[0].text).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(docs[0].text).not.toContain('\ufffd');
    const utf = await collect(loadPath(join(dir, 'qa.csv')));
    expect(utf[0].title).toBe('高血压怎么办');
    expect(utf[0].sections.map((s) => s.path[0])).toEqual(['Department', 'Ask', 'Answer']);
  });

  it('parses Python list literals and rejects malformed CSV with a line number', () => {
    expect(parseListCell("['a', \"b's\"]")).toEqual(['a', "b's"]);
    expect(parseListCell('plain')).toBeNull();
    expect(() => parseCsv('title,body\n"unclosed,x\n', 'bad.csv', createLoaderContext())).toThrow(/bad\.csv:\d+: bad CSV/);
  });
});

describe('Markdown, HTML, text and JSONL loaders', () => {
  it('Markdown: front matter, first H1 as title, nested heading paths', () => {
    const md = `---\ntitle: Hypertension guide\nauthority: A\nurl: https://example.org/htn\n---\n# Ignored H1\n\nIntro.\n\n## Diagnosis\n\nMeasure twice.\n\n### Home readings\n\nUse a validated cuff.\n\n## Treatment\n\nLifestyle first.\n`;
    const d = parseMarkdown(md, '/k/htn.md', createLoaderContext({ source: 'guidelines' }, '/k'));
    expect(d.title).toBe('Hypertension guide');
    expect(d.authority).toBe('A');
    expect(d.url).toBe('https://example.org/htn');
    expect(d.sections.map((s) => s.path.join('/'))).toEqual(['', 'Diagnosis', 'Diagnosis/Home readings', 'Treatment']);
    expect(d.id).toBe('guidelines:htn.md');
  });

  it('HTML: visible text only, headings as sections, entities decoded', () => {
    const html = `<html lang="zh-CN"><head><title>糖尿病 &amp; 饮食</title><script>var x = "不要索引";</script></head><body>
      <nav>首页 导航</nav><h1>糖尿病</h1><p>控制血糖&nbsp;很重要。</p><h2>饮食</h2><ul><li>少糖</li><li>多纤维</li></ul></body></html>`;
    const d = parseHtml(html, '/s/dm.html', createLoaderContext({}, '/s'));
    expect(d.title).toBe('糖尿病 & 饮食');
    expect(d.lang).toBe('zh');
    expect(d.text).not.toContain('不要索引');
    expect(d.text).not.toContain('导航');
    expect(d.sections.find((s) => s.path[0] === '饮食')!.text).toContain('- 少糖');
  });

  it('text: a short first line is the title', () => {
    const d = parseText('Asthma action plan\n\nUse your inhaler as prescribed.\nSee a doctor if worse.', '/t/a.txt', createLoaderContext({}, '/t'));
    expect(d.title).toBe('Asthma action plan');
    expect(d.text).toContain('inhaler');
  });

  it('JSONL: our document schema, errors naming file and line', async () => {
    const dir = tmp();
    const ok = join(dir, 'docs.jsonl');
    writeFileSync(
      ok,
      `${JSON.stringify({ id: 'g1', title: 'Sepsis bundle', text: 'Give antibiotics within one hour.', authority: 'A', source: 'guide' })}\n\n${JSON.stringify({ id: 'g2', title: '脓毒症', sections: [{ path: ['治疗'], text: '一小时内使用抗生素。' }] })}\n`,
    );
    const docs = await collect(loadPath(ok));
    expect(docs.map((d) => [d.id, d.authority, d.lang])).toEqual([
      ['guide:g1', 'A', 'en'],
      ['docs:g2', 'E', 'zh'],
    ]);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify({ id: 'x', title: 't', text: 'ok' })}\n{"id": "y", "title": 3, "text": "t"}\n`);
    await expect(collect(loadPath(bad))).rejects.toThrow(/bad\.jsonl:2 \(title\)/);
  });

  it('detects formats by extension and content', async () => {
    expect(await detectFormat(sharedPath('kb', 'disease-kg-zh', 'medical_1.json'))).toBe('disease-kg');
    expect(await detectFormat(sharedPath('kb', 'medquad', '9_CDC_QA', '0000397.xml'))).toBe('medquad');
    const dir = tmp();
    writeFileSync(join(dir, 'x.json'), '{"a": 1}');
    expect(await detectFormat(join(dir, 'x.json'))).toBeNull();
  });
});
