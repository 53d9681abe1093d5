// Suicide named as the TOPIC of an event, a campaign or a service, not as anyone's wish (session 35, #19; blind
// triage-ay ay110 "My daughter's school is doing a suicide awareness talk next week … Does talking about it put ideas in
// kids heads? She's doing fine" was an emergency with the crisis line: the screen read the word "suicide" as ideation).
// The word is a topic where it modifies an event or service noun — "suicide awareness talk", "suicide prevention
// training", "a self-harm workshop", 自杀预防讲座, 防自杀宣传 — or is the object of one ("a talk on suicide"). Only that
// mention is set aside: every other mention in the message is read as before ("came back from the suicide awareness
// talk and said he wants to die" keeps its wish). Its own list; the shared EDUCATION list (red-flags/context.ts) is not
// widened. Pure.

/** The event or campaign nouns a topic word may modify, after an optional qualifier ("suicide prevention training").
 *  Not a service someone used (a hotline called, a crisis team, a session with a therapist) and not research done by
 *  a person (statistics looked up): those keep the word a possible sign of the person's own risk. */
const QUALIFIER_EN = String.raw`(?:(?:awareness|prevention|first aid|education|and mental health|&\s*mental health)\s+)?`;
const EVENT_EN = `(?:talks?|assembl(?:y|ies)|lessons?|workshops?|courses?|campaigns?|programmes?|programs?|seminars?|webinars?|week|day|month|walks?|charity|charities|training|module|curriculum|posters?|leaflets?|policy|policies|rates?)`;
const TOPIC_BEFORE_EN = new RegExp(String.raw`^(?:suicide|self[- ]?harm)\s+${QUALIFIER_EN}${EVENT_EN}\b`, 'i');
const TOPIC_AFTER_EN =
  /\b(?:talk|assembly|lesson|workshop|course|campaign|programme|program|seminar|webinar|training|module|leaflet|poster|film|documentary)s?\s+(?:on|about)\s+(?:youth\s+|teen\s+)?$/i;
const TOPIC_ZH = /^(?:自杀|自伤|自残|轻生)(?:预防|防治|防范)?(?:讲座|宣传|培训|课程?|主题|教育|周|日|活动)/;
const TOPIC_BEFORE_ZH = /(?:预防|防止|防范|防)$/;

/** Is the screen's word at `at` the topic of an event, not a wish? */
export function isTopicMention(text: string, at: number): boolean {
  const after = text.slice(at, at + 60);
  const before = text.slice(Math.max(0, at - 40), at);
  if (TOPIC_BEFORE_EN.test(after) || TOPIC_AFTER_EN.test(before)) return true;
  return TOPIC_ZH.test(after) || (TOPIC_BEFORE_ZH.test(before) && /^(?:自杀|轻生|自残)(?:讲座|宣传|培训|课|知识|教育|活动|工作)/.test(after));
}
