// The ROLE suicide words play in a message (session 36, #19): the stage of a person, or the topic of a piece of work.
// "Writing my dissertation on why suicide rates are higher in middle-aged men", "想在班会上讲讲怎么识别同学自伤的迹象": the
// word is the object of a task the writer does (a dissertation, a lesson, a class meeting, training materials) and is
// said of people in general (rates, signs, among students) — a topic. Session 35 read a topic from event nouns alone
// ("a suicide awareness talk") and lost real crises ("can I talk about suicide here? I've been thinking about doing it",
// 下周一就是我的自杀日, "suicide rates by method so I can pick"): a topic here needs all three of a WORK named, a GENERAL
// frame on the word, and nothing of the writer's own in its sentence (a purpose for oneself, a feeling, "my"). The
// caller (suicide.ts) still re-reads the rest of the message and any stage (suicide-stage.ts) before setting it aside.
// Pure.

/** A piece of work the writer produces or delivers: the frame of a topic. */
const WORK =
  /\b(?:dissertation|thesis|essay|coursework|assignment|research (?:project|paper|proposal)|paper|lit(?:erature)? review|lecture|lesson(?: plan)?|assembly|workshop|training (?:session|materials|course)|curriculum|teaching materials|resources for (?:my |our )?(?:students|pupils|class|staff|team)|slides|presentation|poster|report for)\b|论文|课题|研究报告|作业|班会|课件|教案|讲座|培训|宣讲|主题班会|材料|科普(?:文章|视频)?|上课|讲讲/i;
/** The word said of people in general: rates and figures, signs to recognise, a group, prevention. */
const GENERAL =
  /\b(?:rates?|statistics|stats|figures|prevalence|trends?|risk factors?|warning signs|signs of|how to (?:spot|recogni[sz]e|identify|talk about|support|prevent)|prevention|among|in (?:men|women|teens|teenagers|young people|students|the uk|the us)|higher in|lower in)\b|迹象|识别|预防|防治|发生率|数据|统计|原因|现状|怎么(?:发现|识别|预防|应对)|身边(?:的)?同学|学生|青少年/i;
/** The writer's own stake in the sentence: a purpose for oneself, a feeling, one's own act. */
const OWN =
  /\bso (?:that )?i (?:can|could|know)\b|\bfor (?:myself|me)\b|\b(?:pick|choose) (?:the|one|a)\b|\bmost (?:certain|painless|reliable) (?:way|method|one)\b|\bi(?:'ve| have)? (?:been )?(?:thinking|feel|felt|want|wanna|tried|attempted|cut)\b|\bmy own\b|\bmyself\b|给自己|我自己|我也(?:想|有)|我(?:一直|最近|每天)?(?:想死|不想活|想过)|哪种(?:最|比较)(?:快|不疼|稳)/i;
const SUICIDE_WORD = /\bsuicid\w*|\bself-?harm\w*|\bself-?injur\w*|自杀|自伤|自残|轻生/gi;
const SENTENCE = /[^.?!。？！\n]+[.?!。？！]*/g;

export interface RoleSpan {
  start: number;
  end: number;
}

/** Every suicide word read as the topic of a piece of work, or null when any suicide word is a person's (or none is there). */
export function readTopicRole(text: string): RoleSpan[] | null {
  const spans: RoleSpan[] = [];
  let words = 0;
  for (const s of text.matchAll(SENTENCE)) {
    const sentence = s[0];
    const at = s.index ?? 0;
    const hits = [...sentence.matchAll(SUICIDE_WORD)];
    if (hits.length === 0) continue;
    words += hits.length;
    if (!WORK.test(sentence) || !GENERAL.test(sentence) || OWN.test(sentence)) return null;
    for (const h of hits) spans.push({ start: at + (h.index ?? 0), end: at + (h.index ?? 0) + h[0].length });
  }
  return words > 0 && spans.length === words ? spans : null;
}

/** The text with the topic words blanked (offsets kept), for the rest of the message to be read again. */
export const blankSpans = (text: string, spans: readonly RoleSpan[]): string =>
  spans.reduce((t, s) => t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end), text);
