// The findings lexicon: every surface form of findings-table.ts mapped to its concept, and the one reader that finds
// concepts in a text — a patient's question and a condition's own description are read by the same reader, so a
// Chinese "脖子僵硬" and an English page's "stiff neck" meet at one concept. Pure: text in, concepts out.
import { bilingualSymptomGroups } from '../bilingual-terms.js';
import { layTermGroups } from '../lay-terms.js';
import { FINDINGS_TABLE } from './findings-table.js';

export type FindingKind = 'finding' | 'person' | 'course' | 'site';

export interface FindingConcept {
  id: number;
  kind: FindingKind;
  /** The line's forms as written (first Chinese, first English form make a readable label). */
  forms: readonly string[];
}

export interface FoundFinding {
  concept: number;
  /** The form as the text wrote it, and where (characters for Chinese, the matched words' first character for English). */
  form: string;
  start: number;
  /** Said under a negation (没有发烧, "no fever", 唔痛唔痕): a finding the writer denies. */
  negated: boolean;
}

export interface FindingLexicon {
  readonly concepts: readonly FindingConcept[];
  /** Every finding a text says, longest form first at each position; a form inside a longer match counts once. */
  read(text: string): FoundFinding[];
  /** A readable name of a concept ("颈痛 / neck pain"). */
  label(concept: number): string;
}

const HAN = /\p{Script=Han}/u;
// Chinese negation right before a finding (the character before, or 没有 two before): 不痛, 没有发烧, 唔痕, 冇发烧.
const ZH_NEG = /(?:不|没|无|唔|冇|未|没有|并无|否认)$/u;
// English negation among the three words before a finding, inside its clause.
// Determiners and possessives are skipped on both sides: "ringing in my ears" is "ringing in the ears".
const EN_SKIP = new Set(['my', 'his', 'her', 'their', 'your', 'our', 'the', 'a', 'an']);
const EN_NEG = new Set(['no', 'not', 'without', 'never', 'denies', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'havent', 'hasnt', 'nor', 'negative']);

/** English word as compared: lower case, apostrophes dropped, a plural's s (not -ss) cut. */
export function stemWord(w: string): string {
  const x = w.toLowerCase().replace(/['’]/g, '');
  if (x.length > 4 && x.endsWith('ies')) return `${x.slice(0, -3)}y`;
  if (x.length > 3 && x.endsWith('s') && !x.endsWith('ss') && !x.endsWith('us')) return x.slice(0, -1);
  return x;
}

/** Pure: parse the table into concepts (a "@kind" line opens a section). */
export function parseFindingsTable(text: string): FindingConcept[] {
  const out: FindingConcept[] = [];
  let kind: FindingKind = 'finding';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('@')) {
      const k = line.slice(1);
      if (k !== 'finding' && k !== 'person' && k !== 'course' && k !== 'site') throw new Error(`findings table: unknown section ${line}`);
      kind = k;
      continue;
    }
    const forms = line
      .split('|')
      .map((f) => f.trim())
      .filter(Boolean);
    if (forms.length) out.push({ id: out.length, kind, forms });
  }
  return out;
}

/**
 * Pure: the table's concepts joined with other groups of one finding's names (the lay-term groups, the bilingual symptom
 * lines): groups sharing a form are one concept; a group of its own is a complaint or sign ('finding').
 */
export function mergeFindingGroups(table: readonly FindingConcept[], groups: readonly (readonly string[])[]): FindingConcept[] {
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const all: { kind?: FindingKind; forms: readonly string[] }[] = [...table, ...groups.map((forms) => ({ forms }))];
  const byForm = new Map<string, number>();
  all.forEach((g, i) => {
    parent[i] = i;
    for (const f of g.forms) {
      const k = f.toLowerCase();
      const j = byForm.get(k);
      if (j === undefined) byForm.set(k, i);
      // A table line never joins another table line (each is one finding as written); a group joins what it shares.
      else if (!(i < table.length && j < table.length)) {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const merged = new Map<number, { kind: FindingKind; forms: Set<string> }>();
  all.forEach((g, i) => {
    const r = find(i);
    const e = merged.get(r) ?? { kind: 'finding' as FindingKind, forms: new Set<string>() };
    if (g.kind && i < table.length && r === i) e.kind = g.kind;
    for (const f of g.forms) e.forms.add(f);
    merged.set(r, e);
  });
  return [...merged.values()].map((e, id) => ({ id, kind: e.kind, forms: [...e.forms] }));
}

let defaults: FindingConcept[] | undefined;
/** The findings table joined with the lay-term groups and the bilingual symptom lines (built once). */
export const defaultFindingConcepts = (): FindingConcept[] =>
  (defaults ??= mergeFindingGroups(parseFindingsTable(FINDINGS_TABLE), [...layTermGroups(), ...bilingualSymptomGroups()]));

export function createFindingLexicon(concepts: readonly FindingConcept[] = defaultFindingConcepts()): FindingLexicon {
  const zh = new Map<string, number>();
  // English forms keyed by their first stemmed word: [stemmed words, concept], longest first.
  const en = new Map<string, { words: string[]; concept: number }[]>();
  let zhMax = 0;
  for (const c of concepts)
    for (const f of c.forms) {
      if (HAN.test(f)) {
        if (!zh.has(f)) zh.set(f, c.id);
        zhMax = Math.max(zhMax, f.length);
      } else {
        const words = (f.toLowerCase().match(/[a-z0-9'’-]+/g) ?? [])
          .flatMap((w) => w.split('-'))
          .map(stemWord)
          .filter((w) => !EN_SKIP.has(w));
        if (!words.length) continue;
        const list = en.get(words[0]) ?? [];
        list.push({ words, concept: c.id });
        en.set(words[0], list);
      }
    }
  for (const list of en.values()) list.sort((a, b) => b.words.length - a.words.length);

  const readZh = (text: string, out: FoundFinding[]) => {
    for (let i = 0; i < text.length; ) {
      let hit = 0;
      for (let len = Math.min(zhMax, text.length - i); len >= 1; len--) {
        const c = zh.get(text.slice(i, i + len));
        if (c === undefined) continue;
        const before = text.slice(Math.max(0, i - 3), i);
        out.push({ concept: c, form: text.slice(i, i + len), start: i, negated: ZH_NEG.test(before) });
        hit = len;
        break;
      }
      i += hit || 1;
    }
  };
  const readEn = (text: string, out: FoundFinding[]) => {
    const tokens = [...text.toLowerCase().matchAll(/[a-z0-9'’]+|[.,;!?()\n]/g)]
      .map((m) => ({ w: stemWord(m[0]), at: m.index ?? 0 }))
      .filter((t) => !EN_SKIP.has(t.w));
    for (let i = 0; i < tokens.length; ) {
      let used = 0;
      for (const cand of en.get(tokens[i].w) ?? []) {
        if (cand.words.every((w, k) => tokens[i + k]?.w === w)) {
          let negated = false;
          for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (/^[.,;!?()\n]$/.test(tokens[k].w)) break;
            if (EN_NEG.has(tokens[k].w)) {
              negated = true;
              break;
            }
          }
          out.push({ concept: cand.concept, form: cand.words.join(' '), start: tokens[i].at, negated });
          used = cand.words.length;
          break;
        }
      }
      i += used || 1;
    }
  };
  return {
    concepts,
    read(text) {
      const out: FoundFinding[] = [];
      if (HAN.test(text)) readZh(text, out);
      if (/[a-z]/i.test(text)) readEn(text, out);
      return out;
    },
    label(id) {
      const c = concepts[id];
      if (!c) return String(id);
      const z = c.forms.find((f) => HAN.test(f));
      const e = c.forms.find((f) => !HAN.test(f));
      return [z, e].filter(Boolean).join(' / ');
    },
  };
}
