// The names of a closed poison table read with the slips people make typing them: a Latin name misspelt by a letter or
// two (parraquat, paraqat, grammoxone, pestiside, poision, chlorpyriphos), run together or split (ratpoison, draincleaner
// — name-forms.ts already writes the run-together form of a two-word name), and a Chinese name typed with an input
// method's homophone (百草苦 / 白草枯 for 百草枯, 敌敌胃 for 敌敌畏, 草胺膦 for 草铵膦). The table is closed, so a slip is
// read against it alone: a word is repaired only to a word of one of the table's names, only when it is no ordinary
// English word, keeps its first letter and is within an edit distance scaled by its length (one for five to seven
// letters, two from eight); a Chinese stretch only when it has a name's length, every character but one is the name's
// own, and that one sounds like the name's (knowledge/name-sound.ts: toneless pinyin with the fuzzy pairs of input
// methods). The repaired text goes to the exposure readers, which still need their own act, site and person: a slip
// repaired in "what is paraquatt?" is no exposure. Pure (the English dictionary and pinyin load only when a near miss
// is found).
import { englishWord } from './english-words.js';
import { soundAlikeZh } from './name-sound.js';

/** A table's names as plain words: regex fragments are skipped except a trailing plural 's?'. */
export interface PlainNames {
  /** Latin words of the names (five letters or more), lower case. */
  words: ReadonlySet<string>;
  /** Han names of three characters or more. */
  han: readonly string[];
}

const PLAIN_EN = /^[a-z][a-z' -]*[a-z]$/i;
const PLAIN_ZH = /^\p{Script=Han}{3,}$/u;

/** The plain words and Han names of a table's name lists. */
export function plainNames(names: readonly string[]): PlainNames {
  const words = new Set<string>();
  const han = new Set<string>();
  for (const raw of names) {
    const n = raw.replace(/s\?$/, '').replace(/\(\?:e\)\?s$/, '');
    if (PLAIN_ZH.test(n)) han.add(n);
    else if (PLAIN_EN.test(n)) for (const w of n.toLowerCase().split(/[ -]+/)) if (w.length >= 5) words.add(w);
  }
  return { words, han: [...han] };
}

/** Optimal-string-alignment distance (an adjacent swap is one edit), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** How many edits a word of this length may carry and still be read as the name's word. */
const allowed = (len: number): number => (len >= 8 ? 2 : len >= 5 ? 1 : 0);

/** The table word a misspelt Latin word stands for, or null (an English word, a word of the table, or no near word). */
function nearWord(word: string, names: PlainNames): string | null {
  const w = word.toLowerCase();
  const max = allowed(w.length);
  if (max === 0 || names.words.has(w)) return null;
  let best: string | null = null;
  let bestD = max + 1;
  for (const n of names.words) {
    if (n[0] !== w[0] || Math.abs(n.length - w.length) > max) continue;
    const limit = Math.min(max, allowed(n.length));
    const d = editDistance(w, n, limit);
    if (d <= limit && d < bestD) {
      best = n;
      bestD = d;
    }
  }
  // Checked last: the dictionary loads only for a near miss ("pestiside"), and an ordinary word ("parasol") is no slip.
  return best && !englishWord(w) ? best : null;
}

/** A Han stretch of a name's length whose every character but one is the name's and that one sounds like it. */
function soundAlikeAt(text: string, at: number, name: string): boolean {
  let diff = 0;
  for (let k = 0; k < name.length; k++) {
    const c = text[at + k];
    if (c === name[k]) continue;
    if (c === undefined || !/\p{Script=Han}/u.test(c) || ++diff > 1) return false;
  }
  if (diff !== 1) return false;
  for (let k = 0; k < name.length; k++) if (text[at + k] !== name[k]) return soundAlikeZh(text[at + k]!, name[k]!);
  return false;
}

/** What may follow a repaired Han name: nothing, a non-Han character, or a particle/function word that closes a noun phrase. */
const NAME_END = /^(?:$|[^\p{Script=Han}]|[了的后啦吗呢吧呀啊过么被和跟与及或都也还就在把让给])/u;

const last = new WeakMap<PlainNames, { text: string; out: string }>();

/** The text with its slips of the table's names repaired to the names (see the head of this file). The last text
 *  read per table is remembered: a reader's rules ask for the same message many times. */
export function repairNames(text: string, names: PlainNames): string {
  const seen = last.get(names);
  if (seen?.text === text) return seen.out;
  // A capitalised word is read as written: a person's name ("my son Ratul", "Temika drank") one edit from a brand is
  // no slip of it (review s22 S6); a brand's own spelling is matched exactly by the readers.
  let out = text.replace(/[A-Za-z][A-Za-z']{4,}/g, (w) => (/^[A-Z][a-z]/.test(w) ? w : (nearWord(w, names) ?? w)));
  if (names.han.length && /\p{Script=Han}/u.test(out)) {
    for (const name of names.han) {
      if (out.includes(name)) continue;
      for (let at = 0; at + name.length <= out.length; at++) {
        // Two of a name's characters at least are its own, so one of its first two is.
        if (out[at] !== name[0] && out[at + 1] !== name[1]) continue;
        // The stretch must end where a name would: at the clause's edge or a particle, not inside a longer word
        // (有机林场, 气泡浴时 are ordinary words one sound from a poison's name; review s22 S6).
        if (soundAlikeAt(out, at, name) && NAME_END.test(out.slice(at + name.length, at + name.length + 1)))
          out = out.slice(0, at) + name + out.slice(at + name.length);
      }
    }
  }
  last.set(names, { text, out });
  return out;
}
