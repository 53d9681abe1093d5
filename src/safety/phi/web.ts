// E-mail addresses and URLs (scheme or www. prefixed; bare domains only when they carry a path).
import type { PhiSpan } from '../types.js';
import { matchSpans } from './span.js';

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
