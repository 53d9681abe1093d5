// Knowledge synthesis: disease-KG file → triples → sentences (template or model) → back-check → JSONL.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openAtomicStream } from '../../core/atomic-write.js';
import { dataErrors } from '../errors.js';
import { englishHead, englishName } from './english-names.js';
import type { ChatBackend } from '../../models/backend.js';
import { createLoaderContext } from '../../knowledge/loaders/types.js';
import { diseaseKgLoader } from '../../knowledge/loaders/disease-kg.js';
import { checkSentence, kgVocabularyMatcher, type CheckResult } from './back-check.js';
import { groupTriples, triplesFromDoc, type Triple } from './triples.js';
import { createTemplateVerbaliser, type SynthLang, type Verbaliser } from './verbalise.js';

export interface SynthOptions {
  langs: SynthLang[];
  seed: number;
  /** Tails per sentence (default 4). */
  perSentence?: number;
  verbaliser?: Verbaliser;
  /** Stop after this many diseases (sampling runs). */
  limit?: number;
}

export interface SynthSentence {
  id: string;
  text: string;
  lang: SynthLang;
  source: string;
  triples: Triple[];
  verbaliser: string;
}

export interface SynthReport {
  diseases: number;
  triples: number;
  sentences: number;
  kept: number;
  rejected: number;
  rejectedBy: Record<string, number>;
  examplesRejected: { text: string; missing: CheckResult['missing'] }[];
  /** English groups left out because the disease or every tail has no English name. */
  skippedNoEnglish: number;
}

/** A verbaliser backed by a chat model (any backend from src/models); its output still goes through the check. */
export function createModelVerbaliser(backend: ChatBackend): Verbaliser {
  return {
    name: `model:${backend.name}`,
    async verbalise(group, lang, aliases) {
      const facts = group.map((t) => `(${t.head}, ${t.relation}, ${t.tail})`).join('\n');
      const ask =
        lang === 'zh'
          ? `把下面的医学知识三元组写成一句通顺的中文句子。必须原样包含每个实体名称，不要添加其他事实。只输出这句话。\n${facts}`
          : `Write one fluent English sentence stating these medical knowledge-graph triples. Keep every entity name exactly as written${aliases?.length ? ` (the disease may be called ${aliases[0]})` : ''}; add no other facts. Output only the sentence.\n${facts}`;
      const r = await backend.complete({ messages: [{ role: 'user', content: ask }], temperature: 0, maxTokens: 200 });
      return r.text.trim().split('\n')[0] ?? '';
    },
  };
}

/** KG files of a path: the file itself, or a folder's *.json files in sorted order. */
export function kgFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw dataErrors.DATA_INPUT_UNREADABLE({ file: path, reason: 'no such file or directory' });
  }
  if (!st.isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((f) => /\.json$/i.test(f))
    .sort()
    .map((f) => join(path, f));
  if (!files.length) throw dataErrors.DATA_INPUT_UNREADABLE({ file: path, reason: 'a folder with no .json knowledge-graph files' });
  return files;
}

/** The group in English (head alias, tails with English names); null when the head has no English name. */
function englishGroup(group: Triple[], aliases: string[] | undefined): Triple[] | null {
  const head = englishHead(aliases);
  if (!head) return null;
  const out: Triple[] = [];
  for (const t of group) {
    const tail = englishName(t.tail);
    if (tail) out.push({ head, relation: t.relation, tail });
  }
  return out.length ? out : null;
}

export async function synthesizeKg(kgFile: string, outFile: string, o: SynthOptions): Promise<SynthReport> {
  const ctx = createLoaderContext({});
  const docs = [];
  outer: for (const file of kgFiles(kgFile)) {
    for await (const d of diseaseKgLoader.load(file, ctx)) {
      docs.push(d);
      if (o.limit && docs.length >= o.limit) break outer;
    }
  }
  const aliases: Record<string, string[]> = {};
  const all: Triple[] = [];
  const perDoc = docs.map((d) => {
    const ts = triplesFromDoc(d);
    const a = Array.isArray(d.metadata.aliases) ? (d.metadata.aliases as string[]) : [];
    if (ts[0]) aliases[ts[0].head] = a;
    all.push(...ts);
    return { doc: d, triples: ts };
  });
  const matcher = kgVocabularyMatcher(all, aliases);
  const enTriples = o.langs.includes('en')
    ? perDoc.flatMap(({ triples }) => groupTriples(triples, 1000).flatMap((g) => englishGroup(g, aliases[g[0].head]) ?? []))
    : [];
  const enMatcher = kgVocabularyMatcher(enTriples);
  const verbaliser = o.verbaliser ?? createTemplateVerbaliser(o.seed);
  const report: SynthReport = {
    diseases: docs.length,
    triples: all.length,
    sentences: 0,
    kept: 0,
    rejected: 0,
    rejectedBy: {},
    examplesRejected: [],
    skippedNoEnglish: 0,
  };
  const out = openAtomicStream(outFile);
  try {
    for (const { doc, triples } of perDoc) {
      const groups = groupTriples(triples, o.perSentence ?? 4);
      for (const lang of o.langs) {
        for (let gi = 0; gi < groups.length; gi++) {
          // English output is English only: the group in English names, or nothing.
          const g = lang === 'en' ? englishGroup(groups[gi], aliases[groups[gi][0].head]) : groups[gi];
          if (!g) {
            report.skippedNoEnglish++;
            continue;
          }
          const text = await verbaliser.verbalise(g, lang, lang === 'en' ? [] : aliases[g[0].head]);
          report.sentences++;
          const check = lang === 'en' ? checkSentence(text, g, enMatcher, {}, 'en') : checkSentence(text, g, matcher, aliases, 'zh');
          if (!check.ok) {
            report.rejected++;
            for (const m of check.missing) report.rejectedBy[m.reason] = (report.rejectedBy[m.reason] ?? 0) + 1;
            for (const f of check.faults) report.rejectedBy[f] = (report.rejectedBy[f] ?? 0) + 1;
            if (report.examplesRejected.length < 10) report.examplesRejected.push({ text, missing: check.missing });
            continue;
          }
          report.kept++;
          const rec: SynthSentence = {
            id: `${doc.id}:${g[0].relation}:${gi}:${lang}`,
            text,
            lang,
            source: 'kg-synthesis',
            triples: g,
            verbaliser: verbaliser.name,
          };
          await out.write(`${JSON.stringify(rec)}\n`);
        }
      }
    }
  } catch (err) {
    await out.discard();
    throw err;
  }
  await out.commit();
  return report;
}
