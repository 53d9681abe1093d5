// A question about a scene in a film, a TV show or a book ("watching Pulp Fiction… the adrenaline needle… is that
// actually a thing doctors do for overdoses?", "电视剧里那个人吃了安眠药洗胃，现实中真的这样吗"): what happened on screen
// happened to nobody, so its words (an overdose, a stabbing, a poisoning) are no sign of the writer's or anyone's.
// Read as two parts: a scene frame and a question whether it is real or how it is done. A symptom or an event told in
// the first person or of a named person beside it ("watching a film when my chest started hurting") keeps its signs.

import { matchesOf } from '../red-flags/match.js';
import { RELATIVE_EN, RELATIVE_ZH } from './persons.js';

const SCENE =
  /\b(?:watching|watched|rewatching|reading|read) (?:\w+ ){0,4}?(?:again|film|movie|show|series|episode|book|novel|season)\b|\b(?:in|on) (?:the|a|that|this) (?:film|movie|show|series|episode|book|novel|tv|play|documentary)\b|\b(?:film|movie|tv|show|book|episode)(?:'s)? scene\b|\bthe scene (?:where|when|with|in)\b|\b(?:watching|watched|rewatching|reading)\b[^.?!]{0,60}\bscene\b|\bscene\b[^.?!]{0,60}\b(?:film|movie|show)\b|\b(?:hollywood|netflix|grey'?s anatomy|house md|er|casualty|holby)\b|(?:电影|电视剧|剧|小说|动画|纪录片)里|(?:看|追)(?:了)?[^，。]{0,8}(?:电影|电视剧|剧|小说)/i;
const REALITY_QUESTION =
  /\bis (?:that|this|it) (?:actually |really |even )?(?:a (?:real )?thing|real|true|accurate|realistic|possible|how (?:it|they)|what (?:doctors|they))\b|\b(?:do|would|can) (?:doctors|paramedics|nurses|people|they) (?:actually |really )?(?:do|use|give)\b|\bactually (?:a thing|work|happen)\b|\b(?:total(?:ly)? |just )?(?:hollywood|made up|fiction)\?|\b(?:in )?real life\b|现实中|真的(?:会|能|是这样|可以)|是真的吗|真有这种|靠谱吗|是不是(?:瞎编|编的|假的)/i;
/** Something happening to the writer or a named person now: the scene frame does not cover it. */
const OWN_EVENT = new RegExp(
  `\\b(?:i|i'?ve|my (?:\\w+ )?(?:${RELATIVE_EN})|he|she) (?:\\w+ ){0,2}?(?:took|taken|swallowed|overdosed|collapsed|passed out|can'?t breathe|started|is (?:not|having)|has (?:taken|swallowed|collapsed))\\b|我(?:刚|已经|吃了|吞了)|(?:${RELATIVE_ZH})[^，。]{0,4}(?:吃了|吞了|晕倒|昏迷)`,
  'i',
);

/** An act told as done by the writer or a real person, whatever the verb ("I popped 30 of mine", "my daughter downed
 *  her bottle", "我女儿刚吃了"): read in the sentences outside the scene and its question. */
const DONE_BY_SOMEONE_REAL = new RegExp(
  `\\b(?:i|i'?ve|i have|i just|we|my (?:\\w+ )?(?:${RELATIVE_EN}))\\s+(?:\\w+\\s+){0,2}?(?:\\w+ed|took|taken|ate|eaten|drank|drunk|swallowed|downed|cut|hit|fell|got|went|had|did|done)\\b|(?:我|孩子|宝宝|女儿|儿子|老公|老婆|我妈|我爸)[^，。？！]{0,10}(?:了|过)`,
  'i',
);
const SENTENCE = /[^.?!。？！\n]+/g;
const actOutsideScene = (text: string): boolean =>
  [...text.matchAll(SENTENCE)].some(([s]) => !SCENE.test(s) && !REALITY_QUESTION.test(s) && DONE_BY_SOMEONE_REAL.test(s));

export const isFictionQuestion = (text: string): boolean => SCENE.test(text) && REALITY_QUESTION.test(text) && !OWN_EVENT.test(text) && !actOutsideScene(text);

/** The words of a story (film, show, book, game, a character in it): one reader of stories for the whole of triage —
 *  the lethal-place frame (lethal-place.ts), the scene question above and the told-story mask below read it. */
const STORY =
  /\b(?:film|movie|scene|episode|series|tv|novel|book|character|game|drama|show|screenplay|short story|heroine|protagonist)\b|电影|电视剧|小说|剧里|剧中|追剧|游戏|动漫|动画|女主|男主|主角|角色/i;
/** Every story word, for blanking them all. */
const STORY_ALL = new RegExp(STORY.source, 'gi');
/** Said not to be a story ("not for a story", "不是写小说"). */
const STORY_DENIED = /\bnot (?:for )?(?:a |my )?(?:story|book|novel|film)\b|\b(?:this|it) (?:isn'?t|is not) (?:a |for a )?story\b|不是(?:写|编)?(?:小说|故事)/i;
export const hasStoryFrame = (text: string): boolean => STORY.test(text);
export const storyDenied = (text: string): boolean => STORY_DENIED.test(text);

/** A story's person as the subject: the lead, a character, "the guy in the film", 女主 / 男主 / 主角 / 剧里那个人. */
const CHARACTER =
  /女主|男主|主角|配角|角色|剧里(?:的|那个)?|剧中(?:的)?|电影里(?:的|那个)?|小说里(?:的|那个)?|\bthe (?:main )?(?:character|lead|protagonist|heroine|hero)\b|\b(?:the|a) (?:guy|girl|woman|man|mum|mom|dad|kid|boy) in (?:the|that|this) (?:film|movie|show|series|episode|book|novel|drama)\b/i;
/** The writer or someone they name taking the story as their own ("我也想像她一样", "made me want to do the same", "so did
 *  I", "像剧里的女主一样割腕了"): nothing of the story is blanked then. */
const IDENTIFIES =
  /(?:像|学|跟|和)[^，。？！]{0,12}一样|我也(?:想|是|这样|这么|一样|吃了|吞了|喝了|割|划|跳|试)|跟(?:她|他)一样|\blike (?:her|him|them|that)\b[^.?!]{0,20}\b(?:want|wish|could|should|will)\b|\b(?:want|wish|going) to do the same\b|\bme too\b|\bsame as (?:her|him)\b|\bso (?:did|have|had|am|was) i\b|\bi (?:did|have|had|do) (?:it |that )?(?:too|as well)\b|\bi did the same\b|\b(?:just )?like (?:the|that|this|a) (?:main )?(?:character|lead|protagonist|heroine|hero|guy|girl|woman|man)\b|\b(?:did|done|doing|does|do|copied|copying) (?:the same|it too|that too|the same thing|what (?:she|he|they) did)\b|\b(?:copied|copying|copies|imitated|imitating) (?:him|her|them|it|that|what)\b|也(?:这样|这么)(?:做|干)了?|学(?:着)?(?:她|他|女主|男主|主角|剧里|电影里|小说里)/i;
/** The writer's own act in the clause: I / 我 with an act told as done or being done ("I took all my pills like the
 *  lead", "我吞了一瓶"). A clause that tells it is never blanked, whoever else it names. */
const OWN_ACT =
  /\b(?:i|i'?ve|i have|i just|i also)\s+(?:\w+\s+){0,2}?(?:took|taken|swallowed|overdosed|od'?d|cut|slit|slashed|hanged|hung|jumped|burn(?:ed|t)|drank|tried|stabbed|hurt|injected|did|done|am|'m|have)\b|我[^，。？！]{0,6}(?:吃了|吞了|喝了|服了|吃下|吞下|割|划|跳|上吊|自杀|试了|打了|扎了|烫)/i;

/** A real person named as someone's relative or friend ("my daughter", 我女儿, 孩子): not a story's person. */
const REAL_PERSON = new RegExp(`\\bmy (?:\\w+ )?(?:${RELATIVE_EN})\\b|我(?:的)?(?:${RELATIVE_ZH})|(?<!的)(?:孩子|宝宝|闺女|老公|老婆|媳妇)`, 'i');
/** Where another subject takes the clause over from a story's character: the writer (I, I'm, 我 — not inside "who I
 *  love"), a real person, or a pronoun (counted only when the message names a real person it can refer to). */
const OTHER_SUBJECT = new RegExp(
  `(?<!\\b(?:who|whom|that|which) )\\b(?:i|i'm|im|i've|i'd|i'll|we)\\b|${REAL_PERSON.source}|我|\\b(?:he|she|they)\\b|(?<![的])[他她]`,
  'gi',
);
/** Words pointing back at what the character did: the same act, of one's own supply. */
const REFERS_BACK = /\b(?:too|as well|also|the same|same thing|mine|of mine|of (?:my|his|her|their) own)\b|也|同样|一样|照着|跟着/i;
/** A reaction to the story ("我也哭了", "I cried too", "felt the same"): it points back at no act. */
const REACTION =
  /哭|泪|难过|伤心|感动|害怕|心疼|看|想到|觉得|感觉|\b(?:cr(?:y|ied|ying)|tears?|sad|upset|felt|feel|feeling|watch\w*|think|thought|loved?|hated?)\b/i;
const PRONOUN = /^(?:he|she|they|他|她)$/i;

/** The same act said again of the writer ("…and I took mine too", "我也吞了"). */
const SAME_AGAIN = /\b(?:too|as well|also|the same)\b|也|同样|一样/i;
const CLAUSES = /[^.?!。？！\n,;，；]+/g;
const identifies = (text: string): boolean => IDENTIFIES.test(text) || [...text.matchAll(CLAUSES)].some(([c]) => OWN_ACT.test(c) && SAME_AGAIN.test(c));

/** A story's act told in the narrative present ("the man cuts his wrists", "she hangs herself", "the lead swallows
 *  all her pills"): the verbs of harm, of which the readers know the plain form. */
const NARRATIVE_ACT = /\b(cut|slit|slash|stab|hang|shoot|overdose|swallow|take|drink|jump|burn|drown|kill|hurt|inject|down|poison|starve|od)(s|es)\b/gi;
/**
 * The writer who copies a story's act ("I did the same tonight", "I did it too", "我也这样做了") tells that act as their
 * own, in whichever sentence the story told it: every reader then reads the act as it reads "I cut my wrists" — the
 * story's narrative present read in the plain form ("cuts" → " cut"), as a past act is, and the story's words
 * (book, film, character, 小说…) blanked, so that no reader takes the act for a story or a school topic (same length,
 * offsets kept).
 */
const storyActsAsDone = (text: string): string =>
  text.replace(NARRATIVE_ACT, (_m, verb: string, end: string) => ' '.repeat(end.length) + verb).replace(STORY_ALL, (m) => ' '.repeat(m.length));

/**
 * A clause telling what a story's character did ("追剧，女主最后吞药自杀那段我哭了一晚上", "the lead overdoses at the end
 * of the series"), blanked (same length, offsets kept) so that its act is read as nobody's: the writer's reaction and
 * whatever else they tell are read as usual. Nothing is blanked when the writer takes the act as their own, and a
 * clause that tells the writer's own act is never blanked.
 */
export function maskStoryActs(text: string): string {
  if (!hasStoryFrame(text) || storyDenied(text)) return text;
  if (identifies(text)) return storyActsAsDone(text);
  // Clause by clause ("剧里女主自杀，我看完也划了自己" keeps its second clause), and inside a clause only the character's
  // own predicate: from the character's mention to where another subject takes over — the writer (I / 我) or a real
  // person ("my daughter", 我女儿, and he / she / 他 / 她 when the message names a real relative) — whatever the verbs.
  const realNamed = REAL_PERSON.test(text);
  return text.replace(CLAUSES, (clause) => {
    if (!CHARACTER.test(clause) || OWN_ACT.test(clause)) return clause;
    const starts = [
      0,
      ...matchesOf(OTHER_SUBJECT, clause)
        .filter((m) => realNamed || !PRONOUN.test(m[0]))
        .map((m) => m.index ?? 0),
    ];
    // Another subject's part that points back at the character's act ("and I popped 30 of mine", "我现在也站在楼顶上",
    // "she did it too") takes that act as its own: the clause is read whole.
    const parts = starts.map((at, i) => clause.slice(at, starts[i + 1] ?? clause.length));
    if (parts.slice(1).some((p) => REFERS_BACK.test(p) && !REACTION.test(p))) return clause;
    let out = '';
    starts.forEach((at, i) => {
      const part = clause.slice(at, starts[i + 1] ?? clause.length);
      const ch = CHARACTER.exec(part);
      out += ch ? part.slice(0, ch.index) + ' '.repeat(part.length - ch.index) : part;
    });
    return out;
  });
}
