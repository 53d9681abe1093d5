// Extraction of closed labels (PubMedQA yes/no/maybe), numbers, dates and (weeks, days) from model replies.
import type { ParsedAnswer } from '../types.js';
import { findJsonAnswer, stripReasoning } from './json-answer.js';
import { escapeRegExp } from '../../core/regex.js';

const LABEL_SYNONYMS: Record<string, string> = { 是: 'yes', 否: 'no', 不是: 'no', 可能: 'maybe', 不确定: 'maybe' };

function asLabel(value: string, labels: readonly string[]): string | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/^[\s"'“”.。]+|[\s"'“”.。!]+$/g, '');
  const mapped = LABEL_SYNONYMS[v] ?? v;
  return labels.includes(mapped) ? mapped : null;
}

/** One of `labels` (lower case) from JSON, an "answer is X" phrase, or a reply that is just the label. */
export function extractLabel(text: string, labels: readonly string[]): ParsedAnswer {
  const body = stripReasoning(text);
  if (!body.trim()) return { value: null, how: 'empty' };
  const json = findJsonAnswer(body);
  if (json && typeof json.value === 'string') {
    const hit = asLabel(json.value, labels);
    if (hit) return { value: hit, how: json.how };
  }
  const alt = labels.map(escapeRegExp).join('|');
  const phrase = [...body.matchAll(new RegExp(`answer\\s*(?:is|:)\\s*\\**\\s*(${alt})\\b`, 'gi'))].pop();
  if (phrase) return { value: phrase[1].toLowerCase(), how: 'phrase' };
  const bare = asLabel(body, labels);
  if (bare) return { value: bare, how: 'bare' };
  return { value: null, how: 'no-answer' };
}

const NUMBER = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?\.\d+/;

/** First number in a string, thousands separators removed. */
export function firstNumber(s: string): number | null {
  const m = NUMBER.exec(s);
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** A number from JSON `answer`, else from "answer is 12.5", else the reply when it is only a number. */
export function extractNumber(text: string): ParsedAnswer {
  const body = stripReasoning(text);
  if (!body.trim()) return { value: null, how: 'empty' };
  const json = findJsonAnswer(body);
  if (json) {
    const n = typeof json.value === 'number' ? json.value : typeof json.value === 'string' ? firstNumber(json.value) : null;
    if (n !== null && Number.isFinite(n)) return { value: String(n), how: json.how };
  }
  const phrase = [...body.matchAll(/answer\s*(?:is|:|=)\s*\**\s*([-+]?[\d.,]+(?:[eE][-+]?\d+)?)/gi)].pop();
  const fromPhrase = phrase ? firstNumber(phrase[1]) : null;
  if (fromPhrase !== null) return { value: String(fromPhrase), how: 'phrase' };
  const trimmed = body.trim();
  if (/^[-+]?[\d.,]+(?:[eE][-+]?\d+)?$/.test(trimmed)) {
    const n = firstNumber(trimmed);
    if (n !== null) return { value: String(n), how: 'bare' };
  }
  return { value: null, how: 'no-answer' };
}

/** "(14 weeks, 2 days)", "14 weeks and 2 days", "('14 weeks', '2 days')", {"answer": [14, 2]} → "14,2". */
export function extractWeeksDays(text: string): ParsedAnswer {
  const body = stripReasoning(text);
  const json = findJsonAnswer(body);
  const pool = json ? (Array.isArray(json.value) ? json.value.join(',') : String(json.value)) : body;
  const m = [...pool.matchAll(/(\d+)\s*weeks?\D{0,12}?(\d+)\s*days?/gi)].pop();
  if (m) return { value: `${Number(m[1])},${Number(m[2])}`, how: json ? json.how : 'phrase' };
  const pair = /^\s*\[?\s*(\d+)\s*,\s*(\d+)\s*\]?\s*$/.exec(pool);
  if (pair) return { value: `${Number(pair[1])},${Number(pair[2])}`, how: json ? json.how : 'bare' };
  return { value: null, how: body.trim() ? 'no-answer' : 'empty' };
}

/** A calendar date as MM/DD/YYYY (MedCalc-Bench's format); ISO dates are accepted too. */
export function extractDate(text: string): ParsedAnswer {
  const body = stripReasoning(text);
  const json = findJsonAnswer(body);
  const pool = json && typeof json.value === 'string' ? json.value : body;
  const us = [...pool.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/g)].pop();
  if (us) return { value: `${us[1].padStart(2, '0')}/${us[2].padStart(2, '0')}/${us[3]}`, how: json ? json.how : 'phrase' };
  const iso = [...pool.matchAll(/(\d{4})-(\d{1,2})-(\d{1,2})/g)].pop();
  if (iso) return { value: `${iso[2].padStart(2, '0')}/${iso[3].padStart(2, '0')}/${iso[1]}`, how: json ? json.how : 'phrase' };
  return { value: null, how: body.trim() ? 'no-answer' : 'empty' };
}
