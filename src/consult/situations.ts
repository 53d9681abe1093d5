// Situations that are not symptoms but still change with the patient's own risk factors: taking a medicine (with
// another medicine, with alcohol, after a missed dose), contraception that failed, a pregnancy planned, travel health.
// A pharmacist or travel clinic asks before advising; so does the consultation. Each screen asks the risk factors that
// change the advice (interaction, bleeding, kidney and liver, pregnancy; timing for emergency contraception; current
// pregnancy and the control of long-term conditions before conceiving; destination and immunity for travel), written
// from community-pharmacy and travel-clinic practice (NICE CKS, FSRH, WHO travel). What a named medicine is to the
// complaint (a suspect, a treatment tried, one asked for, one taken) decides whether its reaction screen is asked.
import { createDrugLexicon, findMedicineNames, namesMedicine } from '../knowledge/drugs.js';
import type { Complaint } from './complaints.js';

const S = (id: string, zh: RegExp, en: RegExp, askZh: string[], askEn: string[]): Complaint => ({ id, zh, en, ask: { zh: askZh, en: askEn } });

/**
 * A medicine implied by a generic word: 药, 片, 胶囊, "my tablets", a dose, a vaccine, a drug class. Medicines named by
 * name are recognised by the knowledge layer's one helper (`namesMedicine`: the drug lexicon plus INN stems and
 * Chinese generic endings), not by a list of our own.
 */
export const MEDICINE_WORDS =
  /药|(?:吃|服|用)[^，。]{0,4}片|胶囊|冲剂|颗粒|注射|打针|疫苗|抗生素|消炎药|降压|降糖|激素|避孕|\b(?:tablets?|pills?|meds|medicines?|medication|capsules?|dose|doses|\d+\s?mg|jab|vaccines?|vaccinat\w*|antibiotics?|statins?|steroids?|inhalers?|antihistamines?|antidepressants?|painkillers?|blood thinners?)\b/i;

const SEED_DRUGS = createDrugLexicon({});
/** A verb of taking or using beside a Chinese name makes it a medicine taken (喷沙丁胺醇, 华法林吃了半年), not an organ
 *  or a word that shares a drug's characters (甲状腺有结节). */
const TAKEN_ZH = /吃|服|用|喷|打|涂|抹|擦|滴|贴|换|加|停|开了|吸/;

/**
 * Does the message name or imply a medicine? Generic words, then the knowledge layer's drug names (`namesMedicine`'s
 * lexicon and shapes) read word by word in English (a lexicon scan of running English finds names inside words) and,
 * in Chinese, with a verb of taking within four characters.
 */
export function mentionsMedicine(text: string): boolean {
  if (MEDICINE_WORDS.test(text)) return true;
  for (const w of text.match(/[A-Za-z][A-Za-z-]{3,}/g) ?? []) if (SEED_DRUGS.isKnown(w) || namesMedicine(w)) return true;
  const han = text.replace(/[A-Za-z]+/g, ' ');
  const names = [...SEED_DRUGS.findDrugs(han), ...findMedicineNames(han)].filter((n) => /\p{Script=Han}/u.test(n) && !n.endsWith('片'));
  return names.some((n) => {
    const at = han.indexOf(n);
    return at >= 0 && TAKEN_ZH.test(han.slice(Math.max(0, at - 4), at + n.length + 4));
  });
}
const MEDICINE = MEDICINE_WORDS;

const CONTRACEPTION =
  /避孕|安全套|套(?:子)?破|紧急避孕|事后药|毓婷|\b(?:the pill|contracepti\w*|morning[- ]after|condom|coil|iud|implant|missed (?:a |my |two |2 )?pills?|forgot (?:to take )?my pill)\b/i;
const TRAVEL =
  /出国|旅游|旅行|从[^，。]{1,8}回来|回国|去(?:东南亚|非洲|印度|泰国|越南|南美)|坐飞机|长途飞行|\b(?:travel\w*|trip|flying|flight|holiday|abroad|vaccinations? for|(?:got|came|just) back from|returned from)\b/i;
const RETURNED = /从[^，。]{1,8}回来|回国(?:后|以后)|\b(?:got|came|just) back from|\breturned from|\bsince (?:i|we) (?:got|came) back\b/i;

/** Planning a pregnancy ("trying for a baby", "备孕"): the baby is not yet born, the patient is the would-be mother. */
export const PRECONCEPTION =
  /备孕|(?:准备|打算|计划|想)(?:要|生)(?:个|二胎|孩子|宝宝|小孩)|想怀孕|计划怀孕|准备怀孕|\btrying (?:for (?:a|another) (?:baby|child)|to (?:conceive|get pregnant))\b|\bttc\b|\bplanning (?:a pregnancy|to (?:get pregnant|have a baby))\b|\b(?:want|wanting|hoping|plan|planning) to (?:get pregnant|start a family|have a baby)\b|\bstart(?:ing)? trying\b/i;

export const SITUATIONS: readonly Complaint[] = [
  // Before a pregnancy the questions that change the advice are whether she is already pregnant and the long-term
  // conditions and medicines that affect a pregnancy (epilepsy, diabetes, blood pressure, thyroid, mood) — whose
  // medicines are not stopped without advice, so their control is asked — then folic acid and past pregnancies
  // (NICE CKS Pre-conception advice and management; MHRA valproate guidance).
  S(
    'preconception',
    PRECONCEPTION,
    PRECONCEPTION,
    [
      '现在有没有可能已经怀孕（月经推迟、验孕阳性）？',
      '有没有癫痫、糖尿病、高血压、甲状腺病或抑郁等长期病？最近控制得好吗（有没有抽搐发作或病情波动）？在用哪些药？',
      '在吃叶酸吗？以前有没有流产、早产或怀孕时的并发症？',
    ],
    [
      'Could you already be pregnant (a late period or a positive test)?',
      'Any long-term condition such as epilepsy, diabetes, high blood pressure, thyroid disease or depression, and is it well controlled (any recent seizures or flare-ups)? Which regular medicines do you take?',
      'Are you taking folic acid? Any past miscarriage, premature birth or problems in pregnancy?',
    ],
  ),
  S(
    'contraception',
    CONTRACEPTION,
    CONTRACEPTION,
    [
      '漏服了几片、离上次服药超过48小时了吗？是这一板的第几周？',
      '最近有没有没做保护的同房？离现在多久了（紧急避孕越早越好）？',
      '有没有呕吐、腹泻，或在吃癫痫药、抗结核药等影响避孕效果的药？对方有没有艾滋病或性病风险？',
    ],
    [
      'How many pills were missed, and is it more than 48 hours since the last one? Which week of the pack?',
      'Any unprotected sex recently, and how long ago (emergency contraception works best early)?',
      'Any vomiting or diarrhoea, or medicines such as epilepsy or TB drugs that weaken it? Any HIV or STI risk from this partner?',
    ],
  ),
  S(
    'returnedTraveller',
    RETURNED,
    RETURNED,
    [
      '有没有意识模糊、嗜睡、抽搐，或呼吸困难？',
      '有没有皮肤眼睛发黄、尿色很深，或出血、皮疹？',
      '去之前吃了预防疟疾的药吗，按时吃完了吗？当地有没有被蚊虫叮咬、接触动物或淡水？',
    ],
    [
      'Any confusion, drowsiness or fits, or trouble breathing?',
      'Any yellow skin or eyes, dark urine, bleeding or a rash?',
      'Did you take malaria tablets and finish the course? Any mosquito bites, animal contact or fresh-water swimming there?',
    ],
  ),
  S(
    'travel',
    TRAVEL,
    TRAVEL,
    ['有没有怀孕或准备怀孕？', '有没有免疫力低下（化疗、激素、艾滋病）或慢性病？以前有没有得过血栓？', '具体去哪些地方、会不会去农村或野外、待多久？'],
    [
      'Are you pregnant or planning a pregnancy?',
      'Any weakened immunity (chemotherapy, steroids, HIV) or long-term illness? Any past blood clot (DVT/PE), recent surgery or leg swelling?',
      'Where exactly, for how long, and any rural areas or contact with animals?',
    ],
  ),
  // The reaction screen names the serious adverse-reaction signs of any medicine (MHRA Yellow Card / BNF): skin and
  // airway (rash, breathing), liver (yellow skin, dark urine), muscle (weakness, dark urine), heart, mood.
  S(
    'medicine',
    MEDICINE,
    MEDICINE,
    [
      '有没有肾病、肝病、胃溃疡或消化道出血、哮喘？',
      '在吃哪些药（尤其是抗凝药、阿司匹林、降压药、抗抑郁药）？有没有药物过敏？',
      '用药后有没有不舒服，比如皮疹、呼吸困难、呕吐、心慌、尿色变深、皮肤发黄、肌肉无力，或情绪变差、想伤害自己？有没有怀孕或哺乳？',
    ],
    [
      'Any kidney or liver disease, stomach ulcer or bleeding from the gut, or asthma?',
      'What other medicines do you take (especially blood thinners, aspirin, blood-pressure tablets, antidepressants)? Any drug allergies?',
      'Any reaction since taking it, such as rash, trouble breathing, vomiting, a racing heart, dark urine, yellow skin, muscle weakness, or feeling worse in mood or thoughts of self-harm? Could you be pregnant or breastfeeding?',
    ],
  ),
];

/** A medicine tried for the complaint that did not help, or needed more than usual ("抹了药也不管用", "tried some gel, no
 *  better", "paracetamol barely touches it", "using my inhaler more than normal"): a treatment, not a side effect. */
const TRIED_NO_HELP =
  /(?:也|都|还是|但)(?:不|没)(?:见好|管用|见效|好转|效果)|没(?:有)?用|不管用|不太管用|没什么用|没效果|比平时(?:多|频繁)|越用越多|\b(?:didn'?t help|hasn'?t helped|no better|not working|doesn'?t work|didn'?t work|not helping|(?:barely|hardly|doesn'?t|does not|isn'?t|not) (?:even )?(?:touch(?:es|ing)?|help(?:s|ing)?|work(?:s|ing)?|do(?:es|ing)? (?:anything|much))|(?:loads |a lot |much )?more (?:often )?than (?:normal|usual))\b/i;

/**
 * A complaint that followed a medicine ("since starting my statin", "started blood pressure pills and now…", "吃了…之后",
 * "换了药"): the medicine is a suspect. A medicine named without that order ("paracetamol barely touches it") is what was
 * tried for the complaint, not a suspect.
 */
const AFTER_MEDICINE =
  /开始吃|开始用|吃了[^，。]{0,10}(?:之后|以后|后)|用了[^，。]{0,10}(?:之后|以后|后)|换了|新开|自从|\b(?:start(?:ed|ing)|since (?:taking|starting|i started|going on|being put on)|after (?:taking|starting)|(?:been )?put (?:me |him |her |them )?on|new (?:\w+ )?(?:tablets?|pills?|medicines?|medications?|meds|prescription)|switched|changed (?:my|to))\b/i;

/**
 * A medicine asked for or weighed, not yet taken: what to take or buy ("something stronger than paracetamol I can buy",
 * "which tablets don't make you drowsy", "吃点什么药"), whether to start one ("do I need to go on statins", "thinking of
 * trying St John's Wort", "要不要吃药"), or put on the skin, nails, eyes or nose ("擦什么药好", "抹点啥", "滴什么眼药水"
 * — a cream, drops or a spray asked for is sought as a tablet is). Its side effects cannot have happened; what matters is whether it is safe for
 * this patient (other conditions and medicines, pregnancy).
 */
const SOUGHT =
  /(?:吃|用|买|擦|抹|涂|搽|喷|滴|贴)(?:点)?(?:什么|啥)(?:药)?|(?:能|可以|该)(?:吃|用|擦|抹|涂|搽|喷|滴|贴)(?:什么|啥|哪)|有(?:什么|啥)药|要不要(?:吃|用|开|上)|需不需要(?:吃|用)|需要(?:吃|用)[^，。？]{0,8}吗|(?:吃|用)[^，。？]{0,8}(?:有用|管用|好使|有效)吗|\b(?:something|anything) (?:stronger|better|else)\b|\b(?:what|which)\b[^.?!]{0,30}\b(?:can|could|should) (?:i|we|she|he) (?:take|buy|use|get|try|give)\b|\bwhich (?:\w+ )?(?:tablets?|pills?|medicines?|meds|antihistamines?|creams?|sprays?|drops)\b|\b(?:should|do|would|must) (?:i|we) (?:\w+ )?(?:need to |have to )?(?:go on|start|take|try|be on|get)\b|\b(?:thinking|thought) (?:of|about) (?:trying|taking|starting|going on|using)\b|\b(?:any good|worth (?:it|trying|taking))\b|\bcan (?:i|you) (?:buy|get) (?:\w+ )?(?:over the counter|without a prescription)\b/i;

/**
 * A treatment asked for, with or without a medicine word: a medicine sought (above), whether one may be taken ("can he
 * take sleeping pills", "能给他吃点安眠药吗"), or tips, a remedy or what works
 * for something ("any tips for motion sickness?", "what cream actually works for psoriasis", "灰指甲怎么治",
 * "有什么办法"). What helps depends on who will use it, as a medicine sought does.
 */
const TREATMENT_ASKED = new RegExp(
  `${SOUGHT.source}|(?:能|可以)(?:给[^，。？]{0,3})?(?:吃|用)(?:点)?[^，。？]{0,6}药|(?:怎么|如何|咋)(?:治|缓解|预防|处理|调理)|\\b(?:can|could|should) (?:i|he|she|we|they|you|(?:my|our|the) \\w+(?: \\w+)?) (?:\\w+ )?(?:take|use|give|have)\\b|药(?:哪种|哪个|哪一种|什么牌子)|(?:推荐|介绍)(?:点|个|一下|一种)?[^，。？]{0,4}药|有(?:什么|啥)(?:好)?(?:办法|方法|偏方)|\\b(?:tips|remed(?:y|ies)|what (?:\\w+ ){0,2}(?:works?|helps?) (?:for|with|on)|(?:what'?s|what is|anything|something) (?:\\w+ )?good for|best (?:\\w+ )?(?:for|to (?:take|use))|how (?:do|can|should) (?:i|we) (?:stop|prevent|avoid|treat|get rid of|ease|manage))\\b`,
  'i',
);
export const asksForTreatment = (text: string): boolean => TREATMENT_ASKED.test(text);

/**
 * What a medicine named in the message is to the complaint: a suspect (the complaint followed it), a treatment tried
 * without help, a medicine asked for or weighed (not taken yet), or one taken (named without an order). Only a
 * medicine taken can have caused a reaction.
 */
export type MedicineRole = 'suspect' | 'tried' | 'sought' | 'taken';

/** Already taking it ("been on levothyroxine for 6 months… should I take 2?", "在吃二甲双胍"): asking about a dose of a
 *  medicine taken is not weighing a new one. */
const TAKING = /在吃|一直吃|长期吃|正在(?:吃|服用|用)|\b(?:been on|i'?m on|i am on|taking|been taking|on (?:it|them|this) for)\b/i;

export function medicineRole(text: string): MedicineRole {
  // "thinking of starting…" is weighed, not taken: the order words inside an asking phrase do not make a suspect.
  const told = text.replace(new RegExp(SOUGHT.source, 'gi'), ' ');
  if (AFTER_MEDICINE.test(told) && !TRIED_NO_HELP.test(text)) return 'suspect';
  if (TRIED_NO_HELP.test(text)) return 'tried';
  return SOUGHT.test(text) && !TAKING.test(text) ? 'sought' : 'taken';
}

/** The medicine situation's reaction screen (its third question), and what a sought medicine asks instead. */
export const REACTION_SCREEN_AT = 2;
export const SOUGHT_SAFETY: Record<'zh' | 'en', string> = {
  zh: '有没有怀孕或哺乳？以前用药有没有过敏或严重反应？',
  en: 'Could you be pregnant or breastfeeding? Any allergy or bad reaction to a medicine before?',
};

/** The situations a message names, most specific first (contraception and travel before any medicine); a traveller
 * who is back is asked the returned traveller's red flags, not the pre-travel ones. */
export function findSituations(text: string): Complaint[] {
  const found = SITUATIONS.filter((s) => (s.id === 'medicine' ? mentionsMedicine(text) : s.zh.test(text)));
  return found.some((s) => s.id === 'returnedTraveller') ? found.filter((s) => s.id !== 'travel') : found;
}
