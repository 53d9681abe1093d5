// E-mail addresses and URLs (scheme or www. prefixed; bare domains only when they carry a path).
import type { PhiSpan } from '../types.js';
import { matchSpans, span } from './span.js';
import { englishWord } from '../../knowledge/english-words.js';

const EMAIL = /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w-])/g;
const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'，。；、）)\]]+[^\s<>"'，。；、）)\].,;:!?]/gi;
const BARE = /(?<![@\w.])(?:[a-z0-9-]+\.)+(?:com|cn|net|org|io|me|info|edu|gov)(?:\.[a-z]{2})?\/[^\s<>"'，。；、]*[^\s<>"'，。；、.,;:!?]/gi;
// A bare domain without a path ("drwang-clinic.com"): only with a common TLD and a name part that is not a word
// list ("e.g.", "Node.js" have no such TLD).
const BARE_DOMAIN = /(?<![@\w./-])(?:[a-z0-9][a-z0-9-]{1,62}\.)+(?:com|cn|net|org|io|info|edu|gov|health|clinic)(?:\.[a-z]{2})?(?![\w@./-]|\.[a-z])/gi;

export function detectEmails(text: string): PhiSpan[] {
  if (!text.includes('@')) return [];
  return matchSpans(text, EMAIL, 'EMAIL');
}

export function detectUrls(text: string): PhiSpan[] {
  if (!text.includes('.')) return [];
  return [...matchSpans(text, URL_RE, 'URL'), ...matchSpans(text, BARE, 'URL'), ...matchSpans(text, BARE_DOMAIN, 'URL')];
}

/** A payment address without a domain — India's UPI "priyar88@okhdfcbank", "drsenthil.clinic@okicici": a name part,
 * "@", a provider code of three or more lower-case letters, and no dot after it (that would be an e-mail). Neither
 * side may be one English word, so a product ("Merlin@home") or a clinical shorthand ("insulin@qhs", "BP@rest")
 * stays. */
const PAYMENT_HANDLE = /(?<![\w.+@-])([A-Za-z0-9][A-Za-z0-9._-]{1,40})@([a-z]{3,20})(?![\w@-]|\.[A-Za-z0-9])/g;

/** A dosing time or frequency after the "@" ("zopiclone@nocte", "1g@qds", "Keppra@tds") and a name part ending in a dose
 *  unit ("20u@nocte"): a prescription's shorthand, never a payment address (diff read s34). */
const DOSING_AT = /^(?:nocte|mane|midi|qds|qid|tds|tid|bd|bid|od|qd|qday|qdaily|qhs|hs|qam|qpm|prn|stat|daily|weekly|am|pm)$/;
const DOSE_UNIT_END = /\d(?:\.\d+)?\s*(?:u|iu|units?|mg|mcg|ug|g|ml|mmol)$/i;

export function detectPaymentHandles(text: string): PhiSpan[] {
  if (!text.includes('@')) return [];
  const out: PhiSpan[] = [];
  for (const m of text.matchAll(PAYMENT_HANDLE)) {
    const [whole, name, provider] = m;
    // A name part of digits alone is a phone number ("9820041737@ybl"), never a dose count ("20@qhs").
    if (englishWord(provider) || englishWord(name) || /^\d{1,6}$/.test(name) || DOSING_AT.test(provider) || DOSE_UNIT_END.test(name)) continue;
    out.push(span('ACCOUNT', text, m.index ?? 0, (m.index ?? 0) + whole.length));
  }
  return out;
}
