// Named illnesses by the signs that tell their course turning severe, from the guidelines that grade them: a diagnosis
// a family already has ("手足口病第三天", "dengue day 5") changes what an ordinary sign means — a toddler startling in
// sleep is nothing, a toddler with hand-foot-mouth disease startling in sleep is the first sign of EV71 brainstem
// encephalitis; a nosebleed is nothing, a nosebleed as dengue's fever falls is plasma leak. The table is closed: the
// infections whose published warning signs are ordinary words a parent uses, each row citing the guideline it is read
// from. The signs are read by the triage's one sign reader and grouped into classes (sign-classes.ts); the reader of
// this table is src/safety/triage/diagnosis-danger.ts. Pure data.
import type { SignClass } from './sign-classes.js';

export interface DiseaseCourse {
  id: string;
  /** Names as regex fragments: zh without word boundaries (read after traditional → simplified), en as whole words. */
  zh: readonly string[];
  en: readonly string[];
  /** Any one of these told beside the illness: the severe course has begun — an emergency (go now). */
  danger: readonly SignClass[];
  /** Warning signs that are an emergency two together (of different classes) and urgent — seen today — alone. */
  warning: readonly SignClass[];
  advice: { zh: string; en: string };
  source: string;
}

export const DISEASE_COURSES: readonly DiseaseCourse[] = [
  {
    id: 'hand-foot-mouth',
    // Herpangina and HFMD are the same enteroviruses (EV71, coxsackie A); the guideline grades both.
    zh: ['手足口病?', '手口足病?', '手足口症', '疱疹性咽峡炎', '肠道病毒\\s*71型?', 'EV\\s*-?\\s*71'],
    en: [
      'hand,? foot,? (?:and|&|n)? ?mouth(?: disease)?',
      'hand[- ]foot[- ](?:and[- ])?mouth(?: disease)?',
      'hfmd',
      'herpangina',
      'enterovirus(?: 71)?',
      'ev-?71',
    ],
    danger: ['myoclonus', 'ataxia', 'seizure', 'confusion', 'collapse', 'breathing', 'poorPerfusion'],
    warning: ['lethargy', 'persistentVomiting', 'gi'],
    advice: {
      zh: '手足口病出现易惊、肢体抖动、走路不稳、精神差伴呕吐、呼吸快或手脚发凉是重症早期表现，请立即就医',
      en: 'startles or jerks, shaking limbs, unsteadiness, listlessness with vomiting, fast breathing or cold hands and feet in hand-foot-mouth disease are the early signs of the severe form: go to hospital now',
    },
    source:
      '国家卫生健康委《手足口病诊疗指南（2018年版）》重症病例早期识别（精神差、嗜睡、易惊、肢体抖动、无力、呕吐；呼吸心率增快；出冷汗、四肢末梢发凉）; WHO WPRO HFMD clinical management guide 2011 (myoclonic jerks, ataxia, lethargy, vomiting)',
  },
  {
    id: 'dengue',
    zh: ['登革热?', '骨痛热'],
    en: ['dengue(?: fever)?', 'break-?bone fever'],
    // WHO: any warning sign → in-hospital care; they come as the fever falls (day 3–7), when the family feels relief.
    danger: ['mucosalBleeding', 'bleeding', 'persistentVomiting', 'lethargy', 'confusion', 'collapse', 'breathing', 'poorPerfusion'],
    warning: ['abdominalPain', 'gi'],
    advice: {
      zh: '登革热出现牙龈或鼻出血、持续呕吐、腹痛、精神差或烦躁是重症预警信号（常在退热时出现），请立即就医',
      en: 'bleeding gums or nose, vomiting that keeps on, belly pain, listlessness or restlessness in dengue are warning signs of severe dengue (often as the fever falls): go to hospital now',
    },
    source:
      'WHO Dengue: guidelines for diagnosis, treatment, prevention and control (2009), warning signs (abdominal pain, persistent vomiting, mucosal bleed, lethargy/restlessness); 国家卫健委《登革热诊疗指南（2014年第2版）》重症预警指征',
  },
  {
    id: 'measles',
    zh: ['麻疹'],
    en: ['measles', 'rubeola'],
    danger: ['breathing', 'seizure', 'confusion', 'collapse'],
    warning: ['lethargy', 'persistentVomiting'],
    advice: {
      zh: '麻疹出现呼吸快或费力、抽搐、意识改变提示肺炎或脑炎，请立即就医',
      en: 'fast or hard breathing, a fit or confusion in measles point to pneumonia or encephalitis: go to hospital now',
    },
    source:
      'WHO IMCI: measles with a general danger sign or severe pneumonia = severe complicated measles, refer urgently; disease-kg-zh 麻疹 (并发症：肺炎、脑炎)',
  },
  {
    id: 'pertussis',
    zh: ['百日咳'],
    en: ['whooping cough', 'pertussis'],
    danger: ['breathing', 'collapse', 'seizure', 'confusion'],
    warning: ['persistentVomiting', 'lethargy'],
    advice: {
      zh: '百日咳咳后憋气、发紫、呼吸暂停（尤其小婴儿）会危及生命，请立即就医',
      en: 'pauses in breathing, going blue or struggling to breathe with whooping cough (above all in a young baby) can be life-threatening: go to hospital now',
    },
    source: 'disease-kg-zh 百日咳 (幼婴易有窒息、肺炎、脑病); NHS whooping cough: call 999 if a baby stops breathing or turns blue',
  },
];
