// A knowledge document (a disease-KG entry, a guideline page: a record with no dialogue) that screening flags is cut,
// not dropped: the flagged sentences go, the rest of the entry stays. Session 16 read 84 disease-KG entries (331 k
// characters) rejected whole for one sentence the screen misread ('不同级别医院' as a care refusal, '忌吃…猪油' as a burn
// remedy, '用力咳嗽' to clear blood as cough-CPR); a harmful sentence is removed either way. Pure.
import { normalise, sentences } from '../../safety/screening/text.js';
import { screenAnswer } from '../../safety/screening/screen.js';

export interface RemovedClaim {
  code: string;
  sentence: string;
}

/** At most this many sentences, and this share of the text, may be cut; a document flagged more widely is dropped. */
export const MAX_CUT_SENTENCES = 3;
export const MAX_CUT_SHARE = 0.1;

/**
 * The document without the sentences holding a harm the claim checker names in it (read on the whole document, as the
 * check reads it — a flag may need the entry's own topic; the learned claim model alone names none), or undefined when
 * no flagged span is found in a sentence, or more than MAX_CUT_SENTENCES sentences or MAX_CUT_SHARE of the text would
 * go. Lines keep their order and breaks; a line emptied by the cut is removed.
 */
export function cutFlaggedSentences(text: string): { text: string; removed: RemovedClaim[] } | undefined {
  const flags = screenAnswer(text, '').filter((f) => f.code !== 'unsafe-claim');
  if (!flags.length) return undefined;
  const all = text.split('\n').flatMap((line, li) => sentences(line).map((s) => ({ li, s, n: normalise(s) })));
  const removed: RemovedClaim[] = [];
  const cut = new Set<(typeof all)[number]>();
  for (const f of flags) {
    const span = normalise(f.span).replace(/…$/u, '').trim();
    const at = all.find((x) => x.n.includes(span) || (x.n.length > 8 && span.includes(x.n)));
    if (!at) return undefined;
    if (!cut.has(at)) removed.push({ code: f.code, sentence: at.s });
    cut.add(at);
  }
  const cutChars = [...cut].reduce((n, x) => n + x.s.length, 0);
  if (cut.size > MAX_CUT_SENTENCES || cutChars > MAX_CUT_SHARE * text.length) return undefined;
  const lines = text.split('\n');
  for (const x of cut) lines[x.li] = lines[x.li].replace(x.s, '');
  const original = text.split('\n');
  return { text: lines.filter((l, i) => l.trim() || !original[i].trim()).join('\n'), removed };
}
