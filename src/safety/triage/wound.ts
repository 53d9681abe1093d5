// How a wound came about, as the writer tells it: one reading for the suicide screen (suicide.ts), the self-harm reader
// (self-harm-reader.ts) and the head's lean (triage.ts). An injury is an accident when it is told with a tool or a task
// ("with the chainsaw", 切菜) or said to be one ("by accident", 不小心) — as at 648194d3. Its mechanism (what it caught
// on, a fall, a trip: "on broken glass", 摔倒) is NOT read as an accident: a self-harm cut is told with a fall or glass
// too ("cut my wrist on broken glass because I wanted to die", "cut my wrists and fell on the floor"), so a mechanism may
// never remove a self-harm reading, a cut sign or the crisis line (review s11d; an accidental glass cut over-calls the
// crisis line, an accepted over-call). Deliberate wins: a tool or a task named beside a cut made on purpose is no
// accident; a cut told by a depth that overshot what was meant ("went deeper than I meant to", 划得有点深了) was meant.
// Pure.

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

/** An injury with a tool or during a task, not said to be on purpose or again: read on a whole message for the head's
 *  lean (triage.ts). */
export const isTaskInjury = (text: string): boolean => ACCIDENTAL_INJURY.test(text) && !DELIBERATE.test(text);

/**
 * An injury told as an accident, and not said on purpose or again: a tool, a task or "by accident" in its clause, and no
 * purpose in its sentence (`sentence` defaults to the clause). A mechanism is no accident (see the head of this file).
 */
export const isAccidentalInjury = (clause: string, sentence: string = clause): boolean =>
  (ACCIDENTAL_INJURY.test(clause) || SAID_ACCIDENT.test(clause)) && !DELIBERATE.test(sentence);

/** A cut told by a depth that overshot what was meant ("went deeper than I meant to", "too deep this time", 划得有点深
 *  了): the cut itself was meant. */
export const DEPTH_OVERSHOT =
  /\b(?:went|gone|go|going|cut|dug|pressed|pushed)\b (?:\w+ ){0,2}?(?:deeper than (?:i |i'd |i had )?(?:meant|intended|wanted|planned|usual|normal|before|last time|ever)|(?:way |much |a bit |far )?too deep)\b|(?:划|割)(?:得|的)?(?:有点|有些|太|比较|特别|很|挺)深(?:了)?/i;

/** A fall told as a trip or a slip ("tripped on the hose pipe", "slipped on the ice", 绊倒, 滑倒): read only for the
 *  text-only witness's line (triage.ts), the weakest source of a crisis line — its n-grams hear a means in a tripping
 *  hazard (a hose pipe, a cable, a rope). No other reading uses it: a mechanism never removes a self-harm finding. */
export const TRIP_TOLD = /\b(?:trip(?:ped|s)?|slip(?:ped|s)?) (?:over|on)\b|绊倒|绊了一?跤|滑倒|滑了一?跤|摔了一?跤/i;
export const isTripTold = (text: string): boolean => TRIP_TOLD.test(text) && !DELIBERATE.test(text);
