// One subject per list: a search list keeps its best hit and, after it, only passages about the same subject — the
// same document as a passage already kept, or a document whose title names a word of the question. A passage that
// shares the question's words only in its body is a page about something else (the judged lists of evidence-q-8…12:
// "Tetanus · Animal Bites · Ingrown toe nail" for a rusty nail; "Raynaud's Disease · Hemolytic Anemia · Skin Cancer"
// for fingers turning white in the cold), and a reader takes every row of a short list as applying to the question.
// Only the order search chose is used: nothing is ranked up, and the best hit always stays. Pure.
import type { SearchHit } from '../core/types.js';
import { isEmergencyGuidance } from '../safety/red-flags/emergency-docs.js';
import { EMERGENCY_GUIDANCE } from '../safety/red-flags/guidance.js';
import { RED_FLAG_RULES } from '../safety/red-flags/rules.js';
import { triage } from '../safety/triage.js';
import type { Triage } from '../safety/types.js';

/**
 * The hits of one subject, in their order: the first hit, then each hit of a document already kept (by id, or by
 * the same title: one page split into documents per section) or whose title shares a term with the question.
 * `termsOf` must be the analyzer the question's terms came from, so title and question are read alike.
 */
export function oneSubject<H extends Pick<SearchHit, 'docId' | 'title'>>(
  hits: readonly H[],
  questionTerms: ReadonlySet<string>,
  termsOf: (text: string) => readonly string[],
  urgent: UrgentPages = {},
): H[] {
  const [first, ...rest] = hits;
  if (!first) return [];
  const docs = new Set([first.docId]);
  const titles = new Set([titleKey(first.title)]);
  const kept = [first];
  // The red flags' wording, read once per search (not per hit).
  const said = urgent.wording ? new Set(termsOf(urgent.wording)) : undefined;
  for (const h of rest) {
    const same = docs.has(h.docId) || titles.has(titleKey(h.title));
    if (!same && !termsOf(h.title).some((t) => questionTerms.has(t)) && !isUrgentPage(h, urgent, said, termsOf)) continue;
    kept.push(h);
    docs.add(h.docId);
    titles.add(titleKey(h.title));
  }
  return kept;
}

const titleKey = (title: string) => title.trim().toLowerCase();

/**
 * What the question's triage points to (safety first: a wrong best hit must not take the emergency pages with it).
 * `emergency` marks the emergency-guidance pages, never filtered; `wording` is the text of the red flags the
 * question fires (their titles, advice and guidance, both languages); `conditions` the titles of the pages whose
 * listed symptoms the question says (the knowledge base's symptom reading), consulted only when a red flag fired.
 */
export interface UrgentPages {
  emergency?: (docId: string) => boolean;
  wording?: string;
  conditions?: ReadonlySet<string>;
}

/**
 * An emergency-guidance page, or, when a red flag fired, a page the red flag names (every term of its title is in
 * the red flag's wording: "Heart attack", "Anaphylaxis", "Drug reaction" — not "Throat Cancer") or a condition the
 * question's symptoms point to ("Angina" for crushing chest pain spreading to the arm).
 */
function isUrgentPage(
  h: Pick<SearchHit, 'docId' | 'title'>,
  u: UrgentPages,
  said: ReadonlySet<string> | undefined,
  termsOf: (text: string) => readonly string[],
): boolean {
  if (u.emergency?.(h.docId)) return true;
  if (!u.wording || !said) return false;
  if (u.conditions?.has(titleKey(h.title))) return true;
  const title = termsOf(h.title);
  return title.length > 0 && title.every((t) => said.has(t));
}

export const conditionKey = titleKey;

/** The red flags a question fires, as UrgentPages (emergency pages always; the flags' wording when any fired). */
export function triagePages(question: string): UrgentPages & Pick<Triage, 'level' | 'reasons'> & { fired: boolean } {
  const t = triage(question);
  const fired = t.reasons.map((id) => RED_FLAG_RULES.find((r) => r.id === id)).filter((r) => r !== undefined);
  const wording = fired
    .flatMap((r) => [r.title.zh, r.title.en, r.advice.zh, r.advice.en, ...Object.values(EMERGENCY_GUIDANCE[r.id]?.looksLike ?? {})])
    .join(' ');
  return { emergency: isEmergencyGuidance, wording: wording || undefined, fired: fired.length > 0, level: t.level, reasons: t.reasons };
}
