import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../test/helpers/shared-data.js';
import type { ChatMessage } from '../models/backend.js';
import { triage } from '../safety/triage.js';
import {
  buildKbRedFlagIndex,
  charsNear,
  type KbRedFlagIndex,
  kgSeverity,
  loadKbRedFlags,
  normaliseZh,
  parseKgDiseases,
  readKbDiseases,
} from './kb-red-flags.js';
import { isSymptomMessage, nextConsultStep } from './policy.js';

// The shared knowledge base (disease-kg-zh + the English disease table), read where tests read it.
const KB = join(SHARED_DATA, 'kb');
const triageOf = (x: string, lang: 'zh' | 'en') => triage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
const user = (content: string): ChatMessage => ({ role: 'user', content });
const asked = (text: string, kb?: KbRedFlagIndex): string => {
  const s = nextConsultStep([user(text)], { kbRedFlags: kb });
  return s.action === 'ask' ? s.questions.map((q) => q.text).join(' / ') : `(answered: ${s.state.reason})`;
};

describe('KB red flags: pure parts', () => {
  it('a page is severe by its department, complications or stated death rate', () => {
    expect(kgSeverity(['急诊科'], [], '')).toBe(1);
    expect(kgSeverity(['皮肤科'], ['感染性休克'], '')).toBeCloseTo(0.6);
    expect(kgSeverity(['皮肤科'], ['色素沉着'], '一种常见的皮肤病。')).toBeCloseTo(0.2);
  });

  it('bad input is a typed error naming the file or folder', () => {
    expect(() => parseKgDiseases('{not json', 'x.json')).toThrow(expect.objectContaining({ code: 'KB_FILE_INVALID' }));
    expect(() => readKbDiseases('/no/such/kb-folder')).toThrow(expect.objectContaining({ code: 'KB_PATH_NOT_FOUND' }));
  });

  it('symptom → candidate conditions → the danger signs of the severe ones, not of the mild ones', () => {
    const ix = buildKbRedFlagIndex(
      [
        { name: '甲病', lang: 'zh', symptoms: ['胸痛', '大汗淋漓', '晕厥'], severity: 1, aliases: [] },
        { name: '乙病', lang: 'zh', symptoms: ['胸痛', '咳嗽', '流鼻涕'], severity: 0.2, aliases: [] },
        { name: '丙病', lang: 'zh', symptoms: ['腹泻', '呕吐'], severity: 0.2, aliases: [] },
      ],
      triageOf,
    );
    const r = ix.signsFor('我这两天胸痛', 'zh');
    expect(r.matched).toEqual(['胸痛']);
    expect(r.candidates).toEqual(['甲病', '乙病']);
    expect(r.signs.slice(0, 2).sort()).toEqual(['大汗淋漓', '晕厥'].sort());
    expect(r.signs).not.toContain('胸痛'); // already said
    expect(r.signs).not.toContain('腹泻'); // not a sign of any candidate
    expect(ix.question('我肚子不舒服', 'zh')).toBeNull(); // nothing the pages list: no question
  });
});

describe('KB red flags: reading everyday words', () => {
  it("Chinese: everyday words fold to the pages' characters, and a sign's characters may stand a few apart", () => {
    expect(normaliseZh('小便有泡沫，脖子疼')).toBe('尿有泡沫，颈痛');
    expect(charsNear(normaliseZh('精液里有血丝'), '血精')).toBe(true);
    expect(charsNear(normaliseZh('小便有泡沫'), '尿泡沫')).toBe(true);
    // Far apart is not the sign: 血 and 精 in different clauses.
    expect(charsNear('昨天抽血化验，今天精神不好', '血精')).toBe(false);
  });

  it('English: "X or Y" in a table phrase is either word; a lump is a mass', () => {
    const ix = buildKbRedFlagIndex(
      [
        { name: 'Neck lymphoma', lang: 'en', symptoms: ['Neck lump or mass', 'Night sweats', 'Weight loss'], severity: 1, aliases: [] },
        { name: 'Foot gout', lang: 'en', symptoms: ['Foot or toe pain', 'Foot or toe swelling'], severity: 0.2, aliases: [] },
      ],
      triageOf,
    );
    expect(ix.signsFor('found a lump on the side of my neck', 'en').matched).toEqual(['Neck lump or mass']);
    expect(ix.signsFor('my big toe is killing me, it hurts', 'en').matched).toEqual(['Foot or toe pain']);
    expect(ix.question('found a lump on the side of my neck', 'en')).toMatch(/night sweats|weight loss/);
  });

  it('a symptom after a medicine puts the conditions a medicine causes first', () => {
    const pages = [
      { name: '病毒疹', lang: 'zh' as const, symptoms: ['皮疹', '流鼻涕'], severity: 0.2, aliases: [] },
      { name: '重症药疹', lang: 'zh' as const, symptoms: ['皮疹', '口腔黏膜糜烂'], severity: 0.6, aliases: [], drugInduced: true },
      { name: '感冒', lang: 'zh' as const, symptoms: ['流鼻涕', '咳嗽'], severity: 0.2, aliases: [] },
      { name: '肠炎', lang: 'zh' as const, symptoms: ['腹泻'], severity: 0.2, aliases: [] },
    ];
    const ix = buildKbRedFlagIndex(pages, triageOf);
    expect(ix.signsFor('身上起了红疹子，还流鼻涕', 'zh').candidates[0]).toBe('病毒疹');
    expect(ix.signsFor('吃了头孢以后身上起了红疹子，还流鼻涕', 'zh', { medicine: true }).candidates[0]).toBe('重症药疹');
  });
});

describe.skipIf(!existsSync(KB))('KB red flags from the shared knowledge base', () => {
  let kb: KbRedFlagIndex;
  beforeAll(() => {
    kb = loadKbRedFlags(KB, triageOf);
  });

  it('reads both languages', () => {
    expect(kb.size).toBeGreaterThan(2500);
  });

  it('a complaint the written knowledge does not read is consulted with the danger signs of its candidates', () => {
    // 盗汗 (night sweats) is in no written entry: without the pages the message is answered at once.
    expect(isSymptomMessage('我晚上盗汗')).toBe(false);
    expect(isSymptomMessage('我晚上盗汗', kb)).toBe(true);
    expect(asked('我晚上盗汗')).toBe('(answered: not-a-symptom)');
    expect(asked('我晚上盗汗', kb)).toMatch(/^有没有.*(?:低热|乏力|咯血|消瘦)/);
  });

  it('a known complaint keeps its written questions first and adds the signs its entry did not list', () => {
    const without = asked('我最近总是多尿');
    const withKb = asked('我最近总是多尿', kb);
    expect(withKb.split(' / ')[0]).toBe(without.split(' / ')[0]);
    expect(withKb).toMatch(/昏迷|多饮|糖尿/);
    expect(without).not.toMatch(/昏迷|多饮|糖尿/);
  });

  it('English: the table’s conditions give a complaint its danger signs', () => {
    const r = kb.signsFor('I keep getting headaches', 'en');
    expect(r.matched).toContain('Headache');
    expect(kb.assess({ lang: 'en', text: 'I keep getting headaches' }).candidates.map((c) => c.name)).toContain('Stroke');
    expect(kb.question('I keep getting headaches', 'en')).toMatch(/^Any .*(?:seizures|difficulty speaking|fainting)/);
    // Poisoning is a candidate only when an exposure is named.
    expect(r.candidates.some((c) => /poisoning/i.test(c))).toBe(false);
  });

  it('emergencies are still answered at once, with or without the pages', () => {
    expect(asked('我爸突然说话不清，右边手脚没力气', kb)).toBe('(answered: emergency)');
  });
});
