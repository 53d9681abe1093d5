// An ingestion whose amount nobody can bound, told with no accident (session 41, #19), for the crisis line worded for
// uncertainty. Four sessions of readers of INTENT (a wish, a plan, a course) missed the same class on first sight: a
// partner locked in the bathroom who has taken "everything in the cabinet", a roommate who took "an unknown amount of
// her lithium". Intent is what such a message does not say, and its wording escapes every phrase list; what it does say
// is cheap to read reliably: the OBJECT of the swallowing is a container's contents or an amount said to be unknown.
// So the default is inverted: such an ingestion by anyone past early childhood carries the line UNLESS an accident
// marker is read — a young child or a pet, a mistake (BY_MISTAKE, substances.ts), forgetting or dementia, a task or a
// workplace, a dose routine or a course. Markers of an accident are few and stable; the outcome text says the
// uncertainty ("if this may not have been an accident…", triage.ts UNCERTAIN_ADVICE) rather than claiming a suicide.
// Read per sentence: the act (took, swallowed, 吃了, 吞了, 食咗) × its object (everything in a cabinet or drawer,
// 药箱里的药, an unknown amount, "no idea how many", 不知道吃了多少) with a medicine named or implied by the container.
// A question about a hypothetical, a story, a past told as history are not read. Pure; its own word lists.
import { messageSentences } from './normalise.js';
import { BY_MISTAKE } from './substances.js';

export type UnboundedIngestion = 'container-contents' | 'unknown-amount' | 'large-unmeasured';

const ACT_EN = String.raw`\b(?:took|taken|swallowed|downed|necked|chugged|drank|drunk)\b`;
/** Eating verbs take the contents of a container only when the container is a medicine's (ate everything in the
 *  cupboard is food). */
const EAT_EN = String.raw`\b(?:ate|eaten|eats|emptied)\b`;
const MED_CONTAINER_EN =
  '(?:(?:medicine|meds?|pill|first[- ]aid|drug|bathroom)s? (?:cabinet|cupboard|drawer|box|bag|kit|tin|organi[sz]er|case)|pill ?(?:box|organi[sz]er|pot|bottle)|dosette|blister packs?)';
const ANY_CONTAINER_EN = '(?:cabinet|cupboard|drawer|box|bag|kit|tin|organi[sz]er|pot|bottle|packets?|packs?|jar)';
/** "everything in the cabinet", "whatever was in her pill box", "all the pills in the drawer", "everything he could find". */
const CONTENTS_EN = new RegExp(
  String.raw`(?:${ACT_EN}[^.;!?]{0,12}?\b(?:everything|whatever(?: \w+)?|all (?:of )?(?:the |his |her |their |my )?(?:pills|tablets|meds|medicines?|stuff))\b[" ']{0,2} ?(?:(?:that )?(?:was |is )?(?:in|from|out of) (?:the |his |her |their |my |our |mum'?s |dad'?s )?(?:\w+ )?${ANY_CONTAINER_EN}|(?:he|she|they|i) could find)|\bemptied (?:the |his |her |their |my )?(?:whole |entire )?${MED_CONTAINER_EN}|${EAT_EN}[^.;!?]{0,12}?\b(?:everything|whatever|all)\b[^.;!?]{0,12}(?:in|from|out of) (?:the |his |her |their |my |our )?${MED_CONTAINER_EN})`,
  'i',
);
const CONTENTS_ZH =
  /(?:药箱|药柜|药盒|药瓶|药抽屉|急救箱|(?:抽屉|柜子|橱柜|箱子|盒子)里的药)(?:里|裡)?(?:的|嘅)?(?:药|藥|东西|嘢)?(?:全|都|全部|所有|通通|一口气|晒)|(?:全|都|全部|所有|通通)(?:吃|吞|喝|服|食)(?:了|掉|光|晒|咗)?[^，。；！？]{0,4}(?:药箱|药柜|药盒|急救箱)|(?:能|可以)?找到的药(?:全|都|全部)/;
/** An amount said to be unknown or withheld: "an unknown amount of", "no idea how many", 不知道吃了多少. */
const UNKNOWN_EN =
  /\b(?:an? )?unknown (?:amount|number|quantity|dose)\b|\b(?:no idea|(?:do|does|did)n'?t know|do not know|not sure|unsure|can'?t (?:tell|say)|won'?t (?:say|tell (?:me|us))|wouldn'?t (?:say|tell (?:me|us))|refuses? to say)\b[^.;!?]{0,16}\bhow (?:many|much)\b/i;
const UNKNOWN_ZH =
  /(?:不知道|不知|不清楚|不确定|说不清|不肯说|不愿说|也不说|唔知|冇人知)(?:他|她|自己|佢)?(?:到底|究竟)?(?:吃|吞|喝|服|食)?(?:了|咗)?(?:有)?(?:多少|几片|几颗|几粒|几瓶|几盒|幾多|幾粒)|(?:吃|吞|喝|服|食)(?:了|咗)(?:多少|几片|几颗|几粒|幾多|幾粒)(?:也|都)?(?:不知道|不清楚|不说|不肯说|唔知)/;
/** Review fix (s41): "how much" followed by a unit, a wait or a permission asks a dose ("I don't know how much Tylenol
 *  I'm allowed", "not sure how many hours to wait", 不知道吃多少片合适, 不清楚吃了多少毫克): no amount already taken. */
const DOSING_QUESTION =
  /\bhow (?:many|much)\b[^.;!?]{0,30}\b(?:allowed|can|could|should|safe|okay|ok|supposed|to take|mg|milligrams?|ml|hours?|minutes?|days?)\b|(?:多少|几片|几颗|几粒|幾多|幾粒)(?:片|颗|粒|毫克|mg|ml|毫升|个小时|小时|天)?(?:合适|比较好|才|能|可以|为宜|好|安全)|多少(?:毫克|mg|毫升|ml)/i;
/** An amount told as large and never measured, as the OBJECT of the act (session 43, bg017: "she took 'a lot' of
 *  paracetamol last night"): the act, at most two words, a vague large quantifier, "of", at most three words (a
 *  possessive, a strength) and a medicine. A count ("took 3 paracetamol") is measured and is the rules' to read. */
const LARGE_EN = new RegExp(
  String.raw`${ACT_EN}\s+(?:\w+\s+){0,2}?(?:a (?:lot|load|ton|heap|bunch|pile|handful|fistful|whole lot)|lots|loads|tons|heaps|handfuls|masses|(?:a |an )?(?:huge|large|massive|big) (?:amount|number|handful|pile|bunch)|way too many|far too many)\s+of\s+(?:[\w'-]+\s+){0,3}?(?:pills?|tablets?|tabs|capsules?|meds|medications?|medicines?|painkillers?|antidepressants?|sleeping (?:pills|tablets)|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|codeine|co-codamol|morphine|oxycodone|tramadol|lithium|insulin|diazepam|valium|zopiclone|sertraline|fluoxetine|citalopram|amitriptyline|quetiapine|olanzapine|warfarin|digoxin|propranolol|opioids?|benzos?|methadone|gabapentin|pregabalin)\b`,
  'i',
);
/** The zh form: the act then a vague large amount of a medicine (吃了一大把药, 吞了好多安眠药), or the 把 form with the amount
 *  before the act (把一大把药都吃了). */
const LARGE_ZH =
  /(?:吃了|吞了|服了|喝了|吃下|吞下|服下|食咗|吞咗)(?:一大把|一把|一大堆|一堆|好多|很多|许多|大量|一大瓶|一整瓶|一整盒|一大盒)(?:的)?[^，。；！？\s]{0,6}?(?:药|藥|片|粒|胶囊)|把(?:一大把|一把|一大堆|一堆|好多|很多|许多|大量)(?:的)?[^，。；！？\s]{0,6}?(?:药|藥|片|粒|胶囊)(?:都|全)?(?:吃|吞|服|喝)/;
/** A recent time the act is anchored to, in its sentence: an ingestion told with "last night", "an hour ago", 昨晚, 刚才
 *  is one event that can still be treated (paracetamol harms a day later); without an anchor "took a lot of pills" is as
 *  often a habit or a history, and this reading steps aside. */
const RECENT =
  /\b(?:last night|this (?:morning|afternoon|evening)|tonight|earlier (?:today|tonight|this \w+)|just now|(?:an?|one|two|three|four|five|six|\d+|a few|a couple of) (?:min(?:ute)?s?|hours?|hrs?) ago|half an hour ago|yesterday(?: (?:morning|afternoon|evening|night))?)\b|昨晚|昨天晚上|昨夜|昨天|今早|今天早上|今晚|刚才|刚刚|半(?:个)?小时前|(?:\d+|[一二两三四五六七八九十几]+)(?:个)?(?:小时|分钟)前|凌晨/i;
/** The act denied just before it ("didn't take a lot of", 没吃), or a purpose after it (a dose for a complaint): a habit or a
 *  treatment, not this reading. */
const NOT_BEFORE = /(?:\b(?:not|never|n't|no)\s+(?:\w+\s+)?|没|没有|不)$/i;
// Review s44 (S1): the s43 "because of / cos of / due to" + complaint arm is withdrawn (START's reading): it let a vague large
// amount of paracetamol "because of my toothache" fall from emergency to urgent and a teenager's "a lot of tylenol … because
// of his headache" lose its crisis line — a motive does not bound an overdose.
const FOR_COMPLAINT = /\bfor (?:the |my |his |her |their |a |an |this |that |these |those )?\w+|止痛|退烧|治/i;
/** Review s43 (S2 pb02, pb03, pf03, pf14): the ingestion told as a CASE or a TREATMENT, not an act of a person the writer
 *  is with — its subject a role noun ("a patient took…", 病人), the sentence set in a course (homework, an assignment, a
 *  case study) or given in care (at the hospital, on the ward, during chemo, a regimen, prescribed). The large-unmeasured
 *  reading steps aside there (START's decision stands); the other unbounded forms do not read these. */
const CASE_OR_CARE =
  /\b(?:a|the|this|our|my) (?:patient|client|resident|case)\b|\b(?:homework|assignments?|coursework|case stud(?:y|ies)|exam questions?|revision|lecture|textbook)\b|\b(?:at|in) (?:the )?hospital\b|\bon the ward\b|\bduring (?:his|her|my|their|the) (?:chemo\w*|treatment|infusion|admission|stay)\b|\bregimen\b|\bprescri\w+\b|\b(?:gp|doctor|nurse) (?:gave|changed|started|put)\b|病人|患者|作业|病例|考题|住院|化疗|医生开|遵医嘱/i;

/** The act told in Chinese anywhere in the sentence (the object of 把 comes before the verb). */
const ACT_ZH = /吃了|吃掉|吃光|吃完|吞了|吞下|吞掉|喝了|喝光|喝掉|服了|服下|食咗|食晒|吞咗|饮咗|吃下去|吞下去/;
/** A medicine named (an unknown amount of a food or a drink is no overdose). */
const MEDICINE =
  /\b(?:pills?|tablets?|tabs|capsules?|meds?|medications?|medicines?|painkillers?|antidepressants?|sleeping|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|codeine|morphine|oxycodone|tramadol|lithium|insulin|diazepam|valium|zopiclone|sertraline|fluoxetine|citalopram|amitriptyline|quetiapine|olanzapine|warfarin|digoxin|metformin|propranolol|amlodipine|opioids?|benzos?|methadone|buprenorphine|fentanyl|gabapentin|pregabalin)\b|药|藥|片剂|胶囊|安眠|安定|降压|胰岛素|扑热息痛|对乙酰氨基酚|布洛芬|阿司匹林|锂盐|碳酸锂/i;
/** What names the ingestion an accident, a dose routine, an ordinary purpose or a drug taken for a high: the markers
 *  read instead of intent. */
const ACCIDENT_MARKER =
  /\b(?:dog|dogs|puppy|cat|kitten|pet|toddler|baby|infant|dementia|alzheimer'?s|forgot|forgetful|forgetting|mixed up|mix-up|muddled|at work|on the job|as prescribed|as usual|like usual|every (?:day|morning|night)|usual dose|the (?:whole |full )?course|over the (?:past|last) (?:few )?(?:days?|weeks?|months?)|this month|refill|repeat prescription|for (?:a |his |her |my |their |the )?(?:headache|migraine|pain|cold|flu|fever|toothache|cramps|back)|festival|party|clubbing|rave|recreational\w*|ecstasy|mdma|molly|to get high)\b|蹦迪|派对|夜店|止痛用|狗|猫|宠物|宝宝|婴儿|幼儿|痴呆|老年痴呆|糊涂|忘了|忘记|记不清|搞混|弄混|上班时|工作时|按医嘱|按时|每天|疗程|这个月|开药|续药/i;
/** A hypothetical or a question about people in general: "what if someone took everything…", 如果…吃了. */
const HYPOTHETICAL =
  /\b(?:what if|if (?:someone|somebody|a person|you|i|he|she)|would (?:it|that)|hypothetically|in a (?:novel|story|film|book))\b|如果|假如|要是|万一|小说|电影/i;
/** History: the ingestion told as over ("years ago", 以前, 那次). */
const HISTORY =
  /\b(?:years? ago|when (?:i|he|she) was (?:younger|a teen\w*|at (?:school|uni))|back in (?:19|20)\d\d|last year|in the past)\b|几年前|多年前|以前|那年|上学的时候|曾经/i;

/** The unbounded ingestion a message tells, or null: the act × its object (a container's contents, an unknown amount) ×
 *  a medicine, in a sentence with no hypothetical or history, in a message with no accident marker. */
export function readUnboundedIngestion(text: string): UnboundedIngestion | null {
  if (ACCIDENT_MARKER.test(text) || BY_MISTAKE.test(text)) return null;
  const sentences = messageSentences(text);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (HYPOTHETICAL.test(s) || HISTORY.test(s)) continue;
    // A medicine named in this sentence or a neighbour ("the pot's empty" after "took an unknown amount of her lithium").
    const near = `${sentences[i - 1] ?? ''} ${s} ${sentences[i + 1] ?? ''}`;
    if (CONTENTS_EN.test(s) && (MEDICINE.test(near) || /\b(?:cabinet|pill|medicine)\b/i.test(s))) return 'container-contents';
    if (CONTENTS_ZH.test(s) && ACT_ZH.test(s)) return 'container-contents';
    const actNear = new RegExp(ACT_EN, 'i').test(near) || ACT_ZH.test(near);
    if ((UNKNOWN_EN.test(s) || UNKNOWN_ZH.test(s)) && !DOSING_QUESTION.test(s) && actNear && MEDICINE.test(near)) return 'unknown-amount';
    if (readsLargeUnmeasured(s)) return 'large-unmeasured';
  }
  return null;
}

/** A vague large amount of a medicine as the act's object, anchored to a recent time in the same sentence, the act not
 *  denied and no complaint it was taken for after it. */
function readsLargeUnmeasured(sentence: string): boolean {
  if (!RECENT.test(sentence) || DOSING_QUESTION.test(sentence) || CASE_OR_CARE.test(sentence)) return false;
  const m = LARGE_EN.exec(sentence) ?? LARGE_ZH.exec(sentence);
  if (!m) return false;
  if (NOT_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return false;
  return !FOR_COMPLAINT.test(sentence.slice(m.index + m[0].length));
}
