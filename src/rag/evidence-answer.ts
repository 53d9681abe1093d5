// Evidence mode (no model configured): an extractive summary of verbatim sentences and the ranked, cited
// passages, labelled as not generated. Nothing here writes prose about the medical question itself.
import type { Warning } from '../core/warnings.js';
import type { Lang } from '../core/types.js';
import { splitSentences } from './citation-check.js';
import type { PackagedSource } from './package-sources.js';
import { termSet } from './lexical-terms.js';
import { sentenceOverlap } from './relevance-lexical.js';
import { bestWindow } from './best-window.js';
import { localizeCaution, localizeModelHint } from './localize-zh.js';

export interface EvidenceAnswerInput {
  lang: Lang;
  sources: PackagedSource[];
  /** The question's terms, or one set per query (reports: one per abnormal analyte); a sentence scores its best. */
  questionTerms: Set<string> | Set<string>[];
  /** One line telling the user how to add a model. */
  modelHint: string;
  /** Urgent-care message placed first when triage fired. */
  urgentMessage?: string;
  /** A stated drug allergy against a medicine named (safety/allergy-check.ts): right after the urgent message. */
  allergyWarning?: string;
  /** Deterministic text placed after the urgent message (report flags). */
  preamble?: string;
  /** Disagreement / weak-evidence findings, shown so the passages are not read as one consistent answer. */
  cautions?: Warning[];
  /** Sentences in the summary (default 3). */
  summarySentences?: number;
  /**
   * Why there is no generated answer: no model configured (default), or a configured model failed, whose one-line
   * reason is shown instead of the add-a-model hint, so the user is not told to configure what is configured.
   */
  modelFailure?: string;
  /** Medicines the question names that the knowledge base has no passage about (said before the passages). */
  noPage?: readonly string[];
}

const LABELS = {
  zh: {
    mode: '【证据模式】未配置语言模型，以下不是生成的回答，而是知识库中检索到的原文段落（按相关性和来源权威性排序，逐字引用）。',
    summary: '摘要（原文摘句）：',
    sources: '来源段落：',
    none: '知识库中没有找到与该问题直接相关的段落。请换一种问法，或咨询医生。',
    nearest: '这些段落中没有直接回答该问题的句子；下面是最接近的段落，请换一种问法，或咨询医生。',
    authority: '权威等级',
    caution: '注意：',
    modeFailed: '【证据模式】已配置的语言模型这次没有给出回答，以下不是生成的回答，而是知识库中检索到的原文段落（按相关性和来源权威性排序，逐字引用）。',
    failed: '模型故障：',
    noPage: (names: string) => `知识库中没有专门关于“${names}”的页面；下面的段落只涉及问题的其他部分或顺带提到它，不能当作关于它的回答；请咨询医生或药师。`,
  },
  en: {
    mode: 'Evidence mode: no language model is configured, so this is not a generated answer. These are passages retrieved from the knowledge base, quoted verbatim and ranked by relevance and source authority.',
    summary: 'Summary (sentences extracted from the sources):',
    sources: 'Sources:',
    none: 'No passage in the knowledge base bears directly on this question. Try rephrasing it, or ask a clinician.',
    nearest: 'No sentence of these passages answers the question directly; the nearest passages follow. Try rephrasing it, or ask a clinician.',
    authority: 'authority',
    caution: 'Caution:',
    modeFailed:
      'Evidence mode: the configured language model failed to answer this time, so this is not a generated answer. These are passages retrieved from the knowledge base, quoted verbatim and ranked by relevance and source authority.',
    failed: 'Model failure:',
    noPage: (names: string) =>
      `The knowledge base has no page about ${names}; the passages below cover the rest of the question or mention it only in passing, so they do not answer it. Ask a doctor or pharmacist about it.`,
  },
} as const;

export function evidenceLabels(lang: Lang) {
  return lang === 'zh' ? LABELS.zh : LABELS.en;
}

// What a summary must not quote: bare lists (aliases, trigger phrases, symptom strings with no label), and the
// disease KG's administrative fields (cost, cure rate, course length), which are not guidance.
const ADMIN_FIELD = /^(治疗费用|治愈率|治疗周期|就诊科室|医保疾病|患病比例|传染方式|Also printed as|报告上的常见写法|常见说法)\s*[:：]?/i;
const LABELLED = /^[^:：,，、;；]{1,12}[:：]/;

/** A run of short items joined by 、/,/; with no label and no statement around them ("胸口疼、胸口痛、胸闷…"). */
export function isBareList(sentence: string): boolean {
  if (LABELLED.test(sentence)) return false;
  const items = sentence
    .replace(/[。.!！]$/, '')
    .split(/[、,，;；]/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length < 4) return false;
  const short = items.filter((x) => (/\p{Script=Han}/u.test(x) ? [...x].length <= 6 : x.split(/\s+/).length <= 3)).length;
  return short / items.length >= 0.75;
}

export interface SummaryOptions {
  /** Sentences (default 3). */
  max?: number;
  /** A sentence shares at least this many of a query's words (fewer when the query has fewer; default 2). */
  minShared?: number;
  /** Text already shown above the summary (the urgent message): a sentence it already says is not quoted again. */
  said?: string;
}

/**
 * Top sentences by overlap with the question, at most two per source, each cited to its source. One shared everyday
 * word ("water" in "Do not sponge with alcohol or ice water" for "how much water should I drink") reads as an answer it
 * is not, so a sentence shares `minShared` of a query's words.
 */
export function extractiveSummary(sources: PackagedSource[], questionTerms: Set<string> | Set<string>[], options: SummaryOptions = {}): string[] {
  const { max = 3, minShared = 2 } = options;
  // The same advice again ("Do not give fever medicine before a clinician sees the baby: it can hide how ill they
  // are" after the urgent message says "Do not give fever medicine before a clinician sees the baby; go now"): most of
  // the sentence's words are above, or most words of one clause above are in the sentence.
  const said = options.said ? termSet(options.said) : undefined;
  const clauses = (options.said ?? '')
    .split(/[.;!?。；！？]/)
    .map((c) => termSet(c))
    .filter((c) => c.size >= 3);
  const within = (a: Set<string>, b: Set<string>) => [...a].filter((t) => b.has(t)).length >= 0.8 * a.size;
  const repeats = (s: Set<string>) => said !== undefined && s.size > 0 && (within(s, said) || clauses.some((c) => within(c, s)));
  const termSets = Array.isArray(questionTerms) ? questionTerms : [questionTerms];
  const shares = (terms: Set<string>, s: Set<string>) => {
    let n = 0;
    for (const t of terms) if (s.has(t)) n++;
    return n >= Math.min(minShared, terms.size);
  };
  const scored: { n: number; sentence: string; score: number; order: number }[] = [];
  for (const src of sources) {
    // A flagged passage (used only when allowed) is listed with its flags but never summarised as the answer.
    if (src.hit.flags?.length) continue;
    splitSentences(src.text).forEach((sentence, i) => {
      // "Summary :" and similar labels are page furniture in MedQuAD answers, not part of the sentence.
      const clean = sentence
        .replace(/^[-*•\s]+/, '')
        .replace(/^(Summary|Answer|Overview)\s*:\s*/i, '')
        .replace(/\s+/g, ' ')
        .trim();
      const han = (clean.match(/\p{Script=Han}/gu) ?? []).length;
      if (clean.length > 400 || (han < 8 && clean.length < 25)) return;
      if (/\?$|？$/.test(clean)) return; // questions restated in Q&A sources answer nothing
      if (ADMIN_FIELD.test(clean) || isBareList(clean)) return;
      // The best-ranked passages lead the summary: a sentence from source [5] must overlap clearly more to win.
      const words = termSet(clean);
      if (!termSets.some((t) => t.size > 0 && shares(t, words)) || repeats(words)) return;
      const score = Math.max(...termSets.map((t) => sentenceOverlap(t, clean))) - src.n * 0.04 - i * 0.002;
      if (score > 0.1) scored.push({ n: src.n, sentence: clean, score, order: i });
    });
  }
  scored.sort((a, b) => b.score - a.score);
  const perSource = new Map<number, number>();
  const picked: typeof scored = [];
  for (const s of scored) {
    if (picked.length >= max) break;
    const c = perSource.get(s.n) ?? 0;
    if (c >= 2 || picked.some((p) => p.sentence === s.sentence)) continue;
    perSource.set(s.n, c + 1);
    picked.push(s);
  }
  return picked.map((p) => `${p.sentence} [${p.n}]`);
}

export function buildEvidenceAnswer(input: EvidenceAnswerInput): string {
  const L = evidenceLabels(input.lang);
  const parts: string[] = [];
  if (input.urgentMessage) parts.push(input.urgentMessage);
  if (input.allergyWarning) parts.push(input.allergyWarning);
  if (input.preamble) parts.push(input.preamble);
  parts.push(input.modelFailure ? L.modeFailed : L.mode);
  if (input.noPage?.length) parts.push(L.noPage(input.noPage.join(input.lang === 'zh' ? '”、“' : ', ')));
  if (input.sources.length === 0) {
    parts.push(L.none);
  } else {
    // Floor: when triage fired, the urgent message leads and the guidance is quoted on one shared word as before.
    const summary = extractiveSummary(input.sources, input.questionTerms, {
      max: input.summarySentences ?? 3,
      minShared: input.urgentMessage ? 1 : 2,
      said: input.urgentMessage,
    });
    if (summary.length) parts.push([L.summary, ...summary.map((s) => `- ${s}`)].join('\n'));
    else parts.push(L.nearest);
    if (input.cautions?.length) parts.push([L.caution, ...input.cautions.map((c) => `- ${localizeCaution(c, input.lang)}`)].join('\n'));
    const terms = new Set((Array.isArray(input.questionTerms) ? input.questionTerms : [input.questionTerms]).flatMap((s) => [...s]));
    const lines = input.sources.map(({ n, hit, text }) => {
      const flagged = hit.flags?.length ? `${input.lang === 'zh' ? '⚠️已标记' : '⚠️ flagged'}: ${[...new Set(hit.flags.map((f) => f.code))].join(', ')}` : '';
      const where = [hit.source, `${L.authority} ${hit.authority}`, hit.url, flagged].filter(Boolean).join(', ');
      // The excerpt shows the part of the passage that bears on the question; the citation carries all of it.
      const excerpt = bestWindow(text.replace(/\s+/g, ' ').trim(), terms, input.lang === 'zh' ? 160 : 90);
      return `[${n}] ${hit.title}${hit.section ? ` — ${hit.section}` : ''} (${where})\n    "${excerpt}"`;
    });
    parts.push([L.sources, ...lines].join('\n'));
  }
  parts.push(input.modelFailure ? `${L.failed} ${input.modelFailure}` : localizeModelHint(input.modelHint, input.lang));
  return parts.join('\n\n');
}
