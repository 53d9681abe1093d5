// The product's own first-aid knowledge read as acts (session 15, #10): each step of the emergency guidance
// (guidance.ts, the one home of what to do and not do while help comes) as an act a sentence can be checked against —
// a verb with its object, for the emergencies it belongs to, and its direction: recommended (`do`) or forbidden
// (`dont`). guidance-acts.test.ts checks every act against the guidance item it reads, so the table cannot drift
// from the pages the knowledge base cites.
//
// Why: the advice gate reads a prohibition of a first-aid step as pointing toward safety, and a referral as care —
// so 'Do not cool a burn with water', '不要按压出血的伤口', 'Never call an ambulance for a seizure' and 'If you have stroke
// signs, see your GP next week' left an answer as advice, and a dosed step the question's urgency released ('咬碎一片硝苯
// 地平含在舌下') was never checked against what the product itself says not to do in that emergency. A sentence that
// forbids what the product's guidance recommends for the emergency it names, does what it forbids, or sends that
// emergency to non-urgent care contradicts the product's own knowledge. Pure: text in, a reading out.
import { escapeRegExp } from '../../core/regex.js';
import { triage } from '../triage.js';
import { EMERGENCY_GUIDANCE } from './guidance.js';
import { RED_FLAG_RULES } from './rules.js';
import { SAID_AS } from './said-as.js';

export type GuidanceId = keyof typeof EMERGENCY_GUIDANCE;

export interface GuidanceAct {
  id: string;
  /** Recommended by the guidance (forbidding it contradicts it) or forbidden by it (doing it contradicts it). */
  direction: 'do' | 'dont';
  /** The emergencies whose guidance states it; `all`: every emergency's (calling for help). */
  for: readonly GuidanceId[] | 'all';
  /** The act in a clause: its verb with its object, either order. */
  en: RegExp;
  zh: RegExp;
  /** The guidance item it reads (a fragment of the English item, checked by the test). */
  item: string;
  /**
   * `self`: the act names its emergency by itself (pressing on a bleeding wound, CPR, an adrenaline pen) and needs no
   * other word for it; `own`: only an emergency the sentence itself names or triage fired counts, not the page's
   * topic (a medicine for "heavy bleeding" on a page about periods is not a medicine in a haemorrhage).
   */
  scope?: 'self' | 'own';
  /**
   * The state in which the guidance does not ask for a recommended step (its item's own condition turned round: CPR is
   * for someone not breathing normally, the pen for a severe reaction): forbidding the step in that state agrees.
   */
  notWhen?: RegExp;
  /** The state the guidance forbids the act in (by mouth only to someone not fully awake): the sentence must say it. */
  onlyWhen?: RegExp;
}

const ALL_MEDICINE_EN =
  '\\b(?:medicines?|medications?|pills?|tablets?|painkillers?|aspirin|ibuprofen|paracetamol|acetaminophen|naproxen|nifedipine|captopril|sedatives?|sleeping pills?|laxatives?|fever (?:medicine|reducers?)|blood[- ]pressure (?:pills?|tablets?|medicines?))\\b';
const ALL_MEDICINE_ZH = '药|片|阿司匹林|布洛芬|对乙酰氨基酚|扑热息痛|硝苯地平|卡托普利|止痛|退烧|退热|镇静|安眠|泻';

export const GUIDANCE_ACTS: readonly GuidanceAct[] = [
  {
    id: 'call-for-help',
    direction: 'do',
    for: 'all',
    en: /\b(?:call|dial|ring|phone)(?:s|ed|ing)?\s+(?:for\s+)?(?:an?\s+|the\s+|your\s+(?:local\s+)?)?(?:120|911|999|112|000|ambulance|emergency|paramedics)\b|\b(?:go|going|get|take \w+|bring \w+)\s+(?:straight\s+)?to\s+(?:the\s+|an?\s+|your nearest\s+|the nearest\s+)?(?:emergency department|emergency room|a&e|er|ed|hospital)\b|\b(?:an?\s+|the\s+)?(?:ambulance|paramedics)\b/u,
    zh: /(?:拨打|打|叫|呼叫)\s*(?:120|999|911|112|急救|救护车)|(?:去|到|送|前往)(?:医院)?急诊|(?:去|送|到)医院|救护车/u,
    item: 'Call the emergency number',
  },
  {
    id: 'cpr',
    direction: 'do',
    for: ['unconscious-seizure', 'chest-pain-cardiac', 'severe-breathing-difficulty', 'pulmonary-embolism'],
    en: /\b(?:cpr|chest compressions?|resuscitat\w*|aed|defibrillat\w*)\b/u,
    zh: /心肺复苏|胸外按压|人工呼吸|除颤|AED/iu,
    item: 'start CPR',
    scope: 'self',
    notWhen:
      /\b(?:breathing (?:normally|fine|well|on (?:their|his|her) own)|is breathing|are breathing|conscious|responsive|awake|alert|talking)\b|有呼吸|呼吸正常|清醒|有意识|能说话/u,
  },
  {
    id: 'press-on-wound',
    direction: 'do',
    for: ['severe-bleeding', 'head-injury-danger'],
    en: /\b(?:press\w*|pressure|squeez\w*)\b[^.;]{0,40}\b(?:wounds?|cuts?|bleed\w*|pads?|cloth|gauze|dressings?)\b|\b(?:wounds?|cuts?|bleed\w*)\b[^.;]{0,20}\bpress\w*\b/u,
    zh: /(?:按压|压迫|压住|按住|加压|压(?=[^，。；,;]{0,2}(?:伤口|出血)))[^，。；,;]{0,10}(?:伤口|出血|纱布|布)|(?:伤口|出血)[^，。；,;]{0,10}(?:按压|压迫|压住|加压)/u,
    item: 'press hard directly on it',
    scope: 'self',
  },
  {
    id: 'cool-burn-with-water',
    direction: 'do',
    for: ['severe-burn-electric'],
    en: /\b(?:cool\w*|run\w*|rins\w*|flush\w*|hold\w*|put\w*|plac\w*|pour\w*|soak\w*|immers\w*)\b[^.;]{0,40}\b(?:water|tap)\b|\bcool\w*\b[^.;]{0,20}\bburns?\b/u,
    zh: /(?:冲|冲洗|浸泡|泡|淋|降温)[^，。；,;]{0,10}水(?![疱泡])|(?:凉|冷|清|流动的?)水[^，。；,;]{0,10}(?:冲|冲洗|浸泡|泡|淋)|冷却/u,
    item: 'Cool the burn under cool running water',
    notWhen: /\b(?:hot|warm|boiling|scalding) water\b|热水|温水|开水/u,
  },
  {
    id: 'rinse-eye',
    direction: 'do',
    for: ['severe-burn-electric'],
    en: /\b(?:rins\w*|flush\w*|wash\w*|irrigat\w*)\b[^.;]{0,30}\b(?:eyes?|eyelids?)\b|\b(?:eyes?|eyelids?)\b[^.;]{0,60}\b(?:rins\w*|flush\w*|irrigat\w*)\b/u,
    zh: /冲洗[^。；;]{0,6}眼|眼[^。；;]{0,20}冲洗/u,
    item: 'rinse with running water',
  },
  {
    id: 'recovery-position',
    direction: 'do',
    for: ['unconscious-seizure', 'poisoning-overdose', 'diabetic-emergency', 'head-injury-danger', 'severe-bleeding', 'stroke-signs'],
    en: /\b(?:on (?:their|his|her|its|the) side|recovery position)\b/u,
    zh: /侧卧|复原体位|侧躺/u,
    item: 'on their side',
    notWhen: /\b(?:neck|spine|spinal|back injury)\b|颈|脊/u,
  },
  {
    id: 'adrenaline',
    direction: 'do',
    for: ['anaphylaxis'],
    en: /\b(?:epi-?pens?|auto-?injectors?|adrenaline|epinephrine)\b/u,
    zh: /肾上腺素|自动注射笔/u,
    item: 'auto-injector is available, use it',
    scope: 'self',
    notWhen: /\b(?:itch\w*|rash alone|hives only|only hives|expired|out of date)\b|只是痒|只有皮疹|过期/u,
  },
  {
    id: 'sugar-for-low',
    direction: 'do',
    for: ['diabetic-emergency'],
    en: /\b(?:sugary|sugar|glucose|sweet)\b[^.;]{0,20}\b(?:drinks?|juice|tablets?|gel|sweets|candy)\b|\b(?:give|take|eat|drink)\b[^.;]{0,20}\b(?:sugar|glucose)\b/u,
    zh: /(?:糖水|含糖饮料|葡萄糖|果汁|糖果|吃糖|喝糖)/u,
    item: 'give a sugary drink or glucose',
  },
  {
    id: 'object-in-mouth',
    direction: 'dont',
    for: ['unconscious-seizure'],
    en: /\b(?:put\w*|plac\w*|insert\w*|push\w*|forc\w*|wedg\w*|slid\w*|stick\w*|stuff\w*|jam\w*)\b[^.;]{0,60}\b(?:in|into|between|inside)\b[^.;]{0,20}\b(?:mouth|teeth|jaws?|gums)\b|\b(?:bite|biting|clamp\w*) (?:down )?on (?:a|an|the|some) (?:spoon|stick|cloth|towel|wallet|belt|pencil)\b/u,
    zh: /(?:往|在)?(?:嘴|口)(?:里|中|内)[^，。；,;]{0,6}(?:塞|放|垫)|(?:嘴巴?|口)[^，。；,;]{0,4}(?:塞|放|垫)|撬开[^，。；,;]{0,4}(?:嘴|口|牙)|(?:塞|放|垫|咬)[^，。；,;]{0,10}(?:嘴|口腔|口中|牙|齿)|咬(?:住|着)?[^，。；,;]{0,4}(?:毛巾|勺|筷|布|木棍)/u,
    item: 'Do not put anything in the mouth',
  },
  {
    id: 'by-mouth-not-awake',
    direction: 'dont',
    for: ['unconscious-seizure', 'diabetic-emergency'],
    en: /\b(?:give|giving|feed|feeding|pour|pouring|spoon|spooning|get|getting)\b[^.;]{0,30}\b(?:food|drinks?|water|anything|sugar\w*|sweets|juice|glucose|honey|something)\b|\bby mouth\b/u,
    zh: /(?:喂|给|灌)[^，。；,;]{0,10}(?:水|糖|药|食|东西|吃|喝)/u,
    onlyWhen:
      /\b(?:unconscious|unresponsive|not (?:fully )?(?:awake|conscious|responding)|pass(?:es|ed|ing)? out|(?:can't|cannot|can not|unable to|not able to) swallow|drowsy|seizing|fitting|having a (?:seizure|fit)|in a coma)\b|昏迷|意识不清|失去意识|叫不醒|不清醒|没有完全清醒|抽搐时|昏过去|晕过去|晕倒|不能吞咽|无法吞咽|咽不下/u,
    item: 'to someone who is not fully awake',
    // The state it needs is told in the sentence itself (onlyWhen): feeding someone not awake is the hazard whatever
    // brought it on, so no emergency needs naming (session 17: 'If they pass out, pour orange juice … into their mouth'
    // on a hypo page stood, since neither 'pass out' nor the page named an emergency the guidance is written for).
    scope: 'self',
  },
  {
    id: 'hold-down',
    direction: 'dont',
    for: ['unconscious-seizure'],
    en: /\b(?:hold|holding|pin|pinning)\s+(?:\w+\s+){0,2}down\b|\brestrain\w*\b/u,
    zh: /(?:按住|约束|压住|摁住|按压)[^，。；,;]{0,6}(?:肢体|手脚|四肢|身体|他|她|孩子|患者)/u,
    item: 'Do not hold the person down',
  },
  {
    id: 'burn-home-remedy',
    direction: 'dont',
    for: ['severe-burn-electric'],
    // A remedy applied, not named: "toothpaste has no cooling benefit" describes it.
    en: /\b(?:use|using|apply|applying|put|putting|rub|rubbing|spread|spreading|smear\w*|press|pressing|hold|holding|cover|covering|dab\w*|pour\w*)\b[^.;]{0,30}\b(?:ice|iced water|ice water|ice cubes?|toothpaste|butter|oils?|grease|lard|margarine)\b/u,
    zh: /(?:涂|抹|敷|用|擦)[^，。；,;]{0,8}(?:冰|牙膏|酱油|油|醋)|冰敷/u,
    item: 'Do not use ice, iced water, toothpaste, butter or oils',
  },
  {
    id: 'burst-blisters',
    direction: 'dont',
    for: ['severe-burn-electric'],
    en: /\b(?:burst\w*|pop\w*|prick\w*|break\w*|drain\w*)\b[^.;]{0,15}\bblisters?\b/u,
    zh: /(?:挑破|刺破|弄破|戳破|扎破|冲破|挤破)[^，。；,;]{0,4}(?:水泡|水疱)/u,
    item: 'Do not burst blisters',
  },
  {
    id: 'pull-out-object',
    direction: 'dont',
    for: ['severe-bleeding'],
    en: /\b(?:pull\w*|tak\w*|remov\w*|yank\w*)\s+(?:\w+\s+){0,2}(?:embedded|impaled|stuck)\b|\b(?:pull|yank)\w*\s+out\b/u,
    zh: /拔出|拔掉|拔下/u,
    item: 'Do not pull out an embedded object',
  },
  {
    id: 'make-vomit',
    direction: 'dont',
    for: ['poisoning-overdose'],
    en: /\b(?:make|making|get|getting)\s+(?:\w+\s+){0,2}(?:vomit|sick|throw up)\b|\binduc\w*\s+vomit\w*|\bsalt water\b|\bsyrup of ipecac\b/u,
    zh: /催吐|抠喉|抠嗓子|让[^，。；,;]{0,4}吐出来|盐水|喝牛奶解毒/u,
    item: 'Do not make the person vomit',
  },
  {
    id: 'antihistamine-instead',
    direction: 'dont',
    for: ['anaphylaxis'],
    en: /\b(?:antihistamines?|piriton|cetirizine|loratadine|benadryl|diphenhydramine|chlorphenamine)\b[^.;]{0,40}\b(?:instead|rather than|in place of|enough)\b|\b(?:instead of|rather than|in place of)\b[^.;]{0,30}\b(?:epi-?pens?|auto-?injectors?|adrenaline|epinephrine)\b/u,
    zh: /(?:抗组胺|扑尔敏|氯雷他定|西替利嗪|苯海拉明)[^，。；,;]{0,12}(?:代替|替代|就够|就行|即可)|(?:代替|替代)[^，。；,;]{0,6}肾上腺素/u,
    item: 'Do not rely on antihistamines instead of adrenaline',
  },
  {
    id: 'drive-yourself',
    direction: 'dont',
    for: ['chest-pain-cardiac', 'stroke-signs', 'pulmonary-embolism'],
    en: /\bdriv\w*\s+(?:yourself|himself|herself|themselves|him|her|them)\b|\bdrive\s+to\s+(?:the\s+)?hospital\b/u,
    zh: /自己开车|自行开车|开车去医院|开车送/u,
    item: 'Do not drive yourself',
  },
  {
    id: 'medicine-on-own',
    direction: 'dont',
    for: ['stroke-signs', 'thunderclap-headache', 'severe-bleeding', 'head-injury-danger', 'pregnancy-emergency', 'acute-abdomen', 'hypertensive-emergency'],
    en: new RegExp(
      `\\b(?:take|taking|give|giving|chew|chewing|swallow|swallowing|crush|crushing|bite|biting|dissolve|dissolving)\\b[^.;]{0,40}${ALL_MEDICINE_EN}`,
      'u',
    ),
    zh: new RegExp(
      `(?:吃|服|服用|喂|给|含|咬碎|嚼|舌下)[^，。；,;]{0,12}(?:${ALL_MEDICINE_ZH})|(?:${ALL_MEDICINE_ZH})[^，。；,;]{0,12}(?:咬碎|嚼碎|含服|含在|舌下|吞服|服下|吃下|喂)`,
      'u',
    ),
    item: 'medicines',
    scope: 'own',
  },
];

// A clause forbids its act: it opens with a prohibition, or advises against it ("is not recommended", "不建议").
const FORBIDS_EN =
  /(?:^|\b(?:but|and|however|so)\s+)(?:please\s+)?(?:don't|do not|never|avoid|must not|mustn't|should not|shouldn't|should never|you should not|you shouldn't|no need to|no need for|there's no need for|(?:don't|do not) bother (?:with|calling|to)|refrain from)\b/u;
// …or says it is advised against after naming it ("Cooling a burn with water is not recommended").
const FORBIDS_AFTER_EN =
  /\b(?:is|are) (?:not (?:recommended|advised|necessary|needed|safe)|(?:discouraged|unnecessary|a mistake|dangerous|harmful|pointless|unsafe|wrong))\b|\bshould (?:not|never) be\b/u;
const FORBIDS_ZH =
  /不要|别|切勿|勿|不能(?!排除|除外|确定|肯定|说明|判断|保证)|不可|禁止|千万不要|避免|不建议|不推荐|不主张|不宜|不应|不必|不需要|无需|没必要|不用|用不着/u;
// Any negation before an act: the act is not done ("so she doesn't bite" after the act is not read). A cross mark
// heads a list of don'ts ("❌ Popping blisters").
const NEGATES = /\b(?:not|never|no|don't|doesn't|didn't|nothing|avoid|without|stop|instead of|rather than)\b|不|别|勿|禁|避免|切忌|而不是|代替|替代|[❌✗✘🚫×]/u;
// A verb between the prohibition and the act that turns it round: forbidding a delay, a stop or a fear of the act
// endorses it ("don't wait to call", "don't stop pressing", "不要犹豫拨打120").
const TURNS_ROUND =
  /\b(?:before|until|till|while|arriv\w*|leave|leaving|delay\w*|wait\w*|hesitat\w*|put\w* off|forget\w*|fail\w*|stop\w*|hang\w* up|afraid|embarrass\w*|worry\w*|skip\w*|miss\w*|lift\w*|remov\w*|interrupt\w*|instead|rather than|in place of|only|just|rely)\b|之前|到达|来之前|推迟|拖延|犹豫|等|忘|耽误|害怕|不好意思|延误|停止|停下|停掉|暂停|中断|移开|代替|替代|只|仅|为了/u;
// A prohibition for a stated exception is guidance for that case ("do not move them unless…", "除非…").
const EXCEPTION = /\b(?:unless|except)\b|除非|除了/u;
// A practice reported as a myth or as old advice ("parents were told to…", "the old advice … is wrong") is not done.
const MYTH =
  /\b(?:myths?|old advice|outdated|wrong|false|mistake|misconception|used to|were told|was told|generations|old wives)\b|误区|谣言|错误|不对|不正确|过时|以前认为|老说法/u;
// A forbidden act is advice when it is framed as advice: a modal or the reader addressed, or the act opening its clause
// (an imperative), possibly after a time or condition ("During the seizure put…", "抽搐时往嘴里塞…"). "children explore by
// putting things in their mouths" and a table's list of wrong practices describe, they do not instruct.
const ADVICE_FRAME_EN = /\b(?:should|must|need to|needs to|have to|has to|can|may|try|always|best|recommended|you|your)\b/u;
const CLAUSE_OPENING_EN =
  /^\W*(?:(?:(?:during|when|while|if|after|before|once|as soon as)\b[^,]{0,40}?\s+)|(?:then|and|also|just|now|first|gently|quickly|immediately)\s+)?$/u;
const BASE_FORM = /^(?!\w+(?:ing|ed)\b)/u;
const ADVICE_FRAME_ZH = /应|要|可以|可|需要|需|赶紧|赶快|立即|马上|先|把|给|用|往|请|最好|建议|就行|即可|能/u;
// What follows a forbidden act up to its purpose ("so she doesn't bite", "以免咬舌"): a negation, a harm or a verdict
// there makes the sentence a warning about the act ("催吐会让食管再次灼伤", "Antihistamines are not enough").
const PURPOSE = /\b(?:so|so that|to stop|to prevent|in case)\b|以免|防止|免得|以防|避免/u;
const WARNS_AFTER =
  /\b(?:not|no|never|doesn't|don't|isn't|aren't|won't|can't|cannot|can|could|may|might|will|would|useless|dangerous|harmful)\b|n't\b|不|没|会|可能|容易|导致|造成|反而|无效/u;
// A medicine taken for prevention or as prescribed is a treatment plan, not a dose taken in the emergency.
const LONG_TERM =
  /\b(?:prevent\w*|long-term|as prescribed|prescribed|regular\w*|daily|every day|rescue|buccal|midazolam)\b|预防|长期|遵医嘱|医嘱|处方|按时|规律|每天|每日/u;

// Care that is not emergency care, for the emergency named: a referral to the family doctor, a clinic or an
// appointment, a wait, care at home, or care put off to later.
const ROUTINE_CARE = new RegExp(
  [
    '\\b(?:see|seeing|visit|call|contact|ring|phone|book|make an appointment with|talk to|speak to|speak with|ask|check with|be (?:seen|checked|reviewed) by)\\s+(?:with\\s+)?(?:your|a|the)\\s+(?:gp|family doctor|doctor|pharmacist|clinic|practice|health visitor|practice nurse)\\b',
    '\\b(?:gp|family doctor|clinic|outpatient|routine)\\s+appointment\\b',
    '\\b(?:see|visit|go|call|book)\\b[^.;]{0,40}\\b(?:next week|next month|in a few days|in a couple of days|tomorrow|in the morning)\\b',
    '\\bwait (?:and see|to see|for it to)\\b|\\bsee (?:if|whether) (?:it|they|the \\w+) (?:pass|settle|go)\\w*',
    '\\b(?:manage|treat|look after|care for)\\s+(?:it|this|them|him|her)?\\s*at home\\b|\\b(?:stay|rest|remain|wait) at home\\b|\\bsleep it off\\b',
    '(?:去|到|看)(?:门诊|社区医院|社区卫生服务中心|诊所|全科)|预约|挂号|在家(?:观察|休息|处理|等|养)|(?:先|继续|再)观察|观察(?:一下|几天|一段时间|看看)|等等看',
    '(?:下周|过几天|过两天|明天|明早)(?:再)?(?:去|看|就医|就诊)',
  ].join('|'),
  'u',
);
// Care sought now or emergency care named anywhere keeps a referral from being a downgrade.
const URGENT_OR_EMERGENCY =
  /\b(?:promptly|urgent\w*|at once|immediately|right away|same day|same-day|today|now|straight away|asap|ambulance|emergency|a&e|911|999|112|er)\b|立即|马上|尽快|当天|立刻|及时|紧急|急诊|急救|救护车|120/u;
// Help on its way or care after the event ("while you wait for the ambulance", "anyone who has had…", "出院后复诊") is
// not care in the emergency's place.
const NOT_INSTEAD =
  /\b(?:while|until)\b[^.;]{0,30}\b(?:ambulance|paramedics|help|crew)\b|\b(?:after|afterwards|later on|follow-?up|once (?:it|the|they|you)|recovery|recovering|discharged?|prevent\w*|risk|has had|have had)\b|之后|以后|过后|事后|出院|复诊|随访|预防|风险/u;
// A mild form of the condition is not the emergency ("a small burn", "轻微过敏").
const MILD = /\b(?:minor|mild|small|slight|superficial|first-degree|little)\b|轻微|轻度|小面积|一点点|小的/u;
// Thoughts of self-harm have routes of their own (the GP, a crisis line) that the guidance also names.
const OWN_ROUTES: readonly GuidanceId[] = ['suicide-risk'];

const SAID_AS_RES: { id: GuidanceId; re: RegExp }[] = Object.entries(SAID_AS).flatMap(([id, said]) =>
  id in EMERGENCY_GUIDANCE
    ? [
        {
          id: id as GuidanceId,
          re: new RegExp([...said.en.map((p) => `(?<![\\w-])${escapeRegExp(p.toLowerCase())}(?:s|es|ed)?\\b`), ...said.zh.map(escapeRegExp)].join('|'), 'iu'),
        },
      ]
    : [],
);

/** The emergencies a text names in the words people use for them (said-as.ts) — the guidance pages it is about. */
export function guidanceNamed(text: string): GuidanceId[] {
  const t = text.toLowerCase();
  return SAID_AS_RES.filter((x) => x.re.test(t)).map((x) => x.id);
}

/**
 * Does the text name, in any frame and for any emergency, a step the product's guidance forbids (an emetic, salt water,
 * something in a seizing person's mouth, food by mouth to someone not awake …)? Read where a sentence is let through as
 * care (session 17: a referral's condition must not tell such a step as done — '孩子误服药物后如果已经催吐，请立即拨打120').
 * Scope, negation and advice framing are ignored on purpose: naming the step at all keeps the sentence held.
 */
export function forbiddenStepNamed(text: string): string | undefined {
  const n = text.toLowerCase().replace(/[’‘]/g, "'");
  const zh = /\p{Script=Han}/u.test(n);
  return GUIDANCE_ACTS.find((a) => a.direction === 'dont' && (zh ? a.zh.test(n) || a.en.test(n) : a.en.test(n)))?.id;
}

/**
 * A step the guidance forbids told as done or to do — not under a negation earlier in its clause ("do not make them
 * vomit" forbids it; "after you have given them salt water" and "如果已经催吐" tell it done). Scope is ignored.
 */
export function forbiddenStepTold(text: string): string | undefined {
  const n = text.toLowerCase().replace(/[’‘]/g, "'");
  const zh = /\p{Script=Han}/u.test(n);
  for (const a of GUIDANCE_ACTS) {
    if (a.direction !== 'dont') continue;
    for (const re of zh ? [a.zh, a.en] : [a.en])
      for (const m of n.matchAll(new RegExp(re.source, 'gu'))) {
        const head = n.slice(0, m.index ?? 0);
        const clause = head.split(/[,;:，；：。.!?！？]|\bbut\b|但是?/u).pop() ?? '';
        // Stopping the act is not doing it ("立即停服布洛芬，并拨打120").
        if (!NEGATES.test(clause) && !/停$|停止$|停用$|\bstop(?:ping)?\s*$/u.test(clause.trimEnd())) return a.id;
      }
  }
  return undefined;
}

export interface CareConflict {
  kind: 'forbids-step' | 'does-forbidden' | 'routine-care';
  act?: string;
  emergency: GuidanceId;
  /** What the product's guidance says (English or Chinese, as the sentence). */
  says: string;
}

// An act named to describe someone, not done: "people who take aspirin", "服用抗凝药的人", "正在服用的药物".
function describes(before: string, from: string, act: string): boolean {
  return (
    /\b(?:who|that|people|patients?|anyone|those|someone|whether|why)\s+(?:\w+\s+)?$/u.test(before) ||
    // …or a time the act marks ("check with your GP before taking any medicine").
    /\b(?:before|after|when|while|without|until|since)\s+$/u.test(before) ||
    /(?:是否|有没有|为什么|为何)(?:在|正在|还在)?$/u.test(before) ||
    /^(?:吃|服|服用|喂|给|含)的/u.test(act) ||
    new RegExp(`^${escapeRegExp(act)}[^，。；,;]{0,4}(?:的人|的患者|的病人|的孩子|的老人|者)`, 'u').test(from)
  );
}

type TriageRead = ReturnType<typeof triage>;

const clausesOf = (s: string) => s.split(/[,;:，；：、。!?！？]|\s+(?:but|and then|then)\s+/u).filter((c) => c.trim());

/**
 * The emergencies a sentence's own danger reading names (triage's rules, not its learned reader alone): a guidance page
 * by id, or the one an urgent rule's title names ("seizure" → the seizure page). Read only when nothing else names one.
 */
function triageNamed(read: TriageRead): GuidanceId[] {
  if (read.level === 'routine') return [];
  return [
    ...new Set(
      read.reasons
        .filter((r) => !r.startsWith('model:') && !r.startsWith('lowered:'))
        .flatMap((r) => {
          if (r in EMERGENCY_GUIDANCE) return [r as GuidanceId];
          const rule = RED_FLAG_RULES.find((x) => x.id === r);
          return rule ? guidanceNamed(`${rule.id.replace(/-/g, ' ')} ${rule.title.en} ${rule.title.zh}`) : [];
        }),
    ),
  ];
}

function inScope(act: GuidanceAct, scope: readonly GuidanceId[], own: readonly GuidanceId[]): GuidanceId | undefined {
  if (act.scope === 'self' && act.for !== 'all') return act.for[0];
  const ids = act.scope === 'own' ? own : scope;
  if (ids.length === 0) return undefined;
  return act.for === 'all' ? ids[0] : ids.find((id) => (act.for as readonly GuidanceId[]).includes(id));
}

function itemSaying(id: GuidanceId, act: GuidanceAct | undefined, zh: boolean): string {
  const g = EMERGENCY_GUIDANCE[id];
  if (!act) return (zh ? g.whileWaiting.zh : g.whileWaiting.en)[0];
  const en = act.direction === 'do' ? g.whileWaiting.en : g.doNot.en;
  const i = Math.max(
    0,
    en.findIndex((x) => act.en.test(x.toLowerCase()) || x.includes(act.item)),
  );
  return (zh ? (act.direction === 'do' ? g.whileWaiting.zh : g.doNot.zh) : en)[i] ?? en[i];
}

/**
 * Does the sentence contradict the product's own first-aid guidance for an emergency it (or its context) names?
 * `about`: the page's title and section, the question, the red flags triage fired — what the sentence is about.
 * Three readings, each on a clause's act:
 * - it forbids a step the guidance recommends for that emergency (and forbids no step the guidance itself forbids);
 * - it does, unnegated, a step the guidance forbids for that emergency;
 * - it sends that emergency to routine or later care and to no emergency care, in no mild form and not as follow-up.
 * Hold-only: a conflict keeps a sentence out of the advice; no reading here lets anything through.
 */
export interface CareContext {
  /** The page's title and section headings. */
  topic?: string;
  /** The question asked. */
  question?: string;
  /** The red flags a danger reading (triage) fired for the question. */
  fired?: readonly string[];
}

// A heading over a list of don'ts ("What not to do", "常见误区"): its items name acts to avoid.
const DONTS_HEADING = /\b(?:what not to do|don'ts|do not|don't|never|avoid|myths?|mistakes?|wrong)\b|不要|禁忌|误区|错误|别|切勿|避免|❌/u;

export function careConflict(sentence: string, about: CareContext = {}): CareConflict | undefined {
  const topic = (about.topic ?? '').toLowerCase();
  const context = `${topic} ${about.question ?? ''}`;
  const fired = about.fired ?? [];
  const n = sentence.toLowerCase().replace(/[’‘]/g, "'").trim();
  // A question asks; it advises nothing ("Have you been taking any sleeping pills?").
  if (/[?？]\W*$/u.test(n) || EXCEPTION.test(n)) return undefined;
  const zh = /\p{Script=Han}/u.test(n);
  const own = guidanceNamed(n);
  const danger = fired.filter((id): id is GuidanceId => id in EMERGENCY_GUIDANCE);
  const scope = [...new Set([...own, ...guidanceNamed(context), ...danger])];
  const ownScope = [...new Set([...own, ...danger])];
  // The sentence's own danger reading, read at most once and only when an act or a referral needs it (triage is the
  // costly step of this check; both the act scope and the routine-care reading below use it).
  let sentenceRead: TriageRead | undefined;
  const readSentence = () => (sentenceRead ??= triage(sentence));
  // With no emergency named, the sentence's own danger reading may name one (read once, only for a candidate act).
  let triaged: GuidanceId[] | undefined;
  const inScopeOrRead = (a: GuidanceAct): GuidanceId | undefined => {
    const id = inScope(a, scope, ownScope);
    if (id || own.length > 0) return id;
    triaged ??= triageNamed(readSentence());
    return inScope(a, [...scope, ...triaged], [...ownScope, ...triaged]);
  };
  const actRe = (a: GuidanceAct) => (zh ? a.zh : a.en);
  const clauses = clausesOf(n);
  const forbidding = (c: string) => (zh ? FORBIDS_ZH : FORBIDS_EN).exec(c) ?? (zh ? null : FORBIDS_AFTER_EN.exec(c));
  // Forbidding a recommended step, read per clause: a prohibition reaches the act it governs in its own clause.
  for (const c of clauses) {
    const forbids = (zh ? FORBIDS_ZH : FORBIDS_EN).exec(c);
    const after = zh ? null : FORBIDS_AFTER_EN.exec(c);
    // A clause that forbids a step the guidance forbids too ("do not drive yourself to hospital") agrees with it.
    if ((!forbids && !after) || GUIDANCE_ACTS.some((a) => a.direction === 'dont' && actRe(a).test(c))) continue;
    for (const a of GUIDANCE_ACTS) {
      if (a.direction !== 'do') continue;
      const m = actRe(a).exec(c);
      if (!m) continue;
      // The act after an opening prohibition, or before a verdict against it; what stands between them is read.
      const between =
        forbids && m.index >= forbids.index
          ? c.slice(forbids.index + forbids[0].length, m.index)
          : after && m.index < after.index
            ? `${c.slice(0, m.index)} ${c.slice(m.index + m[0].length, after.index)}`
            : undefined;
      if (between === undefined) continue;
      // Forbidding a delay, a stop, or not doing the act endorses it ("don't wait to call", "不要…就不去医院").
      if (TURNS_ROUND.test(between) || NEGATES.test(between)) continue;
      // The same step said plainly in another clause ("请立即拨打120，不要自行去医院") is the sentence's advice; a step
      // forbidden for the mild form or in the state the guidance does not ask for it agrees with the guidance.
      if (clauses.some((o) => o !== c && actRe(a).test(o) && !forbidding(o))) continue;
      if (MILD.test(n) || a.notWhen?.test(n)) continue;
      const id = inScopeOrRead(a);
      if (id) return { kind: 'forbids-step', act: a.id, emergency: id, says: itemSaying(id, a, zh) };
    }
  }
  // Doing a forbidden step, read over the sentence: a negation anywhere before it since the last sentence break or
  // "but" covers a list it heads ("do not give home antidotes, milk or salt water"); the act must be advised (a modal,
  // the reader addressed, or an imperative opening its clause) and not warned against after it.
  if (!MYTH.test(n) && !DONTS_HEADING.test(topic))
    for (const a of GUIDANCE_ACTS) {
      if (a.direction !== 'dont') continue;
      if (a.id === 'medicine-on-own' && LONG_TERM.test(n)) continue;
      if (a.id === 'object-in-mouth' && LONG_TERM.test(n)) continue;
      if (a.onlyWhen && !a.onlyWhen.test(n)) continue;
      for (const m of n.matchAll(new RegExp(actRe(a).source, 'gu'))) {
        const at = m.index ?? 0;
        const head = n.slice(0, at);
        const since = head.slice(Math.max(0, ...[...head.matchAll(/[.;!?；。！？]|\bbut\b|但是?|而是/gu)].map((b) => (b.index ?? 0) + b[0].length)));
        const rest = n.slice(at + m[0].length);
        const untilPurpose = rest.slice(0, PURPOSE.exec(rest)?.index ?? rest.length).split(/[.;。；]/u)[0];
        if (WARNS_AFTER.test(untilPurpose) || describes(head, n.slice(at), m[0])) continue;
        const clauseHead = since.split(/[,，:：]/u).pop() ?? '';
        // An imperative opening its own clause after a finished prohibition is a new step ("Don't panic, put a spoon
        // between her teeth", "不要慌，往嘴里塞毛巾"); a list item after one is still forbidden ("…, milk or salt water").
        const opens = zh ? clauseHead.trim() === '' || /时$/u.test(clauseHead.trim()) : CLAUSE_OPENING_EN.test(clauseHead) && BASE_FORM.test(m[0]);
        if (NEGATES.test(clauseHead) || (NEGATES.test(since) && !opens)) continue;
        const advised = zh ? ADVICE_FRAME_ZH.test(since) || opens : ADVICE_FRAME_EN.test(since) || opens;
        if (!advised) continue;
        const id = inScopeOrRead(a);
        if (id) return { kind: 'does-forbidden', act: a.id, emergency: id, says: itemSaying(id, a, zh) };
      }
    }
  // Routine care for an emergency the sentence itself names (the context may be a page about the condition in general):
  // a referral to routine or later care, no care sought now, no emergency care, not the mild form, not follow-up.
  const routine = ROUTINE_CARE.exec(n);
  if (!routine || URGENT_OR_EMERGENCY.test(n) || MILD.test(n) || NOT_INSTEAD.test(n)) return undefined;
  if (NEGATES.test(n.slice(Math.max(0, routine.index - 12), routine.index))) return undefined;
  const careScope = own.filter((id) => !OWN_ROUTES.includes(id));
  if (careScope.length > 0) return { kind: 'routine-care', emergency: careScope[0], says: itemSaying(careScope[0], undefined, zh) };
  // The condition told as signs rather than named ("If the baby is floppy, …", "胸口剧痛出冷汗，…"): the danger reading of
  // the sentence itself (triage's red-flag rules, not its learned reader alone) rates it an emergency.
  const read = readSentence();
  const rules = read.reasons.filter((r) => !r.startsWith('model:') && !r.startsWith('lowered:'));
  if (read.level !== 'emergency' || rules.length === 0 || rules.some((r) => OWN_ROUTES.includes(r as GuidanceId))) return undefined;
  const id = rules.find((r): r is GuidanceId => r in EMERGENCY_GUIDANCE) ?? 'unconscious-seizure';
  return { kind: 'routine-care', emergency: id, says: itemSaying(id, undefined, zh) };
}
