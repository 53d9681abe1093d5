// A stated plan (session 19, review s18 S2): an intent said in the future ("I'm going to", "I'll", "tonight I", 要/就/
// 打算/准备) on a lethal act with its means — the whole of a supply (all 40 of, the whole box of, 全吃了), a poison
// drunk (antifreeze, bleach, 农药, 百草枯), a ligature or a height — or a means made ready (the rope tied to the beam,
// 绳子挂好了) beside a time or a word of finality ("tonight", "I'm done", 一了百了). Plan + means or plan + time is an
// emergency whoever says it and however it is framed: the screen reads it as high risk (suicide.ts) and no frame lowers
// it (self-harm-frames.ts). "tonight I will drink a bottle of antifreeze and end it" and "我把绳子挂好了，今晚" were
// routine with no crisis line. Not a plan: a negated intent, a fear of an accident (a toddler, a dog, "by accident"), a
// means for an ordinary purpose (a washing line, a tent). A small closed grammar (intent × act × means × time), pure.
import { matchesOf } from '../red-flags/match.js';
import { NOT_INTAKE, type PlanSlotKind, readPlanSlots } from './plan-slots.js';
import { readPreparedMeans } from './prepared-means.js';
import { PAST_ATTEMPT, readSelfHarm, type SelfHarmSlot } from './self-harm-reader.js';
import { readSupplyInquiry } from './supply-inquiry.js';

export type PlanKind = 'wholeSupply' | 'poison' | 'readiedMeans' | 'preparedMeans' | PlanSlotKind;

export interface StatedPlan {
  kind: PlanKind;
  /** Offset of the sentence that states it. */
  at: number;
}

/** Sentences; a Chinese message may run clauses together with spaces, so a sentence here ends at a stop only. */
const SENTENCE = /[^.?!。？！\n]+/g;

/** An intent said of the future, first or third person; or the act contemplated ("thinking about taking all my pills
 *  to end it", s23): with a whole supply it still needs a word of finality or a time. */
const INTENT_EN =
  /\b(?:i'?m|im|i am|he'?s|she'?s|he is|she is|they'?re|they are)\s+(?:(?:just|really|literally|actually|finally)\s+)?(?:going to|gonna|about to|fixing to)\b|\b(?:i|he|she|they)(?:'ll|\s+will|\s+wil+|\s+shall)\b|\b(?:ima|imma|gonna|finna)\b|(?:^|[,;:]\s*)(?:going to|will)\b|\b(?:tonight|tonite|tomorrow|tmrw)\s+(?:i|he|she)\b|\b(?:i'?m|im|i am|i'?ve been|been|keep|i keep)\s+thinking\s+(?:about|of)\b|^\s*thinking\s+(?:about|of)\b/i;
const INTENT_ZH = /要|就|会|打算|准备|决定|想好了/;
/** A negation right before the intent, or a question or a condition around it: no statement of a plan. */
const NOT_INTENT_EN = /\b(?:not|never|won'?t|wouldn'?t|don'?t|didn'?t|if|what if|would|should|could|can)\s+(?:\w+\s+)?$/i;
const NOT_INTENT_ZH = /(?:不|没|别|不会|不要|如果|要是|万一|假如|会不会|是不是)$/;

/** The whole of a supply: all (N of), every one, the whole/entire box, the lot. */
const WHOLE_SUPPLY_EN =
  /\b(?:take|taking|swallow|swallowing|down|neck|pop|overdose on|od on|have)\s+(?:all\s+(?:\d{1,3}\s+)?(?:of\s+)?|every\s+(?:single\s+|last\s+)?(?:one|pill|tablet)\s+(?:of\s+)?|(?:the|a|my|his|her)\s+(?:whole|entire|full)\s+|the\s+(?:lot|rest)\s+(?:of\s+)?)(?:(?:my|his|her|the|those|these|them|their|[a-z]+'?s)\s+)?(?<what>(?:[\w'-]+\s+){0,3}[\w'-]+)/i;
/** What is no lethal supply: vitamins, food, a course of treatment, a day's doses. */
const HARMLESS_SUPPLY =
  /vitamin|supplement|gumm(?:y|ies)|probiotic|fish oil|sweets|candy|chocolate|pizza|cake|food|dinner|course|antibiotic|evening|morning|usual|normal|prescribed|dose[sd]?\b|water|tea|coffee|drink|advice/i;
/** A container or a count: the supply is a quantity, not one evening's medicines ("all my meds tonight" after a missed
 *  dose is no plan without a word of finality). */
const CONTAINER_OR_COUNT = /\b(?:box|bottle|packet|pack|strip|supply|stash|lot|whole|entire)\b|\d{1,3}|\bevery\b/i;
const WHOLE_SUPPLY_ZH =
  /(?:把|将)[^，。？！\s]{0,12}(?:药|片|粒|颗)[^，。？！\s]{0,6}(?:全|都|全部|一次性|一口气)(?:部)?(?:吃|吞|喝|服)(?:掉|了|下|光)?|(?:吃|吞|服)(?:掉|了|下|光)?(?:一整|整)(?:瓶|盒|板|排)|(?:食|吃|吞)(?:晒|曬)[^，。？！\s]{0,6}(?:药|藥|片|粒)/;

/** A poison or caustic drunk: the act is lethal whatever the amount. */
const POISON_EN =
  /\b(?:drink|swallow|down|have|take)\s+(?:(?:a|the|some|that|this|my|all the|the whole|a whole)\s+)?(?:(?:bottle|cup|glass|can|mug|jug)\s+of\s+(?:the\s+)?)?(?:[\w'-]+\s+){0,2}?(?:antifreeze|anti-freeze|bleach|weedkiller|weed killer|pesticide|insecticide|paraquat|rat poison|poison|drain cleaner|caustic soda|lye|cyanide|roundup|methanol|screenwash|de-icer)\b/i;
const POISON_NAMES_ZH = '农药|百草枯|敌敌畏|敌百虫|防冻液|老鼠药|鼠药|毒鼠强|除草剂|杀虫剂|洁厕灵|消毒液|氰化物|甲醇|(?<!病)毒药';
const POISON_ZH = new RegExp(`(?:喝|吞|吃)(?:掉|了|下)?[^，。？！\\s]{0,6}(?:${POISON_NAMES_ZH})`);
/** The poison named first and, in the next clause, the writer's intake stated with its object left out (zero anaphora,
 *  review s44): "我买了毒药，准备今晚吃" — the clause opens on the intent (after 我 or a time at most) and the verb closes
 *  it, so what is eaten is the poison just named; another subject ("老鼠就吃了") or a negator before the intent is no plan. */
const POISON_FRONTED_ZH = new RegExp(
  `(?:${POISON_NAMES_ZH})[^。？！，,]{0,8}[，,]\\s*我?(?:今晚|今天晚上|今夜|明天|明晚|等会儿?|待会儿?|一会儿)?就?(?:要|打算|准备|决定)[^，。？！\\s]{0,6}?(?:喝|吞|吃|服)(?:掉|了|下去|下|光)?(?:它们?)?(?=[，。？！\\s]|$)`,
);

/** A ligature or a means made ready. */
const READIED_EN =
  /\b(?:tied|hung|put up|set up|made|fixed|knotted|tested)\s+(?:the\s+|a\s+|my\s+)?(?:rope|noose|ligature|belt|cord)\b|\b(?:rope|noose|ligature)\s+(?:is\s+|'s\s+)?(?:ready|up|tied|hung|set up|in place)\b|\b(?:pills|tablets|meds)\s+(?:are\s+)?(?:all\s+)?(?:lined up|counted out|laid out|ready)\b|\bcharcoal\s+(?:is\s+)?(?:ready|lit|in the)\b/i;
/** A ligature tied to an anchor (a beam, the banister, 房梁): made ready to hang, with or without a time said. */
const LIGATURE_ANCHORED =
  /\b(?:rope|noose|ligature|belt|cord)(?:'s|\s+is)?\s+(?:\w+\s+){0,2}(?:tied|hung|fixed|attached|up)\s+(?:to|from|on|over)\s+(?:the\s+|a\s+|my\s+)?(?:beam|banister|bannister|rafters?|loft|ceiling|hook|door ?frame|stair ?rail)\b|\b(?:tied|hung|fixed|attached)\s+(?:the\s+|a\s+|my\s+)?(?:[\w'-]+\s+){0,2}(?:rope|noose|ligature|belt|cord)\s+(?:to|from|on|over)\s+(?:the\s+|a\s+|my\s+)?(?:beam|banister|bannister|rafters?|loft|ceiling|hook|door ?frame|stair ?rail)\b|(?:绳子|绳套|绳索)[^，。？！\s]{0,6}(?:挂|系|绑|拴)(?:在|到|上)[^，。？！\s]{0,3}(?:房梁|横梁|梁上|吊扇|门框|吊钩|楼梯扶手)/i;
const READIED_ZH =
  /(?:绳子|绳套|绳索|绳)[^，。？！\s]{0,4}(?:挂|系|绑|拴|打|准备)(?:好|上)(?:了)?|(?:炭|木炭|药|安眠药|刀片)[^，。？！\s]{0,3}(?:已经)?(?:准备|攒|买|备)(?:好|齐)(?:了)?/;

/** A time chosen. */
const TIME =
  /\b(?:tonight|tonite|tomorrow|tmrw|this (?:weekend|evening|afternoon)|when (?:every(?:one|body)|they|my \w+)(?:'s|'re| is| are)? (?:asleep|gone|out|goes|go|leaves|leave)|after (?:my|the|everyone) \w+(?: \w+)? (?:go|goes|leave|leaves|are|is)|in an hour|later today|right now)\b|今晚|今天晚上|今夜|明天|明晚|这周末|等会|待会|一会儿|马上|现在就/i;
/** A word of finality: the act is an ending. */
const FINAL =
  /\b(?:doing it|do it|i'?m done|be done with (?:it|everything)|end (?:it|evr?ything|everything|it all|things|this|my life)|nobody (?:will|would) (?:even )?(?:notice|miss me|care)|for good|goodbye|not wake up)\b|一了百了|结束(?:这一切|生命|自己|了)|不想活|再见|永别|解脱|受够了/i;
const TIME_OR_FINAL = new RegExp(`${TIME.source}|${FINAL.source}`, 'i');

/** A means made ready for an ordinary purpose: a washing line, a tent, a swing, a barbecue. */
const ORDINARY_USE = /晾|衣服|被子|帐篷|秋千|吊床|烧烤|火锅|取暖|\b(?:tent|swing|hammock|washing|laundry|clothes|barbecue|bbq|camping|boat|climbing|tarp)\b/i;
/** A fear of an accident, a child or an animal: "worried my toddler is going to drink the antifreeze". */
const ACCIDENT = /\b(?:accident(?:al(?:ly)?)?|by mistake|toddler|baby|dog|puppy|cat|kitten|kid|childproof|in case)\b|误|不小心|孩子|宝宝|小孩|狗|猫/i;

function statedIn(sentence: string): PlanKind | null {
  if (ACCIDENT.test(sentence)) return null;
  const en = INTENT_EN.exec(sentence);
  const enIntent = en !== null && !NOT_INTENT_EN.test(sentence.slice(0, en.index));
  const zh = matchesOf(new RegExp(INTENT_ZH.source, 'g'), sentence).some((m) => !NOT_INTENT_ZH.test(sentence.slice(0, m.index ?? 0)));
  const timed = TIME_OR_FINAL.test(sentence);
  if (enIntent) {
    const after = sentence.slice(en.index);
    if (POISON_EN.test(after)) return 'poison';
    const whole = WHOLE_SUPPLY_EN.exec(after);
    // Taking the supply somewhere (with me on holiday, to the pharmacy) carries it; nothing is swallowed.
    if (
      whole &&
      !HARMLESS_SUPPLY.test(whole.groups?.what ?? '') &&
      !NOT_INTAKE.test(after) &&
      (FINAL.test(sentence) || (timed && CONTAINER_OR_COUNT.test(whole[0])))
    )
      return 'wholeSupply';
  }
  if (zh && POISON_ZH.test(sentence) && /要|就|打算|准备|决定/.test(sentence)) return 'poison';
  if (zh && POISON_FRONTED_ZH.test(sentence)) return 'poison';
  if (zh && WHOLE_SUPPLY_ZH.test(sentence) && timed) return 'wholeSupply';
  return null;
}

/** The self-harm reader's slots that are a sign of risk beside a supply made ready: an intended act, a farewell, low mood,
 *  a return to a past attempt, a row just before, or a large amount of the supply contemplated ("how long does it take if
 *  u take 48 paracetamol at once"). Not its preparation slot: that is the counting itself. */
const RISK_SLOTS: ReadonlySet<SelfHarmSlot> = new Set<SelfHarmSlot>(['intendedAct', 'farewell', 'lowMood', 'returnToAttempt', 'conflict', 'massIngestion']);
/** Precautions against being found or stopped (Beck's Suicide Intent Scale): "so they wouldn't stop me", "when everyone's
 *  asleep", 等他们睡着, 不让家人发现. */
const CONCEALED =
  /\bso (?:that )?(?:(?:they|he|she|the pharmacist|anyone) (?:would(?:n'?t| not)|could(?:n'?t| not)|won'?t|will not|can'?t|cannot)|(?:nobody|no one|no-one) (?:would|could|can|will)) (?:\w+ )?(?:stop|notice|find out|suspect|ask)\b|\bwhen (?:every(?:one|body)|they|my \w+)(?:'s|'re| is| are) (?:asleep|gone|out)\b|\bbefore (?:any(?:one|body)|they|my \w+) (?:gets? (?:home|back)|wakes? up|finds? out|notices?)\b|等(?:他们|她们|家人|大家|爸妈|老公|老婆|家里人)[^，。]{0,3}(?:睡着|睡了|出门|走了|不在)|不让(?:人|他们|家人|家里人|别人)(?:发现|知道|看见)|趁(?:家里)?没人/i;
/** A supply counted or laid out is preparatory behaviour (C-SSRS) only in a context of risk: a word of finality or its
 *  purpose for oneself ("I'm done", "to end it"), a lethality question about the supply, a past attempt, or a risk slot
 *  of the one self-harm reader. Counting, storing, organisers, shortages and dose changes carry none. */
function riskBeside(text: string): boolean {
  if (FINAL.test(text) || CONCEALED.test(text) || PAST_ATTEMPT.test(text) || readSupplyInquiry(text) !== null) return true;
  return readSelfHarm(text).slots.some((s) => RISK_SLOTS.has(s));
}

/** The plan stated in `text` (the normalised message), or null. A readied means counts beside a time or finality said
 *  anywhere in the message ("我把绳子挂好了，今晚"), never beside an ordinary purpose. */
export function readStatedPlan(text: string): StatedPlan | null {
  for (const m of matchesOf(SENTENCE, text)) {
    const kind = statedIn(m[0]);
    if (kind) return { kind, at: m.index ?? 0 };
  }
  const anchored = LIGATURE_ANCHORED.exec(text);
  if (anchored && !ORDINARY_USE.test(text) && !ACCIDENT.test(text)) return { kind: 'readiedMeans', at: anchored.index };
  const readied = READIED_EN.exec(text) ?? READIED_ZH.exec(text);
  if (readied && TIME_OR_FINAL.test(text) && !ORDINARY_USE.test(text) && !ACCIDENT.test(text)) return { kind: 'readiedMeans', at: readied.index };
  // A lethal supply made ready (prepared-means.ts) is a plan in act only beside a sign of risk (review s23: counting a
  // refill, a pill organiser, storage, a shortage, a dose change were told as plans).
  const prepared = readPreparedMeans(text);
  if (prepared && riskBeside(text)) return { kind: 'preparedMeans', at: prepared.at };
  // The plan read as its parts — means × an act using it up × a time or a condition × intent (plan-slots.ts).
  // Its own accident reading: a child named in the condition ("等孩子们上学了") is no child's act.
  const slots = readPlanSlots(text);
  return slots ? { kind: slots.kind, at: slots.at } : null;
}
