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
import { EMERGENCY_GUIDANCE } from './guidance.js';
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
}

const ALL_MEDICINE_EN =
  '\\b(?:medicines?|medications?|pills?|tablets?|painkillers?|aspirin|ibuprofen|paracetamol|acetaminophen|naproxen|nifedipine|captopril|sedatives?|sleeping pills?|laxatives?|fever (?:medicine|reducers?)|blood[- ]pressure (?:pills?|tablets?|medicines?))\\b';
const ALL_MEDICINE_ZH = '药|片|阿司匹林|布洛芬|对乙酰氨基酚|扑热息痛|硝苯地平|卡托普利|止痛|退烧|退热|镇静|安眠|泻';

export const GUIDANCE_ACTS: readonly GuidanceAct[] = [
  {
    id: 'call-for-help',
    direction: 'do',
    for: 'all',
    en: /\b(?:call|dial|ring|phone)(?:s|ed|ing)?\s+(?:for\s+)?(?:an?\s+|the\s+|your\s+(?:local\s+)?)?(?:120|911|999|112|000|ambulance|emergency|paramedics)\b|\b(?:go|going|get|take \w+|bring \w+)\s+(?:straight\s+)?to\s+(?:the\s+|an?\s+|your nearest\s+|the nearest\s+)?(?:emergency department|emergency room|a&e|er|ed|hospital)\b/u,
    zh: /(?:拨打|打|叫|呼叫)\s*(?:120|999|911|112|急救|救护车)|(?:去|到|送|前往)(?:医院)?急诊|(?:去|送|到)医院/u,
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
  },
  {
    id: 'press-on-wound',
    direction: 'do',
    for: ['severe-bleeding', 'head-injury-danger'],
    en: /\b(?:press\w*|pressure|squeez\w*)\b[^.;]{0,40}\b(?:wounds?|cuts?|bleed\w*|pads?|cloth|gauze|dressings?)\b|\b(?:wounds?|cuts?|bleed\w*)\b[^.;]{0,20}\bpress\w*\b/u,
    zh: /(?:按压|压迫|压住|按住|加压)[^，。；,;]{0,10}(?:伤口|出血|纱布|布)|(?:伤口|出血)[^，。；,;]{0,10}(?:按压|压迫|压住|加压)/u,
    item: 'press hard directly on it',
    scope: 'self',
  },
  {
    id: 'cool-burn-with-water',
    direction: 'do',
    for: ['severe-burn-electric'],
    en: /\b(?:cool\w*|run\w*|rins\w*|flush\w*|hold\w*|put\w*|plac\w*|pour\w*|soak\w*|immers\w*)\b[^.;]{0,40}\b(?:water|tap)\b|\bcool\w*\b[^.;]{0,20}\bburns?\b/u,
    zh: /(?:冲|冲洗|浸泡|泡|淋|降温)[^，。；,;]{0,10}(?:水)|(?:凉|冷|清|流动的?)水[^，。；,;]{0,10}(?:冲|冲洗|浸泡|泡|淋)|冷却/u,
    item: 'Cool the burn under cool running water',
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
  },
  {
    id: 'adrenaline',
    direction: 'do',
    for: ['anaphylaxis'],
    en: /\b(?:epi-?pens?|auto-?injectors?|adrenaline|epinephrine)\b/u,
    zh: /肾上腺素|自动注射笔/u,
    item: 'auto-injector is available, use it',
    scope: 'self',
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
    zh: /(?:往|在)?(?:嘴|口)(?:里|中|内)[^，。；,;]{0,6}(?:塞|放|垫)|(?:塞|放|垫|咬)[^，。；,;]{0,10}(?:嘴|口腔|口中|牙|齿)|咬(?:住|着)?[^，。；,;]{0,4}(?:毛巾|勺|筷|布|木棍)/u,
    item: 'Do not put anything in the mouth',
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
    en: /\b(?:ice|iced water|ice water|toothpaste|butter|oils?|grease|lard)\b/u,
    zh: /冰块|冰水|冰敷|牙膏|酱油|油脂|猪油|香油|麻油|涂油/u,
    item: 'Do not use ice, iced water, toothpaste, butter or oils',
  },
  {
    id: 'burst-blisters',
    direction: 'dont',
    for: ['severe-burn-electric'],
    en: /\b(?:burst\w*|pop\w*|prick\w*|break\w*|drain\w*)\b[^.;]{0,15}\bblisters?\b/u,
    zh: /(?:挑破|刺破|弄破|戳破|扎破)[^，。；,;]{0,4}(?:水泡|水疱)/u,
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
    for: [
      'stroke-signs',
      'thunderclap-headache',
      'severe-bleeding',
      'head-injury-danger',
      'infant-fever',
      'pregnancy-emergency',
      'acute-abdomen',
      'hypertensive-emergency',
    ],
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
  /(?:^|\b(?:but|and|however|so)\s+)(?:please\s+)?(?:don't|do not|never|avoid|must not|mustn't|should not|shouldn't|should never|you should not|you shouldn't|no need to|refrain from)\b/u;
// …or says it is advised against after naming it ("Cooling a burn with water is not recommended").
const FORBIDS_AFTER_EN =
  /\b(?:is|are) (?:not (?:recommended|advised|necessary|needed|safe)|(?:discouraged|unnecessary|a mistake|dangerous|harmful|pointless|unsafe|wrong))\b|\bshould (?:not|never) be\b/u;
const FORBIDS_ZH = /不要|别|切勿|勿|不能|不可|禁止|千万不要|避免|不建议|不推荐|不主张|不宜|不应|不必|不需要|无需|没必要|不用|用不着/u;
// Any negation before an act in its clause: the act is not done ("so she doesn't bite" after the act is not read).
const NEGATES = /\b(?:not|never|no|don't|doesn't|didn't|nothing|avoid|without|stop|instead of|rather than)\b|不|别|勿|禁|避免|切忌|而不是|代替|替代/u;
// A verb between the prohibition and the act that turns it round: forbidding a delay, a stop or a fear of the act
// endorses it ("don't wait to call", "don't stop pressing", "不要犹豫拨打120").
const TURNS_ROUND =
  /\b(?:delay\w*|wait\w*|hesitat\w*|put\w* off|forget\w*|fail\w*|stop\w*|hang\w* up|afraid|embarrass\w*|worry\w*|skip\w*|miss\w*|lift\w*|remov\w*|instead|rather than|in place of|only|just|rely)\b|推迟|拖延|犹豫|等|忘|耽误|害怕|不好意思|延误|停止|停下|停掉|暂停|移开|代替|替代|只|仅/u;
// A prohibition for a stated exception is guidance for that case ("do not move them unless…", "除非…").
const EXCEPTION = /\b(?:unless|except)\b|除非|除了/u;
// A myth reported as one ("the old advice to put a spoon in the mouth is wrong") does not do the act.
const MYTH = /\b(?:myths?|old advice|outdated|wrong|false|mistake|misconception|used to be told|old wives)\b|误区|谣言|错误|不对|不正确|过时|以前认为/u;

// Care that is not emergency care, for the emergency named: the family doctor, a clinic, an appointment, later, home.
const ROUTINE_CARE =
  /\b(?:gp|family doctor|primary care|your doctor|a doctor|clinic|outpatients?|appointment|pharmacist|next week|next month|in a few days|in a couple of days|in the morning|tomorrow|when (?:you|it) (?:can|is convenient)|wait (?:and see|to see|for it to)|see if it (?:passes|settles|goes)|at home|sleep it off|rest it off)\b|门诊|社区医院|社区卫生|诊所|预约|挂号|下周|下个月|过几天|过两天|明天|明早|第二天|观察|在家|休息一下|睡一觉/u;
// Help on its way or care after the event ("while you wait for the ambulance", "see your GP afterwards", "出院后复诊")
// is not care in the emergency's place.
const NOT_INSTEAD =
  /\b(?:while|until)\b[^.;]{0,30}\b(?:ambulance|paramedics|help|crew)\b|\b(?:after|afterwards|later on|follow-?up|once (?:it|the|they|you)|recovery|recovering|discharged?|prevent\w*|risk)\b|之后|以后|过后|事后|出院|复诊|随访|预防|风险/u;
// A mild form of the condition is not the emergency ("a small burn", "轻微过敏").
const MILD = /\b(?:minor|mild|small|slight|superficial|first-degree|little)\b|轻微|轻度|小面积|一点点|小的/u;

const SAID_AS_RES: { id: GuidanceId; re: RegExp }[] = Object.entries(SAID_AS).flatMap(([id, said]) =>
  id in EMERGENCY_GUIDANCE
    ? [
        {
          id: id as GuidanceId,
          re: new RegExp([...said.en.map((p) => `\\b${escapeRegExp(p.toLowerCase())}(?:s|es|ed|d|ing)?\\b`), ...said.zh.map(escapeRegExp)].join('|'), 'iu'),
        },
      ]
    : [],
);

/** The emergencies a text names in the words people use for them (said-as.ts) — the guidance pages it is about. */
export function guidanceNamed(text: string): GuidanceId[] {
  const t = text.toLowerCase();
  return SAID_AS_RES.filter((x) => x.re.test(t)).map((x) => x.id);
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
    /\b(?:who|that|people|patients?|anyone|those|someone)\s+(?:\w+\s+)?$/u.test(before) ||
    /^(?:吃|服|服用|喂|给|含)的/u.test(act) ||
    new RegExp(`^${escapeRegExp(act)}[^，。；,;]{0,4}(?:的人|的患者|的病人|的孩子|的老人|者)`, 'u').test(from)
  );
}

const clausesOf = (s: string) => s.split(/[,;:，；：、。!?！？]|\s+(?:but|and then|then)\s+/u).filter((c) => c.trim());

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
 * `context`: the page's title and section, the question — what the sentence is about. `fired`: emergencies a danger
 * reading (triage) already named for the question. Three readings, each on a clause's act:
 * - it forbids a step the guidance recommends for that emergency (and forbids no step the guidance itself forbids);
 * - it does, unnegated, a step the guidance forbids for that emergency;
 * - it sends that emergency to routine or later care and to no emergency care, in no mild form and not as follow-up.
 * Hold-only: a conflict keeps a sentence out of the advice; no reading here lets anything through.
 */
export function careConflict(sentence: string, context = '', fired: readonly string[] = []): CareConflict | undefined {
  const n = sentence.toLowerCase().replace(/[’‘]/g, "'");
  const zh = /\p{Script=Han}/u.test(n);
  const own = guidanceNamed(n);
  const danger = fired.filter((id): id is GuidanceId => id in EMERGENCY_GUIDANCE);
  const scope = [...new Set([...own, ...guidanceNamed(context), ...danger])];
  const ownScope = [...new Set([...own, ...danger])];
  if (EXCEPTION.test(n)) return undefined;
  const actRe = (a: GuidanceAct) => (zh ? a.zh : a.en);
  // Forbidding a recommended step, read per clause: a prohibition reaches the act it governs in its own clause.
  for (const c of clausesOf(n)) {
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
      const id = inScope(a, scope, ownScope);
      if (id) return { kind: 'forbids-step', act: a.id, emergency: id, says: itemSaying(id, a, zh) };
    }
  }
  // Doing a forbidden step, read over the sentence: a negation anywhere before it since the last sentence break or
  // "but" covers a list it heads ("do not give home antidotes, milk or salt water").
  if (!MYTH.test(n))
    for (const a of GUIDANCE_ACTS) {
      if (a.direction !== 'dont') continue;
      for (const m of n.matchAll(new RegExp(actRe(a).source, 'gu'))) {
        const at = m.index ?? 0;
        const head = n.slice(0, at);
        const since = head.slice(Math.max(0, ...[...head.matchAll(/[.;!?；。！？]|\bbut\b|但是?|而是/gu)].map((b) => (b.index ?? 0) + b[0].length)));
        // …or a verdict against it after it ("using ice on a burn is dangerous").
        if (NEGATES.test(since) || (!zh && FORBIDS_AFTER_EN.test(n.slice(at))) || describes(head, n.slice(at), m[0])) continue;
        const id = inScope(a, scope, ownScope);
        if (id) return { kind: 'does-forbidden', act: a.id, emergency: id, says: itemSaying(id, a, zh) };
      }
    }
  // Routine care for an emergency the sentence itself names (the context may be a page about the condition in general).
  const careScope = own;
  if (careScope.length > 0 && ROUTINE_CARE.test(n) && !MILD.test(n) && !NOT_INSTEAD.test(n)) {
    const call = GUIDANCE_ACTS[0];
    const m = (zh ? call.zh : call.en).exec(n);
    const routine = ROUTINE_CARE.exec(n)!;
    const negatedRoutine = NEGATES.test(n.slice(Math.max(0, routine.index - 12), routine.index));
    if (!m && !negatedRoutine) return { kind: 'routine-care', emergency: careScope[0], says: itemSaying(careScope[0], undefined, zh) };
  }
  return undefined;
}
