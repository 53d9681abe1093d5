// The questions of a question turn and their quick replies, in the patient's language. Basics (how long, how old)
// follow the case-specific red-flag questions; nothing already stated is asked again.
import type { CaseFacts, ConsultLang, ConsultQuestion } from './types.js';

export type { ConsultLang, ConsultQuestion };

const YES_NO: Record<ConsultLang, string[]> = { zh: ['有', '没有', '不确定'], en: ['Yes', 'No', 'Not sure'] };

const BASICS: Record<'duration' | 'age' | 'pregnancy' | 'risks', Record<ConsultLang, ConsultQuestion>> = {
  duration: {
    zh: { text: '这种情况持续多久了？', quickReplies: ['今天刚开始', '1–3天', '一周以上'], kind: 'basic' },
    en: { text: 'How long has this been going on?', quickReplies: ['Started today', '1–3 days', 'Over a week'], kind: 'basic' },
  },
  age: {
    zh: { text: '患者多大年龄？', quickReplies: ['3个月以下', '儿童', '18–64岁', '65岁以上'], kind: 'basic' },
    en: { text: 'How old is the person?', quickReplies: ['Under 3 months', 'Child', '18–64', '65 or older'], kind: 'basic' },
  },
  pregnancy: {
    zh: { text: '有没有可能怀孕？', quickReplies: ['可能', '不可能', '不确定'], kind: 'basic' },
    en: { text: 'Could the person be pregnant?', quickReplies: ['Possibly', 'No', 'Not sure'], kind: 'basic' },
  },
  // The risk factors that change almost any disposition: long-term illness, blood thinners, steroids or chemotherapy
  // (bleeding, infection), smoking. Answered in the patient's words (facts.ts reads medicines and conditions).
  risks: {
    zh: { text: '有没有长期的病（如糖尿病、心脏病、肿瘤），在吃抗凝药、激素或化疗药，或者抽烟？', quickReplies: ['都没有'], kind: 'basic' },
    en: {
      text: 'Any long-term conditions (diabetes, heart disease, cancer), blood thinners, steroids or chemotherapy, or smoking?',
      quickReplies: ['None of these'],
      kind: 'basic',
    },
  },
};

/** Questions whose "yes" states no finding (a list of risk factors to name, not a sign): never read as affirmed. */
export const NAMES_NO_FINDING: ReadonlySet<string> = new Set([BASICS.risks.zh.text, BASICS.risks.en.text]);

export function redFlagQuestion(text: string, lang: ConsultLang): ConsultQuestion {
  // Questions that begin as yes/no ("有没有…", "Any…", "Is…") get yes/no chips; open ones ("多久", "How…") none.
  const yesNo =
    lang === 'zh' ? /^(?:有没有|是不是|是否|能不能|会不会|现在是否|如有|如果)/.test(text) : /^(?:any|is|are|does|did|has|have|can|could|was)\b/i.test(text);
  return { text, quickReplies: yesNo ? YES_NO[lang] : [], kind: 'red-flag' };
}

/** Basic questions still open for this case, most decisive first. */
export function openBasics(f: CaseFacts, lang: ConsultLang, o: { pregnancyMatters: boolean; child?: boolean }): ConsultQuestion[] {
  // Risk factors are an adult's: a child's long-term illness is asked by the complaint's own questions.
  const out: ConsultQuestion[] = [];
  // For a baby or child the age decides the advice (fever under 3 months): ask it before how long.
  if (f.age === undefined && o.child) out.push(BASICS.age[lang]);
  if (!f.duration) out.push(BASICS.duration[lang]);
  if (f.age === undefined && !o.child) out.push(BASICS.age[lang]);
  if (o.pregnancyMatters && f.pregnant === undefined && f.sex !== 'male' && (f.age === undefined || (f.age >= 12 && f.age <= 50)))
    out.push(BASICS.pregnancy[lang]);
  if (!o.child && (f.age === undefined || f.age >= 12) && f.chronic.length === 0 && f.medicines.length === 0) out.push(BASICS.risks[lang]);
  return out;
}
