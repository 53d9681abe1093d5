// Medicines taken once a week or once a month at their usual doses: a daily schedule of one of them is a
// many-fold overdose (methotrexate daily is a known fatal error; weekly malaria prophylaxis and weekly
// bisphosphonates and GLP-1 pens are the same shape). Sources: BNF / FDA labels (methotrexate for RA and psoriasis,
// mefloquine and chloroquine prophylaxis, alendronate 70 mg, risedronate 35 mg, ibandronate 150 mg monthly,
// semaglutide / dulaglutide / tirzepatide / exenatide ER weekly injections).

export interface DrugSchedule {
  id: string;
  /** Names, lower-case (Chinese generic, English generic, brands). */
  names: string[];
  /** The usual interval between doses. */
  every: 'week' | 'month';
  /**
   * Uses where a daily course is right (methotrexate in chemotherapy protocols, chloroquine as malaria treatment):
   * a sentence naming one of these conditions is not judged.
   */
  dailyUses?: RegExp;
}

export const DRUG_SCHEDULES: readonly DrugSchedule[] = [
  {
    id: 'methotrexate',
    names: ['甲氨蝶呤', '氨甲蝶呤', 'methotrexate', 'trexall', 'otrexup', 'rasuvo', 'jylamvo'],
    every: 'week',
    dailyUses: /白血病|淋巴瘤|肿瘤|化疗|leuka?emia|lymphoma|chemotherapy|cancer|ectopic|宫外孕|异位妊娠/u,
  },
  { id: 'mefloquine', names: ['甲氟喹', 'mefloquine', 'lariam'], every: 'week', dailyUses: /治疗疟疾|malaria treatment|to treat malaria/u },
  {
    id: 'chloroquine-prophylaxis',
    names: ['氯喹', 'chloroquine'],
    every: 'week',
    dailyUses: /治疗|treat|狼疮|lupus|类风湿|rheumatoid|羟氯喹|hydroxychloroquine/u,
  },
  { id: 'alendronate', names: ['阿仑膦酸钠', '阿仑膦酸', 'alendronate', 'fosamax', '福善美'], every: 'week', dailyUses: /10\s*mg|10毫克|paget/u },
  { id: 'risedronate', names: ['利塞膦酸钠', '利塞膦酸', 'risedronate', 'actonel'], every: 'week', dailyUses: /5\s*mg|5毫克|paget/u },
  { id: 'ibandronate', names: ['伊班膦酸钠', '伊班膦酸', 'ibandronate', 'boniva'], every: 'month' },
  { id: 'semaglutide-injection', names: ['司美格鲁肽', 'semaglutide', 'ozempic', 'wegovy', '诺和泰'], every: 'week', dailyUses: /rybelsus|口服|tablet|oral/u },
  { id: 'dulaglutide', names: ['度拉糖肽', 'dulaglutide', 'trulicity', '度易达'], every: 'week' },
  { id: 'tirzepatide', names: ['替尔泊肽', 'tirzepatide', 'mounjaro', 'zepbound'], every: 'week' },
];

/** The schedule of a medicine named in lower-cased text, by name (first match). */
export function weeklyOrMonthlyDrugsIn(text: string): { schedule: DrugSchedule; name: string; at: number }[] {
  const t = text.toLowerCase();
  const out: { schedule: DrugSchedule; name: string; at: number }[] = [];
  for (const s of DRUG_SCHEDULES) {
    for (const n of s.names) {
      const at = t.indexOf(n);
      if (at < 0) continue;
      // Latin names are whole words; 氯喹 inside 羟氯喹 (hydroxychloroquine, taken daily) is another medicine.
      if (/^[a-z]/.test(n) && /[a-z]/.test(t[at - 1] ?? '')) continue;
      if (n === '氯喹' && t[at - 1] === '羟') continue;
      out.push({ schedule: s, name: n, at });
      break;
    }
  }
  return out;
}
