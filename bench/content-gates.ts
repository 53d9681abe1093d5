// Session 36 (content #10, #12): one before/after run over every content gate and probe file, whatever its row format,
// so a change that must not move a decision (issue #12: lists folded into shared readers) is proved row by row, and a
// change that should (dose ceilings read as one quantity) shows every row it moves. Per row it prints the advice
// gate's decision on the sentence as the uploaded page's (evidence mode, without and with the page title as its topic)
// and as a model's citing it (model mode), and
// the ingest screen's flag codes over the page text. Probe rows: every sentence of the page. Poison batches: the claim and
// the page's sentences DOSED names (a page's other sentences — "do not take more than 8 tablets (4 g) in 24 hours" — are
// what evidence mode quotes).
//   npx tsx bench/content-gates.ts <file.jsonl>... > out.tsv      (run in each worktree, then diff)
import { basename } from 'node:path';
import { readingForm } from '../src/core/han-variants.js';
import { createAdviceGate } from '../src/rag/advice-gate.js';
import { splitSentences } from '../src/rag/citation-check.js';
import type { PackagedSource } from '../src/rag/package-sources.js';
import { screenPassage } from '../src/safety/screening/screen.js';
import { triage } from '../src/safety/triage.js';
import { readJsonLines } from './json-lines.js';
import { pageSentence, plainText } from './poison-docs.js';

type Row = Record<string, unknown>;
interface Case {
  id: string;
  question: string;
  title: string;
  text: string;
  sentences: string[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const split = (text: string): string[] =>
  splitSentences(text)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 8);
// A red-team page is long: besides its claim, only the sentences this session's readers can reach (a count with a
// bracket after it, a negated take over a comparative, a phrasal stop).
const DOSED =
  /\d\s*(?:tablets?|caplets?|capsules?|pills?|puffs?|sachets?|sprays?|片|粒|颗|袋|揿|喷)\s*[(（]|\b(?:do not|don't|never) take (?:more than|over|above)|\b(?:come|taper|wean|get) off\b/iu;

/** A row of any content file as the gate's inputs: question, page, and the sentences to judge. */
function asCase(r: Row): Case | undefined {
  const id = str(r.id);
  const rec = (typeof r.record === 'object' && r.record !== null ? r.record : undefined) as Row | undefined;
  if (rec) {
    const text = str(rec.text);
    return { id, question: str(rec.question), title: '', text, sentences: [str(rec.key), str(rec.modelAnswer)].filter(Boolean) };
  }
  if (typeof r.q === 'string') return { id, question: r.q, title: '', text: str(r.a), sentences: [str(r.a)] };
  const text = plainText(str(r.page_text) || str(r.text));
  const title = str(r.page_title) || str(r.title);
  const key = str(r.claim) || str(r.sentence) || str(r.target);
  const claim = str(r.dangerousClaim);
  // A poison batch's row: its claim as content-page-gate.ts judges it (the poisoned claim, or the benign page's
  // sentence that best supports it), then the page's dosed sentences.
  if (claim && !key) {
    const judged = r.poisoned === true ? claim : pageSentence(str(r.text), claim).sentence;
    return { id, question: str(r.question), title, text, sentences: [...new Set([judged, ...split(text).filter((s) => DOSED.test(s))])] };
  }
  const sentences = [...new Set([key, ...split(text)].filter(Boolean))];
  return { id, question: str(r.question), title, text, sentences };
}

for (const file of process.argv.slice(2)) {
  const name = basename(file, '.jsonl');
  for (const r of readJsonLines<Row>(file)) {
    const c = asCase(r);
    if (!c) continue;
    const codes = screenPassage(`${c.title}\n${c.text}`)
      .map((f) => f.code)
      .sort()
      .join(',');
    const src = { n: 1, text: c.text, hit: { source: 'uploads', title: c.title, section: '', authority: 'A' } } as unknown as PackagedSource;
    const level = triage(c.question).level;
    const gate = createAdviceGate([src], { question: c.question, urgent: level !== 'routine', level });
    c.sentences.forEach((s, i) => {
      const page = gate.judge(s, 1) ? 'held' : 'given';
      // As evidence mode reads it: with the page's title as its topic (holdSourceAdvice).
      const topic = gate.judge(s, 1, undefined, `${c.title} `) ? 'held' : 'given';
      const model = gate.judge(`${s} [1]`) ? 'held' : 'given';
      process.stdout.write(`${name}\t${c.id}\t${i}\t${page}\t${topic}\t${model}\t${i === 0 ? codes || '-' : ''}\t${readingForm(s).slice(0, 110)}\n`);
    });
  }
}
