// A stated drug allergy through the real answer pipeline (evidence mode and a model), on a real disease page's medicine
// field (disease-kg-zh: 急性化脓性鼻窦炎, whose common medicines are a cephalosporin and amoxicillin).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../core/types.js';
import type { Triage } from '../safety/types.js';
import { scriptedBackend } from '../../test/helpers/scripted-backend.js';
import { medquadHits, memoryRetriever } from '../../test/helpers/rag-memory-retriever.js';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { answerQuestion, streamAnswer } from './answer-question.js';
import type { AnswerOptions } from './options.js';

interface KgPage {
  gaishu_info?: { name?: string; desc?: string; common_drug?: string[] };
}
function kgPage(file: string, name: string): SearchHit {
  const pages = Object.values(JSON.parse(readFileSync(sharedPath('kb', 'disease-kg-zh', file), 'utf8')) as Record<string, KgPage>);
  const info = pages.find((p) => p.gaishu_info?.name === name)?.gaishu_info;
  if (!info?.common_drug) throw new Error(`no page ${name} in ${file}`);
  return {
    id: `kg-${name}#drugs`,
    docId: `kg-${name}`,
    title: name,
    section: '常用药品',
    source: 'disease-kg-zh',
    authority: 'C',
    lang: 'zh',
    score: 0,
    text: `${name}常用药品：${info.common_drug.join('、')}。`,
  };
}

const ROUTINE: Triage = { level: 'routine', reasons: [], message: '' };
const EMERGENCY: Triage = { level: 'emergency', reasons: ['anaphylaxis'], message: '请立即拨打120。' };
const page = kgPage('medical_3.json', '急性化脓性鼻窦炎');
const base = (extra: Partial<AnswerOptions> = {}): AnswerOptions => ({
  retriever: memoryRetriever([page]),
  triage: () => ROUTINE,
  terminology: null,
  principles: '',
  secondOpinion: false,
  ...extra,
});

describe('allergy warning in the answer', () => {
  it('evidence mode: the user-test question leads with amoxicillin = penicillin and the cephalosporin caution', async () => {
    const r = await answerQuestion('阿莫西林和头孢可以一起吃吗？我青霉素过敏', base());
    expect(r.mode).toBe('evidence');
    expect(r.answer.startsWith('⚠️ 过敏提醒')).toBe(true);
    expect(r.answer).toContain('不要服用阿莫西林');
    expect(r.answer).toContain('交叉过敏');
    expect(r.warnings[0]?.code).toBe('allergy-conflict');
    // The pronoun is no part of a medicine's name in the 'no page about' line.
    expect(r.answer).not.toContain('我青霉素');
  });

  it('evidence mode: medicines only the summary names are warned about too', async () => {
    const r = await answerQuestion('我青霉素过敏，急性化脓性鼻窦炎吃什么药？', base());
    expect(r.answer).toContain('阿莫西林');
    expect(r.answer.startsWith('⚠️ 过敏提醒')).toBe(true);
    expect(r.answer).toMatch(/阿莫西林属于青霉素类药物/);
  });

  it('an emergency message still leads; the allergy warning comes right after it', async () => {
    const r = await answerQuestion('阿莫西林和头孢可以一起吃吗？我青霉素过敏', base({ triage: () => EMERGENCY }));
    expect(r.answer.startsWith('请立即拨打120。\n\n⚠️ 过敏提醒')).toBe(true);
  });

  it('no stated allergy: no warning and the answer is unchanged', async () => {
    const r = await answerQuestion('阿莫西林和头孢可以一起吃吗？', base());
    expect(r.answer).not.toContain('过敏提醒');
    expect(r.warnings.some((w) => w.code === 'allergy-conflict')).toBe(false);
  });

  it('with a model: the question’s medicines lead the stream; a medicine only the model names is warned after it and leads the result', async () => {
    const backend = scriptedBackend({ answer: () => 'Sinusitis is often treated with amoxicillin [1].' });
    const events = [];
    const sinusitis = memoryRetriever(medquadHits(['4_MPlus_Health_Topics_QA/0000816.xml']));
    for await (const e of streamAnswer(
      'I have a penicillin allergy. How is sinusitis treated?',
      base({ backend, retriever: sinusitis, complianceCheck: false }),
    ))
      events.push(e);
    const deltas = events.flatMap((e) => (e.type === 'delta' ? [e.text] : [])).join('');
    expect(deltas).toMatch(/amoxicillin \[1\]\.[\s\S]*⚠️ Allergy warning:\n- amoxicillin is a penicillin/);
    const done = events.find((e) => e.type === 'done');
    expect(done?.type === 'done' && done.result.answer.startsWith('⚠️ Allergy warning:')).toBe(true);
    expect(done?.type === 'done' && done.result.warnings[0]?.code).toBe('allergy-conflict');

    const asked = await answerQuestion(
      'I am allergic to penicillin. Can I take Augmentin for sinusitis?',
      base({ backend, retriever: sinusitis, complianceCheck: false }),
    );
    expect(asked.answer.startsWith('⚠️ Allergy warning:\n- Augmentin is a penicillin')).toBe(true);
  });
});

describe('allergy warning — review s14', () => {
  it('the allergen named in the answer’s own no-page line is no medicine offered', async () => {
    const r = await answerQuestion('我青霉素过敏，嗓子疼能吃阿莫西林吗？', base({ retriever: memoryRetriever([]) }));
    expect(r.answer).toContain('不要服用阿莫西林');
    expect(r.answer).not.toContain('不要服用青霉素');
  });
});
