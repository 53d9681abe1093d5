// A test name and its bracketed gloss (#18, s43): "经胸超声心动图（transoesophageal echocardiography）" names a
// transthoracic echo whatever its gloss says, so it is no 经食管超声心动图 (s42 review b12: the answer's bracket was read as
// a name of its own, met the gold, and the answer was paid). The matcher reads a bracket as another form of the answer
// (肺功能测定（PFT）, "Complete blood count (CBC)") — right when the bracket restates the name, wrong when it contradicts
// it. Read from structure, for a bracket that translates the name (a Chinese name with an English phrase, an English name
// with a Chinese one — a gloss): when the name outside the brackets fills a slot (site, specimen, modality, method, …) that
// conflicts with every gold form that fills slots, the name decides and the gloss cannot pay it. A name the slot reader
// leaves empty, or one compatible with some gold form, decides nothing here. Only withholds. Pure.
import { slotConflict, testSlots } from '../../knowledge/test-slots.js';

const BRACKET_RE = /\s*[(（][^()（）]*[)）]\s*/gu;

const HAN = /[\u4e00-\u9fff]/u;
/** Two or more Latin words and no Chinese: a translation, not an abbreviation (IVP, PaCO2) or a word of a formula. */
const LATIN_PHRASE = /^[^\u4e00-\u9fff]*[A-Za-z]{2,}[^A-Za-z\u4e00-\u9fff]+[A-Za-z]{2,}[^\u4e00-\u9fff]*$/u;

/**
 * A bracket that translates the name into the other language: a Chinese name glossed by an English phrase, or an English
 * name by a Chinese one. A bracket in the name's own language restates or narrows it (骨髓穿刺涂片（骨髓细胞学）, "ESR (with
 * K value)") and an abbreviation (静脉肾盂造影（IVP）) names it: both are left to the older readers, which read them well.
 */
function isGlossed(pred: string, bare: string): boolean {
  const brackets = [...pred.matchAll(/[(（]([^()（）]*)[)）]/gu)].map((m) => m[1].trim());
  return HAN.test(bare) ? brackets.some((b) => LATIN_PHRASE.test(b)) : brackets.some((b) => HAN.test(b));
}

const fillsSlots = (name: string): boolean => Object.keys(testSlots(name).slots).length > 0;

/** The answer's name outside its brackets contradicts every gold form: its gloss may not stand in for it. */
export function nameContradictsGold(pred: string, goldForms: readonly string[]): boolean {
  const bare = pred.replace(BRACKET_RE, ' ').trim();
  if (bare === pred.trim() || bare.length < 2 || !isGlossed(pred, bare) || !fillsSlots(bare)) return false;
  const golds = goldForms.filter(fillsSlots);
  return golds.length > 0 && golds.every((g) => slotConflict(bare, g) !== null);
}
