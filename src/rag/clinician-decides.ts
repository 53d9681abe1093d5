// Who makes the change (issue #10, session 32). The advice gate holds a change to a treatment that rests on one
// uploaded page. A change the page puts in a CLINICIAN's hands is not the reader's act: "ask your GP for a plan to
// reduce the dose", "talk to your doctor, who can help you reduce it gradually", "是否减停要由医生评估", "停药须由专科医生
// 评估", "需要减药时，请在医生指导下逐渐减量". What the reader is told to do there is to see a clinician, which is care.
// On poison-docs-35, 2 of the 14 benign pages whose correct advice was held at first sight say it this way, and 40 of
// the 628 benign page sentences of batches 1–35: the usual way a correct page words "do not change it on your own".
// A second shape of the same sentences: the prohibition after its topic ("抗癫痫药不能自己停", "降压药不可擅自停用",
// "antidepressants should not be stopped suddenly") — the Chinese topic first, an English passive — forbids the same
// change as "不要自行停用抗癫痫药", which the gate already reads as pointing toward safety.
// Read only by the gate's warning readings (its release floor: no screening rule objects, no urgent triage, a quoted
// sentence of an authority A/B upload), clause by clause; a dose, amount, schedule, replacement, endorsement or care
// forgone anywhere keeps the sentence held as before. Pure: a normalised clause in, a decision out. Its word lists are
// its own (no list the older readers use is widened).
import { VITAL_MEDICINE } from '../safety/screening/lexicon.js';

// Who decides: a clinician or their service.
const CLINICIAN_EN =
  '(?:gp|doctor|physician|pharmacist|prescriber|specialist|consultant|nurse|midwife|health visitor|psychiatrist|neurologist|cardiologist|rheumatologist|endocrinologist|clinician|diabetes team|care team|mental health team|renal team|anticoagulation (?:clinic|service)|clinic)';
const CLINICIAN_ZH = '(?:医生|医师|大夫|药师)';

// "ask your GP …", "talk to your doctor …", "check with your pharmacist or anticoagulation clinic …": an imperative
// consult opening the clause, addressed to a clinician.
const CONSULT_EN = new RegExp(
  `^\\W*(?:(?:then|and|so|but|please|instead|first|always|just|rather)\\s+)*(?:ask|talk (?:to|with)|speak (?:to|with)|check (?:with|first with)|consult|discuss (?:it |this |that )?with)\\s+(?:your|a|the|an)\\s+(?:own\\s+)?(?:[a-z]+\\s+)?${CLINICIAN_EN}(?:\\s+or\\s+(?:your|a|the|an)?\\s*(?:[a-z]+\\s+)?${CLINICIAN_EN})?(?:\\s+first)?\\b(?<rest>.*)$`,
  'u',
);
// What may follow the clinician: nothing, or a complement the clinician answers ("for a plan to …", "about reducing",
// "before stopping", "whether …", "how to …"). Not "to stop it" (the reader tells the clinician what to do).
// "for" only for a plan or advice ("for a plan to reduce"): "ask your doctor for a prescription / for antibiotics" asks
// for a treatment by name, which the gate reads as before.
const COMPLEMENT_EN =
  /^\s*(?:$|(?:about|before|whether|if|how|when|what|first)\b|for (?:a |an |some )?(?:plan|schedule|advice|help|review|reduction|taper)\b)/u;
// The clinician's own act, continuing a consult clause: "…, who can help you reduce the dose gradually".
const CLINICIAN_ACTS_EN = /^\W*(?:who|they|he|she)\s+(?:can|will|may|could|should)\s+(?:help|advise|work out|plan|agree|decide|arrange|tell)\b/u;
// Whether to change is the clinician's decision ("由医生判断是否需要换药", "停药须由专科医生评估", "是否减停要由医生评估").
const DECIDED_ZH = new RegExp(
  `(?:由|要由|须由|需由|应由|需要由|必须由|应该由|交由|交给|听从)(?:[\\p{Script=Han}]{0,4})?${CLINICIAN_ZH}(?:来)?(?:[\\p{Script=Han}]{0,6}?)(?:评估|决定|判断|调整|制定|确定|决策|指导)`,
  'u',
);
// The change done under a clinician's guidance or after their assessment ("在医生指导下逐渐减量", "在医生评估后", "遵医嘱",
// "先咨询医生"): the reader's own act, so only a change to a current, non-vital treatment is read this way.
const GUIDED_ZH = new RegExp(
  `在(?:[\\p{Script=Han}]{0,6}?)${CLINICIAN_ZH}(?:的)?(?:指导|评估|监测|监护|同意|建议)(?:下|后|之后)|${CLINICIAN_ZH}(?:评估|同意|判断)(?:后|之后)|遵医嘱|(?:先|应先|请先|需先|需要先|应该先)?咨询${CLINICIAN_ZH}`,
  'u',
);
// A change to a current treatment: stop, cut, taper, adjust, switch (not starting, adding or replacing something).
const CURRENT_CHANGE =
  /\b(?:stop\w*|reduc\w*|cut\w* down|cutting down|taper\w*|come off|coming off|wean\w*|lower\w*|adjust\w*|chang\w* the dose)\b|停|减量|减药|减停|减少|调整|调回|撤药|换药|换用/u;
const GRADUAL_ZH = /逐渐|逐步|慢慢|缓慢|分次|调整|调回/u;
// What the guided form never releases: a new treatment, a replacement or an endorsement, an amount.
const NEW_OR_REPLACED =
  /\b(?:start\w*|add\w*|begin\w*|instead|replace\w*|rather than|in place of|switch\w* to)\b|开始|加用|加服|加药|加量|改用|换成|改为|代替|替代|取代|首选|\d/u;

// The prohibition after its topic: a noun phrase, then "不能/不要/不可/切勿/不宜/不应该" with an optional "自行/自己/擅自/随意/
// 突然/轻易" and a stop or cut; in English the passive "should/must not (ever) be stopped/reduced…".
const TOPIC_PROHIBITION_ZH =
  /^(?<topic>[^,，。；;!?]{1,14}?)(?:也|都|千万|绝对|一定)?(?:不能|不要|不可以|不可|切勿|不宜|不应该|不应|别)(?:自行|自己|擅自|随意|突然|轻易|马上|立刻)*(?:停药|停用|停服|停掉|停止服用|停|减量|减药|减停|漏服|撤药)/u;
const TOPIC_PROHIBITION_EN =
  /\b(?:should|must|ought to)\s+(?:not|never)\s+(?:ever\s+)?be\s+(?:stopped|reduced|skipped|missed|cut|tapered|discontinued|halted)\b/u;
// A topic that is more than a noun phrase: a condition, a time or state, a concession, an act of its own.
const TOPIC_NOT_NOUN =
  /即使|即便|哪怕|就算|如果|若|一旦|假如|万一|只要|可以|能|应|要|吃|服|用|打|喝|给|让|把|后|时|期间|的话|了|\b(?:if|when|even|you|can|may)\b/u;

/**
 * Is the change in this (normalised) clause put in a clinician's hands? `afterConsult`: the clause before it was a
 * consult ("talk to your doctor, | who can help you reduce the dose gradually").
 */
export function leftToClinician(clause: string, afterConsult = false): boolean {
  const c = clause.trim();
  if (!c) return false;
  if (afterConsult && CLINICIAN_ACTS_EN.test(c)) return !NEW_OR_REPLACED.test(c);
  const consult = CONSULT_EN.exec(c);
  if (consult) return COMPLEMENT_EN.test(consult.groups?.rest ?? '') && !NEW_OR_REPLACED.test(consult.groups?.rest ?? '');
  if (DECIDED_ZH.test(c)) return !NEW_OR_REPLACED.test(c.replace(/换药|换用/gu, ''));
  // Guided: a gradual cut or an adjustment, the clinician's taper ("在医生指导下逐渐减量"), never a plain stop told after
  // asking ("咨询医生后停用降压药" still tells the reader to stop), never a vital medicine.
  if (GUIDED_ZH.test(c)) return CURRENT_CHANGE.test(c) && GRADUAL_ZH.test(c) && !NEW_OR_REPLACED.test(c) && !VITAL_MEDICINE.test(c);
  return false;
}

// A condition told before the clinician's step ("需要减药或停药时，请在医生指导下逐渐减量", "if you want to stop, talk to your
// doctor first"): it opens with if/when/如果 or closes with 时/的话, and names no act of its own beyond the change.
const WHEN_OPEN = /^\W*(?:if|when|whenever|once)\b|^\W*(?:如果|如需|若|假如|一旦|当)/u;
const WHEN_CLOSE = /(?:时|时候|的话)\s*$/u;
const WHEN_ACTS = /\b(?:can|may|should|must|need to|you'll|then)\b|可以|可|应|必须|就|再|\d/u;

/** Is the clause a bare condition whose change the next clause puts in a clinician's hands? */
export function whenLeftToClinician(clause: string, next: string | undefined): boolean {
  const c = clause.trim();
  if (!next || !(WHEN_OPEN.test(c) || WHEN_CLOSE.test(c)) || WHEN_ACTS.test(c.replace(/^\W*如需/u, '')) || NEW_OR_REPLACED.test(c)) return false;
  return leftToClinician(next);
}

/** Does the clause open with a consult of a clinician (so a following "who can help you …" is the clinician's act)? */
export function consultsClinician(clause: string): boolean {
  return CONSULT_EN.test(clause.trim());
}

/** Does the clause forbid stopping or cutting its topic ("抗癫痫药不能自己停", "it should not be stopped suddenly")? */
export function forbidsChangeAfterTopic(clause: string): boolean {
  const c = clause.trim();
  if (TOPIC_PROHIBITION_EN.test(c)) return !/\b(?:if|when|unless|even|until)\b/u.test(c.slice(0, c.search(TOPIC_PROHIBITION_EN)));
  const m = TOPIC_PROHIBITION_ZH.exec(c);
  // A topic told as a time or a state ("吐血后也不能停") keeps the medicine going through it: no bare prohibition.
  return Boolean(m) && !TOPIC_NOT_NOUN.test(m!.groups?.topic ?? '');
}
