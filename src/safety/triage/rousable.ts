// Consciousness lowered, told in lay words: a waking act that does not work ("can't really wake my wife properly",
// "很难叫醒", "叫他也不怎么理", "won't open her eyes when I talk to her") read with what makes it more than deep sleep — it
// comes back while talking ("drifting off mid sentence", "说着话就睡过去了"), the person does not open their eyes to a
// voice, or a companion sign of a failing airway or circulation (snoring or rattly breathing, pale, limp). A habit
// ("hard to wake every morning", "打呼噜很多年", sleep apnoea) is no finding now. Pure; the rule raises only.
import type { ClinicalRule } from './clinical.js';
import { affirmed, clinicalRule } from './clinical.js';

/** Waking or rousing that does not work. */
const HARD_TO_WAKE =
  /很难叫醒|难叫醒|不好叫醒|叫不太醒|叫了半天才醒|叫了?(?:他|她|人|孩子|老人)?了?(?:也|都)?不(?:怎么|太)?(?:理|搭理|应|答应|回应|睁眼)|眼睛都不睁|\b(?:can'?t|cannot|can not|couldn'?t|unable to|struggling to|struggle to) (?:really |properly |fully )?(?:wake|rouse) (?!up\b|myself\b|me\b)(?:him|her|them|my \w+|\w+)\b|\b(?:really |very |so )?(?:hard|difficult|impossible) to (?:rouse|wake|keep awake)\b|\bwon'?t (?:open (?:her|his|their) eyes|respond)\b/i;
/** What makes it more than a deep sleep: sleep coming back while talking, no eye opening to a voice. */
const STRONG =
  /说着(?:话|说着)?就睡(?:过去|着)?了?|说话说一半就睡|\b(?:drift\w*|doz\w*|nodd\w*|fall\w*|fell) (?:off|asleep) (?:in the )?mid[- ]?(?:sentence|conversation)\b|\bmid[- ]?sentence\b[^.]{0,20}\b(?:drift\w*|doz\w*|nodd\w*|asleep)\b|\bfall\w* asleep (?:while|when) (?:talking|speaking|I talk)\b|\bwon'?t open (?:her|his|their) eyes (?:when|if) (?:I|we|you) (?:talk|speak|call|say|shout)/i;
/** A failing airway or circulation beside it: snoring, rattly or strange breathing, pale or grey, limp. */
const COMPANION =
  /呼吸[^，。]{0,6}(?:怪|奇怪|不对|打呼|呼噜|有痰|浅|慢|弱)|打呼噜|呼噜|痰鸣|脸色[^，。]{0,3}(?:白|苍白|发白|灰|青|紫)|(?:浑身|全身)(?:发)?软|软绵绵|瘫软|\bbreathing\b[^.]{0,30}\b(?:weird|strange|funny|odd|noisy|rattl\w*|gurgl\w*|snor\w*|shallow|slow)\b|\b(?:snoring|rattly|rattling|gurgling)\b|\b(?:pale|grey|gray|limp|floppy|clammy)\b/i;
/** A habit, not now: sleep apnoea, every morning, always. */
const HABIT =
  /呼吸暂停|每天早上|每天|经常|总是|平时|老是|一直都|好多年|很多年|\b(?:sleep apn(?:o)?ea|apn(?:o)?ea|every (?:morning|day|night)|always|usually|often|most (?:mornings|days)|in the mornings|for (?:years|months))\b/i;

/** Lowered consciousness told in lay words, with what makes it more than sleep. */
export function readHardToRouse(text: string): boolean {
  if (HABIT.test(text) || !affirmed(HARD_TO_WAKE, text)) return false;
  return affirmed(STRONG, text) || affirmed(COMPANION, text);
}

export const ROUSABLE_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'hard-to-rouse',
    'emergency',
    '叫不太醒、说着话就睡过去或叫了不睁眼（意识水平下降）',
    'hard to wake, drifting off mid-sentence or not opening the eyes to a voice (lowered consciousness)',
    '立即拨打急救电话。让他侧躺（复原体位）保持呼吸道通畅，看着呼吸，不要喂水喂药。',
    'Call emergency services now. Lay them on their side (recovery position) to keep the airway open, watch their breathing, and give nothing by mouth.',
    (c) => readHardToRouse(c.text),
  ),
];
