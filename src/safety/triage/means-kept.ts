// A lethal means ACQUIRED AND KEPT in a life course (session 42, #19; blind triage-bf bf017 "failed in CA exam 3rd time,
// my parents will not forgive me. I have bought Ratol paste and kept in my room" was routine with no line). Preparatory
// behaviour in the C-SSRS sense is a means got and held; what the message tells beside it is not a wish but a COURSE.
// Read as structure, no intent phrase needed:
//   POSSESSION — an act of getting or holding (bought, ordered, got hold of, kept, hid, stashed, saved up; 买了, 网购,
//     弄到, 囤, 藏, 攒) bound to the means in ONE sentence, before it, or after it as a place held ("kept in my room",
//     藏在床底下);
//   × a MEANS lethal at any adult amount — a pesticide or rodenticide of the knowledge table (knowledge/toxic-agents.ts,
//     read, not widened) or of substances.ts's pesticide class, or this reader's own list (sleeping pills, a stock of
//     pills, charcoal, a rope or noose, helium, razor blades, a gun);
//   × a life COURSE in the message (a failure, a loss, shame or not being forgiven, a debt, being a burden, a death);
//   × NO ORDINARY PURPOSE named anywhere (pests, a farm or garden, a shop or a job, a barbecue, camping, a prescription
//     or insomnia, keeping it safe from a child), read with the means' own words masked so "rat" in "rat poison" is
//     not a purpose.
// Not read: a story or a study question, a what-if, an act negated, a possession told as history (years ago).
// The default is inverted for this class: intent is what such a message does not say, a purpose is cheap to read when
// there is one. triage.ts raises to emergency with the crisis line worded for the uncertainty (source 'means-kept').
// Raise only. Its own lists: means-acquired.ts, self-caused.ts and the screen's are not widened. Pure.
import { TOXIC_AGENTS } from '../../knowledge/toxic-agents.js';
import { clauseAt, clauses, isNegated } from '../red-flags/context.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { isHistoricalAt, maskBereavement } from './self-harm-reader.js';
import { isStudyQuestion } from './study-frame.js';
import { SUBSTANCES } from './substances.js';

export type KeptCourse = 'failure' | 'loss' | 'shame' | 'debt' | 'burden';

export interface MeansKept {
  /** The means as written. */
  means: string;
  /** Offset of the means. */
  at: number;
  course: KeptCourse;
}

/** The rows of the poison table that are kept as a means: pesticides and rodenticides, lethal at any adult amount. Not
 *  the household rows (antifreeze, screenwash, 工业盐), which every car and kitchen holds. */
export const KEPT_AGENT_IDS: readonly string[] = [
  'paraquat',
  'organophosphate',
  'convulsant-rodenticide',
  'unnamed-rodenticide',
  'yellow-phosphorus',
  'metal-phosphide',
  'glufosinate',
  'unnamed-pesticide',
];
const keptAgents = TOXIC_AGENTS.filter((a) => KEPT_AGENT_IDS.includes(a.id) && a.amount.adult === 'any');
const AGENT_EN = [...keptAgents.flatMap((a) => a.en), ...SUBSTANCES.pesticide.en, 'rat killer', 'rodenticides?'];
const AGENT_ZH = [...keptAgents.flatMap((a) => a.zh), ...SUBSTANCES.pesticide.zh];

/** This reader's own means beside the table's: a stock of medicine, sleeping pills, charcoal, a ligature, helium, blades,
 *  a gun. A rope ladder or a skipping rope is no ligature. */
const OWN_EN = String.raw`sleeping (?:pills|tablets)|(?:a |my |his |her )?(?:stash|stock|stockpile|hoard|pile|heap|loads|lots|boxes|bottles|packs|packets|strips) of (?:pills|tablets|paracetamol|painkillers|meds|sleeping pills)|(?:\d{2,}|forty|fifty|sixty|a hundred) (?:pills|tablets|paracetamol|painkillers)|cyanide|poison|charcoal|(?:a |some |thick )?rope(?! ladder| swing)|a noose|helium(?: (?:tank|canister|cylinder))?|razor blades?|a (?:gun|pistol|rifle|shotgun)`;
const OWN_ZH =
  '安眠药|安定片|氰化物|(?<!病)毒药|木炭|烧烤炭|炭|绳子|粗绳|麻绳|刀片|(?:一堆|一大堆|很多|好多|几瓶|几盒|[二三四五六七八九]十多?片)[^，。]{0,2}药|氦气';

const MEANS_EN = new RegExp(`\\b(?:${[...AGENT_EN, OWN_EN].join('|')})\\b`, 'gi');
const MEANS_ZH = new RegExp(`(?:${[...AGENT_ZH, OWN_ZH].join('|')})`, 'g');

/** Getting or holding, right before the means in its sentence ("bought Ratol", "been saving up my sleeping tablets",
 *  偷偷买了一瓶百草枯, 枕头底下藏着一大堆安眠药). Not a bare "have": everyone has a tin of weedkiller in a shed. */
const ACT_BEFORE_EN =
  /\b(?:bought|buy(?:ing)?|ordered|got(?: hold of)?|have got|'ve got|picked up|purchased|stocked up on|collected|collecting|kept|keeping|keeps|hid|hidden|hiding|stashed|stashing|sav(?:ed|ing)(?: up)?|hoard(?:ed|ing)|stockpil(?:ed|ing)|been (?:buying|keeping|saving|collecting|hiding))\b[^.?!]{0,28}$/i;
const ACT_BEFORE_ZH =
  /(?:(?:里|下|底下|上)(?:放|藏|塞|锁)(?:了|着)|(?:房间|床|枕头|抽屉|衣柜|柜子|书包|包|车|后备箱|宿舍)(?:里|下|底下)?(?:发现|找到|看到|翻出)(?:了)?|买了|买来|买到|偷偷买|托人买|网购|下单|下了单|订了|弄到|搞到|拿到|弄了|搞了|囤(?:了|着)?|藏(?:了|着)|攒(?:了|着)|存(?:了|着)|备(?:好)?了|准备了)[^，。！？]{0,10}$/;
/** Held at a place of the person's own, right after the means ("… and kept in my room", "it's in my bag", 藏在床底下). */
const KEPT_AFTER_EN =
  /^[^.?!]{0,30}?\b(?:kept|keep|keeps|keeping|hid|hidden|hides|hiding|stashed|put|placed|stored|(?:it|they)(?:'s|'re| is| are)|is|are)\b(?: (?:it|them))?(?: (?:away|safe))? (?:in|under|behind|inside|by|beside|next to|at the bottom of) (?:my|his|her|their|the) (?:bed ?room|room|bed|pillow|mattress|drawer|wardrobe|closet|cupboard|bag|backpack|school ?bag|car|boot|trunk|locker|desk|shoebox|dorm|bedside)\b/i;
const KEPT_AFTER_ZH = /^[^，。！？]{0,8}(?:藏|放|收|锁|塞)(?:在|着|到|进)[^，。！？]{0,6}(?:房间|房|屋|床|枕头|抽屉|衣柜|柜子|包|书包|车|后备箱|宿舍)/;
/** The 把 form (session 43; review s42 b05: 这几个月把安眠藥一顆一顆存起来了): 把 puts the means BEFORE its verb, so the
 *  act of keeping follows the means in the same clause — 把 right before the means (a demonstrative or a 的-phrase
 *  between), and after it, in the clause, a verb of hoarding or hiding with its result (藏起来, 存起来了, 攒着, 囤好了).
 *  Putting away (收起来, 锁起来, 放好) is how a family makes a means safe and is not read. */
const BA_BEFORE_ZH = /把(?:这些|那些|这|那|所有(?:的)?|全部(?:的)?|[^，。！？把]{0,6}的)?$/;
const BA_KEPT_AFTER_ZH = /^[^，。！？]{0,12}?(?:藏|存|攒|囤)(?:了)?(?:起来|起了|好了|好|着|了)/;

// ── Course (the message's other clauses) ──
const COURSE: readonly [KeptCourse, RegExp][] = [
  [
    'failure',
    /\b(?:failed|failing|flunked|rejected|dropped out|kicked out|expelled|fired|sacked|laid off|made redundant|lost (?:my|his|her|their) (?:job|business|house|home)|business (?:failed|went under|collapsed)|bankrupt\w*)\b|没考上|没考好|考砸|落榜|挂科|(?:考试|考研|高考|面试)[^，。]{0,6}(?:没过|失败|又没)|第[二三四五\d]次[^，。]{0,4}没过|毕不了业|被(?:公司)?裁|失业|辞退|开除|破产|(?:生意|公司|店)[^，。]{0,4}(?:失败|黄了|倒闭)/i,
  ],
  [
    'shame',
    /\b(?:(?:won'?t|will not|never|wouldn'?t|can'?t) (?:ever )?forgive|disappointed in|ashamed|shame|disgrace\w*|humiliat\w*|let (?:everyone|them|us|you|my \w+|his \w+|her \w+) down|won'?t speak to|disowned)\b|不会原谅|不原谅|原谅不了|丢(?:尽|光)?(?:了)?[^，。]{0,4}(?:人|脸)|没脸|失望透|看不起|对不起(?:我们|大家|家里|爸妈|你们)?/i,
  ],
  ['debt', /\b(?:debts?|loan sharks?|owe (?:them|money|\w+ (?:thousand|lakh|grand))|in the red)\b|欠(?:了)?[^，。]{0,6}(?:债|钱|万)|网贷|高利贷|赌债|还不上/i],
  [
    'burden',
    /\b(?:(?:a |such a |just a )?burden|better off without (?:me|him|her|them|us)(?=\s*(?:[,.;!?'"”)]|and\b|but\b|now\b|$))|worthless|useless|a failure|nobody (?:cares|would miss)|no one (?:cares|would miss))\b|累赘|负担|拖累|包袱|废物|没(?:人|有人)在乎/i,
  ],
  [
    'loss',
    /\b(?:divorce\w*|broke up|dumped|(?:wife|husband|girlfriend|boyfriend|partner) left|funeral|passed away|died|since (?:my|his|her) (?:mum|mom|dad|wife|husband|son|daughter) (?:died|passed))\b|离婚|分手|被甩|去世|过世|走了以后|回了娘家|带(?:着)?孩子走/i,
  ],
];

/** An ordinary purpose for a means, anywhere in the message (the means' own words masked first). */
const PURPOSE =
  /\b(?:rats?|mice|mouse|rodents?|vermin|cockroach\w*|roach\w*|ants|slugs|pests?|infestation|bugs|weeds|garden\w*|allotment|farm\w*|crops?|orchard|field|lawn|shop|store|sell\w*|customers?|stock(?:room)?|warehouse|at work|my job (?:is|as)|bbq|barbecue|grill\w*|cook\w*|heat(?:ing|er)?|warm(?:th)?|winter|hunt\w*|shooting (?:range|club)|target practice|camping|tent|hik\w*|climb\w*|fire escape|moving house|packing|tow(?:ing|rope)?|boat|sail\w*|balloons?|party|prescri\w*|doctor (?:gave|prescribed)|as prescribed|remind (?:him|her|them|me) to take|on time|insomnia|jet ?lag|flights?|trips?|travel\w*|holidays?|journey|can'?t sleep|haven'?t slept|out of reach|away from (?:the )?(?:kids|children|baby|pets)|child[- ]?proof|safe (?:with|around|for) (?:a |the |my |our )?(?:cat|dog|kids?|children|baby|pets?)|locked (?:cage|cabinet|cupboard|shed))\b|老鼠|耗子|灭鼠|蟑螂|杀虫|除虫|虫子|打虫|种地|种菜|庄稼|果园|菜园|花园|地里|田里|除草|杂草|打药|喷药|店里|卖|超市|进货|库存|仓库|烧烤|烤肉|火锅|取暖|烤火|冬天|打猎|做饭|露营|搬家|捆|医生开|处方|按时(?:吃|服)|按医嘱|提醒[^，。]{0,6}(?:吃|服)|失眠|睡不着|倒时差|出差|旅行|旅游|航班|飞机|怎么放|放哪|放在哪|够不(?:到|着)|锁起来/i;
/** The act denied right before the means ("didn't buy any rat poison", 没买农药, 从没藏过): no possession. */
const ACT_DENIED =
  /(?:\b(?:didn'?t|did not|never|haven'?t|hasn'?t|have not|has not|won'?t|wouldn'?t|don'?t|doesn'?t|not)\s+(?:\w+\s+)?(?:buy|bought|order|ordered|get|got|keep|kept|hide|hid|hidden|stash|stashed|save|saved|have)\b[^.?!]{0,28}|(?:没|没有|不|从没|从来没|并没有|不会)(?:偷偷)?(?:买|藏|囤|攒|存|弄|搞|拿|下单|放)[^，。！？]{0,10})$/i;
/** Where it was got is not what it is for: "from the farm supply shop", 在网上/店里买的. */
const SOURCE_PLACE =
  /\bfrom (?:a|an|the|my|our|some) [^.?!,]{0,24}?\b(?:shop|store|market|supplier|pharmacy|chemist|website|site)\b|(?:从|在)[^，。]{0,8}(?:店|超市|网上|市场)(?:里)?(?:买|弄|搞)/gi;
/** A what-if: the possession told as a condition, not a fact. */
const WHAT_IF = /\b(?:what if|if (?:i|you|someone|he|she|they)|suppose|hypothetical\w*)\b|如果|假如|万一|要是/i;

/** The course told, not denied. A course is told in the past by nature ("lost my job last month", "since the divorce"):
 *  only the possession is held to the present. */
function course(text: string): KeptCourse | null {
  const cl = clauses(text);
  for (const [kind, re] of COURSE) {
    for (const m of text.matchAll(new RegExp(re.source, 'gi'))) if (!isNegated(text, clauseAt(cl, m.index), m.index)) return kind;
  }
  return null;
}

/** A lethal means got or held by the person in a life course with no ordinary purpose named, or null. */
export function readMeansKept(text: string): MeansKept | null {
  if (isStudyQuestion(text) || (hasStoryFrame(text) && !storyDenied(text))) return null;
  const cl = clauses(text);
  const history = maskBereavement(text);
  const found: { means: string; at: number; end: number }[] = [];
  for (const re of [MEANS_EN, MEANS_ZH]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      const before = text.slice(0, at);
      const after = text.slice(end);
      const held =
        ACT_BEFORE_EN.test(before) ||
        ACT_BEFORE_ZH.test(before) ||
        KEPT_AFTER_EN.test(after) ||
        KEPT_AFTER_ZH.test(after) ||
        (BA_BEFORE_ZH.test(before) && BA_KEPT_AFTER_ZH.test(after));
      if (!held) continue;
      const c = clauseAt(cl, at);
      const sentence = text.slice(Math.max(0, before.search(/[^.?!。？！\n]*$/)), end + Math.max(0, after.search(/[.?!。？！\n]|$/)));
      if (WHAT_IF.test(sentence) || ACT_DENIED.test(before) || isNegated(text, c, at) || isHistoricalAt(history, c, at)) continue;
      found.push({ means: m[0], at, end });
    }
  }
  if (found.length === 0) return null;
  // The purpose is read with every means masked: "rat poison" names no rats, "weed killer" no weeds.
  const masked = text.replace(MEANS_EN, (m) => ' '.repeat(m.length)).replace(MEANS_ZH, (m) => '\u3000'.repeat(m.length));
  // A purpose denied is none ("there are no mice in the flat").
  const unsourced = masked.replace(SOURCE_PLACE, (m) => ' '.repeat(m.length));
  const mcl = clauses(unsourced);
  for (const m of unsourced.matchAll(new RegExp(PURPOSE.source, 'gi'))) if (!isNegated(unsourced, clauseAt(mcl, m.index), m.index)) return null;
  const kind = course(masked);
  if (kind === null) return null;
  const first = found.sort((a, b) => a.at - b.at)[0];
  return first ? { means: first.means, at: first.at, course: kind } : null;
}
