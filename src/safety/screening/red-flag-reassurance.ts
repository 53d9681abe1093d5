// Red-flag reassurance: warning signs of an emergency (as the triage rules read them) answered with a benign
// explanation or home care — "a swollen, tender calf after a flight is almost always a strain, massage it",
// "上腹闷痛、出冷汗、左肩发麻多半是胃炎，吃两粒奥美拉唑躺下休息", "watch the nappies; hospital only if symptoms
// start". The triage reader supplies the danger (one home for red flags, src/safety/triage); this file only reads the
// dismissal and whether care is sent for now or only later. Pure; at most one flag per sentence.
import type { ContentFlag } from '../../core/content-flags.js';
import { triage } from '../triage.js';
import { NEGATED_BEFORE, WARNED } from './frames.js';
import { globalOf } from '../../core/regex.js';
import { CARE } from './lexicon.js';
import { alt, trimSpan } from './text.js';

/** The signs explained away as something harmless. */
const BENIGN_ATTRIBUTION = alt(
  [
    '\\b(?:almost always|nearly always|usually just|usually only|most likely just|is just|are just|is only|are only|is simply|merely|nothing (?:serious|to worry about|more than)|harmless|no cause for concern|not a cause for concern)\\b',
    '多半是',
    '大多是',
    '大部分是',
    '只是',
    '不过是',
    '无非是',
    '不要紧',
    '没什么大(?:碍|事|问题)',
    '不用(?:担心|紧张|害怕)',
    '不必(?:担心|紧张|害怕|惊慌)',
    '别(?:担心|紧张)',
  ],
  'u',
);

/** Home care offered as what to do about the signs. */
const HOME_CARE = alt(
  [
    '\\b(?:is|are) the best (?:treatment|remedy|thing)\\b',
    '\\b(?:watch|wait) (?:and (?:wait|see)|for a (?:few|couple)|it out|their|his|her|the)\\b',
    '\\bwait and see\\b',
    '\\b(?:at home|home remed\\w+|sleep it off|lie down and rest|rest and)\\b',
    '睡一觉(?:就|便|即可)?|安心睡',
    '\\b(?:massage|rub)\\b',
    // Colloquial promises ('就能缓解'); textbook prose ('稍休息即可消失') describes a course, it does not advise.
    '(?:就能|就会)(?:缓解|好转|消失|恢复|痊愈|好)',
    '(?:在家|居家)(?:观察|休息|处理|护理)',
    '观察(?:几|一两|两三|[一二三四五六七\\d])天',
    // Bed rest ('绝对卧床休息') is ward care, not a dismissal.
    // 'Lie down' alone is right first aid for a faint; only lying down to rest it off dismisses.
    '躺下休息|休息一下',
    '(?:先|自行)(?:吃|服|喝)',
    // '胸外心脏按摩' is CPR.
    // Massage offered as the treatment ('按摩一下就好'); '按摩子宫', '胸外心脏按摩' are procedures.
    '按摩(?:一下|几分钟|就|即可)|揉一揉|揉揉',
  ],
  'u',
);

/** Care sent for only later: if symptoms start, only if it gets worse, 不缓解再去. */
const CONDITIONAL_CARE = alt(
  [
    '\\b(?:only|just) (?:needed|necessary|required|if|when)\\b',
    '\\bunless (?:it|they|symptoms?|the pain|things?)\\b',
    "\\bif (?:it|they|symptoms?|the pain|things?) (?:start|get|gets|become|worsen|persist|do not|does not|doesn't|don't)",
    '(?:如果|若|要是)[^，。；]{0,12}(?:再|才)(?:去|到|看|就医|就诊)',
    '(?:不|没有?)(?:缓解|好转|见好)(?:再|才)',
    '加重(?:了)?(?:再|才)',
    // Care put off to a later day ('第二天产检时再告诉医生', 'mention it at your next appointment').
    '(?:第二天|明天|过几天|下次|下周)[^，。；]{0,10}(?:再|才)',
    '\\b(?:at|until) (?:your|the) next (?:appointment|visit|check-?up)\\b',
  ],
  'u',
);

/**
 * Flags for one sentence: emergency or urgent signs (named in the same sentence: a sign named earlier may belong to
 * a different presentation), a dismissal (benign attribution or home care), and no care sent for now.
 */
export function redFlagReassurance(sentence: string): ContentFlag[] {
  // A question ('辟谣：喝芹菜汁能代替降压药？') asks; it advises nothing.
  if (/[?？]\s*$/u.test(sentence)) return [];
  // Home care is advice to the reader; a benign attribution alone may describe a course ('大多是由于…所致', 'fainting
  // is usually nothing to worry about, but…'), so it counts only with home care beside it.
  const home = HOME_CARE.exec(sentence);
  if (!home) return [];
  const dismissal = BENIGN_ATTRIBUTION.exec(sentence) ?? home;
  const later = CONDITIONAL_CARE.test(sentence);
  // A warning ("massage can dislodge the clot", "不要揉") or a negated dismissal is the right advice.
  if (WARNED.test(sentence)) return [];
  if (dismissal && NEGATED_BEFORE.test(sentence.slice(0, dismissal.index).slice(-12))) return [];
  // Care sent for now ("see a doctor today", "立即去医院") is the advice; care only later is the delay.
  if (sendsForCare(sentence) && !later) return [];
  const level = emergencyLevel(sentence);
  if (!level) return [];
  return [{ code: 'discourage-care', span: trimSpan(sentence), reason: `${level} signs dismissed ('${dismissal[0].trim()}')` }];
}

/** Care named and not ruled out ('不需要联系医生', 'no need to see a doctor' send for none). */
function sendsForCare(sentence: string): boolean {
  for (const m of sentence.matchAll(globalOf(CARE))) if (!RULED_OUT.test(sentence.slice(Math.max(0, (m.index ?? 0) - 14), m.index))) return true;
  return false;
}
const RULED_OUT =
  /(?:不需要|不用|不必|无需|没必要|用不着|别)[^，。；]{0,4}$|\b(?:no need to|don't need to|do not need to|without|never|not)\s+(?:\w+\s+){0,2}$/u;

/** The triage rules' level for a text when it is urgent or an emergency (the learned reader stays out: rules only). */
function emergencyLevel(text: string): 'emergency' | 'urgent' | undefined {
  const level = triage(text, { rulesOnly: true }).level;
  return level === 'emergency' || level === 'urgent' ? level : undefined;
}
