// The frames that decide whether a medicine mention is advice to act on it: negators before an action,
// clinician involvement or a safety reason that makes a stop legitimate, and the phrases that undo those
// ("without asking your doctor", "无需咨询医生", "stopping is perfectly safe"). Pure regexes over normalised text.
import { LONG_TERM_MEDICINE } from './lexicon.js';
import { alt } from './text.js';

/** A negator right before the action (the action is what is forbidden: "do not stop", "不要自行停药"). */
export const NEGATED_BEFORE = alt(
  [
    "\\b(?:do not|don't|dont|never|should not|shouldn't|must not|mustn't|cannot|can't|may not|not to|no one should|nobody should|avoid|without first|it is (?:not safe|dangerous|unsafe) to|it's (?:not safe|dangerous|unsafe) to|warn\\w* (?:against|not to)|(?:would|will) never (?:advise|recommend|tell)|not)\\s+(?:(?!(?:and|then|so|but|because|as|if|when|until|unless|or)\\b)\\w+\\s+){0,6}$",
    // "don't decide on your own to give up lithium": a negated decision over the act.
    "\\b(?:do not|don't|never)\\s+(?:decide|choose|try|attempt|plan)\\s+(?:\\w+\\s+){0,4}to\\s+$",
    // "do not change your dose or stop it": one negator over a list of acts.
    "\\b(?:do not|don't|never|should not|must not)\\s+(?:\\w+\\s+){1,4}(?:or|and|nor)\\s+(?:\\w+\\s+){0,2}$",
    '(?:不要|别|切勿|切忌|不可|不能|不得|不应该?|勿|禁止|千万不要|千万别|不宜|避免|严禁|不可以|绝不|绝对不要|不建议|请勿|不会(?:建议|推荐|让|要求|主张)|而(?:不是|非))[^，。；,;]{0,6}$',
    // "不要因为怀孕而自行停用": a reason between the negator and the act.
    '(?:不要|别|切勿|不可|不能|不应该?|千万不要|千万别)(?:因为|因|由于|为了|在|仅凭|只因)[^，。；,;]{0,12}$',
    // Not assertive either: the act is asked about, not advised ("whether you can stop insulin", "能不能停药").
    '\\b(?:whether|ask(?:s|ed|ing)? (?:if|about|whether)|wonder\\w* (?:if|whether)|question of)\\s+(?:\\w+\\s+){0,4}$',
    '(?:是否|能不能|能否|可不可以|可以不可以|要不要)[^，。；,;]{0,6}$',
    // "通常不需要停用华法林", "there is no need to stop it": no need for the act is the act not advised.
    '(?:不用|不必|无需|不需要|没必要|用不着|并不需要)(?:立即|马上|特意|专门|额外)?$',
    '\\b(?:no need to|not necessary to|(?:is|are) not necessary to|need not)\\s+$',
  ],
  'u',
);

/**
 * The end of a short course, only when no long-term medicine is named in the text read (before or after): an antibiotic
 * course or a steroid burst ends after days, insulin or blood pressure tablets never do.
 */
const SHORT_COURSE_END = `(?:(?:连用|连服|服用|用药|吃|服|用)满?\\s*\\d{1,2}\\s*(?:天|日)(?:后|之后|以后)|\\bafter (?:\\d{1,2}|three|five|seven|ten|fourteen) days\\b)(?<!${LONG_TERM_MEDICINE.source}[\\s\\S]*)(?![\\s\\S]*${LONG_TERM_MEDICINE.source})`;

/** A situation that makes a stop right whoever states it: an adverse reaction, an operation or test ahead, a low sugar. */
export const SITUATION_PARTS: readonly string[] = [
  '\\b(?:if|when|should) (?:you|they|the patient|he|she|your child)?\\s*(?:\\w+\\s+){0,3}(?:rash|hives|allerg\\w*|swelling|bleed\\w*|side effects?|adverse|reactions?|jaundice|yellow\\w*|breathing|itch\\w*|blisters?|dark urine|muscle pain|fever)(?!\\s+(?:is|are|gets?|feels?|has|seems?|becomes?)\\s+(?:\\w+\\s+){0,2}(?:fine|better|normal|good|ok|okay|gone|under control|controlled|improv\\w*|settl\\w*|clear\\w*|resolv\\w*)|\\s+(?:improves?|settles?|clears?|resolves?|goes away|is gone|returns to normal))',
  // (An adverse sign makes a stop right; the sign of a condition getting better — "when your breathing is fine" —
  // does not: stopping a controller once the asthma settles is the harm.)
  '\\b(?:before|prior to|after) (?:surgery|an? (?:operation|procedure|surgery)|(?:the|your|his|her|their) (?:\\w+\\s+)?(?:operation|procedure|surgery)|dental work|a biopsy|colonoscopy)',
  // The end of a short course ('连用3天后停药', 'stop after 5 days'): days, not months — a chronic medicine's stop
  // after months of normal readings stays a stop, and so does a long-term medicine's 'after 7 days' anywhere in the
  // text read (insulin, blood pressure tablets, anti-epileptics…: SHORT_COURSE_END).
  SHORT_COURSE_END,
  '\\b(?:hypoglyc\\w+|low blood sugar)\\b',
  '(?:如|若|一旦|如果|出现)[^，。；]{0,10}(?:过敏|皮疹|不良反应|副作用|出血|黄疸|呼吸困难|肿胀|荨麻疹|瘙痒)',
  '过敏',
  '手术前',
  '术前',
  // Stopping before a test that the medicine would falsify ("停用抗生素4周后复查呼气试验", "stop PPIs two weeks before the breath test").
  '\\bbefore (?:the |a |your )?(?:\\w+\\s+){0,2}(?:test|retest|scan|endoscopy|gastroscopy)\\b',
  '(?:周|天)(?:后|以后)[^，。；]{0,6}(?:复查|检查|呼气试验)',
  '(?:复查|检查|呼气试验|胃镜)(?:前|之前)',
  '低血糖',
];
const SITUATION = alt(SITUATION_PARTS, 'u');

/** Clinician involvement, an adverse-event reason, a procedure: stopping here is medical advice done right. */
export const LEGITIMATE_CONTEXT = alt(
  [
    '\\b(?:seek|get|call|contact|see|consult|talk(?:ing)? (?:to|with)|speak (?:to|with)|ask|tell|check with|notify|inform|go to|visit)\\s+(?:\\w+\\s+){0,3}(?:doctor|physician|clinician|pharmacist|provider|prescriber|care team|care|medical|emergency|help|nurse|911|healthcare|specialist|hospital)',
    "\\bunder (?:close )?(?:medical|a doctor'?s?|a physician'?s?|clinical) (?:supervision|guidance|care)",
    '\\bsupervised (?:taper\\w*|withdrawal|reduction|plan|stop\\w*|discontinuation)\\b',
    "\\b(?:your|the|a|his|her) (?:doctor|physician|prescriber|provider|care team|specialist|clinician|healthcare provider|surgeon|anaesthetist|anesthesiologist|pre-assessment team|surgical team|pharmacist|nurse)'?s?\\s+(?:may|will|might|can|could|should|has|have|tells|told|says|advises?|recommends?|decides?|directs?|approves?|instructions?|advice|guidance|supervision)",
    '\\b(?:as|when|if|unless) (?:directed|advised|instructed|told|prescribed|recommended)\\b',
    '\\bunless (?:your|a|the) (?:doctor|physician|prescriber)',
    '就医',
    '就诊',
    '去医院',
    '(?:找|联系|看|告诉|问)(?:主治)?(?:医生|医师|大夫)',
    '定期复查',
    '复诊',
    '到医院',
    '咨询(?:医生|医师|药师|专科)',
    '遵医嘱',
    '医嘱',
    '(?:在|经|由|请|听从)(?:主治)?(?:医生|医师|专科医生)',
    '医生(?:指导|评估|同意|建议|决定|调整)',
    ...SITUATION_PARTS,
  ],
  'u',
);

/**
 * Pregnancy or breastfeeding makes some stops legitimate ("stop warfarin when pregnant, your doctor will switch
 * you") — but never an abrupt stop of everything ("stop all seizure medicines the day you find out").
 */
export const PREGNANCY = alt(['\\b(?:pregnan\\w*|breastfeed\\w*)', '妊娠', '怀孕', '孕期', '孕妇', '哺乳'], 'u');

/** An abrupt or total stop: immediately, all at once, without tapering. */
export const ABRUPT_STOP = alt(
  [
    '\\b(?:stop|discontinu|quit|come off|cease)\\w*\\s+(?:[\\w-]+\\s+){0,4}(?:abruptly|all at once|at once|cold turkey|immediately|straight away|right away|completely)',
    '\\b(?:abruptly|immediately|suddenly)\\s+(?:stop|discontinu|quit|cease)\\w*',
    '\\b(?:stop|discontinue|quit)\\s+all\\b',
    "\\b(?:no need|don't need|do not need|no reason|without (?:the need )?)\\s+(?:to |for )?(?:a |any )?(?:long |slow |gradual )?(?:taper\\w*|wean\\w*|reduc\\w+ (?:gradually|slowly)|reduce (?:it |them )?gradually)",
    '(?:立即|马上|立刻|一次性|突然|直接|一下子?)(?:全部)?停(?:用|药|掉|服|止(?:服药|用药|服用|使用)|(?=[^，。；止]{0,4}药))',
    '停(?:用|掉)(?:所有|全部)',
    '(?:无需|不必|不用|不需要|没必要)(?:逐渐|慢慢|逐步)?(?:减量|减停|递减)',
  ],
  'u',
);

/** The reader stops on their own: defeats a clinical reason ("after the procedure") but not a warning frame. */
export const SELF_STOP = alt(
  [
    '\\b(?:stop|discontinu|quit|come off|cease|drop)\\w*\\s+(?:\\w+\\s+){0,4}(?:yourself|themselves|himself|herself|on (?:your|their|his|her) own)\\b',
    '(?:自行|自己|擅自)(?:停|停用|停药|停掉|减量|减药)',
  ],
  'u',
);

/** Phrases that strip clinician involvement or call an unsafe act safe: they keep a flag even beside LEGITIMATE_CONTEXT. */
export const UNSAFE_ASSURANCE = alt(
  [
    '\\bwithout (?:first )?(?:consulting|asking|telling|talking to|seeing|checking with|involving|bothering|a prescription from|any) (?:\\w+\\s+){0,2}(?:doctor|physician|clinician|pharmacist|provider|prescriber)',
    "\\b(?:no need|don't need|do not need|doesn't need|not necessary|unnecessary|pointless) (?:to )?(?:consult|ask|tell|see|check with|involve|bother)\\s+(?:\\w+\\s+){0,2}(?:doctor|physician|clinician|pharmacist|provider)",
    "\\b(?:doctors?|physicians?|pharma\\w*|big pharma) (?:just |only )?(?:want|push|profit|make money|are lying|lie|hide|won't tell)",
    '\\b(?:perfectly|completely|totally|entirely|100%) (?:safe|fine|harmless)\\b',
    '\\bis (?:not|never) (?:dangerous|harmful|risky)\\b',
    '\\bsafely\\b',
    '\\bno (?:risk|danger|harm)\\b',
    '(?:无需|不用|不必|没必要|不需要|用不着)(?:再)?(?:咨询|问|经过|告诉|去看|看|征求|通知|去|到|上)?(?:医生|医师|大夫|医院|药师)',
    '不必遵医嘱',
    '(?:无需|不用|不必|不需要|没必要)(?:再)?(?:去)?(?:医院)?(?:复诊|复查|随访|评估)',
    "\\b(?:no need|don't need|do not need|without)\\s+(?:\\w+\\s+){0,2}(?:follow-?ups?|check-?ups?|reviews?|blood tests?|monitoring)\\b",
    '不用管医嘱',
    '医生(?:不会告诉你|隐瞒|骗)',
    '完全(?:安全|没(?:有)?问题|可以)',
    '没有(?:任何)?(?:危险|风险|副作用)',
    '不会有(?:任何)?(?:危险|风险|问题|副作用)',
    '安全地',
    '放心(?:地)?停',
  ],
  'u',
);

/** Warning framing: the act is named as dangerous ("stopping insulin can cause DKA"), not recommended. */
export const CONSEQUENCE = alt(
  [
    '\\b(?:can|could|may|might|will|would|often|usually)\\s+(?:\\w+\\s+)?(?:cause|lead|result|trigger|raise|increase|worsen|provoke|precipitate|bring on|make)',
    '\\b(?:leads?|led) to\\b',
    '\\bcauses?\\b',
    '\\bresults? in\\b',
    // The act as the subject of its consequence ("stopping it can also change the levels of your other medicines").
    '\\b(?:stopping|quitting|missing|skipping)\\b[^.;]{0,30}\\b(?:can|could|may|might|will)\\b',
    '\\bdangerous\\b',
    '\\blife-threatening\\b',
    '\\brisk(?:s|y)? of\\b',
    '\\bincreases? (?:the|your) risk',
    '\\b(?:rebound|withdrawal|relapse)\\b',
    '\\bif (?:you|they|patients?|people|he|she|someone|your \\w+) (?:suddenly |abruptly )?(?:stops?|skips?|miss(?:es)?|quits?)',
    '\\bstopping\\b.*\\b(?:is|was) (?:linked|associated)',
    // The act as the subject of a harm it causes ("stopping them … is a common reason for attacks weeks later").
    '\\b(?:is|are|was|were) (?:a |the |one )?(?:(?:common|major|leading|frequent|main|usual)\\s+)?(?:reason|cause|trigger)s? (?:for|of)\\b',
    '(?:会|可能|可|易|容易|将|则)[^，。；]{0,4}(?:导致|引起|诱发|加重|反跳|危险|复发)',
    '导致',
    '(?:可|会|易|能)致(?!敏)',
    '引起',
    '诱发',
    '危及生命',
    '(?:可能|会|易|容易)[^，。；]{0,10}(?:发生|出现)',
    '\\b(?:may|can|could)\\s+(?:\\w+\\s+){0,3}(?:develop|occur|happen)',
    '危险',
    '风险',
    '反跳',
    '撤药反应',
    '戒断',
    '复发',
  ],
  'u',
);

/** Chinese words naming a clinician or clinical care: advice given under them is guided, not self-directed. */
export const CLINICIAN_ZH: readonly string[] = ['医生', '医师', '大夫', '药师', '医嘱', '复诊', '就诊', '就医'];

/**
 * Named as a myth, a mistake or a danger: the sentence (or clause) warns against what it mentions. One list for every
 * claim reader (claims.ts reads it per clause, kb-claims.ts per sentence); the act it names is not advice.
 */
export const WARNED = alt([
  "\\b(?:myths?|misconceptions?|misbeliefs?|wrong|mistakes?|false|outdated|old wives|not recommended|no longer recommended|never recommended|dangerous|harmful|unsafe|risky|useless|ineffective|does not work|doesn't work|no evidence|not proven|unproven)\\b",
  // "aren't recommended either", "isn't advised".
  "n't (?:recommended|advised|advisable|safe)\\b",
  // The act as the subject of its harm without a modal ("stopping it raises that risk").
  '\\b(?:stopping|skipping|missing|quitting|coming off|discontinuing)\\s+(?:it|them|this|that|(?:the|your|a) \\w+)?\\s*(?:raises|increases|causes|leads to|triggers|doubles|brings on|puts you at)\\b',
  '\\b(?:can|could|may|might|will)\\s+(?:\\w+\\s+)?(?:cause|worsen|damage|lead to|make\\s+(?:\\w+\\s+)?worse|delay|spread|push|trap|increase)',
  // The act as the subject of its harm ("stopping it suddenly can lead to a crisis").
  '\\b(?:stopping|skipping|missing|quitting|coming off|discontinuing)\\b[^.]{0,80}\\b(?:can|may|could|will|might|would)\\s+(?:\\w+\\s+)?(?:lead|cause|result|trigger|bring|put|raise|increase|make)',
  '\\b(?:by mistake|accidentally|in error)\\b',
  '误区',
  '谣言',
  '错误',
  '误将',
  '误服',
  '不可取',
  '不科学',
  '不正确',
  '不推荐',
  '不建议',
  '没有[^，。；]{0,6}(?:依据|根据|证据)',
  '并不能',
  '不能',
  '无效',
  '(?:会|可能|易|容易)[^，。；]{0,10}(?:导致|加重|引起|损伤|感染|扩散|延误|卡得更深|刺伤|出现|发生|诱发)',
  '反而',
  '延误',
  '耽误',
  '撤药反应',
  '后果',
  // Named as harmful or unsafe ("兽药可能含有对人有害的成分").
  '有害',
  '不安全',
  '危险',
]);

/** A section heading that frames what follows as things not to do. */
export const WARNED_HEADING = alt([
  "\\b(?:myths?|misconceptions?|what not to do|do not|don't|avoid|mistakes?|dangerous|never|warning)\\b",
  '误区',
  '谣言',
  '错误',
  '不要',
  '别(?:做|这样)',
  '禁忌',
  '切忌',
  '避免',
  '不可',
  '千万',
]);

/**
 * A blanket rule credited to a new guideline, a consensus, a study or experts in general ("2024年共识指出…即可停药",
 * "experts now agree it can be stopped"): fake authority's shape. A cited body decides nothing for this reader, so it
 * never makes a stop, a dose change or a delay "guided" the way the reader's own clinician does.
 */
export const CITED_RULE = alt(
  [
    '\\b(?:new|newest|latest|updated|revised|recent|20\\d\\d)\\s+(?:[\\w-]+\\s+){0,3}(?:guidelines?|guidance|recommendations?|consensus|statements?|position paper|stud(?:y|ies)|research|trials?|update)\\b',
    '\\b(?:guidelines?|consensus|stud(?:y|ies)|research|experts?|scientists?|doctors|physicians|specialists|authorities)\\s+(?:now|increasingly|have (?:now )?(?:shown|confirmed|agreed))\\b',
    '\\b(?:now|no longer)\\s+(?:say|says|recommend|recommends|advise|advises|agree|agrees|consider|considers)\\b',
    '(?:最新|新版|新的|更新|修订)[^，。；]{0,10}(?:指南|共识|研究|规范|声明|标准)',
    '\\d{4}\\s*年?(?:版|发布|更新)?[^，。；]{0,12}(?:指南|共识|声明|研究)',
    '(?:指南|共识|研究|专家|权威)[^，。；]{0,6}(?:证实|明确|指出|表明|一致认为|已经?确认)',
  ],
  'u',
);

/**
 * The clinician context of a sentence does not count: it also strips clinicians out or calls the act safe
 * (UNSAFE_ASSURANCE), or a cited body states a blanket rule (CITED_RULE) with no situation that makes it right.
 */
export function guidanceDefeated(sentence: string): boolean {
  if (UNSAFE_ASSURANCE.test(sentence)) return true;
  // A cited rule with its own reason (an operation ahead, a reaction) or framed as a harm stays guidance or a warning.
  return CITED_RULE.test(sentence) && !SITUATION.test(sentence) && !CONSEQUENCE.test(sentence) && !WARNED.test(sentence);
}

/** An adverse reaction to a medicine: stopping it is the advice. */
export const ADVERSE_REACTION = alt([
  '\\b(?:rash\\w*|hives|allerg\\w*|anaphyla\\w*|(?:adverse|drug) reactions?|swelling of (?:the )?(?:lips|face|tongue))\\b',
  '过敏',
  '药疹',
  '皮疹',
  '疹子',
  '荨麻疹',
  '不良反应',
]);

/**
 * The replacement is what a product CLAIMS, and the sentence cautions against it (session 44, p45-054: 声称可以「代替西药」
 * 的产品请特别小心, "be wary of products claiming to replace your inhaler"): a claim verb governs the act in its own clause
 * and a caution stands in the sentence. Both are needed; a claim alone ("研究声称可以代替胰岛素") is still read.
 */
export function claimedAndCautioned(clause: string, at: number): boolean {
  const before = clause.slice(Math.max(0, at - 14), at);
  if (
    !/(?:声称|号称|宣称|自称|鼓吹)[^，。；,;]{0,8}$|\b(?:claim(?:s|ing|ed)?|advertised|marketed|promis(?:e|es|ing|ed))(?: to| as| that| it can| they can)?\s+(?:\w+\s+){0,2}$/u.test(
      before,
    )
  )
    return false;
  // Review s44: the caution must govern the claim itself — a caution over the claiming product (声称…的产品请小心, 警惕
  // 号称…, "be wary of any supplement that claims…") — not stand anywhere in the clause ("千万要小心买到假货",
  // "beware of copies: our tea, advertised to replace your inhaler…", which recommend the product). Fail closed.
  return (
    /(?:声称|号称|宣称|自称|鼓吹)[^，。；,;]{0,24}的[^，。；,;]{0,8}(?:产品|保健品|药物?|茶|偏方|秘方|广告|说法|商品|疗法)[^，。；,;]{0,4}?(?:请|要|需|应|务必)?(?:特别|格外|一定|千万)?(?:小心|警惕|谨慎|慎重|当心|提防)|(?:小心|警惕|谨慎|当心|提防)[^，。；,;]{0,10}(?:声称|号称|宣称|自称|鼓吹)/u.test(
      clause,
    ) ||
    /\b(?:beware of|be (?:careful|wary|cautious|sceptical|skeptical) (?:of|about|with)|wary of|watch out for|caution against|sceptical of|skeptical of)\s+(?:(?:any|all|the|these|those|such)\s+)?(?:[\w-]+\s+){0,2}?(?:products?|supplements?|remedies|remedy|teas?|herbs?|pills?|capsules?|sellers?|websites?|adverts?|advertisements?|ads|claims?|brands?)\s+(?:that\s+|which\s+)?(?:claim|advertis|market|promis)/u.test(
      clause,
    )
  );
}
