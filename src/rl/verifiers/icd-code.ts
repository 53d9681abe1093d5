// Diagnosis by ICD-10, reading the name and the code together. The name is resolved through the clinical
// edition (names, synonyms, looser variants) and the code is placed in its hierarchy relative to the gold
// (`relateIcd`): the same entry or a more specific child earns full credit — with a WHO 4-character code or the
// clinical code, either edition — a sibling none (an S12.2 C3 fracture is not a C2 odontoid fracture), and a
// right code under a wrong name is not full credit. Top-1 reads the first diagnosis; ranked mode scores a
// differential list by reciprocal rank (capped at k). Unmapped answers are left for the judge model.
import { ICD_CODE_IN_TEXT_RE, looseKey, parseIcdCode, relateIcd, type Icd10Entry, type IcdCode, type IcdRelation } from '../../knowledge/icd10.js';
import { termAtomsBase } from '../../knowledge/term-atoms.js';
import { foldWidth, normTerm } from '../../knowledge/term-text.js';
import { extractAnswer, visibleAnswer } from './extract.js';
import type { RuleVerifier, Score, VerifyContext } from './types.js';

export interface DiagnosisReference {
  /** Gold ICD-10 code; when absent, `name` is mapped through the ICD index. */
  code?: string;
  name?: string;
  mode?: 'top1' | 'ranked';
  /** Ranked mode: how many listed diagnoses are read (default 5). */
  k?: number;
  /** Credit for the right disease named less specifically than the gold (a parent; default 0.5). */
  subcategoryCredit?: number;
  /** Credit for a right code under a wrong or less specific name (default 0.3). */
  categoryCredit?: number;
}

export interface DiagnosisCandidate {
  text: string;
  /** The name part (text without the code), '' when only a code was given. */
  name: string;
  /** The code written in the answer, if any. */
  written: IcdCode | null;
  /** The entry the name resolves to, if any. */
  entry?: Icd10Entry;
  /** Written code, else the name's code (for logs and ranking). */
  code: IcdCode | null;
}

const KEYWORD_RE = /(最终诊断|初步诊断|鉴别诊断|诊断|diagnos[ie]s|differential)/gi;
const ITEM_SPLIT_RE = /\n|；|;|(?:^|\s)\d+[.、)]\s*|[,，、](?=\s*[^\d\s])/u;
const CLEAN_RE = /^[\s*#>\-•:：]+|^\d+[.、)]\s*|[\s*。.]+$/g;
const LEAD_RE = /^(?:(?:最终|初步|鉴别)?诊断(?:为|是|考虑)?|考虑|(?:most likely |final )?diagnos[ie]s(?: is)?|可能是|疑似)\s*[:：]?\s*/i;
const CODE_WORD_RE = /\b(?:ICD-?10|icd|code|编码)\s*[:：]?\s*/gi;
const LATIN_RE = /^[\x20-\x7e]+$/;

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

// Rollouts repeat the same diagnosis names: lookups are memoised per ICD index (bounded).
const resolved = new WeakMap<object, Map<string, Icd10Entry | null>>();

function resolve(name: string, ctx: VerifyContext): Icd10Entry | undefined {
  if (!ctx.icd || !name) return undefined;
  let memo = resolved.get(ctx.icd);
  if (!memo) resolved.set(ctx.icd, (memo = new Map()));
  const hit = memo.get(name);
  if (hit !== undefined) return hit ?? undefined;
  if (memo.size >= 50_000) memo.clear();
  const entry = lookup(name, ctx);
  memo.set(name, entry ?? null);
  return entry;
}

function lookup(name: string, ctx: VerifyContext): Icd10Entry | undefined {
  if (!ctx.icd) return undefined;
  const bare = name.replace(/[(（][^()（）]*[)）]$/u, '').trim();
  // A trailing qualifier is the classification's inverted title written out (肥胖症（单纯性） = 单纯性肥胖症): read it
  // in its natural place before the bare name.
  const q = /^(.+?)[(（]([^()（）]{2,}(?:性|型))[)）]$/u.exec(name);
  const hit = (q ? ctx.icd.resolveName(`${q[2]}${q[1]}`) : undefined) ?? ctx.icd.resolveName(name) ?? (bare !== name ? ctx.icd.resolveName(bare) : undefined);
  if (hit) return hit.entry;
  // A dictionary name inside the item counts only when it is most of the item: "肠炎" inside
  // "阑尾的急性化脓性炎症（俗称盲肠炎）" is not the diagnosis (that one goes to the judge).
  const inner = ctx.icd.findNames(name, 1)[0];
  return inner && normTerm(inner.name).length * 2 >= normTerm(name).length ? inner : undefined;
}

/** Both names place the disease on a shared organ (each names at least one). */
function sameOrgan(a: string, b: string): boolean {
  // The lexicon this check was measured with (the label words' sites have no parts: see termAtomsBase).
  const x = termAtomsBase(a).sites;
  const y = termAtomsBase(b).sites;
  return x.length > 0 && y.length > 0 && x.some((s) => y.includes(s));
}

/** An English name placed on another organ than the gold's (parotitis for 颌下腺炎): another disease. */
function otherOrgan(name: string, goldName: string | undefined): boolean {
  if (!goldName || !LATIN_RE.test(name)) return false;
  const a = termAtomsBase(name).sites;
  const b = termAtomsBase(goldName).sites;
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

/**
 * The Latin-letter gloss of a Chinese name ("蜡泪样骨病（Melorheostosis）", "Melorheostosis（蜡泪样骨病）"): one bracketed
 * part, one outside, one of them Chinese and the other a name in Latin letters of at least two letters' words. Null otherwise
 * (a bracketed qualifier such as （单纯性） or a code).
 */
export function latinGloss(name: string): string | null {
  const m = /^([^()（）]+)[(（]([^()（）]+)[)）]$/u.exec(name.trim());
  if (!m) return null;
  const [outside, inside] = [m[1].trim(), m[2].trim()];
  const isLatinName = (x: string) => LATIN_RE.test(x) && /[a-z]{4}/iu.test(x) && !/\d/u.test(x);
  const isHan = (x: string) => /[\u4e00-\u9fff]/u.test(x);
  if (isHan(outside) && isLatinName(inside)) return inside;
  if (isLatinName(outside) && isHan(inside)) return outside;
  return null;
}

/**
 * Trimming the punctuation around a name takes the bracket that closes its qualifier too ("气管新生物（动态未定）",
 * "肥胖症（单纯性）"): put it back when the name opens one, so the name is read with its qualifier, not as a torn word.
 */
function closeQualifier(name: string): string {
  const open = name.lastIndexOf('（') > name.lastIndexOf('）') ? '）' : name.lastIndexOf('(') > name.lastIndexOf(')') ? ')' : '';
  return open ? `${name}${open}` : name;
}

/** The diagnoses a response commits to, in order, each with its written code and resolved name. */
export function diagnosisCandidates(response: string, ctx: VerifyContext, max = 10): { list: DiagnosisCandidate[]; formatOk: boolean } {
  const { items, formatOk } = segmentOf(response);
  const list: DiagnosisCandidate[] = [];
  for (const raw of items) {
    if (list.length >= max) break;
    const text = foldWidth(raw).replace(CLEAN_RE, '').replace(LEAD_RE, '').trim();
    if (!text || text.length > 200) continue;
    ICD_CODE_IN_TEXT_RE.lastIndex = 0;
    const m = ICD_CODE_IN_TEXT_RE.exec(text);
    const written = m ? parseIcdCode(m[1]) : null;
    const bareName = (m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text)
      // The manifestation half of a dagger/asterisk pair (E53.8†G32.0*) is a code, not part of the name.
      .replace(/[†‡*+]\s*[A-TV-Z]\d{2}(?:\.[0-9xX]{1,4})?\s*\*?|[†‡*]/g, '')
      .replace(CODE_WORD_RE, '');
    const name = closeQualifier(
      bareName
        .replace(/[\s()（）[\]【】,，:：;；\-–—]+$/u, '')
        .replace(/^[\s()（）[\]【】,，:：\-–—]+/u, '')
        .trim(),
    );
    // "Acute appendicitis, ICD-10 K35.9" splits at the comma: a bare code belongs to the name before it.
    const prev = list[list.length - 1];
    if (!name && written && prev && !prev.written) {
      list[list.length - 1] = { ...prev, text: `${prev.text} ${text}`, written, code: written };
      continue;
    }
    const entry = name ? resolve(name, ctx) : undefined;
    if (!written && !entry && /^(diagnos|诊断|鉴别)/i.test(text)) continue;
    list.push({ text, name, written, entry, code: written ?? entry?.code ?? null });
  }
  return { list, formatOk };
}

/** The gold code and name; `explicit` when the label itself names the disease (not looked up from the code). */
interface Gold {
  code: IcdCode;
  name?: string;
  explicit: boolean;
}

function goldOf(ref: DiagnosisReference, ctx: VerifyContext): Gold | null {
  if (ref.code) {
    const code = parseIcdCode(ref.code);
    return code ? { code, name: ref.name ?? ctx.icd?.byCode(ref.code)?.name, explicit: !!ref.name } : null;
  }
  if (ref.name && ctx.icd) {
    const e = ctx.icd.resolveName(ref.name)?.entry;
    return e ? { code: e.code, name: ref.name, explicit: true } : null;
  }
  return null;
}

const key = (s: string) => looseKey(normTerm(s).replace(/^(小儿|儿童|成人|老年人?)/u, ''));

/** The candidate name names the gold disease (same or synonym), a more specific form of it, or not. */
function nameRelation(c: DiagnosisCandidate, gold: Gold): IcdRelation | 'unknown' {
  if (gold.name && key(c.name) === key(gold.name)) return 'same';
  const g = gold.name ? normTerm(gold.name) : '';
  const n = normTerm(c.name);
  // A more specific form: the gold name inside it, or wrapped around an inserted qualifier
  // (急性白血病 → 急性髓系白血病); each part at least two characters so 肠炎 ⊄ 肠系膜淋巴结炎.
  if (g.length >= 2 && n.length > g.length) {
    if (n.includes(g)) return 'child';
    for (let i = 2; i <= g.length - 2; i++) if (n.startsWith(g.slice(0, i)) && n.endsWith(g.slice(i))) return 'child';
  }
  // Less specific than the gold (喉炎 for 急性喉炎), whatever the extension codes say.
  if (gold.explicit && n.length >= 2 && g.length > n.length && g.includes(n)) return 'parent';
  if (c.entry) {
    const r = relateIcd(c.entry.code, gold.code);
    // The gold's own name may sit under a different entry than the one its code labels.
    if (r !== 'same' && gold.name && key(c.entry.name) === key(gold.name)) return 'same';
    // A code-hierarchy child whose name shares nothing with the gold's is another condition filed under the
    // gold's catch-all code (创伤后硬脑膜下积液 under 脑积水 G91.9), not a more specific form of it.
    if (r === 'child' && gold.explicit && !sharesBigram(n, g)) return 'sibling';
    // Across subcategories only the name can say "more specific form": under a catch-all K35.9, 阑尾周围脓肿 (K35.1)
    // is a complication, not a kind of 急性阑尾炎 (the name rules above already accepted true subtypes).
    if (r === 'child' && gold.explicit && c.entry.code.sub !== gold.code.sub) return 'sibling';
    return r;
  }
  return 'unknown';
}

const WEAK_BIGRAMS = new Set(['急性', '慢性', '综合', '合征', '先天', '继发', '原发', '特发', '性的', '疾病', '损伤', '感染']);

function sharesBigram(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const bg = a.slice(i, i + 2);
    if (!WEAK_BIGRAMS.has(bg) && b.includes(bg)) return true;
  }
  return false;
}

/** Every character of `gold` (with multiplicity) in `cand`, and at most four more. */
function isRewording(gold: string, cand: string): boolean {
  if (gold.length < 3 || cand.length < gold.length || cand.length > gold.length + 4) return false;
  const pool = [...cand];
  for (const ch of gold) {
    const i = pool.indexOf(ch);
    if (i < 0) return false;
    pool.splice(i, 1);
  }
  return true;
}

function isSubsequence(needle: string, hay: string): boolean {
  if (needle.length < 2 || hay.length < needle.length) return false;
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

/** Written the WHO way: category plus at most one digit (K92.2), no clinical subdivision or extension. */
function isWhoCode(c: IcdCode): boolean {
  return !c.ext && /^[A-Z]\d{2}(\.[0-9xX])?$/i.test(c.raw.replace(/[*†+].*$/, '').trim());
}

function dice(a: string, b: string): number {
  const A = [...normTerm(a)];
  const B = [...normTerm(b)];
  if (!A.length || !B.length) return 0;
  const pool = [...B];
  let hit = 0;
  for (const ch of A) {
    const i = pool.indexOf(ch);
    if (i >= 0) {
      hit++;
      pool.splice(i, 1);
    }
  }
  return (2 * hit) / (A.length + B.length);
}

/** Credit for one candidate and why. */
function credit(c: DiagnosisCandidate, gold: Gold, ref: DiagnosisReference): { s: number; why: string } {
  const parentCredit = ref.subcategoryCredit ?? 0.5;
  const codeOnlyCredit = ref.categoryCredit ?? 0.3;
  const codeRel = c.written ? relateIcd(c.written, gold.code) : null;
  const codeOk = codeRel === 'same' || codeRel === 'child' || codeRel === 'parent';
  if (!c.name) {
    if (codeRel === 'same' || codeRel === 'child') return { s: 1, why: `code-${codeRel}` };
    return { s: codeRel === 'parent' ? parentCredit : 0, why: `code-${codeRel ?? 'none'}` };
  }
  const nameRel = nameRelation(c, gold);
  if (nameRel === 'same' || nameRel === 'child') {
    // The right disease. Its code may be the gold's, a coarser WHO/clinical parent, or the candidate's own
    // (more specific) code; any other code is a coding error.
    const ownCode = c.entry && c.written ? relateIcd(c.written, c.entry.code) : null;
    if (!c.written || codeOk || ownCode === 'same' || ownCode === 'parent') return { s: 1, why: `name-${nameRel}` };
    return { s: parentCredit, why: `name-${nameRel},code-${codeRel}` };
  }
  // A Chinese name glossed in Latin letters (蜡泪样骨病（Melorheostosis）) is read as its gloss, as an English name is (s41).
  const gloss = latinGloss(c.name);
  if (nameRel === 'unknown' && (otherOrgan(c.name, gold.name) || (gloss !== null && otherOrgan(gloss, gold.name))))
    return { s: codeRel === 'same' || codeRel === 'child' ? codeOnlyCredit : 0, why: 'wrong-organ' };
  if (nameRel === 'unknown') {
    // A name the terminology does not know (English, or an unlisted synonym): the code decides, but a Chinese
    // name that shares little with the gold's is not trusted to be the same disease.
    // A Latin gloss gives no trust (s41 review, S1): a wrong Chinese name glossed to match itself (肺血管痉挛（pulmonary
    // vasospasm）with I26.9 for 肺栓塞) or a hedge in brackets (待查（appendicitis or diverticulitis）) was paid in full by the
    // code alone. The gloss still places the name on its organ (wrong-organ above).
    const trusted = LATIN_RE.test(c.name) || !gold.name || dice(c.name, gold.name) >= 0.5;
    if (codeRel === 'same' || codeRel === 'child') return { s: trusted ? 1 : parentCredit, why: `code-${codeRel},name-unknown` };
    // A WHO 4-character code is as specific as the WHO edition gets: with an English name it is the answer.
    // (A gold written A35.x00 has no fourth character: the WHO code is the category, A35.)
    const whoSame =
      c.written &&
      (c.written.sub === gold.code.sub || (/\.X$/i.test(gold.code.sub) && c.written.sub === c.written.category && c.written.category === gold.code.category));
    if (codeRel === 'parent' && trusted && isWhoCode(c.written!) && whoSame) return { s: 1, why: 'who-code,name-unknown' };
    if (codeRel === 'parent') return { s: parentCredit, why: 'code-parent,name-unknown' };
    // No code, a name the terminology lacks, made of the gold name's characters plus a short qualifier
    // (胆囊炎急性发作 for 急性胆囊炎): a rewording of the gold.
    if (!c.written && gold.name && isRewording(normTerm(gold.name), normTerm(c.name))) return { s: 1, why: 'name-rewording' };
    return { s: 0, why: c.written ? `wrong:${c.written.raw}` : 'unmapped' };
  }
  // The written code agrees and every character of the gold name appears in order in the answer's name
  // (肺动脉栓塞 for 肺栓塞): a synonym the terminology files under another entry.
  if (codeOk && gold.name && isSubsequence(normTerm(gold.name), normTerm(c.name))) return { s: 1, why: `name-synonym,code-${codeRel}` };
  if (nameRel === 'parent') return { s: codeOk ? parentCredit : parentCredit / 2, why: 'name-parent' };
  // The name sits on another entry of the gold's own WHO subcategory (亚急性细菌性心内膜炎 I33.007 for 亚急性感染性
  // 心内膜炎 I33.002), written with that subcategory's code, on the same organ: the clinical edition's finer split of
  // one WHO disease, not another disease (腮腺炎 vs 颌下腺炎 under K11.2 differ by organ and stay wrong).
  if (
    nameRel === 'sibling' &&
    codeOk &&
    c.entry &&
    c.entry.code.sub === gold.code.sub &&
    c.written &&
    isWhoCode(c.written) &&
    gold.name &&
    sameOrgan(c.name, gold.name)
  )
    return { s: 1, why: 'name-same-subcategory' };
  // A different disease by name: a right code does not make it right.
  return { s: codeRel === 'same' || codeRel === 'child' ? codeOnlyCredit : 0, why: `wrong-name:${c.entry?.code.raw ?? c.name}` };
}

export const verifyDiagnosis: RuleVerifier<DiagnosisReference> = (response, ref, ctx): Score => {
  const gold = goldOf(ref, ctx);
  if (!gold) return { score: 0, reason: 'gold-unmapped', acc: false, fallback: response.slice(-2000) };
  const { list, formatOk } = diagnosisCandidates(response, ctx);
  if (list.length === 0) return { score: 0, reason: 'no-diagnosis', acc: false, formatOk: false };
  const k = ref.mode === 'ranked' ? (ref.k ?? 5) : 1;
  let best = 0;
  let bestReason = 'wrong';
  let unmapped: string | undefined;
  for (let r = 0; r < Math.min(k, list.length); r++) {
    const c = list[r];
    const { s: raw, why } = credit(c, gold, ref);
    if (why === 'unmapped') {
      unmapped ??= c.text;
      continue;
    }
    const s = raw / (r + 1);
    if (s > best) {
      best = s;
      bestReason = `${why}@${r + 1}`;
    } else if (best === 0 && r === 0) bestReason = why;
  }
  const pred = list
    .slice(0, k)
    .map((c) => (c.code ? `${c.name || c.text}[${c.code.raw}]` : c.text))
    .join(' | ');
  if (best === 0 && unmapped) return { score: 0, reason: 'unmapped', acc: false, pred, formatOk, fallback: unmapped };
  return { score: Math.round(best * 1000) / 1000, reason: bestReason, acc: best >= 1, pred, formatOk };
};
