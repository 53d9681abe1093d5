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
import { doseFormName } from './dose-form-word.js';

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
    .map((n) => tabled.find((t) => t.name !== n && overlaps(question, n, t.name))?.name ?? n)
    // A name read only by a 片/贴 ending is read by the word it ends in (dose-form-word.ts): 薯片, 照片, 身上一片 name
    // no medicine; a dose (唑吡坦每晚一片) stays as read.
    .flatMap((n) => (HAN.test(n) ? (doseFormName(question, n) ?? []) : [n]))
    // A count and a dose form the ending reader took for a name (二十片 before 布洛芬, 吃了一片) names no medicine.
    .filter((n) => !COUNT_FORM.test(n));
  // A name only the table found (no shape or lexicon reading) counts where the question reads it AS a medicine taken,
  // given or dosed (review s32: 'well versed', 'luminal A', 'the actos of kindness', 'Prozac Nation', 'my dopamine must
  // be low', 'adenosine receptors', 尿里碳酸钙结晶, 乳果糖呼气试验, 'I'm not on metformin' named no medicine asked).
  const shaped = (t: string) => [...medicines, ...unpaged].some((m) => m.toLowerCase() === t.toLowerCase() || overlaps(question, m, t));
  const read = tabled.filter((t) => shaped(t.name) || takenAsMedicine(question, t.name));
  // A name inside a longer one already listed (拉唑 in 奥美拉唑) is that name; one name in two cases is one.
  const all = [...medicines, ...read.map((t) => t.name), ...unpaged].filter((n, i, list) => list.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
  const whole = all.filter((n) => !all.some((m) => m !== n && m.toLowerCase().includes(n.toLowerCase())));
  // A retrieved page about the same molecule under another of its names (a Cetirizine label for "Zyrtec") is its page.
  const paged = new Set(hits.flatMap((h) => [...moleculesNamed(`${h.title}\n${h.about ?? ''}`)]));
  // Not when the molecule is the name with its dose form cut (甲状腺片 → 甲状腺): a page naming the organ is no page of it.
  const moleculeOf = new Map(
    read
      .filter((t) => !t.name.toLowerCase().includes(t.molecule.toLowerCase()) || t.name.length === t.molecule.length)
      .map((t) => [t.name.toLowerCase(), t.molecule]),
  );
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

/** A number (or 了 + number) and a dose form, nothing else: 二十片, 了一片, 十几片, 3粒. */
const COUNT_FORM = /^了?[\d０-９一二两兩三四五六七八九十几幾百半整]+[片粒颗顆支袋瓶包]$/u;

// The question's frames of a medicine taken, given or dosed (review s32), read around one mention within its clause.
// English: a verb of taking/giving/stopping up to three words before (take, on, started, prescribed, mixing, side
// effects of, dose of …) not itself negated (not on, never took, no longer taking), or a dose word, a form, 'together',
// 'safe/ok' or an effect on the taker ('giving me', 'makes you') up to three words after. Chinese: a verb of taking
// or a dose word in the clause (吃 服 用 食 喝 含 开 片 粒 剂量 副作用 …) not right after a negation (没有吃过, 沒吃過,
// 冇食过, 未服). A mention followed by a measurement or test word (levels, receptors, breath/challenge test, crystals,
// 水平, 偏低, 结晶, 试验) is the body's substance or a test agent there, never a medicine taken.
const EN_BEFORE =
  /\b(?:take|takes|took|taking|taken|start|started|starting|stop|stopped|stopping|prescribed|prescribe|give|gave|giving|given|swallowed|got|get|gets|getting|received|mixing|mix|switched|switch|use|using|on|overdosed|overdose|double|effects? of|dose of|dosage of|mg of|doses of)\b/gi; // g for matchAll, which copies it: no lastIndex shared
const EN_NEGATED = /\b(?:not|never|no longer|n't|no more|nor)\s+(?:\w+\s+)?$/i;
const EN_AFTER =
  /^(?:\s+\S+){0,2}?\s*\b(?:dose|doses|dosage|dosing|\d+\s*(?:mg|mcg|ml)|mg|mcg|pills?|tablets?|capsules?|caps|drops|syrup|patch|injections?|shots?|side effects?|together|safe|ok|okay|(?:giving|gives|gave|make|makes|made|making) (?:me|you|him|her|them|my))\b/i;
const TAKEN_LATER = /\b(?:take|takes|taking|took|taken|start|started|stop|stopped) (?:it|them)\b/i;
const ZH_FRAME = /吃|服|用|食|喝|含|涂|塗|抹|滴|点|點|开了|开咗|開了|開咗|打针|注射|剂量|劑量|副作用|片|粒|颗|顆|胶囊|膠囊|加量|减量|減量|停药|停藥/gu;
const ZH_NEGATED = /(?:没|沒|冇|未|不|无|無)(?:有)?(?:再)?$/u;
const MEASURED = /^\s*(?:levels?|receptors?|breath test|challenge test|test|crystals?|结晶|結晶|试验|試驗|呼气|呼氣|水平|偏低|偏高|受体|受體|检测|檢測)/iu;

/** Pure: does the question read this name (found only by the name table) as a medicine taken, given or dosed? */
export function takenAsMedicine(question: string, name: string): boolean {
  const lower = question.toLowerCase();
  const key = name.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const after = question.slice(at + name.length);
    if (MEASURED.test(after)) continue;
    if (HAN.test(name)) {
      const clause = (t: string, from: boolean) => (from ? t.split(/[，。？！,;；?!\n]/u)[0] : (t.split(/[，。？！,;；?!\n]/u).pop() ?? ''));
      const before = clause(question.slice(0, at), false);
      const rest = clause(after, true);
      const framed = (text: string) => [...text.matchAll(ZH_FRAME)].some((f) => !ZH_NEGATED.test(text.slice(0, f.index).replace(/[过過了着著咗]$/u, '')));
      if (framed(before) || framed(rest)) return true;
      continue;
    }
    const clauseBefore =
      question
        .slice(0, at)
        .split(/[.?!;:,]|\bbut\b/i)
        .pop() ?? '';
    const clauseAfter = after.split(/[.?!;:,]|\bbut\b/i)[0];
    const words = clauseBefore.trim().split(/\s+/).filter(Boolean);
    const window = words.slice(-4).join(' ');
    const verb = [...window.matchAll(EN_BEFORE)].pop();
    if (verb && !EN_NEGATED.test(window.slice(0, verb.index))) return true;
    if (EN_AFTER.test(clauseAfter)) return true;
    // Taken by its pronoun later in the clause ('Is Xanax addictive if I only take it sometimes').
    const taken = clauseAfter.match(TAKEN_LATER);
    if (taken && !EN_NEGATED.test(clauseAfter.slice(0, taken.index))) return true;
  }
  return false;
}

/** Pure: a Chinese medicine name found by its ending, widened left to at most six characters within its word (never
 * over a pronoun or a verb of taking: BEFORE_MEDICINE_ZH). */
export function widen(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return name;
  let start = at;
  while (start > 0 && at + name.length - start < 6 && HAN.test(text[start - 1]) && !BEFORE_MEDICINE_ZH.test(text[start - 1])) start--;
  return text.slice(start, at + name.length);
}
