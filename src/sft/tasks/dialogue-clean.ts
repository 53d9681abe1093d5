// What every dialogue sample passes through before it is taught: de-identification with the data pipeline's
// redactor (typed placeholders, medical words never taken for names), red-flag triage of each user turn, and the
// compliance rules on each doctor turn. A dialogue whose replies break a principle is dropped, with the reason.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { Message } from '../../data/dialogue/turns.js';
import { loadPhiRedactor, type PhiRedactor } from '../../data/deid/redactor.js';
import { verifyComplianceRules } from '../../safety/compliance/index.js';
import { triage } from '../../safety/triage.js';
import type { SftMessage, SampleLang } from '../sample.js';
import type { SourceBank } from '../sources/bank.js';

const redactors = new Map<string, Promise<PhiRedactor>>();

/** One redactor per data root (its terminology is the never-a-name lexicon). */
export function redactorFor(bank: SourceBank): Promise<PhiRedactor> {
  const terms = join(bank.root, 'terms');
  let r = redactors.get(bank.root);
  if (!r) {
    r = existsSync(terms) ? loadPhiRedactor({ termsDir: terms }) : loadPhiRedactor({ lexicon: new Set() });
    redactors.set(bank.root, r);
  }
  return r;
}

export type DialogueVerdict = { ok: true; messages: SftMessage[]; phiSpans: number; triage: string } | { ok: false; reason: string };

export const langOf = (text: string): SampleLang => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');

export function cleanDialogue(turns: readonly Message[], redactor: PhiRedactor): DialogueVerdict {
  if (!turns.length || turns[turns.length - 1].role !== 'assistant') return { ok: false, reason: 'no-final-reply' };
  let phiSpans = 0;
  let question = '';
  let level: 'routine' | 'urgent' | 'emergency' = 'routine';
  let worst = 'routine';
  const messages: SftMessage[] = [];
  for (const t of turns) {
    const r = redactor.redact(t.content.trim());
    phiSpans += r.spans.length;
    if (!r.text) return { ok: false, reason: 'empty-turn' };
    if (t.role === 'user') {
      question = r.text;
      level = triage(question).level;
      if (level === 'emergency' || (level === 'urgent' && worst === 'routine')) worst = level;
      messages.push({ role: 'user', content: r.text });
      continue;
    }
    if (t.role === 'assistant') {
      const v = verifyComplianceRules(r.text, { question, lang: langOf(r.text), triage: level });
      if (!v.ok) return { ok: false, reason: `compliance:${v.violations[0].code}` };
    }
    messages.push({ role: t.role, content: r.text });
  }
  return { ok: true, messages, phiSpans, triage: worst };
}
