// Charcoal burning in a sealed room (session 29, #19): the act SET UP, read as two parts of one message — a charcoal
// fire told lit (烧了炭, 炭点着了, 生了炭火, "lit the charcoal", "charcoal burning") and the room's gaps sealed by hand
// (doors, windows or gaps taped, stuffed or sealed: 门窗都用胶带封好了, 门缝塞了湿毛巾, "taped the windows"). Blind
// as057 "我在出租屋里烧了炭，门窗都用胶带封好了，现在头有点晕" was urgent: the old preparation reading (self-harm-reader.ts
// PREP_ZH) wants 烧炭 with no aspect between and a room word before it, so "烧了炭" was no means beside the sealing.
// Doors and windows only SHUT are not sealing here (a winter room shut against the cold with a brazier is the classic
// accident), nor read at all: with SEALING's own shut-door words they would make every closed room with a fire a plan.
// Sealing is an act nobody does to keep warm without naming it. A purpose named in the message — heating,
// cooking, a barbecue or hotpot, drying, smoking food — makes it an accident's exposure, not a self-harm act (the CO
// itself stays the exposure readers'). A past or a negation at the fire's clause is the caller's (self-harm-reader.ts
// stance). Pure.

export interface CharcoalLit {
  /** Offset of the fire told lit. */
  at: number;
  /** Offset of the sealing told. */
  sealedAt: number;
}

/** A charcoal fire told lit or burning now. 炭烧 (charcoal-grilled food, 炭烧咖啡) is not one: the burning verb must
 *  come first, or after the charcoal as a state (炭点着了, 炭火烧着). */
const LIT =
  /(?:烧|点|生|引)(?:了|着|起|上|好)?(?:(?:[一两二三四五几]|\d+)?(?:盆|些|点|堆|包|袋|箱|块))?(?:木)?炭(?!烧|笔|疽|粉|黑|酸|水化合)|(?<!活性)(?:木)?炭(?!疽)(?:火|盆)?[^，。！？,.!?]{0,3}(?:点着|点上|点燃|烧着|烧起来|烧上了|生起来|着了|燃着)|\b(?:lit|lighting|light|burn(?:ing|ed|t)?|started|set up)\s+(?:(?:a|the|some|my|his|her|two|three|\w+)\s+){0,3}?(?:charcoal|briquettes?|coals)\b|\b(?:charcoal|briquettes?|coals)\b(?:\s+(?:is|are|was|were|still|now|already|all))*\s+(?:burning|lit|alight|smouldering|smoldering|going|glowing)\b/gi;

/** Gaps sealed by hand: taped, stuffed, blocked or sealed — never only shut or closed. */
const SEALED_GAPS =
  /(?:门|窗|缝|通风口|排气扇|门窗|窗户)[^，。！？]{0,10}?(?:胶带|胶纸|湿毛巾|毛巾|报纸|保鲜膜)[^，。！？]{0,4}?(?:封|贴|堵|塞|糊)|(?:胶带|胶纸|湿毛巾|毛巾|保鲜膜)[^，。！？]{0,8}?(?:封|贴|堵|塞|糊)[^，。！？]{0,4}?(?:门|窗|缝|通风口)|(?:门缝|窗缝|缝隙|通风口|门窗|窗户)[^，。！？]{0,4}(?:都|全|全部)?(?:封|堵|塞|糊)(?:好|死|上|住|严|了)|\b(?:taped|taping|tape|sealed|sealing|seal|stuffed|stuffing|blocked|blocking)\s+(?:up\s+)?(?:(?:the|all|every|my|his|her|our|of|up)\s+){0,3}(?:windows?|doors?|vents?|gaps?|cracks?|room)\b|\b(?:windows?|doors?|vents?|gaps?|cracks?)\b[^.?!]{0,30}\b(?:taped|sealed|blocked)\b|\btowels?\b[^.?!]{0,20}\b(?:under|along|against) (?:the )?doors?\b/gi;

/** An ordinary purpose named for the fire: warmth, cooking, a barbecue or hotpot, drying, smoking food, a power cut;
 *  since the s29 review also draught-proofing an elder's brazier (防风/挡风/不透风/漏风/保暖 — the accidental CO case stays the
 *  exposure readers', no crisis line), 烤 + a food, 煲/炖/熏, incense, cooking fumes, a smoker or hookah. 密不透风 is sealing. */
const PURPOSE =
  /取暖|暖和|烤火|太冷|好冷|冷得|做饭|煮|烧烤|烤肉|烤串|火锅|打边炉|烘干|熏(?:肉|鱼|腊|香肠)|停电|\b(?:heat(?:ing|er)?|warm(?:th|ing|er)?|cold|freezing|cook(?:ing)?|bbq|barbecue|grill(?:ing)?|hotpot|dry(?:ing)?|smok(?:e|ing) (?:fish|meat)|power cut|outage)\b|防风|挡风|(?<![密得])不透风|漏风|保暖|御寒|烤(?![火炉爐])|煲|炖|[熏燻](?![死晕倒])|烧香|上香|香炉|拜神|油烟|\b(?:draughts?|drafts?|draught-proof\w*|smoker|hookah|shisha|incense|roast\w*)\b/i;
/** Review fix (s29): a report of someone else's act — the news, a report, hearsay (新闻说有人…, "read in the news") — is
 *  no act of the writer's; a story frame is read by the suicide screen's own fiction check. */
const REPORTED = /新闻|报道|报导|听说|据说|网上说|\b(?:news|reported|article|headline|documentary)\b/i;

/** A charcoal fire told lit in a room whose gaps were sealed by hand, no ordinary purpose named; null otherwise. */
export function readCharcoalLit(text: string): CharcoalLit | null {
  if (PURPOSE.test(text) || REPORTED.test(text)) return null;
  const lit = [...text.matchAll(LIT)][0];
  const sealed = [...text.matchAll(SEALED_GAPS)][0];
  if (!lit || !sealed) return null;
  return { at: lit.index ?? 0, sealedAt: sealed.index ?? 0 };
}
