// The other half of the commitment reading (gloss.ts is the first): once a reply states its answer, does it keep another
// option open or prefer another option? Review s18 S7/S9: "Answer: B (I'd actually give furosemide first)", "Most likely
// B, although A cannot be excluded", "答案B，不过A也不能除外" were credited B — in RL that rewards a self-contradicting
// reply. A small closed grammar of discourse, both languages: an OPEN clause (cannot be excluded / ruled out, is also
// possible / reasonable / right, a close second; 不能排除, 不除外, 也有可能, 也对) or a PREFERENCE clause (would be better,
// I'd rather / actually / prefer, the classic choice; 更好, 更常用, 更倾向, 宁愿) naming an option outside the answer, in
// the answer's paragraph or after it. What a condition governs ("if she were pregnant, D would be better") and a negated
// preference ("D is not better") keep nothing open; "rather than D" sets D aside. Review s19 R1: a list of "open" and
// "prefer" phrases misses the next synonym ("I wouldn't rule out A", "A remains a real possibility", 更偏向B, B才是正解), so
// the default is reversed: after the answer, a clause that names ANOTHER option (its letter or its name) and not the
// answer keeps it open unless it DISMISSES it — a small closed set of negative evaluations (wrong, less likely, ruled out,
// not, 不对, 错, 排除, 可能性小 …, a distractor, or what it is used for) not itself negated ("not wrong either",
// "can't be dismissed", 不能排除, 也不是不行). A clause naming the answer too keeps the old reading (a comparison). Pure.
import { namedOptions } from './commitment.js';
import { connectiveOnly, pieceRole } from './connectives.js';
import { letterMentions } from './evidence-reader.js';
import type { LetterContext } from './letter-set.js';
import { epistemicAt, rootFact, withoutRootModals } from './modal-reading.js';

const OPEN_RE =
  /\b(?:can(?:no|['’])t|could\s?n[o'’]t|not)\s+(?:be\s+)?(?:completely\s+|entirely\s+|fully\s+|definitively\s+)?(?:excluded|ruled\s+out|exclude|rule\s+out)|\b(?:is|are|remains?|would\s+be|seems?)\s+(?:also|equally|still)\s+(?:possible|plausible|reasonable|acceptable|correct|right|defensible|valid|likely|an?\s+option)|\balso\s+(?:possible|plausible|reasonable|acceptable|correct|right|defensible|valid)\b|\bclose\s+second\b|\b(?:equally|just\s+as)\s+(?:valid|good|correct|reasonable|likely)\b|(?:不能|无法|無法|难以|難以|不可)(?:完全)?(?:排除|除外)|不除外|排除不了|也(?:有)?可能|也(?:是)?(?:对|對|可以|可行|合理|正确|正確)|也行|也不错|也不錯|同样(?:可以|正确|合理)|同樣(?:可以|正確|合理)/i;
const PREFER_RE =
  /\b(?:would|will|might|could)\s+be\s+(?:the\s+)?(?:better|preferable|preferred|superior|my\s+(?:first\s+)?choice)|\b(?:is|are)\s+(?:the\s+)?(?:better|preferable|superior)\b|\b(?:better|classic|usual|standard|preferred)\s+(?:choice|option|answer)\b|\bI['’]?d\s+(?:rather|actually|prefer|sooner)|\bI\s+would\s+(?:rather|actually|prefer)|\bI\s+(?:actually\s+)?prefer\b|\bI['’]?d\s+(?:still\s+)?(?:give|use|start|choose|pick)\b[^.;]*\bfirst\b|更好|更佳|更优|更優|更常用|更合适|更合適|更适合|更適合|更倾向|更傾向|(?:更|较|較|比较|比較|我|还是|還是|会|會)(?:倾向|傾向)|(?:倾向|傾向)(?:于|於|选|選|用|(?=\s*[A-J](?![A-Za-z])))|宁愿|寧願|宁可|寧可|更推荐|更推薦|才是(?:首选|首選|正确|正確|对的|對的)/i;
const NEGATED_PREFERENCE_RE = /\b(?:not|no|never|hardly)\b|\b(?:better|best)\s+avoided\b|n['’]t\b|不如|并不|並不|不会|不會|不是|没有|沒有/i;
const CONDITION_RE =
  /\b(?:if|unless|when|whether|in\s+case)\b|如果|假如|若|倘若|假设|假設|的话|的話|则|則|(?<![同及此有随隨暂暫平临臨按准準届屆])时(?=再|可|才|需|应|加|宜|用|改|换|換|联|聯)/i;

// A rival dismissed: a negative evaluation, being a distractor, or what it is for (another use). Read on the clause.
const DISMISS_RE =
  /\b(?:wrong|incorrect|inappropriate|contraindicated|unlikely|improbable|implausible|inferior|worse|rarer|irrelevant|unhelpful|ineffective|distractors?|trap|tempting|excluded|ruled\s+out|eliminated|avoid(?:ed)?|not|no|never|none|neither|nor|isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|shouldn['’]t|can['’]?t|cannot)\b|\bless\s+(?:likely|common|probable|appropriate|effective|suitable|specific|useful)\b|\bsecond[-\s]line\b|\b(?:is|are|would\s+be)\s+(?:only\s+)?(?:used|given|indicated|reserved|preferred|useful|appropriate|the\s+\w+\s+of\s+choice)\s+(?:for|in|when|to)\b|\bis\s+for\b|\btreats\b|\bcauses?\b|\b(?:suggests?|indicates?|reserved|overkill|seen\s+(?:in|with)|typical\s+of|associated\s+with|characteristic\s+of|points?\s+to|found\s+in|occurs?\s+in)\b|=|见于|見於|提示|属于|屬於|表现|表現|\b(?:risks?|side[-\s]effects?|toxicity|toxic|harmful|dangerous)\b|不对|不對|错|錯|排除|除外|可能性(?:较|比较|很|更)?(?:小|低)|可能性不大|不选|不選|不是|不考虑|不考慮|不正确|不正確|不符合|不符|不吻合|不如|比不上|\brarely\b|\binvasive\b|\black(?:s|ing)?\b|\bwithout\b|不适合|不適合|不宜|禁用|禁忌|干扰|干擾|无关|無關|不支持|少见|少見|次选|次選|用于|用於|适用于|適用於|不能|不可|不会|不會|不应|不應|不用|无效|無效|误|誤|容易|易致|易引起|副作用|不良反应|不良反應|风险|風險|[✗✘❌×]/i;
// A negative evaluation negated keeps the rival open ("not wrong either", "not unreasonable", "can't be completely
// dismissed", "wouldn't rule out", 不能排除, 也不是不行, 不无道理) — as does "either"/"as well"/也 after a negation.
const DOUBLE_NEGATIVE_RE =
  /(?:\bnot|\bnever|\bhardly|n['’]t|\bcannot)\s+(?:(?!or\b|and\b|but\b)\w+\s+){0,2}?(?:wrong|incorrect|unreasonable|implausible|impossible|unlikely|bad|crazy|out\s+of\s+the\s+question|dismiss\w*|exclud\w*|rul\w*\s+out|ruled\s+out|discount\w*|eliminat\w*|inappropriate|off)\b|\bnot\s+(?:\w+\s+){0,3}?either\b|(?:不能|无法|無法|难以|難以|不可|不好)(?:完全|彻底|徹底)?(?:排除|除外)|不除外|排除不了|不是不|不无|不無|不算错|不算錯|未必不|并非不|並非不|不能说错|不能說錯|也不错|也不錯|没错|沒錯/i;
// The rival weighed as an answer, not a fact told about it ("carbamazepine can worsen absence seizures"): a word of the
// writer's own judgement or belief (modal, hedge adverb, first person) or of the option as a choice (answer, pick, keyed,
// appropriate, correct, favoured, possibility), in either language — word classes, not phrases.
const WEIGHED_RE =
  /\b(?:arguably|probably|possibly|perhaps|maybe|honestly|likely|seems?|i|i['’]d|i['’]m|my|me|gut|lean\w*|argue\w*|answer|choice|choose|pick|option|keyed|intended|examiners?|textbook|guidelines?|favou?r\w*|prefer\w*|appropriate|correct|right|reasonable|valid|defensible|possibilit\w*|possible|plausible|alternative|superior|better|best|reach\s+for|either|too|also|as\s+well|50\/50|toss[-\s]up)\b|也|亦|才|更|似乎|好像|说不定|說不定|可能|像|合理|道理|正解|题意|題意|推荐|推薦|偏向|(?:更|较|較|比较|比較|我|还是|還是|会|會)(?:倾向|傾向)|(?:倾向|傾向)(?:于|於|选|選|用|(?=\s*[A-J](?![A-Za-z])))|首选|首選|我/i;
const CONTRAST_RE = /^(?:but|however|yet)\b|^(?:但是|但|不过|不過|然而|可是)/i;
const EXPLANATION_RE =
  /^\W*(?:explanation|rationale|reason(?:ing)?|why|analysis|discussion|key|note|解析|分析|理由|原因|注|说明|說明)\b|^\W*(?:解析|分析|理由|原因|注|说明|說明)/i;
// A bare capital at a clause's end or before a word that carries a mention ("I wouldn't rule out A though"): an option
// letter, which the article reading of letterMentions leaves out.
const TRAILING_LETTER_RE = /(?<![A-Za-z0-9'’])([A-J])(?=\s*(?:$|[.,;:!?)）。，；]|\s+(?:though|too|either|instead|as\s+well|being|anyway)\b))/g;
// …and a capital opening a Chinese clause ("B也说不定", "C也挺像的").
const LEADING_ZH_LETTER_RE = /^(?:选项|選項|选|選)?([A-J])(?=[\u4e00-\u9fff])/;
const trailingLetters = (clause: string, ctx: LetterContext): string[] =>
  [...clause.matchAll(TRAILING_LETTER_RE), ...[LEADING_ZH_LETTER_RE.exec(clause.trim())].filter((m) => m !== null)]
    .map((m) => m[1])
    .filter((l) => ctx.valid.has(l));
// What follows "than"/"rather than"/比/而非 is set aside, not preferred.
const SET_ASIDE_TAIL_RE = /\b(?:rather\s+)?than\b|\binstead\s+of\b|比起|比|而非|而不是/i;

const PAST_RE = /\b(?:initially|originally|at\s+first|first\s+thought|was\s+going\s+to|had\s+thought)\b|原本|本来|本來|起初|一开始|一開始|开始时|原先|之前/i;
const CONCESSIVE_RE = /^(?:so\s+|and\s+)?(?:although|though|even\s+though|while|granted)\b|^(?:所以)?(?:虽然|雖然|尽管|儘管|虽|雖)/i;
const DEMOTED_RE =
  /\bless\s+(?:likely|common|probable|often|frequent)\b(?!\s+than)|\bunlikely\b|\brarer\b|可能性(?:较|比较|很|更)?(?:小|低)|可能性不大|较少见|較少見|更少见|少见|少見/i;
const BELOW_RE = /\b(?:less\s+(?:likely|probable|common)|not\s+as\s+(?:likely|good))\s+(?:than|as)\b|不如|比不上/i;
const SENTENCE_RE = /(?<=[.!?])(?=\s|[^\x00-\x7F]|[A-J][\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][.!?])|(?<=[。！？\n])/;
const CLAUSE_RE = /[,;，；()（）]|—|--|\s[–-]\s|(?=\b(?:but|although|though|however|whereas|because|since)\b)|(?=但是|但|不过|不過|然而|其实|其實|因为|因為)/i;

/** A bare capital before a verb is an option's letter, not the article ("although A cannot be excluded"). */
const SUBJECT_LETTER_RE = /(?<![A-Za-z])([A-J])\s+(?=(?:cannot|can['’]?t|could|is|are|may|might|would|remains?|also|seems?)\b)/g;
const subjectLetters = (clause: string, ctx: LetterContext): string[] =>
  [...clause.matchAll(SUBJECT_LETTER_RE)].map((m) => m[1]).filter((l) => ctx.valid.has(l));

/** Pure: the reply, after stating `letters` as its answer, keeps another option open or prefers another option. */
export function keptOpen(text: string, ctx: LetterContext, letters: readonly string[]): boolean {
  const paragraphs = text.trimEnd().split(/\n\s*\n/);
  // The answer's paragraph: the last naming one of the answer's letters; what follows it is said of the answer too.
  let from = paragraphs.length - 1;
  while (from > 0 && !letterMentions(paragraphs[from], ctx.valid, ctx).some((m) => letters.includes(m.letter))) from--;
  // …and within it, from the last sentence naming the answer's letters on: an earlier preference the reply argued past
  // ("我原本倾向于C……所以改选A") is reasoning, not a doubt about its answer.
  const sentences = paragraphs.slice(from).join('\n').split(SENTENCE_RE);
  let first = sentences.length - 1;
  while (first > 0 && !letterMentions(sentences[first] ?? '', ctx.valid, ctx).some((m) => letters.includes(m.letter))) first--;
  const mentionsAnswer = (x: string) => letterMentions(x, ctx.valid, ctx).some((m) => letters.includes(m.letter));
  // The rival default reads only what follows an answer the text states: one answer, found by its letter in the scope's
  // first sentence (an answer read from a layout, a box or a lower-case letter has nothing "after" it here).
  // A walk through the options, one a line ("A. 甲巯咪唑 ✘ —— …"), judges each option on its own line: not a remark.
  const walk = new Set([...text.matchAll(/^[ \t*_#>-]*\(?([A-J])(?:[.)、:：]|\s+[—–-])/gm)].map((m) => m[1])).size >= 2;
  let rivalsRead = !walk && letters.length === 1 && ctx.multi !== true && mentionsAnswer(sentences[first] ?? '');
  for (const [k, sentence] of sentences.slice(first).entries()) {
    const all = (sentence ?? '').split(CLAUSE_RE).map((c) => c?.trim() ?? '');
    // In the answer's own sentence, what comes before the answer is weighed and settled ("C is tempting, but the answer
    // is B"): a concession before the final answer.
    const at = k === 0 ? all.findIndex(mentionsAnswer) : 0;
    const clauses = all;
    // The rival default reads the answer's remark — its sentence and the next two in its paragraph — not an explanation
    // (a heading such as "Explanation:", "Why not the others", 解析, or a new paragraph) that walks through the options.
    if (k > 2 || (k > 0 && (/\n\s*\n/.test(sentences.slice(first, first + k + 1).join('\n')) || EXPLANATION_RE.test(sentence ?? '')))) rivalsRead = false;
    // A sentence opening with a condition is governed by it throughout ("If she were hypotensive, D would be better"); one
    // that ranks the rival below the answer keeps nothing open ("the isthmus is also possible but less common").
    if (CONDITION_RE.test(clauses.find((c) => c) ?? '') || DEMOTED_RE.test(sentence ?? '')) continue;
    for (const [i, c] of clauses.entries()) {
      // The connective joining a clause that names another option to the answer decides first (connectives.ts): an
      // alternative or a fallback ("failing that D", 无效则选C, 若无效改用D) offers it instead of the answer, a sequence
      // ("then B", 随后B) is no rival by itself. A connective alone in the clause before governs this one ("as a backup, B").
      // Only a piece of the answer's own clause: right after it in its sentence, past nothing but short pieces that name
      // no other option (a gloss, a bare connective) — a reason further on ("reason": "…或单用普萘洛尔") is no piece of it.
      const adjacent = k === 0 && i > at && clauses.slice(at + 1, i).every((x) => x.length <= 20 && namedOptions(x, ctx).every((l) => letters.includes(l)));
      if (c && rivalsRead && adjacent) {
        const rivals = [...new Set([...namedOptions(c, ctx), ...subjectLetters(c, ctx), ...trailingLetters(c, ctx)])];
        const prev = clauses[i - 1] ?? '';
        const role = pieceRole(connectiveOnly(prev) ? `${prev} ${c}` : c);
        // Only the rival role decides here; a later step or a piece set aside is still read by the rules below.
        if (role === 'rival' && rivals.length && rivals.every((l) => !letters.includes(l))) return true;
      }
      if (!c || CONDITION_RE.test(c) || PAST_RE.test(c)) continue;
      // A concession before its main clause is granted and then overruled ("So although D is also reasonable, the single
      // best answer is B"); one after the answer qualifies it ("Most likely B, although A cannot be excluded").
      if (CONCESSIVE_RE.test(c) && clauses.slice(i + 1).some((x) => namedOptions(x, ctx).some((l) => letters.includes(l)))) continue;
      // The answer said to be less likely than another option ranks that option above it.
      const below = BELOW_RE.exec(c);
      const after = below ? c.slice(below.index + below[0].length) : '';
      const bare = /^\s*(?:option\s+)?\(?([A-J])\)?(?![A-Za-z])/.exec(after)?.[1];
      if (below && [...namedOptions(after, ctx), ...(bare && ctx.valid.has(bare) ? [bare] : [])].some((l) => !letters.includes(l))) return true;
      // A clause naming another option and not the answer: the rival is kept open unless the clause dismisses it.
      const rivals = [...new Set([...namedOptions(c, ctx), ...subjectLetters(c, ctx), ...trailingLetters(c, ctx)])];
      if (rivalsRead && i >= at && rivals.length && rivals.every((l) => !letters.includes(l))) {
        // The rival's evaluation may run on into the clauses after it that name no option ("Ciprofloxacin — effective,
        // but reserved …"; "B, C and D do not fit").
        let said = c;
        for (const x of clauses.slice(i + 1)) {
          if (letterMentions(x, ctx.valid, ctx).some((m) => !rivals.includes(m.letter))) break;
          // A contrast that follows and names no other option argues against the rival ("C may also present with
          // epigastric pain, but lacks Murphy sign"; "…too, but the amylase is normal").
          if (CONTRAST_RE.test(x)) said += ' not';
          said += ` ${x}`;
        }
        // A clause whose modal is root tells what the rival does ("D可能引起呼吸抑制", "B可能需要较长时间才起效",
        // "D可能加重出血倾向"): a predication, whose words (才, 倾向) are not the writer weighing it — only what runs on
        // after it is read for weighing (modal-reading.ts).
        const weighed = rootFact(c) ? said.slice(c.length) : said;
        if (DOUBLE_NEGATIVE_RE.test(said) || (!DISMISS_RE.test(said) && WEIGHED_RE.test(withoutRootModals(weighed)))) return true;
      }
      const openAt = OPEN_RE.exec(c);
      // "D也可能出现…" says what D may do; only an epistemic 可能 keeps D open.
      const open = openAt !== null && (!/可能$/.test(openAt[0]) || epistemicAt(c, openAt.index + openAt[0].length));
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
