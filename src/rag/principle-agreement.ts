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
import { describedDanger, describesDanger } from '../safety/screening/described-danger.js';
import { encouragedAct, HESITATION_AHEAD_EN, HESITATION_AHEAD_ZH } from '../safety/screening/negator-scope.js';

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
// A negator that governs the change ("do not stop", "never reduce", "不要自行停药", "唔好自己停藥"): the change verb follows
// it within three words (or eight characters in Chinese), with no hesitation between ("don't be afraid to stop" is no
// prohibition: the hesitations are negator-scope.ts's, one list for both readers) — review s34.
const FORBID_EN = new RegExp(
  `\\b(?:don't|dont|do not|never|must not|mustn't|should not|shouldn't|cannot|can't|not to)\\s+(?:${HESITATION_AHEAD_EN}[\\w']+\\s+){0,3}(?:stop\\w*|quit\\w*|come off|coming off|reduc\\w*|cut\\w* (?:down|back)|lower\\w*|skip\\w*|chang\\w*|adjust\\w*|halv\\w*)\\b`,
  'u',
);
const FORBID_ZH = new RegExp(
  `(?:不要|别|切勿|勿|不能|不可|不应|不宜|千万不要|禁止|唔好|唔可以|不准)(?:${HESITATION_AHEAD_ZH}[^，,。；;！!？?\\s]){0,12}?(?:停|减量|减药|减少|减半|调整|换药|撤药|断药)`,
  'u',
);
// Alone: on one's own, or without the clinician.
const ALONE =
  /\b(?:on (?:your|their|his|her|one's) own|by (?:your|them|him|her)sel(?:f|ves))\b|\bwithout (?:\w+ ){0,3}(?:doctor|gp|pharmacist|prescriber|nurse|specialist|clinician|medical advice)s?\b|自行|擅自|私自|自己(?:停|减|调|把)/u;
// The clinician, named.
const CLINICIAN =
  /\b(?:doctors?|gp|pharmacists?|prescribers?|nurses?|specialists?|clinicians?|care team|medical team|clinic|team|psychiatrist|neurologist|cardiologist|consultant)\b|医生|医师|药师|医嘱|专科/u;
// The change put in the clinician's hands: consult, under guidance, as prescribed.
const CONSULT =
  /\b(?:talk|speak|ask|check|consult|discuss|see|contact|tell)\b[^.;]{0,30}\b(?:doctors?|gp|pharmacists?|prescribers?|nurses?|specialists?|clinicians?|care team)\b|\bunder (?:medical|\w+ doctor's|the doctor's|a doctor's) (?:supervision|guidance|advice)\b|(?:在|遵|听|按|由|请|与|和|同)(?:\S{0,4}?)(?:医生|医师|药师)|遵医嘱|咨询(?:医生|医师|药师)|(?:问|找|请教)(?:\S{0,2})(?:医生|医师|药师)|(?:讨论|回诊|复诊)/u;
// The clinician as the one who decides the change (session 35): the clinician is the clause's subject and decides,
// reviews, plans or adjusts ("let your doctor decide whether the dose can be reduced", "your psychiatrist can plan any
// change", "your asthma nurse will review it", "剂量由医生决定"), or the reader is sent to the clinician before any change
// ("talk to your HIV clinic before making any change"). Read by structure: who acts on the change, not which words.
const CLINICIAN_EN =
  '(?:doctors?|gp|pharmacists?|prescribers?|nurses?|specialists?|clinicians?|consultants?|psychiatrists?|neurologists?|cardiologists?|(?:care |medical |\\w+ )?(?:team|clinic))';
const HANDED = new RegExp(
  [
    `\\b(?:let|leave it to|allow) (?:your |the )?(?:\\w+ )?${CLINICIAN_EN}\\b`,
    `\\b(?:your|the) (?:\\w+ )?${CLINICIAN_EN} (?:can|will|may|should|would|must|is going to|decides?|reviews?|plans?|adjusts?)\\b`,
    `\\b(?:talk|speak|check|ask)\\b[^.;]{0,30}\\b${CLINICIAN_EN}\\b[^.;]{0,10}\\bbefore\\b`,
    '由\\S{0,6}?(?:医生|医师)\\S{0,6}?(?:决定|评估|调整|安排|调校|判断)',
    '(?:医生|医师)(?:会|来|再)?(?:决定|评估|调整|安排|调校|判断)',
  ].join('|'),
  'u',
);
// Keeping the medicine as prescribed: long-term, on time, regularly, continued.
const KEEPS =
  /\b(?:keep|continue|carry on)\s+(?:taking|using|on)\b|\blong[- ]term (?:treatment|medicines?|medications?|therapy)\b|\b(?:take|use) (?:it|them|your \w+) (?:every day|daily|regularly|as prescribed)\b|\bas prescribed\b|(?:长期|按时|坚持|继续|规律|按医嘱)[^，,。；;！!？?\s]{0,6}?(?:服用|吃药|服药|用药|使用|吃|服|食)|终身服药/u;
// A condition the sentence carries its advice through ("even if you are vomiting", "during the fever", "即使呕吐"): only a
// state of being well is read here (the reason a reader asks whether to stop); any other condition keeps the gate's hold.
const CONDITION = /\b(?:if|when|whenever|once|even if|even though|even when|during|while|unless|until)\b|如果|若|假如|一旦|即使|即便|哪怕|就算|期间|时候|的时/u;
const WELL =
  /\b(?:normal|well|fine|good|better|under control|controlled|undetectable|no symptoms|symptom[- ]free|stable|cured|feel good)\b|正常|测不到|检测不到|好了|好转|控制|受控|稳定|没有症状|无症状|痊愈|没事/u;
// A folk remedy or supplement is no prescribed medicine: the principle does not speak for keeping it.
const FOLK = /\b(?:herbal|herbs?|remed(?:y|ies)|supplements?|tea|tonic|homeopath\w*|natural)\b|中药|草药|偏方|土方|秘方|保健品|茶|汤|食疗/u;

// Review s34: a keep clause carried alongside another medicine or up to a procedure ("keep taking ibuprofen alongside
// your warfarin", "right up to the morning of your operation", "术前也要坚持服用") keeps more than the prescribed medicine.
const KEEP_EXTRA =
  /\b(?:with|alongside|together|plus|both|either|up to|until|till|through|before|on the day|right up|as well as|and also)\b|和|与|跟|同|以及|都要|术前|手术|当天|之前|直到|一起|同时/u;
// A rash that was the condition treated and has gone ("吃了一个月皮疹好了", "the rash has cleared") is no reaction now.
const RESOLVED =
  /(?:皮疹|疹子|湿疹|荨麻疹)(?:已经|都|也)?(?:好了|消了|退了|没了|好转)|\b(?:rash|hives|eczema)(?: has| have|'s)? (?:gone|cleared(?: up)?|settled|went away)\b/gu;
// A clinician's title is no population: "肝病专科医生", "kidney doctor", "liver clinic" name who decides, not for whom.
const CLINICIAN_TITLE =
  /\S{0,4}(?:专科)?(?:医生|医师)|\b(?:kidney|renal|liver|hepatic|child(?:ren's)?|paediatric|pediatric)\s+(?:doctor|specialist|clinic|team|nurse|unit)s?\b/gu;

// Review s35: a sentence that takes its own prohibition back — a second negator or a rhetorical or reporting frame
// ("并非不能", "不是不能", "谁说…不能", "邊個話…唔可以", "who says", "a myth", "no rule", "used to", "outdated").
const TAKEN_BACK =
  /并非|並非|并不是|並不是|不是|唔係|谁说|誰說|谁讲|誰講|谁规定|誰規定|边个话|邊個話|边个讲|邊個講|没人说|沒人說|没有人说|沒有人說|有人说|有人說|据说|據說|哪有|未必|何必|以前|过去|過去|过时|過時|老观念|老觀念|旧观念|舊觀念|误区|誤區|谣言|謠言|\b(?:who says|who said|myths?|no rule|not true|isn't true|is wrong|used to|outdated|old advice|nobody|no one|old-fashioned|no reason|contrary to|(?:some|people|they|others|many) (?:say|said|claim|tell|think|believe))\b/u;
// A sentence that asks ("…on your own?", "…可以自己停吗", "…唔可以自己停㗎") states nothing.
const ASKED = /[?？]|㗎|吗(?!啡)|嗎(?!啡)|呢\s*[。.!！]?$|咩\s*[。.!！]?$|\b(?:who|why) (?:says|said|would|should)\b/u;
// A lab or vital-sign word with a number beside it, a mood or self-harm, breastfeeding (the question's words).
// A number that is a duration ("sugars normal for 3 months", "血压正常3个月") or a count is no reading.
const NOT_TIME = String.raw`[\d.,/]*(?![\d.,/]|\s*(?:days?|weeks?|months?|years?|yrs?|hours?|times?|个月|個月|月|年|天|日|周|週|星期|次|小时|小時))`;
const LAB_NUMBER = new RegExp(
  String.raw`\b(?:inr|sugars?|glucose|bms?|potassium|sodium|k\+?|heart ?rate|hr|pulse|bp|blood pressure|creatinine|egfr|platelets?|hb|ha?emoglobin|lithium level|level|levels|reading|result|alt|ast|tsh|a1c|hba1c|white cells?|wbc|neutrophils?)\b[^.;!?]{0,30}\d` +
    NOT_TIME +
    String.raw`|\d\s*(?:mmol|mg\/dl|mg\/l|µmol|umol|bpm|mmhg)|(?:血糖|血钾|血鉀|血钠|血鈉|钾|鉀|钠|鈉|心率|心跳|脉搏|脈搏|血压|血壓|肌酐|血小板|血红蛋白|血紅蛋白|白细胞|白血球|转氨酶|轉氨酶|指标|指標|化验|化驗|inr|肝功|肾功|腎功|浓度|濃度)[^，,。；;！!？?]{0,12}\d` +
    NOT_TIME,
  'u',
);
// A lab or vital-sign word said to be high, low or abnormal ("my potassium is high", "血钾偏高").
const LAB_WORDS_EN =
  'inr|sugars?|glucose|potassium|sodium|heart ?rate|pulse|bp|blood pressure|creatinine|egfr|kidney function|liver function|platelets?|ha?emoglobin|blood count|levels?|tsh|white cells?|wbc|neutrophils?';
const LAB_STATE = new RegExp(
  String.raw`\b(?:${LAB_WORDS_EN})\b[^.;!?]{0,20}\b(?:too high|too low|very high|very low|dangerously|high|low|raised|elevated|abnormal|critical|off|dropped|spiked|crashed)\b|(?:血糖|血钾|血鉀|血钠|血鈉|心率|心跳|脉搏|脈搏|血压|血壓|肌酐|血小板|血红蛋白|血紅蛋白|白细胞|白血球|转氨酶|轉氨酶|指标|指標|肝功|肾功|腎功|浓度|濃度)[^，,。；;！!？?]{0,6}(?:偏高|偏低|过高|过低|過高|過低|太高|太低|很高|很低|好高|好低|超标|超標|异常|異常|危急|升高|降得很低)`,
  'u',
);
const MOOD_HARM =
  /\b(?:suicid\w*|self[- ]?harm\w*|kill(?:ing)? myself|end (?:my|it) (?:life|all)|hurt(?:ing)? myself|want(?:ed)? to die|ending it|end it all|thoughts of (?:death|dying)|better off dead|hopeless|low mood|mood (?:is |has been |got )?(?:low|worse|bad|dark)|feel(?:ing)? (?:low|down|worse|suicidal|empty)|mood swings?|manic|mania|psychos\w*|hallucinat\w*|hearing voices)\b|自杀|自殺|轻生|輕生|不想活|想死|自残|自殘|伤害自己|傷害自己|情绪低落|情緒低落|心情低落|抑郁加重|躁狂|幻觉|幻覺|幻听|幻聽/u;
const BREASTFEEDING = /\b(?:breast[- ]?feed\w*|breast[- ]?fed|nursing (?:my|a|the) baby|breast ?milk|expressing)\b|哺乳|喂奶|餵奶|母乳|授乳|喂人奶|餵人奶/u;

const CHANGE_ANY = new RegExp(`${CHANGE_EN.source}|${CHANGE_ZH.source}`, 'u');
// A negator before the keeping takes it back: "也不要自行涂药后继续服用可疑药物" stops the medicine.
const KEEP_NEGATED = /\b(?:not|never|don't|dont|no longer|stop)\b|不|别|勿|唔好|停/u;
/** Does the clause keep the medicine going, with no negator before the keeping? */
const keeps = (c: string): boolean => {
  const m = KEEPS.exec(c);
  return m !== null && !KEEP_NEGATED.test(c.slice(0, m.index));
};
/** Does a negator in the clause govern a change verb? "don't be afraid to stop" encourages the stop (negator-scope.ts). */
const forbidsChange = (c: string): boolean => encouragedAct(c) === undefined && CHANGE_ANY.test(c) && (FORBID_EN.test(c) || FORBID_ZH.test(c));
const forbidsAloneChange = (c: string, n: string): boolean => forbidsChange(c) && (ALONE.test(c) || CLINICIAN.test(n));

// Session 41 (own probes s41-l02/l04/l06/l13, given at START): the one the change is handed to must be a clinician. The
// seller ("our wellness coach will reduce it", "由本店中医师评估后为您停用西药") or a lay healer ("your naturopath will decide
// how to wean you off") deciding a prescribed medicine is the page's own product talking, and a clinician clause that
// carries a replacement ("your doctor will usually switch you to garlic capsules") or a concession ("although your doctor
// will usually take you off it") is no hand-over. Hold-only: these end the principle readings, they release nothing.
const LAY_AGENT =
  /\b(?:naturopath\w*|herbalists?|homeopaths?|healers?|coach(?:es)?|nutritionists?|iridologists?|chiropractors?|reiki|wellness)\b|养生|营养师|调理师|健康管理师/u;
const CONCESSION = /\b(?:although|though|even so)\b|虽然|尽管|虽说/u;
// A replacement carried by the one who changes it: "your doctor will usually switch you to garlic capsules", "医生会给你改用…".
const SWITCHED = /\bswitch\w* (?:\w+ ){0,2}(?:to|onto|over)\b|\bput (?:you|them|him|her) on\b|\bwean\w* (?:\w+ ){0,2}onto\b|改用|改吃|换成|换用/u;
// Review fix s41 (S2 cp-a03, cp-a05, cp-a12): in the START reader (restatesMedicinePrinciple) each guard reads only the
// clause it is about; clinicianMakesChange keeps them sentence-wide. A switch to another prescribed medicine ("your
// specialist may switch you to another tablet / a different statin") is the clinician's ordinary switch — a product,
// food, herb or "natural" anything in the clause is not. A concession about the reader's state ("虽然症状好转了",
// "although you may feel better") hands nothing over — one that names the clinician or a change does. A lay healer named
// only as the one whose advice is refused ("do not stop … on the advice of a chiropractor or naturopath") is no agent.
const SWITCH_TO_MEDICINE =
  /\bswitch\w* (?:\w+ ){0,2}(?:to|onto) (?:another|a different|an alternative|a similar|a safer|a new|other|different) (?:[\w-]+ ){0,2}?(?:tablets?|medicines?|medications?|drugs?|pills?|statins?|antidepressants?|inhalers?|treatments?)\b/gu;
const NOT_MEDICINE = /\b(?:natural\w*|herb\w*|plant\w*|organic|botanical|supplement\w*|remed\w*|products?|capsules?|powders?|teas?|tonic|our|diet|food)\b/u;
const switchedTo = (c: string): boolean => SWITCHED.test(NOT_MEDICINE.test(c) || FOLK.test(c) ? c : c.replace(SWITCH_TO_MEDICINE, ' '));
const concessionHands = (c: string): boolean => CONCESSION.test(c) && (CLINICIAN.test(c) || CHANGE_ANY.test(c) || ALONE.test(c));
const LAY_NOUN =
  '(?:naturopath\\w*|herbalists?|homeopaths?|healers?|coach(?:es)?|nutritionists?|iridologists?|chiropractors?|reiki (?:practitioners?|healers?))';
const LAY_REFUSED = new RegExp(
  `\\b(?:on the (?:advice|say-so|word|recommendation) of|(?:advised|told|recommended|suggested) by)\\s+(?:(?:a|an|any|your|the)\\s+)?${LAY_NOUN}(?:\\s*(?:,|or|and)\\s+(?:(?:a|an|any|your|the)\\s+)?${LAY_NOUN})*`,
  'gu',
);
const LAY_EXCEPT = /\b(?:except|unless|other than|without|only|but|apart from|until|till|save)\b/u;
const layIn = (c: string): boolean => LAY_AGENT.test(forbidsChange(c) && !LAY_EXCEPT.test(c) ? c.replace(LAY_REFUSED, ' ') : c);
/** Is the clinician a seller or a lay healer, or a Chinese-medicine practitioner deciding a Western medicine? */
const notTheClinician = (c: string): boolean => SELLER.test(c) || LAY_AGENT.test(c) || (/中医/u.test(c) && WESTERN_ZH.test(c));

// Session 41 (#10, usefulness; poison-docs-44 p44-046): the clinician as the AGENT of the change. "Don't stop taking your
// antidepressant suddenly; talk to your GP, who will usually reduce the dose gradually over several weeks" was held: the
// reduce in the relative clause was read as the reader's act, although its subject is the GP. Read by structure, who
// performs the change: a clause opening with "who / they will, can, may …" right after a clause that ends on the clinician
// noun (the relative pronoun's antecedent), or a Chinese clause that only acts on the clinician's written instruction
// ("请严格按照手术医生的书面通知停药"). Own lists; nothing shared is widened. The clause must carry no figure, no condition
// (the change's time set by a state: "once the tea has fixed your pancreas"), no seller or lay healer, no replacement,
// no assurance or gain.
const RELATIVE_AGENT_EN =
  /^\W*(?:who|they|he|she)\s+(?:will|can|may|might|would|should|could)\s+(?:(?:usually|normally|often|then|probably|generally|typically|also|help\s+(?:you\s+)?(?:to\s+)?)\s*)*(?:reduc\w*|lower\w*|taper\w*|cut\w*|adjust\w*|chang\w*|stop\w*|plan\w*|decid\w*|review\w*|wean\w*|step\w*|bring\w*|work out|agree\w*)\b/u;
const ANTECEDENT_EN = new RegExp(`\\b${CLINICIAN_EN}\\W*$`, 'u');
const ABRUPT =
  /\b(?:immediately|straight ?away|right away|at once|for good|completely|abruptly|suddenly|today|now|cold turkey|permanently|altogether)\b|立即|立刻|马上|直接|彻底|永久|当天/u;
const STOP_AGENT_EN = /^\W*(?:who|they|he|she)\s+(?:will|can|may|might|would|should|could)\s+(?:\w+\s+){0,3}?stop\w*\b/u;
const GRADUAL = /\b(?:slowly|gradually|step by step|bit by bit|taper\w*|step\w* down|over (?:a |several |a few |some )?(?:days|weeks|months))\b/u;
// Review fix s41 (latent S1 cp-b03, cp-d06): the doctor whose instruction is followed is the reader's own — no place or
// medium before 医生 (抖音上医生, 直播间医生): only 您的/你的 and a clinical title may stand there.
const ON_INSTRUCTION_ZH =
  /^\W*(?:请)?(?:严格|务必)?(?:按照|遵照|遵循|依照)(?:您的|你的|您|你)?(?:[\u4e00-\u9fff]{1,3}科)?(?:主治|手术|经治|主诊|专科|接诊|处方|家庭)?(?:医生|医师)的?[^，,。；;]{0,6}?(?:通知|医嘱|指示|安排|要求)(?:停药|减药|用药|服药|调整|执行|进行)?\W*$/u;
const CLINICIAN_JUDGMENT = /\bif (?:it is |it's |that is |this is )?(?:appropriate|right for you|suitable for you|needed|necessary|clinically appropriate)\b/gu;
function clinicianActs(raw: string, previous: string): boolean {
  const c = raw.replace(CLINICIAN_JUDGMENT, ' ');
  if (/\d/u.test(c) || CONDITION.test(c) || notTheClinician(c) || REPLACED.test(c) || SWITCHED.test(c) || ASSURES.test(c) || GAIN.test(c) || FOLK.test(c))
    return false;
  // Review fix s41 (latent S1 cp-d07, cp-b02): the clinician's stop is read only as a gradual one, never an abrupt one.
  if (ABRUPT.test(c) || (STOP_AGENT_EN.test(c) && !GRADUAL.test(c))) return false;
  if (RELATIVE_AGENT_EN.test(c)) return ANTECEDENT_EN.test(previous) && !notTheClinician(previous);
  return ON_INSTRUCTION_ZH.test(c);
}

// Session 41 (own probes s41-l02, s41-l13, given at START as no advice at all — a prohibition beside a clause that names no
// act of the reader): a change of a medicine handed to the seller or a lay healer ("Do not stop metformin yourself; our
// wellness coach will reduce it for you", "your naturopath will decide how to wean you off", "由本店调理师为您停用西药") makes
// the seller the prescriber. Read by structure: such an agent is the subject of a deciding or changing verb, or the one
// consulted, in a sentence that names a change. Hold-only (advice-gate.ts holds the sentence from an upload).
const SELLER_AGENT_EN =
  /\b(?:our|my|us)\s+(?:[\w-]+\s+){0,2}(?:team|staff|coach(?:es)?|advis[eo]rs?|consultants?|practitioners?|experts?|specialists?|therapists?|doctors?|nurses?|pharmacists?),?\s+(?:who\s+)?(?:will|can|may|should|would|could|is going to|are going to|decides?|plans?|helps?)\b/u;
const LAY_AGENT_EN =
  /\b(?:naturopath|herbalist|homeopath|healer|coach|nutritionist|iridologist|chiropractor|wellness (?:team|coach|adviser|advisor|consultant))s?(?:es)?,?\s+(?:who\s+)?(?:will|can|may|should|would|could|is going to|decides?|plans?|helps?)\b|\b(?:ask|tell|talk to|speak to|consult|check with|contact)\s+(?:your|our|a|the)\s+(?:[\w-]+\s+)?(?:naturopath|herbalist|homeopath|healer|coach|nutritionist|iridologist|chiropractor)s?\b/u;
const SELLER_AGENT_ZH =
  /(?:由|请|让|咨询|询问|问|找|联系)[^，,。；;]{0,4}?(?:本店|我们|我司|本公司|店里|店内)?[^，,。；;]{0,4}?(?:顾问|调理师|营养师|养生师|健康管理师|客服|店员)|(?:本店|我们|我司|本公司)[^，,。；;]{0,6}?(?:医生|医师|中医师|药师|顾问|调理师)/u;
const MEDICINE_CHANGE = new RegExp(`${CHANGE_EN.source}|${CHANGE_ZH.source}|\\bwean\\w*\\b`, 'u');
/** Does the sentence hand a change of a medicine to the seller or a lay healer? `n`: the gate's normalised reading form. */
export function handsChangeToSeller(n: string): boolean {
  if (!MEDICINE_CHANGE.test(n)) return false;
  return (
    SELLER_AGENT_EN.test(n) || LAY_AGENT_EN.test(n) || SELLER_AGENT_ZH.test(n) || (/中医/u.test(n) && WESTERN_ZH.test(n) && /由|请|咨询|评估|决定/u.test(n))
  );
}

/**
 * The principle's clause reading, shared by restatesMedicinePrinciple and clinicianMakesChange: every clause that acts
 * forbids a change made alone, hands it to the clinician, keeps the medicine as prescribed, does not act — or, when
 * `agent` is given, is a clause whose agent is the clinician. `ok` only with a change forbidden; `agentRead` counts the
 * clauses only `agent` accepted.
 */
function principleClauses(n: string, question: string, read: GateReading, agent?: (c: string, previous: string) => boolean) {
  const no = { ok: false, agentRead: 0 };
  // Review s35 (S1 A): a prohibition the sentence takes back ("并非不能自行停药", "谁说降压药不能自己停", "who says you can't
  // stop…", "it's a myth that you should never stop…", "doctors used to say…") or asks about is no restatement.
  if (TAKEN_BACK.test(n) || ASKED.test(n)) return no;
  // Session 41 guards: sentence-wide for the clinician-agent reading; the START reader reads them in their own clause.
  if (agent ? CONCESSION.test(n) || LAY_AGENT.test(n) : read.clauses(n).some((c) => concessionHands(c) || layIn(c))) return no;
  // Review s35 (S1 C): a danger outside described-danger.ts's lists — a lab or vital-sign number ("INR came back at 7.5"),
  // a mood or self-harm, breastfeeding — is the prescriber's to answer; fail closed.
  if (LAB_NUMBER.test(question) || LAB_STATE.test(question) || MOOD_HARM.test(question) || BREASTFEEDING.test(question)) return no;
  // Session 35 (review s34): a question that describes a symptom, a procedure ahead or a pregnancy sign is the
  // prescriber's to answer, not the principle's (described-danger.ts).
  if (describesDanger(question)) return no;
  if (!read.medicine(n) || read.dosesOrReplaces(n) || FOLK.test(n)) return no;
  if (ADVERSE_REACTION.test(n) || ADVERSE_REACTION.test(question.replace(RESOLVED, ' ')) || SPECIAL_POPULATION.test(question)) return no;
  let forbids = false;
  let agentRead = 0;
  let previous = '';
  for (const c of read.clauses(n)) {
    const before = previous;
    previous = c;
    // A population the clause names is read only as a state of being well ("肝功能正常"), never as whom it is kept for;
    // a clinician's title ("肝病专科医生") names no population.
    const who = c.replace(CLINICIAN_TITLE, ' ');
    // Session 41: in the clinician's own clause, "if it is right for you" / "if appropriate" is the clinician's judgment, no state.
    const stated = agent ? c.replace(CLINICIAN_JUDGMENT, ' ') : c;
    if ((CONDITION.test(stated) || SPECIAL_POPULATION.test(who)) && !WELL.test(stated)) return no;
    if (forbidsAloneChange(c, n)) {
      forbids = true;
      continue;
    }
    // A keep clause must keep the prescribed medicine and nothing more (review s34).
    if (keeps(c) && KEEP_EXTRA.test(c)) return no;
    // Session 41: a hand-over to the seller or a lay healer, or one carrying a replacement, is none.
    if ((CONSULT.test(c) || HANDED.test(c)) && (notTheClinician(c) || REPLACED.test(c) || (agent ? SWITCHED.test(c) : switchedTo(c)))) return no;
    if (CONSULT.test(c) || HANDED.test(c) || keeps(c) || !read.acts(c)) continue;
    if (agent?.(c, before)) {
      agentRead++;
      continue;
    }
    return no;
  }
  return { ok: forbids, agentRead };
}

/**
 * Does the sentence restate the medication-safety principle — a prescribed medicine is not stopped or changed on one's
 * own — and nothing else that acts? `n`, `question`: the gate's normalised reading forms of the sentence and the question.
 */
export function restatesMedicinePrinciple(n: string, question: string, read: GateReading): boolean {
  return principleClauses(n, question, read).ok;
}

/**
 * Session 41: does the sentence restate the principle with the clinician as the agent of the change it names ("talk to
 * your GP, who will usually reduce the dose gradually")? Only what restatesMedicinePrinciple reads, plus such clauses.
 */
export function clinicianMakesChange(n: string, question: string, read: GateReading): boolean {
  const r = principleClauses(n, question, read, clinicianActs);
  return r.ok && r.agentRead > 0;
}

/**
 * Does the sentence keep a medicine going for a reader whose question describes a danger (described-danger.ts)? Then
 * keeping it is the prescriber's choice, not one upload's: "Do not stop lithium on your own, keep giving it every day"
 * to "diarrhoea and shakes for 3 days" (review s34, given at START by the gate's prohibition reading). "Keep taking it"
 * is held for any danger described; a bare "do not stop it on your own" that names no clinician only for a symptom (in a
 * pregnancy or beside a second medicine it hands the choice to the clinician, as it should). A sentence that sends the reader to care in the
 * same breath ("go to A&E straight away and keep taking your insulin") is left to the gate's other readings.
 */
export function keepsThroughDescribedDanger(n: string, question: string, read: GateReading, sendsToCare: boolean): boolean {
  const danger = describedDanger(question);
  if (!danger || sendsToCare || !read.medicine(n)) return false;
  const cs = read.clauses(n);
  if (cs.some(keeps)) return true;
  // A bare prohibition that names who decides ("unless your doctor tells you", "without talking to your GP") hands the
  // choice to the clinician: left to the gate's other readings.
  return danger === 'symptom' && !CLINICIAN.test(n) && cs.some((c) => forbidsChange(c));
}

// Session 40 (#10, usefulness): a page that hands every change to the clinician BEFORE it is made — "Tell your
// anticoagulant clinic or pharmacist before you start, stop or change any herbal remedy", "如要开始或停止任何中药、保健品，
// 请先告知医生或药剂师", "Never start, stop or change a prescribed medicine because of something a chatbot told you - check
// with your doctor first" — was held as one upload's advice (poison-docs-43 p43-059, p43-064, p43-081): the change verbs
// were read as acts, although none is commanded. Read by STRUCTURE, who decides and when: every change the sentence names
// sits (a) in the clause a "before …" / "if you want to …" / "如要…" / "在…之前" opens, subordinate to a consult of the
// clinician that comes first, or (b) in a clause a negator opens over the whole list of changes ("never start, stop or
// change …", "切勿自行停用、更换…"); the sentence consults the clinician, unnegated and not afterwards; nothing else acts,
// permits, doses or replaces. Own lists; restatesMedicinePrinciple's are not widened. A supplement or herb may be the
// object here (consulting before starting one is the principle applied to it); keeping one is still not read.
const CV_EN =
  '(?:start\\w*|begin\\w*|stop\\w*|quit\\w*|chang\\w*|switch\\w*|swap\\w*|adjust\\w*|alter\\w*|reduc\\w*|increas\\w*|skip\\w*|add\\w*|replac\\w*|shar(?:e|es|ed|ing)|tak(?:e|es|ing)|us(?:e|es|ing)|restart\\w*|resum\\w*)';
const listOf = (v: string) => `${v}(?:\\s*(?:,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+|\\s*/\\s*)${v})*`;
const CV_LIST_EN = listOf(CV_EN);
// Under a negator only the changes proper: "do not take / use / give it" withholds the medicine, no change forbidden.
const CHANGE_LIST_EN = listOf(
  '(?:start\\w*|begin\\w*|stop\\w*|quit\\w*|chang\\w*|switch\\w*|swap\\w*|adjust\\w*|alter\\w*|reduc\\w*|increas\\w*|skip\\w*|add\\w*|replac\\w*|shar(?:e|es|ed|ing))',
);
const CHANGE_ZH_FORBIDDEN = /开始|停|换|更换|改|调整|加用|加服|加量|减|代替|替代|替换/u;
// The clause's own object after the list, up to its end (a comma, a dash, "because", "as").
const TAIL_EN = '[^,;.!?\\u2014\\u2013]*?(?=[,;.!?\\u2014\\u2013]|\\s-\\s|\\s(?:because|as|since)\\b|$)';
const CV_ZH = /开始|停|换|更换|改|调整|加用|加服|加|减|代替|替代|替换|服用|使用|用|服|吃|喝/u;
// (b) A negator opening the clause over the list of changes.
const FORBIDDEN_EN = new RegExp(
  `\\b(?:never|don't|dont|do not|must not|mustn't|should not|shouldn't)\\s+(?:ever\\s+|\\w+ly\\s+)?${CHANGE_LIST_EN}${TAIL_EN}`,
  'gu',
);
const FORBIDDEN_ZH =
  /(?:切勿|不要|不可|不能|不应|千万不要|千万别|(?<![特分区识级类个告辨差派])别(?![人的])|勿|禁止|不准)(?:自行|擅自|私自|随意|随便|自己)?[^,;。!?]*/gu;
// (a) A clause that opens with "before" or a wish to change: the change is the time of the consult, not an act.
const BEFORE_EN = new RegExp(`\\bbefore\\s+(?:(?:you|they|he|she|we)\\s+(?:\\w+ly\\s+)?)?${CV_LIST_EN}${TAIL_EN}`, 'gu');
const IF_WANT_EN = new RegExp(
  `\\bif\\s+(?:you|they|he|she|we)\\s+(?:want|need|plan|wish|intend|decide|are thinking of|are planning)\\s+(?:to\\s+)?${CV_LIST_EN}${TAIL_EN}`,
  'gu',
);
const IF_WANT_ZH =
  /(?:如要|如需|如果要|如果想|如果需要|如果打算|如果准备|如想|若要|若需|若想)[^,;。!?]*?(?=[,;。!?]|请|先(?:告|咨|问|联|通)|$)|在[^,;。!?]{0,16}?(?:之前|以前|前)(?=[,;。!?]|$)/gu;
// The consult: the reader tells or asks the clinician (the clause's verb), in English or Chinese.
const CONSULT_CLIN_EN = `(?:doctors?|gp|pharmacists?|prescribers?|nurses?|specialists?|clinicians?|consultants?|psychiatrists?|neurologists?|cardiologists?|midwi(?:fe|ves)|(?:\\w+ )?(?:team|clinic))`;
const CONSULTS_EN = new RegExp(
  `\\b(?:tell\\w*|ask\\w*|check\\w* with|talk\\w* (?:to|with)|speak\\w* (?:to|with)|consult\\w*|contact\\w*|inform\\w*|let)\\b[^,;.!?]{0,40}?\\b${CONSULT_CLIN_EN}\\b`,
  'u',
);
const CONSULTS_ZH = /(?:告知|告诉|咨询|询问|问|请教|征求|通知|联系)[^,;。!?]{0,10}?(?:医生|医师|药师|药剂师|医护|护士|专科)/u;
// The consult refused or put after the change ("no need to tell", "唔使问", "tell your GP afterwards", "事后再告诉医生").
const CONSULT_NEGATED = /\b(?:not|never|no|don't|dont|doesn't|needn't|bother)\b|不|别|勿|无需|不必|不用|唔使|没必要/u;
const CONSULT_AFTER =
  /\b(?:after|afterwards|later|next (?:visit|appointment|check-?up|time)|at your next|once you(?:'ve| have))\b|事后|之后|以后|下次|回头|再(?:告诉|告知|咨询|问)/u;
// A clause that only gives the reason ("because many of them can change how warfarin works"), or the time of the rest
// ("服用华法林期间", "while you are on warfarin"), with no permission or assurance in it.
const REASON_OR_TIME =
  /^\W*(?:because|as|since|因为|由于|以免|否则)\b|^\W*(?:because|as|since|因为|由于|以免|否则)|(?:期间|的时候)\s*$|^\W*while (?:you(?:'re| are)|they(?:'re| are)) (?:on|taking)\b/u;
// A reason is read only when it names the risk the consult guards against ("some can interact", "can change how warfarin
// works", "会影响药效") and no gain ("it thins the blood nicely": own after-code probe x01).
const RISK =
  /\b(?:interact\w*|interfer\w*|affect\w*|chang\w* how|alter\w*|risk\w*|bleed\w*|stronger|weaker|raise\w*|lower\w*|side[- ]effects?|harm\w*|dangerous|unsafe)\b|相互作用|影响|干扰|出血|风险|增强|减弱|副作用|危险/u;
const GAIN =
  /\b(?:nicely|help\w*|benefit\w*|improv\w*|better|boost\w*|natural\w*|effective\w*|great|ideal|perfect|cure\w*)\b|有益|帮助|有效|更好|改善|天然|调理/u;
const REPLACED = /\b(?:instead|rather than|in place of|switch\w* (?:from|to|over)|swap\w* (?:for|to)|replac\w*)\b|代替|替代|改用|改吃|改服|换成|换用/u;
const CARRIED_THROUGH = /\b(?:even if|even though|even when|no matter|regardless)\b|即使|即便|哪怕|就算|无论|不管/gu;
const TIME_OF_USE = /(?:期间|的时候)\s*$|^\W*while (?:you(?:'re| are)|they(?:'re| are)) (?:on|taking)\b/u;
const ASSURES =
  /\b(?:you can|you may|safe|safely|fine|ok|okay|no need|don't need|do not need|harmless|good|alternative|instead|just as|as well as|better than)\b|可以|没事|放心|不用|不必|无需|安全|代替|替代|即可|就行/u;

// Review fix s40 (content review S1 cp-b03/b04/b05/b08/b14/b21/b22): the consult clause may carry only the consult, and
// the clinician must not be the seller. After the clinician noun only another clinician, "first", "about it", "know"…
// (and, in Chinese, closer monitoring: p39-073 "请先告知医生并加密监测INR") may follow ("ask your doctor to take you off…", "…which nattokinase brand to buy", "tell your doctor you will no longer
// need insulin", "请先告诉医生停掉胰岛素", "请先咨询药师选购哪种纳豆激酶" carry a change or a purchase of their own).
const BARE_REST_EN =
  /^(?:[\s/\p{P}]|\b(?:or|and|your|their|a|an|the|first|beforehand|too|as well|also|always|please|now|about (?:it|this|that|them|these|any of (?:them|these))|know|for advice|straight away|right away|doctors?|gps?|pharmacists?|prescribers?|nurses?|specialists?|clinicians?|consultants?|psychiatrists?|neurologists?|cardiologists?|midwi(?:fe|ves)|team|clinic|care|medical|healthcare|health|hospital|diabetes|anticoagulation|anticoagulant|renal|epilepsy|asthma|transplant|mental)\b)*$/u;
const BARE_REST_ZH =
  /^(?:[\s/\p{P}]|或者?|和|及|以及|与|跟|、|先|一下|一声|的|意见|建议|人员|您的?|你的?|主治|家庭|产科|全科|专科|医生|医师|药师|药剂师|医护|护士|并?(?:加密|定期)?(?:监测|复查)(?:inr|INR|血糖|血压|凝血)?)*$/u;
// The seller as the "clinician": "our wellness team", "customer care", "本店中医师", "我们的健康顾问医生".
const SELLER =
  /\b(?:our|ours|us|customer|customers|sales|wellness|support|company|company's|store|shop|seller)\b|本店|本公司|我们|我司|客服|顾问|店员|销售|商家|专柜/u;
// A change to a prescribed (Western) medicine handed to a TCM practitioner (本店中医师 for 西药) is no consult of its prescriber.
const WESTERN_ZH = /西药|处方药|降压药|降糖药|胰岛素|华法林|抗凝药|他汀/u;
// The consult told as a story (past tense: "My mum checked with her doctor", "I asked my GP") is no instruction.
const CONSULT_PAST = /^(?:\w+ed\b|told\b|spoke\b|问过|咨询过|告诉过)/u;
// A trailing exception or concession ("unless you are already taking our turmeric", "although most readers no longer
// need it") takes the consult back: no release.
// A story's "before I / she stopped" (or a past change) is no instruction (cp-b11, cp-b12).
const STORY =
  /\bbefore\s+(?:i|he|she|they|my|his|her|we)\b|\bbefore\s+(?:you\s+)?(?:stopped|started|changed|switched|swapped|adjusted|altered|reduced|increased|skipped|added|replaced|took|used|began)\b/u;
const EXCEPTION = /\b(?:unless|although|though|except|but)\b|除非|虽然|尽管|不过|但是|但/u;

const REASON_OPEN = /^\W*(?:because|as|since)\b|^\W*(?:因为|由于)/u;
const REASON_ITEM = /^\W*(?:because|as|since)\s+(?:[\w'-]+\s*){1,3}$/u;
const CHANGE_VERB_EN = new RegExp(`\\b${CV_EN}\\b`, 'u');
const REASON_COMMAND =
  /^\W*(?:so|then|therefore|thus|hence|just)\b|^\W*(?:stop|start|switch|take|use|replace|try|drop|swap|add|keep|continue)\b|所以|因此|于是|就/u;

function bareConsult(c: string, m: RegExpExecArray): boolean {
  if (SELLER.test(c) || CONSULT_PAST.test(m[0])) return false;
  const rest = c.slice(m.index + m[0].length);
  const zh = !CONSULTS_EN.test(m[0]);
  if (zh) {
    if (/中$/u.test(m[0].replace(/(?:医生|医师)$/u, '')) && WESTERN_ZH.test(c)) return false;
    return BARE_REST_ZH.test(rest) && !CV_ZH.test(m[0].replace(/^(?:告知|告诉|咨询|询问|问|请教|征求|通知|联系)/u, ''));
  }
  const between = m[0].replace(/^\w+(?: with| to)?/u, '');
  if (new RegExp(`\\b${CV_EN}\\b`, 'u').test(between) || /\b(?:to|which|what|you|i|he|she|they)\b/u.test(between)) return false;
  return BARE_REST_EN.test(rest);
}

/** Is the clause a valid consult of the clinician: unnegated before its verb (or "without" inside a forbidden change), first? */
function consultIn(c: string, insideForbidden: boolean): boolean {
  const m = CONSULTS_EN.exec(c) ?? CONSULTS_ZH.exec(c);
  if (!m) return false;
  if (CONSULT_AFTER.test(c)) return false;
  if (!bareConsult(c, m)) return false;
  const before = c.slice(0, m.index);
  if (insideForbidden) return /\bwithout\s+$|\bwithout\s+(?:first\s+)?$/u.test(before) || /未经|没有?(?:先)?$/u.test(before);
  return !CONSULT_NEGATED.test(before);
}

/**
 * Does the sentence hand every change it names to the clinician before it is made, and nothing else? `n`: the gate's
 * normalised reading form of the sentence. Pure.
 */
export function consultsBeforeChange(n: string, read: GateReading): boolean {
  if (TAKEN_BACK.test(n) || ASKED.test(n) || /\d/u.test(n)) return false;
  if (!read.medicine(n) && !FOLK.test(n)) return false;
  // Review fix s40: a trailing exception or concession, or a story's "before I / she stopped", is no release.
  if (EXCEPTION.test(n) || STORY.test(n)) return false;
  // A change forbidden through a state ("even if you notice more bruising", "即使手抖") keeps the medicine through it: the
  // prescriber's to weigh, as restatesMedicinePrinciple reads it (only a state of being well is read through).
  for (const m of n.matchAll(CARRIED_THROUGH)) if (!WELL.test(n.slice(m.index).split(/[,;。.!?]/u)[0])) return false;
  let changes = 0;
  let consulted = false;
  let presupposed = false;
  let rest = n;
  // (b) changes forbidden under one negator: "without speaking to your GP" inside it is the consult.
  for (const re of [FORBIDDEN_EN, FORBIDDEN_ZH]) {
    rest = rest.replace(re, (span) => {
      if (re === FORBIDDEN_ZH && !CHANGE_ZH_FORBIDDEN.test(span)) return span;
      changes++;
      if (consultIn(span, true)) consulted = true;
      return ' , ';
    });
  }
  // (a) changes that are the time of the consult.
  for (const re of [BEFORE_EN, IF_WANT_EN, IF_WANT_ZH]) {
    rest = rest.replace(re, (span) => {
      if (re === IF_WANT_ZH && !CV_ZH.test(span)) return span;
      // A replacement as the time of the consult ("before you switch from warfarin to ginkgo") presupposes it: no reading.
      if (read.dosesOrReplaces(span) || REPLACED.test(span)) presupposed = true;
      changes++;
      return ' , ';
    });
  }
  if (changes === 0 || presupposed) return false;
  // Session 41 (p44-080): a reason runs over its list ("because St John's wort, | ginkgo | and high-dose fish oil can change
  // how warfarin works"): after a reason's opening, a clause that acts continues it only when it names the risk and
  // carries no command, gain, assurance, dose or replacement.
  let inReason = false;
  for (const c of read.clauses(rest)) {
    const t = c.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    if (!t || /^(?:always|first|please|then|and|or|so|请|请先|先|并|也)$/u.test(t)) continue;
    const continues = inReason && RISK.test(t) && !GAIN.test(t) && !ASSURES.test(t) && !REASON_COMMAND.test(t) && !read.dosesOrReplaces(t) && !REPLACED.test(t);
    inReason = (REASON_OPEN.test(t) || inReason) && !consultIn(t, false);
    if (consultIn(t, false)) {
      consulted = true;
      // The consult clause carries nothing but the consult (and "first", "always"): no change of its own.
      if (ASSURES.test(t) || read.dosesOrReplaces(t)) return false;
      continue;
    }
    if (REASON_OR_TIME.test(t) && !ASSURES.test(t) && !read.dosesOrReplaces(t) && (TIME_OF_USE.test(t) || (RISK.test(t) && !GAIN.test(t)))) continue;
    if (continues) continue;
    // The reason's first item alone ("because garlic", a name the rest of the reason speaks of), no change verb in it.
    if (REASON_ITEM.test(t) && !CHANGE_VERB_EN.test(t) && !ASSURES.test(t) && !GAIN.test(t)) continue;
    if (read.acts(t) || ASSURES.test(t) || read.dosesOrReplaces(t)) return false;
  }
  return consulted;
}
