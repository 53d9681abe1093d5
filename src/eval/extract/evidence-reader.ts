// A structured reader of a multiple-choice reply, for what the statement reader (answer-statements.ts) finds no
// answer statement in: answers buried in prose ("… go straight to CT pulmonary angiography (B), which is …"),
// label/value lines and table rows ("Correct: A, C & E", "| Answer | C |", "[答]E"), per-option verdict layouts
// ("A – true … B – false", a table with a letter column and a Yes/No column), and replies that name the option by
// its text only. The reply is cut into segments (lines, table rows, sentences, clauses); every mention of an option
// (letter in label form, option text, ordinal already folded to a letter) gets a polarity from its own clause
// (negated, false, concessive → not committed). The decision takes the strongest kind of evidence present and,
// within it, the last committed set; a disjunction between options ("either B or C", "B或C"), a question, or a
// later committed mention of another option leaves no answer. Pure; works on cleanReply's folded text.
import { doubts } from './modal-reading.js';
import { asGoodAt } from './connectives.js';
import {
  DEFER_END_RE,
  FALSE_IN_CLAUSE_RE,
  GENUS_AFTER_RE,
  HYPOTHETICAL_CONSEQUENCE_RE,
  HYPOTHETICAL_SENTENCE_RE,
  NEGATED_CONDITION_RE,
  NEGATION_BEFORE_RE,
  OPEN_DOUBT_RE,
  OTHERS_CHOOSE_RE,
  REJECT_RE,
} from './answer-lexicon.js';
import { letterRange, normOptionText, ownNameAfter, parseLetterSet, type LetterContext } from './letter-set.js';
import { contentUnits, optionByAtoms, optionByContent, unitsSaid } from './option-names.js';
import { englishWord } from '../../knowledge/english-words.js';
import { escapeRegExp } from '../../core/regex.js';

export type EvidenceHow = 'label-value' | 'verdict-layout' | 'prose-letter' | 'prose-text';

export interface EvidenceReading {
  value: string | null;
  status: 'ok' | 'none' | 'hedge' | 'conflict' | 'several-for-single';
  how: EvidenceHow | 'none';
}

export interface OptionMention {
  letter: string;
  /** +1 committed to, -1 rejected, 0 mentioned without a stance (concession, question). */
  polarity: 1 | -1 | 0;
  kind: 'letter' | 'text';
}

export interface Sentence {
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  paragraph: number;
  mentions: OptionMention[];
  question: boolean;
  /** Two or more options joined by a disjunction: the writer has not chosen between them. */
  disjunctive: boolean;
  /** The same, with the options named by letter ("either B or C", "B或C"). */
  letterDisjunctive: boolean;
}

// Grammatical words only, no answer cues: negation and falsity (answer-lexicon.ts), concession, disjunction, modal doubt.
const TRUE_IN_CLAUSE_RE = /\b(?:true|correct|right|yes)\b|[✓✔✅√]|正确|对的|是对的|符合/i;
const CONCESSIVE_RE = /^\s*(?:while|although|though|even though|whereas|if|unless|虽然|尽管|如果|若|假如)\b/i;
const POSSIBILITY_RE = /\b(?:could|might|may)\s+(?:also\s+|well\s+)?be\b|也(?:有)?可能|也许|或许/i;
const DISJUNCTION_RE = /\b(?:or|either)\b|或者|或是|还是|或/i;
const UNIVERSAL_RE = /\b(?:all|every|everything|each|rest|others?)\b|其余|其他|其它|均|都|全部/i;
const EXCEPT_RE = /\b(?:except(?: for)?|other than|apart from|besides|but not)\b|除了?|以外|之外/i;
const LETTER_NOUN_BEFORE_RE =
  /(?:\b(?:vitamin|hepatitis|hep|type|protein|factor|group|influenza|class|grade|stage|phase|cluster|lead|zone|schedule|category|complement|hemoglobin|hb|ig|apo|apolipoprotein|pattern|stage)\s*|维生素|乙型|型)$/i;

const OPTION_LINE_RE = /^\s*(?:[-•*]\s*)?(?:option\s+|choice\s+|选项)?\(?([A-Ja-j])\)?(?:\s*选项)?\s*[.):、\-–—,]/i;
/** A line opening on two or more capital option letters joined as a list ("B、C、D …", "A, C: …"): a set, not a row label. */
const LETTER_LIST_OPENING_RE = /^\s*(?:[-•*]\s*)?\(?[A-J]\)?\s*[、,，]\s*\(?[A-J]\)?(?![A-Za-z0-9.'’-])/;
// The verdict of such a list's own clause, said plainly after it: 对 / 啱 (Cantonese "right") and their negations. Read
// only for a line opening on a letter list (readSentences), never as a verdict word elsewhere: 对 alone is also "towards".
const LIST_RIGHT_RE = /^[\s(（A-J)）、,，和及与]*(?:都|均|皆|全)?\s*(?:啱|对)(?![于於着])/;
/** Cantonese 唔啱 (read as 不啱): "not right", said of the clause's letters (readSentences only). */
const CANTONESE_NOT_RIGHT_RE = /(?:不|唔)\s*啱/;
const LIST_WRONG_RE = /^[\s(（A-J)）、,，和及与]*(?:都|均|皆|全)?\s*(?:不|唔|冇|没)\s*(?:啱|对)/;
/**
 * The reply stops mid-sentence: on clause punctuation (a comma, a colon, a dash), on an option label waiting for its
 * text, on an English word that cannot end a sentence (an article, a preposition, a conjunction, a relative pronoun, an
 * auxiliary or a copula, alone or before one adverb: "keep in mind the", "…, which. So", "is typically"). A Chinese
 * character at the end may be a cut mid-word or a casual ending ("这题选B啊……背会了这类题基本秒杀"): see HAN_END_RE.
 */
const CUT_OFF_RE = new RegExp(
  `(?:[,:;、\\-–—]|\\b(?:option|choice)\\s+[A-J]|(?<![A-Za-z])(?:${[
    'the an this these those its their his her our your my',
    'of to in on at by for with from into onto about as than via per between among through during without within',
    'and or but nor so because since although though while whereas if unless whether which that who whom whose where when',
    'is are was were be been being am has have had do does did can could will would shall should may might must',
    'not also very more most less least such',
  ]
    .join(' ')
    .split(' ')
    .join('|')})|(?<![A-Za-z])(?:is|are|was|were|be|been)\\s+[a-z]+ly)\\s*$`,
  'i',
);
/**
 * The reply ends on a word without a full stop. Not cut off by itself: a casual reply ("so B obv", "→ Pick: B)
 * vancomycin") ends so. Only an option named by its letter decides such a reply's prose; its last sentence naming an
 * option's words may be an afterthought ("MW tear = after vomiting lots"), and the stance readers stay out (abstention).
 */
const UNPUNCTUATED_RE = /(?:[a-z]{2}|[\u4e00-\u9fff])\s*$/i;
/**
 * Pure: the reply stops, without a full stop, on a line that walks through one option ("D. this one is also consistent
 * with the clinical", "D ✓ since hepatic outflow obstruction raises sinusoidal"): the walk was cut before its verdicts
 * were all given, so neither its rows nor an earlier letter are its answer.
 */
export function walkCutOff(text: string): boolean {
  const body = text.trimEnd();
  if (!UNPUNCTUATED_RE.test(body)) return false;
  const last = body.slice(body.lastIndexOf('\n') + 1);
  return OPTION_LINE_RE.test(last) || /^\s*(?:[-•*]\s*)?\(?[A-J]\)?\s*[✓✔✅√✗✘❌×]/.test(last);
}

/**
 * A reply ending on a Chinese character: its last sentence may be cut mid-word ("接下来看B，新生儿溶血症"), so only a letter
 * committed in an earlier, complete sentence that walks no option ("这题选B啊，老考点了……铁锈色痰。") decides it.
 */
const HAN_END_RE = /[\u4e00-\u9fff]\s*$/;

/**
 * The writer says the question is left undecided: nothing in the closing paragraph is a commitment. "Not decided" is
 * the writer's only with the writer as its subject (I/we, 我/我们): a patient or family still undecided about surgery,
 * or "I had not decided earlier, but now…", leaves the writer's answer standing (review s24 rows 9–15).
 */
const UNDECIDED_RE =
  /(?:暂时|现在|目前)?(?:没法|没办法|不能)(?:确定|判断|选择|给出)|\bcan(?:no|')t\s+(?:pick|choose|decide|commit|settle)|\bnot going to (?:pick|choose)|\btorn between\b|\bhard to say\b|很难说|难以确定|无法(?:选择|确定|判断)|\bit depends\b|\bdepends on\b|取决于|有争议|难以?取舍|再确认|不下结论|答不上|拿不定|\b(?:I|we)\s+(?:(?:have|'ve)\s+not|haven['’]t)\s+(?:yet\s+)?decided\b|\b(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+(?:still\s+)?undecided\b|我们?(?:还|仍|暂时|尚)?(?:没有?|未)(?:决定|想好|拿定主意)/i;
/** An answer was stated with a value that is no option ("Final answer: 4", "答案：F"): not ours to second-guess. */
const INVALID_ANSWER_RE = /(?:\banswer\b|答案(?:应该|应当)?|应选|故选|本题选)\s*(?:is|为|是)?\s*[:=]?\s*(\d|[A-Z](?![A-Za-z]))/gi;
const statesInvalidAnswer = (text: string, valid: ReadonlySet<string>) =>
  [...text.matchAll(INVALID_ANSWER_RE)].some((m) => {
    if (!/\d/.test(m[1]) && valid.has(m[1].toUpperCase())) return false;
    // "答案：2（即B. 肌红蛋白）": the option is named on the same line after all.
    const line = text.slice((m.index ?? 0) + m[0].length).split('\n')[0];
    return ![...line.matchAll(/(?<![A-Za-z])([A-J])(?![A-Za-z])/g)].some((x) => valid.has(x[1]));
  });

/** A letter that modifies the noun after it is no option label: "A组链球菌", "B型", "C类". */
const LETTER_MODIFIER_AFTER_RE = /^(?:组|型|族|类|级|期|区|带|波|群|族|超)/;

// No sentence ends inside a genus written short ("high E. coli resistance"): see GENUS_AFTER_RE.
const SENTENCE_SPLIT_RE = /(?<=[.!?])(?<!^\s*(?:[-•*]\s*)?\(?[A-Ja-j]\.)(?!(?<=(?<![A-Za-z])[A-Z]\.)\s?[a-z]{3,})(?=\s|[^\x00-\x7F])|(?<=[。！？])/;
const CONTRAST_RE = /^\s*(?:but|however)\b|^\s*(?:但是?|不过|然而)/i;

const CLAUSE_SPLIT_RE =
  /[,;:、，；]|(?=\b(?:but|while|whereas|however|although|though)\b)|(?=而不是|而非|但是|但|不过|然而)|(?=\b(?:rather than|instead of)\b)/i;

/** Option letters written as labels in a clause: "(D)", "D选项", "option b", a bare capital not part of a word. */
export function letterMentions(clause: string, valid: ReadonlySet<string>, ctx?: LetterContext): { letter: string; at: number }[] {
  const out: { letter: string; at: number }[] = [];
  const re = /(?<![A-Za-z0-9'’+\-/])([A-Ja-j])(?![A-Za-z0-9'’+]|-[A-Za-z0-9]|\/[A-Za-z])/g;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const raw = m[1];
    const letter = raw.toUpperCase();
    if (!valid.has(letter)) continue;
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + 1);
    const labelled = /(?:option|choice|answer|选项|答案)\s*$/i.test(before) || (/\($/.test(before) && /^\)/.test(after)) || /^\s*(?:选项|项)/.test(after);
    if (raw !== letter && !labelled) continue; // lower-case letters only as labels ("option (b)", "(b)")
    if (!labelled && (LETTER_NOUN_BEFORE_RE.test(before) || LETTER_MODIFIER_AFTER_RE.test(after))) continue; // vitamin D, type A, A组
    // A capital, a full stop and a lower-case word is a genus written short ("E. coli", "C. difficile", "S. aureus"): a
    // name, not a label (an option's label is followed by its text, which starts upper-case, or by a verb after "is").
    if (!labelled && GENUS_AFTER_RE.test(after)) continue;
    // The article "A" ("A patient", "A V/Q scan", "A 1 mg intravenous bolus", "A 5-year-old"), unless a verb follows it
    // ("A is correct") or its own option's name ("Answer: A Lorazepam", given the options).
    if (
      letter === 'A' &&
      !labelled &&
      !(ctx && ownNameAfter(after.trimStart(), letter, ctx, true) > 0) &&
      /^\s+(?:[a-z]{2,}|[A-Z][A-Za-z/]+|\d[\d.,]*[\s-]*[a-z]{2,})/.test(after) &&
      !/^\s+(?:is|was|are|and|or|as|because|since|would|could|can|does|fits|matches|remains|best|only|alone)\b/.test(after)
    )
      continue;
    out.push({ letter, at: m.index });
  }
  return out;
}

function clausePolarity(clause: string, at: number): 1 | -1 | 0 {
  const before = clause.slice(Math.max(0, at - 16), at);
  if (NEGATION_BEFORE_RE.test(before)) return -1;
  if (CONCESSIVE_RE.test(clause)) return 0;
  if (FALSE_IN_CLAUSE_RE.test(clause) && !TRUE_IN_CLAUSE_RE.test(clause)) return -1;
  return 1;
}

// Per aliases map (built once per item by letterContext, never changed after), each option's aliases as matchers: a
// Chinese name is a substring, another a whole word — compiled once, not per clause.
type AliasMatcher = RegExp | string;
const aliasMatchersCache = new WeakMap<ReadonlyMap<string, readonly string[]>, ReadonlyMap<string, readonly AliasMatcher[]>>();
function aliasMatchers(aliases: ReadonlyMap<string, readonly string[]>): ReadonlyMap<string, readonly AliasMatcher[]> {
  let m = aliasMatchersCache.get(aliases);
  if (!m) {
    m = new Map(
      [...aliases].map(([l, names]) => [l, names.map((n) => (/[\u4e00-\u9fff]/.test(n) ? n : new RegExp(`(?<![a-z0-9])${escapeRegExp(n)}(?![a-z0-9])`)))]),
    );
    aliasMatchersCache.set(aliases, m);
  }
  return m;
}

/** Options named by their text in a clause; an option whose text is inside another matched one is dropped. */
export function textMentions(clause: string, texts: ReadonlyMap<string, string> | undefined, aliases?: ReadonlyMap<string, readonly string[]>): string[] {
  if (!texts) return [];
  const norm = normOptionText(clause);
  const hits = [...texts].filter(([, t]) => t.length >= (/[\u4e00-\u9fff]/.test(t) ? 2 : 4) && norm.includes(t));
  const found = hits.filter(([l, t]) => !hits.some(([l2, t2]) => l2 !== l && t2.length > t.length && t2.includes(t))).map(([l]) => l);
  // An option named by another name its own text gives it ("MMR & varicella" for "Measles–mumps–rubella (MMR)"):
  // a whole word in the clause, for options not already found.
  if (aliases) {
    const low = clause.toLowerCase();
    for (const [l, names] of aliasMatchers(aliases)) {
      if (found.includes(l)) continue;
      if (names.some((n) => (typeof n === 'string' ? low.includes(n) : n.test(low)))) found.push(l);
    }
  }
  return found;
}

const RANGE_IN_TEXT_RE = /(?<![A-Za-z])[A-J][ \t]*(?:[–—~～]|-(?=[A-J](?![A-Za-z]))|到|至|[ \t]+(?:through|thru)[ \t]+)[ \t]*[A-J](?![A-Za-z0-9])/g;
/** A clause with every letter range written out ("A through D" → "A, B, C, D"). */
function expandRanges(clause: string, ctx: LetterContext): string {
  return clause.replace(RANGE_IN_TEXT_RE, (m) => letterRange(m, 0, ctx)?.letters.join(', ') ?? m);
}

/** Sentences of a reply with their option mentions. Table rows and list lines are sentences of their own. */
/** Cheap pre-check: can any sentence of the text leave options open? */
export const mayLeaveOpen = (text: string): boolean => DISJUNCTION_RE.test(text) || POSSIBILITY_RE.test(text);

/** Pure: the plain verdict right after a line's opening letter list ("B、C、D 啱", "A、B都不对"): 1, -1, or 0 (none). */
function listOpeningVerdict(row: string): 1 | -1 | 0 {
  const list = /^\s*(?:[-•*]\s*)?(?:\(?[A-J]\)?\s*(?:[、,，]|和|及|与)\s*)+\(?[A-J]\)?/.exec(row);
  if (!list) return 0;
  const after = row.slice(list[0].length);
  if (LIST_WRONG_RE.test(after)) return -1;
  // The verdict ends its clause: "B、C、D 啱，…" / "B、C对。", not "B、C对应…" or "A、B对比…".
  const right = LIST_RIGHT_RE.exec(after);
  return right && /^\s*(?:[，,;；。.!！]|$)/.test(after.slice(right[0].length)) ? 1 : 0;
}

export function readSentences(text: string, ctx: LetterContext): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      paragraph++;
      continue;
    }
    const row = /^\s*\|/.test(line) ? line.replace(/\|/g, ';') : line;
    // A line that opens with an option's label walks through that option: its label is no commitment by itself.
    const walk = OPTION_LINE_RE.exec(row);
    // s44: a line that opens on a list of letters followed by nothing but a plain verdict ("B、C、D 啱，A 唔係", "B、C都不对")
    // names a set, not one option's row: its first letter takes the verdict as the others do (xax-111 read CD). With
    // no such verdict right after the list, the row reading stands.
    // s44 review: not on a line that doubts ("A、B对，C、D我不确定", "C 啱唔啱我就唔肯定"): the START reading stands there.
    const listVerdict =
      ctx.assertiveStem === true &&
      LETTER_LIST_OPENING_RE.test(row) &&
      !doubts(row) &&
      !/[不唔]\s*(?:确定|確定|肯定|知|清楚)|(?:啱|对)[不唔](?:啱|对)/.test(row)
        ? listOpeningVerdict(row)
        : 0;
    const pieces = row.split(SENTENCE_SPLIT_RE);
    for (const raw of pieces) {
      const s = raw.trim();
      if (!s) continue;
      const mentions: OptionMention[] = [];
      // Options named by their words in a clause with no verdict of its own.
      const unmarked = new Set<OptionMention>();
      // Options left open: a clause with a disjunction or a possibility ("or C", "it could be D") naming an option
      // while this or the clause before it names another.
      let open = false;
      let before = new Set<string>();
      // Options named in a condition that denies them ("不是A的话", "if not A"): another option after it is the other arm
      // of an either/or.
      const conditioned = new Set<string>();
      // The clauses of the opening letter list ("B", "C", "D 啱" — the list splits at its commas) take its verdict.
      let listLeft = listVerdict !== 0 && raw === pieces[0];
      for (const part of s.split(CLAUSE_SPLIT_RE)) {
        if (!part?.trim()) continue;
        const inList = listLeft && /^\s*(?:[-•*]\s*)?\(?[A-J]\)?(?![A-Za-z0-9])/.test(part);
        listLeft = inList && /^\s*(?:[-•*]\s*)?\(?[A-J]\)?\s*(?:(?:和|及|与)\s*\(?[A-J]\)?\s*)*$/.test(part);
        // "Options A through D", "A–D 均正确": a range names every option in it.
        const clause = expandRanges(part, ctx);
        const here = new Set([...letterMentions(clause, ctx.valid).map((m) => m.letter), ...textMentions(clause, ctx.texts, ctx.aliases)]);
        if ((DISJUNCTION_RE.test(clause) || POSSIBILITY_RE.test(clause)) && here.size && new Set([...before, ...here]).size >= 2) open = true;
        if (conditioned.size && [...here].some((l) => !conditioned.has(l))) open = true;
        if (here.size && NEGATED_CONDITION_RE.test(clause)) for (const l of here) conditioned.add(l);
        if (here.size) before = here;
        // "One might think of A, but … is B": what comes before a contrast is superseded by what follows it.
        if (CONTRAST_RE.test(clause)) for (const m of mentions) if (m.polarity > 0) m.polarity = 0;
        for (const m of letterMentions(clause, ctx.valid)) {
          const label = walk !== null && raw === pieces[0] && m.letter === walk[1].toUpperCase() && part === s.split(CLAUSE_SPLIT_RE)[0];
          const opening = inList;
          // "A 唔啱" (Cantonese: A is not right) denies A, as "A不对" does (the shared lists are not widened).
          const polarity = opening ? listVerdict : ctx.assertiveStem === true && CANTONESE_NOT_RIGHT_RE.test(clause) ? -1 : clausePolarity(clause, m.at);
          mentions.push({
            letter: m.letter,
            polarity: label && !opening && !TRUE_IN_CLAUSE_RE.test(s) ? (polarity < 0 ? -1 : 0) : polarity,
            kind: 'letter',
          });
        }
        for (const l of textMentions(clause, ctx.texts, ctx.aliases)) {
          const m: OptionMention = { letter: l, polarity: clausePolarity(clause, 0), kind: 'text' };
          if (!TRUE_IN_CLAUSE_RE.test(clause)) unmarked.add(m);
          mentions.push(m);
        }
        // A denial that names nothing denies what its sentence named before it without a verdict of its own
        // ("阿司匹林和β受体阻滞剂用于长期预防，不用于缓解急性发作"), as the one reader of rejection reads it (commitment.ts).
        if (!here.size && REJECT_RE.test(clause) && !TRUE_IN_CLAUSE_RE.test(clause) && !CONCESSIVE_RE.test(clause))
          for (const m of mentions) if (m.polarity > 0 && unmarked.has(m)) m.polarity = -1;
      }
      const positive = new Set(mentions.filter((m) => m.polarity > 0).map((m) => m.letter));
      const positiveLetters = new Set(mentions.filter((m) => m.polarity > 0 && m.kind === 'letter').map((m) => m.letter));
      out.push({
        text: s,
        paragraph,
        mentions,
        question: /\?\s*$/.test(s),
        disjunctive: open && positive.size >= 1,
        letterDisjunctive: open && positiveLetters.size >= 1 && mentions.filter((m) => m.kind === 'letter' && m.polarity >= 0).length >= 2,
      });
    }
  }
  return out;
}

const key = (letters: Iterable<string>) => [...new Set(letters)].sort().join('');

/**
 * A label's value that is a whole letter set and nothing else, read by the one set grammar (letter-set.ts
 * parseLetterSet: "A, C & E", "a c", "(B)(D)", "A; C"); a hedged set ("A/C" on a one-answer item) is none.
 */
function wholeLetterSet(v: string, ctx: LetterContext): string[] {
  const set = parseLetterSet(v, 0, ctx);
  return set && !set.hedge && !set.offOption && /^[\s.]*$/.test(v.slice(set.end)) ? set.letters : [];
}

/** "Correct: A, C & E", "Selected option: d", "[答]E", "| Answer | C |", "→ Correct: A": a short label and a letter set. */
function labelValueLines(text: string, ctx: LetterContext): { letters: string[]; line: number }[] {
  const out: { letters: string[]; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    const cells = line
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    let label: string;
    let value: string;
    if (/^\s*\|/.test(line) && cells.length === 2) [label, value] = cells;
    else {
      const m = /^\s*(?:[-•*>→]\s*)*(?:\[([^\]\n]{1,8})\]|([^:\n=]{1,30}?)\s*[:=])\s*(.+?)\s*$/.exec(line);
      if (!m) return;
      label = m[1] ?? m[2];
      value = m[3];
    }
    if (/\d/.test(label) || label.split(/\s+/).length > 4 || FALSE_IN_CLAUSE_RE.test(label) || textMentions(label, ctx.texts).length) return;
    if (letterMentions(label, ctx.valid).length) return;
    // A label that names what is offered ("options = ['A', 'B', 'C', 'D']", "choices:"), not what is chosen.
    if (/^(?:all[_\s]?)?(?:options|choices|letters)$/i.test(label.trim())) return;
    // A letter set, or one letter with its option text after it ("B (Metformin)" is read by the statement reader).
    const v = value.replace(/\s*[(（].*[)）]\s*\.?$/, '').trim();
    const single = /^\(?([a-jA-J])\)?\.?$/.exec(v);
    const letters = single ? [single[1].toUpperCase()] : wholeLetterSet(v, ctx);
    if (letters.length && letters.every((l) => ctx.valid.has(l))) out.push({ letters, line: i });
  });
  return out;
}

const CHECKBOX_RE = /^\s*(?:[-•*+]\s*)?\[([ xX✓✔√✗×])\]\s*/;
const VERDICT_LINE_RE = /^\s*(?:[-•*]\s*)?(?:[✓✔✅√✗✘❌×]\s*)?\|?\s*\(?([A-J])\)?\s*(?:[).:\-–—|]|\s)\s*(.*)$/;
const VERDICT_TRUE_RE = /^(?:\W*)(?:true|correct|right|yes)\b|[✓✔✅√]|^[\s\-–—:]*(?:正确|对)/i;
const VERDICT_FALSE_RE = /^(?:\W*)(?:false|incorrect|wrong|no)\b|[✗✘❌×]|^[\s\-–—:]*(?:错误|错|不正确)/i;
/** A table cell that is a verdict and nothing else (a leading mark may open a remark: "√ 首选…"). */
const CELL_TRUE_RE = /^(?:yes|true|correct|right|是|对|正确)(?:\s|$|[—–\-,(])|^[✓✔✅√⭐★]/i;
const CELL_FALSE_RE = /^(?:no|false|incorrect|wrong|否|错|错误|不是)(?:\s|$|[—–\-,(])|^[✗✘❌×]/i;

/**
 * Per-option verdicts laid out one option a row: "A – true, …", "✅ A. Ptosis", "C ✗", or a table row whose
 * first cell names one option (its letter, "A. Pregnancy", or its text) and another cell is a verdict
 * ("| A | … | Yes |", "| PSA | … | Yes |", "| B | 腹部B超 | √ 首选 |"). `rows` is how many option rows the layout has.
 */
export function verdictLayout(text: string, ctx: LetterContext): Map<string, boolean> & { rows?: number } {
  const verdicts: Map<string, boolean> & { rows?: number } = new Map<string, boolean>();
  let rows = 0;
  for (const line of text.split('\n')) {
    if (/^\s*\|/.test(line)) {
      const cells = line
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      if (cells.length < 2) continue;
      const head = /^\(?([A-J])\)?(?:[.):、\s]|$)/.exec(cells[0]);
      const byText = head ? null : textMentions(cells[0], ctx.texts);
      const letter = head ? head[1] : byText?.length === 1 ? byText[0] : null;
      if (!letter || !ctx.valid.has(letter)) continue;
      rows++;
      const later = cells.slice(1);
      const yes = later.some((c) => CELL_TRUE_RE.test(c));
      const no = later.some((c) => CELL_FALSE_RE.test(c));
      if (yes !== no) verdicts.set(letter, yes);
      continue;
    }
    // A task-list box before the label ("- [x] A. …", "- [ ] B. …") is the row's verdict, whatever the remark says.
    const box = CHECKBOX_RE.exec(line);
    const body = box ? line.slice(box[0].length) : line;
    const m = VERDICT_LINE_RE.exec(body);
    // A row names its option by its letter or, as a table row may, by its text ("- [x] Breech presentation",
    // "Ramipril? Yes — …", "✗ Losartan: no effect on bradykinin").
    const named = m && ctx.valid.has(m[1]) ? { letter: m[1], rest: m[2], at: line.indexOf(m[1]) } : rowByText(body, ctx, !!box);
    if (!named) continue;
    rows++;
    if (box) {
      verdicts.set(named.letter, box[1].trim() !== '' && !/[✗×]/.test(box[1]));
      continue;
    }
    const rest = named.rest;
    const lead = box ? '' : line.slice(0, Math.max(0, named.at));
    const yes = VERDICT_TRUE_RE.test(rest) || /[✓✔✅√]/.test(lead);
    const no = VERDICT_FALSE_RE.test(rest) || /[✗✘❌×]/.test(lead);
    if (yes !== no) verdicts.set(named.letter, yes);
  }
  verdicts.rows = rows;
  return verdicts;
}

/**
 * A list row that opens with one option's text (or a name of its own: optionAliases) and nothing else before its
 * separator ("Ramipril? Yes — …", "Losartan: no"); a task-list row's whole label may be the text ("- [x] Female sex").
 * Its verdict is what follows the separator.
 */
function rowByText(body: string, ctx: LetterContext, boxed: boolean): { letter: string; rest: string; at: number } | null {
  const t = body.replace(/^\s*(?:[-•*]\s*)?/, '');
  const lead = body.length - t.length;
  const marks = /^[✓✔✅√✗✘❌×]\s*/.exec(t)?.[0] ?? '';
  const sep = /\s*(?:[?？:：|]|\s[—–-]\s|—|–)\s*/.exec(t.slice(marks.length));
  const head = sep ? t.slice(marks.length, marks.length + sep.index) : boxed ? t.slice(marks.length) : '';
  if (!head.trim() || head.length > 80) return null;
  const letters = textMentions(head, ctx.texts, ctx.aliases);
  if (letters.length !== 1 || !ctx.valid.has(letters[0])) return null;
  // The head must be the option's name and nothing more: "Losartan" or "Female sex", not a sentence about it.
  const norm = normOptionText(head);
  const own = ctx.texts?.get(letters[0]) ?? '';
  if (norm !== own && !(ctx.aliases?.get(letters[0]) ?? []).some((a) => normOptionText(a) === norm)) return null;
  return { letter: letters[0], rest: sep ? t.slice(marks.length + sep.index + sep[0].length) : '', at: lead + marks.length };
}

/**
 * A layout that judges every offered option, one decided row each, with at least one option judged true: the
 * writer's committed set, however the reply ends (option rows need no full stop).
 */
export function completeVerdicts(text: string, ctx: LetterContext): string[] | null {
  const v = verdictLayout(text, ctx);
  if ((v.rows ?? 0) !== ctx.valid.size) return null;
  const yes = [...v].filter(([, x]) => x).map(([l]) => l);
  // Every row decided, or only the chosen rows marked and no row marked false ("| C | … | ⭐ |", blanks elsewhere).
  const noFalse = [...v.values()].every(Boolean);
  if (v.size !== ctx.valid.size && !noFalse) return null;
  return yes.length ? yes : null;
}

/** A reply that is a JSON object cut off before it closes ('{"rationale": "…", "answer": "'): nothing committed. */
export function jsonCutOff(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith('{') || t.endsWith('}')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  return depth > 0;
}

/** A table cut off inside its last row: that row has fewer cells than the table's header. */
export function tableCutOff(text: string): boolean {
  const lines = text.trimEnd().split('\n');
  const last = lines[lines.length - 1];
  if (!/^\s*\|/.test(last)) return false;
  const cells = (l: string) =>
    l
      .split('|')
      .slice(1, l.trim().endsWith('|') ? -1 : undefined)
      .filter((c) => c.trim()).length;
  const header = lines.find((l) => /^\s*\|/.test(l));
  if (!header || header === last) return false;
  // A last row left open when the table's other rows close with a bar ("| B | Immediate") stopped mid-cell.
  return cells(last) < cells(header) || (header.trim().endsWith('|') && !last.trim().endsWith('|'));
}

/** "all … except B and E" / "除B外，其余都是": the complement of the named letters, for multi-answer items. */
function complement(s: Sentence, ctx: LetterContext): string[] | null {
  if (!EXCEPT_RE.test(s.text) || !UNIVERSAL_RE.test(s.text)) return null;
  const at = s.text.search(EXCEPT_RE);
  const named = new Set(letterMentions(s.text.slice(at), ctx.valid).map((m) => m.letter));
  if (!named.size) return null;
  return [...ctx.valid].filter((l) => !named.has(l));
}

function finish(letters: readonly string[], how: EvidenceHow, multi: boolean | undefined): EvidenceReading {
  const value = key(letters);
  if (!value) return { value: null, status: 'none', how };
  if (multi === false && value.length > 1) return { value: null, status: 'several-for-single', how };
  return { value, status: 'ok', how };
}

const ALL_ABOVE_SENTENCE_RE = /^\s*(?:all\s+(?:of\s+)?the\s+above|以上(?:选项)?(?:都|均|皆|全)(?:是|对|正确))\s*[.!]?\s*$/i;

/**
 * The closing of a reply: from the last sentence that commits to an option (or the last paragraph when none does)
 * to the end. Doubt there ("it depends", "not sure", 有争议) leaves the reply undecided.
 */
function closesInDoubt(sentences: readonly Sentence[]): boolean {
  let from = sentences.length - 1;
  while (from >= 0 && !sentences[from].mentions.some((m) => m.polarity > 0)) from--;
  // The last paragraph too, but not its concessions ("While A and C can both present with fever, …").
  const lastParagraph = sentences.filter((x) => x.paragraph === sentences[sentences.length - 1]?.paragraph && !CONCESSIVE_RE.test(x.text));
  const closing = [...(from >= 0 ? sentences.slice(from) : []), ...lastParagraph].map((x) => x.text).join(' ');
  return doubts(closing) || OPEN_DOUBT_RE.test(closing) || UNDECIDED_RE.test(closing) || DEFER_END_RE.test(closing);
}

/**
 * Why a reply commits to nothing whatever its weak statements say: it stops mid-sentence, states an answer that
 * is no option, or closes in doubt. null when none of these holds.
 */
export function abstention(text: string, ctx: LetterContext): 'cut-off' | 'invalid-answer' | 'closing-doubt' | null {
  const body = text.trimEnd();
  if (CUT_OFF_RE.test(body) || UNPUNCTUATED_RE.test(body)) return 'cut-off';
  if (statesInvalidAnswer(body, ctx.valid)) return 'invalid-answer';
  if (closesInDoubt(readSentences(body, ctx))) return 'closing-doubt';
  return null;
}

/** Read the committed answer from the structure of a cleaned reply (see the file comment). */
export function readEvidence(text: string, ctx: LetterContext, multi?: boolean): EvidenceReading {
  const body = text.trimEnd();
  // Cut off in the middle of a list of letters ("正确答案为A、B、") or of a table row: nothing was committed.
  if (/[A-J](?:\s*(?:,|、|&|\/|\band|和|及))+\s*$/.test(body) || tableCutOff(body)) return { value: null, status: 'hedge', how: 'none' };
  // Every option judged one a row: the rows are the answer, and a last row needs no full stop.
  const complete = statesInvalidAnswer(body, ctx.valid) ? null : completeVerdicts(body, ctx);
  if (complete) return finish(complete, 'verdict-layout', multi);
  if (CUT_OFF_RE.test(body) || walkCutOff(body) || jsonCutOff(body) || statesInvalidAnswer(body, ctx.valid))
    return { value: null, status: 'none', how: 'none' };
  const lv = labelValueLines(body, ctx);
  if (lv.length) {
    const last = lv[lv.length - 1];
    if (lv.every((x) => key(x.letters) === key(last.letters))) return finish(last.letters, 'label-value', multi);
  }
  const verdicts = verdictLayout(body, ctx);
  // Rows of verdicts that stop on a Chinese character may have been cut before the last options were judged.
  if ((verdicts.rows ?? 0) >= 2 && [...verdicts.values()].some(Boolean) && !HAN_END_RE.test(body)) {
    const yes = [...verdicts].filter(([, v]) => v).map(([l]) => l);
    if (multi === true || yes.length === 1) return finish(yes, 'verdict-layout', multi);
  }
  const sentences = readSentences(body, ctx);
  if (closesInDoubt(sentences)) return { value: null, status: 'hedge', how: 'none' };
  // "All of the above." with no such option: every option, on a multi-answer item.
  const lastSentence = sentences[sentences.length - 1];
  if (multi === true && sentences.some((x) => ALL_ABOVE_SENTENCE_RE.test(x.text)) && !lastSentence?.mentions.some((m) => m.polarity > 0 && m.kind === 'letter'))
    if (![...(ctx.texts?.values() ?? [])].some((t) => t.includes(normOptionText('all of the above')))) return finish([...ctx.valid], 'prose-letter', multi);
  const all = ctx.valid.size;
  const decide = (kind: 'letter' | 'text'): EvidenceReading | null => {
    const committed = (s: Sentence) => {
      const pos = new Set(s.mentions.filter((m) => m.kind === kind && m.polarity > 0).map((m) => m.letter));
      // A restatement of the question lists every option; it commits to none.
      return pos.size >= Math.max(3, all - 1) && multi !== true ? new Set<string>() : pos;
    };
    let at = -1;
    for (let i = sentences.length - 1; i >= 0; i--) {
      const s = sentences[i];
      if (s.question) continue;
      if (committed(s).size || (multi === true && kind === 'letter' && complement(s, ctx))) {
        at = i;
        break;
      }
    }
    if (at < 0) return null;
    const s = sentences[at];
    if (HAN_END_RE.test(body) && (at === sentences.length - 1 || OPTION_LINE_RE.test(s.text))) return null;
    // A reply without a full stop that turned away from its letter before it stopped ("一开始想选B。但仔细看题干，应该考虑")
    // was cut while changing its mind.
    if (UNPUNCTUATED_RE.test(body) && sentences.slice(at + 1).some((x) => CONTRAST_RE.test(x.text))) return null;
    // An English reply without a full stop may be cut mid-word ("B fits because the pati"): its last sentence decides
    // only when at most two words follow its last letter ("so B obv", "→ Pick: B) vancomycin") or it ends on a whole
    // English word ("…its option C because it works on the ryanodine receptor in the muscle").
    if (UNPUNCTUATED_RE.test(body) && at === sentences.length - 1) {
      const lastLetter = letterMentions(s.text, ctx.valid).pop();
      const tail = lastLetter ? (s.text.slice(lastLetter.at + 1).match(/[A-Za-z]+/g) ?? []) : [];
      if (!lastLetter || (tail.length > 2 && !englishWord(tail[tail.length - 1]))) return null;
    }
    const how: EvidenceHow = kind === 'letter' ? 'prose-letter' : 'prose-text';
    // The last item of a walk through the options ("A 结核性：3分 … E 胰源性：1分", "3. D — very confident") is where the
    // walk stopped, not what it chose: without a verdict word of its own it commits to nothing.
    if (kind === 'letter' && !TRUE_IN_CLAUSE_RE.test(s.text) && walkItem(sentences, at)) return { value: null, status: 'none', how: 'none' };
    const after = sentences.slice(at + 1);
    // Doubt in the deciding sentence or after it, or a choice left open, is no answer.
    if (s.disjunctive || doubts(s.text) || after.some((x) => x.disjunctive) || OPEN_DOUBT_RE.test(after.map((x) => x.text).join(' ')))
      return { value: null, status: 'hedge', how };
    // Read from prose alone, a clause that only says an option could be right ("B could be right", "B might be it") or
    // tells what others pick ("Everyone says B", "people usually pick B here", "有人选B") commits the writer to nothing.
    const chosen = committed(s);
    const own = s.text
      .split(/[,;:，；：]/)
      .filter((c) =>
        [...chosen].some((l) =>
          kind === 'letter' ? letterMentions(c, ctx.valid).some((m) => m.letter === l) : textMentions(c, ctx.texts, ctx.aliases).includes(l),
        ),
      );
    if (own.some((c) => POSSIBILITY_RE.test(c)) || (kind === 'letter' && OTHERS_CHOOSE_RE.test(s.text))) return { value: null, status: 'hedge', how };
    // An option called as good as another commits to neither — only where the clause offers the option as the other
    // one: a clause after the choice that opens with the words ("首选劳拉西泮，也可以选左乙拉西坦"), or the option joined with
    // another before them ("卡马西平和加巴喷丁都可以作为首选"). 均可/也可以 over patients or settings ("孕妇和非孕妇均可首选
    // 硫酸镁", "B在孕期也可以安全使用") says nothing of a rival (review s24 rows 16–18); a choice after a turn settles it
    // ("硫酸镁同地西泮都得，不过我揀硫酸镁").
    const turn = [...s.text.matchAll(/\b(?:but|however)\b|但是?|不过|不過|然而/gi)].pop();
    const settled = turn ? own.filter((c) => s.text.indexOf(c) > (turn.index ?? 0)) : own;
    const names = (piece: string) =>
      [...chosen].some((l) =>
        kind === 'letter' ? letterMentions(piece, ctx.valid).some((m) => m.letter === l) : textMentions(piece, ctx.texts, ctx.aliases).includes(l),
      );
    const offered = (c: string) => {
      const w = asGoodAt(c);
      if (w < 0) return false;
      const before = c.slice(0, w);
      if (!before.trim()) return s.text.indexOf(c) > 0 && names(c.slice(w));
      return /和|与|與|及|、|或|同|跟|\b(?:and|or)\b/i.test(before) && names(before);
    };
    if (settled.some(offered)) return { value: null, status: 'hedge', how };
    const comp = multi === true ? complement(s, ctx) : null;
    const letters = comp ?? [...committed(s)];
    // Option text named only in the last sentence of the reply counts; mentioned mid-reasoning it is discussion.
    if (kind === 'text' && at !== sentences.length - 1) return null;
    // Option text named in a conditional's consequence ("If she were pregnant, PTU would be the drug of choice") is
    // said of another case, not chosen; and the stance readers may not credit it either (a 'none' would let them).
    if (kind === 'text' && HYPOTHETICAL_SENTENCE_RE.test(s.text.replace(/[.。!！]+\s*$/, '')) && HYPOTHETICAL_CONSEQUENCE_RE.test(s.text))
      return { value: null, status: 'hedge', how };
    return finish(letters, how, multi);
  };
  const anyLetter = sentences.some((s) => s.mentions.some((m) => m.kind === 'letter'));
  return (anyLetter ? decide('letter') : UNPUNCTUATED_RE.test(body) ? null : decide('text')) ?? { value: null, status: 'none', how: 'none' };
}

/**
 * Pure: sentence `at` ends a run of three or more sentences that each name exactly one option letter, a different one
 * each — an option walk, a ranking or a score list.
 */
function walkItem(sentences: readonly Sentence[], at: number): boolean {
  const only = (s: Sentence) => {
    const letters = new Set(s.mentions.filter((m) => m.kind === 'letter').map((m) => m.letter));
    return letters.size === 1 ? [...letters][0] : null;
  };
  const own = only(sentences[at]);
  // A sentence in a paragraph of its own after the walk ("…E — the flozins.\n\nWhat remains is D.") concludes it; so
  // does one naming an option the walk already passed ("Bacterial meningitis → option B." after the rows A–E): a walk
  // names each option once, in its own block.
  if (at > 0 && sentences[at - 1].paragraph !== sentences[at].paragraph) return false;
  const seen = new Set<string>();
  for (let i = at; i >= 0; i--) {
    const l = only(sentences[i]);
    if (i < at && l === own && seen.size >= 3) return false;
    if (!l || seen.has(l)) break;
    seen.add(l);
  }
  return seen.size >= 3;
}

// Chinese contrast is said in words: 不/非/无 alone begin option names (不稳定型, 非小细胞, 无症状), 比 begins 比索洛尔, 除 begins 除颤.
const GLOSS_CONTRAST_RE =
  /\b(?:not|no|never|unlike|rather|instead|versus|vs|except|over|than|avoid|without)\b|不是|不选|不用|不如|并非|而非|而是|而不|比起|相比|比较|除了|除外|别选|别用|避免/i;

/** Letters whose written text in the reply is another option's ("B (Metformin)" when Metformin is A). */
export function mismatchedLetters(text: string, ctx: LetterContext): Set<string> {
  const out = new Set<string>();
  if (!ctx.texts) return out;
  for (const m of text.matchAll(/(?<![A-Za-z])([A-J])\s*\(([^()\n]{2,60})\)/g)) {
    const own = ctx.texts.get(m[1]);
    const said = normOptionText(m[2]);
    // Said exactly as another option, it is that option even when it contains the letter's own ("A（不稳定型心绞痛）").
    if (own && said && said !== own && [...ctx.texts].some(([l, t]) => l !== m[1] && t === said)) {
      out.add(m[1]);
      continue;
    }
    if (!own || !said || said.includes(own) || own.includes(said)) continue;
    const other = [...ctx.texts].find(([l, t]) => l !== m[1] && t.length >= 3 && (said === t || said.startsWith(t)));
    if (other) out.add(m[1]);
  }
  // A letter glossed after a dash or in brackets by a short name that is another option's by content, in either
  // language ("B — IV furosemide" when furosemide is D, "C（鳞癌）" when 鳞癌 is A): the letter and its name are two answers.
  if (!ctx.units) return out;
  for (const m of text.matchAll(/(?<![A-Za-z])([A-J])[ \t]*(?:[—–]|--|[ \t]-[ \t]|\()[ \t]*([^\n()—–:;,.!?]{2,40})(?=$|[\n)—–:;,.!?])/g)) {
    const gloss = m[2].trim();
    // A gloss that sets another option aside or compares ("D — not mannitol", "D — rather than B's thiazide") names the letter's rival, not itself.
    if (GLOSS_CONTRAST_RE.test(gloss)) continue;
    const exact = normOptionText(gloss);
    if (exact && exact !== ctx.texts.get(m[1]) && [...ctx.texts].some(([l, t]) => l !== m[1] && t === exact)) {
      out.add(m[1]);
      continue;
    }
    const named = optionByContent(gloss, ctx.units, 2, ctx.raw, ctx.names);
    if (!named || named === m[1]) continue;
    const said = contentUnits(gloss);
    const own = unitsSaid(said, ctx.units, ctx.names).get(named) as ReadonlySet<string>;
    // All of the gloss must be the other option's name, not a remark that mentions it ("D — unlike furosemide, …").
    if ([...said].every((u) => own.has(u)) || optionByAtoms(gloss, ctx.raw ?? new Map()) === named) out.add(m[1]);
  }
  return out;
}
