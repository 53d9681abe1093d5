// The named subject of a search list. A question that names one page only by a symptom's or an examination's name
// (耳鸣好几个月了…会不会聋掉, 做肠镜前要喝的泻药) does not get topic-first ranking (topics.ts: a symptom list is about no one
// of its items), so in /api/search's one-subject list a page that merely shares the question's words led (老年性耳聋,
// 结、直肠黑变病) while the page about the named entity — often in the other language, reached through the bilingual
// terminology and never by the term query — sat below it; the chat answer cites only that page (SearchHit.about).
// The signal is form, not a word list: the one name selectTopics kept as the question's subject is written in the
// question as a whole name of its own, and every page about it is in the OTHER language — the term query reads the
// question's words, so it cannot rank such a page at all (it joins the pool at a fixed share of the best score), and its
// place below a same-language page that shares words says nothing about relevance. A same-language page did compete on
// its words and keeps its place ("itchy all over and my skin and eyes have turned yellow": Jaundice stays above Itching).
// Two more limits, for the look-alikes: a name said in more than MAX_SHARE of all passages (发烧, 咳嗽, 抽筋) is a finding
// of many conditions — "高烧三天退了以后出疹子，医生说是幼儿急疹" is about roseola, not the Fever page — so it never leads;
// and the caller asks only on a routine question (no red flag, triage routine), so no page is put above an
// emergency-guidance page or a danger reading's list. Pure.
import type { Lang } from '../core/types.js';
import type { TopicMatch } from './topics.js';

/** The question's language, the languages of the chosen name's pages, and the knowledge base's passage count. */
export interface SubjectContext {
  question: Lang;
  pages: readonly Lang[];
  /** All indexed passages (TopicMatch.spread is counted in them); 0 when unknown, then no name leads. */
  chunks: number;
  /** The question (as searched): a name right after a one-character denial (没浮肿, 无耳鸣, 不失眠) never leads. */
  query?: string;
}

// One character that denies what follows it; topics.ts reads the longer denials (没有, 不是) and marks them `negated`.
const DENIED_BEFORE = /[没无不未]$/u;

// The end of the sentence before a name: a medicine named in an earlier sentence is context, not the name's cause.
const SENTENCE_END = /[。！？!?；;\n]|\.\s/gu;

/** A name in more than this share of all passages names a finding of many conditions, not one subject (0.5 %: 1 in 200). */
export const MAX_SHARE = 0.005;

/**
 * Pure: may the pages of the question's primary name lead a one-subject search list although that name is weak?
 * Only for a name the question writes itself: not a misspelling's guess (fuzzy, bySound), not a name said as
 * background (a relative's illness told as history), not a name read inside a longer written-out finding (`folded`:
 * the start offsets of such names, 骨折 in 粉碎性骨折), never for a symptom list (selectTopics gives no primary then), not
 * for a name in more than MAX_SHARE of the passages — and only when none of its pages is in the question's language.
 */
export function namedSubjectLeads(primary: readonly TopicMatch[], at: SubjectContext, folded: ReadonlySet<number> = new Set()): boolean {
  if (primary.length !== 1) return false;
  const [m] = primary;
  if (m.docs.length === 0 || m.negated || m.listed || m.fuzzy || m.bySound || m.background || folded.has(m.start)) return false;
  if (at.chunks <= 0 || m.spread > MAX_SHARE * at.chunks) return false;
  if (at.query !== undefined && DENIED_BEFORE.test(at.query.slice(0, m.start))) return false;
  return at.pages.length > 0 && at.pages.every((l) => l !== at.question);
}

/**
 * Pure: the medicines (as `medicinesIn` names them) the question names before `start` in the same sentence — a symptom
 * told as a medicine's effect ("吃了卡马西平以后耳鸣", "坦索罗辛吃了头晕"). Its subject is that medicine's effect, not
 * the symptom in general: the caller keeps the term ranking's first passage when that passage is about one of them
 * (its title or heading names it) instead of leading with the symptom's page.
 */
export function medicinesBefore(query: string, start: number, medicinesIn: (text: string) => readonly string[]): string[] {
  const before = query.slice(0, start);
  let from = 0;
  for (const e of before.matchAll(SENTENCE_END)) from = (e.index ?? 0) + e[0].length;
  const clause = before.slice(from);
  // Told as taken: a word of taking in the same sentence (an organ or a test is no medicine taken: 做了甲状腺手术后耳鸣).
  return TAKEN.test(clause) ? [...new Set(medicinesIn(clause))] : [];
}

// Words of taking a medicine (吃了, 服用, 打了…针, 用了, 注射, 输液, 涂; took, taking, started, on).
const TAKEN = /[吃服用打注输涂擦抹喷滴]|\b(?:took|take|taking|taken|started|starting|on|after)\b/iu;

/**
 * Pure: is a passage about one of the question's medicines — its title or section heading names it (read by the same
 * reader)? Only the heading structure counts: a disease page's body lists medicines incidentally (多发性硬化's
 * carbamazepine, 重症肌无力's gentamicin warning, 过敏性哮喘's aspirin), and such a page is no answer about the
 * medicine's effect (measured on the session-43 self-probes: body mentions put those pages above Tinnitus).
 */
export function namesAnyMedicine(
  passage: { title: string; section?: string },
  medicines: readonly string[],
  medicinesIn: (text: string) => readonly string[],
): boolean {
  if (medicines.length === 0) return false;
  const named = new Set(medicinesIn(`${passage.title}\n${passage.section ?? ''}`));
  return medicines.some((m) => named.has(m));
}
