// A quantity set off by quotation or emphasis marks reads as its plain words (session 43, #19). A writer who puts an
// amount in scare quotes ("she took 'a lot' of paracetamol" — the amount is the teenager's word, not the writer's) or
// stresses it (*loads*, “一大把”) still tells that amount; every reader after this step reads "took a lot of", and the
// marks only broke the readers' word sequences (bg017: the quoted amount was read by no rule and halved the learned
// reader's emergency probability). Read by FORM: a pair of the same marks whose whole inside is a quantity — a vague
// amount (a lot, loads, a handful, 一大把, 很多), a container (a whole bottle, 一整瓶) or a count with or without its
// unit ('20', "30 units", 两盒). Quoted speech, a name, a figure of speech and every other quoted span are left as
// typed: only the marks go, never a word, so no reading can lose anything but a mark around an amount. Pure.

/** An amount in words (en): vague, a container, a count (digits or words) with an optional unit. Whole inside only. */
const AMOUNT_EN = String.raw`(?:(?:way |far )?too (?:many|much)|(?:a )?(?:whole |full |entire )?(?:lot|lots|loads?|tons?|heaps?|bunch|handful|handfuls|fistful|pile|stack|load|ton|heap|bottle|box|pack|packet|strip|tub|pot|jar|blister)(?: of (?:them|it|pills|tablets|meds))?|a few|a couple|several|many|plenty|masses|(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)(?:\s*(?:-|to|or)\s*\d+)?(?:\s*(?:units?|tablets?|pills?|caps(?:ules)?|mg|g|ml|boxes|packs|packets|bottles|strips))?)`;
/** An amount in words (zh, simplified already): vague, a whole container, a count with its measure word. */
const AMOUNT_ZH = String.raw`(?:一大把|一把|一大堆|一堆|一大瓶|一整瓶|一整盒|一整板|一大盒|很多|好多|许多|不少|大量|过量|全部|所有|一些|一点点?|(?:\d+|[一二两三四五六七八九十百几]+)(?:多)?(?:片|颗|粒|瓶|盒|板|支|包|个|单位|毫升|ml|mg|克|g))`;

/** Paired marks: opener, closer. The apostrophe pair must stand apart from letters (a contraction is no mark). */
const PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['＂', '＂'],
  ['**', '**'],
  ['*', '*'],
  ['_', '_'],
];
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const QUOTED: readonly RegExp[] = [
  // 'a lot' — only where the apostrophe cannot be a contraction or a possessive: no letter or digit outside either mark.
  new RegExp(String.raw`(?<![\p{L}\p{N}'])'(${AMOUNT_EN}|${AMOUNT_ZH})'(?![\p{L}\p{N}'])`, 'giu'),
  ...PAIRS.map(([open, close]) => new RegExp(String.raw`${esc(open)}\s?(${AMOUNT_EN}|${AMOUNT_ZH})\s?${esc(close)}`, 'giu')),
];

/** The text with the marks around a quoted or emphasised quantity removed; everything else as typed. */
export function unquoteQuantities(text: string): string {
  let out = text;
  for (const re of QUOTED) out = out.replace(re, (_m, inner: string) => inner);
  return out;
}
