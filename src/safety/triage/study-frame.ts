// Two frames of a message about a story or a study (session 20, #19): what the frame excuses and what it never does.
// A knowledge question asked for a course ("doing a pharmacology assignment", "nursing exam revision:", 药理作业) about an
// overdose is a study question when nobody in the message swallowed anything, the writer is not the object of the
// question ("would kill me") and no supply is at hand ("I have 60 at home") — the three things a telephone triager asks
// before accepting "it's for a class". A wish to do what a character in a suicide story did ("she wants to do what
// Hannah did", 我也想像汉娜那样) is the reverse: identification with a suicide told through a story is ideation, whatever
// the story frame around it. Pure.
import { readLargeIngestions } from './ingestion.js';

/** A course of study named: the frame a knowledge question is asked in. */
const STUDY =
  /\b(?:assignments?|homework|essays?|exams?|revision|revising|studying|lectures?|modules?|coursework|dissertation|thesis|textbooks?|med(?:ical)? school|nursing school|pharmacy school|quiz|osce|lecture notes)\b|作业|考试|复习|论文|课上|课本|教材|讲义|上课|备考/i;
/** A question asked. */
const QUESTION = /[?？]|\b(?:what|how|why|which|when|does|is it|are there)\b|什么|怎么|多久|哪些|为什么|是否|吗|呢/i;
/** Someone swallowed something, told as done, whoever the subject (none: "Swallowed 25 two hours ago"): a past-tense
 *  or bare ingestion verb with a count or amount after it, any past-tense ingestion verb, or a large ingestion as the
 *  overdose rule reads it (ingestion.ts). Review s20 S0: a subject pronoun and six verbs let "Took 30 earlier today",
 *  "my sister popped 30", "had 40 an hour ago" through, and the frame removed the poisoning finding. */
const INGESTION_VERB =
  /\b(?:took|taken|swallowed|ate|eaten|drank|drunk|downed|overdosed|od'?d|popped|necked|chugged|scoffed|gulped|ingested|consumed)\b|(?:吃|吞|喝|服|嗑)(?:了|下|掉|过|光)/i;
const COUNTED_ACT =
  /\b(?:take|swallow|eat|drink|down|pop|neck|had|have|'ve had|used)\b[^.?!]{0,16}?(?:\b\d+\b|\b(?:a (?:few|couple|handful|bunch|load|lot|whole|full|box|bottle|pack|packet|strip)|several|some|all|ten|twelve|fifteen|twenty|thirty|forty|fifty|dozens?)\b)|(?:吃|吞|喝|服|嗑)[^，。？！]{0,6}(?:\d+|[一二两三四五六七八九十几]+)\s*(?:片|粒|颗|顆|瓶|盒|板)/i;
const ingestionTold = (text: string): boolean => INGESTION_VERB.test(text) || COUNTED_ACT.test(text) || readLargeIngestions(text).some((x) => x.taken);
/** The writer as the question's object, or a supply at hand. */
const SELF_OR_SUPPLY =
  /\b(?:kill|killed|hurt) me\b|\bwould i (?:die|not wake)\b|\b(?:i have|i'?ve got|i got|i own)\s+(?:\d+|a (?:bottle|box|pack|packet|strip)|(?:a )?(?:lot|bunch|load)s? of)\b|\bat home\b|我(?:会)?死|我手上有|我(?:这里|家里)?有(?:一|\d)|我也想|今晚|\btonight\b/i;

/** An exam's OUTCOME (session 34, blind triage-ax ax067 "since his exam results came", aw031 "failed my exams again"): a
 *  life event told, often the very loss behind a crisis — not a course the question is asked for. Read out of the text
 *  before STUDY is looked for; the course words themselves ("exam revision:", 备考) still frame. */
const EXAM_OUTCOME =
  /\b(?:exams?|test|finals|a-?levels?|gcses?|neet|jee|board) (?:results?|grades?|marks|scores?)\b|\b(?:failed|flunked|bombed|didn'?t pass|did not pass)\b[^.?!,]{0,20}\b(?:exams?|finals|tests?|a-?levels?|neet|jee|boards?)\b|(?:考试|考研|高考|中考)?(?:没考上|没考好|考砸|落榜|挂科|没上岸|成绩出来|放榜)/gi;

/** A knowledge question asked for a course, with no ingestion told, the writer not its object and no supply at hand. */
export const isStudyQuestion = (text: string): boolean =>
  STUDY.test(text.replace(EXAM_OUTCOME, ' ')) && QUESTION.test(text) && !ingestionTold(text) && !SELF_OR_SUPPLY.test(text);

/** A story of a suicide named: a work whose plot is one, or a media word beside a suicide word. */
const SUICIDE_STORY = /\b(?:13|thirteen) reasons why\b|十三个原因|汉娜|\bhannah\b/i;
const MEDIA = /\b(?:show|series|film|movie|book|novel|episode|character)\b|电视剧|电影|小说|剧里|剧中|书里|角色|主角/i;
const SUICIDE_WORD = /\bsuicid\w*|\bkill(?:ed|s)? (?:him|her|them)sel(?:f|ves)\b|自杀|轻生/i;
/** Doing what the character did: an imitation of an act. */
const IMITATE =
  /\b(?:do|doing) (?:what|the same (?:thing )?as) (?:\w+ ){0,3}(?:did|does|done)\b|\bdo the same\b|\bend (?:it|up) like (?:her|him|them|\w+)\b|像[^，。]{0,8}(?:那样|一样)|跟[^，。]{0,8}一样(?:做|结束)|(?:那|这)就是我想要的|\bwhat i want for myself\b/i;
/** A wish or intent on it. */
const WISH = /\b(?:want|wants|wanted|wanna|might|going to|gonna|thinking (?:of|about)|plan\w*|will)\b|想|要|打算/i;
const SENTENCE = /[^.?!。？！\n]+/g;

/** A wish to do what a character of a suicide story did, in one sentence. */
export function identifiesWithSuicideStory(text: string): boolean {
  const story = SUICIDE_STORY.test(text) || (MEDIA.test(text) && SUICIDE_WORD.test(text));
  if (!story) return false;
  return (text.match(SENTENCE) ?? []).some((s) => IMITATE.test(s) && WISH.test(s));
}
