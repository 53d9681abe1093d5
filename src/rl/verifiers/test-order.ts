// Test ordering: recommended examinations matched against gold synonym sets ("血常规|全血细胞计数|CBC"),
// with a built-in table of common synonyms; scored by F1 so ordering every test in the book does not pay.
import { normTerm } from '../../knowledge/term-text.js';
import { extractAnswer, visibleAnswer } from './extract.js';
import { namesOf, round3, setMatch } from './set-match.js';
import type { RuleVerifier, Score } from './types.js';

export interface TestOrderReference {
  /** Gold examinations; each is a name or a synonym set (array, or names joined by "|"). */
  tests: (string | string[])[];
  strict?: boolean;
}

const SYNONYM_SETS: string[][] = [
  ['血常规', '全血细胞计数', '血细胞分析', 'cbc', 'completebloodcount', 'bloodroutine'],
  ['尿常规', '尿液分析', 'urinalysis', 'urineroutine'],
  ['便常规', '粪便常规', '大便常规', 'stoolroutine'],
  ['肝功能', '肝功能检查', 'lft', 'liverfunctiontest', 'liverfunctiontests'],
  ['肾功能', '肾功能检查', 'renalfunction', 'kidneyfunctiontest'],
  ['心电图', 'ecg', 'ekg', 'electrocardiogram'],
  ['胸片', '胸部x线', '胸部x线片', 'x线胸片', 'chestxray', 'cxr'],
  ['ct', 'ct检查', '计算机断层扫描', 'computedtomography'],
  ['mri', '磁共振', '核磁共振', '磁共振成像', 'magneticresonanceimaging'],
  ['超声', 'b超', '彩超', '超声检查', 'ultrasound', 'sonography'],
  ['胃镜', '胃镜检查', '上消化道内镜', 'gastroscopy', 'egd'],
  ['肠镜', '结肠镜', '结肠镜检查', 'colonoscopy'],
  ['c反应蛋白', 'crp', 'creactiveprotein'],
  ['血沉', '红细胞沉降率', 'esr'],
  ['降钙素原', 'pct', 'procalcitonin'],
  ['糖化血红蛋白', 'hba1c', 'glycatedhemoglobin'],
  ['血糖', '空腹血糖', 'bloodglucose', 'fastingglucose'],
  ['血气分析', '动脉血气', 'abg', 'arterialbloodgas'],
  ['甲状腺功能', '甲功', 'thyroidfunction', 'tft'],
  ['凝血功能', '凝血四项', 'coagulation', 'coagulationprofile'],
  ['心肌酶', '心肌酶谱', 'cardiacenzymes'],
  ['肌钙蛋白', 'ctn', 'troponin'],
  ['超声心动图', '心脏彩超', 'echocardiography', 'echocardiogram'],
  ['腰椎穿刺', '腰穿', '脑脊液检查', 'lumbarpuncture'],
];
const SYN_INDEX = new Map<string, number>();
SYNONYM_SETS.forEach((set, i) => set.forEach((s) => SYN_INDEX.set(normTerm(s), i)));

function expand(gold: string | string[]): string[] {
  const names = (Array.isArray(gold) ? gold : gold.split('|')).map(normTerm).filter(Boolean);
  const out = new Set(names);
  for (const n of names) {
    const i = SYN_INDEX.get(n);
    if (i !== undefined) for (const s of SYNONYM_SETS[i]) out.add(normTerm(s));
    // "腹部超声" contains the set member "超声": also accept "腹部彩超", "腹部b超" …
    for (const [member, set] of SYN_INDEX) {
      if (member.length < 2 || member === n || !/[\u4e00-\u9fff]/.test(member) || !n.includes(member)) continue;
      for (const other of SYNONYM_SETS[set]) out.add(n.replace(member, normTerm(other)));
    }
  }
  return [...out];
}

function same(pred: string, syn: string): boolean {
  if (pred === syn) return true;
  // "腹部彩超" names "彩超"; short Latin tokens (ct, mri) must match whole.
  if (syn.length >= 2 && /[\u4e00-\u9fff]/.test(syn)) return pred.includes(syn) || (pred.length >= 3 && syn.includes(pred));
  return syn.length >= 2 && containsWord(pred, syn);
}

const isAsciiLetter = (c: number) => c >= 97 && c <= 122;
/** `needle` inside `hay` with no Latin letter on either side (no RegExp built per call). */
function containsWord(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i === 0 ? 0 : hay.charCodeAt(i - 1);
    const after = i + needle.length >= hay.length ? 0 : hay.charCodeAt(i + needle.length);
    if (!isAsciiLetter(before) && !isAsciiLetter(after)) return true;
  }
  return false;
}

const JSON_KEYS = ['tests', 'examinations', 'exams', 'investigations', '检查', '检查项目', 'answer'] as const;

/** Does this free-text fragment name an examination we know a synonym set for? */
function namesKnownTest(s: string): boolean {
  const n = normTerm(s);
  for (const member of SYN_INDEX.keys()) if (member.length >= 2 && (/[\u4e00-\u9fff]/.test(member) ? n.includes(member) : containsWord(n, member))) return true;
  return false;
}

export const verifyTestOrder: RuleVerifier<TestOrderReference> = (response, ref, ctx): Score => {
  const gold = ref.tests.map(expand);
  const ex = extractAnswer(response, null, { strictFormat: ref.strict ? 'json' : undefined, jsonKeys: JSON_KEYS });
  let items: string[];
  let formatOk = false;
  if (ex.via === 'json' && ex.json) {
    const key = JSON_KEYS.find((k) => k in ex.json!);
    items = namesOf(key ? ex.json[key] : []);
    formatOk = true;
    if (ex.conflict) return { score: 0, reason: 'conflicting-answers', acc: false, formatOk };
  } else if (ex.via === 'tag' && ex.answer) {
    items = namesOf(ex.answer);
    formatOk = true;
  } else {
    if (ref.strict) return { score: 0, reason: 'no-json-answer', acc: false, formatOk: false };
    const v = visibleAnswer(response) ?? '';
    const pieces = namesOf(v.length > 3000 ? v.slice(-3000) : v).flatMap((s) => s.split(/[和及与]|\band\b/));
    // With the examination dictionary: its matches plus fragments naming a known test (not every clause of prose).
    if (ctx.checks) {
      const found = ctx.checks.find(v.length > 3000 ? v.slice(-3000) : v);
      const extra = pieces.filter((p) => namesKnownTest(p) && !found.some((f) => normTerm(p).includes(f)));
      items = [...found, ...extra];
    } else items = pieces;
  }
  const pred = [...new Set(items.map((s) => normTerm(s.replace(/^\d+[.、)]\s*/, ''))).filter((s) => s.length >= 2 && s.length <= 40))];
  if (pred.length === 0) return { score: 0, reason: 'no-tests', acc: false, formatOk };
  const m = setMatch(pred, gold.length, (p, g) => gold[g].some((syn) => same(p, syn)));
  const exact = m.matchedGold === gold.length && m.precision === 1;
  return { score: round3(m.f1), reason: exact ? 'exact' : `p=${round3(m.precision)} r=${round3(m.recall)}`, acc: exact, pred: pred.join(','), formatOk };
};
