import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConditionText } from './condition-profiles.js';
import { createFindingLexicon, parseFindingsTable } from './finding-lexicon.js';
import { FINDINGS_TABLE } from './findings-table.js';
import { createSymptomChecker } from './index.js';
import { namesMalignancy } from '../malignancy.js';
import { prevalenceLog10 } from './prevalence.js';
import { describedFindings } from './rank-conditions.js';

const DATA = process.env.QUARKMED_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data');
const KG_DIR = join(DATA, 'kb', 'disease-kg-zh');
const TABLE = join(DATA, 'kb', 'chatdoctor-diseases.csv');

/** The shared disease KG's pages as the checker reads them: overview, symptom text and symptom list, and prevalence. */
function kgConditions(): ConditionText[] {
  let id = 0;
  return readdirSync(KG_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.values(JSON.parse(readFileSync(join(KG_DIR, f), 'utf8')) as Record<string, Record<string, Record<string, unknown>>>))
    .flatMap((r) => {
      const name = r.gaishu_info?.name;
      if (typeof name !== 'string') return [];
      const s = r.symptom_data ?? {};
      const text = [r.gaishu_info?.desc, ...((s.symptom_detail as string[]) ?? []), ((s.symptoms as string[]) ?? []).join('、')].join('\n');
      return [{ name, lang: 'zh' as const, docs: [id++], text, prevalence: prevalenceLog10(r.gaishu_info?.disease_ratio as string) }];
    });
}

/** The shared English disease table's rows: name and symptom column (quoted Python lists in a CSV). */
function tableConditions(first: number): ConditionText[] {
  return readFileSync(TABLE, 'utf8')
    .split('\n')
    .slice(1)
    .flatMap((line, i) => {
      const m = /^\d+,("[^"]*"|[^,]*),"(\[[^\]]*\])"/.exec(line);
      if (!m) return [];
      return [{ name: m[1].replace(/"/g, ''), lang: 'en' as const, docs: [first + i], text: m[2].replace(/[[\]']/g, '') }];
    });
}

describe('findings lexicon', () => {
  const lexicon = createFindingLexicon();
  const concepts = (t: string) => describedFindings(lexicon.read(t)).map((c) => lexicon.label(c));

  it('reads a Chinese and an English description of the same findings as the same concepts', () => {
    const zh = concepts('晚上睡觉出汗，咳嗽一个多月，痰里有血，人消瘦了');
    const en = concepts('night sweats, a cough for a month, blood in my phlegm and I lost weight');
    for (const c of ['盗汗 / night sweats', '咯血 / coughing up blood', '消瘦 / weight loss']) {
      expect(zh).toContain(c);
      expect(en).toContain(c);
    }
  });

  it('drops a finding the writer denies (没有发烧, 唔痛唔痒, "no fever", "not really itchy")', () => {
    expect(concepts('咳嗽三天，没有发烧')).not.toContain('发热 / fever');
    expect(concepts('咳嗽三天，没有发烧')).toContain('咳嗽 / cough');
    expect(concepts('手背出咗几块白斑，唔痛唔痒')).not.toContain('瘙痒 / itch');
    expect(concepts('rash on my arm, no fever, not really itchy')).toEqual(['皮疹 / rash']);
  });

  it('keeps each surface form in one concept, and every section known', () => {
    const parsed = parseFindingsTable(FINDINGS_TABLE);
    const seen = new Map<string, number>();
    for (const c of parsed)
      for (const f of c.forms) {
        expect(seen.get(f.toLowerCase()) ?? c.id).toBe(c.id);
        seen.set(f.toLowerCase(), c.id);
      }
    expect(new Set(parsed.map((c) => c.kind))).toEqual(new Set(['finding', 'person', 'course', 'site']));
    expect(() => parseFindingsTable('@organ\n心|heart')).toThrow(/unknown section @organ/);
  });
});

describe('prevalence', () => {
  it('reads the disease KG prevalence field', () => {
    expect(prevalenceLog10('0.5%')).toBeCloseTo(-2.301, 3);
    expect(prevalenceLog10('10%-20%')).toBeCloseTo(-1, 3);
    expect(prevalenceLog10('31/10万')).toBeCloseTo(Math.log10(0.00031), 3);
    expect(prevalenceLog10('0.3-1.5%')).toBeCloseTo(Math.log10(0.003), 3);
    expect(prevalenceLog10('根据不同地区')).toBeUndefined();
    expect(prevalenceLog10(undefined)).toBeUndefined();
  });
});

describe.skipIf(!existsSync(KG_DIR) || !existsSync(TABLE))('symptom checker over the shared disease KG and disease table', () => {
  const zh = kgConditions();
  const checker = createSymptomChecker([...zh, ...tableConditions(zh.length)]);
  const names = (q: string, lang?: 'zh' | 'en') => checker.candidates(q, { lang, limit: 5 }).map((c) => c.name);

  it('ranks the condition a Chinese lay description tells among its best five', () => {
    expect(names('每次从床上或者蹲着突然站起来，眼前一黑头晕要扶墙', 'zh')).toContain('直立性低血压');
    expect(names('怀孕9周，吐得昏天黑地，喝口水都吐，瘦了4公斤', 'zh')).toContain('早孕反应');
  });

  it('reaches an English page from a Chinese description (the findings are one concept in both languages)', () => {
    const en = checker.candidates('抽了四十年烟，走几步就喘不上气，每天早上咳痰，胸口呼呼响', { lang: 'en', limit: 5 }).map((c) => c.name);
    expect(en.some((n) => /chronic obstructive|copd|emphysema|bronchitis/i.test(n))).toBe(true);
  });

  it('offers no malignancy for a described story unless the question names one', () => {
    const story = '刷牙的时候牙龈老出血，牙龈红肿，口气很重，牙齿有点松';
    const offered = checker.candidates(story, { limit: 20 }).map((c) => c.name);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.filter((n) => namesMalignancy(n))).toEqual([]);
    expect(checker.candidates(`${story}，会不会是牙龈癌`, { limit: 20 }).some((c) => namesMalignancy(c.name))).toBe(true);
  });

  it('needs a complaint: who the person is, when and where alone make no candidate', () => {
    expect(checker.candidates('我家孩子晚上睡觉的时候', { limit: 5 })).toEqual([]);
    expect(checker.candidates('my toddler, at night, in the morning', { limit: 5 })).toEqual([]);
  });

  it('ranks a common cause of the same findings above a rare one', () => {
    // 痔疮 (the KG: 5 %) says these findings as do rarer pages (肠梗阻, 直肠脱垂 …): the prior moves it up.
    const q = '大便的时候肛门有血，肛门口有肿块，便秘';
    const at = (o: { prevalenceWeight?: number }) =>
      checker
        .candidates(q, { lang: 'zh', limit: 30, ...o })
        .map((c) => c.name)
        .indexOf('痔疮');
    const [withPrior, flat] = [at({}), at({ prevalenceWeight: 0 })];
    expect(withPrior).toBeGreaterThanOrEqual(0);
    expect(withPrior).toBeLessThan(3);
    expect(flat === -1 || flat > withPrior).toBe(true);
  });
});
