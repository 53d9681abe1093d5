// Emergency pictures read over the whole consultation: constellations whose features come from DIFFERENT groups (a
// clot's soil, a leg, the lungs) and are told in different messages — the opening's swollen calf after a knee
// replacement, a reply's pain on breathing in and a streak of blood coughed up. No single message is an emergency to the
// triage; the picture is. Each picture is clinical knowledge (cited at its entry), written as feature groups: it is
// complete when some need of it has every group told (one feature of each), each feature told as the patient's own and
// now (picture-frame.ts), and at least one of them in a reply — the opening alone is the triage's own reading, and a
// first turn is never changed by this reader. RAISE-ONLY (policy.ts): a complete picture makes the case an emergency
// naming the picture; a picture not complete says nothing and lowers nothing. Pure.
import { readFacts } from './facts.js';
import { earlyPregnancyOrLatePeriod, pregnancyRuledOut } from './must-ask.js';
import { FEATURES, type FeatureId } from './picture-features.js';
import { type Patient, toldWhere } from './picture-frame.js';
import type { CaseFacts } from './types.js';

export type PictureId =
  | 'pulmonary-embolism'
  | 'ectopic-pregnancy'
  | 'meningitis-sepsis'
  | 'heart-attack'
  | 'gut-bleed-shock'
  | 'testicular-torsion'
  | 'diabetic-ketoacidosis'
  | 'cauda-equina';

/** Features read over the whole consultation rather than by words where they stand. */
type CaseFeature = 'pregnancy-possible';

/** One group of a need: any one of its features tells it. */
type Group = readonly (FeatureId | CaseFeature)[];

export interface EmergencyPicture {
  id: PictureId;
  /** Who the picture can be (a torsion is not a woman's; an ectopic pregnancy not a man's). */
  who?: (f: CaseFacts) => boolean;
  /** Alternatives: a need is met when each of its groups has a feature told. */
  needs: readonly (readonly Group[])[];
  title: { zh: string; en: string };
  advice: { zh: string; en: string };
}

const notMale = (f: CaseFacts): boolean => f.sex !== 'male';
const notFemale = (f: CaseFacts): boolean => f.sex !== 'female';
const adult =
  (min: number) =>
  (f: CaseFacts): boolean =>
    f.age === undefined || f.age >= min;

export const EMERGENCY_PICTURES: readonly EmergencyPicture[] = [
  {
    // NICE NG158 (VTE): signs of a deep-vein clot with breathlessness, pleuritic pain, blood coughed up or a faint —
    // or the clot's soil (surgery, immobility, a long journey, a birth, cancer) with pleuritic pain or blood coughed up.
    id: 'pulmonary-embolism',
    who: adult(14),
    needs: [
      [['one-leg'], ['breathless', 'pleuritic', 'coughed-blood', 'faint']],
      [['clot-risk'], ['pleuritic', 'coughed-blood']],
      [['pleuritic'], ['coughed-blood']],
    ],
    title: {
      zh: '疑似肺栓塞（腿部血栓迹象或术后等高危因素，加上气短、吸气胸痛、咳血或晕厥）',
      en: 'possible blood clot in the lung (a clot in the leg or its risk, with breathlessness, pain on breathing in, coughing blood or fainting)',
    },
    advice: {
      zh: '这些情况合在一起可能是肺栓塞：请立即拨打急救电话或去急诊；坐下休息，不要走动，不要按摩腿部。',
      en: 'Together these can be a blood clot in the lung: call the emergency number or go to the emergency department now; sit and rest, do not walk about or massage the leg.',
    },
  },
  {
    // NICE NG126 / RCOG GTG 21: pregnancy possible (early pregnancy, a late period, sex without protection) + belly or
    // pelvic pain or bleeding + a faint, near-faint or shoulder-tip pain: a ruptured ectopic until excluded.
    id: 'ectopic-pregnancy',
    who: (f) => notMale(f) && (f.age === undefined || (f.age >= 12 && f.age <= 55)),
    needs: [[['pregnancy-possible'], ['belly-pain', 'vaginal-bleeding'], ['faint', 'shoulder-tip']]],
    title: {
      zh: '可能怀孕，伴腹痛或出血，并有晕厥、快晕倒或肩尖痛（疑似宫外孕破裂）',
      en: 'possible pregnancy with belly pain or bleeding and a faint or shoulder-tip pain (possible ruptured ectopic pregnancy)',
    },
    advice: {
      zh: '可能怀孕时腹痛或出血，又有晕倒、快要晕倒或肩膀尖疼，要先排除宫外孕破裂内出血：请立即拨打急救电话或去急诊；躺下，不要吃喝东西，不要自己开车。',
      en: 'Belly pain or bleeding when a pregnancy is possible, with fainting, nearly fainting or shoulder-tip pain, is a ruptured ectopic pregnancy until excluded: call the emergency number or go to the emergency department now; lie down, eat and drink nothing, do not drive yourself.',
    },
  },
  {
    // NICE NG240 / NG51: fever with a stiff neck, a rash that does not fade, new confusion or hard to wake, mottled or
    // blue skin.
    id: 'meningitis-sepsis',
    needs: [[['fever'], ['stiff-neck', 'non-fading-rash', 'confused-or-unrousable', 'mottled-or-blue']]],
    title: {
      zh: '发热伴颈部僵硬、按压不褪色的皮疹、意识改变或皮肤发花发紫（疑似脑膜炎或脓毒症）',
      en: 'fever with a stiff neck, a rash that does not fade, confusion or mottled skin (possible meningitis or sepsis)',
    },
    advice: {
      zh: '发热同时有这些表现，可能是脑膜炎或脓毒症：请立即拨打急救电话或去急诊，不要等皮疹或症状进一步发展。',
      en: 'A fever with these signs can be meningitis or sepsis: call the emergency number or go to the emergency department now; do not wait for a rash or other signs to develop.',
    },
  },
  {
    // NICE CG95 (acute chest pain): chest pain now with pain spreading to the arm, jaw, neck or back, sweating or a faint
    // — an acute coronary syndrome until excluded. Breathlessness is no part of it here: with a chest's tightness it is
    // as often stable angina (a chest-pain clinic, not 999), asthma or anxiety; pain that comes and goes with effort is
    // the angina clinic's.
    id: 'heart-attack',
    who: adult(25),
    needs: [[['chest-pain'], ['pain-spreading', 'sweating', 'faint']]],
    title: { zh: '胸痛伴放射痛、出汗或晕厥（疑似心梗）', en: 'chest pain with spreading pain, sweating or fainting (possible heart attack)' },
    advice: {
      zh: '胸痛同时有这些表现，可能是心梗：请立即拨打急救电话；停止活动坐下休息，不要自己开车去医院。',
      en: 'Chest pain with these signs can be a heart attack: call the emergency number now; stop, sit down, and do not drive yourself to hospital.',
    },
  },
  {
    // NICE CG141 (upper GI bleeding): black stools or blood vomited with dizziness, a faint or a racing heart.
    id: 'gut-bleed-shock',
    needs: [[['gut-bleeding'], ['faint', 'dizzy-or-racing']]],
    title: {
      zh: '黑便或呕血伴头晕、晕厥或心慌（疑似消化道出血）',
      en: 'black stools or vomiting blood with dizziness, fainting or a racing heart (possible bleeding in the gut)',
    },
    advice: {
      zh: '黑便或呕血同时头晕、心慌或晕倒，可能是消化道出血：请立即拨打急救电话或去急诊；躺下，不要吃喝东西。',
      en: 'Black stools or vomiting blood with dizziness, a racing heart or fainting can be bleeding in the gut: call the emergency number or go to the emergency department now; lie down and eat or drink nothing.',
    },
  },
  {
    // NICE CKS (scrotal pain) / BAUS: testicular pain that came on suddenly or with vomiting is a torsion until excluded
    // — surgery within hours saves the testis.
    id: 'testicular-torsion',
    who: notFemale,
    needs: [[['testis-pain'], ['testis-sudden', 'testis-vomiting']]],
    title: { zh: '睾丸突然疼痛或伴呕吐（疑似睾丸扭转）', en: 'sudden testicular pain or with vomiting (possible testicular torsion)' },
    advice: {
      zh: '睾丸突然疼痛或伴呕吐，要先排除睾丸扭转，需在数小时内手术：请立即去急诊，不要吃喝东西。',
      en: 'Sudden testicular pain, or with vomiting, is a torsion until excluded and needs surgery within hours: go to the emergency department now and eat or drink nothing.',
    },
  },
  {
    // JBDS-IP / NICE NG17, NG18: diabetes with a very high glucose, or thirst with passing urine a lot (diabetes not
    // yet known), together with vomiting, deep or fast breathing or drowsiness: ketoacidosis until excluded.
    id: 'diabetic-ketoacidosis',
    needs: [
      [['diabetes'], ['sugar-very-high'], ['vomiting', 'deep-fast-breathing', 'confused-or-unrousable']],
      [['thirst'], ['passing-urine-a-lot'], ['vomiting', 'deep-fast-breathing', 'confused-or-unrousable']],
    ],
    title: {
      zh: '血糖很高或多饮多尿，伴呕吐、呼吸深快或嗜睡（疑似糖尿病酮症酸中毒）',
      en: 'very high sugar, or thirst and passing urine a lot, with vomiting, deep fast breathing or drowsiness (possible diabetic ketoacidosis)',
    },
    advice: {
      zh: '这些表现合在一起可能是糖尿病酮症酸中毒：请立即去急诊或拨打急救电话；不要停用胰岛素。',
      en: 'Together these can be diabetic ketoacidosis: go to the emergency department or call the emergency number now; do not stop insulin.',
    },
  },
  {
    // NICE CKS (sciatica / cauda equina): back pain with numbness in the saddle area or new trouble passing urine.
    id: 'cauda-equina',
    needs: [[['back-pain'], ['saddle-numb', 'cannot-pee']]],
    title: {
      zh: '腰背痛伴会阴/臀部麻木或排尿困难（疑似马尾综合征）',
      en: 'back pain with numbness around the bottom or trouble passing urine (possible cauda equina syndrome)',
    },
    advice: {
      zh: '腰背痛同时会阴或屁股发麻、排尿控制不了或尿不出，可能是马尾神经受压，需要紧急手术评估：请立即去急诊。',
      en: 'Back pain with numbness around the bottom or genitals, or new trouble passing urine or controlling it, can be pressure on the nerves at the base of the spine that needs urgent surgery: go to the emergency department now.',
    },
  },
];

/** The consultation as this reader takes it: the opening and the patient's replies, in the patient's own words. */
export interface PictureCase {
  opening: string;
  replies: readonly string[];
  facts: CaseFacts;
  /** Whose consultation it is (policy.ts reads it from who carries the opening's symptoms). */
  patient: Patient;
}

/** The pictures the consultation completes, with a feature told in a reply. */
export function emergencyPictures(c: PictureCase): EmergencyPicture[] {
  if (c.replies.length === 0) return [];
  // Typographic apostrophes read as plain ones ("haven’t fainted" from a phone is a denial): same length, same offsets.
  const plain = (t: string): string => t.replace(/[’‘]/g, "'");
  const opening = plain(c.opening);
  const text = [opening, ...c.replies.map(plain)].join('\n');
  const from = opening.length;
  const memo = new Map<FeatureId | CaseFeature, { told: boolean; inReply: boolean }>();
  const read = (id: FeatureId | CaseFeature) => {
    let r = memo.get(id);
    if (!r) {
      r = id === 'pregnancy-possible' ? pregnancyPossible({ ...c, opening }, text) : byWords(text, id, from, c.patient);
      memo.set(id, r);
    }
    return r;
  };
  return EMERGENCY_PICTURES.filter((p) => {
    if (p.who && !p.who(c.facts)) return false;
    return p.needs.some((need) => {
      const met = need.map((group) => group.filter((id) => read(id).told));
      return met.every((g) => g.length > 0) && met.some((g) => g.some((id) => read(id).inReply));
    });
  });
}

function byWords(text: string, id: FeatureId, from: number, patient: Patient): { told: boolean; inReply: boolean } {
  const at = toldWhere(text, FEATURES[id], patient);
  return { told: at.length > 0, inReply: at.some((x) => x.at >= from) };
}

/** Tests told negative in other words than must-ask's ("did three tests and all came back negative", 测了两次都是阴性). */
const TESTS_NEGATIVE = /\btests?\b[^.?!]{0,30}\bnegative\b(?! for)|(?:测|验)[^，。]{0,8}(?:都是|都)?阴性/i;

/** A pregnancy possible: early pregnancy or a late period (must-ask.ts), or sex without protection — and not ruled
 *  out anywhere in the consultation (a negative test, no womb, tubes tied, not pregnant). */
function pregnancyPossible(c: PictureCase, text: string): { told: boolean; inReply: boolean } {
  if (pregnancyRuledOut(text) || TESTS_NEGATIVE.test(text)) return { told: false, inReply: false };
  const said = (t: string): boolean =>
    earlyPregnancyOrLatePeriod(t) || (['unprotected-sex', 'period-missing'] as const).some((id) => toldWhere(t, FEATURES[id], c.patient).length > 0);
  const inOpening = said(c.opening);
  const told = inOpening || said(text);
  return { told, inReply: told && !inOpening };
}

/** The case's facts for `who` when the policy has none to hand (tests). */
export const pictureFacts = (opening: string, replies: readonly string[]): CaseFacts => readFacts([opening, ...replies].join('\n'));
