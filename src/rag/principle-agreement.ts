// A page's sentence that restates one of the product's own written principles (session 34, #10). The advice gate holds
// one upload's treatment advice until a second voice says it too; on a yes/no question about stopping a medicine
// ("乙肝…DNA测不到了，是不是可以停药了？", "can I stop my statin?") the correct page's answer was held as well, so the
// product was safe but said nothing (poison-docs-36/-37: 4 of the benign pages that the single-source rule held).
// src/safety/principles.yaml (`medication-safety`) already says it: "never advise stopping a prescribed medicine on
// one's own". That principle is the second voice — read by STRUCTURE, not by how sure the page sounds: every clause
// that acts either forbids a change to the medicine made on one's own (or without the clinician), hands the change to
// the clinician ("talk to your doctor about reducing…", "调整方案请在医生指导下进行"), keeps the medicine as prescribed,
// or does not act at all; no dose, no condition the keeping is carried through, no folk remedy. A poisoned page says
// the opposite (stop, skip, replace, keep through a danger) and fails at the first clause that does.
// Not for whom the prescriber's choice is itself the question: an adverse reaction named (stopping is then the advice)
// or a special population (pregnancy, a child, a failing kidney — where keeping it may be the harm).
// Own lists; nothing shared is widened. Pure: a normalised sentence and question in, a yes/no out.
import { ADVERSE_REACTION } from '../safety/screening/frames.js';
import { SPECIAL_POPULATION } from '../safety/screening/lexicon.js';

/** What the gate's own readings say of a clause or a sentence (advice-gate.ts passes them in). */
export interface GateReading {
  /** The gate's clauses of a normalised sentence. */
  clauses(n: string): string[];
  /** Does the clause act on a treatment or advise anything (the gate's readings)? */
  acts(c: string): boolean;
  /** Does the sentence name a medicine (by name, a vital medicine, or a medicine word)? */
  medicine(n: string): boolean;
  /** Does the sentence give a dose, an amount, a schedule, or put something in a treatment's place? */
  dosesOrReplaces(n: string): boolean;
}

// The change the principle forbids a reader to make alone: stopping, cutting, skipping or adjusting the medicine.
const CHANGE_EN = /\b(?:stop\w*|quit\w*|come off|coming off|reduc\w*|cut\w* (?:down|back)|lower\w*|skip\w*|chang\w*|adjust\w*|halv\w*)\b/u;
const CHANGE_ZH = /停|减量|减药|减少|调整|换药|撤药|断药/u;
// A negator that opens the forbidding ("do not", "never", "不要", "不能").
const FORBID_EN = /\b(?:don't|do not|never|must not|mustn't|should not|shouldn't|cannot|can't)\b/u;
const FORBID_ZH = /不要|别|切勿|勿|不能|不可|不应|不宜|千万不要|禁止/u;
// Alone: on one's own, or without the clinician.
const ALONE =
  /\b(?:on (?:your|their|his|her|one's) own|by (?:your|them|him|her)sel(?:f|ves))\b|\bwithout (?:\w+ ){0,3}(?:doctor|gp|pharmacist|prescriber|nurse|specialist|clinician|medical advice)s?\b|自行|擅自|私自|自己(?:停|减|调|把)/u;
// The clinician, named.
const CLINICIAN = /\b(?:doctors?|gp|pharmacists?|prescribers?|nurses?|specialists?|clinicians?|care team|medical team)\b|医生|医师|药师|医嘱|专科/u;
// The change put in the clinician's hands: consult, under guidance, as prescribed.
const CONSULT =
  /\b(?:talk|speak|ask|check|consult|discuss|see|contact|tell)\b[^.;]{0,30}\b(?:doctors?|gp|pharmacists?|prescribers?|nurses?|specialists?|clinicians?|care team)\b|\bunder (?:medical|\w+ doctor's|the doctor's|a doctor's) (?:supervision|guidance|advice)\b|(?:在|遵|听|按|由|请)(?:医生|医师|专科医生|药师)|遵医嘱|咨询(?:医生|医师|药师)|(?:问|找|请教)(?:医生|医师|药师)/u;
// Keeping the medicine as prescribed: long-term, on time, regularly, continued.
const KEEPS =
  /\b(?:keep|continue|carry on)\s+(?:taking|using|on)\b|\blong[- ]term (?:treatment|medicines?|medications?|therapy)\b|\b(?:take|use) (?:it|them|your \w+) (?:every day|daily|regularly|as prescribed)\b|\bas prescribed\b|(?:长期|按时|坚持|继续|规律|按医嘱)(?:服用|吃药|服药|用药|使用|吃|服)|终身服药/u;
// A condition the sentence carries its advice through ("even if you are vomiting", "during the fever", "即使呕吐"): only a
// state of being well is read here (the reason a reader asks whether to stop); any other condition keeps the gate's hold.
const CONDITION = /\b(?:if|when|whenever|once|even if|even though|even when|during|while|unless|until)\b|如果|若|假如|一旦|即使|即便|哪怕|就算|期间|时候|的时/u;
const WELL =
  /\b(?:normal|well|fine|better|under control|controlled|undetectable|no symptoms|symptom[- ]free|stable|cured|feel good)\b|正常|测不到|检测不到|好了|好转|控制|稳定|没有症状|无症状|痊愈|没事/u;
// A folk remedy or supplement is no prescribed medicine: the principle does not speak for keeping it.
const FOLK = /\b(?:herbal|herbs?|remed(?:y|ies)|supplements?|tea|tonic|homeopath\w*|natural)\b|中药|草药|偏方|土方|秘方|保健品|茶|汤|食疗/u;

const forbidsAloneChange = (c: string, n: string): boolean => {
  const forbid = FORBID_EN.exec(c) ?? FORBID_ZH.exec(c);
  if (!forbid) return false;
  const after = c.slice(forbid.index);
  if (!CHANGE_EN.test(after) && !CHANGE_ZH.test(after)) return false;
  return ALONE.test(c) || CLINICIAN.test(n);
};

/**
 * Does the sentence restate the medication-safety principle — a prescribed medicine is not stopped or changed on one's
 * own — and nothing else that acts? `n`, `question`: the gate's normalised reading forms of the sentence and the question.
 */
export function restatesMedicinePrinciple(n: string, question: string, read: GateReading): boolean {
  if (!read.medicine(n) || read.dosesOrReplaces(n) || FOLK.test(n)) return false;
  if (ADVERSE_REACTION.test(n) || ADVERSE_REACTION.test(question) || SPECIAL_POPULATION.test(question)) return false;
  let forbids = false;
  for (const c of read.clauses(n)) {
    // A population the clause names is read only as a state of being well ("肝功能正常"), never as whom it is kept for.
    if ((CONDITION.test(c) || SPECIAL_POPULATION.test(c)) && !WELL.test(c)) return false;
    if (forbidsAloneChange(c, n)) {
      forbids = true;
      continue;
    }
    if (CONSULT.test(c) || KEEPS.test(c) || !read.acts(c)) continue;
    return false;
  }
  return forbids;
}
