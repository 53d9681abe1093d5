// MedQuAD XML: one document per answered question, titled with the focus; synonyms, CUIs and the page URL kept.
import { XMLParser } from 'fast-xml-parser';
import type { Doc } from '../../core/types.js';
import { docId, makeDoc } from '../doc.js';
import { kbErrors } from '../errors.js';
import { readTextFile, type Loader, type LoaderContext } from './types.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  trimValues: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // MedQuAD files come in three spellings (<Document>, <DiseaseFile>, <doc>); lower-case tags fold them together.
  transformTagName: (name) => name.toLowerCase(),
  isArray: (name) => ['qapair', 'pair', 'synonym', 'cui', 'semantictype'].includes(name),
});

/** Human labels for MedQuAD's question types (used as the section heading when questions are left out). */
const QTYPE_LABEL: Record<string, string> = {
  information: 'Overview',
  symptoms: 'Symptoms',
  causes: 'Causes',
  treatment: 'Treatment',
  'exams and tests': 'Exams and tests',
  susceptibility: 'Who is at risk',
  prevention: 'Prevention',
  outlook: 'Outlook',
  stages: 'Stages',
  research: 'Research',
  inheritance: 'Inheritance',
  frequency: 'Frequency',
  'genetic changes': 'Genetic changes',
  complications: 'Complications',
  considerations: 'Considerations',
  'support groups': 'Support groups',
};

function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (typeof node === 'object' && '#text' in (node as Record<string, unknown>)) return String((node as Record<string, unknown>)['#text']);
  return '';
}

function list(node: unknown): string[] {
  if (!Array.isArray(node)) return node === undefined ? [] : [text(node)].filter(Boolean);
  return node.map(text).filter(Boolean);
}

/** MedQuAD flattens bullet lists into runs of spaces; restore line breaks so chunking sees them. */
function restoreBreaks(answer: string): string {
  return answer.replace(/\s{2,}-\s+/g, '\n- ').replace(/ {4,}/g, '\n');
}

/** The focus's entity type from its UMLS semantic group (most MedQuAD foci are disorders). */
function entityType(group: string): 'disease' | 'drug' | 'check' {
  if (/chemicals|drugs/i.test(group)) return 'drug';
  if (/procedures/i.test(group)) return 'check';
  return 'disease';
}

/** Pure: one MedQuAD XML file's text → documents (unanswered pairs skipped). */
export function parseMedquadXml(xml: string, file: string, ctx: LoaderContext): Doc[] {
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(xml, true) as Record<string, unknown>;
  } catch (err) {
    throw kbErrors.KB_FILE_INVALID({ file, reason: `not well-formed XML: ${err instanceof Error ? err.message : String(err)}` });
  }
  const root = (tree.document ?? tree.diseasefile ?? tree.doc) as Record<string, unknown> | undefined;
  if (!root || typeof root !== 'object') throw kbErrors.KB_FILE_INVALID({ file, field: 'Document', reason: 'no <Document> root element (not MedQuAD XML)' });
  const focus = text(root.focus ?? root['doctitle-focus']);
  const docNumber = String(root['@_id'] ?? root['@_fid'] ?? root['@_docid'] ?? '');
  if (!docNumber) throw kbErrors.KB_FILE_INVALID({ file, field: 'Document@id', reason: 'missing document id' });
  const collection = String(root['@_source'] ?? root['@_corpus'] ?? '');
  const ann = (root.focusannotations ?? {}) as Record<string, unknown>;
  const umls = (ann.umls ?? root.umls ?? {}) as Record<string, unknown>;
  const cuis = list((umls.cuis as Record<string, unknown> | undefined)?.cui ?? umls.cui);
  const semanticTypes = list((umls.semantictypes as Record<string, unknown> | undefined)?.semantictype ?? umls.semantictype);
  const synonyms = list((ann.synonyms as Record<string, unknown> | undefined)?.synonym);
  const qa = (root.qapairs ?? {}) as Record<string, unknown>;
  const pairs = (qa.qapair ?? qa.pair ?? []) as Record<string, unknown>[];
  const resolved = ctx.source('medquad');
  const includeQuestions = ctx.options.includeQuestions ?? true;
  const fileBase = (file.split(/[\\/]/).pop() ?? docNumber).replace(/\.xml$/i, '') || docNumber;
  const docs: Doc[] = [];
  for (const pair of pairs) {
    const q = pair.question as Record<string, unknown> | string | undefined;
    const question = text(q);
    const qid = typeof q === 'object' && q ? String(q['@_qid'] ?? '') : '';
    const qtype = typeof q === 'object' && q ? String(q['@_qtype'] ?? '') : '';
    const answer = text(pair.answer);
    if (!answer.trim()) continue;
    // Question ids repeat across collections, and a few CancerGov files share one document id
    // (0000013_2.xml, 0000013_2_1.xml, …): collection + file name + pair number is unique.
    const pid = String(pair['@_pid'] ?? (qid.includes('-') ? qid.split('-').pop() : docs.length + 1));
    const local = `${collection || 'medquad'}_${fileBase}-${pid}`;
    const heading = includeQuestions ? question : (QTYPE_LABEL[qtype] ?? qtype);
    docs.push(
      makeDoc({
        id: docId('medquad', local),
        title: focus || question,
        sections: [{ path: heading ? [heading] : [], text: restoreBreaks(answer) }],
        source: resolved.name,
        url: typeof root['@_url'] === 'string' ? root['@_url'] : undefined,
        lang: resolved.lang ?? 'en',
        authority: resolved.authority,
        metadata: {
          collection,
          documentId: docNumber,
          qid: qid || local,
          qtype,
          question,
          focus,
          synonyms,
          cuis,
          semanticTypes,
          semanticGroup: text(umls.semanticgroup) || undefined,
          category: text(ann.category) || undefined,
          entities: { [entityType(text(umls.semanticgroup))]: focus ? [focus, ...synonyms] : synonyms },
        },
      }),
    );
  }
  return docs;
}

export const medquadLoader: Loader = {
  name: 'medquad',
  extensions: [],
  sniff: (head) => /<(Document|DiseaseFile|doc)\b[^>]*>\s*<(Focus|doctitle-focus)>/i.test(head),
  async *load(file, ctx) {
    yield* parseMedquadXml(await readTextFile(file), file, ctx);
  },
};
