// A seizure going on now, told by whoever is with the person (or the person): "my toddler is fitting", "孩子现在抽搐",
// "she's having a seizure right now". The sign rules escalate a seizure only on a first fit, one over five minutes or a
// cluster — details a carer in the middle of one rarely says. NHS (Epilepsy: what to do if someone has a seizure; Febrile
// seizures) says call 999 for a first seizure, one lasting over 5 minutes or one whose usual length is not known, so a
// fit told in progress is an emergency unless the message says it is a known epileptic's usual fit (then the seizure
// rules decide as before). Raise only: the reader adds an emergency rule and never removes one.
import { affirmed, type ClinicalRule, clinicalRule } from './clinical.js';
import { CONDITIONAL_BEFORE } from './ingestion.js';
import { OWN_AFTER_MY_EN, RELATIVE_EN, RELATIVE_ZH } from './persons.js';

/** Someone named as the one fitting: a relative (persons.ts, the one list), a pronoun, "the baby", or the subject carried
 *  on ("my toddler swallowed …and is now fitting"); zh: a person word before the verb. Not "someone" or "a person" (a question about people in
 *  general). */
const WHO_EN = String.raw`(?:\b(?:my|our) (?:\w+ )?(?:${RELATIVE_EN}|${OWN_AFTER_MY_EN})|\b(?:he|she|they|the baby|the child|i)|\b(?:i think|think) (?:he|she|they)|\b(?:and|who)(?= is ))`;
/** The fit itself told in the present progressive: "is fitting", "'s having a seizure", "is seizing / convulsing". Not
 *  "having a fit about / over" (anger), "a fit of giggles", "fitting in", "having seizures" (a recurring pattern). */
const NOW_EN = new RegExp(
  `${WHO_EN}(?: is|'s|’s| are|'re|’re| am|'m|’m)(?: \\w+)?? (?:(?:still |currently |now )?(?:fitting|seizing|convulsing)\\b(?! (?:in|into|for|the|a|an|well|perfectly|nicely|together|like|up)\\b)|(?:still )?having (?:a |an |another )?(?:(?:febrile|tonic[- ]clonic|grand mal|epileptic|big|bad|major|full|massive) )?(?:seizure|convulsion|fit)\\b(?! (?:about|over|at|of|because|when|if|that)\\b)|in the middle of (?:a )?(?:seizure|fit)\\b)`,
  'i',
);
/** zh: the act of fitting in progress — 正在/现在/还在/一直在 before 抽搐/抽风/惊厥/癫痫发作, 抽搐中, or a bare 在抽/还在抽 at the
 *  end of its clause (抽烟/抽血 are other acts). 抽筋 counts only with a seizure's signs (eyes rolled up, foaming). */
const NOW_ZH =
  /(?:正在|现在|此刻|这会儿?|还在|一直在|又在|在)[^，。！？]{0,2}(?:抽搐|抽风|惊厥|癫痫发作|发羊癫疯|(?:浑身|全身|手脚)?抽(?:着|个不停)?(?=[，。！？、,.!?\s]|$))(?!之?后|以后|前|时|的时候)|(?:抽搐|抽风|惊厥)(?:中|着|个不停|还没停|没停|停不下来)|(?:正在|现在|还在)[^，。！？]{0,2}抽筋[^。！？]{0,8}(?:翻白眼|眼(?:睛|珠)?(?:往|向)?上翻|口吐白沫|牙关紧闭|叫不醒|没反应)/;
/** 抽筋 is also how parents name a febrile convulsion (发烧抽筋): in progress, in a child, with a fever told. */
const FEBRILE_NOW_ZH = /(?:正在|现在|还在|一直在|又在)[^，。！？]{0,2}抽筋/;
const FEVER_CHILD_ZH = /(?:发烧|发热|高烧|烧到)[^。]*(?:孩子|宝宝|儿子|女儿|小孩|娃)|(?:孩子|宝宝|儿子|女儿|小孩|娃)[^。]*(?:发烧|发热|高烧|烧到)/;
/** The writer says the fit has stopped: no longer in progress (the seizure rules read what is left). */
const STOPPED =
  /停(?:了|下来了|止了)|不抽了|缓过来|醒了|醒过来|\b(?:it |the (?:seizure|fit) )?(?:stopped|has stopped|is over|ended|finished)\b|\b(?:came|coming|come) (?:round|around|to)\b|\b(?:is|'s) (?:awake|conscious|breathing normally) (?:now|again)\b/i;
/** A known epilepsy and this fit said to be the usual one ("one of his usual seizures", "跟平时发作一样"). */
const KNOWN_EPILEPSY = /癫痫|羊(?:癫|角)疯|\bepilep\w*|\bseizure disorder\b|\bdravet\b/i;
const USUAL_FIT =
  /平时|往常|以前也?(?:这样|一样)|跟以前一样|老毛病|老样子|\b(?:his|her|their|my) (?:usual|normal|typical|regular)\b|\busual (?:seizure|fit|one)s?\b|\blike (?:always|usual|normal)\b|\bas (?:usual|always)\b|\btypical (?:seizure|fit|one)\b/i;

/** "Having a fit" is also anger ("mum is having a fit, she found my tattoo"): the noun counts only beside a seizure's own
 *  signs. */
const FIT_NOUN = /\bhaving (?:a |an |another )?(?:(?:big|bad|major|full|massive) )?fit\b/i;
const SEIZURE_SIGNS =
  /\b(?:jerk\w*|shak\w*|twitch\w*|stiff\w*|convuls\w*|seiz\w*|epilep\w*|unrespons\w*|not responding|won'?t respond|eyes? (?:rolled|rolling)|foam\w*|frothing|blue|on the floor|fell down|collapsed|fever\w*|temperature|burning up|febrile)\b/i;
/** A pet fitting goes to a vet: a message that names an animal and no person of the family is not read. */
const PET = /狗|猫|宠物|\b(?:dog|cat|puppy|kitten|pet|rabbit|hamster)s?\b/i;
const HUMAN = new RegExp(`${RELATIVE_ZH}|\\b(?:${RELATIVE_EN}|${OWN_AFTER_MY_EN})\\b`, 'i');

/** True when the message tells a seizure going on now that is not a known epileptic's usual fit (see the head). */
export function seizureInProgress(text: string): boolean {
  const febrile = FEVER_CHILD_ZH.test(text) ? [FEBRILE_NOW_ZH] : [];
  const told = [NOW_EN, NOW_ZH, ...febrile].some((re) => {
    const m = re.exec(text);
    if (!m) return false;
    // A hypothetical before the fit in its sentence: "what do I do if my son is having a seizure".
    if (CONDITIONAL_BEFORE.test(text.slice(0, m.index))) return false;
    return affirmed(re, text);
  });
  if (!told) return false;
  if (STOPPED.test(text)) return false;
  if (PET.test(text) && !HUMAN.test(text)) return false;
  if (FIT_NOUN.test(text) && !/\b(?:fitting|seizing|convulsing|seizure|convulsion)\b|[\p{Script=Han}]/iu.test(text) && !SEIZURE_SIGNS.test(text)) return false;
  return !(KNOWN_EPILEPSY.test(text) && USUAL_FIT.test(text));
}

export const SEIZURE_NOW_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'seizure-in-progress',
    'emergency',
    '正在抽搐（不是已知癫痫的平常发作）',
    'a seizure happening now (not a known usual one)',
    '移开周围硬物、护住头部，不要往嘴里塞东西，记下开始时间，抽搐停止后让其侧卧；立即呼叫急救。',
    'Move hard things away, cushion the head, put nothing in the mouth and time it; once the jerking stops turn them on their side. Call an ambulance now.',
    (c) => seizureInProgress(c.text),
  ),
];
