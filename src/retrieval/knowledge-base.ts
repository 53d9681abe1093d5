// The knowledge base: one SQLite file (documents, chunks, FTS5 terms, sqlite-vec vectors) behind the Retriever contract.
import { backgroundSpans, inBackground } from './background-names.js';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Authority, Doc, DocSection, Lang, SearchHit } from '../core/types.js';
import { defaultDbPath } from '../core/paths.js';
import type { Embedder } from '../models/embedder.js';
import { kbErrors } from '../knowledge/errors.js';
import { joinSections } from '../knowledge/doc.js';
import { REFERENCE_DOC_ID_PREFIX } from '../knowledge/starter/reference-docs.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { ingestInputs, type IngestOptions, type IngestSummary } from './ingest.js';
import { createQueryExpander, type QueryExpander } from './expand.js';
import { questionAspect, sectionIntents } from './intent.js';
import { medicinesBefore, namedSubjectLeads, namesAnyMedicine } from './named-subject.js';
import { canonicalMedicines, createDrugLexicon, type DrugLexicon } from '../knowledge/drugs.js';
import { buildTopicIndex, negatedAt, selectTopics, topicKind, type TopicDocRow, type TopicIndex } from './topics.js';
import { saidAsSensation } from './sensation-sense.js';
import { buildDescribedTopicIndex, type DescribedEntity, type DescribedTopicIndex } from './described-topic.js';
import { checkerVoice, chooseDescribedTopic, DIFFERENTIAL, describedOverNamedOther, narrowNamedFinding } from './described-choice.js';
import { unknownNames, withinEdits } from './unknown-names.js';
import { englishWord, nearEnglishWord } from '../knowledge/english-words.js';
import { createUnpagedNames, type UnpagedNames } from './unpaged-names.js';
import { bilingualGroups } from '../knowledge/bilingual-terms.js';
import { createLayModel } from './lay-description.js';
import { LAY_MODEL_WEIGHTS } from './lay-model-weights.generated.js';

// The shipped lay-description weights (bench/lay-model-train.ts); a version mismatch fails at load, naming the fix.
const LAY_MODEL = createLayModel(LAY_MODEL_WEIGHTS);

import { detectLang } from '../core/lang.js';
import { conditionKey, oneSubject, triagePages } from './one-subject.js';
import { isEmergencyGuidance } from '../safety/red-flags/emergency-docs.js';
import { redFlagLead } from './red-flag-lead.js';
import { createSearcher, DEFAULT_RANKING, type RankingConfig } from './search.js';
import type { Retriever, SearchOptions } from './store.js';
import { ensureSchema, getMeta, needsMigration, setMeta } from './sqlite/schema.js';
import { documentFlags, flagStats, rescreenIfStale, type FlagStats, type PassageFlags } from './sqlite/flags.js';
import { loadVectorExtension, openVectorIndex, storedEmbedder, type VectorIndex } from './sqlite/vectors.js';
import { analyzeChunk, createDocWriter, type EntityType } from './sqlite/writer.js';
import { buildSymptomConditionIndex, type SymptomConditionIndex, type SymptomPage } from '../knowledge/symptom-conditions.js';
import { prevalenceLog10 } from '../knowledge/symptom-checker/prevalence.js';
import { createSymptomChecker, type SymptomChecker } from '../knowledge/symptom-checker/index.js';
import { asksAboutCancer, namesMalignancy } from '../knowledge/malignancy.js';
import { checkerConditions } from './checker-conditions.js';
import { escapeRegExp } from '../core/regex.js';
import { toSimplified } from '../core/han-variants.js';

// The built-in drug lexicon, made once on the first question that tells a symptom after a medicine.
let drugLexicon: DrugLexicon | undefined;
const medicinesIn = (text: string): string[] => canonicalMedicines(text, (drugLexicon ??= createDrugLexicon()));
const isReferenceTable = (hit: { docId: string }) => hit.docId.startsWith(REFERENCE_DOC_ID_PREFIX);

export interface OpenKnowledgeBaseOptions {
  /** Default $QUARKMED_HOME/kb.sqlite. */
  dbPath?: string;
  /** Enables vectors: ingest embeds chunks, hybrid search embeds the query. */
  embedder?: Embedder;
  readonly?: boolean;
  ranking?: Partial<RankingConfig>;
}

export interface SourceStats {
  name: string;
  documents: number;
  chunks: number;
  authority: Authority[];
  lang: Lang[];
}

export interface KbStats {
  dbPath: string;
  schemaVersion: string;
  documents: number;
  chunks: number;
  vectors: number;
  embedder: { id: string; dim: number } | null;
  lexiconWords: number;
  sources: SourceStats[];
  byAuthority: Record<string, number>;
  byLang: Record<string, number>;
  sizeBytes: number;
  /** Screening flags stored with chunks (flagged passages stay out of answers unless allowed). */
  screening: FlagStats;
}

export interface VocabularyEntry {
  term: string;
  type: EntityType | 'lexicon';
}

export interface KnowledgeBase extends Retriever {
  readonly dbPath: string;
  readonly embedder?: Embedder;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Files/folders (any loader format) or documents. Per-file transactions; see IngestSummary. */
  ingest(input: string | string[] | Iterable<Doc> | AsyncIterable<Doc>, options?: IngestOptions): Promise<IngestSummary>;
  stats(): KbStats;
  /** Remove every document of a source; returns how many were removed. */
  removeSource(name: string): number;
  getDocument(id: string): Doc | null;
  /** A document's passages that carry screening flags (empty when clean or unknown). */
  documentFlags(id: string): PassageFlags[];
  /** Add words (e.g. a terminology's entity names) to the segmenter; chunks are re-segmented if any were new. */
  addLexicon(words: { word: string; type: string }[]): number;
  /** Entity names and synonym groups the ingested documents declare (for the terminology). */
  vocabulary(): { entities: VocabularyEntry[]; synonymGroups: string[][] };
  /** Condition, medicine or test names the question says that no page is about (unpaged-names.ts). */
  unpagedNames(question: string): string[];
  /**
   * Build the indexes the first search would build (topics, symptoms, described entities, unpaged names), so the
   * first user does not wait for them: servers and the CLI call it at start-up. Returns the milliseconds spent.
   */
  warm(): number;
  close(): Promise<void>;
}

/** Re-segment every chunk with the current lexicon (after new words arrived). */
/** The disease pages' symptom lists: disease-KG symptom terms (doc_terms) and a disease table's `Symptom` metadata. */
export function readSymptomPages(db: Database.Database): SymptomPage[] {
  const byDoc = new Map<number, SymptomPage & { symptoms: string[] }>();
  for (const r of db
    .prepare(
      "SELECT t.doc_rid AS rid, d.title, d.lang, t.term FROM doc_terms t JOIN documents d ON d.rid = t.doc_rid WHERE t.type = 'symptom' ORDER BY t.doc_rid",
    )
    .all() as { rid: number; title: string; lang: Lang; term: string }[]) {
    const p = byDoc.get(r.rid) ?? { id: r.rid, name: r.title, lang: r.lang, symptoms: [] };
    p.symptoms.push(r.term);
    byDoc.set(r.rid, p);
  }
  for (const r of db
    .prepare("SELECT rid, title, lang, json_extract(metadata, '$.Symptom') AS s FROM documents WHERE json_type(metadata, '$.Symptom') = 'array'")
    .all() as { rid: number; title: string; lang: Lang; s: string }[]) {
    if (byDoc.has(r.rid)) continue;
    const list = (JSON.parse(r.s) as unknown[]).filter((x): x is string => typeof x === 'string');
    if (list.length) byDoc.set(r.rid, { id: r.rid, name: r.title, lang: r.lang, symptoms: list });
  }
  return [...byDoc.values()];
}

/**
 * How common each condition page says it is (log10 of the share; knowledge/symptom-checker/prevalence.ts): the disease
 * KG's prevalence field, and an English page whose title is one of a KG page's English aliases takes that page's figure.
 */
export function readPrevalence(db: Database.Database): Map<number, number> {
  const out = new Map<number, number>();
  const byAlias = new Map<string, number>();
  for (const r of db
    .prepare("SELECT rid, json_extract(metadata, '$.prevalence') AS p, json_extract(metadata, '$.aliases') AS a FROM documents WHERE source = 'disease-kg-zh'")
    .all() as { rid: number; p: string | null; a: string | null }[]) {
    const v = prevalenceLog10(r.p);
    if (v === undefined) continue;
    out.set(r.rid, v);
    for (const a of r.a ? (JSON.parse(r.a) as unknown[]) : []) if (typeof a === 'string' && a.length >= 4) byAlias.set(a.toLowerCase(), v);
  }
  for (const r of db.prepare("SELECT rid, title FROM documents WHERE lang = 'en'").all() as { rid: number; title: string }[]) {
    const v = byAlias.get(r.title.toLowerCase());
    if (v !== undefined) out.set(r.rid, v);
  }
  return out;
}

/**
 * Every condition's descriptive text, one entity per name and language (described-topic.ts): a MedQuAD focus's
 * overview and symptom answers (all its answers are its documents), a disease table's symptom column and reason, a
 * disease-KG page's 概述 and 症状. Pages typed as symptoms or "Other" (procedures, tests) are no described topic.
 */
export function readDescribedEntities(db: Database.Database, lang?: Lang): DescribedEntity[] {
  const byKey = new Map<string, DescribedEntity & { docs: number[]; parts: string[] }>();
  const rows = db
    .prepare(
      `SELECT rid, title, lang, source, sections, json_extract(metadata, '$.focus') AS focus, json_extract(metadata, '$.qtype') AS qtype,
         json_extract(metadata, '$.semanticTypes') AS semanticTypes, json_extract(metadata, '$.category') AS category FROM documents
       WHERE (@lang IS NULL OR lang = @lang)`,
    )
    .all({ lang: lang ?? null }) as {
    rid: number;
    title: string;
    lang: Lang;
    source: string;
    sections: string;
    focus: string | null;
    qtype: string | null;
    semanticTypes: string | null;
    category: string | null;
  }[];
  for (const r of rows) {
    if (topicKind(r) !== 'condition' || (lang && r.lang !== lang)) continue;
    const name = (r.focus ?? r.title).trim();
    const key = `${r.lang}\u0000${name
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()}`;
    const e = byKey.get(key) ?? { name, lang: r.lang, docs: [], text: '', parts: [] };
    e.docs.push(r.rid);
    byKey.set(key, e);
    let sections: { path: string[]; text: string }[] = [];
    try {
      sections = JSON.parse(r.sections) as { path: string[]; text: string }[];
    } catch {
      continue;
    }
    const describes = (path: string) =>
      r.qtype ? r.qtype === 'information' || r.qtype === 'symptoms' : /^(概述|症状|Symptom|Reason|Overview|Symptoms)$/i.test(path);
    for (const s of sections) if (describes(s.path[s.path.length - 1] ?? '')) e.parts.push(s.text);
  }
  return [...byKey.values()].map(({ parts, ...e }) => ({ ...e, text: parts.join('\n') }));
}

function reindexAll(db: Database.Database, analyzer: Analyzer): number {
  const rows = db.prepare('SELECT c.rid, c.section, c.text, d.title FROM chunks c JOIN documents d ON d.rid = c.doc_rid').all() as {
    rid: number;
    section: string;
    text: string;
    title: string;
  }[];
  const ins = db.prepare('INSERT INTO chunks_fts (rowid, title, section, body) VALUES (?, ?, ?, ?)');
  const upSig = db.prepare('UPDATE chunks SET sig = ? WHERE rid = ?');
  db.transaction(() => {
    db.prepare("INSERT INTO chunks_fts(chunks_fts) VALUES ('delete-all')").run();
    for (const r of rows) {
      const a = analyzeChunk(analyzer, r.title, JSON.parse(r.section) as string[], r.text);
      ins.run(r.rid, a.title, a.section, a.body);
      upSig.run(a.sig, r.rid);
    }
    setMeta(db, 'lexicon_hash', analyzer.lexiconHash());
  })();
  return rows.length;
}

/** Embed chunks that have no vector yet (ingested before an embedder was configured); returns how many. */
async function backfillVectors(db: Database.Database, embedder: Embedder, vectors: VectorIndex, batch: number, signal?: AbortSignal): Promise<number> {
  const missing = db
    .prepare('SELECT c.rid, d.title, c.section, c.text FROM chunks c JOIN documents d ON d.rid = c.doc_rid WHERE c.rid NOT IN (SELECT rowid FROM chunks_vec)')
    .all() as { rid: number; title: string; section: string; text: string }[];
  for (let i = 0; i < missing.length; i += batch) {
    const part = missing.slice(i, i + batch);
    const vecs = await embedder.embed(
      part.map((r) => `${r.title}\n${(JSON.parse(r.section) as string[]).join(' > ')}\n${r.text}`),
      signal,
    );
    db.transaction(() => part.forEach((r, j) => vectors.insert(r.rid, vecs[j])))();
  }
  return missing.length;
}

export async function openKnowledgeBase(options: OpenKnowledgeBaseOptions = {}): Promise<KnowledgeBase> {
  const dbPath = resolve(options.dbPath ?? defaultDbPath());
  const readonly = options.readonly ?? false;
  if (!readonly) mkdirSync(dirname(dbPath), { recursive: true });
  else if (!existsSync(dbPath)) throw kbErrors.KB_MISSING({ db: dbPath });
  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly, fileMustExist: readonly });
  } catch (err) {
    throw kbErrors.KB_NOT_A_KB({ db: dbPath, reason: err instanceof Error ? err.message : String(err) });
  }
  try {
    if (readonly && needsMigration(db)) {
      // An older file is upgraded in place once (a short writable connection), then opened read-only as asked.
      db.close();
      const w = new Database(dbPath, { fileMustExist: true });
      try {
        w.pragma('busy_timeout = 10000');
        loadVectorExtension(w);
        ensureSchema(w, dbPath, false);
        rescreenIfStale(w);
      } finally {
        w.close();
      }
      db = new Database(dbPath, { readonly, fileMustExist: true });
    }
    if (!readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // The server may hold the file while a CLI ingest writes: wait for the lock instead of failing at once.
    db.pragma('busy_timeout = 10000');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    loadVectorExtension(db);
    ensureSchema(db, dbPath, readonly);
    // Stored flags follow the current screening rules: a file screened by older rules (or none) is re-screened.
    if (!readonly) rescreenIfStale(db);
  } catch (err) {
    db.close();
    throw err;
  }

  const analyzer = createAnalyzer(db.prepare('SELECT word FROM lexicon').pluck().all() as string[]);
  const writer = createDocWriter(db, analyzer);
  const embedder = options.embedder;
  let vectors: VectorIndex | undefined;
  if (embedder) vectors = openVectorIndex(db, dbPath, { id: embedder.id, dim: embedder.dim }, false);
  const searcher = createSearcher(db, { ...DEFAULT_RANKING, ...options.ranking });
  let expander: QueryExpander | undefined;
  // Term document frequencies straight from the FTS index (a TEMP vocab table also works on read-only files).
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunks_vocab USING fts5vocab(main, chunks_fts, 'row')");
  const dfStmt = db.prepare('SELECT doc FROM temp.chunks_vocab WHERE term = ?').pluck();
  const dfCache = new Map<string, number>();
  const docFreq = (term: string): number => {
    let n = dfCache.get(term);
    if (n === undefined) {
      n = (dfStmt.get(term) as number | undefined) ?? 0;
      if (dfCache.size > 50_000) dfCache.clear();
      dfCache.set(term, n);
    }
    return n;
  };
  const getExpander = () => (expander ??= createQueryExpander(analyzer, kb.vocabulary(), { docFreq }));
  // For "no page about X" (unknown-names.ts): how often the index holds a word, and whether it holds one a letter or two
  // away (a misspelling of a known word is not a new name).
  const indexedFreq = (word: string) => Math.max(0, ...analyzer.queryTerms(word).map(docFreq));
  const vocabRange = db.prepare('SELECT term FROM temp.chunks_vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?').pluck();
  const nearIndexed = (word: string) => {
    // The word and its analysed form (vocabulary terms are stems: "vacine" → "vacin", one edit from "vaccin").
    const forms = [...new Set([word, ...analyzer.queryTerms(word)])];
    const max = word.length >= 6 ? 2 : 1;
    const head = word[0];
    const next = String.fromCharCode(head.charCodeAt(0) + 1);
    const near = vocabRange.all(head, next, word.length - 3, word.length + 2) as string[];
    if (forms.some((f) => near.some((t) => withinEdits(f, t, f.length >= 6 ? max : 1)))) return true;
    // …or one edit from an ordinary English word ("dysfuntion", "injecetion"); one only: "ozempic" is two from "olympic".
    return nearEnglishWord(word);
  };
  // The languages of a set of documents (rids as JSON): is a named page in the question's language (named-subject.ts)?
  const pageLangs = db.prepare('SELECT DISTINCT lang FROM documents WHERE rid IN (SELECT value FROM json_each(?))').pluck();
  // Which documents are about which names (topics.ts), built on the first search after open or an ingest.
  let topicIndex: TopicIndex | undefined;
  const getTopics = () =>
    (topicIndex ??= buildTopicIndex(
      db
        .prepare(
          `SELECT rid, title, lang, json_extract(metadata, '$.synonyms') AS synonyms, json_extract(metadata, '$.aliases') AS aliases,
             substr(sections, 1, 300) AS lead, json_extract(metadata, '$.semanticTypes') AS semanticTypes,
             json_extract(metadata, '$.category') AS category FROM documents`,
        )
        .all() as TopicDocRow[],
      {
        docFreq,
        spread: (name: string) => {
          const ts = analyzer.queryTerms(name);
          return ts.length ? Math.min(...ts.map(docFreq)) : 0;
        },
        chunks: chunkCount.get() as number,
        symptom: (() => {
          const names = new Set(db.prepare("SELECT DISTINCT term FROM doc_terms WHERE type IN ('symptom', 'check')").pluck().all() as string[]);
          return (name: string) => names.has(name);
        })(),
      },
    ));

  // Symptom → condition index from the KB's disease pages (disease-KG symptom terms, the disease table's symptom list).
  let symptomIndex: SymptomConditionIndex | undefined;
  const getSymptoms = () => (symptomIndex ??= buildSymptomConditionIndex(readSymptomPages(db)));
  // Symptom checker (knowledge/symptom-checker): every condition's own text read for findings, both languages.
  let checker: SymptomChecker | undefined;
  const getChecker = () => (checker ??= createSymptomChecker(checkerConditions(readDescribedEntities(db), readSymptomPages(db), readPrevalence(db))));
  // Described-topic resolver (described-topic.ts): condition entities ranked by their whole descriptive text.
  // Per language, built on the first question in it: English resolves by description alone; both languages check the
  // lay model's guess against descriptions.
  let describedIndex: Map<Lang, DescribedTopicIndex> | undefined;
  const getDescribed = (lang: Lang) => {
    describedIndex ??= new Map();
    let index = describedIndex.get(lang);
    if (!index) {
      index = buildDescribedTopicIndex(readDescribedEntities(db, lang), (t) => analyzer.terms(t));
      describedIndex.set(lang, index);
    }
    return index;
  };
  // Names of conditions and medicines the KB knows as words (disease pages list them) and bilingual medicine / test
  // names, no page being about them: said as such by the answer (a Chinese product name reaches no other reader).
  let unpaged: UnpagedNames | undefined;
  const getUnpaged = () =>
    (unpaged ??= createUnpagedNames({
      names: [...(db.prepare("SELECT DISTINCT term FROM doc_terms WHERE type IN ('disease', 'drug')").pluck().all() as string[]), ...bilingualGroups().flat()],
      hasPage: (name) => getTopics().match(name).length > 0,
      isSymptom: (name) =>
        isSymptomName(name) ||
        getTopics()
          .match(name)
          .some((m) => m.weak),
    }));
  // Pages about a malignancy (their title names one: knowledge/malignancy.ts) — shown only to a question about cancer.
  let malignant: Set<number> | undefined;
  const malignantDocs = () =>
    (malignant ??= new Set(
      (db.prepare('SELECT rid, title FROM documents').all() as { rid: number; title: string }[]).filter((r) => namesMalignancy(r.title)).map((r) => r.rid),
    ));
  // The starter pack's emergency-guidance pages (safety/red-flags/emergency-docs.ts ids).
  let guidance: Set<number> | undefined;
  const guidanceDocs = () =>
    (guidance ??= new Set(
      (db.prepare('SELECT rid, id FROM documents').all() as { rid: number; id: string }[]).filter((r) => isEmergencyGuidance(r.id)).map((r) => r.rid),
    ));
  // Names the KB types as symptoms or findings (a described finding is not a described condition).
  let symptomNames: Set<string> | undefined;
  const isSymptomName = (name: string) =>
    (symptomNames ??= new Set(db.prepare("SELECT DISTINCT term FROM doc_terms WHERE type = 'symptom'").pluck().all() as string[])).has(name);
  // Every table above is read off the documents once and kept: a write that adds or removes documents forgets them
  // all, so the next search rebuilds them from what the KB now holds.
  const forgetDerived = () => {
    expander = undefined;
    topicIndex = undefined;
    symptomIndex = undefined;
    describedIndex = undefined;
    checker = undefined;
    malignant = undefined;
    guidance = undefined;
    unpaged = undefined;
    symptomNames = undefined;
    dfCache.clear();
  };

  const guardWrite = (op: string) => {
    if (readonly) throw kbErrors.KB_READONLY({ db: dbPath, op });
  };
  const chunkCount = db.prepare('SELECT count(*) FROM chunks').pluck();
  // Chunks written under an older lexicon than the analyzer's are re-segmented when the run ends.
  const syncLexicon = () => {
    if (readonly) return;
    const current = analyzer.lexiconHash();
    if (getMeta(db, 'lexicon_hash') === current) return;
    if ((chunkCount.get() as number) > 0) reindexAll(db, analyzer);
    else setMeta(db, 'lexicon_hash', current);
  };

  const kb: KnowledgeBase = {
    dbPath,
    embedder,
    async search(written, opts = {}) {
      if (typeof written !== 'string') throw kbErrors.KB_QUERY_INVALID({ reason: 'query must be a string' });
      // The pages, their names and every reader's lexicon are written in simplified characters: a question in
      // traditional characters (Hong Kong, Taiwan, Cantonese) is read in the KB's script, one character for one.
      const query = toSimplified(written);
      const terms = opts.expand === false ? analyzer.queryTerms(query) : getExpander().expand(query);
      // Intents only add weight to chunks that already match: they never stand alone as a query.
      const sectionTerms = opts.expand === false || terms.length === 0 ? [] : sectionIntents(query).flatMap((h) => analyzer.queryTerms(h));
      // Topic-first: passages of the documents about what the question names rank above passages that mention it.
      // The question's primary topic may fill the list; other names it mentions are only ranked up a little.
      const topics = new Map<number, string>();
      const related = new Map<number, string>();
      const denied = new Set<number>();
      let topicFirst = false;
      // The medicines a led symptom is told as the effect of ("吃了卡马西平以后耳鸣"): the lead then yields (below).
      let effectOf: string[] = [];
      // A malignancy page is never shown to a question that does not ask about cancer (knowledge/malignancy.ts), by any
      // reader — a name, a description, the symptom lists, the checker or the term ranking — unless the question names
      // that page itself ("my grandad had mesothelioma"). Set below once the question's names are read.
      const guard = opts.malignancyGuard !== false && !asksAboutCancer(query);
      let excluded: Set<number> | undefined = guard ? malignantDocs() : undefined;
      // The names the question's misspellings stand for (高血压 for 高血鸭): searched as if written right, since the
      // slip itself shares no word with the page.
      const readAs: string[] = [];
      // Whole-message floor: where the question's triage fires a red flag, a misspelling is not read at all (neither
      // a sound-alike name nor the name's words), so a guess never changes what a danger reading's question retrieves.
      let urgent: ReturnType<typeof triagePages> | undefined;
      const danger = () => (urgent ??= triagePages(query)).fired;
      // A red flag, or triage (its rules or its learned reader) rating the question an emergency.
      const emergency = () => danger() || (urgent ??= triagePages(query)).level === 'emergency';
      // The pages the question names in its own words (not weak, not denied): a guidance page named stays in scope.
      let named = new Set<number>();
      if (opts.expand !== false && terms.length > 0) {
        const lang = detectLang(query);
        const symptoms = getSymptoms();
        // A name said only inside a finding the KB's disease pages list (骨折 in 粉碎性骨折, 神经痛's 神经) is part of
        // that finding, not the question's subject.
        const norm = (x: string) => x.toLowerCase().replace(/疼/g, '痛').replace(/征/g, '症');
        const q = norm(query);
        // Only findings written out in the question (not those a lay word stands for).
        const said = symptoms
          .symptomsIn(query, lang)
          .map(norm)
          .filter((s) => q.includes(s));
        const inFinding = (text: string) => {
          const t = norm(text);
          return said.some((s) => s.length > t.length && s.includes(t));
        };
        // A misspelling read across a written-out finding (淋巴结肿 of 淋巴结肿大 is no typo of 淋巴水肿) is real text.
        const spans = said.flatMap((f) => [...q.matchAll(new RegExp(escapeRegExp(f), 'g'))].map((x) => [x.index ?? 0, (x.index ?? 0) + f.length]));
        const acrossFinding = (m: { start: number; end: number }) => spans.some(([a, b]) => a < m.end && m.start < b);
        const background = backgroundSpans(query);
        // Names read as part of a written-out finding (骨折 in 粉碎性骨折): never the list's named subject below.
        const folded = new Set<number>();
        const matches = getTopics()
          .match(query, lang)
          .filter((m) => !(m.fuzzy && acrossFinding(m)))
          .map((m) => {
            if (m.asked || m.weak || !inFinding(m.text)) return m;
            folded.add(m.start);
            return { ...m, weak: true };
          })
          .filter((m) => !(m.bySound && danger()))
          // An everyday word that is also a substance's or function's other name ("crunching ice", "silvery flakes")
          // gives way to any other name the question says and to a sure described condition; when nothing else
          // claims the question its page leads as before (topicFirst below). Whole-message floor: not where a red flag
          // fires or triage (rules or its learned reader) rates the question an emergency.
          .map((m) => (m.everyday && !m.weak && !emergency() ? { ...m, weak: true } : m))
          // An injury's name said as a sensation ("it burns when I pee", "my eyes sting": sensation-sense.ts) is no name
          // at all there — a verb — so the page is not the question's, unless asked about. Same whole-message floor.
          .filter((m) => m.asked || opts.sensationSense === false || !saidAsSensation(query, m.start, m.end) || emergency())
          // A name said as background — a relative's illness told as history, a relative's guess (background-names.ts)
          // — is read the same way: the described condition is the question's subject. Same whole-message floor.
          .map((m) =>
            !m.asked && !m.weak && background.length > 0 && inBackground(background, m.start, m.end) && !emergency()
              ? { ...m, weak: true, everyday: true, background: true }
              : m,
          );
        named = new Set(matches.filter((m) => !m.weak && !m.negated).flatMap((m) => m.docs));
        if (guard) {
          // A page the question names in its own words (not a symptom word or an everyday word that is one of its
          // other names) stays: the question asks about it.
          excluded = new Set([...malignantDocs()].filter((d) => !named.has(d)));
        }
        const unshown = (d: number) => excluded?.has(d) ?? false;
        let choice = selectTopics(matches);
        // A question that names no condition but writes out three or more findings one page lists, more of them (or more
        // specific ones) than any other page: that page is what the findings point to (not listed first: weaker
        // evidence than a name). The symptom name it may have chosen is kept as a related name.
        if (!choice.primary.some((m) => !m.weak)) {
          const [best, next] = symptoms.candidates(query, lang, 2);
          // Three findings written out (头晕 with the 头昏 and 眩晕 a lay word stands for is one finding).
          const written = best ? best.matched.filter((m) => said.includes(norm(m))).length : 0;
          if (best && written >= 3 && (next === undefined || next.score < best.score) && !unshown(best.id)) {
            topics.set(best.id, best.name);
            choice = { primary: [], related: [...choice.primary, ...choice.related], denied: choice.denied };
          }
        }
        // What both described-condition readings below take: the question's terms, the sources' descriptions, the lay
        // model, and the pages the question denies or the page-choice rules exclude.
        const describedReading = () => ({
          terms: analyzer.queryTerms(query),
          lang,
          described: getDescribed(lang),
          lay: opts.lay === false ? undefined : LAY_MODEL,
          isSymptom: isSymptomName,
          denied: new Set([...choice.denied.flatMap((m) => m.docs), ...(excluded ?? [])]),
        });
        // The question's one name is a finding many conditions show (Snoring, Cough, 瘙痒) and it describes more: the
        // condition the whole description points to is its topic, the finding's page a related one (described-choice.ts).
        const [only] = choice.primary;
        if (topics.size === 0 && choice.primary.length === 1 && !only.asked && only.kind !== 'other' && opts.described !== false) {
          const narrowed = narrowNamedFinding({
            ...describedReading(),
            symptoms: symptoms.candidates(query, lang, 8, { patient: true }),
            named: { docs: only.docs, terms: analyzer.queryTerms(only.text) },
          });
          if (narrowed) {
            for (const d of narrowed.docs) topics.set(d, narrowed.name);
            choice = { primary: [], related: [...choice.primary, ...choice.related], denied: choice.denied };
          }
        }
        // The question's names are all pages about no condition (a medicine, test, procedure, substance or life stage —
        // Antibiotics, Endoscopy, Pregnancy), none asked about: the condition it describes, when the readers choose one
        // that shares enough of the question (described-choice.ts describedOverNamedOther), is its subject; the named
        // pages are related. Whole-message floor: not where a red flag fires or triage rates an emergency.
        const strongNames = [...choice.primary, ...choice.related];
        if (
          topics.size === 0 &&
          opts.namedOther !== false &&
          opts.described !== false &&
          strongNames.length > 0 &&
          strongNames.every((m) => m.kind === 'other' && !m.asked && !m.negated) &&
          !emergency()
        ) {
          const over = describedOverNamedOther({
            ...describedReading(),
            named: { docs: strongNames.flatMap((m) => m.docs), terms: strongNames.flatMap((m) => analyzer.queryTerms(m.text)) },
          });
          if (over) {
            for (const d of over.docs) topics.set(d, over.name);
            choice = { primary: [], related: strongNames, denied: choice.denied };
          }
        }
        // Still no named condition: the condition the question describes (described-choice.ts) — by its sources'
        // description (English), or by the lay words patients use for it when the sources' description agrees — is its
        // topic: the entity decided first, then only its passages are cited. Evidence order: a name asked about or
        // written as the sources write it > a described condition > a lay or translated name ("feeling blue" →
        // Depression, in "fingers turn white then blue in the cold") > a symptom.
        if (topics.size === 0 && !choice.primary.some((m) => !m.weak && (m.direct || m.asked)) && opts.described !== false) {
          const deniedDocs = new Set([...choice.denied.flatMap((m) => m.docs), ...(excluded ?? [])]);
          const sure = chooseDescribedTopic({
            terms: analyzer.queryTerms(query),
            lang,
            described: getDescribed(lang),
            // A learned lay guess is weaker than any name the question writes (a lay or translated name included).
            lay: opts.lay === false || choice.primary.some((m) => !m.weak) ? undefined : LAY_MODEL,
            isSymptom: isSymptomName,
            denied: deniedDocs,
            // The findings the question says that a disease page lists (the patient reading: everyday words folded).
            // The differential (a weaker rule than either reader's own) only when the question names nothing the KB has
            // a page about — not even a symptom (ringing in my ears → Tinnitus) or a lay name (红眼病 → Pinkeye).
            symptoms: choice.primary.length > 0 ? undefined : symptoms.candidates(query, lang, 8, { patient: true }),
            // The symptom checker's voice (knowledge/symptom-checker). Whole-message floor: not where a red flag fires or
            // triage rates an emergency — a described reading never changes what a danger reading's question shows.
            checker: opts.checker === false || emergency() ? undefined : checkerVoice(getChecker().candidates(query, { lang, limit: DIFFERENTIAL.depth })),
          });
          if (sure) {
            for (const d of sure.docs) topics.set(d, sure.name);
            choice = { primary: [], related: [...choice.primary, ...choice.related], denied: choice.denied };
          }
        }
        for (const m of choice.primary) for (const d of m.docs) if (!topics.has(d)) topics.set(d, m.text);
        for (const m of choice.primary) if (m.reads && m.docs.every((d) => topics.has(d)) && !danger()) readAs.push(...analyzer.queryTerms(m.reads));
        for (const m of choice.related) for (const d of m.docs) if (!topics.has(d) && !related.has(d)) related.set(d, m.text);
        for (const m of choice.denied) for (const d of m.docs) if (!topics.has(d) && !related.has(d)) denied.add(d);
        // Search lists the topic's passages first whenever the question names one (not only a symptom): chat cites
        // only those, and a reader of the list expects the page about what was named above pages that share words.
        // An everyday word that kept its page (no other name, no sure described condition) keeps its old strength here.
        topicFirst = choice.primary.some((m) => m.asked || !m.weak || m.everyday);
        // A search list (one subject) leads with the page the question names even when the name is a symptom's or an
        // examination's (耳鸣 → Tinnitus, 肠镜 → Colonoscopy: a page in the other language, which the term query never
        // reaches): the chat answer already cites only that page's passages (rag/prepare-answer.ts), and the search list
        // led with a page that merely shares words (老年性耳聋, 结、直肠黑变病). named-subject.ts says when; only on a routine
        // question (no red flag fired, triage routine), so nothing is put above an emergency page.
        if (
          opts.oneSubject &&
          !topicFirst &&
          // One primary name before the two queries below (the search path runs this on every question).
          choice.primary.length === 1 &&
          namedSubjectLeads(
            choice.primary,
            { question: lang, pages: pageLangs.all(JSON.stringify(choice.primary[0]?.docs ?? [])) as Lang[], chunks: chunkCount.get() as number, query },
            folded,
          ) &&
          !danger() &&
          (urgent ??= triagePages(query)).level === 'routine'
        ) {
          topicFirst = true;
          effectOf = medicinesBefore(query, choice.primary[0]?.start ?? 0, medicinesIn);
        }
        // A question that names no condition (or only a symptom): the conditions whose KB pages list the symptoms it
        // says (knowledge/symptom-conditions.ts) are ranked up among the passages the term query found — two
        // independent signals must agree, so a symptom list alone never pulls in a page the words did not reach.
        if (!choice.primary.some((m) => !m.weak))
          for (const c of symptoms.candidates(query, lang, 3))
            if (c.matched.length >= 2 && !topics.has(c.id) && !denied.has(c.id) && !unshown(c.id)) related.set(c.id, c.name);
      }
      // An emergency-guidance page says "this is an emergency, call now": it is about its emergency, not about the words
      // it shares with a question ("my 18 month old", "breastfeeding a 3 month old" met the page on fever under 3
      // months; blind q-31/q-32). It is in scope where the question's triage fires a red flag or rates it urgent or an
      // emergency (a swollen calf after a long flight is urgent, and the clot page is its warning; red-flag-lead.ts
      // puts a fired flag's own page first), where the caller limits the search to named sources (red-flag-lead's
      // second query asks for the page by its title) or where the question names the page; on a routine question no
      // reader sees it, as a malignancy page outside a cancer question.
      const routine = () => !danger() && (urgent ??= triagePages(query)).level === 'routine';
      if (opts.guidanceScope !== false && !opts.sources?.length && routine()) {
        const out = [...guidanceDocs()].filter((d) => !named.has(d));
        if (out.length > 0) excluded = new Set([...(excluded ?? []), ...out]);
      }
      const plan = { terms: [...terms, ...readAs], sectionTerms, topics, topicFirst, related, denied, excluded, aspect: questionAspect(query) };
      const knn = vectors && embedder ? { index: vectors, embedder } : undefined;
      // A symptom told as a medicine's effect is about that medicine's effect: when the term ranking's own first passage
      // is about the medicine (its title or heading names it: a drug page or label), the list the term ranking chose
      // stays, rather than a general page about the symptom (session-42 review P-b14). The lead is a release; it steps
      // aside here, and is kept where that passage is about something else (a body mention is incidental).
      let hits: SearchHit[] | undefined;
      if (effectOf.length > 0) {
        const plain = await searcher.run({ ...plan, topicFirst: false }, query, opts, knn);
        // A reference-interval table (starter pack: a drug-level row headed 卡马西平) is about a lab value, not the
        // medicine's effect: it never counts, so the symptom's page keeps its lead (review s43: 没吃卡马西平…耳鸣).
        if (plain[0] && !isReferenceTable(plain[0]) && namesAnyMedicine(plain[0], effectOf, medicinesIn)) hits = plain;
      }
      hits ??= await searcher.run(plan, query, opts, knn);
      if (!opts.oneSubject) return hits;
      const asked = new Set(analyzer.queryTerms(query));
      // The pages the question's triage points to are never filtered: a wrong best hit must not take the emergency
      // guidance, or the page of the emergency the question describes, with it (one-subject.ts UrgentPages).
      urgent ??= triagePages(query);
      const conditions = urgent.fired
        ? new Set(
            getSymptoms()
              .candidates(query, detectLang(query), 5)
              .filter((c) => c.matched.length >= 2)
              .map((c) => conditionKey(c.name)),
          )
        : undefined;
      const list = oneSubject(hits, asked, (t) => analyzer.queryTerms(t), { ...urgent, conditions });
      // The fired emergency red flag's own guidance page leads the list (red-flag-lead.ts); the list keeps k. A caller's
      // source or authority filter excludes the starter page (authority D), so it is not brought in then.
      const filtered = (opts.sources?.length ?? 0) > 0 || opts.minAuthority !== undefined;
      const lead = filtered ? undefined : await redFlagLead(kb, urgent, opts.lang ?? detectLang(query), list);
      return lead ? [lead, ...list.filter((h) => h.id !== lead.id)].slice(0, opts.k ?? list.length) : list;
    },
    async ingest(input, opts = {}) {
      guardWrite('ingest');
      if (embedder && !vectors) vectors = openVectorIndex(db, dbPath, { id: embedder.id, dim: embedder.dim }, true);
      const summary = await ingestInputs({ db, writer, embedder, vectors: () => vectors, finish: syncLexicon }, input, opts);
      if (embedder && vectors) summary.backfilled = await backfillVectors(db, embedder, vectors, opts.embedBatch ?? 32, opts.signal);
      forgetDerived();
      return summary;
    },
    stats() {
      const one = <T>(sql: string) => db.prepare(sql).get() as T;
      // Chunk counts in one grouped pass: a correlated subquery per document row scanned every chunk per document
      // (seconds on a large knowledge base, on the thread that serves requests).
      const chunksBySource = new Map(
        (db.prepare('SELECT source, count(*) AS n FROM chunks GROUP BY source').all() as { source: string; n: number }[]).map((r) => [r.source, r.n]),
      );
      const sources = (
        db
          .prepare(
            `SELECT d.source AS name, count(*) AS documents, group_concat(DISTINCT d.authority) AS authority, group_concat(DISTINCT d.lang) AS lang
             FROM documents d GROUP BY d.source ORDER BY d.source`,
          )
          .all() as { name: string; documents: number; authority: string; lang: string }[]
      ).map((s) => ({ ...s, chunks: chunksBySource.get(s.name) ?? 0 }));
      const tally = (col: string) =>
        Object.fromEntries(
          (db.prepare(`SELECT ${col} AS k, count(*) AS n FROM documents GROUP BY ${col} ORDER BY ${col}`).all() as { k: string; n: number }[]).map((r) => [
            r.k,
            r.n,
          ]),
        );
      const page = one<{ page_count: number }>('PRAGMA page_count').page_count * one<{ page_size: number }>('PRAGMA page_size').page_size;
      const emb = storedEmbedder(db);
      return {
        dbPath,
        schemaVersion: getMeta(db, 'schema_version') ?? '?',
        documents: one<{ n: number }>('SELECT count(*) AS n FROM documents').n,
        chunks: chunkCount.get() as number,
        vectors: emb ? one<{ n: number }>('SELECT count(*) AS n FROM chunks_vec').n : 0,
        embedder: emb ?? null,
        lexiconWords: one<{ n: number }>('SELECT count(*) AS n FROM lexicon').n,
        sources: sources.map((s) => ({ ...s, authority: s.authority.split(',').sort() as Authority[], lang: s.lang.split(',').sort() as Lang[] })),
        byAuthority: tally('authority'),
        byLang: tally('lang'),
        sizeBytes: page,
        screening: flagStats(db),
      };
    },
    removeSource(name) {
      guardWrite('remove a source');
      const rids = db.prepare('SELECT rid FROM documents WHERE source = ?').pluck().all(name) as number[];
      if (rids.length === 0) {
        const known = (db.prepare('SELECT DISTINCT source FROM documents ORDER BY source').pluck().all() as string[]).join(', ');
        throw kbErrors.KB_SOURCE_UNKNOWN({ source: name, known });
      }
      db.transaction(() => {
        for (const rid of rids) writer.remove(rid, vectors);
        db.prepare('DELETE FROM sources WHERE name = ?').run(name);
      })();
      forgetDerived();
      return rids.length;
    },
    getDocument(id) {
      const r = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as
        | {
            id: string;
            source: string;
            title: string;
            url: string | null;
            lang: Lang;
            authority: Authority;
            date: string | null;
            sections: string;
            metadata: string;
          }
        | undefined;
      if (!r) return null;
      const sections = JSON.parse(r.sections) as DocSection[];
      const doc: Doc = {
        id: r.id,
        title: r.title,
        sections,
        text: joinSections(sections),
        source: r.source,
        lang: r.lang,
        authority: r.authority,
        metadata: JSON.parse(r.metadata) as Record<string, unknown>,
      };
      if (r.url) doc.url = r.url;
      if (r.date) doc.date = r.date;
      return doc;
    },
    documentFlags(id) {
      return documentFlags(db, id);
    },
    addLexicon(words) {
      guardWrite('add words');
      const added = db.transaction(() => writer.addLexicon(words))();
      if (added > 0) syncLexicon();
      expander = undefined;
      return added;
    },
    unpagedNames(written) {
      const question = toSimplified(written);
      // Conditions the KB knows only as words, then names it has never indexed at all (brands, supplements, devices).
      const known = getUnpaged().find(question);
      const unseen = unknownNames(question, { isEnglishWord: englishWord, docFreq: indexedFreq, nearKnown: nearIndexed });
      const names = [...known, ...unseen.filter((u) => !known.some((k) => k.toLowerCase().includes(u.toLowerCase())))];
      if (names.length === 0) return names;
      // A name inside a longer one the topic index reads as a page (关节炎 in 类风湿关节炎) is that page's; a name the
      // question denies ("不是心脏病") is not asked about.
      const matched = getTopics().match(question, detectLang(question));
      const low = question.toLowerCase();
      return names.filter((n) => {
        const at = low.indexOf(n.toLowerCase());
        return !matched.some((m) => m.text.length > n.length && m.text.toLowerCase().includes(n.toLowerCase())) && !(at >= 0 && negatedAt(question, at));
      });
    },
    warm() {
      const t0 = performance.now();
      getExpander();
      getTopics();
      getSymptoms();
      getDescribed('en');
      getDescribed('zh');
      getChecker();
      getUnpaged();
      isSymptomName('');
      return Math.round(performance.now() - t0);
    },
    vocabulary() {
      const entities = db.prepare('SELECT DISTINCT term, type FROM doc_terms WHERE synonym_group = 0').all() as VocabularyEntry[];
      const lex = db.prepare('SELECT word AS term, type FROM lexicon').all() as VocabularyEntry[];
      const groups = new Map<number, string[]>();
      for (const r of db.prepare('SELECT doc_rid, term FROM doc_terms WHERE synonym_group = 1').all() as { doc_rid: number; term: string }[]) {
        const g = groups.get(r.doc_rid) ?? [];
        g.push(r.term);
        groups.set(r.doc_rid, g);
      }
      // MedQuAD repeats a focus's synonym list on every QA pair: keep each distinct group once.
      const uniq = new Map<string, string[]>();
      for (const g of groups.values()) uniq.set([...g].sort().join('\u0000'), g);
      return { entities: [...entities, ...lex], synonymGroups: [...uniq.values()] };
    },
    async close() {
      if (db.open) db.close();
    },
  };
  return kb;
}
