import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../test/helpers/shared-data.js';
import type { ChatMessage } from '../models/backend.js';
import { triage } from '../safety/triage.js';
import { expectedInformation } from './case-model.js';
import { buildKbRedFlagIndex, type KbRedFlagIndex, loadKbRedFlags } from './kb-red-flags.js';
import { nextConsultStep } from './policy.js';

const KB = join(SHARED_DATA, 'kb');
const triageOf = (x: string, lang: 'zh' | 'en') => triage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });

describe('case model: expected information on "is this dangerous"', () => {
  it('a sign only the severe candidate lists tells more than one every candidate lists, and nothing without danger', () => {
    const only = expectedInformation([
      { p: 0.3, q: 1, lists: true },
      { p: 0.7, q: 0, lists: false },
    ]);
    const both = expectedInformation([
      { p: 0.3, q: 1, lists: true },
      { p: 0.7, q: 0, lists: true },
    ]);
    expect(only).toBeGreaterThan(0.05);
    expect(both).toBeCloseTo(0, 10);
    expect(expectedInformation([{ p: 1, q: 0, lists: true }])).toBe(0);
  });

  it('pages in: the severe candidate’s own signs are asked, the benign one’s are not, and a denial moves on', () => {
    const ix = buildKbRedFlagIndex(
      [
        { name: '甲病', lang: 'zh', symptoms: ['胸痛', '大汗淋漓', '晕厥', '咳嗽'], severity: 1, aliases: [] },
        { name: '乙病', lang: 'zh', symptoms: ['胸痛', '咳嗽', '流鼻涕'], severity: 0.2, aliases: [] },
      ],
      triageOf,
    );
    const first = ix.assess({ lang: 'zh', text: '我这两天胸痛' });
    expect(first.candidates.map((c) => c.name).sort()).toEqual(['乙病', '甲病']);
    expect(first.signs.map((s) => s.sign).sort()).toEqual(['大汗淋漓', '晕厥']); // 咳嗽 both list, 流鼻涕 only the benign one
    expect(first.pDanger).toBeGreaterThan(0.3);
    // Asked and denied: the severe page is less likely, and its signs are not asked again.
    const q = ix.nextQuestion({ lang: 'zh', text: '我这两天胸痛' }) ?? '';
    const after = ix.assess({ lang: 'zh', text: '我这两天胸痛', asked: [q] });
    expect(after.pDanger).toBeLessThan(first.pDanger);
    expect(after.signs).toEqual([]);
    // Affirmed: more likely.
    expect(ix.assess({ lang: 'zh', text: '我这两天胸痛', asked: [q], affirmed: [q] }).pDanger).toBeGreaterThan(first.pDanger);
  });

  it('no severe candidate left: nothing to ask', () => {
    const ix = buildKbRedFlagIndex(
      [
        { name: '乙病', lang: 'zh', symptoms: ['胸痛', '咳嗽', '流鼻涕'], severity: 0.2, aliases: [] },
        { name: '丙病', lang: 'zh', symptoms: ['胸痛', '打喷嚏'], severity: 0.2, aliases: [] },
      ],
      triageOf,
    );
    expect(ix.assess({ lang: 'zh', text: '我胸痛' }).signs).toEqual([]);
    expect(ix.nextQuestion({ lang: 'zh', text: '我胸痛' })).toBeNull();
  });
});

describe.skipIf(!existsSync(KB))('case model over the shared knowledge base', () => {
  let kb: KbRedFlagIndex;
  beforeAll(() => {
    kb = loadKbRedFlags(KB, triageOf);
  });

  it('who the patient is: a page only about women is no candidate for a man', () => {
    const text = '下腹痛两天，还有点出血';
    const woman = kb.assess({ lang: 'zh', text, facts: { sex: 'female' } });
    const man = kb.assess({ lang: 'zh', text, facts: { sex: 'male' } });
    const female = /妊娠|卵巢|子宫|宫颈|阴道|月经|产后/;
    expect(woman.candidates.some((c) => female.test(c.name))).toBe(true);
    expect(man.candidates.some((c) => female.test(c.name))).toBe(false);
  });

  it('the second question turn asks the case model’s next danger signs, not the ones already denied', () => {
    const user = (content: string): ChatMessage => ({ role: 'user', content });
    const first = nextConsultStep([user('我晚上盗汗')], { kbRedFlags: kb });
    expect(first.action).toBe('ask');
    if (first.action !== 'ask') return;
    const kbQ = first.questions.find((q) => q.text.startsWith('有没有') && /低热|乏力|咯血|消瘦/.test(q.text));
    expect(kbQ).toBeDefined();
    const second = nextConsultStep([user('我晚上盗汗'), { role: 'assistant', content: first.text }, user('都没有，持续一个月了，35岁')], { kbRedFlags: kb });
    expect(second.action).toBe('ask');
    if (second.action !== 'ask') return;
    expect(second.questions[0].text).not.toBe(kbQ?.text);
    expect(second.questions[0].text).toMatch(/^有没有/);
  });
});
