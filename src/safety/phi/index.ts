// PHI detection and redaction, Chinese and English. One implementation for the data pipeline's de-identification
// step and the server's log redaction. Detectors are pure and independent; merging resolves overlaps by priority.
import type { PhiSpan, PhiType } from '../types.js';
import { detectAddresses } from './address.js';
import { detectDates, detectDobs, detectMrns } from './cued.js';
import { detectIdCards } from './id-card.js';
import { detectChineseNames } from './names-zh.js';
import { detectEnglishNames } from './names-en.js';
import { detectPhones } from './phone.js';
import type { PhiDetector } from './span.js';
import { detectEmails, detectUrls } from './web.js';

export { isValidChineseId, idCardChecksum } from './id-card.js';
export type { PhiDetector } from './span.js';

/** Detectors by name; each may emit one type. Order does not matter (merge decides). */
export const PHI_DETECTORS = {
  idCard: detectIdCards,
  email: detectEmails,
  url: detectUrls,
  mrn: detectMrns,
  dob: detectDobs,
  phone: detectPhones,
  address: detectAddresses,
  nameZh: detectChineseNames,
  nameEn: detectEnglishNames,
} satisfies Record<string, PhiDetector>;

/** When spans overlap, the more specific (validated) identifier wins. */
const PRIORITY: Record<PhiType, number> = { ID_CARD: 9, EMAIL: 8, URL: 7, MRN: 6, DOB: 5, PHONE: 4, DATE: 3, ADDRESS: 2, NAME: 1 };

export interface PhiOptions {
  /** Only report these types (default: all). */
  types?: readonly PhiType[];
  /** Placeholder for a span (default `[TYPE]`, e.g. "[PHONE]"). */
  placeholder?: (span: PhiSpan) => string;
  /** Also redact every full calendar date as [DATE] (HIPAA Safe Harbor style). Default false: dates stay. */
  dates?: boolean;
}

/** Resolve overlaps: higher priority first; a lower one keeps only a part that does not overlap (if ≥ 2 chars). */
export function mergeSpans(spans: PhiSpan[], text: string): PhiSpan[] {
  const ordered = [...spans].sort((a, b) => PRIORITY[b.type] - PRIORITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhiSpan[] = [];
  for (const s of ordered) {
    let { start, end } = s;
    for (const k of kept) {
      if (k.end <= start || k.start >= end) continue;
      if (k.start <= start && k.end >= end) { start = end; break; }
      if (k.start <= start) start = k.end;
      else if (k.end >= end) end = k.start;
      else { end = k.start; } // k strictly inside s: keep the left part (rare)
    }
    const piece = text.slice(start, end);
    if (end - start >= 2 || (s.type === 'NAME' && end - start >= 1 && end - start === s.end - s.start)) {
      if (piece.trim()) kept.push({ type: s.type, start, end, text: piece });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function detectPhi(text: string, options: PhiOptions = {}): PhiSpan[] {
  if (!text) return [];
  const all: PhiSpan[] = [];
  for (const detect of Object.values(PHI_DETECTORS)) all.push(...detect(text));
  if (options.dates) all.push(...detectDates(text));
  const merged = mergeSpans(all, text);
  return options.types ? merged.filter((s) => options.types?.includes(s.type)) : merged;
}

export const defaultPlaceholder = (s: PhiSpan): string => `[${s.type}]`;

/** Replace every detected identifier with a typed placeholder. Spans refer to offsets in the ORIGINAL text. */
export function redactPhi(text: string, options: PhiOptions = {}): { text: string; spans: PhiSpan[] } {
  const spans = detectPhi(text, options);
  const placeholder = options.placeholder ?? defaultPlaceholder;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + placeholder(s);
    at = s.end;
  }
  return { text: out + text.slice(at), spans };
}

export interface PhiDryRun {
  counts: Partial<Record<PhiType, number>>;
  spans: PhiSpan[];
  /** What the text would become. */
  redacted: string;
}

/** Dry run: what would change, by type, without committing to it. */
export function phiDryRun(text: string, options: PhiOptions = {}): PhiDryRun {
  const { text: redacted, spans } = redactPhi(text, options);
  const counts: Partial<Record<PhiType, number>> = {};
  for (const s of spans) counts[s.type] = (counts[s.type] ?? 0) + 1;
  return { counts, spans, redacted };
}
