// What a treatment asked for adds to the questions: the conditions in which the medicines usually sold for a complaint
// do harm (the cautions and contraindications of the British National Formulary), asked before they are suggested.
// A person asking for something for travel sickness is first a question of glaucoma and the prostate (hyoscine and the
// sedating antihistamines), one asking for a sleeping pill of falls, snoring and mood. The medicine situation asks the
// cautions of any medicine (kidney, liver, ulcer, asthma — the painkillers'); these name the ones of the medicines a
// complaint is treated with, for every wording of the complaint. Each applies only when a treatment is asked for
// (situations.ts asksForTreatment): a complaint told without one is asked its own red flags.
import type { RiskScreen } from './risk-screens.js';
import { asksForTreatment } from './situations.js';

/** A treatment asked for and a complaint (or the medicines for it) named in either language. */
const forComplaint =
  (named: RegExp) =>
  (c: { text: string }): boolean =>
    named.test(c.text) && asksForTreatment(c.text); // the small complaint test first: the treatment regex is large

export const TREATMENT_CAUTIONS: readonly RiskScreen[] = [
  {
    id: 'travelSicknessMedicines',
    source:
      'BNF hyoscine hydrobromide, cinnarizine, promethazine (cautions: angle-closure glaucoma, urinary retention, prostatic enlargement; drowsiness); NICE CKS Motion sickness',
    applies: forComplaint(
      /晕车|晕船|晕机|晕动|东莨菪碱|茶苯海明|\b(?:motion|travel|car|sea|air) ?sick\w*|\bseasick\w*|\bcarsick\w*|\bairsick\w*|\b(?:hyoscine|scopolamine|kwells|cinnarizine|stugeron)\b/i,
    ),
    ask: {
      zh: '有没有青光眼（眼压高）、前列腺增生或小便不畅？晕车药（东莨菪碱、茶苯海明等）会加重这些，还会犯困。平时不坐车也会头晕、天旋地转吗？',
      en: 'Any glaucoma, an enlarged prostate or trouble passing urine (travel-sickness tablets such as hyoscine can worsen these and cause drowsiness)? Any dizziness or vertigo when not travelling?',
    },
    covered: /青光眼|前列腺|\bglaucoma\b|\bprostate\b/i,
  },
  {
    id: 'sleepingMedicines',
    source:
      'NICE CKS Insomnia (hypnotics: short courses, sleep apnoea, depression); American Geriatrics Society Beers Criteria 2023 (benzodiazepines and Z-drugs in older people: falls, confusion); BNF hypnotics (respiratory depression)',
    applies: forComplaint(
      /安眠药|助眠|睡眠药|(?:睡不着|失眠)[^。]{0,20}(?:药|吃什么|吃点)|艾司唑仑|阿普唑仑|地西泮|安定|劳拉西泮|唑吡坦|佐匹克隆|\b(?:sleeping (?:pills?|tablets?)|sleep(?:ing)? aids?|insomnia|can'?t sleep|zopiclone|zolpidem|temazepam|diazepam|nytol|sominex|melatonin|diphenhydramine)\b/i,
    ),
    ask: {
      zh: '有没有打呼噜、睡觉时憋气，情绪低落，或夜里起来容易摔倒、头晕？平时喝酒吗？（安眠药在这些情况下风险更大，老人尤其容易跌倒）',
      en: 'Any loud snoring or pauses in breathing at night, low mood, or unsteadiness or falls at night? Any alcohol? (Sleeping pills are riskier with these, and cause falls in older people.)',
    },
    covered: /打呼噜|憋气|\bsnoring\b/i,
  },
  {
    id: 'decongestants',
    source:
      'BNF pseudoephedrine and phenylephrine (cautions: hypertension, heart disease, hyperthyroidism, glaucoma, prostatic hypertrophy; MAOIs); MHRA Drug Safety Update 2024 (pseudoephedrine: PRES and RCVS)',
    applies: forComplaint(
      /鼻塞|感冒药|伪麻黄碱|新康泰克|\b(?:blocked|stuffy|bunged up) nose\b|\bcongest\w*|\bdecongestants?\b|\bcold (?:and|&) flu\b|\b(?:pseudoephedrine|sudafed|phenylephrine)\b/i,
    ),
    ask: {
      zh: '有没有高血压、心脏病、甲亢、青光眼或前列腺增生？含伪麻黄碱的感冒药、通鼻药会加重这些。',
      en: 'Any high blood pressure, heart disease, an overactive thyroid, glaucoma or an enlarged prostate? Decongestants in cold remedies can worsen these.',
    },
    covered: /甲亢|\boveractive thyroid\b/i,
  },
  {
    id: 'hayFeverMedicines',
    source:
      'NICE CKS Allergic rhinitis (ask about asthma; treatment in pregnancy and breastfeeding); BNF sedating antihistamines (cautions: glaucoma, urinary retention, epilepsy)',
    applies: forComplaint(/花粉症|过敏性鼻炎|花粉过敏|\bhay ?fever\b|\ballergic rhinitis\b|\bpollen\b|\bantihistamines?\b/i),
    ask: {
      zh: '有没有喘、胸闷或哮喘？有没有其他慢性病（青光眼、前列腺增生、癫痫）或在用的其他药？',
      en: 'Any wheeze, chest tightness or asthma? Any other conditions (glaucoma, an enlarged prostate, epilepsy) or other medicines you take?',
    },
    covered: /哮喘|\basthma\b/i,
  },
  {
    id: 'nailAntifungals',
    source:
      'NICE CKS Fungal nail infection (oral terbinafine or itraconazole: liver disease, heart failure; confirm before treating; diabetes and peripheral arterial disease)',
    applies: forComplaint(/灰指甲|甲癣|甲真菌|\b(?:fungal nails?|nail fungus|onychomycosis|terbinafine|lamisil|itraconazole)\b/i),
    ask: {
      zh: '有没有肝病、心衰，或常喝酒？口服抗真菌药（特比萘芬、伊曲康唑）会伤肝、加重心衰。',
      en: 'Any liver disease, heart failure or heavy drinking? Tablets for fungal nails (terbinafine, itraconazole) can harm the liver or worsen heart failure.',
    },
    covered: /肝病|\bliver\b/i,
  },
];
