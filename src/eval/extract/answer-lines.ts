// How one line of a reply reads as an answer (answer-statements.ts gathers the statements): a line that is only an
// answer ("B", "(B)", "Option B", "B. <the option's text>", the option's text and a remark), and whether a reply was cut
// off mid-sentence (then it is not read for answers by its option texts alone).
import { LINE_NEGATIVE_REST } from './answer-lexicon.js';
import { echoedOption, normOptionText, parseLetterSet, type LetterContext, type LetterSet } from './letter-set.js';

// A bare answer line may open with a committing adverb ("Probably B.", "I'd go with C", "应该是D", "我选A").
const LINE_PREFIX =
  /^(?:(?:→|⇒|->|✅|✔️?|✓|☑️?)\s*)?(?:(?:probably|likely|most\s+likely|i\s+think|i'd\s+say|i\s+would\s+say|i'd\s+go\s+with|i'll\s+go\s+with|going\s+with)\s*,?\s*|应该是|大概是|应该选|大概选|我选|我会选)?(?:options?|choices?|选项|选|答)?\s*:?\s*/i;

const LINE_LABEL_REST = /^\s*[.):,\]-]/;

/** A line that is only an answer: "B", "(B)", "B. 肿瘤呈膨胀性生长", "Option B", the option's text; not "A thorough …". */
export function lineAnswer(line: string, ctx: LetterContext): LetterSet | null {
  const s = line
    .trim()
    .replace(/[\s.!]+$/, '')
    .replace(LINE_PREFIX, '');
  if (!s || s.length > 300) return null;
  const exact = echoedOption(s, ctx, true);
  if (exact) return { letters: [exact.letter], hedge: false, end: s.length, echo: true };
  // Several options by their exact texts ("卡介苗、乙肝疫苗第1剂", "ptosis, miosis and anhidrosis").
  const pieces = s.split(/\s*(?:,\s*(?:and\s+)?|\band\b|以及|和|及|与)\s*/).filter((x) => x.trim());
  if (pieces.length > 1) {
    const hits = pieces.map((x) => echoedOption(x, ctx, true)?.letter);
    if (hits.every((h) => h !== undefined) && new Set(hits).size === hits.length) return { letters: hits as string[], hedge: false, end: s.length, echo: true };
  }
  // The option's own text, then a dash or colon and a comment ("Exogenous glucocorticoid use — iatrogenic …").
  const lead = echoedOption(s, ctx);
  if (lead) {
    const after = s.slice(rawPrefix(s, lead.length));
    // …unless the comment rejects it ("Doxycycline: photosensitivity — no") or goes through other options (a remark
    // on several, not an answer).
    const rejects = LINE_NEGATIVE_REST.test(after) || /(?:^|[—–:,-])\s*no\b/i.test(after);
    const others = [...(ctx.texts ?? [])].filter(([l, t]) => l !== lead.letter && t.length >= 3 && normOptionText(after).includes(t)).length >= 2;
    if (/^\s*(?:[—–:]|-\s|\(|$)/.test(after) && !rejects && !others) return { letters: [lead.letter], hedge: false, end: s.length, echo: true };
  }
  // "全选", "以上都对", "All of the above." when no option says so: every offered option.
  if (
    /^(?:全选|全部(?:都)?选|以上(?:选项)?(?:都|均|全)(?:对|正确|是|选)|all\s+of\s+the\s+above(?:\s+(?:are|is)\s+(?:correct|true))?|all\s+(?:of\s+them|options)\s+(?:are\s+)?(?:correct|true))(?:\s*[,;]\s*(?:全选|全部(?:都)?选|以上(?:选项)?(?:都|均|全)(?:对|正确|是|选)))?$/i.test(
      s,
    )
  )
    return { letters: [...ctx.valid].sort(), hedge: false, end: s.length, echo: true };
  const set = parseLetterSet(s, 0, ctx);
  if (!set) return null;
  const rest = s.slice(set.end);
  // "d) Irregularly irregular rhythm …": the label followed by that same option's text is an answer, however long.
  const labelled = /^\s*[.):\]-]?\s*/.exec(rest);
  if (labelled && set.letters.length === 1 && echoedOption(rest.slice(labelled[0].length), ctx, true)?.letter === set.letters[0]) return set;
  // "D — osteosarcoma. It typically arises …": the label, a dash and that same option's text closing a sentence opens an
  // answer-first reply, however long the explanation after it.
  const dashed = /^\s*[-–—:]\s*/.exec(rest);
  if (dashed && set.letters.length === 1) {
    const body = rest.slice(dashed[0].length);
    const own = echoedOption(body, ctx);
    if (own?.letter === set.letters[0] && /^\s*(?:[.;]|$)/.test(body.slice(rawPrefix(body, own.length)))) return set;
  }
  const bracketed = s.startsWith('(') || s.startsWith('[');
  if (rest.trim() && !set.echo && !bracketed && !LINE_LABEL_REST.test(rest)) return null;
  if (LINE_NEGATIVE_REST.test(rest)) return null;
  // A label line cut off mid-sentence ("C. 100~120次/分:", "A. MMR - this needs to be considered … which") is an
  // interrupted option walk, not an answer.
  if (rest.trim() && (/[:,]\s*$/.test(line) || /(?:…|\.\.\.)\s*$/.test(line) || (rest.length > 40 && !/[.!)\]]\s*$/.test(line.trim())))) return null;
  return set;
}

/** Raw length of `s` covering `normLength` normalised option-text characters. */
function rawPrefix(s: string, normLength: number): number {
  let k = 0;
  let i = 0;
  for (; i < s.length && k < normLength; i++) if (normOptionText(s[i])) k++;
  return i;
}

/** A reply cut off mid-sentence: it ends on a comma, colon or opening bracket, or on a long unpunctuated line. */
export function looksTruncated(text: string): boolean {
  const t = text.trimEnd();
  if (/[,:;([-]$/.test(t)) return true;
  const lastLine = t.slice(t.lastIndexOf('\n') + 1);
  // Stopped on an ellipsis ("此项看似合理，但……"): cut off or trailing away, not an answer.
  if (/(?:…|\.\.\.)$/.test(t) && !/\n\s*\S+\s*$/.test(t.slice(-3))) return true;
  if (/[.!?)\]"'>|~]$/.test(t)) return false;
  // Stopped on a word that cannot end a sentence ("B. Generalized edema — This is").
  if (/\b(?:is|are|was|were|the|a|an|of|to|and|or|but|because|which|that|with|for|this|in|on|as|by|than|be)$/i.test(t)) return true;
  // A Chinese character carries about a word: a line of clauses that stops without its full stop was cut off.
  const cjk = (lastLine.match(/[\u3400-\u9fff]/g) ?? []).length;
  // A reply of several paragraphs whose last one stops on a Chinese character, with no full stop, was cut off.
  const paragraphs = t.split(/\n\s*\n/).filter((p) => p.trim()).length;
  return lastLine.length + cjk > 40 || (cjk > 0 && lastLine.includes(',')) || (paragraphs >= 2 && /[\u3400-\u9fff]$/.test(t));
}
