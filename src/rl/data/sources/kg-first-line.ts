// A test-ordering key the knowledge graph and the first-line table agree on: of the tests the graph lists for a
// disease, the one the first-line table (knowledge/first-line-tests.ts) names for the disease's ICD-10 code, in
// the table's order of preference. Names are compared through the test terminology (testTermKey, concept lines),
// imaging as the same site and modality, or a graph name that contains the table's key (纤维结肠镜检查 ⊃ 结肠镜,
// 眼压计测量法 ⊃ 眼压). A disease the table does not cover, or whose graph list names none of its tests, gets no
// test item: the graph alone keyed tests that only support the diagnosis (rl-labels-sample-3/4).
import { type FirstLineEntry, firstLineEntry } from '../../../knowledge/first-line-tests.js';
import type { IcdCode } from '../../../knowledge/icd10.js';
import { testConceptOf, testTermKey } from '../../../knowledge/test-terms.js';
import { imagingConcept } from '../../verifiers/test-concepts.js';

export interface FirstLineKey {
  /** The graph's wording of the test (what the item shows). */
  test: string;
  /** The table's wording it matched. */
  tableName: string;
  entry: FirstLineEntry;
}

/** A graph test name and a table name name the same examination. */
export function sameTest(graphName: string, tableName: string): boolean {
  const g = testTermKey(graphName);
  const t = testTermKey(tableName);
  if (!g || !t) return false;
  if (g === t) return true;
  const cg = testConceptOf(graphName);
  if (cg !== undefined && cg === testConceptOf(tableName)) return true;
  const ig = imagingConcept(graphName);
  const it = imagingConcept(tableName);
  // Imaging: the same site and modality exactly (an abdominal scan is not a gallbladder scan for this purpose);
  // imaging never matches a non-imaging name (眼底荧光血管造影 is no 眼底检查 though it contains its key).
  if (ig || it) return !!ig && !!it && !ig.startsWith('|') && ig === it;
  return t.length >= 2 && g.includes(t);
}

/** The first-line test of the disease's code that the graph lists, or why there is none. */
export function firstLineKey(code: IcdCode, listed: readonly string[]): FirstLineKey | { skip: 'no-first-line-entry' | 'no-listed-first-line-test' } {
  const entry = firstLineEntry(code);
  if (!entry) return { skip: 'no-first-line-entry' };
  for (const tableName of entry.tests) {
    // Of the graph names that match, the closest to the table's (心电图 before 动态心电图（Holter监测）, which contains it).
    const test = listed.filter((g) => sameTest(g, tableName)).sort((a, b) => testTermKey(a).length - testTermKey(b).length)[0];
    if (test) return { test, tableName, entry };
  }
  return { skip: 'no-listed-first-line-test' };
}
