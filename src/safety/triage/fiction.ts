// A question about a scene in a film, a TV show or a book ("watching Pulp Fiction… the adrenaline needle… is that
// actually a thing doctors do for overdoses?", "电视剧里那个人吃了安眠药洗胃，现实中真的这样吗"): what happened on screen
// happened to nobody, so its words (an overdose, a stabbing, a poisoning) are no sign of the writer's or anyone's.
// Read as two parts: a scene frame and a question whether it is real or how it is done. A symptom or an event told in
// the first person or of a named person beside it ("watching a film when my chest started hurting") keeps its signs.

const SCENE =
  /\b(?:watching|watched|rewatching|reading|read) (?:\w+ ){0,4}?(?:again|film|movie|show|series|episode|book|novel|season)\b|\b(?:in|on) (?:the|a|that|this) (?:film|movie|show|series|episode|book|novel|tv|play|documentary)\b|\b(?:film|movie|tv|show|book|episode)(?:'s)? scene\b|\bthe scene (?:where|when|with|in)\b|\b(?:watching|watched|rewatching|reading)\b[^.?!]{0,60}\bscene\b|\bscene\b[^.?!]{0,60}\b(?:film|movie|show)\b|\b(?:hollywood|netflix|grey'?s anatomy|house md|er|casualty|holby)\b|(?:电影|电视剧|剧|小说|动画|纪录片)里|(?:看|追)(?:了)?[^，。]{0,8}(?:电影|电视剧|剧|小说)/i;
const REALITY_QUESTION =
  /\bis (?:that|this|it) (?:actually |really |even )?(?:a (?:real )?thing|real|true|accurate|realistic|possible|how (?:it|they)|what (?:doctors|they))\b|\b(?:do|would|can) (?:doctors|paramedics|nurses|people|they) (?:actually |really )?(?:do|use|give)\b|\bactually (?:a thing|work|happen)\b|\b(?:total(?:ly)? |just )?(?:hollywood|made up|fiction)\?|\b(?:in )?real life\b|现实中|真的(?:会|能|是这样|可以)|是真的吗|真有这种|靠谱吗|是不是(?:瞎编|编的|假的)/i;
/** Something happening to the writer or a named person now: the scene frame does not cover it. */
const OWN_EVENT =
  /\b(?:i|i'?ve|my (?:\w+ )?(?:son|daughter|husband|wife|partner|mum|mom|dad|friend|brother|sister|child|kid|baby)|he|she) (?:\w+ ){0,2}?(?:took|taken|swallowed|overdosed|collapsed|passed out|can'?t breathe|started|is (?:not|having)|has (?:taken|swallowed|collapsed))\b|我(?:刚|已经|吃了|吞了)|(?:孩子|老公|老婆|我妈|我爸)[^，。]{0,4}(?:吃了|吞了|晕倒|昏迷)/i;

export const isFictionQuestion = (text: string): boolean => SCENE.test(text) && REALITY_QUESTION.test(text) && !OWN_EVENT.test(text);
