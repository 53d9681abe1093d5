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

/**
 * Review fix s31: more openers that say a last group concludes ("In short …", "To sum up, …", "Sooo …", "总的来说，…",
 * "總之…"). This reader's own list, beside the shared CONCLUSION words (answer-lexicon.ts, not widened here).
 */
const GROUP_CLOSING_OPENER_RE =
  /^\s*(?:in\s+short(?![A-Za-z])|to\s+sum\s+up(?![A-Za-z])|in\s+a\s+nutshell(?![A-Za-z])|all\s+in\s+all(?![A-Za-z])|so{2,}(?![A-Za-z])|总的来说|總的來說|总而言之|總而言之|總之|綜上|简而言之|簡而言之|总结|總結|综合来看|綜合來看)/i;

/** Words of a question that name no predicate ("Which of the following are …? (Select all that apply.)"). */
const QUESTION_STOP = new Set(
  'which following select apply these those that this with from have what would should there their they them each more than best below above regarding about most likely true correct statement option answer choose patient list 下列 列哪 哪些 以下 多选 选项 正确 哪项 哪个 些是'.split(
    ' ',
  ),
);

/** Content terms of a text: English words of four letters or more (a plural's s dropped), Chinese character pairs. */
function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []) if (!QUESTION_STOP.has(w)) out.add(w.replace(/s$/, ''));
  for (const run of text.match(/[\u4e00-\u9fff]{2,}/g) ?? [])
    for (let i = 0; i + 1 < run.length; i++) if (!QUESTION_STOP.has(run.slice(i, i + 2))) out.add(run.slice(i, i + 2));
  return out;
}

/**
 * The last group says the question's own predicate and no earlier group does ("Which … are risk factors …?" — "… In
 * short the risk factors are A, B and D."): a term of the question (not of an option's text) in the last group's
 * sentence and in no earlier group's. Without a question, never.
 */
function lastSaysTheAsk(groups: readonly Group[], question: string | undefined, ctx: LetterContext): boolean {
  if (!question) return false;
  const ask = termsOf(question);
  for (const t of ctx.raw?.values() ?? []) for (const w of termsOf(t)) ask.delete(w);
  const last = termsOf(groups[groups.length - 1].opener);
  const before = new Set(groups.slice(0, -1).flatMap((g) => [...termsOf(g.opener)]));
  return [...ask].some((w) => last.has(w) && !before.has(w));
}

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
  /** The group is the reply's last sentence, a labelled line (its label not a rejection) that starts its own line. */
  closingLabelLine: boolean;
  /** The group opens with a label ("Static: B, D."). */
  labelled: boolean;
}

/** The options a sentence commits to (positive mentions of one kind: letters, or option texts). */
const named = (s: Sentence, kind: 'letter' | 'text'): Set<string> => new Set(s.mentions.filter((m) => m.kind === kind && m.polarity > 0).map((m) => m.letter));

/** The reply's groups of options: one per sentence, a heading and the list items under it being one. */
function groupsOf(sentences: readonly Sentence[], kind: 'letter' | 'text', startsLine: readonly boolean[]): Group[] {
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
    const closes = label !== undefined && !REJECT_RE.test(label);
    const group: Group = {
      letters: names,
      opener: s.text,
      closingLine: alone && closes,
      closingLabelLine: closes && i === sentences.length - 1 && startsLine[i] === true,
      labelled: label !== undefined,
    };
    out.push(group);
    list = item || HEADING_END_RE.test(s.text) ? group : null;
  }
  return out;
}

/** A piece that is a verdict row ("A 对", "B 错（…）", "C: correct"): a walk through the options, not a group clause. */
const VERDICT_ROW_RE =
  /^\s*(?:[-*•]\s*)?\(?[A-J]\)?\s*[.:：、)]?\s*(?:对|错|正确|错误|不对|✓|✗|√|×|✔|✘|true|false|correct|incorrect|right|wrong|yes|no)(?![A-Za-z])/i;

/**
 * s44: the text with each semicolon that joins two clauses made a full stop (same length, offsets hold) — "p53、Rb和APC
 * 属于抑癌基因；ras和myc属于原癌基因" sorts as two sentences would. Only where every piece of the line is a clause: a
 * verdict row ("A 对；B 错") or a bare item ("Hypophosphataemia; hypokalaemia", "A;B;D;E": three words, six Han
 * characters or less, brackets aside) makes the line a list, left as it is.
 */
function clausesAsSentences(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const pieces = line.split(/[；;]/);
      if (pieces.length < 2) return line;
      const clause = (p: string) => {
        const bare = p.replace(/[(（][^)）]*[)）]/g, '').trim();
        const words = bare.split(/\s+/).filter(Boolean).length;
        const han = (bare.match(/[\u4e00-\u9fff]/g) ?? []).length;
        return !VERDICT_ROW_RE.test(p) && (han > 6 || words > 3);
      };
      // A trailing empty piece ("…；") is no clause of its own.
      if (!pieces.filter((p) => p.trim()).every(clause)) return line;
      return line.replace(/[；;](?=[ \t]*[^\s；;])/g, '。');
    })
    .join('\n');
}

/**
 * Pure: two of the reply's groups (sentences, or a heading with its list; letters if it names any, else option texts)
 * name options with none in both — the reply sorts options into groups. Options the reply only
 * rejects (commitment.ts, the one reader of rejection) belong to no group. Not when its last group is said as a
 * conclusion or as a closing labelled line.
 */
export function sortsOptionsIntoGroups(text: string, ctx: LetterContext, question?: string): boolean {
  // s44: a semicolon joining two clauses ("p53、Rb和APC属于抑癌基因；ras和myc属于原癌基因") sorts as a full stop does —
  // each side is a group of its own (xax-047 credited all five options). Same length, so offsets hold.
  const sentences = readSentences(clausesAsSentences(text), ctx);
  const kind = sentences.some((s) => s.mentions.some((m) => m.kind === 'letter')) ? 'letter' : 'text';
  const rejected = rejectedOnly(readClauses(text, ctx));
  // Where each sentence starts a line of its own (found in order in the text; a sentence not found starts none).
  const startsLine: boolean[] = [];
  let from = 0;
  for (const s of sentences) {
    const at = s.text ? text.indexOf(s.text.trim(), from) : -1;
    startsLine.push(at >= 0 && /(?:^|\n)[ \t]*$/.test(text.slice(0, at)));
    if (at >= 0) from = at + s.text.trim().length;
  }
  const groups = groupsOf(sentences, kind, startsLine)
    .map((g) => ({ ...g, letters: new Set([...g.letters].filter((l) => !rejected.has(l))) }))
    .filter((g) => g.letters.size > 0);
  if (groups.length < 2) return false;
  const last = groups[groups.length - 1];
  if (CONCLUDING_OPENER_RE.test(last.opener) || last.closingLine) return false;
  // Review fix s31: a last group opened by this reader's own concluding words, or a labelled last line that starts its
  // own line after groups said in prose ("… Amitriptyline is a TCA.\nSSRIs on the list: …"), closes the reply — only
  // when it says the question's predicate and no earlier group does (an opener on the set-aside group, "In short,
  // tetracycline and clindamycin are static.", credits nothing). Labelled lines side by side ("Static: B, D.\nCidal:
  // A, C, E.") sort options; none of them closes.
  const closes = GROUP_CLOSING_OPENER_RE.test(last.opener) || (last.closingLabelLine && groups.slice(0, -1).every((g) => !g.labelled));
  if (closes && lastSaysTheAsk(groups, question, ctx)) return false;
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) if ([...groups[j].letters].every((l) => !groups[i].letters.has(l))) return true;
  return false;
}
