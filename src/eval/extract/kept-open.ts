// The other half of the commitment reading (gloss.ts is the first): once a reply states its answer, does it keep another
// option open or prefer another option? Review s18 S7/S9: "Answer: B (I'd actually give furosemide first)", "Most likely
// B, although A cannot be excluded", "答案B，不过A也不能除外" were credited B — in RL that rewards a self-contradicting
// reply. A small closed grammar of discourse, both languages: an OPEN clause (cannot be excluded / ruled out, is also
// possible / reasonable / right, a close second; 不能排除, 不除外, 也有可能, 也对) or a PREFERENCE clause (would be better,
// I'd rather / actually / prefer, the classic choice; 更好, 更常用, 更倾向, 宁愿) naming an option outside the answer, in
// the answer's paragraph or after it. What a condition governs ("if she were pregnant, D would be better") and a negated
// preference ("D is not better") keep nothing open; "rather than D" sets D aside. Pure.
import { namedOptions } from './commitment.js';
import { letterMentions } from './evidence-reader.js';
import type { LetterContext } from './letter-set.js';

const OPEN_RE =
  /\b(?:can(?:no|['’])t|could\s?n[o'’]t|not)\s+(?:be\s+)?(?:completely\s+|entirely\s+|fully\s+|definitively\s+)?(?:excluded|ruled\s+out|exclude|rule\s+out)|\b(?:is|are|remains?|would\s+be|seems?)\s+(?:also|equally|still)\s+(?:possible|plausible|reasonable|acceptable|correct|right|defensible|valid|likely|an?\s+option)|\balso\s+(?:possible|plausible|reasonable|acceptable|correct|right|defensible|valid)\b|\bclose\s+second\b|\b(?:equally|just\s+as)\s+(?:valid|good|correct|reasonable|likely)\b|(?:不能|无法|無法|难以|難以|不可)(?:完全)?(?:排除|除外)|不除外|排除不了|也(?:有)?可能|也(?:是)?(?:对|對|可以|可行|合理|正确|正確)|也行|也不错|也不錯|同样(?:可以|正确|合理)|同樣(?:可以|正確|合理)/i;
const PREFER_RE =
  /\b(?:would|will|might|could)\s+be\s+(?:the\s+)?(?:better|preferable|preferred|superior|my\s+(?:first\s+)?choice)|\b(?:is|are)\s+(?:the\s+)?(?:better|preferable|superior)\b|\b(?:better|classic|usual|standard|preferred)\s+(?:choice|option|answer)\b|\bI['’]?d\s+(?:rather|actually|prefer|sooner)|\bI\s+would\s+(?:rather|actually|prefer)|\bI\s+(?:actually\s+)?prefer\b|\bI['’]?d\s+(?:still\s+)?(?:give|use|start|choose|pick)\b[^.;]*\bfirst\b|更好|更佳|更优|更優|更常用|更合适|更合適|更适合|更適合|更倾向|更傾向|倾向于?|傾向於?|宁愿|寧願|宁可|寧可|更推荐|更推薦|才是(?:首选|首選|正确|正確|对的|對的)/i;
const NEGATED_PREFERENCE_RE = /\b(?:not|no|never|hardly)\b|\b(?:better|best)\s+avoided\b|n['’]t\b|不如|并不|並不|不会|不會|不是|没有|沒有/i;
const CONDITION_RE = /\b(?:if|unless|when|whether|in\s+case)\b|如果|假如|若|倘若|假设|假設/i;
// What follows "than"/"rather than"/比/而非 is set aside, not preferred.
const SET_ASIDE_TAIL_RE = /\b(?:rather\s+)?than\b|\binstead\s+of\b|比起|比|而非|而不是/i;

const PAST_RE = /\b(?:initially|originally|at\s+first|first\s+thought|was\s+going\s+to|had\s+thought)\b|原本|本来|本來|起初|一开始|一開始|开始时|原先|之前/i;
const CONCESSIVE_RE = /^(?:so\s+|and\s+)?(?:although|though|even\s+though|while|granted)\b|^(?:所以)?(?:虽然|雖然|尽管|儘管|虽|雖)/i;
const DEMOTED_RE =
  /\bless\s+(?:likely|common|probable|often|frequent)\b(?!\s+than)|\bunlikely\b|\brarer\b|可能性(?:较|比较|很|更)?(?:小|低)|可能性不大|较少见|較少見|更少见|少见|少見/i;
const BELOW_RE = /\b(?:less\s+(?:likely|probable|common)|not\s+as\s+(?:likely|good))\s+(?:than|as)\b|不如|比不上/i;
const SENTENCE_RE = /(?<=[.!?])(?=\s|[^\x00-\x7F])|(?<=[\u4e00-\u9fff][.!?])|(?<=[。！？\n])/;
const CLAUSE_RE = /[,;，；()（）]|—|--|\s[–-]\s|(?=\b(?:but|although|though|however|whereas)\b)|(?=但是|但|不过|不過|然而|其实|其實)/i;

/** A bare capital before a verb is an option's letter, not the article ("although A cannot be excluded"). */
const SUBJECT_LETTER_RE = /(?<![A-Za-z])([A-J])\s+(?=(?:cannot|can['’]?t|could|is|are|may|might|would|remains?|also|seems?)\b)/g;
const subjectLetters = (clause: string, ctx: LetterContext): string[] =>
  [...clause.matchAll(SUBJECT_LETTER_RE)].map((m) => m[1]).filter((l) => ctx.valid.has(l));

/** Pure: the reply, after stating `letters` as its answer, keeps another option open or prefers another option. */
export function keptOpen(text: string, ctx: LetterContext, letters: readonly string[]): boolean {
  const paragraphs = text.trimEnd().split(/\n\s*\n/);
  // The answer's paragraph: the last naming one of the answer's letters; what follows it is said of the answer too.
  let from = paragraphs.length - 1;
  while (from > 0 && !letterMentions(paragraphs[from], ctx.valid).some((m) => letters.includes(m.letter))) from--;
  // …and within it, from the last sentence naming the answer's letters on: an earlier preference the reply argued past
  // ("我原本倾向于C……所以改选A") is reasoning, not a doubt about its answer.
  const sentences = paragraphs.slice(from).join('\n').split(SENTENCE_RE);
  let first = sentences.length - 1;
  while (first > 0 && !letterMentions(sentences[first] ?? '', ctx.valid).some((m) => letters.includes(m.letter))) first--;
  for (const sentence of sentences.slice(first)) {
    const clauses = (sentence ?? '').split(CLAUSE_RE).map((c) => c?.trim() ?? '');
    // A sentence opening with a condition is governed by it throughout ("If she were hypotensive, D would be better"); one
    // that ranks the rival below the answer keeps nothing open ("the isthmus is also possible but less common").
    if (CONDITION_RE.test(clauses.find((c) => c) ?? '') || DEMOTED_RE.test(sentence ?? '')) continue;
    for (const [i, c] of clauses.entries()) {
      if (!c || CONDITION_RE.test(c) || PAST_RE.test(c)) continue;
      // A concession before its main clause is granted and then overruled ("So although D is also reasonable, the single
      // best answer is B"); one after the answer qualifies it ("Most likely B, although A cannot be excluded").
      if (CONCESSIVE_RE.test(c) && clauses.slice(i + 1).some((x) => letterMentions(x, ctx.valid).some((m) => letters.includes(m.letter)))) continue;
      // The answer said to be less likely than another option ranks that option above it.
      const below = BELOW_RE.exec(c);
      const after = below ? c.slice(below.index + below[0].length) : '';
      const bare = /^\s*(?:option\s+)?\(?([A-J])\)?(?![A-Za-z])/.exec(after)?.[1];
      if (below && [...namedOptions(after, ctx), ...(bare && ctx.valid.has(bare) ? [bare] : [])].some((l) => !letters.includes(l))) return true;
      const open = OPEN_RE.test(c);
      const prefer = !open && PREFER_RE.test(c) && !NEGATED_PREFERENCE_RE.test(c.replace(/\bnot\s+(?:be\s+)?(?:excluded|ruled\s+out)/gi, ''));
      if (!open && !prefer) continue;
      // A preference names its choice before "than" ("I'd rather give A than D"); what is set aside after it is not kept.
      const head = prefer ? c.split(SET_ASIDE_TAIL_RE)[0] : c;
      const named = [...new Set([...namedOptions(head, ctx), ...subjectLetters(head, ctx)])];
      if (named.some((l) => !letters.includes(l)) && !(prefer && named.some((l) => letters.includes(l)))) return true;
    }
  }
  return false;
}
