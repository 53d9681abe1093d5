// Lab-system exports read by their fields or keys rather than their layout: HL7 v2 OBX segments and JSON(-ish)
// objects, each result turned into the canonical line "name  value  flag  unit  range" (pure).
import { CELL_GAP, type ColumnRole, columnRole } from './column-roles.js';

/** HL7 v2 segments: OBX is a result (3 identifier, 5 value, 6 units, 7 range, 8 abnormal flag); the others are not. */
export const HL7_SEGMENT = /^\s*(?:MSH|PID|PD1|PV1|PV2|ORC|OBR|NTE|EVN|SPM|TQ1|NK1|AL1|DG1|IN1|FT1|SFT|TXA|ZDS|BHS|BTS|FHS|FTS)\|/;
export function hl7Row(line: string): string | undefined {
  const m = /^\s*OBX\|(.*)$/.exec(line);
  if (!m) return undefined;
  const f = ['OBX', ...m[1].split('|')];
  const id = (f[3] ?? '').split('^');
  const name = (id[1] || id[0] || '').trim();
  const code = id[1] && id[0] && !/^\d+-\d$/.test(id[0]) ? id[0].trim() : '';
  // SN values: "<^0.01", ">^1000", "^182"; coded values: "NEG^Negative^L" → the text.
  const raw = f[5] ?? '';
  const parts = raw.split('^');
  const value = (f[2] === 'SN' ? parts.join('') : parts.length > 1 ? parts[1] || parts[0] : raw).replace(/~/g, ' ').trim();
  const unit = (f[6] ?? '').split('^')[0].trim();
  const range = (f[7] ?? '').trim();
  const flag = (f[8] ?? '').split('~')[0].trim();
  if (!name || !value) return '';
  const flagText = /^(?:HH|LL|H|L)$/.test(flag) ? flag : /^(?:>|<)$/.test(flag) ? '' : '';
  const shownName = code && !name.toLowerCase().includes(code.toLowerCase()) && /^[A-Za-z][A-Za-z0-9-]{0,9}$/.test(code) ? `${name} (${code})` : name;
  return [shownName, value, flagText, unit, range].filter(Boolean).join(CELL_GAP);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** JSON, or JSON-ish (single quotes, unquoted keys, trailing commas) → a value, or undefined. */
export function parseJsonish(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    const relaxed = text
      .replace(/'([^'\\]*)'/g, (_, s: string) => JSON.stringify(s))
      .replace(/([{,]\s*)([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]*)\s*:/g, '$1"$2":')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(relaxed) as Json;
    } catch {
      return undefined;
    }
  }
}

const scalar = (v: Json | undefined): string | undefined =>
  typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : typeof v === 'boolean' ? undefined : undefined;

/** Rows of a JSON value: every object with a value key and a name (its own key, or the key it stands under). */
export function jsonRows(v: Json, under?: string): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => jsonRows(x, under));
  if (!v || typeof v !== 'object') return [];
  const byRole = new Map<ColumnRole | 'low' | 'high', string>();
  const nested: [string, Json][] = [];
  for (const [k, x] of Object.entries(v)) {
    const key = k
      .normalize('NFKC')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
    const bound = /^(?:ref |reference |normal |range )?(?:low|lower|min|lo)(?: limit| bound)?$/.test(key)
      ? 'low'
      : /^(?:ref |reference |normal |range )?(?:high|upper|max|hi)(?: limit| bound)?$/.test(key)
        ? 'high'
        : undefined;
    if (x && typeof x === 'object' && !Array.isArray(x) && columnRole(k) === 'range') {
      const lo = scalar(x.low ?? x.lower ?? x.min);
      const hi = scalar(x.high ?? x.upper ?? x.max);
      const text = scalar(x.text) ?? (lo !== undefined || hi !== undefined ? `${lo ?? ''}-${hi ?? ''}` : undefined);
      if (text)
        byRole.set(
          'range',
          text
            .replace(/^-/, '<')
            .replace(/-$/, '')
            .replace(/^(\d[\d.]*)$/, lo !== undefined && hi === undefined ? '>=$1' : '$1'),
        );
      continue;
    }
    if (x !== null && typeof x === 'object') {
      nested.push([k, x]);
      continue;
    }
    const s = scalar(x);
    if (s === undefined || s === '') continue;
    const role = bound ?? columnRole(k);
    if (role && !byRole.has(role)) byRole.set(role, s);
  }
  const out: string[] = [];
  let name = byRole.get('name') ?? byRole.get('code') ?? under;
  const code = byRole.get('code');
  if (name && code && name !== code && !name.includes(code)) name = `${name} (${code})`;
  const value = byRole.get('value');
  if (name && value !== undefined) {
    const range = byRole.get('range') ?? (byRole.has('low') || byRole.has('high') ? `${byRole.get('low') ?? ''}-${byRole.get('high') ?? ''}` : '');
    const flag = byRole.get('flag') ?? '';
    const fixedRange = range.replace(/^-(.+)$/, '<=$1').replace(/^(.+)-$/, '>=$1');
    out.push([name, value, /^(?:n|normal|正常|-|false)$/i.test(flag) ? '' : flag, byRole.get('unit') ?? '', fixedRange].filter(Boolean).join(CELL_GAP));
  }
  for (const [k, x] of nested) out.push(...jsonRows(x, /^\d+$/.test(k) ? under : k));
  return out;
}
