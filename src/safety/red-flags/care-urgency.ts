// How soon a sentence sends the reader to care, and whether that is later than the message's triage (session 17, #10).
//
// Why: an answer must never advise care less urgent than the triage of the message it answers. "If you have taken 20
// paracetamol tablets in one go, call 111 for advice tomorrow" left an answer as advice after "I took 20 paracetamol an
// hour ago" was triaged an emergency: the gate's care readings ask whether a sentence points toward care, not how soon.
// The triage message leads every urgent answer; a sentence that puts care off beneath it contradicts it. Pure; hold-only
// (the advice gate holds such a sentence, nothing is released by this reading).
import type { TriageLevel } from '../types.js';
import { calledHarmful, careStance, type DangerReader } from './care-stance.js';

/** From most to least urgent: emergency services; care now; care today; care with no time; care put off. */
export type CareWhen = 'emergency' | 'now' | 'today' | 'routine' | 'deferred';

// Emergency care: the emergency numbers, an ambulance, the emergency department.
const EMERGENCY =
  /\b(?:999|911|112|ambulance|paramedics|emergency (?:services|number|department|room|care)|a&e|a and e|er|accident and emergency)\b|(?<![\d.])120(?![\d.]|\s*(?:mg|ml|毫|克|次|分|\/|%))|急救|救护车|急诊|抢救/u;
// Any place or person a sentence can send the reader to (besides emergency care).
const CARE_TARGET =
  /\b(?:gp|family doctor|doctors?|physicians?|pharmacist|nurse|midwife|maternity unit|labour ward|health visitor|clinic|surgery|practice|111|nhs 111|urgent care|walk-in|out-of-hours|hospital|specialist|team|medical (?:help|advice|attention|care)|help|advice|seen|checked)\b|医院|医生|大夫|门诊|诊所|社区|卫生院|药师|药店|就医|就诊|看病|看医生|复查|挂号|预约|送医|12320/u;
// Said now: at once, whatever the target.
const NOW =
  /\b(?:now|immediately|straight away|straightaway|right away|at once|without delay|urgent(?:ly)?|asap|as soon as possible|promptly)\b|立即|马上|立刻|尽快|赶紧|赶快|第一时间|紧急|及时/u;
const TODAY =
  /\b(?:today|same[- ]day|this (?:morning|afternoon|evening)|within (?:a few|\d+|one|two|three|four|six|twelve) hours?)\b|今天|当天|当日|今日|几小时内/u;
// Care put off to a later time: the morning or another day (read where the sentence sends to care: "take it in the
// morning" is a dosing time).
const LATER =
  /\b(?:tomorrow|in the morning|next (?:day|morning|week|month)|the next (?:day|morning)|overnight|in (?:a few|a couple of|two|three|\d+) days|after the weekend|on monday)\b|明天|明早|第二天|次日|天亮|下周|过几天|过两天|改天/u;
// Waiting to see, or managing at home: care put off whether or not a place is named.
const WAIT =
  /\b(?:wait(?:ing)? (?:and see|to see|(?:until|till) (?:the |tomorrow|morning|monday|next|after|your|it|they|the \w+ (?:pass|settle|go|improve)))|wait(?:ing)? for (?:it|them|the (?:pain|symptoms?|rash|fever|swelling|bleeding)) to|see (?:if|whether) (?:it|they|the \w+) (?:pass|settle|go|improve)\w*|sleep it off|(?:manage|treat|watch|monitor|observe) (?:it |them |him |her )?at home|(?:stay|rest|remain|wait) at home|(?:check|look|re-?assess|re-?check)\s+(?:again\s+|back\s+|on (?:it|them|him|her)\s+)?(?:in the morning|tomorrow|later|after (?:a|the|\w+'s) (?:night|sleep)|in (?:a few|a couple of|\d+|an?) (?:hours?|days?))|wait (?:an?|one|two|a few|a couple of|\d+) (?:hours?|days?)|wait for (?:them|him|her|it) to (?:come round|wake|settle|pass))\b|观察一(?:晚|夜)|观察(?:一个)?晚上|看看再说|再说吧|等[^，。；,;]{0,12}再(?:去|看|决定|说)|等待观察|等等看|等(?:到|几天|一两天|症状)|等[^，。；,;]{0,8}看看|(?:先|再|继续)观察|观察(?:一下|几天|一段时间|看看)|在家(?:观察|休息|处理|等|养)/u;
// A negation in the clause before a deferral turns it round ("do not wait until the next day", "不要等到明天").
// Session 19: care called needless before it ("没必要打120", "no point going to A&E", "don't bother with an ambulance").
const NEGATED_BEFORE =
  /\b(?:not|never|don't|do not|doesn't|shouldn't|mustn't|no need to|instead of|rather than|without|no point|pointless|(?:don't|do not|no need to) bother|not worth)\b|不要|不能|别|切勿|勿|千万不|不必|不用|不需要|无需|没必要|没有必要|用不着|犯不着/u;
// A sentence sends to care with a verb of going, seeing, calling or asking (a name of a clinic alone sends no one).
const SENDS =
  /\b(?:see|seeing|visit|call|ring|phone|contact|book|make an appointment|go|get|ask|speak|talk|check with|seek|attend|consult|tell|let \w+ know|be seen|be checked|get checked)\b|去|到|看医生|看病|就医|就诊|挂号|预约|咨询|联系|找|拨打|复查|复诊|送/u;
const TO_HOSPITAL =
  /\b(?:go|get|take \w+|bring \w+|be taken)\s+(?:straight\s+)?to\s+(?:the\s+|a\s+)?hospital\b|(?:去|送|到)(?:医院(?!门诊|挂号|看看|复查)|医(?!院))/u;
const REASSURES =
  /\b(?:it|this|that|they|the pain|the symptoms?|these)\s+(?:should|will|usually|normally|often|generally)\s+(?:\w+\s+)?(?:ease|settle|pass|go away|get better|improve|clear up|wear off|resolve|calm down)\b|\b(?:most likely|probably|almost certainly|is just|is only|it's just|it's only)\s+(?:\w+\s+)?(?:muscular|a (?:muscle|pulled muscle|strain)|indigestion|heartburn|anxiety|a panic attack|nothing serious|harmless|a virus|stress|wind|trapped wind)\b|\bnothing (?:to worry about|serious)\b|\bno need to (?:worry|panic)\b|\bnot (?:serious|dangerous)\b|应该会(?:好|缓解|过去|消退)|会自己好|自行缓解|不用担心|没什么大问题|没大事|问题不大|多半是|可能只是|只是(?:肌肉|胃|焦虑|岔气)/u;
// A heading, a title or page furniture: markup of a heading or title, a Markdown heading, a Chinese numbered heading with
// no sentence end, a line of links.
const HEADING = /^\s*(?:#|<\s*(?:h[1-6]|title|li|nav|footer|header)\b)|^\s*[一二三四五六七八九十\d]+[、.．][^。！!]*$|^\s*\*\*[^*]+\*\*\s*$/iu;
// Help already on its way ("wait until help arrives", "while you wait for the doctor") is no referral of its own.
const HELP_COMING =
  /\b(?:while|until|till|before|wait(?:ing)? for)\b[^.;,]{0,30}?\b(?:help|the doctor|a doctor|the nurse|the crew|they)\b(?:\s+(?:arrives?|comes?|gets? (?:there|here)|is on (?:its|the) way))?/gu;
const CLAUSE = /[,;:，；：。.!?！？—–]|\s-\s|\b(?:but|and then|then)\b|但是?|然后/u;

function clausesOf(text: string): string[] {
  return text.split(new RegExp(CLAUSE.source, 'gu')).filter((c) => c.trim());
}

/** Is some occurrence of `re` in a clause free of a negation before it in that clause? */
function saidUnnegated(text: string, re: RegExp): boolean {
  for (const c of clausesOf(text)) {
    const m = re.exec(c);
    if (m && !NEGATED_BEFORE.test(c.slice(0, m.index))) return true;
  }
  return false;
}

/** Does the sentence put care off — a wait, care at home, or care sent to a later day — anywhere, unnegated? */
export function putsCareOff(sentence: string): boolean {
  const n = sentence.toLowerCase().replace(/[’‘]/g, "'").replace(HELP_COMING, ' ');
  return saidUnnegated(n, WAIT) || ((saidUnnegated(n, CARE_TARGET) || saidUnnegated(n, EMERGENCY)) && saidUnnegated(n, LATER));
}

/**
 * How soon the sentence sends the reader to care, or undefined when it sends nowhere. Emergency care said anywhere
 * unnegated wins ("call 999 now, then see your GP next week" sends to emergency care); otherwise a deferral said
 * unnegated makes the sentence's care deferred, whatever else it says.
 */
export function careWhen(sentence: string, dangerous?: DangerReader): CareWhen | undefined {
  // A heading, a title, a question or page furniture (a link, a phone line) names care without sending anyone to it.
  if (HEADING.test(sentence) || /[?？]\W*$/u.test(sentence)) return undefined;
  const n = sentence
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(HELP_COMING, ' ');
  // Session 19: emergency care named only to be called harmful or costly ("救护车太贵") sends no one there.
  // …unless the clause sends there now all the same ("Go to A&E now even though the queue may be long": review s19 C4).
  if (clausesOf(n).some((c) => (!calledHarmful(c) || NOW.test(c)) && saidUnnegated(c, EMERGENCY))) return 'emergency';
  // Review s17 (C1): an assurance that it will pass, or that it is something minor, puts care off without naming any
  // ("Take a warm bath and an aspirin and lie down; it should ease", "It is most likely muscular").
  if (saidUnnegated(n, REASSURES)) return 'deferred';
  const target = saidUnnegated(n, CARE_TARGET) && SENDS.test(n);
  if (saidUnnegated(n, WAIT) || (target && saidUnnegated(n, LATER))) return 'deferred';
  // Session 19 (care-stance.ts): care made needless by what the sentence claims instead — something short of care is
  // enough, a remedy cures, the danger settles by itself or is something minor, care is harmful, a treatment is not
  // needed — puts care off as much as a later day does, unless the sentence itself sends to care now.
  // Care called harmful or needless is put off even where the sentence names going to it ("去医院反而容易交叉感染").
  const now = target && (NOW.test(n) || TO_HOSPITAL.test(n));
  const stance = careStance(n, dangerous);
  if (((stance === 'harmful' || stance === 'forgone') && !NOW.test(n)) || (stance && !now)) return 'deferred';
  if (!target) return undefined;
  // Taken to hospital is where an emergency goes, whatever the time said ("Always go to hospital, even if you feel better").
  if (now) return 'now';
  if (TODAY.test(n)) return 'today';
  return 'routine';
}

/**
 * Does the sentence send the reader to care later than the triage of the message allows? An emergency allows only
 * emergency care or care now; urgent allows anything but care put off. Routine triage allows all.
 */
export function careLaterThanTriage(sentence: string, level: TriageLevel, dangerous?: DangerReader): CareWhen | undefined {
  if (level === 'routine') return undefined;
  const when = careWhen(sentence, dangerous);
  if (!when) return undefined;
  if (level === 'emergency' && (when === 'today' || when === 'routine' || when === 'deferred')) return when;
  if (level === 'urgent' && when === 'deferred') return when;
  return undefined;
}
