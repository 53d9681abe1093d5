// The answer pushes the asker's own state the wrong way: the question tells a state (a joint sprained hours ago; a
// blood sugar that is low now) and an answer clause advises the act that worsens it (heat on a fresh sprain; a
// glucose-lowering medicine, or sugar withheld, during a low). The state is read from the question, the act from each
// answer clause with its stance (stance.ts), so the check does not depend on how the corrupted sentence is worded.
// Clinical basis: acute soft-tissue injury is cooled, not heated, in the first 48–72 h (PRICE; heat raises bleeding
// and swelling — 中华医学会运动医疗分会 踝关节扭伤共识 2017, NICE CKS "Sprains and strains"); hypoglycaemia is treated
// with 15–20 g of fast carbohydrate or glucagon, never insulin or a sulfonylurea (ADA Standards 2024 §6, NICE NG17).
// Curation batches 2–17 held 7 heated fresh sprains and 6 lows answered with insulin / a sulfonylurea / no sugar, in
// 11 of 16 batches, each worded differently ('48小时内应热敷', 'For the first 48-72 hours apply a heating pad',
// 'Keep glipizide tablets by the bed', 'avoid eating or drinking anything sugary'). Pure.
import { lowSugar } from '../../safety/screening/lab-state.js';
import { clauses, normalise, sentences, trimSpan } from '../../safety/screening/text.js';
import { type Stance, clauseStance } from './stance.js';

export interface AskedState {
  kind: 'heat-on-fresh-sprain' | 'lowering-during-low-sugar' | 'sugar-withheld-during-low';
  span: string;
}

/** A twisted joint (not a back or muscle strain, where heat is advised). */
const SPRAIN =
  /扭伤|扭到(?:了)?(?:脚|脚踝|踝|手腕|膝)|崴|(?:脚|踝|脚踝)(?:扭|拐)了|\b(?:sprain\w*|twist\w*|roll\w*|turn\w*)\s+(?:my |his |her |their |your |an? |the )?(?:left |right )?(?:ankle|knee|wrist|thumb|finger|toe|foot|elbow)s?\b|\b(?:ankle|knee|wrist|thumb|finger|toe|foot|elbow)s? (?:is |was |got |has been )?sprain\w*/iu;
/** Back and neck: heat is advised for an acute back or neck strain (NICE NG59), so those are no sprain here. */
const BACK_OR_NECK = /腰|颈|脖|(?<![脚手])背(?!着)|\b(?:back|neck|spine|lumbar)\b/iu;
/** Where one told fact ends inside a clause ('I'm 25 years old and sprained my ankle'): the injury is read in its own part. */
const PART_BREAK = /\s(?:and|while|when|then|so)\s|并且|而且|然后|结果/iu;
/** A clause that only dates something ('已经三天了', 'it was 3 days ago') dates the injury told before it. */
const DATE_FILLER =
  /已经|了|都|快|有|差不多|大概|左右|\b(?:it|it's|was|is|has|have|been|happened|ago|now|about|around|already|almost|for|since|this|that)\b|[\s.!。！]/giu;
/** The injury is days old or recurrent: heat may be right then. */
const NOT_FRESH =
  /(?:\d+|[两三四五六七八九十几多]+)\s*(?:天|日)(?:了|前|以前|之前)|(?:\d+|[一两三四五六七八九十几多半]+)\s*个?(?:周(?!岁)|星期|礼拜|月|年(?!级|纪|龄))|\b(?:\d+|two|three|four|five|six|seven|several|a few|few|many)[\s-]+(?:days?|weeks?|months?|years?)\b(?![\s-]*old)|\b(?:a|one|last)\s+(?:week|month|year)\b|上(?:个)?(?:月|周|星期|礼拜)|前(?:几|两|些)天|去年|好几天|\blast (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:over|since) the weekend\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|反复|经常|老是|旧伤|陈旧|慢性|\bchronic\b|\brecurr\w*|\bagain and again\b|\bkeeps? (?:rolling|spraining|twisting)/iu;
const HEAT =
  /热敷|热水(?:袋|泡|烫|浸)|泡热水|热毛巾|火烤|烤火|烤电|\b(?:heat(?:ing)? (?:pads?|packs?|wraps?)|(?:apply|applying|use|using) heat|heat (?:it|the (?:ankle|joint|area))|hot (?:compress\w*|water bottles?|packs?|soaks?|water)|warm (?:compress\w*|soaks?|water soaks?|towels?))\b/iu;
/** The heat is told as the harm it does, not advised. */
const HARM_TOLD = /加重|更(?:肿|严重|厉害)|扩张|\bworse\w*|\bincreas\w* (?:the )?(?:swelling|bleeding)|\bmore (?:swelling|bleeding)\b/iu;
/** Heat only once the acute phase has passed ('48小时后再改热敷', 'after 48 hours switch to heat'). */
const LATER =
  /(?:\d+|[一二两三四五六七八九十]+)\s*(?:[-–～~至到]\s*\d+\s*)?个?(?:小时|天|日|h\b)\s*(?:以|之)?(?:后|过后|以上)|(?:之后|以后|然后|过后|消肿后|肿胀(?:消退|不再)|再改|改为|改成|换成)|\bafter\s+(?:the\s+first\s+)?(?:\d+|[a-z]+)(?:\s*[-–]\s*\d+)?\s*(?:hours?|days?|h)\b|\b(?:later|afterwards|after that|once the swelling|switch(?:ing)? to heat|then heat)\b/iu;
const PHASE_ASKED =
  /(?:24|48|72)\s*(?:个)?(?:小时|h)\s*(?:以|之)?(?:后|过后)|\bafter (?:the first )?(?:24|48|72)\s*(?:h|hours?)\b|\b(?:24|48|72)\s*(?:h|hours?) (?:later|after)\b/iu;
const NOT_ASSERTED =
  /[?？]\s*$|有人(?:说|认为)|说法|误区|以为|(?:很多|不少|许多|有些|有的)人|\b(?:myths?|people (?:think|believe|say)|some say|(?:many|most|some|a lot of) people)\b/iu;
/** Heat judged wrong ('热敷是错误的做法', 'heat is the wrong thing'). */
const JUDGED_WRONG =
  /错误|不对|不正确|不可取|不科学|不合适|不建议|\b(?:wrong|a mistake|mistaken|bad idea|not (?:right|correct|recommended|advised|a good idea))\b/iu;
/** Heat as the lesser side of a comparison: after 比/than/instead of ('冷敷比热敷好'), or before 不如 ('热敷不如冷敷'). */
const LESSER_AFTER = /比|\bthan\b|\binstead of\b|\brather than\b|而不是|而非|代替|取代/iu;
const LESSER_BEFORE = /不如|比不上|\b(?:is|are) (?:worse|less (?:effective|helpful))\b/iu;
/** A clause that names an act of its own: it does not continue a forbidden list. */
const OWN_ACT =
  /\b(?:apply|applying|use|using|put|wrap|soak|take|try|place|hold|give|ice|rest|elevate|keep|start|switch|go|see|call)\b|用|敷|泡|贴|放|洗|抬高|休息|冰|去|可以|应该|应|要|需要/iu;

/** 'Having a hypo', 'hypo at 3.4': the low named the way patients say it (the screening reader reads 'hypoglycaemia'). */
const HYPO_SAID = /\bhypos?\b/iu;
/** The dose comes after the sugar is treated or food is eaten ('before you inject your night insulin', '吃完饭再打'). */
const AFTER_FOOD =
  /\b(?:before you|until|once you(?:'ve| have)?|after (?:you(?:'ve| have)? )?(?:start(?:ed|ing)? )?(?:eat|eating|eaten|had|treated|recovered|meals?|food|a meal|breakfast|lunch|dinner))\b|(?:吃|进食|进餐|用餐)(?:完|过)?(?:饭|东西)?(?:以|之)?后|饭后|先吃|恢复(?:正常)?(?:以|之)?后|等(?:到|血糖)/iu;
/** The medicine as the low's cause ('有可能是胰岛素打多了', 'the Humalog you injected is why'), carried ('keep your insulin
 *  pen with you'), or the dose planned for another time ('next time inject after you start eating'): no dose given now. */
const NOT_NOW_DOSE =
  /可能是|是因为|导致|引起|造成|所致|(?:打|用|吃)多了|过量|随身|携带|带着|备好|下次|今后|以后|往后|\b(?:caus\w*|why|because|due to|reason|too much|too many|carry\w*|with you|next time|in future|in the future|from now on|going forward|always keep)\b/iu;
const HIGH_SUGAR = /高血糖|血糖(?:过|偏|太|很)?高|hyperglyc\w*|\bhigh (?:blood )?(?:sugar|glucose)|酮症|ketoacidosis/iu;
/** Glucose-lowering medicines by class: insulin (generic words, analogue and brand names) and insulin secretagogues
 *  (sulfonylureas by INN stem and 格列- name, glinides). Metformin-class drugs do not cause a low but are no treatment. */
const LOWERING =
  /胰岛素|诺和(?:锐|灵|平|达)|优泌(?:乐|林)|来得时|长秀霖|甘舒霖|格列(?:美脲|齐特|吡嗪|本脲|喹酮)|优降糖|达美康|亚莫利|美吡达|瑞格列奈|那格列奈|\binsulins?\b|\b(?:novolog|novorapid|humalog|humulin|novolin|lantus|levemir|tresiba|apidra|toujeo|basaglar)\b|\bgl[iy](?:pizide|clazide|mepiride|benclamide|buride|quidone)\b|\bsulfonylureas?\b|\b(?:repaglinide|nateglinide)\b/iu;
/** Taking, giving or raising a dose. */
const GIVE =
  /注射|(?<!打算)打(?:上|一|几|针)?|加(?:打|量|用|大)|增加|补打|追加|吃|服|含|嚼|\b(?:take|taking|inject\w*|give|giving|chew|use|increase|add|extra (?:units?|doses?|shots?|insulin)|correction dose|top up)\b|\bkeep\b(?:\s+\S+){0,3}\s+(?:by|beside|near|at|on|in|handy)\b/iu;
/** Lowering, holding or continuing the usual dose is not a dose given for the low. */
const REDUCE_OR_USUAL =
  /减(?:少|量|掉|小)|下调|少打|停|暂停|不(?:要|用|能|宜)|别|避免|继续|照常|\b(?:reduc\w*|lower\w*|decreas\w*|less|fewer|smaller|suspend\w*|paus\w*|turn\w* off|cut (?:back|down)|skip\w*|hold|withhold\w*|stop\w*|don't|do not|avoid\w*|never|continue|as usual|usual dose|keep taking)\b/iu;
const SUGAR = /(?<!血)糖(?!尿|病)|甜(?:食|的|饮料|点)|果汁|饮料|\b(?:sugar\w*|sweet\w*|juice|glucose|carbohydrates?|carbs?|soda)\b/iu;
/** Nothing by mouth for someone who cannot swallow is right; sugar-free and diet drinks are no treatment. */
const SUGAR_WITHHOLD_OK =
  /昏迷|意识|叫不醒|吞咽|喂|嘴|无糖|代糖|零度|\b(?:unconscious|swallow\w*|mouth|respond\w*|awake|sugar[- ]free|diet|too much|over-?treat\w*|chocolate)\b/iu;
/** Where a forbid starts in its clause: the object named first after it is what is forbidden. */
const NEGATION = /不要|不能|不可|别|禁止|避免|\b(?:don't|do not|never|avoid|no)\b/iu;
/** A food or drink named as what to take: the clause is about treating with it. */
const FOOD = /糖|果汁|饮料|食物|饼干|蜂蜜|牛奶|\b(?:glucose|sugar|juice|food|snack|candy|milk|honey|crackers?)\b/iu;

/** A sprain told in the question whose own part (the clause that tells it, cut at 'and'/并且, plus a following clause
 *  that only dates it) is neither dated days back or recurrent nor of the back or neck. An age, a school year or a
 *  hobby's years elsewhere in the question ('I'm 25 years old and', '上三年级', '打了5年篮球') are no date of the injury,
 *  and a back word elsewhere ('背着孩子', '腰没事', 'My back is fine') is no injured part. */
function freshSprain(q: string): boolean {
  const cs = sentences(q).flatMap((s) => clauses(s));
  let fresh = false;
  for (let i = 0; i < cs.length; i++) {
    for (const part of cs[i].split(PART_BREAK)) {
      if (!SPRAIN.test(part)) continue;
      const next = cs[i + 1] ?? '';
      const dated = NOT_FRESH.test(part) || (NOT_FRESH.test(next) && next.replace(NOT_FRESH, '').replace(DATE_FILLER, '').length <= 4);
      if (!dated && !BACK_OR_NECK.test(part)) fresh = true;
      else return false;
    }
  }
  return fresh;
}

function heatRejected(clause: string): boolean {
  const h = HEAT.exec(clause);
  if (!h) return false;
  if (JUDGED_WRONG.test(clause)) return true;
  const after = LESSER_AFTER.exec(clause);
  if (after && after.index < h.index) return true;
  const before = LESSER_BEFORE.exec(clause);
  return before !== null && before.index > h.index;
}

/** The first act of the answer that worsens the state the question tells (pure). */
export function askedState(question: string, answer: string): AskedState | undefined {
  const q = normalise(question ?? '');
  if (!q.trim()) return undefined;
  // A later turn that asks about the phase after the first days ('在冷敷后的48小时之后，我该怎么处理') is no fresh sprain.
  const sprain = freshSprain(q) && !PHASE_ASKED.test(q);
  const low = (lowSugar(q) || HYPO_SAID.test(q)) && !HIGH_SUGAR.test(q);
  if (!sprain && !low) return undefined;
  // Once the answer has moved to the later phase ('48小时之后您可以开始热敷。使用热敷时，可以选择…'), its following
  // sentences about heat are in that phase too.
  let laterPhase = false;
  for (const sentence of sentences(normalise(answer))) {
    const cs = clauses(sentence);
    let before = '';
    // A forbid scopes over the list it opens ("don't use a heat pack, heating pad or hot water", '不要用热水袋、热毛巾'): a
    // following clause after 、 or with no act of its own continues it.
    let forbidding = false;
    let at = 0;
    for (const clause of cs) {
      const start = sentence.indexOf(clause, at);
      at = start + clause.length;
      const listed = start > 0 && sentence[start - 1] === '、';
      // The time a clause is said for may open the sentence ('二十四小时之后，就可以热敷').
      before += `${clause} `;
      if (NOT_ASSERTED.test(clause)) continue;
      const own = clauseStance(clause);
      const stance: Stance = own === 'none' && forbidding && (listed || !OWN_ACT.test(clause)) ? 'forbid' : own;
      forbidding = stance === 'forbid';
      if (sprain && HEAT.test(clause) && stance !== 'forbid' && !HARM_TOLD.test(clause) && !heatRejected(clause) && !laterPhase && !LATER.test(before))
        return { kind: 'heat-on-fresh-sprain', span: trimSpan(sentence) };
      if (!low || HIGH_SUGAR.test(sentence)) continue;
      // The medicine may be named in one clause and given in the next ('如果家里备有胰岛素注射笔，可以立即给他注射一支'):
      // a bare act clause in a sentence that names the medicine is read as giving it.
      const act = GIVE.test(clause) && !REDUCE_OR_USUAL.test(clause) && !AFTER_FOOD.test(sentence) && !NOT_NOW_DOSE.test(clause) && stance !== 'forbid';
      if (act && (LOWERING.test(clause) || (LOWERING.test(sentence) && !FOOD.test(clause) && !cs.some((c) => c !== clause && REDUCE_OR_USUAL.test(c)))))
        return { kind: 'lowering-during-low-sugar', span: trimSpan(sentence) };
      // A forbid whose object is the medicine named first ('Don't give his insulin until his sugar is back above 4') withholds no sugar.
      const neg = NEGATION.exec(clause);
      const forbidden = neg ? clause.slice(neg.index) : clause;
      const med = LOWERING.exec(forbidden);
      const sugar = SUGAR.exec(forbidden);
      if (SUGAR.test(clause) && stance === 'forbid' && !SUGAR_WITHHOLD_OK.test(sentence) && !(med && (!sugar || med.index < sugar.index)))
        return { kind: 'sugar-withheld-during-low', span: trimSpan(sentence) };
    }
    if (LATER.test(sentence)) laterPhase = true;
  }
  return undefined;
}
