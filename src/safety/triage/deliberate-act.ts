// A poisoning told with its PURPOSE (review s21 S10, session 22): a household chemical, a poison of the toxic-agent
// table, a pesticide or a whole supply of medicine swallowed — the exposure as the clinical readers read it — and, on
// the act's own sentence, the purpose said: on purpose, deliberately, to end it, so it's over, 故意, 存心, 为了死. Such
// an act is self-poisoning, however calm the rest of the message: the chemical's own level stands and the crisis line
// goes out ("I swallowed some ant killer on purpose", "I drank a bottle of Harpic to end it", "我故意吃了磷化铝" had
// the chemical's level and no crisis line, or nothing). Not deliberate: the purpose denied ("not on purpose", 不是故意),
// a mistake (误服, thought it was), a child's or an animal's exposure (the exposure readers leave those out or mark
// them), a purpose with no exposure told ("ate the whole cake on purpose"). Raising only. Pure.
import { readChemicalExposures } from './chemical-exposure.js';
import { youngChild } from './child-medicine.js';
import { toldPrecipitant } from './ingestion-mode.js';
import { readSelfHarm } from './self-harm-reader.js';
import { BY_MISTAKE } from './substances.js';
import { ACTS, readToxicExposures } from './toxic-exposure.js';

/** The purpose of the act said in so many words. */
const ON_PURPOSE =
  /\b(?:on purpose|deliberately|intentionally|purposely|purposefully|to (?:end (?:it|it all|things|my life|everything)|die|kill myself|not wake up)|so (?:that )?i (?:would |will |could |'d )?(?:die|not wake up|never wake up|don'?t wake up|won'?t wake up)|so (?:that )?(?:it(?:'s| is| would be| will be)|it'?ll be) (?:all )?over)\b|故意|存心|成心|有意(?!思|见)|为了(?:死|结束|不活|一了百了)|想(?:一)?死|不想活了?/i;
/** A product named by the pest it kills ("ant killer", "roach gel", 蟑螂药, 灭蚁药): the name's shape, not a brand list —
 *  read for this purpose reading only (the clinical level of such baits is the exposure table's business). */
const PEST_PRODUCT =
  /\b(?:ant|roach|cockroach|bug|fly|wasp|slug|snail|flea|mouse|mice|rat|mole|weed|moss)s? ?(?:killer|poison|bait|gel|powder|spray|pellets?)\b|(?:蟑螂|蚂蚁|螞蟻|苍蝇|蚊子|跳蚤|老鼠|蜗牛|杂草)(?:药|藥|粉|饵|餌|胶饵|喷雾|杀)|(?:杀|殺|灭|滅)(?:虫|蟲|蚁|蟻|蟑|鼠|螺|草)(?:剂|劑|药|藥|粉|饵|餌|喷雾)/i;
/** A denial right before the purpose: "not on purpose", "wasn't deliberately", 不是故意, 并非有意. */
const DENIED_BEFORE = /(?:\b(?:not|wasn'?t|isn'?t|didn'?t|never|no)\b(?:\s+\w+){0,2}\s*|不是|并非|并不是|没有?)$/i;
/** A sentence. */
const SENTENCE = /[^.?!。？！\n]+/g;

/** The sentences of `text` that tell a swallowing with its purpose said and not denied — or, past early childhood, a
 *  swallowing in a message that tells its precipitant (a row, a scolding, bullying, a break-up: ingestion-mode.ts). A
 *  poison swallowed after a row is self-poisoning whether or not the purpose is said (s23: "consumed pesticide after
 *  quarrel with father", "after being bullied … ate some of the rat bait" had the agent's level and no screen risk). */
function purposeOnAct(text: string): string[] {
  const out: string[] = [];
  const precipitant = toldPrecipitant(text) && !youngChild(text);
  for (const m of text.matchAll(SENTENCE)) {
    const s = m[0];
    if (!ACTS.swallowed.test(s) || BY_MISTAKE.test(s)) continue;
    const said = [...s.matchAll(new RegExp(ON_PURPOSE.source, 'gi'))].some((p) => !DENIED_BEFORE.test(s.slice(0, p.index ?? 0).trimEnd()));
    if (said || precipitant) out.push(s);
  }
  return out;
}

/** A poisoning told as done with its purpose said: an adult's swallowed chemical or toxic agent, a poison drunk, a whole
 *  supply taken (the exposure readers' own readings, not a second list of names). */
export function readDeliberateIngestion(text: string): boolean {
  const acts = purposeOnAct(text);
  if (acts.length === 0) return false;
  if (readChemicalExposures(text).some((e) => e.site === 'swallowed' && !e.child)) return true;
  if (readToxicExposures(text).some((e) => e.route === 'swallowed' && !e.child)) return true;
  if (acts.some((s) => PEST_PRODUCT.test(s))) return true;
  const slots = readSelfHarm(text).slots;
  return slots.includes('poisonIngestion') || slots.includes('massIngestion');
}
