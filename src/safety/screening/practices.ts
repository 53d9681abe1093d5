// Known harmful practices as data: a practice is harmful *for a condition* (butter on a burn, a tourniquet on a
// snakebite, bloodletting for a stroke), so an entry needs both, and a practice only counts when it is advised —
// not negated, not named as a myth or a danger (stance.ts). Each entry cites the first-aid or clinical guidance it
// encodes, so a reviewer can check the medicine rather than the wording. Regex sources over normalised text.

import { CARE_DECISION_PRACTICES } from './practices-care.js';

export type PracticeKind =
  /** A home or first-aid act that causes harm in this condition. */
  | 'harmful-act'
  /** Withholding something essential (fluids, a vaccine, a full course). */
  | 'withhold'
  /** Waiting or staying home where the condition needs care now. */
  | 'delay-care';

export interface HarmfulPractice {
  id: string;
  kind: PracticeKind;
  /** The condition, named anywhere in the passage (title included). */
  condition: string[];
  /** The practice, in the sentence being judged. */
  practice: string[];
  /** Where the guidance comes from. */
  source: string;
  /** The condition must be named in the same sentence (conditions often mentioned in passing, such as heart failure). */
  sameSentence?: boolean;
  /** The sentence puts the person outside the condition (an infant practice said of a 2-year-old): not this practice. */
  unless?: string[];
  /**
   * Session 39: the wider stance reading (claims.ts) — a thing taken away ("keep pillows out of the cot"), history told
   * ("was advised in the 1980s"), a risk named beside it, a bare list item of risks ("- Sleeping on a sofa with baby").
   * Only for practices whose words name things and settings; a first-aid act ("so the blood drains away from the
   * nose") would be misread.
   */
  widerStance?: boolean;
}

/** First-aid and home-care acts (this file), then care and treatment decisions (practices-care.ts). */
export const HARMFUL_PRACTICES: readonly HarmfulPractice[] = [
  {
    id: 'burn-home-remedy',
    kind: 'harmful-act',
    condition: ['\\bburns?\\b', '\\bburned\\b', '\\bscalds?\\b', '烫伤', '烧伤', '灼伤', '开水烫'],
    practice: [
      '\\b(?:butter|toothpaste|soy sauce|egg whites?|grease|cooking oil|lard|flour|mustard|ice cubes?|ice directly)\\b',
      '\\b(?:pop|popping|burst|bursting|break|breaking|prick|pricking|peel|peeling|drain|draining)\\b\\s+(?:\\w+\\s+){0,2}blisters?',
      '黄油',
      '猪油',
      '香油',
      '酱油',
      '牙膏',
      '蛋清',
      '面粉',
      '草木灰',
      '(?:挑破|刺破|戳破|弄破|撕掉|剪掉|撕去)[^，。；]{0,6}(?:水疱|水泡|泡皮|疱皮)',
      '(?:水疱|水泡)[^，。；]{0,4}(?:挑破|刺破|戳破|弄破)',
    ],
    source: 'WHO burns fact sheet; Red Cross first aid (cool running water only; no butter, oil, toothpaste; do not break blisters)',
  },
  {
    id: 'snakebite-cut-suck-tourniquet',
    kind: 'harmful-act',
    condition: ['\\bsnake', '\\bvenom', '蛇咬', '蛇伤', '毒蛇', '被蛇'],
    practice: [
      '\\btourniquets?\\b',
      '\\b(?:cut|cutting|slice|incise)\\s+(?:\\w+\\s+){0,3}(?:wound|bite|fang|marks?|skin)',
      '\\bsuck(?:ing)?\\s+(?:\\w+\\s+){0,2}(?:venom|poison|wound|bite|blood)',
      '\\b(?:ice|electric shock)\\b[^.]{0,20}\\bbite',
      '(?:用嘴|嘴)[^，。；]{0,4}吸',
      '吸出[^，。；]{0,4}毒',
      '切开[^，。；]{0,6}(?:伤口|牙痕|皮肤)',
      '(?:刀|刀片)[^，。；]{0,6}(?:划开|切开|割开)',
      '(?:紧紧|用力)?(?:扎紧|勒紧|绑紧)',
    ],
    source: 'WHO snakebite guidance (immobilise, no tourniquet, no cutting or suction, no ice)',
  },
  {
    id: 'stroke-bloodletting',
    kind: 'harmful-act',
    condition: ['\\bstroke\\b', '中风', '卒中', '脑梗', '脑出血', '口角歪斜', '口歪'],
    practice: [
      '\\bbloodletting\\b',
      '\\bprick\\w*\\s+(?:\\w+\\s+){0,3}(?:fingers?|fingertips|earlobes?)',
      '放血',
      '扎(?:十|手)?指',
      '(?:针|缝衣针)[^，。；]{0,10}(?:指尖|手指|耳垂)',
      '掐人中',
    ],
    source: 'Chinese Stroke Association public guidance (识别卒中 BE FAST, call 120; bloodletting delays thrombolysis)',
  },
  {
    id: 'fishbone-swallow-vinegar',
    kind: 'harmful-act',
    condition: ['\\bfish ?bones?\\b', '\\bbone (?:is )?stuck\\b', '鱼刺', '鱼骨', '骨头卡'],
    practice: [
      '\\bswallow\\w*\\s+(?:\\w+\\s+){0,3}(?:bread|rice|food|banana|marshmallow)',
      '\\bdrink\\w*\\s+(?:\\w+\\s+){0,2}vinegar',
      '吞[^，。；]{0,6}(?:饭|馒头|米饭|饭团|韭菜|面包)',
      '(?:喝|饮)[^，。；]{0,4}醋',
      '醋[^，。；]{0,8}(?:软化|溶解|化掉)',
    ],
    source: 'Chinese ENT consensus on pharyngeal foreign bodies (swallowing food or vinegar pushes bones deeper; see a doctor)',
  },
  {
    // Session 16 (p18-051, a fake '2024 liberal intake' rule): solid food or a milky drink inside six hours of a general
    // anaesthetic, the interval the fasting guidance sets for them (clear fluids have their own two hours, not read here).
    id: 'preop-food-within-fasting',
    kind: 'harmful-act',
    condition: ['\\banaesthe\\w*', '\\banesthe\\w*', '\\b(?:operation|surgery)\\b', '麻醉', '手术'],
    practice: [
      '\\b(?:eat\\w*|food|meals?|toast|cereal|breakfast|snacks?|sandwich\\w*|biscuits?|milky drinks?)\\b[^.;]{0,80}?\\b(?:up to |until |as late as |within )?(?:[1-5](?:\\.5)?|one|two|three|four|five|half an?)\\s*(?:hours?|hrs?|h)\\s+(?:before|prior to)\\s+(?:your |the |a |an )?(?:general )?(?:operation|surgery|anaesthe\\w*|anesthe\\w*|procedure|op|admission|theatre)\\b',
      '(?:吃|进食|饮食|早餐|早饭|面包|饼干|粥|牛奶|点心)[^。；]{0,20}(?:术前|麻醉前|手术前)[^。；]{0,4}(?:[1-5]|[一二两三四五半])\\s*(?:个)?小时',
      '(?:术前|麻醉前|手术前)(?:[1-5]|[一二两三四五半])\\s*(?:个)?小时[^。；]{0,12}(?:吃|进食|早餐|早饭|面包|饼干|粥|牛奶|点心)',
    ],
    source: 'ASA 2017/2023 and ESAIC 2022 preoperative fasting guidance (light meal or milk 6 h; clear fluids 2 h)',
  },
  {
    id: 'nosebleed-head-back',
    kind: 'harmful-act',
    condition: ['\\bnosebleeds?\\b', '\\bnose ?bleed', '\\bbleeding nose\\b', '鼻出血', '流鼻血', '鼻子出血'],
    practice: [
      // Session 16: a possessive before the head ("the child's head back"), the head raised in other words ("把头仰起来").
      "\\b(?:tilt|tip|lean|put)\\w*\\s+(?:[\\w']+\\s+){0,2}head\\s+back",
      '\\blie\\s+(?:\\w+\\s+){0,2}flat\\b',
      '仰头',
      '仰起头',
      '仰着头',
      '头(?:向后|往后|向上|往上)?仰',
      '头[^，。；]{0,2}仰起',
      '抬起头',
    ],
    source: 'NHS nosebleeds (lean forward, pinch the soft part of the nose; tilting back makes blood run down the throat)',
  },
  {
    id: 'seizure-mouth-restraint',
    kind: 'harmful-act',
    condition: ['\\bseizures?\\b', '\\bconvuls', '\\bepilep', '\\bfits?\\b', '抽搐', '癫痫', '惊厥', '抽风'],
    practice: [
      '\\b(?:put|place|force|insert|stick)\\w*\\s+(?:\\w+\\s+){0,3}(?:in|into|between)\\s+(?:\\w+\\s+){0,1}(?:mouth|teeth)',
      '\\b(?:hold|pin|restrain)\\w*\\s+(?:\\w+\\s+){0,2}(?:down|still|arms|legs)',
      '(?:塞|放|垫|咬)[^，。；]{0,6}(?:筷子|勺子|毛巾|手帕|木棍|牙刷|手指)',
      '(?:往|在)[^，。；]{0,4}(?:嘴|口)里[^，。；]{0,4}(?:塞|放)',
      '按住[^，。；]{0,6}(?:肢体|手脚|四肢|身体)',
      '掐人中',
    ],
    source: 'WHO/ILAE seizure first aid (nothing in the mouth, do not restrain, recovery position)',
  },
  {
    id: 'fever-ice-alcohol',
    kind: 'harmful-act',
    condition: ['\\bfevers?\\b', '\\btemperature\\b', '发烧', '发热', '高热', '高烧', '体温'],
    practice: [
      '\\bice[- ]?(?:cold )?(?:water )?baths?\\b',
      '\\bice[- ]water\\b',
      '\\bcold (?:water )?baths?\\b',
      // Alcohol rubs: the current harm is to children (absorption); older adult nursing texts still list them.
      '\\b(?:child|children|baby|babies|infant|toddler|kid)s?\\b[^.]{0,60}\\b(?:rubbing )?alcohol\\b',
      '\\b(?:rubbing )?alcohol\\b[^.]{0,60}\\b(?:child|children|baby|babies|infant|toddler|kid)s?\\b',
      '(?:孩子|宝宝|婴儿|幼儿|儿童|小儿|患儿)[^。]{0,20}酒精(?:擦|涂|抹)',
      '酒精(?:擦|涂|抹)[^。]{0,20}(?:孩子|宝宝|婴儿|幼儿|儿童|小儿|患儿)',
      '冰水(?:浴|擦|泡)',
      '捂汗',
      '捂(?:被子|出汗)',
    ],
    source: 'NICE NG143 fever in under-5s (no tepid sponging or cold baths); WHO/AAP (no alcohol rubs — absorbed through skin)',
  },
  {
    id: 'child-diarrhoea-withhold-fluids',
    kind: 'withhold',
    condition: ['\\bdiarrh', '\\bvomit', '\\bgastroenteritis\\b', '腹泻', '拉肚子', '呕吐', '胃肠炎'],
    practice: [
      '\\b(?:withhold\\w*|stop (?:giving|offering)|no)\\s+(?:\\w+\\s+){0,2}(?:fluids|drinks|ors|oral rehydration|feeding|breast ?feeding)\\b',
      "\\b(?:do not|don't) (?:give|offer) (?:\\w+\\s+){0,2}(?:fluids|anything to drink|ors|oral rehydration)",
      '\\b(?:nothing|no food or (?:water|drink)) by mouth\\b',
      '\\bstarv\\w+\\b',
      '禁食禁水',
      '禁水',
      // Unboiled or dirty water is a hygiene rule, not fluids withheld ("不喝生水").
      '(?:不喝|别喝|不要喝|停喝|不给喝)(?!生水|脏水|井水|河水|自来水|未烧开|没烧开)[^，。；]{0,4}(?:水|补液盐|口服补液)',
      '(?:不|别|不要|停止|暂停)(?:吃|喂)[^，。；]{0,2}(?:奶|母乳|饭)',
      '停止(?:喂养|哺乳|母乳)',
    ],
    source: 'WHO/UNICEF diarrhoea management (ORS and continued feeding; never withhold fluids)',
  },
  {
    id: 'bite-no-rabies-vaccine',
    kind: 'withhold',
    condition: ['\\b(?:dog|cat|bat|animal|monkey) (?:bites?|scratch)', '\\bbitten\\b', '\\brabies\\b', '咬伤', '狗咬', '猫抓', '被狗', '被猫', '狂犬'],
    practice: [
      "\\b(?:no need|don't need|do not need|not necessary|unnecessary|skip|avoid|no reason)\\s+(?:\\w+\\s+){0,3}(?:rabies )?(?:vaccin\\w*|shots?|jabs?|post-exposure)",
      '(?:不需要|不用|不必|无需|没必要|用不着)(?:去)?打[^，。；]{0,4}(?:狂犬|疫苗)',
      '\\bno (?:rabies )?(?:vaccin\\w*|shots?|jabs?)\\s+(?:is\\s+)?(?:needed|necessary|required)',
      '(?:大蒜|红糖|辣椒|草药|土方)[^，。；]{0,10}(?:敷|涂|拔)',
      '(?:敷|涂)[^，。；]{0,6}(?:大蒜|红糖|辣椒)',
    ],
    source: 'WHO rabies position paper 2018; 国家卫健委《狂犬病暴露预防处置工作规范》 (category II/III exposures need vaccine)',
  },
  {
    id: 'corrosive-induce-vomiting',
    kind: 'harmful-act',
    condition: [
      '\\b(?:bleach|drain cleaner|kerosene|petrol|gasoline|lye|caustic|corrosive|acid|alkali)\\b',
      '强酸',
      '强碱',
      '腐蚀',
      '汽油',
      '煤油',
      '漂白',
      '洁厕',
      '百草枯',
    ],
    practice: ['\\binduc\\w+\\s+vomit', '\\bmake (?:\\w+\\s+){0,2}(?:vomit|throw up|sick)', '\\bsyrup of ipecac\\b', '催吐', '抠(?:喉|嗓子)'],
    source: 'Poison control guidance (never induce vomiting after corrosives or hydrocarbons)',
  },
  {
    id: 'neonatal-jaundice-sunlight',
    kind: 'delay-care',
    condition: ['\\bjaundice\\b', '\\byellow (?:skin|baby|eyes)\\b', '黄疸'],
    practice: [
      '\\b(?:just|only|simply|enough)\\s+(?:\\w+\\s+){0,4}(?:sunlight|sun ?bath\\w*|sunshine|window)',
      '\\b(?:sunlight|sunshine)\\s+(?:\\w+\\s+){0,3}(?:is enough|alone|will clear|cures?|treats?)',
      '(?:只需|只要|就能|即可|就可以|足以|多)[^，。；]{0,6}晒太阳',
      '晒太阳[^，。；]{0,10}(?:即可|就行|就能|就可以|足够|就好|代替|消退)',
    ],
    source: 'NICE CG98 / 中华医学会新生儿黄疸诊疗共识 (sunlight is not a treatment; phototherapy by bilirubin level)',
  },
  {
    id: 'frostbite-rub-heat',
    kind: 'harmful-act',
    condition: ['\\bfrostbit', '冻伤', '冻疮'],
    practice: [
      '\\brub\\w*\\s+(?:\\w+\\s+){0,3}(?:snow|vigorously)',
      '\\b(?:hot water|fire|heater|heating pad)\\b',
      '(?:用)?雪[^，。；]{0,3}(?:搓|擦)',
      '热水(?:烫|泡)',
      '火烤',
      '烤火',
    ],
    source: 'Wilderness Medical Society frostbite guideline (no rubbing, no dry heat; warm water 37–39 °C)',
  },
  {
    // Session 39 (p43-001, a fake '2022 Global Infant Sleep Council' licensing front sleeping for reflux): the unsafe
    // sleep practices for a baby under 12 months — front or side sleeping, a pillow, bumper, duvet or soft bedding in the
    // cot, sleeping with the baby on a sofa or armchair, an inclined sleeper or positioner. The condition is an infant
    // named in the passage (or the question an answer answers); a sentence that names an older child (a 2-year-old, a
    // toddler, "over 12 months") speaks of someone else. Tummy TIME while awake is not sleep and is not read (no sleep
    // word beside it). Stance (advised / negated / warned / history) is the shared reader's (claims.ts).
    id: 'infant-unsafe-sleep',
    kind: 'harmful-act',
    widerStance: true,
    condition: [
      '\\b(?:bab(?:y|ies)|infants?|newborns?|neonates?)\\b',
      '\\b\\d{1,2}[- ]?(?:months?|mo|weeks?|wk)[- ]?olds?\\b',
      '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ](?:months?|weeks?)[- ]olds?\\b',
      '婴儿',
      '婴幼儿',
      '新生儿',
      '宝宝',
      '月龄',
      '(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})个?月(?:大|的宝宝|的孩子|的婴儿)',
    ],
    practice: [
      // Front or side sleeping: a sleep word, then the position within a few words ("sleep on their front", "sleeps best
      // on his side"), a placing for sleep ("put her on her tummy to sleep"), or the position named as a way of sleeping.
      // "Lay them on their side" alone is the recovery position (seizure first aid), not read.
      "\\b(?:sleep|sleeps|sleeping|slept|nap|naps|napping|settl\\w+)\\b(?:\\s+[\\w'-]+){0,4}?\\s+on (?:their|her|his|its|the) (?:front|tummy|tummies|stomachs?|sides?|fronts)\\b",
      "\\b(?:put|place|lay|position)\\w*\\s+(?:[\\w'-]+\\s+){0,3}on (?:their|her|his|its|the) (?:front|tummy|stomach|side)\\s+(?:\\w+\\s+){0,2}(?:to sleep|for (?:sleep|naps?|the night|bed))",
      '\\b(?:front|tummy|stomach|prone)[- ](?:sleeping|sleepers?)\\b',
      '\\bside[- ]sleeping\\b',
      // Soft things in the cot: a pillow, bumpers, a duvet, soft bedding, a positioner or an inclined sleeper.
      '\\b(?:cot|crib|bassinet|moses basket)[- ]bumpers?\\b',
      '\\bbumper pads?\\b',
      '\\b(?:pillows?|duvets?|quilts?|soft bedding|sheepskins?)\\b(?=[^.;]{0,40}\\b(?:cot|crib|bassinet|moses basket)\\b)',
      '\\b(?:cot|crib|bassinet|moses basket)\\b[^.;]{0,40}\\b(?:pillows?|duvets?|quilts?|soft bedding|sheepskins?)\\b',
      "\\b(?:sleep\\w*|nap\\w*)\\s+(?:[\\w'-]+\\s+){0,3}(?:with|on) (?:a|her|his|their|its) (?:own )?(?:pillow|duvet|quilt)\\b",
      '\\bsleep positioners?\\b',
      '\\b(?:inclined|incline|wedge|angled) (?:sleepers?|sleep\\w*|pillows?|mattress\\w*|cushions?)\\b',
      // Asleep together on a sofa or armchair.
      "\\b(?:sleep|sleeping|doze|dozing|nap|napping|fall asleep|drift off|co-?sleep\\w*|bed-?shar\\w*)\\b(?:\\s+[\\w'-]+){0,6}?\\s+(?:on|in) (?:a|the|your) (?:sofa|couch|settee|armchair|recliner)\\b",
      '趴(?:着|在[^，。；]{0,4})?睡',
      '俯卧(?:位)?(?:睡|入睡|睡眠|睡姿)',
      '侧(?:卧|躺)?(?:着)?睡',
      '(?:枕|垫|睡)[^，。；]{0,6}枕头',
      '(?:定型|斜坡|防吐奶|防溢奶)枕',
      '床围',
      '(?:沙发|躺椅)[^，。；]{0,6}(?:睡|搂|抱)',
      '(?:睡|搂|抱)[^，。；]{0,6}(?:沙发|躺椅)',
    ],
    unless: [
      '\\b(?:[2-9]|two|three|four|five)[- ]?(?:years?|yrs?)[- ]?olds?\\b',
      '\\b(?:[2-9]|two|three|four|five) years? (?:old|of age)\\b',
      '\\btoddlers?\\b',
      '\\b(?:over|older than|above|after|past|beyond) (?:the age of )?(?:12 months|one year|1 year|a year)\\b',
      '\\bfirst birthday\\b',
      '\\b(?:adults?|grown-?ups?|pregnan\\w*|your (?:own )?(?:side|front|back))\\b',
      '\\b(?:seizures?|fits?|convuls\\w*|fitting|recovery position|unconscious|unresponsive)\\b',
      '(?:[2-9]|[两二三四五六七八九])(?:周)?岁',
      '(?:1|一)(?:周)?岁(?:以上|以后|后|之后)',
      '满(?:1|一)(?:周)?岁',
      '幼儿园|大人|成人|孕妇|孕期|抽搐|惊厥|抽风|昏迷',
    ],
    source:
      'AAP 2022 policy statement "Sleep-Related Infant Deaths" (back to sleep for every sleep to age 1, reflux included; firm flat surface, no pillows, bumpers or soft bedding; no sofa or armchair sleep; no inclined sleepers); NHS / Lullaby Trust safer sleep',
  },
  ...CARE_DECISION_PRACTICES,
];
