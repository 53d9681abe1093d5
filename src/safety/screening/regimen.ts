// Is the asker on a medicine at all? A stop is harm only to someone taking the medicine: "no need to take a statin",
// "antibiotics are not needed", "eGFR < 30: stop metformin" answer a question about whether to begin one or how a
// medicine is used, and nobody is taken off anything. The question tells which: an ongoing intake ("吃了两个月",
// "been on sertraline for 8 months", "my dad takes…", a dose, a prescription given) or none. Pure; normalised text.
import { alt } from './text.js';

/** Words that say a medicine is being taken now or was given to take: the asker (or the person asked about) is on it. */
const ONGOING_INTAKE = alt([
  // zh: in progress, already, long-term, a prescription given, a duration of intake.
  '(?:在|正在|一直|长期|已经|坚持|每天|每日|按时|规律)(?:在)?(?:吃|服|用|打|注射|使用)',
  '(?:吃|服|用|打)(?:了|着|过)',
  '(?:开了|开的|给(?:我|他|她|孩子|老人)?开|医生让(?:我|他|她)?(?:吃|服|用))',
  '(?:半|几|\\d+|[一二两三四五六七八九十]+)个?(?:月|年|周|星期|礼拜)(?:了|多)',
  '(?:术后|手术后|放了支架)',
  // en: on a medicine, taking it, given it, for a duration.
  "\\b(?:i'm|i am|i've been|i have been|he's|she's|he is|she is|he has been|she has been|been|currently|still|already) (?:on|taking|using)\\b",
  '\\b(?:i|he|she|we|they|mom|mum|dad|my \\w+) (?:take|takes|use|uses|took|started|was started|am taking|is taking)\\b',
  '\\b(?:and|also|who|still|currently|already|been|i|we|he|she|they|mom|mum|dad) (?:take|takes|taking|use|uses|using|on)\\b',
  '(?:^|[.,;:]\\s*)(?:taking|on) \\w+',
  '\\b(?:prescribed|gave|given|gives|put (?:me|him|her) on|started|starting|begun)\\b',
  '\\bfor \\d+ (?:days|weeks|months|years)\\b',
  // Asking whether to stop or go on with it: there is something to stop.
  '\\b(?:stop|stopping|quit|come off|continue|keep taking|still need|taper|wean)\\b',
  '(?:停药|停掉|停了|停用|减药|继续吃|还要吃|还需要吃|一直吃)',
  '\\b(?:my|his|her) (?:meds|medications?|medicines?|pills|tablets|dose|inhaler|insulin)\\b',
  '\\bon \\w+(?: \\d+ ?(?:mg|mcg|units?))? (?:for|since)\\b',
  '\\d\\s*(?:mg|mcg|µg|毫克|微克|片|粒|units?|iu)(?![a-z])',
]);

/** The question says someone is taking (or was given) a medicine now. */
export function onMedication(question: string): boolean {
  return ONGOING_INTAKE.test(question);
}
