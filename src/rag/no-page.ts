// "No page about X": a question that names a medicine the knowledge base has no page about (no retrieved passage is
// titled with it or belongs to a document about it) is told so, instead of being shown passages that merely share its
// other words as if they answered it. The names come from the shared medicine detector (knowledge/drugs.ts: INN
// stems and Chinese generic endings, plus the drug lexicon when the caller has one loaded) and from the built-in
// bilingual medicine table (drugs.ts medicineAliases: metformin, 舍曲林, allopurinol… have no telling ending), each
// read where it stands: not denied in its clause, not the head of a condition name (insulin resistance, 叶酸缺乏).
// The chat answer and /api/search say it with the same sentence (noPageNote). Pure.
import { toSimplified } from '../core/han-variants.js';
import type { Lang, SearchHit } from '../core/types.js';
import { BEFORE_MEDICINE_ZH, type DrugLexicon, findMedicineNames, medicineAliases } from '../knowledge/drugs.js';
import { negatedAt } from '../retrieval/topics.js';
import { labValueMentions } from './analyze-query.js';
import { noPageSentence } from './evidence-answer.js';

type Paged = Pick<SearchHit, 'title' | 'about'>;

/** Medicine names of the question that no retrieved passage is about (its title or its `about` topic), in order. */
export function namesWithoutPage(
  question: string,
  hits: readonly Paged[],
  lexicon?: DrugLexicon,
  /** Other names the knowledge base says it has no page about (conditions: Retriever.unpagedNames). */
  unpaged: readonly string[] = [],
): string[] {
  const shaped = findMedicineNames(question, lexicon);
  // Table names are simplified Chinese: a traditional question is read folded (same length, so positions hold).
  const simple = toSimplified(question);
  const listed = tableMedicines(simple);
  if (shaped.length === 0 && listed.length === 0 && unpaged.length === 0) return [];
  const said = hits.map((h) => `${h.title}\n${h.about ?? ''}`.toLowerCase());
  const asked = question.toLowerCase();
  const askedSimple = simple.toLowerCase();
  // A Chinese name is found by its ending (地平, 洛芬): shown whole, up to the word before it (吃氨氯地平 → 氨氯地平).
  const medicines = shaped.map((n) => (HAN.test(n) ? widen(question, n) : n));
  // A table medicine is paged by a passage about any of its names (a question in Chinese, an English page).
  const otherNames = new Map(listed.map((m) => [m.name, m.names]));
  const at = (n: string) => askedSimple.indexOf(toSimplified(n).toLowerCase());
  const named = [...new Set([...medicines, ...listed.map((m) => m.name)])].sort((a, b) => at(a) - at(b));
  // A name inside a longer one already listed (拉唑 in 奥美拉唑) is that name.
  // The same name twice in two cases (eliquis, Eliquis from unpagedNames) is one name, not two that hold each other.
  const once = [...named, ...unpaged].filter((n, i, all) => all.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
  const whole = once.filter((n, _, all) => !all.some((m) => m !== n && m.toLowerCase().includes(n.toLowerCase())));
  const pagedBy = (n: string) => otherNames.get(n) ?? [n.toLowerCase()];
  const inQuestion = (n: string) => asked.includes(n.toLowerCase()) || askedSimple.includes(n.toLowerCase());
  return whole.filter((n) => inQuestion(n) && !said.some((t) => pagedBy(n).some((x) => t.includes(x))));
}

/** The note a list carries when the question names something the knowledge base has no page about (chat and search). */
export function noPageNote(question: string, hits: readonly Paged[], lang: Lang, unpaged: readonly string[] = []): string | undefined {
  const names = namesWithoutPage(question, hits, undefined, unpaged);
  return names.length ? noPageSentence(names, lang) : undefined;
}

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

// The table's names a question is matched on: the Chinese generic name and the Latin-script generic and brand names of
// four letters or more, whole words. Chinese brand names are left out: many are ordinary words (可定, 美林, 心痛定).
interface TableMedicine {
  name: string;
  names: string[];
}
let table: { han: { name: string; names: string[] }[]; latin: Map<string, string[]>; latinRe: RegExp } | undefined;
function medicineTable() {
  if (table) return table;
  const han: { name: string; names: string[] }[] = [];
  const latin = new Map<string, string[]>();
  for (const [canon, aliases] of Object.entries(medicineAliases())) {
    const names = [...new Set([canon, ...aliases].map((n) => n.toLowerCase()))];
    if (HAN.test(canon) && canon.length >= 2) han.push({ name: canon, names });
    for (const a of aliases) if (/^[a-z][a-z -]{3,}$/i.test(a) && !latin.has(a.toLowerCase())) latin.set(a.toLowerCase(), names);
  }
  const alternation = [...latin.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[-]/g, '\\-'));
  table = { han, latin, latinRe: new RegExp(`(?<![a-z0-9-])(?:${alternation.join('|')})(?![a-z0-9-])`, 'gi') };
  return table;
}

// What turns a medicine's name into a condition's ("insulin resistance", "叶酸缺乏", "胰岛素瘤") or a thing's ("lithium
// battery"): then it is not asked about as a medicine.
const CONDITION_AFTER_EN = /^\s*(?:resistance|resistant|deficiency|deficient|-?induced|-?associated|-?related|batter(?:y|ies)|-?ion\b)/i;
const CONDITION_AFTER_ZH = /^(?:抵抗|缺乏|不足|瘤|依赖性?|相关性?|诱发|电池)/u;

// Substances the body makes, in the table because they are also given as medicines: in a question they are far more
// often the body's own (a hormone, a neurotransmitter, a blood protein), so the table does not name them; a medicine
// shape (knowledge/drugs.ts) still may, as before.
const BODY_MADE: ReadonlySet<string> = new Set([
  'insulin',
  'dopamine',
  'adrenaline',
  'epinephrine',
  'noradrenaline',
  'norepinephrine',
  'oxytocin',
  'progesterone',
  'thyroxine',
  'growth hormone',
  'calcitonin',
  'somatostatin',
  'albumin',
  'human albumin',
  'serum albumin',
  'human serum albumin',
  'cortisone',
  '胰岛素',
  '多巴胺',
  '肾上腺素',
  '去甲肾上腺素',
  '缩宫素',
  '催产素',
  '黄体酮',
  '孕酮',
  '甲状腺素',
  '生长激素',
  '降钙素',
  '生长抑素',
  '白蛋白',
  '人血白蛋白',
]);

// A clause that asks about doing without a medicine: the negation in it is the question's, not a denial.
const ASKS_WITHOUT = /\b(?:can|could|should|may|is it (?:ok|okay|safe|bad|fine|dangerous)|what (?:happens )?if|what if|would it)\b/i;
const CLAUSE_END = /[，。,.!?！？；;：:\n]/gu;
const clauseBefore = (text: string, at: number): string => {
  let from = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_END)) from = (m.index ?? 0) + 1;
  return text.slice(from, at);
};

/** Pure: table medicines the question names where it stands (not denied in its clause, not a condition's head). */
export function tableMedicines(question: string): TableMedicine[] {
  const { han, latin, latinRe } = medicineTable();
  const out: TableMedicine[] = [];
  // A name read as a lab value ("albumin 28", "insulin level high", "血清白蛋白偏低") is a test asked about, not a medicine.
  const values = labValueMentions(question);
  const keep = (name: string, names: string[], start: number, after: RegExp) => {
    const rest = question.slice(start + name.length);
    const isValue = values.some((v) => v.start < start + name.length && start < v.end);
    if (BODY_MADE.has(name) || isValue || after.test(rest)) return;
    // Denied where it stands ("I'm not on metformin", "没有吃过华法林"), unless the clause asks about going without it
    // ("can I not take metformin the day before surgery?"): then the medicine is what the question is about.
    if (negatedAt(question, start) && !ASKS_WITHOUT.test(clauseBefore(question, start))) return;
    if (!out.some((m) => m.name === name)) out.push({ name, names });
  };
  for (const m of question.matchAll(latinRe)) {
    const name = m[0].toLowerCase();
    keep(name, latin.get(name) ?? [name], m.index ?? 0, CONDITION_AFTER_EN);
  }
  const low = question.toLowerCase();
  // Every place a name stands is read: denied in one clause, it may still be asked about in the next.
  for (const h of han)
    for (let start = low.indexOf(h.name); start >= 0; start = low.indexOf(h.name, start + 1)) keep(h.name, h.names, start, CONDITION_AFTER_ZH);
  return out;
}
