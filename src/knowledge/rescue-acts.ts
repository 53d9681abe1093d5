// The rescue act of an acute emergency and the medicine it is done with: for a few emergencies first aid is ONE act
// on ONE medicine by ONE route, taught the same everywhere — chew aspirin in a heart attack, nitrate under the tongue
// in an angina attack, adrenaline into the outer thigh in anaphylaxis, the reliever inhaler in an asthma attack,
// naloxone sprayed into the nose in an opioid overdose. The act (the route or role word) names which medicine belongs
// in it, so an answer that does the act with another medicine ("chew one 400 mg ibuprofen", "大腿前外侧肌肉注射苯海拉明",
// "舌下含服硝苯地平", "your reliever (fluticasone)") has swapped the drug whatever else it says.
// Written once from the references in SOURCE, not from any batch. Molecules are the keys medicine-mentions.ts gives;
// `otherNames` are molecules its table does not know that this reader must still see in an act (a preventer inhaler,
// naltrexone): this reader's own list, no shared list is widened.
export type EmergencyId = 'heart-attack' | 'angina-attack' | 'anaphylaxis' | 'asthma-attack' | 'opioid-overdose';

export interface RescueAct {
  emergency: EmergencyId;
  /** Names of the emergency (regex sources, matched on lower-case simplified text); one must be in the question or answer. */
  names: readonly string[];
  /** The act (regex sources): a route or role word that makes the medicine in its clause THE rescue medicine. */
  acts: readonly string[];
  /** Molecules right in the act (medicine-mentions keys). */
  rescue: readonly string[];
  /** Molecules also given in the act by some guideline or custom (not a swap). */
  accepted?: readonly string[];
  /**
   * The moment of the rescue (regex sources), needed in the act's SENTENCE when the act word alone is everyday use
   * (puffs of an inhaler are daily treatment too; "during an attack", a repeat every few seconds or minutes are not).
   */
  when?: readonly string[];
  /** A state that must also be named in the question or the answer (the overdose, beside the opioid). */
  state?: readonly string[];
  /** Where the medicine and the act must meet: one clause (default), or one sentence (a first-choice claim whose drug
   *  and route are in two clauses: "首选药物为地塞米松，成人10毫克肌内注射"). */
  scope?: 'clause' | 'sentence';
  /** The emergency must be named in the question or the act's own sentence (not anywhere in the answer). */
  namedNear?: boolean;
}

export const SOURCE =
  'AHA/ACC 2023 chronic coronary disease and 2025 ACS guidelines (aspirin chewed, sublingual nitroglycerin); 中国急性冠脉综合征急诊快速诊治指南 (2019); WAO 2020 and Resuscitation Council UK 2021 anaphylaxis (IM adrenaline, outer thigh); GINA 2024 (SABA or ICS-formoterol reliever); WHO 2014 community management of opioid overdose (intranasal naloxone)';

const CARDIAC = [
  '心梗',
  '心肌梗死',
  '心肌梗塞',
  '急性冠脉综合征',
  '胸痛',
  '心绞痛',
  '冠心病',
  'heart attack',
  'chest pain',
  'angina',
  'myocardial infarction',
  'coronary',
];

export const RESCUE_ACTS: readonly RescueAct[] = [
  {
    emergency: 'heart-attack',
    names: ['心梗', '心肌梗死', '心肌梗塞', '急性冠脉综合征', 'heart attack', 'myocardial infarction', '心脏病发'],
    // "chewable" is a dosage form, not the act.
    acts: ['\\bchew(?:ed|ing|s)?\\b(?!able)', '嚼服', '嚼碎', '嚼一', '嚼两', '嚼着'],
    rescue: ['阿司匹林'],
    accepted: ['硝酸甘油', '硝酸异山梨酯', '速效救心丸', '复方丹参滴丸'],
  },
  {
    emergency: 'angina-attack',
    names: CARDIAC,
    acts: ['舌下', '\\bunder (?:the|your|his|her) tongue\\b', '\\bsublingual(?:ly)?\\b'],
    rescue: ['硝酸甘油'],
    // Isosorbide dinitrate is given under the tongue as well; the two TCM pills are standard Chinese first aid.
    // Isosorbide MONOnitrate is a slow-release daily tablet, never given under the tongue in an attack.
    accepted: ['硝酸异山梨酯', '速效救心丸', '复方丹参滴丸'],
  },
  {
    emergency: 'anaphylaxis',
    names: ['过敏性休克', '严重过敏', '严重的过敏', '喉头水肿', '\\banaphyla\\w*', 'severe allerg\\w*', 'allergic shock'],
    acts: [
      '大腿[^，。；,;]{0,4}(?:外侧|前外侧|中部)',
      '自动注射笔',
      '注射笔',
      '\\bauto-?injector\\b',
      '\\b(?:into|in) (?:the|his|her|your|their) (?:(?:outer|upper|mid|middle|front|side|lateral|anterolateral)[- ]?){0,3}thighs?\\b',
      '\\bthigh muscle\\b',
    ],
    rescue: ['肾上腺素'],
  },
  {
    emergency: 'asthma-attack',
    names: ['哮喘', '气喘', '\\basthma\\w*', 'wheez\\w*', '喘息', '慢阻肺', '慢性阻塞性肺', '\\bcopd\\b'],
    acts: [
      '\\breliever(?: inhaler| puffer| spray)?\\b',
      '\\brescue (?:inhaler|puffer|spray|medicine|medication)\\b',
      '急救(?:用)?(?:吸入|喷|气雾)',
      '缓解(?:用)?(?:吸入剂|喷剂|气雾剂)',
    ],
    rescue: ['沙丁胺醇', '特布他林'],
    // Ipratropium beside a SABA; budesonide-formoterol as the reliever (GINA track 1, "SMART").
    accepted: ['异丙托溴铵', '布地奈德福莫特罗', '福莫特罗'],
  },
  {
    // "The first-line / 首选 drug … injected": the first-choice role of anaphylaxis care with an injection route. Read only
    // where the question or the sentence itself names anaphylaxis (a severe RASH answered "首选氯雷他定，严重时肌注地塞米松"
    // is no anaphylaxis answer, even if a later sentence mentions shock).
    emergency: 'anaphylaxis',
    names: ['过敏性休克', '喉头水肿', '\\banaphyla\\w*', 'allergic shock'],
    namedNear: true,
    scope: 'sentence',
    acts: ['肌内注射', '肌肉注射', '肌注', '静脉注射', '静脉推注', '静推', '\\binject\\w*', '\\bintramuscular\\w*', '\\bintravenous\\w*'],
    when: ['首选', '第一线', '一线', '\\bfirst[- ]line\\b', '\\bfirst[- ]choice\\b', '\\bdrug of choice\\b', 'the most important (?:drug|medicine|step)'],
    rescue: ['肾上腺素'],
  },
  {
    // The inhaled act in the attack itself: an inhaler used "during an attack", or repeated at an interval of seconds or
    // minutes (every 30–60 seconds, 每20分钟) — no controller is ever dosed that way. 吸 is the act, not 吸氧/吸收/吸烟.
    emergency: 'asthma-attack',
    names: ['哮喘', '气喘', '\\basthma\\w*', 'wheez\\w*', '喘息', '慢阻肺', '慢性阻塞性肺', '\\bcopd\\b'],
    acts: ['(?<!呼)吸(?![氧收引管烟毒])入?', '(?<!打)喷(?!嚏)', '雾化', '\\bpuffs?\\b', '\\binhal\\w*', '\\bspacer\\b'],
    when: [
      '发作时',
      '急性发作',
      '发作的时候',
      '加重时',
      '喘不上气',
      '憋喘时',
      '\\b(?:during|in|for) (?:an?|the|his|her|your|this) (?:\\w+ )?(?:attack|flare|exacerbation)',
      '\\bevery \\d+(?:\\s*(?:-|–|to)\\s*\\d+)?\\s*(?:seconds|secs|minutes|mins)\\b',
      '每(?:隔)?\\s*\\d+(?:\\s*[-～~到至]\\s*\\d+)?\\s*(?:秒|分钟)',
    ],
    rescue: ['沙丁胺醇', '特布他林'],
    // Nebulised budesonide and ipratropium are given beside the reliever in Chinese exacerbation care; oral or IV
    // steroids and aminophylline are hospital adjuncts, not inhaled.
    accepted: ['异丙托溴铵', '布地奈德福莫特罗', '福莫特罗', '布地奈德', '氨茶碱', '泼尼松', '泼尼松龙', '甲泼尼龙'],
  },
  {
    emergency: 'opioid-overdose',
    names: ['海洛因', '阿片', '吗啡', '芬太尼', '\\bheroin\\b', '\\bopioid\\w*', '\\bopiate\\w*', '\\bfentanyl\\b', '\\boxycodone\\b', '\\bmorphine\\b'],
    // The overdose itself, not the opioid alone (a morphine patient's hay-fever nasal spray is no rescue act).
    state: [
      '\\boverdos\\w*',
      '过量',
      '中毒',
      '叫不醒',
      '昏迷',
      '呼吸(?:很慢|变慢|微弱|抑制|停止|浅慢)',
      '\\bunresponsive\\b',
      '\\b(?:not|barely|stopped|slow|shallow) breathing\\b',
      '\\bpinpoint\\b',
      '\\bblue lips\\b',
    ],
    acts: ['\\bnasal spray\\b', '\\b(?:spray|squirt)\\w* (?:it )?into (?:one|each|a|the|his|her) nostril', '喷鼻', '鼻喷', '鼻腔喷'],
    rescue: ['纳洛酮'],
    accepted: ['纳美芬'],
  },
];

/** Molecules medicine-mentions.ts does not know that a swapped act names (regex source → molecule key). */
export const OTHER_NAMES: Readonly<Record<string, string>> = {
  '\\bfluticasone\\b': '氟替卡松',
  氟替卡松: '氟替卡松',
  '\\bbeclo(?:metasone|methasone)\\b': '倍氯米松',
  倍氯米松: '倍氯米松',
  '\\bsalmeterol\\b': '沙美特罗',
  沙美特罗: '沙美特罗',
  '\\bformoterol\\b': '福莫特罗',
  '\\bnaltrexone\\b': '纳曲酮',
  纳曲酮: '纳曲酮',
  '\\bnalmefene\\b': '纳美芬',
  纳美芬: '纳美芬',
  '\\bisosorbide\\b': '硝酸异山梨酯',
  硝酸异山梨酯: '硝酸异山梨酯',
  消心痛: '硝酸异山梨酯',
  '\\bgtn\\b': '硝酸甘油',
  速效救心丸: '速效救心丸',
  复方丹参滴丸: '复方丹参滴丸',
};
