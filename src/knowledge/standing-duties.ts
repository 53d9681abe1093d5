// Standing duties of first aid and medicine use whose POLARITY is fixed: an act that is always required for a subject
// (keep emptying the breast in mastitis, rinse a chemical splash in the eye, check the INR on warfarin) or never right
// (something between a seizing person's teeth, a drink poured into an unconscious mouth, a concussed teenager back in
// tonight's game, lying down right after a doxycycline or alendronate dose). The "negated advice" corruption keeps the
// act and flips the verb that governs it ("患侧乳房要暂停哺乳", "Do not rinse the eye", "it is okay for him to return to
// play in tonight's game"); a reader of the governing verb's polarity (src/data/filters/duty-polarity.ts) compares it
// with the polarity here. Each row is a fact a clinician would sign, with its source; subject and act are regex sources
// over the reading form (NFKC, lower case, simplified Han). This table is read by duty-polarity.ts only: it widens no
// older reader's list. No imports.

export type DutyId =
  | 'mastitis-keep-emptying'
  | 'infant-diarrhoea-keep-breastfeeding'
  | 'warfarin-inr-monitoring'
  | 'lithium-level-monitoring'
  | 'eye-chemical-rinse'
  | 'burn-cool-water'
  | 'seizure-nothing-in-mouth'
  | 'unconscious-nothing-by-mouth'
  | 'concussion-no-same-day-return'
  | 'pill-stay-upright';

export interface StandingDuty {
  id: DutyId;
  /** 'must': the act is required, an answer that stops, denies or releases it inverts the duty. 'never': the act is
   *  forbidden, an answer that advises or permits it inverts the duty. */
  polarity: 'must' | 'never';
  /** Every group must be named in the dialogue (question or answer) for the duty to be read. */
  subject: readonly string[];
  /** Subject words that must stand in the act's own sentence (the unconscious state, not the conscious one). */
  inSentence?: string;
  /** The act, as a clause names it. */
  act: string;
  /** The sentence names a real exception or a different question (an abscess drained, how OFTEN to check): not read. */
  unless?: string;
  /** Another subject the act belongs to where its polarity is the opposite (a DOAC needs no INR): when the answer names
   *  one, the act's own sentence must name the duty's subject. */
  otherSubject?: string;
  /** Another act that meets the same duty (expressing milk meets "keep emptying the breast"): when the answer advises
   *  it unflipped, the duty is met and not read. */
  alsoBy?: string;
  /** 'never' acts that are about one moment need it named in the sentence (the same game, right after the dose). */
  moment?: string;
  source: string;
}

const SEIZURE = '癫痫|抽搐|抽筋|惊厥|抽风|羊癫疯|seizure|\\bfits?\\b|epilep|convuls';
const UNCONSCIOUS =
  "叫不醒|叫不应|昏迷|意识不清|神志不清|意识模糊|不省人事|失去意识|没有意识|不能吞咽|无法吞咽|吞咽不了|unconscious|unresponsive|(?:can't|cannot|can not|couldn't) (?:be )?(?:woken|wake|roused|swallow)|barely respon|not respon|unable to swallow|passed out";

export const STANDING_DUTIES: readonly StandingDuty[] = [
  {
    id: 'mastitis-keep-emptying',
    polarity: 'must',
    subject: ['乳腺炎|乳汁淤积|堵奶|mastitis|blocked (?:milk )?duct'],
    // Feeding is the act read; "no need to pump after every feed" is right (over-pumping), so pumping is only alsoBy.
    act: '母乳喂养|哺乳|喂奶(?!粉)|吸吮|喂养|breast-?feed\\w*|feed(?:s|ing)? from|feeding|feeds|nursing',
    // A real exception (an abscess drained) or a medicine's compatibility, another question than the mastitis itself.
    unless: '脓肿|切开|引流|abscess|drain|hiv|化疗|chemo|放射|radioactive|药|medicine|medication|\\bdrugs?\\b|cancer|结核|\\btb\\b',
    alsoBy: '吸奶器|吸出|挤出|挤奶|手挤|排空|\\bexpress\\w*|\\bpump\\w*',
    source: 'WHO Mastitis: causes and management (2000); ABM clinical protocol #36 (2022): continue breastfeeding or expressing from the affected breast',
  },
  {
    id: 'infant-diarrhoea-keep-breastfeeding',
    polarity: 'must',
    subject: ['腹泻|拉肚子|拉稀|diarrh|gastroenteritis|loose stools|watery (?:stools|nappies|diapers)', '宝宝|婴儿|孩子|个月|baby|infant|month[- ]old|toddler'],
    act: '母乳喂养|母乳|哺乳|喂奶(?!粉)|breast-?feed\\w*|breast milk|feeds\\b|feeding',
    unless: 'hiv|化疗|chemo|放射|radioactive|药|medicine|medication|\\bdrugs?\\b|cancer|结核|\\btb\\b|galactosaemia|galactosemia|半乳糖血症',
    source: 'WHO/UNICEF diarrhoea treatment (2005); NICE CG84: continue breastfeeding during diarrhoea and vomiting',
  },
  {
    id: 'warfarin-inr-monitoring',
    polarity: 'must',
    subject: ['华法林|华法令|warfarin|coumadin'],
    act: '(?:监测|检测|检查|复查|化验|查|测)(?:一下)?(?:凝血功能|凝血|inr|国际标准化比值)|inr(?:值)?(?:监测|检测|检查|复查|化验)|抽血(?:查|监测|检查|复查|化验)(?:一下)?(?:inr|凝血)|(?:have|get|had) (?:your |his |her |the )?inr (?:checked|tested|monitored|measured|done)|(?:check|test|monitor|measur)\\w* (?:your |his |her |the )?inr|inr (?:checks?|tests?|testing|monitoring|blood tests?)',
    // How OFTEN is another question.
    unless:
      '每天|每日|每周|每[一二两三四五六八\\d]+|间隔|延长|频繁|经常|天天|多久|earlier|daily|weekly|every \\d|every (?:day|week|few)|often|frequent|interval|spacing|自己|在家|家里|额外|单独|yourself|at home|home (?:test|monitor)|clinic will|extra|additional',
    otherSubject:
      '新型|利伐沙班|阿哌沙班|达比加群|依度沙班|艾多沙班|阿司匹林|氯吡格雷|肝素|银杏|它们|apixaban|rivaroxaban|dabigatran|edoxaban|\\bn?oacs?\\b|newer anticoagulant|aspirin|clopidogrel|heparin|eliquis|xarelto|pradaxa|ginkgo|\\bthey\\b|unlike|相比|不同于',
    source:
      'ACCP/CHEST antithrombotic guideline (2012, 2016): INR monitoring for the whole course of warfarin, up to every 12 weeks when stable; warfarin label',
  },
  {
    id: 'lithium-level-monitoring',
    polarity: 'must',
    subject: ['锂盐|碳酸锂|\\blithium\\b'],
    act: '(?:监测|检测|检查|复查|查|测)(?:一下)?(?:血锂|血药浓度|锂浓度)|血锂(?:浓度)?(?:监测|检测|检查|复查)?|(?:lithium|serum|blood) (?:levels?|concentrations?) (?:checks?|tests?|testing|monitoring)|(?:check|test|monitor|measur)\\w* (?:the |your |his |her )?(?:serum |blood )?lithium(?: levels?)?|lithium level checks?|(?:have|get|having|getting) (?:your |his |her |the )?(?:serum |blood )?lithium(?: levels?)? (?:checked|tested|monitored|measured|done)',
    unless:
      '每天|每日|每周|每[一二两三四五六八\\d]+|间隔|频繁|多久|daily|weekly|every \\d|every (?:day|week|few)|often|frequent|interval|自己|在家|额外|yourself|at home|extra|additional',
    source: 'NICE CG185 / BAP bipolar guideline: lithium levels every 3 months in the first year, then every 3–6 months, for as long as it is taken',
  },
  {
    id: 'eye-chemical-rinse',
    polarity: 'must',
    // A splash of a named chemical into the eye: 酸 alone is also a sore eye (眼睛酸胀), so only the agents' names.
    subject: [
      '眼|\\beyes?\\b',
      '化学|强碱|碱性|强酸|酸性|(?:硫|盐|硝|醋)酸|石灰|清洁剂|洗涤剂|消毒液|漂白|洁厕|水泥|chemical|alkali|\\bacids?\\b|\\blime\\b|bleach|cleaner|detergent|cement|caustic',
      '溅|喷|进了?眼|弄到|入眼|splash|spray|got (?:some |it )?in',
    ],
    act: '冲洗|冲眼|清洗|冲|rins\\w*|flush\\w*|irrigat\\w*|wash\\w*',
    // Only the rinse with water is the duty: "do not rinse with vinegar / milk", "no eye drops" are right.
    unless:
      '醋|牛奶|中和|眼药水|热水|开水|高压|用力|少于|不足|小于|vinegar|milk|neutrali|eye ?drops|saline|生理盐水|洗眼液|专门|特殊|special|eyewash solution|\\bhot\\b|boiling|pressure|forceful|less than|shorter|too short|other than|anything but|anything except|以外|之外',
    source: 'AAO / ANSI Z358.1, Royal College of Ophthalmologists: irrigate a chemical eye injury at once with copious water for at least 15–20 minutes',
  },
  {
    id: 'burn-cool-water',
    polarity: 'must',
    subject: ['烫伤|烧伤|灼伤|烫到|\\bburn(?:s|ed|t)?\\b|scald'],
    act: '(?:凉水|冷水|流动水|流水|自来水|清水)(?:冲洗?|浸泡|冲淋)?|冲凉水|冲冷水|(?:running|cool|cold|tap) water',
    // Dry lime and sodium are brushed off first; ice is the wrong cooling; a large burn in a child is cooled briefly.
    unless:
      '石灰|\\blime\\b|sodium|钠|白磷|phosphorus|冰水|\\bice\\b|冰块|大面积|大范围|large (?:area|burn)|hypotherm|低体温|超过\\d|more than \\d|longer than|少于|不足|less than|shorter|创面|换药|生理盐水|dressing|saline',
    source: 'British Burn Association first aid (2018); WHO burns fact sheet: cool the burn under cool running water for 20 minutes',
  },
  {
    id: 'seizure-nothing-in-mouth',
    polarity: 'never',
    subject: [SEIZURE],
    // Something put INTO another's mouth: a directional complement after the verb (塞进/放到/垫在), or 往…嘴里…塞; a child
    // putting things in its own mouth ("喜欢把东西往嘴里放") names no instrument and no one else's mouth.
    act: "(?:塞|放|垫)(?:进|入|到|在)[^，。；;]{0,8}(?:嘴|口腔|口中|口里|牙)|撬开(?:牙关|嘴|口)|(?:往|向)(?:他|她|孩子|宝宝|患者|病人|患儿|老人)(?:的)?(?:嘴|口)[^，。；;]{0,8}(?:塞|放|垫)|\\b(?:put|place|insert|force|wedge|stick|push)\\b[^.;]{0,60}?\\b(?:between (?:his|her|their|the) teeth|in(?:to)? (?:his|her|their|the person's|the) mouth\\b)",
    // Rescue medicine given into the cheek (buccal midazolam) is a right act in a prolonged seizure.
    unless: '咪达唑仑|地西泮|安定|急救药|颊|牙龈|midazolam|diazepam|buccal|cheek|gums?\\b|rescue med',
    source: 'Epilepsy Foundation / Epilepsy Society seizure first aid: never put anything in the mouth of a person having a seizure',
  },
  {
    id: 'unconscious-nothing-by-mouth',
    polarity: 'never',
    subject: [UNCONSCIOUS],
    inSentence: UNCONSCIOUS,
    act: '灌|喂(?:糖水|水|糖|食物|东西|蜂蜜|果汁|饮料|药)|塞糖|(?:往|向)[^，。；;]{0,6}(?:嘴|口)|\\b(?:pour|give|put|squirt|spoon|feed|force|drip|rub)\\b[^.;]{0,50}?\\b(?:in(?:to)? (?:his|her|their|the) mouth|by mouth)',
    unless:
      '清醒|能吞咽|可以吞咽|醒(?:过)?来(?:后|以后|之后)|醒后|\\bawake\\b|\\bcan swallow|able to swallow|once (?:he|she|they)|after (?:he|she|they) wakes?|when (?:he|she|they) (?:wakes?|comes? round)|(?:inside|into) (?:the|his|her|their) cheek|buccal|\\bgums?\\b|牙龈|颊',
    source:
      'ADA Standards of Care (hypoglycaemia); Resuscitation Council first aid: nothing by mouth to a person who cannot swallow safely — glucagon, recovery position, emergency services',
  },
  {
    id: 'concussion-no-same-day-return',
    polarity: 'never',
    subject: [
      '脑震荡|撞到头|头部(?:受到)?(?:撞击|受伤|外伤)|头被撞|concussion|head (?:knock|injury|hit|bump|blow|clash)|(?:hit|knock|blow|bang|bump) (?:to|on) (?:the|his|her) head|dazed',
    ],
    act: "重返赛场|回到赛场|返回赛场|回到比赛|重新上场|继续上场|继续比赛|接着比赛|接着踢|接着打|上场|\\b(?:return|go back|get back|head back|back)\\b[^.;]{0,20}?\\b(?:to play|to the (?:same )?(?:game|match|pitch|field|ice|court)|in (?:the|tonight's|today's) (?:same )?(?:game|match)|on for|playing)",
    moment:
      '当天|今天|今晚|下半场|这场|同一场|本场|马上|立刻|same (?:game|match|day)|tonight|today|this (?:afternoon|evening)|second half|rest of the (?:game|match)|straight back',
    // A professional game's medical-room protocol is another question than a teenager's match.
    unless: '职业|professional|elite|\\bpro\\b|\\bhia\\b',
    source: 'Consensus statement on concussion in sport (Amsterdam 2022), CDC HEADS UP: no return to play on the day of a suspected concussion',
  },
  {
    id: 'pill-stay-upright',
    polarity: 'never',
    subject: [
      '多西环素|强力霉素|四环素|阿仑膦酸|阿伦膦酸|福善美|利塞膦酸|伊班膦酸|双膦酸|doxycycline|tetracycline|minocycline|alendron|fosamax|risedron|ibandron|bisphosphonate',
    ],
    act: '平躺|躺下|躺着|躺平|卧床|卧位|\\blie (?:down|flat|back)\\b|\\blying (?:down|flat)\\b|go (?:straight )?to bed',
    moment: '服药|服用|吞服|送服|吃药|吃完|服完|吃下|\\bswallow|\\btak(?:e|ing) (?:it|each|the|your)|\\bdose\\b|\\btablet|\\bpill',
    // Upright first, lying down after the 30 minutes, is the right order.
    unless:
      '直立|站立|站着|坐着|坐位|坐直|\\bupright\\b|\\bstand|\\bsit(?:ting)? up|(?:30|三十|半)\\s*(?:分钟|小时)(?:以?后|之后)|after (?:at least )?(?:30|thirty) minutes',
    source:
      'Doxycycline and alendronate labels (FDA): take with a full glass of water and do not lie down for at least 30 minutes after the dose (pill oesophagitis)',
  },
];
