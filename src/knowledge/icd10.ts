// ICD-10 (China national clinical edition 2.0) lookup: codes, hierarchy levels, names and synonyms → codes.
// Loaded from a JSONL file of {code, name} (terms/icd10-cn-clinical-v2.jsonl); the index is pure and in memory.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quarkmedHome } from '../core/paths.js';
import { kbErrors } from './errors.js';
import { scanNames } from './name-scan.js';
import { createNameTrie, type NameTrie } from './name-trie.js';
import { normTerm, termVariants } from './term-text.js';

export const ICD10_FILE = 'icd10-cn-clinical-v2.jsonl';

/** Folder with terminology files: $QUARKMED_TERMS_DIR, else $QUARKMED_HOME/terms. */
export function defaultTermsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.QUARKMED_TERMS_DIR?.trim() || join(quarkmedHome(env), 'terms');
}

export interface IcdCode {
  /** As written in the source, e.g. "I10.x00x002" or "A01.000x005+J17.0*". */
  raw: string;
  /** 3-character category, e.g. "I10". */
  category: string;
  /** WHO 4-character subcategory, e.g. "I10.x" / "J18.9" (category alone when absent). */
  sub: string;
  /** Clinical-edition core code without the xNNN extension, e.g. "I10.x00", "J18.900". */
  core: string;
  /** The clinical edition's extension ("x002"), a distinct, more specific entry under the core code. */
  ext?: string;
}

export type IcdMatchLevel = 'exact' | 'subcategory' | 'category' | 'none';

const CODE_RE = /^([A-Z])(\d{2})(?:\.?([0-9X]{1,3}))?(X\d{3})?/;
/** ICD-10 codes inside free text (a letter, two digits, optional dot and up to 3 more, optional extension). */
export const ICD_CODE_IN_TEXT_RE = /(?<![A-Za-z0-9])([A-TV-Z]\d{2}(?:\.[0-9xX]{1,3}(?:[xX]\d{3})?)?)(?![0-9])/g;

/** Parse an ICD-10 code (dagger/asterisk pairs keep the first, aetiology code). Null when it is not a code. */
export function parseIcdCode(input: string): IcdCode | null {
  const raw = input.trim();
  const first = raw
    .split('+')[0]
    .replace(/[*†\s]/g, '')
    .toUpperCase();
  const m = CODE_RE.exec(first);
  if (!m) return null;
  const category = `${m[1]}${m[2]}`;
  const digits = (m[3] ?? '').replace(/^X$/, 'X');
  const sub = digits ? `${category}.${digits[0].toLowerCase() === 'x' ? 'x' : digits[0]}` : category;
  const core = digits ? `${category}.${digits.padEnd(3, '0').toLowerCase()}` : category;
  return m[4] ? { raw, category, sub, core, ext: m[4].toLowerCase() } : { raw, category, sub, core };
}

export type IcdRelation = 'same' | 'child' | 'parent' | 'sibling' | 'none';

/**
 * Where code `a` sits relative to `b` in the clinical edition's hierarchy: the same entry, a more specific
 * child (an extension under b's core, or a subdivision of b's unspecified ".x00"/"00" code), a parent (a WHO
 * 4-character code or the clinical core above b), a sibling in the same category, or unrelated. Extensions
 * are distinct entries: S12.200x001 (odontoid fracture) and S12.200x011 (C3 fracture) are siblings.
 */
export function relateIcd(a: IcdCode, b: IcdCode): IcdRelation {
  if (a.category !== b.category) return 'none';
  const core = compareIcd({ ...a, ext: undefined }, { ...b, ext: undefined }) === 'exact';
  if (core) {
    if (a.ext === b.ext) return 'same';
    if (!b.ext) return 'child';
    if (!a.ext) return 'parent';
    return 'sibling';
  }
  const unspecified = (c: IcdCode) => c.core === c.category || c.core.endsWith('00') || c.core.endsWith('x0');
  if (a.sub === b.sub) {
    if (unspecified(b) && !b.ext) return 'child';
    if (unspecified(a) && !a.ext) return 'parent';
    return 'sibling';
  }
  // A category's unspecified subcategory (J18.9 "pneumonia, unspecified") stands for the whole category.
  const catchAll = (c: IcdCode) => c.core === c.category || (c.sub.endsWith('.9') && c.core.endsWith('00') && !c.ext);
  if (catchAll(b)) return 'child';
  if (catchAll(a)) return 'parent';
  return 'sibling';
}

/** How closely two codes agree: same core code, same 4-character subcategory, same category, or not at all. */
export function compareIcd(a: IcdCode, b: IcdCode): IcdMatchLevel {
  if (a.core === b.core) return 'exact';
  // A category without subdivisions ("I10") is the same disease as its only clinical code ("I10.x00").
  if ((a.core === a.category && b.core === `${b.category}.x00`) || (b.core === b.category && a.core === `${a.category}.x00`)) {
    return a.category === b.category ? 'exact' : 'none';
  }
  if (a.sub === b.sub && a.sub !== a.category) return 'subcategory';
  if (a.category === b.category) return 'category';
  return 'none';
}

export interface Icd10Entry {
  code: IcdCode;
  name: string;
}

export type NameMatchVia = 'exact' | 'variant' | 'loose';

// Age groups that share the adult code (neonatal conditions have their own P-chapter codes, so 新生儿 stays).
const AGE_PREFIX_RE = /^(小儿|儿童|老年人?|成人)(?=.{2,})/u;
/** Looser key: no "性" linker, no trailing 病/症 (applied to both sides of a lookup). */
export function looseKey(norm: string): string {
  return norm.replace(/性/g, '').replace(/(病|症)$/u, '');
}

export interface Icd10Index {
  readonly size: number;
  /** Entry by code (any form parseIcdCode accepts), exact core match first. */
  byCode(code: string): Icd10Entry | undefined;
  /** Entry by disease name or synonym (normalised: width, punctuation, parenthesised qualifiers). */
  byName(name: string): Icd10Entry | undefined;
  /** byName, with the looser fallback (age prefixes, 性, 病/症) and how the match was made. */
  resolveName(name: string): { entry: Icd10Entry; via: NameMatchVia } | undefined;
  /** Disease names found in text, longest match first, left to right, at most `max`. */
  findNames(text: string, max?: number): Icd10Entry[];
  entries(): readonly Icd10Entry[];
}

export function createIcd10Index(rows: Iterable<{ code: string; name: string }>, extraSynonyms: Record<string, string> = {}): Icd10Index {
  const list: Icd10Entry[] = [];
  const codeMap = new Map<string, Icd10Entry>();
  const nameMap = new Map<string, Icd10Entry>();
  const looseMap = new Map<string, Icd10Entry>();
  const addName = (key: string, e: Icd10Entry) => {
    if (!nameMap.has(key)) nameMap.set(key, e);
  };
  for (const r of rows) {
    const code = parseIcdCode(r.code);
    if (!code) continue;
    const e: Icd10Entry = { code, name: r.name };
    list.push(e);
    if (!codeMap.has(code.core)) codeMap.set(code.core, e);
    if (!codeMap.has(code.raw.toUpperCase())) codeMap.set(code.raw.toUpperCase(), e);
  }
  // Exact names first for every entry, then looser variants, so a variant never shadows a real name.
  for (const e of list) addName(normTerm(e.name), e);
  for (const e of list) for (const v of termVariants(e.name)) addName(v, e);
  for (const [syn, code] of Object.entries(extraSynonyms)) {
    const c = parseIcdCode(code);
    const e = c ? codeMap.get(c.core) : undefined;
    if (e) addName(normTerm(syn), e);
  }
  for (const [k, e] of nameMap) {
    const l = looseKey(k);
    if (l.length >= 2 && !looseMap.has(l)) looseMap.set(l, e);
  }
  // Built on the first findNames (~60 ms, ~4 MB): most users only look codes and names up.
  let names: NameTrie<Icd10Entry> | undefined;
  const nameTrie = (): NameTrie<Icd10Entry> => (names ??= createNameTrie([...nameMap].filter(([k]) => k.length >= 2)));

  return {
    size: list.length,
    byCode(input: string) {
      const c = parseIcdCode(input);
      if (!c) return undefined;
      return codeMap.get(c.raw.toUpperCase()) ?? codeMap.get(c.core) ?? codeMap.get(`${c.core.slice(0, 5)}00`);
    },
    byName(name: string) {
      const n = normTerm(name);
      const hit = nameMap.get(n);
      if (hit) return hit;
      for (const v of termVariants(name)) {
        const h = nameMap.get(v);
        if (h) return h;
      }
      return undefined;
    },
    resolveName(name: string) {
      const n = normTerm(name);
      const exact = nameMap.get(n);
      if (exact) return { entry: exact, via: exact.name === name || normTerm(exact.name) === n ? 'exact' : 'variant' };
      for (const v of termVariants(name)) {
        const h = nameMap.get(v);
        if (h) return { entry: h, via: 'variant' };
      }
      const adult = n.replace(AGE_PREFIX_RE, '');
      const loose = looseMap.get(looseKey(n)) ?? (adult !== n ? (nameMap.get(adult) ?? looseMap.get(looseKey(adult))) : undefined);
      return loose ? { entry: loose, via: 'loose' } : undefined;
    },
    findNames(text: string, max = 10) {
      // Several names (and variants) map to one code: report each core code once.
      return scanNames(normTerm(text), { names: nameTrie(), key: (e) => e.code.core, max });
    },
    entries: () => list,
  };
}

/** Read the JSONL code list; errors name the file and line. */
export function loadIcd10(path: string = join(defaultTermsDir(), ICD10_FILE)): Icd10Index {
  if (!existsSync(path)) {
    throw kbErrors.TERMS_FILE_MISSING({ file: path, hint: 'pass --terms DIR or set QUARKMED_TERMS_DIR to the folder holding it' });
  }
  const rows: { code: string; name: string }[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw kbErrors.TERMS_FILE_INVALID({ file: path, line: i + 1, reason: 'not JSON' });
    }
    const r = row as { code?: unknown; name?: unknown };
    if (typeof r.code !== 'string' || typeof r.name !== 'string') {
      throw kbErrors.TERMS_FILE_INVALID({ file: path, line: i + 1, reason: 'expected {"code": string, "name": string}' });
    }
    rows.push({ code: r.code, name: r.name });
  }
  return createIcd10Index(rows);
}

const cache = new Map<string, Icd10Index>();
/** loadIcd10, memoised per path (the service and builders share one index). */
export function getIcd10(path: string = join(defaultTermsDir(), ICD10_FILE)): Icd10Index {
  let idx = cache.get(path);
  if (!idx) {
    idx = loadIcd10(path);
    cache.set(path, idx);
  }
  return idx;
}
