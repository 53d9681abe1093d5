// Signs that tell a poisoning by what the poison does to the body (a toxidrome), added to the one sign vocabulary so
// the exposure readers (triage/chemical-exposure.ts, toxic-exposure.ts, double-dose.ts) ask the same reader that grades
// breathing and consciousness instead of keeping their own lists: the cholinergic signs of an organophosphate or
// carbamate (drooling, tiny pupils, muscle twitching), the airway signs of a caustic (drooling, a noisy in-breath,
// unable to swallow), a narrow-margin medicine's own toxicity (a coarse tremor after lithium, mouth ulcers after
// methotrexate). Each is ordinary alone — a teething baby drools, a lithium tremor is known to the psychiatrist — and
// matters only beside an exposure; no rule of rules.ts fires on them. Written as concepts in both languages (Goldfrank's
// toxidromes; TOXBASE features per agent), never from vignette strings.
import type { Sign } from './signs.js';

const sign = (kind: Sign['kind'], zh: RegExp[], en: RegExp[]): Sign => ({ kind, zh, en });

export const TOXIDROME_SIGNS = {
  /** Saliva running out of the mouth, or foam at it: salivation (cholinergic) or a burnt throat that cannot swallow. */
  drooling: sign(
    'symptom',
    [/流口水/, /口水(?:直流|一直流|流个不停|不停地?流|流出来|多)/, /流涎/, /(?:吐|冒)(?:白)?沫/, /口(?:角|边)[^，。,]{0,2}(?:有)?(?:白)?沫/],
    [
      /\bdrool(?:s|ed|ing|y)?\b/i,
      /\bdribbl(?:e|es|ed|ing)\b/i,
      /\bfoam(?:s|ed|ing)? (?:at|from) the mouth\b/i,
      /\bsaliva (?:pouring|running|everywhere|dripping)\b/i,
      /\bsalivat\w*/i,
    ],
  ),
  /** Tiny pupils (miosis): organophosphates, carbamates, opioids. */
  miosis: sign(
    'symptom',
    [/瞳孔[^，。,]{0,4}(?:缩小|很小|变小|特别小|针尖|小得|好小|缩得)/, /针尖(?:样|大小)?(?:的)?瞳孔/],
    [
      /\bpin ?point (?:pupils?|eyes)\b/i,
      /\bpupils? (?:are |were |look |looked |went |gone |is |so )?(?:\w+ )?(?:tiny|pin ?points?|constricted|very small|really small|small as)\b/i,
      /\b(?:tiny|constricted) pupils?\b/i,
      /\bmiosis\b/i,
    ],
  ),
  /** Muscle twitching (fasciculation): organophosphates. */
  twitching: sign(
    'symptom',
    [/肌肉[^，。,]{0,3}(?:跳|抽动|颤动|乱跳)/, /(?:肌束|肉)[^，。,]{0,2}颤/],
    [/\bmuscles? (?:are |is |keep )?(?:twitch\w*|jump\w*|flicker\w*)/i, /\bfasciculat\w*/i],
  ),
  /** A hand tremor: lithium's early toxicity, alone a known side effect. */
  tremor: sign(
    'symptom',
    [/手(?:一直|很|在|不停地?|发)?抖/, /抖得(?:厉害|很厉害|停不下来)/, /震颤/],
    [
      /\btremor\w*/i,
      /\btrembl(?:e|es|ed|ing)\b/i,
      /\b(?:hands?|arms?) (?:are |is |keep )?(?:shak\w*|trembl\w*)/i,
      /\bshak(?:ing|y) (?:badly|a lot|all the time|so much)\b/i,
    ],
  ),
  /** Ulcers or sores in the mouth: methotrexate's (and other marrow poisons') first sign of toxicity. */
  mouthUlcers: sign(
    'symptom',
    [/口腔[^，。,]{0,4}(?:溃疡|起泡|烂)/, /(?:嘴|嘴巴|嘴里|口里|舌头)[^，。,]{0,4}(?:溃疡|烂了|起泡|口疮)/, /口疮/],
    [
      /\b(?:mouth|oral) (?:ulcers?|sores?)\b/i,
      /\b(?:ulcers?|sores?|blisters?) (?:\w+ ){0,2}(?:in|inside|on|around|over) (?:my|his|her|their|the) (?:mouth|tongue|gums?)\b/i,
      /\bmouth (?:is )?(?:full of|covered in) (?:ulcers?|sores?|blisters?)\b/i,
    ],
  ),
  /** A noisy, high in-breath (stridor): the upper airway narrowing. */
  stridor: sign(
    'symptom',
    [/喘鸣/, /喉(?:咙|头)?[^，。,]{0,3}(?:有|发出)[^，。,]{0,3}(?:怪|哨|嘶|呼呼|咝咝)?声/, /呼吸[^，。,]{0,3}(?:有|带)[^，。,]{0,2}(?:哨|怪|嘶|呼噜)?声/],
    [
      /\bstridor\b/i,
      /\bhigh[- ]pitched (?:\w+ )?(?:noise|sound|squeak|whistle|whistling)\b/i,
      /\bnoisy breath\w*/i,
      /\bwhistl\w* when (?:he|she|i|they) breathe/i,
    ],
  ),
  /** Cannot swallow (saliva, a drink): a burnt or swollen throat. */
  swallowFail: sign(
    'symptom',
    [/(?:咽|吞)不下/, /不能(?:吞|咽)/, /吞咽困难/],
    [/\b(?:can'?t|cannot|won'?t|unable to|refus\w* to) swallow\b/i, /\b(?:difficulty|trouble|pain(?:ful)?) (?:when )?swallowing\b/i, /\bhurts? to swallow\b/i],
  ),
} satisfies Record<string, Sign>;

/** These signs' ids: alone they are no finding of the triage (triage.ts ruleFound) — only an exposure reader weighs them. */
export const TOXIDROME_SIGN_IDS: ReadonlySet<string> = new Set(Object.keys(TOXIDROME_SIGNS));
