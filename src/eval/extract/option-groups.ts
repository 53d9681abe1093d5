// A multi-answer reply that sorts the options into groups, sentence by sentence, without saying by an answer statement
// or a layout which group answers: "The live ones here are MMR, varicella and rotavirus. IPV is inactivated." /
// "Horner's = ptosis, miosis, anhidrosis. Mydriasis and exophthalmos are the opposite." / "Options A, B and D are the
// red flags here. C is typical of a simple radiculopathy and E is non-specific." / "微血管并发症主要是糖尿病肾病、视网膜
// 病变。冠心病和脑卒中属于大血管并发症。" Each group is said with a predicate of its own (live / inactivated, a feature /
// the opposite, 微血管 / 大血管); which predicate is the question's is not read here, and neither the order (the set-aside
// group comes last as often as the answer does) nor the union of all options named is the answer. Read from prose
// alone, such a reply has no answer we can credit: a miss, never a wrong set.
// Groups are read from one kind of mention: letters when the reply names any option by its letter, else option texts.
// A list under one heading is one group ("The drugs that cause it are:\n- Hydralazine\n- Procainamide", "已揀：\nA\nD");
// options the reply only rejects are in no group; and a last group said as a conclusion ("So the ones to select are …",
// "所以…") or as a closing labelled line ("Live vaccines on the list: MMR & varicella.") is the reply's answer.
// Pure; works on cleanReply's folded text.
import { CONCLUDING_OPENER_RE, REJECT_RE } from './answer-lexicon.js';
import { readClauses, rejectedOnly } from './commitment.js';
import { readSentences, type Sentence } from './evidence-reader.js';
import type { LetterContext } from './letter-set.js';

/** A list item's marker at the start of a line: a bullet, "1." / "1)" / "1、", a circled or bracketed number. */
const LIST_ITEM_RE = /^\s*(?:[-*•·▪●◦‣–]|\d{1,2}\s*[.)、]|\(\d{1,2}\)|[①-⑳])\s*/;
/** A heading that opens a list: the sentence ends with a colon. */
const HEADING_END_RE = /[:：]\s*$/;
/** A labelled line: a short label, a colon, then what it names ("Live vaccines on the list: MMR & varicella."). */
const LABELLED_RE = /^([^:：\n]{2,60})[:：]\s*\S/;
/** A number marker the sentence split left alone ("1." before "Furosemide"): the next sentence is a list item. */
const NUMBER_ONLY_RE = /^\s*\(?\d{1,2}\s*[.)、]?\s*$/;

interface Group {
  letters: Set<string>;
  /** The sentence that opens the group: a list's heading or first item, else the sentence itself. */
  opener: string;
  /** The group is a labelled line standing alone as the reply's last paragraph: a closing summary. */
  closingLine: boolean;
}

/** The options a sentence commits to (positive mentions of one kind: letters, or option texts). */
const named = (s: Sentence, kind: 'letter' | 'text'): Set<string> => new Set(s.mentions.filter((m) => m.kind === kind && m.polarity > 0).map((m) => m.letter));

/** The reply's groups of options: one per sentence, a heading and the list items under it being one. */
function groupsOf(sentences: readonly Sentence[], kind: 'letter' | 'text'): Group[] {
  const out: Group[] = [];
  let list: Group | null = null;
  let numbered = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.question) {
      list = null;
      continue;
    }
    if (NUMBER_ONLY_RE.test(s.text)) {
      numbered = true;
      continue;
    }
    const item = numbered || LIST_ITEM_RE.test(s.text);
    numbered = false;
    const names = named(s, kind);
    const prev = sentences[i - 1];
    // Under a heading, every line of its paragraph up to the next heading is the list ("已揀：\nA\nD", "Student:\nA\nC\nE").
    if (list && prev?.paragraph === s.paragraph && !HEADING_END_RE.test(s.text) && (item || HEADING_END_RE.test(list.opener))) {
      for (const l of names) list.letters.add(l);
      continue;
    }
    // A labelled line alone as the reply's last paragraph closes it — unless its label sets what it names aside ("Not live: …").
    const alone = i === sentences.length - 1 && (i === 0 || prev.paragraph !== s.paragraph);
    const label = LABELLED_RE.exec(s.text)?.[1];
    const group: Group = { letters: names, opener: s.text, closingLine: alone && label !== undefined && !REJECT_RE.test(label) };
    out.push(group);
    list = item || HEADING_END_RE.test(s.text) ? group : null;
  }
  return out;
}

/**
 * Pure: two of the reply's groups (sentences, or a heading with its list; letters if it names any, else option texts)
 * name options with none in both — the reply sorts options into groups. Options the reply only
 * rejects (commitment.ts, the one reader of rejection) belong to no group. Not when its last group is said as a
 * conclusion or as a closing labelled line.
 */
export function sortsOptionsIntoGroups(text: string, ctx: LetterContext): boolean {
  const sentences = readSentences(text, ctx);
  const kind = sentences.some((s) => s.mentions.some((m) => m.kind === 'letter')) ? 'letter' : 'text';
  const rejected = rejectedOnly(readClauses(text, ctx));
  const groups = groupsOf(sentences, kind)
    .map((g) => ({ ...g, letters: new Set([...g.letters].filter((l) => !rejected.has(l))) }))
    .filter((g) => g.letters.size > 0);
  if (groups.length < 2) return false;
  const last = groups[groups.length - 1];
  if (CONCLUDING_OPENER_RE.test(last.opener) || last.closingLine) return false;
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) if ([...groups[j].letters].every((l) => !groups[i].letters.has(l))) return true;
  return false;
}
