// Tags with context: generic words are not entities (医生, 咨询, 患者 …), and a disease named only to be prevented,
// ruled out or negated ("以免引起感染", "没有糖尿病") is not a diagnosis code for the record.
import type { EntityMention } from './entity-matcher.js';

/** Words the dictionaries list but that, in consultation text, name roles, acts or vague states — never entities. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  '医生',
  '医师',
  '大夫',
  '咨询',
  '患者',
  '病人',
  '治疗',
  '检查',
  '疾病',
  '症状',
  '医院',
  '药物',
  '不适',
  '对症治疗',
  '物理治疗',
  '预防措施',
  '预防',
  '护理',
  '维生素',
  '紧张',
  '损伤',
  '感染',
  '炎症',
  '问题',
  '情况',
  '健康',
  '正常',
  '手术',
  '用药',
  '服药',
  '诊断',
  '病情',
  '病因',
  '糖尿',
  '血压下降',
  '代谢紊乱',
  'doctor',
  'patient',
  'treatment',
  'disease',
  'symptoms',
  'symptom',
  'condition',
  'health',
  'test',
  'tests',
  'hospital',
]);

/** Symptoms some dictionaries list as diseases: typed as what they are in running text. */
export const RETYPE: Readonly<Record<string, string>> = {
  咳嗽: 'symptom',
  头痛: 'symptom',
  腹痛: 'symptom',
  水肿: 'symptom',
  腹泻: 'symptom',
  便秘: 'symptom',
  腹胀: 'symptom',
  肿胀: 'symptom',
  发热: 'symptom',
  发烧: 'symptom',
  红斑: 'symptom',
  失眠: 'symptom',
  头晕: 'symptom',
  呕吐: 'symptom',
};

// Cues just before a mention that make it not-a-diagnosis: prevention, negation, ruling out, worry.
const NOT_DIAGNOSIS_BEFORE =
  /(以免|以防|避免|预防|防止|谨防|警惕|防范|排除|没有|并无|无明显|否认|不是|并非|不会|不属于|减少|降低|担心|害怕|怕|以免引起|防止出现|预防出现|诱发|引起|导致|并发|rule out|no|not|without|prevent|preventing|avoid|risk of|to reduce)\S{0,4}$/iu;

export type MentionContext = 'asserted' | 'not-diagnosis';

export function mentionContext(text: string, m: EntityMention): MentionContext {
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  return NOT_DIAGNOSIS_BEFORE.test(before) ? 'not-diagnosis' : 'asserted';
}

/** Mentions kept as tags (generic words removed, types fixed), each with its context. */
export function contextualMentions(text: string, mentions: EntityMention[]): (EntityMention & { context: MentionContext })[] {
  const out: (EntityMention & { context: MentionContext })[] = [];
  for (const m of mentions) {
    if (GENERIC_WORDS.has(m.text.toLowerCase())) continue;
    const type = RETYPE[m.text] ?? m.type;
    out.push({ ...m, type, context: mentionContext(text, m) });
  }
  return out;
}

/** Colloquial disease names → an ICD-10 code of the clinical edition (乙肝 is hepatitis B, B18.1). */
export const ICD_ALIASES: Readonly<Record<string, string>> = {
  乙肝: 'B18.100',
  乙型肝炎: 'B18.100',
  乙型病毒性肝炎: 'B18.100',
  慢性乙肝: 'B18.100',
  大三阳: 'B18.100',
  小三阳: 'B18.100',
  急性乙肝: 'B16.900',
  丙肝: 'B18.200',
  丙型肝炎: 'B18.200',
  甲肝: 'B15.900',
  甲型肝炎: 'B15.900',
  戊肝: 'B17.200',
  艾滋病: 'B24',
  慢阻肺: 'J44.900',
  冠心病: 'I25.100',
  脑梗: 'I63.900',
  脑梗死: 'I63.900',
  脑梗塞: 'I63.900',
  心梗: 'I21.900',
  甲亢: 'E05.900',
  甲减: 'E03.900',
  肺结核: 'A16.200',
  糖尿病: 'E14.900',
  高血压: 'I10.x00',
  'hepatitis b': 'B18.100',
  'hepatitis c': 'B18.200',
  'hepatitis a': 'B15.900',
  diabetes: 'E14.900',
  hypertension: 'I10.x00',
  'high blood pressure': 'I10.x00',
  asthma: 'J45.900',
  'heart attack': 'I21.900',
  stroke: 'I64.x00',
  tuberculosis: 'A16.200',
  pneumonia: 'J18.900',
  'kidney stones': 'N20.000',
  gout: 'M10.900',
  'celiac disease': 'K90.000',
  "crohn's disease": 'K50.900',
  'ulcerative colitis': 'K51.900',
  cirrhosis: 'K74.600',
  gallstones: 'K80.200',
  hypothyroidism: 'E03.900',
  hyperthyroidism: 'E05.900',
  anemia: 'D64.900',
  psoriasis: 'L40.900',
  migraine: 'G43.900',
  epilepsy: 'G40.900',
  osteoporosis: 'M81.900',
};

// Chinese and English names apart: a case-insensitive Unicode alternation over every record is slow, and English
// names are only looked for in text with Latin words.
const byLength = Object.keys(ICD_ALIASES).sort((a, b) => b.length - a.length);
const ALIAS_ZH = new RegExp(byLength.filter((k) => !/^[a-z]/.test(k)).join('|'), 'g');
const ALIAS_EN = new RegExp(`\\b(?:${byLength.filter((k) => /^[a-z]/.test(k)).join('|')})\\b`, 'gi');

/** Colloquial names in the text, asserted (not prevented or negated), with their codes. */
export function aliasCodes(text: string): { name: string; code: string }[] {
  const out: { name: string; code: string }[] = [];
  const hits = [...text.matchAll(ALIAS_ZH), ...(/[A-Za-z]{4}/.test(text) ? text.matchAll(ALIAS_EN) : [])];
  for (const m of hits) {
    const name = m[0].toLowerCase();
    const ctx = mentionContext(text, { text: m[0], type: 'disease', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    if (ctx === 'asserted' && !out.some((x) => x.name === name)) out.push({ name, code: ICD_ALIASES[name] ?? ICD_ALIASES[m[0]] });
  }
  return out;
}
