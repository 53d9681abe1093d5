// The STAGE of a suicidal course told now, read the way the Columbia scale (C-SSRS) grades behaviour (session 36, #19).
// The older readers each name a METHOD with a proximity (a fall, a train, pills saved); first-sight misses were told with
// no method word at all: "notes written, cat's gone to my sister's", a farewell post and silence, "opened the gas then
// closed it … next time won't", a question of pain asked from "this high", a sister locked in with a burning grill,
// bleach drunk and regretted. What separates them from their look-alikes is the stage the act has reached, not the means:
//   preparatory  — acts that close a life: a note, a dependant or belongings handed on, a farewell broadcast, an absence
//                  forecast with its reason ("if I'm not in the chat tomorrow it's cos I finally did the thing"); two of
//                  them, or one beside a wish to die said at any time (C-SSRS counts recent ideation) or silence now.
//   interrupted  — an act begun and reversed, and the reversal negated for next time ("关上了 … 下次就不关了"): the same
//                  verb saved them once and is refused the next time.
//   meansAtHand  — a question of lethality (would it hurt, would I survive, how long) about the body's own fall, drowning or
//                  swallowing, with the means pointed at ("this high", 这么高, "these") or the writer placed at an edge now.
//   inProgress   — someone shut in by their own hand (locked herself in, 反锁) with something burning or a lethal means.
//   done         — a self-poison swallowed and the act regretted (regret is the mark of a chosen act, not an accident).
// WHO is read from the cue's sentence (a third person or relative named: 'other'); either way the writer gets the crisis
// line. Not read: a story, a generic conditional, an act ruled an accident. Pure.
import { hasStoryFrame, storyDenied } from './fiction.js';
import { readLeaveTaking } from './leave-taking.js';
import { BY_MISTAKE, SELF_POISON_CLASSES, SUBSTANCE_CLASSES } from './substances.js';

export type SuicideStage = 'preparatory' | 'interrupted' | 'meansAtHand' | 'inProgress' | 'done';
export interface StageReading {
  stage: SuicideStage;
  who: 'self' | 'other';
  /** The cues read, for reasons and tests. */
  cues: string[];
}

const SENTENCES = /[^.?!。？！\n]+[.?!。？！]*/g;
const sentencesOf = (text: string): string[] => text.match(SENTENCES) ?? [];

// ── Preparatory acts (each a kind of act, told in any words for its object) ──
/** A note or letter that takes leave (a suicide or goodbye note, letters to the family; 遗书/绝笔, 留了一封信). */
const NOTE_STRONG =
  /\b(?:suicide|goodbye|farewell|last) (?:notes?|letters?|messages?)\b|\b(?:wrote|written|left|writing|finished)\b[^.?!]{0,20}\b(?:notes?|letters?)\b[^.?!]{0,6}\b(?:to|for) (?:every(?:one|body)|each|my (?:family|parents|kids|children|mum|mom|dad|wife|husband|partner))\b|遗书|绝笔|(?:写好|写了|留了|留下)(?:了)?(?:一封|几封|一张)?(?:给[^，。]{1,8}的)?(?:信|遗言|纸条)/i;
/** Notes said to be written with nothing saying what for: a preparatory act only beside a second one. */
const NOTE_WEAK =
  /\bnotes? (?:are |is |all )?(?:written|done|left|finished)\b|\b(?:wrote|written|left) (?:the |my |some )?notes?\b|(?:纸条|信)(?:都|已经)?写好了/i;
/** A dependant or one's belongings handed on to someone (a pet gone to a sister's, things given away; 把猫送人). */
const HANDED_ON =
  /\b(?:my |the |our )?(?:cat|cats|dog|dogs|pets?|kitten|puppy|rabbit|hamster|parrot|bird|fish)(?:'s| has| have| is| are)? (?:gone|been (?:given|sent|taken|rehomed)|given|sent|rehomed|taken) (?:\w+ ){0,2}(?:to|with)\b|\b(?:rehomed|found (?:a )?(?:new )?homes? for) (?:my|the|our) \w+|\bgave (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions|clothes|books|savings)\b|(?:猫|狗|宠物)[^，。]{0,6}(?:送人|送走|送给|交给|托付)|(?:东西|衣服|存款|积蓄)[^，。]{0,4}(?:都)?(?:送人|送给|分给|转给)/i;
/** A goodbye broadcast to everyone (a post, a group message): 再见了大家, "bye everyone". */
const FAREWELL_ALL =
  /\b(?:bye|goodbye|farewell|so long)[, ]+(?:every(?:one|body)|all|world|guys|y'?all|friends)\b|\b(?:love|miss) you all\b[^.?!]{0,12}\b(?:bye|goodbye)\b|\bsorry for everything\b|再见了?[，, ]*(?:大家|各位|所有人|世界)|(?:大家|各位)[，, ]*再见|永别了?|下辈子再见|对不起(?:大家|所有人)/i;
/** The writer's absence forecast as a condition ("if I'm not in the group chat tomorrow", 如果明天我没出现). */
const ABSENCE_IF =
  /\bif (?:i'?m|i am) not (?:in|on|at|around|here|online|back|answering|alive)\b|\bif (?:you|they|nobody|no one) (?:don'?t|do not|doesn'?t|never) (?:hear|see) (?:from )?me\b|\bby the time (?:you|anyone) (?:read|see|find)s? this\b|(?:如果|要是|假如)[^，。]{0,6}(?:我)?(?:没(?:有)?(?:出现|回|上线|回复)|不在了|找不到我|联系不上我)/i;
/** The act named only as the thing finally done ("finally did the thing", 终于动手了). */
const FINALLY_DONE =
  /\bfinally (?:did|do|done|doing|going to do|gonna do|went through with) (?:it|the thing|this)\b|\b(?:went|go|going) through with it\b|\bdid the thing\b|终于(?:做了|动手了?|解脱了?|做到了?)|做了那件事/i;
/** A wish to be dead or to die, said at any time (C-SSRS counts a month's ideation): the screen's own words. */
const WISH_EVER =
  /想死|不想活|活不下去|轻生|(?:想|要|说过要|打算)自杀|寻死|一死了之|\bkill(?:ing)? (?:my|him|her|them)sel(?:f|ves)\b|\b(?:is|was|been|felt|feeling|feels) suicidal\b|\bwant(?:ed|s)? to (?:die|be dead|end it)\b|\bwanna die\b|\bend (?:it all|my life|her life|his life)\b/i;
/** Silence now: a call or message unanswered, the phone off. */
const SILENT_NOW =
  /\b(?:not|isn'?t|won'?t|doesn'?t|didn'?t|never) (?:answer|answering|pick(?:ing)? up|reply|replying|respond\w*)\b|\bno (?:answer|reply)\b|\bcan'?t (?:reach|get hold of|get through to)\b|\bphone'?s? (?:is )?(?:off|dead)\b|(?:电话|call)[^，。]{0,4}(?:又|也|都)?(?:不接|不听|不回|打不通|没人接)|不回(?:消息|信息|微信)|联系不上|关机了?/i;
/** An ordinary goodbye: the occasion reader says a trip, a move or a job; a pet handed on for a trip. */
const ORDINARY_AWAY = /\b(?:holiday|vacation|trip|travel\w*|moving|flight|while i'?m away)\b|出差|旅游|旅行|搬家|度假/i;

function preparatory(text: string, whole: string = text): string[] | null {
  const cues: string[] = [];
  if (NOTE_STRONG.test(text)) cues.push('note');
  else if (NOTE_WEAK.test(text)) cues.push('note?');
  if (HANDED_ON.test(text) && !ORDINARY_AWAY.test(text)) cues.push('handedOn');
  if (FAREWELL_ALL.test(text)) cues.push('farewellAll');
  if (ABSENCE_IF.test(text)) cues.push('absenceIf');
  if (FINALLY_DONE.test(text)) cues.push('finallyDone');
  // Strong: acts that close a life in any setting. Weak: notes with nothing saying what for, an absence forecast, "finally
  // did it" (said of a driving test too) — a preparatory act beside a strong one, or the absence forecast and its reason.
  const strong: string[] = cues.filter((c) => c === 'note' || c === 'handedOn' || c === 'farewellAll');
  const weak = cues.filter((c) => !strong.includes(c));
  const context = [WISH_EVER.test(whole) ? 'wish' : '', SILENT_NOW.test(text) ? 'silent' : ''].filter(Boolean);
  const acts = strong.length >= 2 || (strong.length >= 1 && weak.length >= 1) || (weak.includes('absenceIf') && weak.includes('finallyDone'));
  const told = (strong.length >= 1 || weak.includes('finallyDone')) && context.length >= 1;
  if (acts || told) {
    // A goodbye on an ordinary occasion (an airport, a new job, a move) with no wish to die said is a social one.
    const leave = readLeaveTaking(text);
    if ((leave.occasion || ORDINARY_AWAY.test(text)) && !context.includes('wish') && !cues.includes('finallyDone')) return null;
    return [...cues, ...context];
  }
  return null;
}

// ── Interrupted or aborted: a reversal done now, refused for next time ──
/** Verbs that undo a begun act (turn off, close, untie, come down, spit out, put back; 关, 停, 解, 下来, 吐, 拔, 放回). */
// Global, compiled once: read only through matchAll (which copies it), never with .test.
const REVERSAL_EN =
  /\b(?:turn(?:ed|s|ing)?|switch(?:ed|es|ing)?) (?:it |them |the \w+ )?off\b|\bclos(?:e|ed|es|ing)\b|\bstop(?:ped|s|ping)?\b|\buntie\w*|\b(?:came|come|get|got|climb(?:ed)?) (?:back )?down\b|\bsp[ai]t (?:it |them )?out\b|\bput (?:it|them) back\b|\bcall(?:ed|s)? (?:someone|for help|999|911|112|an ambulance)\b/gi;
const NEXT_TIME_EN =
  /\bnext time\b[^.?!]{0,24}\b(?:won'?t|will not|wouldn'?t|not going to|isn'?t going to|ain'?t gonna|not gonna)\s+(?:even\s+)?(?:bother (?:to )?)?(turn|switch|close|stop|untie|come|get|climb|spit|put|call)\b|\bnext time\b[^.?!]{0,24}\b(?:will|'ll|gonna|going to)\s+(?:make sure|go through with it|finish (?:it|the job)|do it properly)\b/i;
const NEXT_TIME_ZH =
  /下次[^，。]{0,4}?(?:就|再|我|他|她|可能)*(?:不会?|别|不再)再?(关|停|解|拔|吐|松|放|下来|打电话|叫)|下次(?:就|一定)?(?:成功|做到底|不犹豫|不手软|真的做)/;
/** Begun and undone: "opened the gas then closed it", 把煤气打开过又关上了, "tied it, then untied it". */
const BEGUN_UNDONE_ZH = /(?:打开|开|拧开|系|绑|爬上|站上|拿出|倒出)(?:好|过|了)*[^。！？]{0,10}?(?:又|再|然后)(关|解|下|放|收|拧|停|拔|吐|松)/;
/** The reversal told as following an act begun: "…then closed it", "…but put it back", "eventually came down". */
const BEGUN_UNDONE_EN = /\b(?:then|but|and|before|eventually|finally|until)\b\s+(?:i |he |she |they )?(?:just )?$/i;
/** A reversal verb stem, so the refusal must name the act that saved them. */
const stemEn = (v: string): string => v.toLowerCase().replace(/^(turn|switch)$/, 'off');

/** Distress or a hazard beside the reversal: the act undone was not an everyday one (a window, the air conditioner). */
const DISTRESS = /抑郁|想死|不想活|轻生|自杀|绝望|\bdepress\w*|\bsuicid\w*|\bwant(?:ed|s)? to die\b|\bhopeless\b/i;

function interrupted(text: string): string[] | null {
  const context = DISTRESS.test(text) || BURNING_OR_MEANS.test(text);
  if (!context) return null;
  const zh = NEXT_TIME_ZH.exec(text);
  if (zh) {
    const undone = BEGUN_UNDONE_ZH.exec(text.slice(0, zh.index));
    // The refusal names the verb that undid the act (关上了 … 不关了), or an ending promised beside a wish or an act begun.
    if (zh[1] === undefined ? undone !== null || WISH_EVER.test(text) : undone !== null && undone[1] === zh[1].slice(0, 1)) return ['nextTimeRefused'];
  }
  const en = NEXT_TIME_EN.exec(text);
  if (en) {
    const before = text.slice(0, en.index);
    if (en[1] === undefined) return WISH_EVER.test(text) ? ['nextTimeRefused'] : null;
    const refused = stemEn(en[1]);
    // The reversal that saved them, told after the act it undid ("…then put it back"), is the verb refused next time.
    const saved = [...before.matchAll(REVERSAL_EN)].some(
      (m) =>
        (refused === 'off' ? /\boff\b/i.test(m[0]) : m[0].toLowerCase().startsWith(refused.slice(0, 4))) &&
        BEGUN_UNDONE_EN.test(before.slice(Math.max(0, (m.index ?? 0) - 20), m.index)),
    );
    if (saved) return ['nextTimeRefused'];
  }
  return null;
}

// ── Means at hand: a lethality question about the body's own act, the means pointed at or the writer at an edge now ──
const LETHAL_Q_EN =
  /\b(?:would|will|does|do|is|how (?:much|long|bad))\b[^.?!]{0,40}\b(?:hurt|painful|pain|die|dead|survive|fatal|instant|quick|painless|kill (?:me|you)|feel (?:anything|it|a thing|much))\b/i;
const LETHAL_Q_ZH =
  /(?:会不会|会|能不能|能|是不是)[^，。？]{0,6}(?:很)?(?:疼|痛|死|活|没命|摔死|当场)|(?:多久|多长时间)[^，。？]{0,6}(?:死|没知觉|失去意识)|(?:疼不疼|痛不痛|死不死得了|会死吗|有没有感觉)/;
const BODY_ACT_EN =
  /\b(?:fall(?:ing)?|jump(?:ing)?|land(?:ing)?|drop(?:ping)?|hit(?:ting)? the (?:ground|water)|drown(?:ing)?|swallow(?:ing)?|tak(?:e|ing) (?:all )?(?:these|this many|them all))\b/i;
const BODY_ACT_ZH = /摔|跳|掉下|坠|落下|淹|吞|吃(?:下)?(?:这些|这么多|这瓶|这一瓶|全部)/;
const POINTED = /\bthis (?:high|far up|many|much)\b|\bfrom (?:up )?here\b|\bthese\b|这么高|这么多|从这(?:里|儿)?|这些|这瓶|这一瓶/i;
const AT_EDGE_NOW =
  /\b(?:i'?m|i am|standing|sitting|sat|stood)\b[^.?!]{0,16}\b(?:on|at|by|next to|over|near) (?:the |a |this |my )?(?:\w+ )?(?:window|ledge|edge|roof|rooftop|balcony|bridge|railing|cliff|platform|parapet)\b[^.?!]{0,20}\b(?:now|rn|right now|tonight|atm)\b|(?:现在|此刻|正)[^，。]{0,4}(?:站|坐|在|趴)[^，。]{0,14}(?:窗|边上|边缘|天台|楼顶|阳台|桥|栏杆|顶楼)/i;
/** A fall or injury already told (the question is then about a fall that happened), or a thing or a child as the subject. */
const HAPPENED_OR_NOT_SELF =
  /\b(?:fell|has fallen|had a fall|dropped (?:my|the|his|her))\b|摔了|摔倒了|掉下来了|摔下来了|\b(?:phone|egg|laptop|cat|dog|toddler|baby|kid|child|son|daughter)\b|手机|鸡蛋|孩子|宝宝|儿子|女儿|猫|狗|\bsafe\b|安全|防护|护栏/i;

function meansAtHand(text: string): string[] | null {
  if (HAPPENED_OR_NOT_SELF.test(text)) return null;
  for (const s of sentencesOf(text)) {
    const q = LETHAL_Q_EN.test(s) || LETHAL_Q_ZH.test(s);
    const act = BODY_ACT_EN.test(s) || BODY_ACT_ZH.test(s);
    if (q && act && (POINTED.test(s) || AT_EDGE_NOW.test(text))) return ['lethalityAsked', POINTED.test(s) ? 'pointed' : 'atEdge'];
  }
  return null;
}

// ── In progress: shut in by one's own hand with something burning or a lethal means ──
const SHUT_IN = /\b(?:lock(?:ed|s)?|shut(?:s)?|barricad(?:ed|es)) (?:her|him|them|my)sel(?:f|ves) (?:in|into|inside)\b|把自己(?:锁|关|反锁)(?:在|进)|反锁/gi;
const BURNING_OR_MEANS =
  /\b(?:charcoal|bbq|barbecue|grill|smoke|fumes|burning|gas|(?:engine|car|motor)(?:'s| is| was| still)* (?:running|on)|exhaust)\b|炭|烧(?:炭|东西|纸|着)|点(?:了|着)?火|(?<![抽吸香])烟(?:味|雾)|冒烟|浓烟|煤气|燃气|\b(?:all|a bottle of|a box of|a pack of) (?:her|his|my|the) (?:pills|tablets|meds)\b|\b(?:knife|blade|razor|rope|belt)\b|安眠药|刀|绳/i;
const NOT_DISTURBED = /\bdon'?t (?:disturb|bother|come in)\b|\bleave (?:her|him|me|them) alone\b|\bdo not disturb\b|别(?:打扰|管|进来)|不要(?:打扰|管|进来)/i;
const KITCHEN = /\b(?:burnt|burned) (?:toast|food|dinner)\b|\bcooking\b|\bcigarettes?\b|\bweed\b|\bvap(?:e|ing)\b|\bsmoking\b|做饭|烧饭|烧水|抽烟|吸烟|香烟/i;

/** A reason or purpose told for being shut in ("to get some peace", "for a nap", "because a man was following me"). */
const SHUT_FOR =
  /^[^.?!]{0,40}?\b(?:to (?!die\b|end\b|kill\b|do it\b)\w+|for (?:a |some |the )?\w+|because|since|so (?:that )?i)\b|^[^。！？]{0,12}?(?:为了|因为|去|来)(?:[\u4e00-\u9fff])/i;

function inProgress(text: string): string[] | null {
  for (const m of text.matchAll(SHUT_IN)) {
    const at = (m.index ?? 0) + m[0].length;
    const after = text.slice(at);
    if (SHUT_FOR.test(after)) continue;
    // What is with them now: the means is told after the shutting in, in its sentence or the next two.
    const near = sentencesOf(after).slice(0, 3).join(' ');
    if (BURNING_OR_MEANS.test(near) && !KITCHEN.test(near)) return ['shutIn', 'means', ...(NOT_DISTURBED.test(text) ? ['notDisturbed'] : [])];
  }
  return null;
}

// ── Done: a self-poison swallowed and regretted ──
const SWALLOWED = /\b(?:drank|drunk|swallowed|downed|took|had)\b|(?:喝|吞|吃|服)(?:了|下|掉)/i;
const REGRET = /\bregret\w*|\bshouldn'?t have\b|\bwish i (?:hadn'?t|didn'?t)\b|\bwhat have i done\b|后悔|不该(?:喝|吃|吞)|我干了什么/i;

function done(text: string): string[] | null {
  if (!REGRET.test(text) || BY_MISTAKE.test(text)) return null;
  for (const s of sentencesOf(text)) {
    if (!SWALLOWED.test(s)) continue;
    if (SELF_POISON_CLASSES.some((c) => SUBSTANCE_CLASSES[c].test(s))) return ['swallowed', 'regret'];
  }
  return null;
}

const OTHER_EN =
  /\b(?:he|she|they|him|her|his|hers|my (?:sis|sister|brother|bro|friend|mate|son|daughter|mum|mom|dad|partner|wife|husband|flatmate|roommate|patient|client|student))\b/i;
const OTHER_ZH = /他|她|朋友|friend|大爷|大妈|阿姨|叔叔|患者|病人|学生|同事|室友|儿子|女儿|老公|老婆|妈|爸|哥|姐|弟|妹/;
const whoOf = (text: string): 'self' | 'other' => (OTHER_EN.test(text) || OTHER_ZH.test(text) ? 'other' : 'self');

/** A story, or a conditional about people in general ("what should you do if someone…"): not a stage told now. */
const GENERIC = /\bwhat (?:should|do|can) (?:you|i|we|one) do if (?:someone|a person|somebody)\b|如果(?:有人|别人|一个人)/i;

const READERS: readonly [SuicideStage, (now: string, whole: string) => string[] | null][] = [
  ['inProgress', inProgress],
  ['done', done],
  ['interrupted', interrupted],
  ['meansAtHand', meansAtHand],
  ['preparatory', preparatory],
];

/** A sentence told of long ago, a dream or what one would never do: no stage now (the wish said before still counts). */
const NOT_NOW =
  /\b(?:years? ago|when i was (?:\d+|a (?:kid|teen\w*|student))|used to|as a (?:kid|teen\w*)|in my (?:teens|twenties))\b|\b(?:dreamt|dreamed|dream|nightmare)\b|\b(?:would|will) never\b|\bnever (?:would|will)\b|年前|小时候|当年|那(?:年|时候)|年轻时|梦(?:见|到|里)|做梦|绝对不会/i;
const presentOnly = (text: string): string =>
  sentencesOf(text)
    .filter((s) => !NOT_NOW.test(s))
    .join(' ');

/** The stage a suicidal course has reached in this message, or null. */
export function readSuicideStage(text: string): StageReading | null {
  if ((hasStoryFrame(text) && !storyDenied(text)) || GENERIC.test(text)) return null;
  const now = presentOnly(text);
  for (const [stage, read] of READERS) {
    const cues = read(now, text);
    if (cues) return { stage, who: whoOf(text), cues };
  }
  return null;
}
