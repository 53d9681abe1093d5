// Harm done to another person, told as an act, not a thought (session 17): a neck squeezed or an airway covered —
// "昨晚我真的掐了她的脖子", "I put my hands around his neck", "捂住孩子的口鼻" — or a baby shaken. Session 16's review had
// "脑子里总是闪过掐死孩子的画面…这是强迫症吗？昨晚我真的掐了她的脖子" routine: an intrusive thought asked about is no
// danger, an act done is. Non-fatal strangulation can injure the neck and brain hours later and a child harmed needs
// protection now, so it is an emergency for the one harmed (NICE CG89 child maltreatment; strangulation guidance).
// Also an unwanted thought of drowning, smothering or strangling a baby with the means made ready now ("I'm running
// the bath now"). Raise only; a conditional, a negation, a thought or image alone, or a story is none.
import { affirmed, type ClinicalRule, clinicalRule } from './clinical.js';
import { CONDITIONAL_BEFORE } from './ingestion.js';

/** The act done: a neck squeezed or tied, a mouth and nose covered, a baby shaken (past or just now, with an object). */
const ACT_DONE =
  /(?:掐|勒|扼)(?:了|住|着)[^，。？！]{0,6}(?:脖子|喉咙|颈)|(?:捂|蒙)(?:了|住)[^，。？！]{0,6}(?:口鼻|嘴和鼻子|鼻子和嘴|脸)|(?:使劲|用力)?摇晃(?:了)?(?:宝宝|孩子|婴儿)|\b(?:strangled|throttled|smothered) (?:her|him|them|me|my|the|our)\b|\b(?:put|had|wrapped|squeezed) (?:my|both (?:my )?) ?hands? (?:around|round|on) (?:her|his|their|my \w+'s|the baby's) (?:neck|throat)\b|\bchoked (?:her|him|my (?:son|daughter|baby|child|wife|husband|partner|girlfriend|boyfriend)|the baby)\b(?! (?:on|up))|\b(?:shook|shaken) (?:the|my|our) baby\b|\b(?:held|pushed|put) (?:a |the )?pillow (?:over|on) (?:her|his|the baby's|my \w+'s) face\b/gi;
/** A thought of harming a baby or child with the means made ready now. */
const THOUGHT =
  /\b(?:thoughts?|images?|urges?|keep thinking) (?:of|about) (?:drowning|smothering|strangling|suffocating|hurting|stabbing) (?:my|the|our) (?:baby|son|daughter|child|kid|toddler)\b|(?:想|念头|画面)[^，。？！]{0,8}(?:淹|闷死|掐死|捂死|伤害)[^，。？！]{0,4}(?:孩子|宝宝|女儿|儿子)/i;
const MEANS_NOW =
  /\b(?:running|filling|ran|filled) the bath (?:now|right now)\b|\bbath is running\b|\bholding (?:a|the) (?:knife|pillow)\b|(?:正在|现在)[^，。？！]{0,4}(?:放洗澡水|放水|拿着刀|拿着枕头)|手里拿着(?:刀|枕头)/i;

/** A scene of a story in the act's sentence: a character's act, no one's harm. */
const STORY = /\b(?:movie|film|show|series|episode|book|novel|story|game|scene|villain|character)\b|电影|电视剧|小说|剧里|剧中|游戏|情节|角色/i;

function harmDone(text: string): boolean {
  if (!affirmed(ACT_DONE, text)) return false;
  ACT_DONE.lastIndex = 0;
  for (const m of text.matchAll(ACT_DONE)) {
    const at = m.index ?? 0;
    const sentence = text.slice(text.slice(0, at).search(/[^.?!。？！\n]*$/), at + 80).split(/[.?!。？！\n]/)[0] ?? '';
    if (!CONDITIONAL_BEFORE.test(text.slice(0, at)) && !STORY.test(sentence)) return true;
  }
  return false;
}

export const HARM_DONE_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'harm-to-another',
    'emergency',
    '有人被掐脖子、捂住口鼻或摇晃（伤害已经发生）',
    'someone strangled, smothered or shaken (harm already done)',
    '先让被伤害的人（尤其是孩子）离开并有人陪着；即使看起来没事也要立即就医，颈部受压可在数小时后出现伤害；请拨打急救电话，并联系警方或儿童保护机构。',
    'Keep the person harmed (especially a child) away and with someone safe; get them seen now even if they seem fine — pressure on the neck can cause harm hours later. Call emergency services and the police or child protection.',
    (c) => harmDone(c.text) || (THOUGHT.test(c.text) && MEANS_NOW.test(c.text)),
  ),
];
