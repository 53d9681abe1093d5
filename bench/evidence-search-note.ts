// Session 40: how often /api/search's list now says "the knowledge base has no page about X" (rag/search-note.ts),
// per batch, beside the list the judge sees (k = 3, one subject). With --chat it also runs the chat path (evidence
// mode) and records the chat answer's own note, so the two gates can be compared row by row. Lists themselves are
// START's by construction (the note is added, nothing is re-ranked); this counts notes, it does not judge them.
//
//   npx tsx bench/evidence-search-note.ts <questions.jsonl>... --db kb.sqlite [--chat] [--out rows.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { answerQuestion } from '../src/rag/answer-question.js';
import { evidenceLabels } from '../src/rag/evidence-answer.js';
import { searchNoPage } from '../src/rag/search-note.js';
import { openKnowledgeBase } from '../src/retrieval/knowledge-base.js';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const db = flag('--db');
const out = flag('--out');
const chat = args.includes('--chat');
const files = args.filter((a) => a !== '--chat');
if (!db || files.length === 0) {
  console.error('usage: npx tsx bench/evidence-search-note.ts <questions.jsonl>... --db kb.sqlite [--chat] [--out rows.jsonl]');
  process.exit(2);
}

interface Row {
  id: string;
  question: string;
  lang?: string;
}

const kb = await openKnowledgeBase({ dbPath: db, readonly: true });
const lines: string[] = [];
try {
  for (const file of files) {
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row)
      .filter((r) => typeof r.question === 'string');
    let notes = 0;
    let chatNotes = 0;
    let same = 0;
    for (const r of rows) {
      const hits = await kb.search(r.question, { k: 3, oneSubject: true });
      const note = await searchNoPage(r.question, hits, kb);
      let chatNote: string | undefined;
      if (chat) {
        const result = await answerQuestion(r.question, { retriever: kb, backend: null, locale: r.lang });
        const cue = evidenceLabels(r.lang === 'zh' ? 'zh' : 'en')
          .noPage('\u0000')
          .split('\u0000')[0];
        chatNote = result.answer
          .split('\n')
          .find((l) => l.startsWith(cue))
          ?.trim();
      }
      if (note) notes++;
      if (chatNote) chatNotes++;
      if (chat && (note?.note ?? '') === (chatNote ?? '')) same++;
      lines.push(
        JSON.stringify({
          batch: basename(file, '.jsonl'),
          id: r.id,
          question: r.question,
          search_top3: hits.map((h) => h.title),
          ...(note ? { search_note: note.names } : {}),
          ...(chatNote ? { chat_note: chatNote } : {}),
        }),
      );
    }
    const chatPart = chat ? `, chat notes ${chatNotes}, same note (or none) on both ${same}/${rows.length}` : '';
    console.log(`${basename(file)}: ${rows.length} questions, search notes ${notes}${chatPart}`);
  }
} finally {
  await kb.close();
}
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
