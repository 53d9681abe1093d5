// Concept signs added after blind batch D (Nov 2026): each matters only in a combination of rules.ts (a cardiac
// equivalent felt in the upper belly, asthma that the reliever no longer touches, heavy pregnancy bleeding). Written
// as concepts in both languages, never from vignette strings.
import type { Sign } from './signs.js';

const sign = (kind: Sign['kind'], zh: RegExp[], en: RegExp[]): Sign => ({ kind, zh, en });

export const MORE_CONCEPT_SIGNS = {
  /** Upper-belly pain or pressure: with sweating and breathlessness, the way heart attacks present in older or diabetic people. */
  epigastric: sign(
    'symptom',
    [/(?:上腹|心窝|心口窝|胃口|胃)[^，。,]{0,4}(?:堵|闷|疼|痛|难受|不舒服|压着)/],
    [
      /\b(?:stomach|belly|tummy|abdomen) (?:\w+ ){0,2}(?:hurts?|pain|ache|aching|discomfort) (?:\w+ ){0,2}(?:up high|under (?:the|his|her|my) ribs|upper)/i,
      /\b(?:upper (?:stomach|belly|abdomen|abdominal)|epigastric) (?:pain|discomfort|pressure|ache)/i,
      /\b(?:pain|pressure|ache|discomfort) (?:in|at) (?:the |his |her |my )?(?:upper (?:stomach|belly|abdomen)|pit of (?:the|his|her|my) stomach)/i,
    ],
  ),
  /** A reliever inhaler that no longer helps: with drowsiness, blue lips or broken speech, life-threatening asthma. */
  relieverFailing: sign(
    'symptom',
    [
      /(?:喷|吸|用)(?:了)?[^，。]{0,8}(?:都|也|还是)?(?:不顶用|不管用|没用|没效果|不见效|不起作用|缓解不了)/,
      /(?:喷雾|吸入器|气雾剂|万托林|沙丁胺醇)[^，。]{0,6}(?:不顶用|不管用|没用|没效果|不见效|不起作用)/,
    ],
    [
      /\b(?:inhaler|puffer|ventolin|albuterol|salbutamol|nebuli[sz]er)\b[^.]{0,20}\b(?:not|isn'?t|is not|isnt|hasn'?t|doesn'?t|didn'?t|stopped|no longer) (?:\w+ )?(?:helping|working|help|work|touching it)/i,
      /\b(?:inhaler|puffer)\b[^.]{0,10}\b(?:useless|no help|no use)\b/i,
    ],
  ),
  /** Breath too short to talk: words or a few words at a time, typing instead of speaking. */
  speechBreathless: sign(
    'symptom',
    [/一句话[^，。]{0,6}(?:分|断|停)[^，。]{0,4}(?:几|好几|两|三)(?:口气|次|下|段)/, /(?:喘|气)[^，。]{0,4}(?:说不了|说不出|说不完)(?:整|完整的)?(?:句|话)/],
    [
      /\b(?:can'?t|cant|cannot|unable to) (?:really )?(?:talk|speak|finish (?:a |my |his |her )?sentences?)\b(?! (?:about|to|with|now|right now|on))/i,
      /\b(?:only|just) (?:a few|one or two|single) words? at a time\b/i,
    ],
  ),
  /** Bluish lips or face. */
  cyanosis: sign(
    'symptom',
    [/(?:嘴唇|嘴巴|口唇|脸)[^，。,]{0,3}(?:发乌|发紫|发青|乌青|青紫|紫了)/],
    [/\b(?:lips?|face|mouth) (?:is |are |look |looks |went |going |turning )?(?:\w+ )?(?:blue|bluish|purple)\b/i, /\bblue lips\b/i],
  ),
  /** "Never had anything like this": counts only next to a seizure (a first fit), since it is generic on its own. */
  neverBefore: sign(
    'event',
    [/(?:从来|以前|之前)(?:都)?没(?:有)?(?:过)?(?:这样|这种情况|这种事)/],
    [/\bnever (?:had|been) (?:anything|something) like (?:this|that|it)\b/i],
  ),
} satisfies Record<string, Sign>;
