// Exhaust gas in use (session 28, #19): a car's engine running in a garage or shed WITH A PERSON IN IT, read in one
// sentence. Blind ar064 "老公跟我吵完架就把自己锁在车库里了，车一直发动着，我敲门里面没有声音" was routine: the old reading
// (one alternative of self-harm-reader.ts SEALING) wanted 车库 and the running car in one comma-free clause. That reading
// stays (taking it out lost plans, method questions and people found inside: review s28), so this one only ADDS; its
// own over-calls on a garage and an engine alone remain. The means is the running engine; what makes it IN USE is a person shut in
// with it. So three parts, each in the engine's own sentence: the engine told running, the enclosed place (a garage, a
// shed, a car inside one), and a person inside (locked or shut in there, sitting in the car). Locked in, or the writer
// inside with the door told shut or down, is lethal on its own; anyone else inside needs a second sign, which the screen
// reads (self-harm-reader.ts preparation beside despair, low mood, someone unreachable…). Not in use, in the same
// sentence: the door told open, a task on the car (fixing, a service, warming it up, charging), a generator, a story's
// frame (fiction.ts). A negation or a past told in the engine's or the person's clause is the caller's
// (self-harm-reader.ts stance). Pure.
import { sentenceBounds } from '../red-flags/context.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { RELATIVE_EN, RELATIVE_ZH } from './persons.js';

export interface ExhaustInUse {
  /** Offset of the running engine. */
  at: number;
  /** Offset of the person told inside (the lock or the seat): a past or a negation in either part's clause is the whole
   *  event's ("很多年前把自己锁在车库里，车开着"). */
  personAt: number;
  /** The person is shut in with it: locked or shut in, or the writer inside with the door told shut or down (another
   *  person inside a shut garage may be there by accident — asleep in the car — and needs a second sign). */
  shut: boolean;
}

/** The engine told running now (EN: the engine, a car or ute running, on, going, idling; ZH: 车/发动机/引擎 开着, 发动着,
 *  没熄火, 打着火). No negation in the Chinese gap ("车没开着" is the engine off) and no 门 (车门开着 is the car's door). */
const ENGINE_ON =
  /\b(?:engine|motor|car|ute|van|truck)\b(?:\s+(?:is|was|still|left|kept|been|has|had|'s))*\s+(?:running|going|idling|on\b(?!\s+(?:the|a|an|my|his|her|our|their|its|top|fire)\b))\b|\b(?:left|kept|keeps?|has|had|with)\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:car\s+)?(?:engine|motor|car)\s+(?:running|going|idling|on\b(?!\s+(?:the|a|an|my|his|her|our|their|its|top|fire)\b))\b|(?:发动机|引擎|车)[^，。！？,.!?没不未门]{0,4}(?:开着|开住|没关|发动着|没熄火|打着火|一直响|启动着)|(?<![没不未])(?:开着|开住|发动着)(?:引擎|发动机)/gi;
/** An enclosed place a car's exhaust fills. */
const PLACE = /\b(?:garage|shed|lock-?up)\b|车库|车房/i;
/** A person inside: shut or locked in (the writer or another), or in the car / the garage now. */
const LOCKED_IN =
  /\b(?:locked|shut|barricaded)\s+(?:himself|herself|themselves|themself|myself)\s+in\s+(?:(?:the|his|her|my|our|their)\s+)?(?:car|ute|van|truck|garage|shed|lock-?up)\b|(?:把|将)自己(?:反锁|锁|关)(?:了)?(?:在)?[^，。]{0,3}?(?:车库|车房|车里|车内|车上)|(?:反锁|锁|关)在(?:了)?(?:车库|车房|车里|车内)/i;
/** Inside now: the writer or a named person in the car or the garage ("sitting in my car in the garage", "my brother is
 *  in the garage", 他在车里). A possessive ("my husband's car running in the garage") is no person inside. */
const INSIDE = new RegExp(
  String.raw`\b(?:(?:i'?m|im|i am|i'?ve been|(?:he|she)(?:'s| is| has been)|they(?:'re| are)|(?:my\s+\w+|${RELATIVE_EN})(?:\s+is|\s+has been|'s(?=\s+(?:sitting|sat|lying|still|just|been|in)\b)))\s+(?:sitting\s+|sat\s+|lying\s+|still\s+|just\s+|been\s+)*|\b(?:sitting|sat|lying)\s+)in\s+(?:the|my|his|her|our|their)\s+(?:car|ute|van|truck|garage|shed)\b|(?:我|他|她|${RELATIVE_ZH})(?:一个人)?(?:坐|待|呆|躺)?在[^，。]{0,4}?(?:车库|车房|车里|车上|车内)`,
  'i',
);
/** The writer inside: a door the writer tells shut around themself is their own act. */
const WRITER_INSIDE = /\b(?:i'?m|im|i am|i'?ve been)\b|^\s*(?:sitting|sat|lying)\b|我(?:一个人)?(?:坐|待|呆|躺)?在/i;
/** The door told shut or down. */
const DOOR_SHUT =
  /\b(?:(?:garage|roller|shed)\s+)?doors?\s+(?:is\s+|are\s+|was\s+|all\s+)?(?:down|shut|closed|locked)\b|\bwith\s+the\s+(?:garage\s+|roller\s+)?door\s+(?:down|shut|closed)\b|门[^，。]{0,3}(?:关着|关上|关紧|关死|锁着|锁上|锁了|拉下)|(?:关|锁|拉下)(?:着|上|了)?(?:车库)?(?:卷帘)?门/i;
/** Not in use, said in the same sentence: the garage door open, a task on the car, a generator. Only the garage's own
 *  door: not a car's door, and in unpunctuated Chinese never 车开着 followed by 门 ("车开着门也锁了": the engine on, the
 *  door locked) nor a gap running over the car or a shut/negated door ("门关着车一直开着"). */
const DOOR_OPEN =
  /(?<!\b(?:car|van|ute|truck|passenger|driver'?s?)\s+)\b(?:(?:garage|roller|shed)\s+)?doors?\s+(?:is\s+|are\s+|was\s+|wide\s+|left\s+|fully\s+)*(?:open|up)\b|\bwith\s+the\s+(?:garage\s+|roller\s+)?door\s+(?:wide\s+)?(?:open|up)\b|(?<!车)门[^，。！？,.!?车关锁没不未]{0,3}(?:开着|敞着|打开|是开的)|(?<![车机擎])开着(?:车库)?门/i;
/** A door someone cannot open ("can't get the door open") is no door told open. */
const CANNOT_OPEN = /\b(?:can'?t|cannot|couldn'?t|won'?t|unable to)\s+(?:get|force|prise|pry|push|pull)\s+(?:the\s+)?(?:\w+\s+)?doors?\s+open\b/gi;
const TASK =
  /\b(?:fix(?:ing|es|ed)?|repair\w*|mechanic|servic(?:e|ing)|tun(?:e|ing)\s+(?:it|the)|warm(?:ing|ed|s)?\s+(?:it\s+|the\s+car\s+|the\s+engine\s+|her\s+|him\s+)?up|charg(?:e|ing)\s+the\s+battery|jump[- ]?start\w*|oil\s+change|generator)\b|修车|整车|修理|保养|换机油|热车|预热|暖车|检修|搭电|充电|发电机/i;

/** The engine running in an enclosed place with a person in it, or null. */
export function readExhaustInUse(text: string): ExhaustInUse | null {
  for (const m of text.matchAll(ENGINE_ON)) {
    const at = m.index ?? 0;
    const bounds = sentenceBounds(text, at);
    const s = text.slice(bounds.start, bounds.end);
    if (!PLACE.test(s) || DOOR_OPEN.test(s.replace(CANNOT_OPEN, ' ')) || TASK.test(s)) continue;
    if (hasStoryFrame(s) && !storyDenied(text)) continue;
    const locked = LOCKED_IN.exec(s);
    const inside = INSIDE.exec(s);
    const person = locked ?? inside;
    if (!person) continue;
    const writerShut = inside !== null && WRITER_INSIDE.test(inside[0]) && DOOR_SHUT.test(s);
    return { at, personAt: bounds.start + person.index, shut: locked !== null || writerShut };
  }
  return null;
}
