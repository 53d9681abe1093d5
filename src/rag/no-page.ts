// "No page about X": a question that names a medicine the knowledge base has no page about (no retrieved passage is
// titled with it or belongs to a document about it) is told so, instead of being shown passages that merely share its
// other words as if they answered it. The names come from the shared medicine detector (knowledge/drugs.ts: INN
// stems and Chinese generic endings, plus the drug lexicon when the caller has one loaded) and, as the question writes
// them, from the one medicine name table (knowledge/medicine-mentions.ts: generics, brands, either language — the
// shape alone misses metformin, levothyroxine, Zyrtec, Sudafed, 蒙脱石). Pure.
import type { SearchHit } from '../core/types.js';
import { toSimplified } from '../core/han-variants.js';
import { BEFORE_MEDICINE_ZH, type DrugLexicon, findMedicineNames, medicineAliases } from '../knowledge/drugs.js';
import { medicineMentions, moleculesNamed } from '../knowledge/medicine-mentions.js';
import { foldWidth } from '../knowledge/term-text.js';
import { testConceptOf } from '../knowledge/test-terms.js';
import { analyteMentions } from '../knowledge/starter/analyte-passages.js';

/** Medicine names of the question that no retrieved passage is about (its title or its `about` topic), in order. */
export function namesWithoutPage(
  question: string,
  hits: readonly Pick<SearchHit, 'title' | 'about'>[],
  lexicon?: DrugLexicon,
  /** Other names the knowledge base says it has no page about (conditions: Retriever.unpagedNames). */
  unpaged: readonly string[] = [],
): string[] {
  const names = findMedicineNames(question, lexicon);
  const tabled = tableMedicines(question);
  if (names.length === 0 && unpaged.length === 0 && tabled.length === 0) return [];
  const said = hits.map((h) => `${h.title}\n${h.about ?? ''}`.toLowerCase());
  const asked = question.toLowerCase();
  // A Chinese name is found by its ending (地平, 洛芬): shown whole, up to the word before it (吃氨氯地平 → 氨氯地平) —
  // unless the table names the medicine inside that run (换成缬沙坦 → 缬沙坦): the table knows where the name starts.
  const medicines = names
    .map((n) => (HAN.test(n) ? widen(question, n) : n))
    .map((n) => tabled.find((t) => t.name !== n && overlaps(question, n, t.name))?.name ?? n);
  // A name inside a longer one already listed (拉唑 in 奥美拉唑) is that name; one name in two cases is one.
  const all = [...medicines, ...tabled.map((t) => t.name), ...unpaged].filter((n, i, list) => list.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
  const whole = all.filter((n) => !all.some((m) => m !== n && m.toLowerCase().includes(n.toLowerCase())));
  // A retrieved page about the same molecule under another of its names (a Cetirizine label for "Zyrtec") is its page.
  const paged = new Set(hits.flatMap((h) => [...moleculesNamed(`${h.title}\n${h.about ?? ''}`)]));
  const moleculeOf = new Map(tabled.map((t) => [t.name.toLowerCase(), t.molecule]));
  return whole.filter((n) => {
    const molecule = moleculeOf.get(n.toLowerCase());
    return asked.includes(n.toLowerCase()) && !said.some((t) => t.includes(n.toLowerCase())) && !(molecule && paged.has(molecule));
  });
}

/** Do two names of the question cover some of the same characters (托伐他汀钙片 and 阿托伐他汀, 地奈德混悬液 and 布地奈德)? */
function overlaps(question: string, a: string, b: string): boolean {
  const i = question.indexOf(a);
  const j = question.indexOf(b);
  return i >= 0 && j >= 0 && i < j + b.length && j < i + a.length;
}

/**
 * Pure: the medicines of the one name table the question names, each as the question writes it, with its molecule.
 * A name counts only as the table writes it (not the form-stripped key: 甲状腺片 is no licence to read the organ 甲状腺
 * or 'thyroid' as a medicine), never a prefix read onto another name (左旋 + 甲状腺), never a name that is also a test's
 * or a lab analyte's name (albumin, B12, lithium and insulin are measured as often as given), and never a two-character Chinese brand or a Latin
 * name under four letters: those are everyday words as often as names (可定 in 可定期, 安定, tPA).
 */
export function tableMedicines(question: string): { name: string; molecule: string }[] {
  const out: { name: string; molecule: string }[] = [];
  // A name that is also a lab analyte's (albumin in 'urine albumin/creatinine ratio', lithium, B12, insulin) is read as
  // the measurement: the note would otherwise tell a lab question there is no page about a medicine it never asked.
  const values = analyteMentions(question);
  for (const m of medicineMentions(question)) {
    if (m.molecule.includes(':')) continue;
    const name = question.slice(m.start, m.end).trim();
    const key = foldName(name);
    if (!tableNames().has(key) || testConceptOf(name) !== undefined) continue;
    if (values.some((v) => v.start < m.end && m.start < v.end)) continue;
    if (HAN.test(name) ? name.length < 3 : name.length < 4) continue;
    if (!out.some((o) => foldName(o.name) === key)) out.push({ name, molecule: m.molecule });
  }
  return out;
}

const foldName = (t: string) => toSimplified(foldWidth(t)).toLowerCase();
let names: Set<string> | undefined;
/** Every name of the medicine table as written (canonical names and aliases), folded. */
const tableNames = (): Set<string> => (names ??= new Set(Object.entries(medicineAliases()).flatMap(([canon, list]) => [canon, ...list].map(foldName))));

const HAN = /\p{Script=Han}/u;

/** Pure: a Chinese medicine name found by its ending, widened left to at most six characters within its word (never
 * over a pronoun or a verb of taking: BEFORE_MEDICINE_ZH). */
export function widen(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return name;
  let start = at;
  while (start > 0 && at + name.length - start < 6 && HAN.test(text[start - 1]) && !BEFORE_MEDICINE_ZH.test(text[start - 1])) start--;
  return text.slice(start, at + name.length);
}
