// Medicines contraindicated over a SPAN of a population: an age range, a stretch of gestation, breastfeeding. Read by
// safety/screening/population-use.ts against the span a sentence (or the question it answers) states — "toddlers over
// 12 months", "32 weeks pregnant", "孕晚期" — so that a use permitted for "babies over 6 months" is judged by the ages
// it covers, not by whether a listed population word appears. Each row names the label or guidance it encodes; only
// well-established contraindications belong here (a caution or a dose adjustment is not one).

/** Ages in months (birth = 0); gestation in completed weeks. `to` is exclusive. */
export type PopulationSpan =
  | { kind: 'age'; fromMonths: number; toMonths: number }
  | { kind: 'gestation'; fromWeeks: number; toWeeks: number }
  | { kind: 'breastfeeding' };

export interface PopulationContraindication {
  id: string;
  /** The medicine or class, as regex sources (matched on lower-cased, simplified text). */
  drug: readonly string[];
  /** Where it must not be used. */
  harmed: readonly PopulationSpan[];
  /** Context in which the use is right after all (aspirin in Kawasaki disease, warfarin with a mechanical valve). */
  unless?: readonly string[];
  /** What the harm is, for the held claim's reason. */
  harm: string;
  source: string;
}

/** No upper bound on age (months) or gestation (weeks). */
export const OPEN_END = 100_000;
const years = (n: number) => n * 12;

export const POPULATION_CONTRAINDICATIONS: readonly PopulationContraindication[] = [
  {
    id: 'nsaid-from-20-weeks',
    drug: [
      '\\b(?:ibuprofen|naproxen|diclofenac|indomethacin|ketorolac|meloxicam|celecoxib|nsaids?|non-steroidal anti-inflammator\\w*|anti-inflammator(?:y|ies)(?: painkillers?| drugs?| medicines?| tablets?)?|advil|nurofen|motrin|brufen)\\b',
      '布洛芬',
      '芬必得',
      '萘普生',
      '双氯芬酸',
      '扶他林',
      '吲哚美辛',
      '消炎痛',
      '美洛昔康',
      '塞来昔布',
      '非甾体',
    ],
    harmed: [{ kind: 'gestation', fromWeeks: 20, toWeeks: OPEN_END }],
    harm: 'NSAIDs from 20 weeks of pregnancy: fetal kidney injury / oligohydramnios, early closure of the ductus arteriosus',
    source: 'FDA Drug Safety Communication 2020 (avoid NSAIDs at 20 weeks or later); MHRA / BNF (avoid in third trimester)',
  },
  {
    id: 'loperamide-under-12',
    drug: ['\\b(?:loperamide|imodium|diocalm|arret)\\b', '洛哌丁胺', '易蒙停', '苯丁哌胺'],
    harmed: [{ kind: 'age', fromMonths: 0, toMonths: years(12) }],
    harm: 'loperamide in young children: paralytic ileus, CNS and respiratory depression; treatment is fluids / ORS',
    source: 'FDA loperamide label (contraindicated under 2 years); MHRA / NMPA OTC labels (not for children under 12 without medical advice)',
  },
  {
    id: 'aspirin-under-16',
    drug: ['\\b(?:aspirin|acetylsalicylic acid|disprin)\\b', '阿司匹林', '乙酰水杨酸'],
    harmed: [{ kind: 'age', fromMonths: 0, toMonths: years(16) }],
    unless: ['\\bkawasaki\\b', '川崎', '风湿热', '\\brheumatic\\b'],
    harm: 'aspirin under 16: Reye syndrome',
    source: 'MHRA / BNF for Children (no aspirin under 16 except on specialist advice)',
  },
  {
    id: 'codeine-tramadol-under-12-breastfeeding',
    drug: ['\\b(?:codeine|tramadol|co-codamol)\\b', '可待因', '曲马多'],
    harmed: [{ kind: 'age', fromMonths: 0, toMonths: years(12) }, { kind: 'breastfeeding' }],
    harm: 'codeine / tramadol under 12 and while breastfeeding: ultra-rapid metabolism, fatal respiratory depression',
    source: 'FDA 2017 Drug Safety Communication; EMA/MHRA 2013 (contraindicated under 12 and in breastfeeding mothers)',
  },
  {
    id: 'honey-under-12-months',
    drug: ['\\bhoney\\b', '蜂蜜'],
    harmed: [{ kind: 'age', fromMonths: 0, toMonths: 12 }],
    harm: 'honey under 12 months: infant botulism',
    source: 'AAP / WHO (no honey before 12 months)',
  },
  {
    id: 'promethazine-under-2',
    drug: ['\\b(?:promethazine|phenergan)\\b', '异丙嗪', '非那根'],
    harmed: [{ kind: 'age', fromMonths: 0, toMonths: 24 }],
    harm: 'promethazine under 2 years: fatal respiratory depression',
    source: 'FDA boxed warning (contraindicated in children under 2 years)',
  },
  {
    id: 'fluoroquinolone-under-18',
    drug: ['\\b(?:ciprofloxacin|levofloxacin|moxifloxacin|ofloxacin|norfloxacin|fluoroquinolones?)\\b', '沙星', '喹诺酮'],
    harmed: [{ kind: 'age', fromMonths: 0, toMonths: years(18) }],
    // Anthrax and plague are the label's paediatric indications.
    unless: ['\\banthrax\\b', '\\bplague\\b', '炭疽', '鼠疫'],
    harm: 'fluoroquinolones under 18: cartilage / tendon damage',
    source: 'NMPA fluoroquinolone labels (18岁以下禁用); FDA labels (not first choice in children: musculoskeletal harm)',
  },
  {
    id: 'warfarin-pregnancy',
    drug: ['\\b(?:warfarin|coumadin)\\b', '华法林'],
    harmed: [{ kind: 'gestation', fromWeeks: 0, toWeeks: OPEN_END }],
    unless: ['\\bmechanical (?:heart )?valves?\\b', '机械瓣'],
    harm: 'warfarin in pregnancy: warfarin embryopathy, fetal bleeding',
    source: 'Warfarin label (contraindicated in pregnancy except with mechanical heart valves); RCOG',
  },
];

/** Does a stated span overlap a harmed span? */
export function spansOverlap(a: PopulationSpan, b: PopulationSpan): boolean {
  if (a.kind === 'breastfeeding' || b.kind === 'breastfeeding') return a.kind === b.kind;
  if (a.kind === 'age' && b.kind === 'age') return a.fromMonths < b.toMonths && b.fromMonths < a.toMonths;
  if (a.kind === 'gestation' && b.kind === 'gestation') return a.fromWeeks < b.toWeeks && b.fromWeeks < a.toWeeks;
  return false;
}
