// Medicines contraindicated over a SPAN of a population: an age range, a stretch of gestation, breastfeeding. Read by
// safety/screening/population-use.ts against the span a sentence (or the question it answers) states — "toddlers over
// 12 months", "32 weeks pregnant", "孕晚期" — so that a use permitted for "babies over 6 months" is judged by the ages
// it covers, not by whether a listed population word appears. Each row names the label or guidance it encodes; only
// well-established contraindications belong here (a caution or a dose adjustment is not one; the Beers list's "avoid" in
// older adults is one). An indication that makes the use right after all is a row of its own, with its source.

/** Ages in months (birth = 0); gestation in completed weeks. `to` is exclusive. */
export type PopulationSpan =
  | { kind: 'age'; fromMonths: number; toMonths: number }
  | { kind: 'gestation'; fromWeeks: number; toWeeks: number }
  | { kind: 'breastfeeding' };

/**
 * An indication for which the use is right after all (aspirin in Kawasaki disease, warfarin with a mechanical valve,
 * low-dose aspirin from 12 weeks against pre-eclampsia): a row of its own, with the guidance that makes it so.
 */
export interface IndicationException {
  indication: string;
  /** How the indication is named (regex sources, matched on lower-cased, simplified text). */
  names: readonly string[];
  /**
   * Where the indication may be read: 'context' (default) — the sentence, the question it answers or the page's title,
   * for an indication that is the patient's own (a child's Kawasaki disease); 'sentence' — the sentence only, and never
   * where the sentence or the question states an age inside the harmed span, for an indication that belongs to another
   * population (pre-eclampsia is the mother's: "I had pre-eclampsia. My 5 year old has flu, can she have aspirin?" is
   * still a child's aspirin; review s38 a16/a25).
   */
  scope?: 'context' | 'sentence';
  source: string;
}

export interface PopulationContraindication {
  id: string;
  /** The medicine or class, as regex sources (matched on lower-cased, simplified text). */
  drug: readonly string[];
  /** Where it must not be used. */
  harmed: readonly PopulationSpan[];
  /** Indications named in the sentence or its context for which the use is right after all. */
  exceptions?: readonly IndicationException[];
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
    // 阿士匹靈 / 阿斯匹靈 are the Hong Kong and Taiwan spellings, read here in their simplified form (阿士匹灵).
    drug: ['\\b(?:aspirin|acetylsalicylic acid|disprin)\\b', '阿[司士斯]匹[林灵]', '乙酰水杨酸'],
    harmed: [{ kind: 'age', fromMonths: 0, toMonths: years(16) }],
    exceptions: [
      { indication: 'Kawasaki disease', names: ['\\bkawasaki\\b', '川崎'], source: 'AHA 2017 Kawasaki disease statement; BNF for Children' },
      { indication: 'rheumatic fever', names: ['风湿热', '\\brheumatic\\b'], source: 'BNF for Children (aspirin on specialist advice)' },
      {
        // A use in pregnancy, not a child's: 75–150 mg at night from 12 weeks until the birth.
        indication: 'pre-eclampsia prophylaxis',
        scope: 'sentence',
        names: ['\\bpre-?eclamp\\w*', '子痫前期', '子痫', '先兆子痫', '妊娠(?:期)?高血压'],
        source:
          'NICE NG133 (aspirin 75–150 mg daily from 12 weeks for women at risk of pre-eclampsia); ACOG Committee Opinion 743; 中华医学会妊娠期高血压疾病诊治指南 2020',
      },
    ],
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
    // 蜜糖 is the Cantonese word.
    drug: ['\\bhoney\\b', '蜂蜜', '蜜糖'],
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
    exceptions: [
      {
        indication: 'anthrax or plague',
        names: ['\\banthrax\\b', '\\bplague\\b', '炭疽', '鼠疫'],
        source: "Ciprofloxacin / levofloxacin FDA labels (the labels' paediatric indications: inhalational anthrax, plague)",
      },
    ],
    harm: 'fluoroquinolones under 18: cartilage / tendon damage',
    source: 'NMPA fluoroquinolone labels (18岁以下禁用); FDA labels (not first choice in children: musculoskeletal harm)',
  },
  {
    id: 'warfarin-pregnancy',
    drug: ['\\b(?:warfarin|coumadin)\\b', '华法林'],
    harmed: [{ kind: 'gestation', fromWeeks: 0, toWeeks: OPEN_END }],
    exceptions: [
      {
        indication: 'mechanical heart valve',
        names: ['\\bmechanical (?:heart )?valves?\\b', '机械瓣'],
        source: 'ESC 2018 guidelines on cardiovascular disease in pregnancy (warfarin may continue with a mechanical valve)',
      },
    ],
    harm: 'warfarin in pregnancy: warfarin embryopathy, fetal bleeding',
    source: 'Warfarin label (contraindicated in pregnancy except with mechanical heart valves); RCOG',
  },
  // Older adults (age 65 and over): the Beers list's "avoid" rows for medicines sold or prescribed as a routine choice.
  {
    id: 'long-acting-sulfonylurea-elderly',
    drug: ['\\b(?:glibenclamide|glyburide|chlorpropamide|daonil|euglucon|diabeta)\\b', '格列本脲', '优降糖', '氯磺丙脲'],
    harmed: [{ kind: 'age', fromMonths: years(65), toMonths: OPEN_END }],
    harm: 'long-acting sulfonylureas in older adults: prolonged, severe hypoglycaemia',
    source: 'AGS Beers Criteria 2023 (avoid glyburide/glibenclamide and chlorpropamide); 中国老年2型糖尿病防治临床指南 2022 (老年患者避免使用格列本脲)',
  },
  {
    id: 'sedating-antihistamine-elderly',
    // Beers 2023 names the class; the ones sold over the counter or prescribed as routine: chlorphenamine (Piriton,
    // 扑尔敏), promethazine (Phenergan, 异丙嗪), dimenhydrinate, cyproheptadine, clemastine, triprolidine, meclizine.
    drug: [
      '\\b(?:diphenhydramine|doxylamine|hydroxyzine|nytol|unisom|chlorphenamine|chlorpheniramine|dexchlorpheniramine|piriton|promethazine|phenergan|dimenhydrinate|cyproheptadine|clemastine|triprolidine|brompheniramine|meclizine|meclozine)\\b',
      '苯海拉明',
      '多西拉敏',
      '羟嗪',
      '氯苯那敏',
      '扑尔敏',
      '异丙嗪',
      '非那根',
      '茶苯海明',
      '晕海宁',
      '赛庚啶',
      '氯马斯汀',
      '曲普利啶',
      '美克洛嗪',
    ],
    harmed: [{ kind: 'age', fromMonths: years(65), toMonths: OPEN_END }],
    harm: 'strongly anticholinergic first-generation antihistamines in older adults: confusion, delirium, falls, urinary retention',
    source:
      'AGS Beers Criteria 2023 (avoid first-generation antihistamines: chlorpheniramine, cyproheptadine, dimenhydrinate, diphenhydramine, doxylamine, hydroxyzine, meclizine, promethazine, triprolidine…); STOPP/START v3',
  },
];

/** Does a stated span overlap a harmed span? */
export function spansOverlap(a: PopulationSpan, b: PopulationSpan): boolean {
  if (a.kind === 'breastfeeding' || b.kind === 'breastfeeding') return a.kind === b.kind;
  if (a.kind === 'age' && b.kind === 'age') return a.fromMonths < b.toMonths && b.fromMonths < a.toMonths;
  if (a.kind === 'gestation' && b.kind === 'gestation') return a.fromWeeks < b.toWeeks && b.fromWeeks < a.toWeeks;
  return false;
}
