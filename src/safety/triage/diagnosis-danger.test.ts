import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { DISEASE_COURSES } from '../../knowledge/disease-course.js';
import type { SignClass } from '../../knowledge/sign-classes.js';
import { triageDetail } from '../triage.js';
import { readCourseDanger } from './diagnosis-danger.js';
import { signClassesIn } from './exposure-signs.js';
import { normaliseText } from './normalise.js';

// Session 23 (triage #19, knowledge; blind am106 手足口病 + 一惊一惊/手脚抖 → urgent): a diagnosis already made, read with
// the signs its guideline lists for the severe course. The probes (bench/triage-s23-diagnosis-danger-probes.jsonl) were
// written before the code: 26 emergencies (HFMD/herpangina with startles, shaking limbs, unsteadiness, listlessness +
// vomiting, fast breathing, cold limbs; dengue warning signs as the fever falls; measles and whooping cough with
// breathing signs; zh, Cantonese, en) and 26 look-alikes that must stay below emergency (the illness without a danger
// sign, asked about in general, over, caught by an adult; startles or jerks without the illness).

interface Probe {
  id: string;
  expect: 'emergency' | 'urgent' | 'routine' | 'not-emergency';
  text: string;
}
const PROBES: Probe[] = readBenchProbes<Probe>('triage-s23-diagnosis-danger-probes.jsonl');
const meets = (expect: Probe['expect'], got: string) => (expect === 'not-emergency' ? got !== 'emergency' : got === expect);
const level = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level;
const read = (t: string) => {
  const n = normaliseText(t);
  return readCourseDanger(n, signClassesIn(n));
};

describe('a named illness read with its guideline’s danger signs', () => {
  it('every probe meets its expectation (emergencies raised, look-alikes not)', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(52);
    const wrong = PROBES.map((p) => ({ p, got: level(p.text) }))
      .filter(({ p, got }) => !meets(p.expect, got))
      .map(({ p, got }) => `${p.id} ${p.expect} ≠ ${got}: ${p.text}`);
    expect(wrong).toEqual([]);
  });

  it('every row: one danger sign is an emergency, one warning sign urgent, two warning signs an emergency', () => {
    const signs = (...c: SignClass[]) => new Set<SignClass>(c);
    for (const row of DISEASE_COURSES) {
      const name = row.en[0]?.replace(/\(\?:[^)]*\)\??|[?\\]/g, '') ?? '';
      const t = `my son has ${name}, day 3`;
      expect(readCourseDanger(t, signs(row.danger[0] as SignClass)), `${row.id}: ${t}`).toEqual([
        { course: row.id, level: 'emergency', classes: [row.danger[0]] },
      ]);
      expect(readCourseDanger(t, signs(row.warning[0] as SignClass))[0]?.level, row.id).toBe('urgent');
      const two = row.warning.slice(0, 2) as SignClass[];
      if (two.length === 2) expect(readCourseDanger(t, signs(...two))[0]?.level, row.id).toBe('emergency');
      expect(readCourseDanger(t, signs()), row.id).toEqual([]);
    }
  });

  it('the illness must be told as someone’s present illness', () => {
    expect(read('孩子两岁，手足口病第二天，晚上睡觉总是一惊一惊的')).toMatchObject([{ course: 'hand-foot-mouth', level: 'emergency' }]);
    expect(read('儿子4岁手足口病，今天手一直抖')).toMatchObject([{ course: 'hand-foot-mouth', level: 'emergency' }]);
    expect(read('my daughter has hand, foot and mouth disease and keeps jerking in her sleep')).toMatchObject([{ level: 'emergency' }]);
    // Asked about in general, over, ruled out: no diagnosis told, whatever signs the sentence lists.
    expect(read('手足口病重症有什么表现？比如易惊、肢体抖动这些')).toEqual([]);
    expect(read('医生说不是手足口病，孩子睡觉一惊一惊的')).toEqual([]);
    expect(read('does hand foot and mouth cause jerking in sleep over and over?')).toEqual([]);
    expect(read('my son had hand foot and mouth last month, now his legs are shaking after football')).toEqual([]);
  });

  it('the new signs are ordinary alone: startles, shaking, a nosebleed without a named illness raise nothing', () => {
    for (const t of [
      '宝宝白天被鞭炮吓到了，晚上睡觉一惊一惊的，没发烧，吃奶正常',
      'my 1 year old jerks a bit in her sleep when she is falling asleep, she is not ill at all',
      '天气干燥，早上流鼻血了，一会就止住了',
      'my legs are shaking after the marathon, normal?',
    ])
      expect(level(t), t).not.toBe('emergency');
  });
});

// Review s23 (triage #19): its regressions and the new near-misses (rigors, poor intake, twice-and-better vomiting, cold
// hands alone, a place or another child holding the illness) and the infant whooping-cough apnoea/cyanosis it missed.
describe('review s23 course-reader fixes', () => {
  const FIX: Probe[] = readBenchProbes<Probe>('triage-s23-course-fix-probes.jsonl');
  it('the course reader raises none of the look-alikes and every emergency', () => {
    expect(FIX.length).toBeGreaterThanOrEqual(40);
    const wrong = FIX.filter((p) => {
      const d = read(p.text).find((x) => x.level === 'emergency');
      return p.expect === 'emergency' ? !d : p.expect === 'not-emergency' ? Boolean(d) : false;
    }).map((p) => `${p.id} ${p.expect}: ${p.text}`);
    expect(wrong).toEqual([]);
  });
  it('a course danger is hard: the learned reader does not lower dengue vomiting as the fever falls', () => {
    expect(level('登革热第六天，烧退了，一直呕吐，喝口水都吐，肚子痛')).toBe('emergency');
  });
});
