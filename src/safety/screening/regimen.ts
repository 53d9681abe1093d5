// Is anyone on a medicine? A stop is harm only to someone taking the medicine: "no need to take a statin",
// "antibiotics are not needed", "eGFR < 30: stop metformin" answer a question about whether to begin one or about how
// a medicine is used in general, and nobody is taken off anything. The question tells which. Someone is on a
// medicine when the question says so (an ongoing intake, a prescription, asking to stop, replace or go on with it),
// or when it is about a person and does not ask whether to begin one. Pure; normalised (lower-case) text.
import { alt } from './text.js';

/** An intake in progress or a regimen asked about: stopping, replacing, going on with, finishing it. */
const REGIMEN = alt([
  '(?:在|正在|一直|长期|已经|坚持|每天|每日|按时|规律)(?:在)?(?:吃|服|用|打|注射|使用)',
  '(?:吃|服|用|打)(?:了|着|过)',
  '(?:开了|开的|给(?:我|他|她|孩子|老人)?开|医生让(?:我|他|她)?(?:吃|服|用))',
  '(?:半|几|\\d+|[一二两三四五六七八九十]+)个?(?:月|年|周|星期|礼拜)(?:了|多)',
  '停|减药|减量|代替|替代|取代|换成|换用|改用|改吃|(?:还|继续|仍)(?:要|需要|得|在)?(?:吃|服|用|打)',
  "\\b(?:i'm|i am|i've been|i have been|he's|she's|he is|she is|been|currently|still|already|also|and|who) (?:on|taking|using|take|takes|use|uses)\\b",
  '\\b(?:i|he|she|we|they|mom|mum|dad|my \\w+) (?:take|takes|use|uses|took|started|am taking|is taking)\\b',
  '(?:^|[.,;:]\\s*)(?:taking|on) \\w+',
  '\\b(?:prescribed|gave|given|gives|put (?:me|him|her) on|started|starting|begun)\\b',
  '\\bfor \\d+ (?:days|weeks|months|years)\\b',
  '\\b(?:stop|stopping|quit|come off|continue|keep taking|still need|finish|taper|wean|replace|swap|switch|instead of|alternative to|skip)\\b',
  '\\b(?:my|his|her|their) (?:meds|medications?|medicines?|pills|tablets|dose|inhaler|insulin|prescription)\\b',
  '\\d\\s*(?:mg|mcg|µg|毫克|微克|片|粒|units?|iu)(?![a-z])',
]);

/** The question is about a person: the asker, a relative, a patient. */
const PERSON = alt([
  "\\b(?:i|i'm|i've|me|my|we|our|he|she|his|her|him|they|son|daughter|child|baby|toddler|wife|husband|mom|mum|dad|father|mother|patient|friend)\\b",
  '我|他|她|孩子|宝宝|儿子|女儿|老公|老婆|爸|妈|爷爷|奶奶|外公|外婆|老人|家人|患者|病人|\\d+\\s*岁|[男女]\\s*[,，]?\\s*\\d+',
]);

/**
 * Asking whether to begin a medicine: "要不要开始吃二甲双胍", "一定要吃吗", "do I need antibiotics?", "should I start a
 * statin?" — not "还要吃吗" / "do I still need it" / "do I need to finish them" (those ask about one being taken).
 */
const START_ASKED = alt([
  '(?:要不要|需不需要|需要|一定要|必须|该不该|有必要|有没有必要|用不用|吃不吃)(?:开始)?(?:吃|服用?|用|打|上)',
  '\\b(?:do|does|would|will) (?:i|you|we|he|she|they|my \\w+) (?:really |actually )?need(?: to (?:start|take|go on|be on|begin|get))?\\b',
  '\\bshould (?:i|we|he|she|they|my \\w+) (?:start|take|go on|be on|begin|get)\\b',
  '\\b(?:is|are) \\w+ (?:needed|necessary|required)\\b',
]);

/** The question says someone is taking a medicine, or is about a person and does not ask whether to begin one. */
export function onMedication(question: string): boolean {
  if (REGIMEN.test(question)) return true;
  return PERSON.test(question) && !START_ASKED.test(question);
}
