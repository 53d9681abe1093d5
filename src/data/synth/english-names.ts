// English names for KG tails, so English sentences are written in English only. The KG itself has no English
// beyond some disease aliases; drug names come from the drug lexicon's English generics, the rest from this table
// of common clinical terms. A tail without an English name is left out of English output (never written in Chinese).
import { parseSeedAliases } from '../../knowledge/drugs.js';

const TERMS: Record<string, string> = {
  // symptoms
  发热: 'fever',
  高热: 'high fever',
  低热: 'low-grade fever',
  咳嗽: 'cough',
  干咳: 'dry cough',
  咳痰: 'sputum production',
  头痛: 'headache',
  腹痛: 'abdominal pain',
  呕吐: 'vomiting',
  恶心: 'nausea',
  腹泻: 'diarrhea',
  乏力: 'fatigue',
  皮疹: 'rash',
  呼吸困难: 'dyspnea',
  胸痛: 'chest pain',
  头晕: 'dizziness',
  便秘: 'constipation',
  水肿: 'edema',
  瘙痒: 'itching',
  黄疸: 'jaundice',
  咯血: 'hemoptysis',
  心悸: 'palpitations',
  失眠: 'insomnia',
  贫血: 'anemia',
  流涕: 'runny nose',
  鼻塞: 'nasal congestion',
  咽痛: 'sore throat',
  关节痛: 'joint pain',
  肌肉酸痛: 'muscle aches',
  消瘦: 'weight loss',
  多尿: 'polyuria',
  多饮: 'polydipsia',
  血尿: 'hematuria',
  蛋白尿: 'proteinuria',
  抽搐: 'seizures',
  昏迷: 'coma',
  休克: 'shock',
  腹胀: 'bloating',
  食欲不振: 'loss of appetite',
  盗汗: 'night sweats',
  胸闷: 'chest tightness',
  气促: 'shortness of breath',
  发绀: 'cyanosis',
  耳鸣: 'tinnitus',
  视力下降: 'blurred vision',
  尿频: 'urinary frequency',
  尿急: 'urinary urgency',
  尿痛: 'dysuria',
  腰痛: 'low back pain',
  背痛: 'back pain',
  喘息: 'wheezing',
  // examinations
  血常规: 'complete blood count',
  尿常规: 'urinalysis',
  便常规: 'stool test',
  心电图: 'electrocardiogram',
  胸部X线检查: 'chest X-ray',
  胸片: 'chest X-ray',
  B超: 'ultrasound',
  超声检查: 'ultrasound',
  肝功能检查: 'liver function tests',
  肝功能: 'liver function tests',
  肾功能检查: 'renal function tests',
  肾功能: 'renal function tests',
  血糖: 'blood glucose',
  胃镜: 'gastroscopy',
  肠镜: 'colonoscopy',
  CT检查: 'CT scan',
  磁共振: 'MRI',
  核磁共振: 'MRI',
  血沉: 'erythrocyte sedimentation rate',
  C反应蛋白: 'C-reactive protein',
  痰培养: 'sputum culture',
  血培养: 'blood culture',
  骨髓穿刺: 'bone marrow aspiration',
  脑电图: 'electroencephalogram',
  肺功能检查: 'pulmonary function tests',
  // departments
  内科: 'internal medicine',
  外科: 'surgery',
  儿科: 'pediatrics',
  妇科: 'gynecology',
  产科: 'obstetrics',
  皮肤科: 'dermatology',
  眼科: 'ophthalmology',
  耳鼻喉科: 'otolaryngology',
  神经内科: 'neurology',
  心内科: 'cardiology',
  消化内科: 'gastroenterology',
  呼吸内科: 'pulmonology',
  内分泌科: 'endocrinology',
  肾内科: 'nephrology',
  骨科: 'orthopedics',
  泌尿外科: 'urology',
  传染科: 'infectious diseases',
  感染科: 'infectious diseases',
  肿瘤科: 'oncology',
  精神科: 'psychiatry',
  口腔科: 'dentistry',
  风湿免疫科: 'rheumatology',
  血液科: 'hematology',
  急诊科: 'emergency medicine',
  神经外科: 'neurosurgery',
  心胸外科: 'cardiothoracic surgery',
  // treatments
  药物治疗: 'drug therapy',
  手术治疗: 'surgery',
  支持性治疗: 'supportive care',
  康复治疗: 'rehabilitation',
  化疗: 'chemotherapy',
  放疗: 'radiotherapy',
  物理治疗: 'physical therapy',
  对症治疗: 'symptomatic treatment',
  介入治疗: 'interventional therapy',
  // complications (diseases)
  肺炎: 'pneumonia',
  心力衰竭: 'heart failure',
  肾衰竭: 'kidney failure',
  败血症: 'sepsis',
  脑膜炎: 'meningitis',
  脑水肿: 'cerebral edema',
  呼吸衰竭: 'respiratory failure',
  肺气肿: 'emphysema',
  支气管扩张: 'bronchiectasis',
  中耳炎: 'otitis media',
  心肌炎: 'myocarditis',
  脱水: 'dehydration',
  营养不良: 'malnutrition',
  骨折: 'fracture',
  出血: 'bleeding',
  感染: 'infection',
  窒息: 'asphyxia',
  肺不张: 'atelectasis',
};

let cached: Map<string, string> | undefined;

/** English name of a KG term, or undefined when none is known. */
export function englishName(term: string): string | undefined {
  if (!cached) {
    cached = new Map(Object.entries(TERMS));
    for (const [zh, names] of Object.entries(parseSeedAliases())) {
      const en = names.find((n) => /^[a-z][a-z -]+$/i.test(n));
      if (en && !cached.has(zh)) cached.set(zh, en.toLowerCase());
    }
  }
  if (/^[\x20-\x7e]+$/.test(term)) return term;
  return cached.get(term);
}

/** Latin-script alias of a disease (the KG's English aliases), or undefined. */
export function englishHead(aliases: string[] = []): string | undefined {
  return aliases.find((a) => /^[A-Za-z][A-Za-z '\-(),]+$/.test(a) && !/\p{Script=Han}/u.test(a));
}
