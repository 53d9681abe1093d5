// Diagnosis by ICD-10: exact code (or a name/synonym mapped to it) earns full credit, the same 4-character
// subcategory or 3-character category partial credit. Top-1 reads the first diagnosis; ranked mode scores a
// differential list by reciprocal rank (capped at k, so listing everything does not pay).
// Unmapped answers are left for the judge model (fallback) when one is configured.
import { compareIcd, ICD_CODE_IN_TEXT_RE, parseIcdCode, type IcdCode, type IcdMatchLevel } from '../../knowledge/icd10.js';
import { foldWidth, normTerm } from '../../knowledge/term-text.js';
import { extractAnswer, jsonObjects, visibleAnswer } from './extract.js';
import type { RuleVerifier, Score, VerifyContext } from './types.js';

export interface DiagnosisReference {
  /** Gold ICD-10 code; when absent, `name` is mapped through the ICD index. */
  code?: string;
  name?: string;
  mode?: 'top1' | 'ranked';
  /** Ranked mode: how many listed diagnoses are read (default 5). */
  k?: number;
  /** Credit for a subcategory / category match (defaults 0.75 / 0.5). */
  subcategoryCredit?: number;
  categoryCredit?: number;
}

export interface DiagnosisCandidate {
  text: string;
  code: IcdCode | null;
}

const KEYWORD_RE = /(最终诊断|初步诊断|鉴别诊断|诊断|diagnos[ie]s|differential)/gi;
const ITEM_SPLIT_RE = /\n|；|;|(?:^|\s)\d+[.、)]\s*|[,，、](?=\s*[^\d\s])/u;
const CLEAN_RE = /^[\s*#>\-•:：]+|^\d+[.、)]\s*|[\s*。.]+$/g;
const LEAD_RE = /^(?:(?:最终|初步|鉴别)?诊断(?:为|是|考虑)?|考虑|(?:most likely |final )?diagnos[ie]s(?: is)?|可能是|疑似)\s*[:：]?\s*/i;

function segmentOf(response: string): { items: string[]; formatOk: boolean } {
  const ex = extractAnswer(response, null, { jsonKeys: ['diagnoses', 'diagnosis', 'icd10', 'icd', '诊断', 'answer'] });
  if (ex.via === 'json' && ex.json) {
    for (const k of ['diagnoses', 'diagnosis', 'icd10', 'icd', '诊断', 'answer']) {
      const v = ex.json[k];
      if (Array.isArray(v)) return { items: v.map((x) => (typeof x === 'string' ? x : Object.values(x as object).join(' '))), formatOk: true };
      if (typeof v === 'string') {
        const code = typeof ex.json.code === 'string' ? ` ${ex.json.code}` : typeof ex.json.icd10 === 'string' && k !== 'icd10' ? ` ${ex.json.icd10}` : '';
        return { items: [v + code], formatOk: true };
      }
    }
  }
  if (ex.via === 'tag' && ex.answer) return { items: ex.answer.split(ITEM_SPLIT_RE).filter(Boolean), formatOk: true };
  const visible = visibleAnswer(response);
  if (!visible) return { items: [], formatOk: false };
  const tail = visible.length > 4000 ? visible.slice(visible.length - 4000) : visible;
  KEYWORD_RE.lastIndex = 0;
  let last = -1;
  for (let m = KEYWORD_RE.exec(tail); m; m = KEYWORD_RE.exec(tail)) last = m.index;
  const seg = last >= 0 ? tail.slice(last, last + 800) : tail.slice(Math.max(0, tail.length - 400));
  return { items: seg.split(ITEM_SPLIT_RE).filter(Boolean), formatOk: false };
}

/** The diagnoses a response commits to, in order, each mapped to a code where the rules can. */
export function diagnosisCandidates(response: string, ctx: VerifyContext, max = 10): { list: DiagnosisCandidate[]; formatOk: boolean } {
  const { items, formatOk } = segmentOf(response);
  const list: DiagnosisCandidate[] = [];
  for (const raw of items) {
    if (list.length >= max) break;
    const text = foldWidth(raw).replace(CLEAN_RE, '').replace(LEAD_RE, '').trim();
    if (!text || text.length > 200) continue;
    ICD_CODE_IN_TEXT_RE.lastIndex = 0;
    const m = ICD_CODE_IN_TEXT_RE.exec(text);
    let code = m ? parseIcdCode(m[1]) : null;
    if (!code && ctx.icd) {
      const byName = ctx.icd.resolveName(text.replace(/\(.*?\)$/, '')) ?? undefined;
      // A dictionary name inside the item counts only when it is most of the item: "肠炎" inside
      // "阑尾的急性化脓性炎症（俗称盲肠炎）" is not the diagnosis (that one goes to the judge).
      const inner = byName ? undefined : ctx.icd.findNames(text, 1)[0];
      const found = byName?.entry ?? (inner && normTerm(inner.name).length * 2 >= normTerm(text).length ? inner : undefined);
      code = found ? found.code : null;
    }
    if (!code && /^(diagnos|诊断|鉴别)/i.test(text)) continue;
    list.push({ text, code });
  }
  return { list, formatOk };
}

function goldCode(ref: DiagnosisReference, ctx: VerifyContext): IcdCode | null {
  if (ref.code) return parseIcdCode(ref.code);
  if (ref.name && ctx.icd) return ctx.icd.resolveName(ref.name)?.entry.code ?? null;
  return null;
}

export const verifyDiagnosis: RuleVerifier<DiagnosisReference> = (response, ref, ctx): Score => {
  const gold = goldCode(ref, ctx);
  if (!gold) return { score: 0, reason: 'gold-unmapped', acc: false, fallback: response.slice(-2000) };
  const { list, formatOk } = diagnosisCandidates(response, ctx);
  if (list.length === 0) return { score: 0, reason: 'no-diagnosis', acc: false, formatOk: false };
  const credit: Record<IcdMatchLevel, number> = { exact: 1, subcategory: ref.subcategoryCredit ?? 0.75, category: ref.categoryCredit ?? 0.5, none: 0 };
  const k = ref.mode === 'ranked' ? ref.k ?? 5 : 1;
  let best = 0;
  let bestReason = 'wrong';
  let unmapped: string | undefined;
  for (let r = 0; r < Math.min(k, list.length); r++) {
    const c = list[r];
    if (!c.code) {
      unmapped ??= c.text;
      continue;
    }
    const level = compareIcd(c.code, gold);
    const s = credit[level] / (r + 1);
    if (s > best) {
      best = s;
      bestReason = `${level}@${r + 1}`;
    }
  }
  const pred = list.slice(0, k).map((c) => (c.code ? `${c.text}[${c.code.core}]` : c.text)).join(' | ');
  if (best === 0 && unmapped) return { score: 0, reason: 'unmapped', acc: false, pred, formatOk, fallback: unmapped };
  return { score: best, reason: best === 0 ? `wrong:${list[0].code?.core ?? list[0].text}` : bestReason, acc: best >= 1, pred, formatOk };
};
