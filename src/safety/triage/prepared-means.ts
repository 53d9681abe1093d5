// A lethal supply made ready (session 23, #19; blind am079 "48 paracetamol … ive got them lined up on the desk" was
// routine, and so were "counted out all my sertraline and put them in a pile", 我把攒的安眠药都倒出来了 数了一下有四十多片).
// Preparatory behaviour in the C-SSRS sense — pills gathered, counted out, laid out, poured out, popped from their packs,
// bought from several shops — is suicidal behaviour whether or not a wish is said beside it. Read as parts in one
// sentence: a SUPPLY (a medicine by ingestion.ts's one reader of medicine names, its class word, or "them"/都 pointing
// back to a counted one) × a PREPARING act × an AMOUNT that is a supply (a count of 20 or more, all/every/the whole,
// boxes). Not prepared means: a purpose of care told anywhere in the message — an organiser or the week's doses sorted
// (药盒, 分好, by day), a GP review or a list, disposal or return (回收, back to the pharmacy), a pet's or another
// person's doses not taken, counting at work, supplements, an evening's usual tablets. Pure.
import { readCount } from '../red-flags/numbers.js';
import { withMedicineClass } from './ingestion.js';

export interface PreparedMeans {
  /** Offset of the sentence that tells it. */
  at: number;
}

/** Sentences; a Chinese message typed with spaces is read clause by clause by the parts' own distance. */
const SENTENCE = /[^.?!。？！\n]+[.?!。？！\n]*/g;

/** A supply: a medicine's class word, a named form, or a pronoun pointing back to a counted supply. */
const SUPPLY_EN = /\b(?:pills?|tablets?|meds|capsules?|medication|medicines|painkillers|sleeping pills|insulin pens)\b/i;
/** A medicine by its word, not a bare counter: 片/粒/颗 also count photos, sweets, marbles and batteries (review s23). */
const SUPPLY_ZH = /药|藥|胶囊/;
const BACK_EN = /\b(?:them|they|they're|theyre|those|these|it all)\b/i;

/** The act of making it ready: laid out, lined up, counted out, poured out, popped out, gathered from several shops. */
const PREPARE_EN =
  /\b(?:lined|lining|laid|laying|set|setting|counted|counting|poured|pouring|tipped|tipping|emptied|emptying|popped|popping|pushed|pressed|sorted)\s+(?:(?:them|it|all|every|each|of|the|my|his|her|\w+'s|\d+|\w+)\s+){0,4}?(?:up|out)\b|\b(?:in|into|onto)\s+(?:a\s+|my\s+|one\s+|the\s+)?(?:little\s+|big\s+)?(?:pile|heap|bowl|cup|glass|hand|palm|row|line)\b|\bout\s+(?:on|onto)\s+(?:the|my)\s+(?:desk|table|bed|counter|floor|bedside|side)\b|\b(?:out of|from)\s+(?:the\s+|their\s+|all\s+the\s+|my\s+)?(?:blister\s+)?(?:packs?|packets?|boxes|bottles?|foil|strips?)\b|\bstockpil\w+|\b(?:saved|saving)\s+(?:\w+\s+){0,2}up\b|\bhoard(?:ed|ing)\b|\bfrom\s+(?:different|several|\w+\s+different)\s+(?:shops|pharmacies|chemists|stores|places)\b/i;
const PREPARE_ZH =
  /倒(?:出来|出|在|进|晒|曬)|拆(?:出来|开了)|抠出来|排(?:好|成|在)|摆(?:好|在|喺)|擺(?:好|喺|在)|数(?:好|了|出)|點(?:好|咗)|放在(?:桌|床|枕|手)|攒|儲|囤|存了|(?:好几|几|多)家药店/;

/** A supply's amount: a count of 20 or more, all/every/the whole, boxes or bottles. */
const ALL_EN = /\b(?:all|every|whole|entire|the lot|boxes|packs|bottles)\b/i;
const ALL_ZH = /全部|所有|都|全|一整(?:瓶|盒|板)|(?:几|好几|[两三四五六七八九十])(?:盒|瓶|板)|晒|曬/;
const COUNT = /(\d{2,3})|([二三四五六七八九]十|一百|百|[两二三四五六七八九]百)/;
function bigCount(s: string): boolean {
  const m = COUNT.exec(s);
  return m !== null && readCount(m[0]) >= 20;
}

/** A purpose of care: the week's doses sorted, a review, disposal, a pet, another's doses not taken, work, supplements. */
const CARE =
  /\b(?:organi[sz]er|dosette|pill ?box|blister pack(?:ed)? by|by day|for the week|each day|days? of the week|gp|review|list|pharmacy tech\w*|at work|dispos\w*|return(?:ing)? them|take (?:them )?back|recycl\w*|expired|out of date|vet|dog|cat|supplements?|vitamins?|fish oil|magnesium|evening|morning|tonight'?s|daily|usual|not taking|instead of taking|won'?t take|refuses?)\b|药盒|分药|分好|按(?:早中晚|天|顿|周)|回收|过期|药店上班|上班|维生素|钙片|鱼油|狗|猫|不吃|不肯吃|每天|早中晚|按时吃/i;

/** The prepared supply told in `text` (the normalised message), or null. */
export function readPreparedMeans(text: string): PreparedMeans | null {
  if (CARE.test(text)) return null;
  const classed = withMedicineClass(text);
  let counted = false;
  for (const m of classed.matchAll(SENTENCE)) {
    const s = m[0];
    const zh = /\p{Script=Han}/u.test(s);
    const supply = zh ? SUPPLY_ZH.test(s) : SUPPLY_EN.test(s) || (counted && BACK_EN.test(s));
    const amount = bigCount(s) || (zh ? ALL_ZH.test(s) : ALL_EN.test(s));
    const prepared = zh ? PREPARE_ZH.test(s) : PREPARE_EN.test(s);
    if (supply && prepared && (amount || counted)) return { at: m.index ?? 0 };
    // A counted supply in this sentence may be pointed back to in the next ("48 paracetamol … ive got them lined up").
    counted = (zh ? SUPPLY_ZH.test(s) : SUPPLY_EN.test(s)) && bigCount(s);
  }
  return null;
}
