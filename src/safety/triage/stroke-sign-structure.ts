// A stroke read by the structure of its signs, not by phrases (session 41, c46-017: a Cantonese stroke — 拎唔穩匙羹,
// 右邊嘴角郁唔到, 講嘢黐脷, 粥由嘴角漏出 — ended routine because no phrase row matched those wordings). FAST is three
// DOMAINS, each a body PART with a lost FUNCTION: the face (a corner of the mouth droops, will not move, lets food or
// drink out), an arm or a leg on ONE SIDE (cannot hold, lift or move it, no strength in it, it drags), and speech
// (slurred, the wrong words). Each class below is a small closed lexicon read on the normalised text (normalise.ts turns
// Cantonese and zh-TW into Mandarin first: 郁唔到 → 动不了, 拎唔稳 → 拎不稳, 讲嘢 → 说话), in any order inside a clause.
// Decision (raise only, a focal-deficit rule, so analyse.ts turns it into a TIA when everything has gone back to normal):
//   - two domains told now → emergency;
//   - one motor domain (face, or a limb on one side) with an onset told now (突然, 今朝, 头先, just now, since breakfast)
//     → emergency.
// What blocks a domain is read, not guessed: a clause that says the sign is old (weeks, years, 一直, after a stroke, a
// named Bell's palsy), a local cause of the part (a sprain, a swelling, a dental anaesthetic, a posture slept in), a
// child's speech. Speech alone never fires (drink, tiredness, a lisp): it only joins another domain.
import { clauseAt, clauses as contextClauses, isHistorical, isNegated } from '../red-flags/context.js';
import { type ClinicalRule, clinicalRule } from './clinical.js';

/** The FAST domains a sign belongs to. */
export type StrokeDomain = 'face' | 'limb' | 'speech';

export interface StrokeSign {
  domain: StrokeDomain;
  /** The clause the sign was read in. */
  clause: string;
  /** An onset now is told in the sign's own clause. */
  onsetInClause: boolean;
}

export interface StrokeReading {
  signs: StrokeSign[];
  /** An onset now is told anywhere in the text. */
  onsetNow: boolean;
  level: 'emergency' | null;
}

// --- the body parts -------------------------------------------------------------------------------------------------
const FACE_PART = /嘴角|口角|嘴巴|嘴|口(?!水|罩|腔|气|渴|味|服)|脸|面(?!包|条|前|试)|笑容|笑(?:起来|的时候|时)|\b(?:face|mouth|smile|lips?|cheek)\b/i;
const LIMB_PART = /手臂|胳膊|臂|手(?!机|术|续|表|指甲)|腿|脚|半边身|半身|一边身|\b(?:arm|hand|leg|foot|side of (?:his|her|my|their|the) body)\b/i;
/** One side named: a stroke takes one side; both hands or both legs are another story. */
const SIDE = /左|右|一边|一侧|单侧|半边|那边|\b(?:left|right|one side|one-sided|that side|on one side)\b/i;
const BOTH_SIDES = /两只|两边|双手|双脚|双腿|两条腿|两个手|\bboth (?:hands|arms|legs|feet|sides)\b/i;

// --- the lost functions ---------------------------------------------------------------------------------------------
/** Motor loss of a limb: what it can no longer do (a verb + its failure), no strength, dragging. */
const LIMB_LOSS =
  /(?:动|郁|抬|举|提|拎|拿|握|抓|揸|端|捏|夹|用|撑|站)(?:不|唔)(?:了|到|起|稳|住|实|动|上)|不能动|动弹不得|使不上(?:劲|力)|没(?:有)?(?:什么|啥|晒)?(?:力|劲)|无力|冇力|乏力|不听使唤|瘫|拖(?:着|住)?(?:走|地)?|发软|软(?:了|掉)|\b(?:can'?t|cannot|couldn'?t|won'?t|unable to|struggl\w* to) (?:move|lift|raise|hold|grip|grasp|use|feel|pick)\b|\b(?:weak|heavy|useless|dead|limp|floppy|numb)\b|\bgave way\b|\bdragg\w*\b|\bno strength\b|\bslipp\w* out\b|\bkeeps? dropping\b/i;
/** The face's lost function: a droop, a corner that will not move, food or drink let out of the mouth. */
const FACE_LOSS = /歪|斜|垂|耷拉|塌|动不了|动不到|不能动|笑不起|合不拢|鼓不起|\b(?:droop\w*|lopsided|crooked|sagg\w*|won'?t move|can'?t move)\b/i;
/** Food, drink or saliva let out of a corner of the mouth: the lips no longer close on that side. */
const MOUTH_PART = /嘴角|口角|嘴|口(?!渴|罩|腔|气|味|服)|\b(?:mouth|lips?)\b/i;
const MOUTH_LEAK = /漏|流(?:出|下|了出|口水)|\b(?:dribbl\w*|drool\w*|leak\w*|spill\w*|runs? out|fall\w* out)\b/i;
const BLOOD = /血|\bblood\w*/i;
/** Speech changed: slurred, jumbled, the wrong words, hard to get out. */
const SPEECH =
  /(?:说话|讲话|说|讲|口齿|话)[^，。,.]{0,6}(?:不清|含糊|含含糊糊|乱|大舌头|黐脷|不利索|说不出|错|怪|不对|慢|听不懂)|大舌头|黐脷|口齿不清|说不出话|词(?:都|也)?(?:用|说|讲)?错|乱七八糟|\bslurr\w*|\b(?:words?|speech|talking|sentences?) (?:\w+ ){0,3}(?:wrong|jumbled|muddled|garbled|mixed up|won'?t come|slurred|strange|odd|funny|nonsense)\b|\bcan'?t (?:get (?:his|her|my|the) words out|speak properly|talk properly)\b|\bgibberish\b/i;

// --- when ----------------------------------------------------------------------------------------------------------
/** Onset now: sudden, this morning, just now, an hour ago, since a meal, on waking. */
const ONSET_NOW =
  /突然|忽然|一下子|刚才|刚刚|头先|啱啱|今朝|今早|今天|今日|早上|起床|醒来|现在|而家|(?:半|一|两|几|\d+)\s*个?(?:钟头|小时|钟|分钟)(?:前|之前|以前)|(?:吃|食)(?:早|午|晚)?(?:饭|餐)|\b(?:suddenly|all of a sudden|just now|this (?:morning|afternoon|evening)|today|tonight|since (?:breakfast|lunch|dinner|this|waking|he woke|she woke)|(?:\d+|a|an|few|a few|half an|one|two|three|five|ten|fifteen|twenty|thirty|forty) (?:minutes?|mins?|hours?) ago|woke up with|now)\b/i;
/** The sign is old: weeks, months, years, always, after a past stroke, a named palsy, since childhood. ("Still" is no
 *  age: an acute stroke is still there too — 仲係咁.) */
const OLD =
  /(?:\d+|几|多|两|三|四|五|六|七|八|九|十|半)\s*(?:个)?(?:星期|礼拜|周|月|年)|好多年|多年|一直(?:都|以来|是这样|这样)|从小|天生|老毛病|后遗症|中风过|以前中风|面瘫|面神经|颜面神经|贝尔|\b(?:weeks?|months?|years?|always|since (?:birth|childhood)|for ages|bell'?s|palsy|(?:after|since) (?:his|her|my|the) stroke)\b/i;
/** A cause in the part itself: an injury, a dental anaesthetic, a posture slept or sat in, pins and needles. */
const LOCAL_CAUSE =
  /扭|肿|骨折|摔|撞|砸|割|烫|伤(?!心)|手术|术后|石膏|抽筋|脱臼|脱位|下巴|下颌|哈欠|搬|酸痛|肌肉|疫苗|膝|关节|拔牙|补牙|剥牙|杜牙|智齿|牙医|麻药|麻醉|打针|压(?:着|住|到)|枕(?:着|住)|睡(?:姿|觉压)|跷|\b(?:sprain\w*|swollen|swelling|broke|broken|fractur\w*|injur\w*|cut|burn\w*|dentist|filling|anaesthe\w*|anesthe\w*|numbing|novocaine|root canal|surgery|operation|op|cast|cramp\w*|jab|vaccin\w*|knee|hip|muscles?|sore|lifting|slept on|lying on|sat on|crossed|pins and needles|jaw|yawn\w*|dislocat\w*)\b/i;
/** A child: speech that is not yet clear is development, not a stroke. */
const CHILD =
  /孩子|宝宝|小孩|儿子|女儿|仔|娃|(?:^|[^\d])(?:[1-9]|1[0-2])\s*岁|[一两二三四五六七八九十]岁|\b(?:baby|toddler|kid|child|son|daughter|(?:[1-9]|1[0-2]) (?:year|yr)s? old)\b/i;
/** A named cause of a facial palsy: the face is explained (Bell's palsy is urgent, analyse.ts BELL), other domains are not. */
const NAMED_PALSY = /面瘫|面神经|颜面神经|贝尔|\b(?:bell'?s|facial palsy|facial nerve)\b/i;
/** The upper face taken too — the forehead will not wrinkle, the eyebrow will not lift, the eye will not close: a
 *  peripheral (Bell's) palsy, urgent (analyse.ts BELL); a stroke spares the forehead. Only with no limb or speech sign. */
const UPPER_FACE =
  /(?:额头|抬眉|皱眉|眉毛)[^，。,.]{0,6}(?:抬不|皱不|不能|动不了|平)|(?:眼睛|眼)[^，。,.]{0,3}(?:闭不上|闭不拢|闭不紧|合不上)|\b(?:can'?t|cannot|unable to) (?:wrinkle|raise|lift|move) (?:\w+ ){0,3}(?:forehead|eyebrow)|\bforehead\b[^.]{0,30}\b(?:won'?t|doesn'?t|can'?t) (?:move|wrinkle)|\bforehead (?:\w+ ){0,4}flat\b|\bcan'?t (?:fully )?close (?:my|his|her|their|the) (?:right |left )?eye\b/i;
/** A denial that runs over a list ("没有突然的无力或口角歪", "no weakness or drooping"): the cue, then a coordinator before
 *  the loss, in one clause. */
const LIST_DENIAL = /(?:没有|没|无|冇|未|\b(?:no|not|never|without|nor)\b|n't\b)[^，。,.]*(?:或者|或|和|及|、|\bor\b|\bnor\b)/i;
const FEARED = /担心|害怕|怕|会不会|万一|如果|要是|\b(?:worried|afraid|scared|what if|if|in case|signs of)\b/i;

const CLAUSE = /[，,。.;；!?！？\n]|\bbut\b|但是|不过/;
/** A question about stroke signs in general, not a told episode. */
const EDUCATIONAL =
  /有哪些|什么症状|什么表现|怎么(?:判断|识别|知道|预防)|如何(?:判断|识别|预防)|预防|\b(?:signs of|symptoms of|what are the|how (?:do|can) (?:you|i) (?:tell|know|spot)|prevent\w*|first aid)\b/i;

/** The clauses of `text` with their start offsets. */
function clausesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  const re = new RegExp(CLAUSE.source, 'gi');
  for (const m of text.matchAll(re)) {
    const end = m.index ?? 0;
    if (end > start) out.push({ text: text.slice(start, end), start });
    start = end + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out.filter((c) => c.text.trim());
}

/** The sentence (to 。！？ or a line end) holding offset `at`. */
function sentenceAt(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.search(/[。！？!?\n][^。！？!?\n]*$/) + 1, 0);
  const rest = text.slice(at);
  const end = rest.search(/[。！？!?\n]/);
  return text.slice(start, end < 0 ? text.length : at + end);
}

/** True when some match of `re` in the clause is told as present: not negated and not history. */
function told(re: RegExp, text: string, clause: { text: string; start: number }): boolean {
  const g = new RegExp(re.source, 'gi');
  const all = contextClauses(text);
  for (const m of clause.text.matchAll(g)) {
    if (LIST_DENIAL.test(clause.text.slice(0, m.index ?? 0))) continue;
    const at = clause.start + (m.index ?? 0);
    const c = clauseAt(all, at);
    if (!isNegated(text, c, at) && !isHistorical(text, c)) return true;
  }
  return false;
}

/** The stroke signs of a normalised message, by domain, with what blocks them already removed. */
export function readStrokeSigns(text: string): StrokeReading {
  const signs: StrokeSign[] = [];
  if (EDUCATIONAL.test(text)) return { signs, onsetNow: false, level: null };
  const child = CHILD.test(text);
  const palsy = NAMED_PALSY.test(text);
  for (const c of clausesOf(text)) {
    if (FEARED.test(c.text)) continue;
    const onsetInClause = ONSET_NOW.test(c.text);
    // Old in its own clause always blocks; old elsewhere in its sentence blocks unless this clause tells an onset now.
    if (OLD.test(c.text)) continue;
    if (!onsetInClause && OLD.test(sentenceAt(text, c.start))) continue;
    const local = LOCAL_CAUSE.test(sentenceAt(text, c.start));
    const faceLost = FACE_PART.test(c.text) && told(FACE_LOSS, text, c);
    const mouthLeak = !child && MOUTH_PART.test(c.text) && !BLOOD.test(c.text) && told(MOUTH_LEAK, text, c);
    if (!local && !palsy && (faceLost || mouthLeak)) signs.push({ domain: 'face', clause: c.text, onsetInClause });
    if (!local && LIMB_PART.test(c.text) && SIDE.test(c.text) && !BOTH_SIDES.test(c.text) && told(LIMB_LOSS, text, c))
      signs.push({ domain: 'limb', clause: c.text, onsetInClause });
    if (!child && !LOCAL_CAUSE.test(c.text) && told(SPEECH, text, c)) signs.push({ domain: 'speech', clause: c.text, onsetInClause });
  }
  const onsetNow = ONSET_NOW.test(text);
  const domains = new Set(signs.map((s) => s.domain));
  if (domains.size === 1 && domains.has('face') && UPPER_FACE.test(text)) domains.delete('face');
  const motor = domains.has('face') || domains.has('limb');
  const level = (domains.size >= 2 && motor) || (motor && onsetNow) ? 'emergency' : null;
  return { signs, onsetNow, level };
}

export const STROKE_SIGN_STRUCTURE_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'stroke-sign-structure',
    'emergency',
    '疑似中风（一侧面部、手脚或言语突然出现功能丧失）',
    'possible stroke (the face, an arm or leg on one side, or speech suddenly stopped working normally)',
    '记下症状开始（或最后正常）的时间，不要进食，立即呼叫急救。',
    'Note when it started (or when last normal), give nothing by mouth, and call for an ambulance.',
    (c) => readStrokeSigns(c.text).level === 'emergency',
    true,
  ),
];
