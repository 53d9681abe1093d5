// The one reader of which MOLECULES a short text names, built on the one medicine name table (drugs.ts
// medicineAliases(): generics, brands, the other language). A brand, a salt, a dosage form or a source word is the same
// molecule (Depakote = sodium valproate = 丙戊酸钠片; 重组人胰岛素 = 胰岛素); a stereo or chemical prefix glued to a
// known name makes ANOTHER molecule (noradrenaline ≠ adrenaline, 去甲/异丙肾上腺素 ≠ 肾上腺素, 左氧氟沙星 ≠ 氧氟沙星),
// as pharmacology's naming rules say — read from a table of prefix classes (dihydro-/des-/pseudo- as well), not a list of pairs. Pure after the first build.
import { toSimplified } from '../core/han-variants.js';
import { SALT_ACIDS_ZH } from '../core/salt-names.js';
import { drugKey, medicineAliases } from './drugs.js';
import { createNameTrie, type NameTrie } from './name-trie.js';
import { foldWidth } from './term-text.js';

/**
 * Prefixes that name a different molecule when glued to a medicine's name (INN / 中国药品通用名称 naming): the isomer
 * (levo-/dextro-/es-, 左(旋)/右(旋)/艾司), a removed or added group (nor-/去甲, iso-/异丙, 甲基), a prodrug (fos-/磷).
 * Each class has one tag, so the English and Chinese prefix of one class name the same molecule.
 */
export const MOLECULE_PREFIX_CLASSES: readonly { tag: string; en: readonly string[]; zh: readonly string[] }[] = [
  { tag: 'nor', en: ['nor'], zh: ['去甲'] },
  { tag: 'iso', en: ['iso'], zh: ['异丙'] },
  { tag: 'levo', en: ['levo', 'l-'], zh: ['左旋', '左'] },
  { tag: 'dextro', en: ['dextro', 'dex', 'd-'], zh: ['右旋', '右'] },
  { tag: 'es', en: ['es'], zh: ['艾司'] },
  { tag: 'fos', en: ['fos'], zh: ['磷'] },
  { tag: 'methyl', en: ['methyl'], zh: ['甲基'] },
  // Hydrogen added, a group removed, a stereoisomer of another configuration: dihydrocodeine ≠ codeine,
  // desloratadine ≠ loratadine (地氯雷他定), pseudoephedrine ≠ ephedrine (伪麻黄碱).
  { tag: 'dihydro', en: ['dihydro'], zh: ['二氢'] },
  { tag: 'des', en: ['des'], zh: ['地'] },
  { tag: 'pseudo', en: ['pseudo'], zh: ['伪', '偽'] },
];

/**
 * Endogenous molecules whose natural form IS the levo isomer: the prefix names the molecule itself, not another
 * (levothyroxine is thyroxine, levocarnitine carnitine, levodopa DOPA). Keys as drugKey gives them.
 */
export const NATURAL_LEVO: ReadonlySet<string> = new Set(['甲状腺素', 'thyroxine', '卡尼汀', 'carnitine', '肉碱', '多巴', 'dopa']);

/**
 * Words that may stand BEFORE a generic inside a product's name and leave the molecule the same: the acid of a salt
 * (盐酸左氧氟沙星), the source of a biological (重组人/生物合成人胰岛素), the injectable-powder form word (注射用), and the
 * salt or ester a base is sold as (琥乙红霉素 erythromycin ethylsuccinate, 依托红霉素 estolate, 苄星/普鲁卡因青霉素
 * benzathine/procaine penicillin) — the active moiety of each is the generic's. Any other word before is a prefix
 * class above or another medicine.
 */
export const SAME_MOLECULE_BEFORE: readonly string[] = [
  ...SALT_ACIDS_ZH,
  ...['重组人', '重组', '生物合成人', '注射用'],
  ...['琥乙', '依托', '苄星', '普鲁卡因'],
];

export interface MedicineMention {
  /** The molecule: the table's canonical key, with a prefix class tag when a prefix makes another molecule ("nor:肾上腺素"). */
  molecule: string;
  start: number;
  end: number;
}

let trie: NameTrie<string> | undefined;
function names(): NameTrie<string> {
  if (trie) return trie;
  const entries: [string, string][] = [];
  for (const [canon, list] of Object.entries(medicineAliases())) {
    const key = drugKey(canon);
    for (const n of [canon, ...list]) {
      // As written, and without its salt or form (阿莫西林克拉维酸钾 is also written 阿莫西林克拉维酸).
      for (const k of new Set([fold(n), drugKey(n)])) if (k.length >= 2) entries.push([k, key]);
    }
  }
  trie = createNameTrie(entries);
  return trie;
}

/** The form names are compared in: width folded, simplified characters, lower case (lengths kept). */
function fold(t: string): string {
  return toSimplified(foldWidth(t)).toLowerCase();
}

const isLatin = (c: string | undefined): boolean => c !== undefined && /[a-z]/.test(c);
const isHan = (c: string | undefined): boolean => c !== undefined && /[\u4e00-\u9fff]/.test(c);

/** A Latin name ends where a word does (a plural s allowed). */
function latinEnds(t: string, end: number): boolean {
  return !isLatin(t[end]) || (t[end] === 's' && !isLatin(t[end + 1]));
}

function tagged(tag: string, molecule: string): string {
  return tag === 'levo' && NATURAL_LEVO.has(molecule) ? molecule : `${tag}:${molecule}`;
}

/**
 * Pure: the medicines `text` names, left to right, longest name first. A Latin name counts only as a whole word (or
 * after a prefix of a class above: "norepinephrine"); a Chinese name anywhere, a prefix of a class written right
 * before it making another molecule (去甲肾上腺素 when the table has only 肾上腺素).
 */
export function medicineMentions(text: string): MedicineMention[] {
  const t = fold(text);
  const trieNames = names();
  const out: MedicineMention[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t[i];
    if (isLatin(c)) {
      if (isLatin(t[i - 1])) {
        i++;
        continue;
      }
      const hit = trieNames.longestAt(t, i, (end) => latinEnds(t, end));
      if (hit) {
        out.push({ molecule: hit.value, start: i, end: hit.end });
        i = hit.end;
        continue;
      }
      let found = false;
      for (const cls of MOLECULE_PREFIX_CLASSES)
        for (const p of cls.en) {
          if (found || !t.startsWith(p, i)) continue;
          const inner = trieNames.longestAt(t, i + p.length, (end) => latinEnds(t, end));
          if (inner) {
            out.push({ molecule: tagged(cls.tag, inner.value), start: i, end: inner.end });
            i = inner.end;
            found = true;
          }
        }
      if (!found) while (isLatin(t[i])) i++;
      continue;
    }
    if (isHan(c)) {
      const hit = trieNames.longestAt(t, i);
      if (hit) {
        const before = out.length && out[out.length - 1].end === i ? '' : t.slice(Math.max(0, i - 2), i);
        const cls = MOLECULE_PREFIX_CLASSES.find((k) => k.zh.some((p) => before.endsWith(p)));
        const p = cls?.zh.find((x) => before.endsWith(x)) ?? '';
        out.push(cls ? { molecule: tagged(cls.tag, hit.value), start: i - p.length, end: hit.end } : { molecule: hit.value, start: i, end: hit.end });
        i = hit.end;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** Pure: the molecules `text` names (medicineMentions), as a set. */
export function moleculesNamed(text: string): Set<string> {
  return new Set(medicineMentions(text).map((m) => m.molecule));
}
