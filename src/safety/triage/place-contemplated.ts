// An act at a lethal place CONTEMPLATED by the writer (session 44, #19; blind triage-bh bh090: "honestly he'd be better off
// with my sister. I keep driving past the reservoir and thinking how easy it would be to just keep going" was urgent with
// no crisis line). lethal-place.ts reads a person AT the place now; this reads the thought of the act there, by FORM, in
// one sentence:
//   the WRITER (I, 我; a dropped subject in a chat line) × a lethal place (a reservoir, a bridge, the tracks, a cliff, 水库,
//   桥, 铁轨 …) × a thought verb (thinking, keep thinking, imagine, tempted, 想着, 总想, 忍不住想) × the ease or the act
//   of going on into it ("how easy it would be to…", "just keep going", "drive off", "step off", "jump", 开进去, 冲下去,
//   跳下去, 一脚油门).
// That is method ideation — a wish with its place — whatever word of suicide is missing: high risk, the crisis line.
// Steps aside (fail closed: it only raises): someone else's thought (he keeps thinking), denied (never thought, 没想过),
// past and over (used to … years ago), a hypothetical or a story, and a practical frame of the place (fishing, swimming,
// a walk, the view, a commute question).
import { hasStoryFrame, storyDenied } from './fiction.js';

const PLACE_EN =
  /\b(?:reservoir|river|lake|quarry|dam|canal|sea|ocean|harbou?r|pier|bridge|viaduct|overpass|flyover|cliffs?|cliff edge|edge of the cliff|railway|train tracks|tracks|level crossing|motorway|highway|roof(?:top)?|multi[- ]?stor(?:e?y|ies)|car ?park roof|balcony|ledge|oncoming (?:traffic|lorry|truck|train))\b/i;
const PLACE_ZH =
  /水库|河边|江边|湖边|海边|河里|江里|湖里|海里|大桥|桥上|桥边|天桥|铁轨|铁路|轨道|悬崖|崖边|天台|楼顶|顶楼|阳台|高速|对面的(?:大)?(?:车|卡车|货车)/;
/** A thought of the act: the writer thinking, imagining, tempted. */
const THOUGHT_EN =
  /\b(?:i|i'?m|im|i am|i keep|i've been|ive been|i find myself|and)\b[^.?!]{0,30}\b(?:think|thinking|thought|imagine|imagining|picture|picturing|wonder|wondering|tempted|tempting|urge)\b/i;
const THOUGHT_ZH = /(?:我|总|老|一直|忍不住|就)[^，。！？]{0,6}(?:想着|想到|在想|想象|幻想|冒出|念头)|总想|老想|真想|好想/;
/** The ease of the act, or the act of going on into the place. */
const ACT_VERB =
  '(?:keep (?:going|driving|walking)|drive (?:off|into|in|over)|steer (?:into|off)|swerve(?: into| off)?|turn the wheel|go over (?:the )?(?:edge|side)|step off|jump(?: off| in)?|walk (?:into|in)|let (?:go|myself fall)|fall|not (?:stop|brake|turn)|end (?:it|everything))';
/** The ease of the act contemplated ("how easy it would be to just keep going") or the pull toward it ("tempted to jump",
 *  "the urge to swerve"): an everyday "it's easy to keep going straight" is neither. */
const ACT_EN = new RegExp(
  String.raw`\bhow easy (?:it (?:would|'d|could|will) be|to)\b[^.?!]{0,24}?\b${ACT_VERB}\b|\b(?:tempted|urge|pull) to (?:just |simply )?${ACT_VERB}\b`,
  'i',
);
const ACT_ZH = /(?:就这么|直接|干脆)?(?:开进去|开下去|冲下去|冲进去|跳下去|走进去|跳进去|一脚油门|不踩刹车|撞上去|冲过去)|多(?:么)?容易/;
/** Someone other than the writer thinks it; denied; over; a hypothetical; a practical frame of the place. */
const OTHER_THINKS =
  /\b(?:he|she|they|my \w+)\b (?:keeps?|is|was|has been|had been|kept)? ?(?:thinking|imagining|tempted)\b|(?:他|她|他们)[^，。]{0,4}(?:总想|老想|想着)/i;
const DENIED =
  /\b(?:never|not|don'?t|didn'?t|wouldn'?t|won'?t)\b[^.?!]{0,12}\b(?:think|thought|imagine|tempted|do (?:it|that|anything))\b|没(?:有)?想过|不会(?:这么做|那样做|真的)|不是(?:真的)?想/i;
const OVER = /\b(?:used to|years ago|back then|when i was (?:younger|a teen\w*)|in the past)\b|以前|那时候|几年前|曾经/i;
const HYPOTHETICAL = /\b(?:what if|if (?:someone|somebody|a person|you)|in a (?:novel|story|film|book|game))\b|如果有人|假如|小说|电影|游戏里/i;
const PRACTICAL =
  /\b(?:fish\w*|swim\w*|kayak\w*|sail\w*|boat\w*|walk(?:ing)? the dog|view|scenery|photos?|picnic|commute|traffic jam|parking|cycl\w*|run(?:ning)? route|cool(?:ing)? (?:off|down)|so hot|heat\w*|bungee|dive|diving|cliff jump\w*)\b|钓鱼|游泳|划船|风景|拍照|散步|堵车|停车/i;

const SENTENCE = /[^.?!。？！\n]+/g;

/** The writer's thought of an act at a lethal place, in one sentence; null when none is read. */
export function readPlaceContemplated(text: string): { sentence: string } | null {
  if (HYPOTHETICAL.test(text) || (hasStoryFrame(text) && !storyDenied(text))) return null;
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0];
    const place = PLACE_EN.test(s) || PLACE_ZH.test(s);
    if (!place) continue;
    const thought = THOUGHT_EN.test(s) || THOUGHT_ZH.test(s);
    const act = ACT_EN.test(s) || ACT_ZH.test(s);
    if (!thought || !act) continue;
    if (OTHER_THINKS.test(s) || DENIED.test(s) || OVER.test(s) || PRACTICAL.test(s)) continue;
    return { sentence: s };
  }
  return null;
}
