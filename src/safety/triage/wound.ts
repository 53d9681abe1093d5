// How a wound came about, as the writer tells it: one reading for the suicide screen (suicide.ts), the self-harm reader
// (self-harm-reader.ts) and the head's lean (triage.ts). An injury is an accident when it is told with a tool or a task
// ("with the chainsaw", 切菜), said to be one ("by accident", 不小心), or told by its mechanism — what it caught on, a
// fall, the activity it happened in ("on a rusty fence climbing over it", "shaving", 被玻璃划了, 摔了一跤); it is
// deliberate when it is said to be done on purpose or again, or told by a depth that overshot what was meant ("went
// deeper than I meant to", 划得有点深了: the cut was meant). Deliberate wins: a tool or a task named beside a cut made on
// purpose is no accident. Pure.

/** An injury with a tool or during a task ("on a saw", "with the chainsaw", 切菜, 电锯): not an injury done on purpose. */
export const ACCIDENTAL_INJURY =
  /\b(?:on|with|using) (?:a|an|the|my|his|her) (?:\w+ )?(?:saw|chainsaw|grinder|lawn ?mower|mower|chisel|axe|machine|tin|can|drill|blender|mandoline|box cutter|stanley knife)\b|\bwhile (?:cooking|chopping|cutting|working|sawing|gardening|carving|slicing)\b|切菜|干活|工地|电锯|角磨机|割草机/i;
/** Said to be an accident: read only inside the clause of the injury (a whole message may say "by accident" of
 *  something else). */
export const SAID_ACCIDENT = /\b(?:by accident|accidentally)\b|\bslipped\b(?! up)|不小心|滑了/i;
/** Said to be done on purpose or again: never an accident, whatever tool or task is named ("while cooking I cut my arm
 *  on purpose again"); "slipped up and cut again" is a relapse. */
export const DELIBERATE =
  /\b(?:on purpose|deliberately|intentionally|meant to|wanted to (?:feel|hurt|cut|see)|again|slipped up|relapsed?)\b|故意|存心|有意|自己(?:割|划)|又(?:割|划|拿刀)/i;

/**
 * The mechanism of an accident: what the wound caught on ("on a rusty fence", "on broken glass", 被玻璃划了), a fall, a
 * trip or a bump, or the everyday activity it happened in ("climbing over it", "shaving", "chopping onions", 爬围栏).
 * An instrument ("with a razor", 用刀片) is no mechanism: it is how a cut is made on purpose too.
 */
const MECHANISM =
  /\b(?:on|against) (?:(?:a|an|the|some|my|his|her|our|this|that) )?(?:\w+ ){0,2}?(?:fence|gate|glass|nail|wire|barbed wire|rock|stone|metal|edge|corner|tin|can|lid|branch|thorn|bramble|shell|coral|railing|hinge|screw|bolt|hook|bracket|pipe|mirror|tile|shelf|door|window|table|desk|chain|pedal|fin|knife block)e?s?\b|\b(?:fell|fall(?:ing|en|s)?) (?:off|over|down|onto|on|from|through|against|backwards|forwards|and)\b|\b(?:tripped|tripping|skidded|crashed|came off|bumped|banged|walked into|ran into)\b|\bclimbing (?:over|through|under)\b|\bclimbing (?:up |down )?(?:a |an |the |some )?(?:fence|wall|tree|gate|rocks?|ladder|stile|hedge)s?\b|\b(?:hiking|cycling|skating|skateboarding|surfing|gardening|pruning|shaving(?! (?:razor|blade)))\b|\b(?:chopping|slicing|dicing|peeling|cutting(?: up)?) (?:the |some |an? )?(?:onions?|vegetables|veg|bread|meat|fruit|apples?|potatoes|carrots|tomatoes|cheese|avocados?|bagels?|herbs|garlic|wood|firewood|cardboard|boxes|paper|hedges?|grass)\b|\bopening (?:a|an|the) (?:tin|can|package|parcel|box|bottle|jar)\b|被[^，。]{0,8}(?:划|割|刮|扎|戳)|给[^，。]{0,6}(?:划|割|刮)(?:了|伤|破)|摔(?:倒|了一?跤|跤|伤|下|在|到|破)|跌(?:倒|伤|了一?跤|跤|下)|绊(?:倒|了)|滑倒|磕(?:到|破|伤|在)|碰(?:到|伤|破)|刮(?:到|伤|破)|撞(?:到|伤|在|破)|踩(?:到|了)|(?:爬|翻)[^，。]{0,4}(?:墙|树|栏杆|铁丝网|围栏|篱笆|山)|骑车|削(?:皮|水果|苹果)|刮胡子/i;
/** A wound word: the mechanism must be told of a wound in its sentence to say how the wound came about. */
const WOUND = /\b(?:cut|cuts|gash\w*|sliced|slashed|scraped|lacerat\w*|wound\w*|nicked|ripped|tore|bleeding|bled|stitches)\b|口子|伤口|划|割|出血|流血/i;

/** The wording of a cut (a self-harm sign's own words may be a cut: "cut my wrists", 割腕). */
export const isCutWording = (words: string): boolean => /\b(?:cut|cutting|slit|slashed|sliced)\b|割|划/i.test(words);

/** An injury with a tool or during a task, not said to be on purpose or again: read on a whole message for the head's
 *  lean (triage.ts) — with a mechanism told in a wound's sentence ("cut my leg on a rusty fence climbing over it"). */
export const isTaskInjury = (text: string): boolean => (ACCIDENTAL_INJURY.test(text) || mechanismTold(text)) && !DELIBERATE.test(text);

/** A mechanism or an accident told in the same sentence as a wound. */
function mechanismTold(text: string): boolean {
  for (const s of text.match(/[^.?!。？！\n]+/g) ?? []) if ((MECHANISM.test(s) || SAID_ACCIDENT.test(s)) && WOUND.test(s)) return true;
  return false;
}

/**
 * An injury told as an accident, and not said on purpose or again: a tool, a task or "by accident" in its clause, or a
 * mechanism in its sentence. `sentence` defaults to the clause.
 */
export const isAccidentalInjury = (clause: string, sentence: string = clause): boolean =>
  (ACCIDENTAL_INJURY.test(clause) || SAID_ACCIDENT.test(clause) || (MECHANISM.test(sentence) && WOUND.test(sentence))) && !DELIBERATE.test(sentence);

/** A cut told by a depth that overshot what was meant ("went deeper than I meant to", "too deep this time", 划得有点深
 *  了): the cut itself was meant. */
export const DEPTH_OVERSHOT =
  /\b(?:went|gone|go|going|cut|dug|pressed|pushed)\b (?:\w+ ){0,2}?(?:deeper than (?:i |i'd |i had )?(?:meant|intended|wanted|planned|usual|normal|before|last time|ever)|(?:way |much |a bit |far )?too deep)\b|(?:划|割)(?:得|的)?(?:有点|有些|太|比较|特别|很|挺)深(?:了)?/i;
