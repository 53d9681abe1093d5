// Who holds a letter: read at SENTENCE level, before any reader credits it. A letter is the writer's committed answer
// only when nothing in its own sentence hands it to someone else, to a supposed case or to a doubt:
//   - a report: another person + a verb of saying, thinking or choosing before it, with any punctuation between
//     ("my friend said, it's C", "he told me: just pick C", "老师说 选C", "他啊 选C"), a speaker's label
//     ("my attending's take: it's C") or an attribution after it ("…, that's what my tutor says");
//   - the writer's own past or passive belief ("I used to think it's C", "I was told, pick C");
//   - a supposed case ("if I had to guess", "what if", "hypothetically", "如果…的话", "要是") or a case named after the
//     letter ("D if contraindicated", "D in pregnancy", "B for the elderly", "D otherwise");
//   - doubt ("idk", "no clue", "wild guess", "maybe", "不知道", "蒙的", "随便").
// A report or a supposed case ends at a turn ("…, but it's C"); a report also ends where the writer speaks for
// themselves ("my friend said B; I think it's C"). The writer can adopt a reported letter ("… and I agree",
// "我也觉得是C"). The same reading applies to a capital and a lower-case letter: it looks only at the words around it.
// Pure; these lists are this reader's own, no shared word list is widened.

/** Where a sentence ends: a full stop (not an option label's or a genus's dot), ! ? 。！？ or a line break. */
// (Cleaned text writes a Chinese full stop as "." with no space after it.)
// A lone letter's dot ends a sentence only before a function word ("it's C. for the elderly, B"), never before a name
// ("B. Oral folic acid", "C. difficile").
const SENTENCE_END_RE =
  /[!?。！？\n]|(?<![(（\s][A-Ja-j]|^[A-Ja-j]|\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|e\.g|i\.e|etc))\.(?=\s|$|[\u4e00-\u9fff])|(?<=(?:^|[(（\s])[A-Ja-j])\.(?=\s+(?:for|in|if|unless|but|so|and|or|i|i['’]d|it|it['’]s|its|my|the|this|that|then|he|she|they|we|you|also|not|no|when|only|except)\b)/gi;

/** The writer as the subject right before a verb, with auxiliaries or adverbs between ("I'd", "we would just"). */
const WRITER_SUBJECT_RE =
  /(?:^|[^a-z'’])(?:i|we)(?:['’](?:d|ll|m)|\s+(?:would|will|do|also|still|really|personally|honestly|just|too|myself|now|all|both|'d))*\s*$/i;
/** The writer's own belief, held no longer or not held at all: a past, an intention given up, a passive report. */
const WRITER_PAST_RE =
  /\b(?:i|we)\s+(?:(?:used to|was (?:going|gonna) to|was gonna|would have|'d have|had|originally|initially|first|once)\s+)?(?:thought|heard|was told|were told|used to think|was (?:going|gonna)(?: to)? (?:say|pick|go)|would have (?:said|picked|chosen))\b|\b(?:i|we)(?:['’](?:ve|d)|\s+(?:have|had|am|was|were))?\s+(?:been\s+|being\s+)?(?:was\s+|were\s+|get\s+|got\s+)?told\b/gi;

/** People by role or kin, who can hold an answer of their own (a possessive before a clinical noun, "her labs", is not). */
const PERSON_NOUN =
  '(?:friends?|buddy|mates?|tutors?|teachers?|attendings?|residents?|registrars?|consultants?|interns?|preceptors?|mentors?|supervisors?|instructors?|lecturers?|profs?|professors?|classmates?|roommates?|flatmates?|seniors?|colleagues?|co-?workers?|boss|guy|girl|dude|students?|study\\s+group|group|mom|mum|mother|dad|father|parents?|sister|brother|sis|bro|cousin|aunt|uncle|wife|husband|partner|gf|bf|doctor|doc|nurse|pharmacist|coach|book|textbook|answer\\s+key|key(?!\\s+(?:finding|clue|feature|point|sign|fact|factor|step|difference|symptom|test|question|issue|word|thing|detail|here|to|is\\s+the)\\b)|notes|lecture|uworld|amboss|reddit|internet|google|chatgpt|ai|examiners?|dr\\.?\\s+[a-z]+)';
/**
 * A person other than the writer as a subject: a pronoun, people in general, a role or kin (with or without a
 * possessive: "my friend", "the guy next to me", "her mom"), someone's stated view ("the key's answer"). "you" is left
 * out: a tutor's "so you'd pick B" is the writer's answer; "one" only as a pronoun opening its clause ("one could say").
 */
const OTHER_PERSON_RE = new RegExp(
  String.raw`\b(?:he|she|they|someone|somebody|everyone|everybody|people|ppl|others|nobody|anyone|${PERSON_NOUN}|[a-z]+['’]s\s+(?:take|view|opinion|answer|pick|vote))\b|(?:^|[,;:]\s*)one\s*$`,
  'i',
);
/** A speaker's label before a colon: a possessive with a person or a verb of saying ("my friend:", "he whispered:"). */
const SPEAKER_LABEL_RE =
  /\b(?:(?:my|our|his|her|their|your|the)\s+(?:\w+\s+)?(?:friends?|tutors?|teachers?|attendings?|residents?|profs?|professors?|classmates?|roommates?|seniors?|colleagues?|mom|mum|dad|sister|brother|cousin|partner|doctor|answer\s+key|key)|[a-z]+['’]s\s+(?:take|view|opinion|answer|pick|vote)|(?:he|she|they|someone|everyone|people|ppl)\s+(?:\w+\s+)?(?:says?|said|told\s+me|whispered|wrote|put\s+it))\b|\b(?:quote|quoted|per|from)\s+(?:the|my|our)\s+\w+|(?:他|她|老师|同学|别人|我妈|我爸)(?:说|讲)\s*$/i;
/** A verb of saying, thinking or choosing; a modal before it counts too ("would just pick", "keeps saying"). */
const REPORT_VERB_RE =
  /\b(?:(?:would|could|might|will|'d|’d|always|usually|keeps?|kept|just|also|all|prob(?:ably)?)\s+)*(?:says?|said|saying|tells?|told|telling|thinks?|thought|thinking|reckons?|reckoned|believes?|believed|claims?|claimed|insists?|insisted|whispers?|whispered|swears?|swore|picks?|picked|picking|chooses?|chose|choosing|goes with|went with|go with|answered|wrote|writes|wants?|wanted)\b|['’]s\s+(?:take|view|opinion|answer|pick|vote)\b|\baccording to\b/gi;
const ZH_REPORT_VERB_RE = /说|讲|(?<!的)话|告诉|觉得|认为|以为|猜|选了|选的|会选|都选|答的|写的|给的/g;
/** A Chinese subject other than the writer: a pronoun, people, a role, the writer's kin or friend, an answer source. */
const ZH_OTHER_PERSON_RE =
  /他|她|佢|它们|人家|别人|有人|大家|大多数|很多人|同学|室友|朋友|老师|导师|师兄|师姐|学长|学姐|带教|主任|上级|家人|妈|爸|哥|姐|弟|妹|网上|参考答案|标准答案|答案上/;
/** A Chinese topic marked by a particle and a space before 选 ("他啊 选C"): the topic holds the choice. */
const ZH_PARTICLE_TOPIC_RE = /([\u4e00-\u9fff]{1,8})(?:啊|呢|嘛|吧|呀|的|了)\s*$/;

/** A supposed case, not the case asked about. */
const SUPPOSED_RE =
  /\bif\s+(?:i|we|you)\s+(?:had|have|were|was)\s+to\s+guess\b|\bwhat\s+if\b|\bhypothetical(?:ly)?\b|\bin\s+theory\b|\btheoretically\b|\bdevil['’]?s\s+advocate\b|(?<!\beven\s)\bif\s+(?!(?:i|you|we)\s+(?:were|was)\s+(?!to\s+guess\b))(?:\w+\s+){1,3}(?:were|had\s+been)\b|\bsuppos(?:e|ing)\b|(?<!\bi\s)\bimagine\b|\bpretend(?:ing)?\b|如果要?我?[猜蒙]|(?<![主需只重就还总不想必首])要是(?!让我选|叫我选)|假如|假设|假使|(?<!以防)万一|如果(?![^，。,.]{0,20}(?:考试|考题|题|没记错|沒記錯|非要|一定要|是))[^，。,.]{0,20}的话/i;
/** The writer put in the case ("if it were me", "if I were you", "如果是我的话", "换作我"): no supposition. */
const WRITER_IN_CASE_RE =
  /\bif\s+(?:it\s+(?:were|was)\s+(?:me|up\s+to\s+me)|i\s+(?:were|was)\s+(?:you|in\s+your\s+shoes))\b|(?:如果|要是|假如)(?:是|换(?:作|成|做))?我(?:的话)?|换(?:作|成|做)(?:是)?我(?:的话)?|^\s*我的话/gi;
/** A case named right after the letter: another patient, a condition, the other arm ("D if contraindicated"). */
const CASE_AFTER_RE =
  /^\s*[)）]?\s*(?:(?:only|just|but)\s+)?(?:if|when(?!\s+you\s+(?:think|consider|look|factor))|whenever|in\s+case|otherwise|instead(?=\s+(?:would|will|could|might|delays?|causes?|risks?|leads?|worsens?|is|was)\b)|in\s+(?:pregnan\w*|children|kids|the\s+elderly|elderly|older\s+\w+)|for\s+(?:the\s+)?(?:elderly|older|pregnan\w*|kids|children|peds|paeds)|for\s+(?!this\b|that\b|the\s+patient\b|him\b|her\b|now\b)(?:\w+\s+){0,3}(?:patients|pts|people|those|anyone|women|men|adults|cases))\b|^\s*(?:如果|若|要是|的话)/i;
/** A case named before the letter as a phrase of its own ("for the elderly, B"; "in pregnancy, D"). */
const CASE_BEFORE_RE =
  /^\s*(?:(?:and|or|but)\s+)?(?:(?:for|in)\s+(?:the\s+)?(?:elderly|older\s+\w+|pregnan\w*|kids|children|peds|paeds)|(?:only\s+)?(?:if|in\s+case)\b(?!\s+(?:i|i['’]m|we|we['’]re|forced|pressed|pushed|you['’]re\s+asking|you\s+are\s+asking|the\s+question|this\s+is\s+(?:an?\s+)?(?:exam|test|board|mcq)|it['’]?s\s+(?:an?\s+)?(?:exam|test|board|mcq))\b)[^,，:：]{1,40})\s*[,，:：]\s*(?:(?:it['’]?s|pick|choose|go\s+with|then)\s+)?(?:option\s+)?[(（]?$/i;
/** Doubt in chat words (the shared DOUBT_RE is not widened): the writer does not know or picks at random. */
const CHAT_DOUBT_RE =
  /\b(?:idk|dunno|(?<!\b(?:she|he|they|patient|pt|mother|mom)\s+(?:had\s+|has\s+)?)no\s+(?:clue|idea)|not\s+(?:sure|certain)|unsure|(?<!\b(?:not|isn['’]t|wasn['’]t|no)\s+(?:a\s+)?)(?:wild|total|random|blind|pure)\s+guess|(?<!\bno\s)guessing|random(?:ly)?\s+pick|coin\s*flip|(?:maybe|perhaps|possibly)(?!\s+(?:surprisingly|unsurprisingly|not\s+surprisingly|counter-?intuitively|unexpectedly|most|the\s+(?:most|best|single)|best\s+known)\b))\b|(?<!\bno\s|\bwithout\s(?:a\s|any\s)?|\bbeyond\s(?:any\s|a\s)?|\bnot\s(?:a\s)?|\bnever\s|\blittle\s|\bzero\s|\bhardly\s(?:any\s)?|\bnot\smuch\s)\b(?:i\s+)?doubt\b|(?<![者她他人])不知道(?!这样|這樣|你|怎么|怎麼)|说不准|蒙的|瞎蒙|瞎猜|瞎选|蒙一?个|猜的|(?<!不能|不可|不要|别|不得)随便|也许|或许/i;
/** An attribution after the letter: "…pick C, that's what my tutor says", "C, says my friend", "C (per my tutor)". */
const ATTRIBUTED_AFTER_RE =
  /^[^.!?。！？\n]*?(?:\b(?:that['’]?s|is|was)\s+what\s+(?!i\b|we\b)[^.!?]{0,30}\b(?:says?|said|thinks?|thought|told|picks?|picked|chose|chooses|went\s+with|goes\s+with|wants?|wanted|recommended)\b|\b(?:says?|said|according\s+to|per)\s+(?:(?:my|our|his|her|their)\s+(?!(?:\w+\s+)?(?:status|vitals|labs?|symptoms?|presentation|history|condition|stability|ecg|ekg|bp|exam|findings?|results?|levels?|picture|age|weight|risk|state)\b)|the\s+(?:key|answer\s+key|guy|tutor|teacher|attending))\b|[，,]\s*(?:他|她|老师|同学|别人|大家|我(?:妈|爸|室友|同学|朋友))[^，。]{0,6}(?:说的|讲的|选的))/i;
/** Words said, then the writer's conclusion from them ("…said he ate peanuts, so", "…说他吃了花生，所以"). */
const CONCLUDES_AFTER_RE =
  /^(?:\s*(?:me|us|him|her|them|that|to)\b)*\s*[,:：，"“]?\s*(?:\S+\s+){2,}?\S*[,，;；—–]\s*(?:so|therefore|thus|hence|which\s+means|meaning)\b|^[^，,]{2,}[，,](?:[^，,。]*[，,])?\s*(?:所以|因此|故|那么)/i;
/** A sentence that is nothing but doubt ("idk.", "Just guessing.", "瞎猜的。"). */
const ONLY_DOUBT_RE =
  /^[\s.。!！,，]*(?:(?:but|tbh|honestly|lol|though|just)\s+)*(?:idk|dunno|i\s+don['’]?t\s+know|no\s+(?:clue|idea)|not\s+(?:sure|certain)|just\s+guessing|guessing|total\s+guess|pure\s+guess|瞎猜的?|蒙的|猜的|不知道|不确定)(?:\s+(?:tbh|lol|though|tho|honestly))?[\s.。!！?？]*$/i;
/** A turn: what follows is said anew. */
const TURN_RE = /\b(?:but|however|though|although|yet|whereas|actually)\b|但是?|不过|可是|然而/gi;
/** The writer speaking for themselves after a report ("…; I think it's C", "我觉得是C", "my answer is C"). */
const WRITER_SPEAKS_RE =
  /\b(?:i|we)(?:['’]d|\s+would|\s+will|['’]ll)?\s+(?:(?:still|really|personally|honestly|just)\s+)*(?:think|say|pick|choose|go\s+with|answer|believe|put|vote)\b|\bmy\s+(?:answer|pick|choice|vote)\b|我(?:也|还是|个人|自己)?(?:觉得|认为|选|倾向|答)/gi;
/** The writer adopting the letter reported before it ("… and I agree", "我也觉得是C"). */
const ADOPTS_RE =
  /\b(?:i|we)\s+(?:(?:totally|fully|completely|also|do|would|'d|’d|have\s+to|must)\s+)*(?:agree|concur)\b|\bso\s+do\s+i\b|\bme\s+too\b|\bsame\s+here\b|\bi\s+(?:think|believe)\s+(?:so|(?:he|she|they)['’]?(?:s|re|\s+is|\s+are)?\s+right)\b|\b(?:he|she|they)['’]?(?:s|re|\s+is|\s+are)\s+right\b|\b(?:that|this|which)\s+(?:also\s+)?(?:matches|fits|agrees\s+with|is\s+(?:right|correct))\b|\b(?:rightly|correctly)\b|\bthat['’]?s\s+my\s+(?:pick|answer|choice)\s+too\b|\bso\s+would\s+i\b|\bsame\s+as\s+me\b|我也(?:觉得|认为|选|同意|是这么想|这么认为|这么想)|跟我一样|我都覺得|我都觉得|我同意|我赞同|我也是|没错/i;
const NEGATED_ADOPTION_RE = /\b(?:don['’]?t|do\s+not|can['’]?t|cannot|never|not)\s+(?:\w+\s+)?(?:agree|concur)\b|不同意|不赞同/i;

/** The sentence around `at` in `text`: start and end offsets. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m; m = SENTENCE_END_RE.exec(text)) {
    const i = m.index;
    if (i < at) start = i + 1;
    else if (i > at) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/** Offset just after the last turn in `s`, or 0. */
function afterLastTurn(s: string): number {
  let cut = 0;
  TURN_RE.lastIndex = 0;
  for (let m = TURN_RE.exec(s); m; m = TURN_RE.exec(s)) cut = m.index + m[0].length;
  return cut;
}

/** A report before the letter, in `before` (the sentence up to the letter, after the last turn). */
/** Hearsay with no one named: "apparently", "supposedly", "word is", "听说", "据说". */
const HEARSAY_RE = /\b(?:apparently|supposedly|allegedly|reportedly|word\s+is|rumou?r\s+(?:has\s+it|is))\b|听说|据说|听人说|听别人说|传说/i;

/** Pure: the words said after a verb of report close their clause before the letter (`rest` runs up to the letter). */
function saidClauseEnded(rest: string): boolean {
  const said = rest.replace(/^(?:\s*(?:me|us|him|her|them|that|to|so|just|过|了|的|道|是)(?![a-z])|\s*[,:：，、"“'‘「])*/i, '');
  // A colon last before the letter, a few words after the verb, opens the words said ("told us, without hesitation: C").
  const colon = said.search(/[:：][^,;:，；：—–]*$/);
  if (colon >= 0 && (said.slice(0, colon).match(/[A-Za-z]+|[\u4e00-\u9fff]{1,2}/g) ?? []).length <= 3) return false;
  // A conclusion ends what was said, as punctuation does ("his mom says he ate peanuts so A", review s30 S2-1); so does a
  // space before 选/揀 after a clause of its own ("他妈说他喝了敌敌畏 选A").
  if (/^\s*(?:\S+\s+){2,}?(?:so|therefore|hence|thus)\b|[\u4e00-\u9fff]{2,}[^，。]*(?:所以|因此)|^[^\s选選揀]{4,}\s+(?:选|選|揀)\s*$/i.test(said)) return true;
  return /[^\s,;:，；：—–-][^,;:，；：—–]*[,;:，；：—–]/.test(said);
}

function reported(before: string): boolean {
  const hearsay = HEARSAY_RE.exec(before);
  // "He apparently ate a peanut cookie, so …": hearsay about the patient's story, not about the answer (review s30 S2-4).
  if (hearsay && !/\b(?:he|she|they|patient|pt|child|boy|girl|man|woman|baby)\s+$/i.test(before.slice(0, hearsay.index))) return true;
  // The writer speaks for themselves after the last report: "my friend said B, I think it's C".
  let spoke = -1;
  WRITER_SPEAKS_RE.lastIndex = 0;
  for (let m = WRITER_SPEAKS_RE.exec(before); m; m = WRITER_SPEAKS_RE.exec(before)) spoke = m.index;
  const tail = before.slice(spoke + 1);
  WRITER_PAST_RE.lastIndex = 0;
  for (let m = WRITER_PAST_RE.exec(tail); m; m = WRITER_PAST_RE.exec(tail)) {
    // "Just as I thought, …", "I thought about this carefully and …": no belief about the letter (review s30 S2-3).
    if (
      /\bas\s+$/i.test(tail.slice(0, m.index + (/^\W/.test(m[0]) ? 1 : 0))) ||
      /^\s+(?:about|of|through|over|hard|carefully|long)\b/i.test(tail.slice(m.index + m[0].length))
    )
      continue;
    if (saidClauseEnded(tail.slice(m.index + m[0].length))) continue;
    return true;
  }
  REPORT_VERB_RE.lastIndex = 0;
  for (let m = REPORT_VERB_RE.exec(tail); m; m = REPORT_VERB_RE.exec(tail)) {
    const subject = tail.slice(Math.max(0, m.index - 40), m.index);
    if (/according to/i.test(m[0])) {
      // "According to the textbook/guidelines, the answer is C": the writer's source, not someone's pick (review s30 S2-5).
      if (/^\s+(?:the\s+|most\s+|current\s+)*(?:textbooks?|book|guidelines?|literature)\b/i.test(tail.slice(m.index + m[0].length))) continue;
      if (OTHER_PERSON_RE.test(tail.slice(m.index + m[0].length, m.index + m[0].length + 30))) return true;
      continue;
    }
    if (/['’]s\s/.test(m[0])) return true; // "my attending's take:"
    // "wants" is a verb of intention: it reports a choice only with the letter a few words on ("my tutor wants C"), not
    // "she wants to breastfeed later so the answer is B" nor "the answer the examiners want here is B" (review s30 S2-1).
    if (/want/i.test(m[0]) && ((tail.slice(m.index + m[0].length).match(/[A-Za-z]+/g) ?? []).length > 3 || /\banswer\s+(?:the\s+)?\w+\s*$/i.test(subject)))
      continue;
    if (WRITER_SUBJECT_RE.test(subject)) continue;
    // "As the attending said, …": the writer cites someone in agreement, not a report of another's answer.
    if (
      /(?:^|[,;:]\s*|\b)(?:as|(?:just\s+)?like|unlike|despite|contrary\s+to|regardless\s+of)\s+(?:what\s+)?(?:\S+\s+){0,3}$/i.test(
        subject
          .split(/[,;:，；：]/)
          .filter((x) => x.trim())
          .pop() ?? '',
      )
    )
      continue;
    // What was said ends with its clause: a letter in a later clause is the writer's ("Although many people pick B, the
    // answer is C", "her mom said he ate peanuts, so C"); punctuation right after the verb opens what was said ("my
    // friend said, it's C", "he told me: just pick C").
    if (saidClauseEnded(tail.slice(m.index + m[0].length))) continue;
    // The subject is the last phrase before the verb, back to the previous clause break.
    const phrase =
      subject
        .split(/[,;:，；：]/)
        .filter((x) => x.trim())
        .pop() ?? '';
    if (OTHER_PERSON_RE.test(phrase)) return true;
  }
  // A speaker's label: a person and a colon or a quote before the letter ("my friend: \"it's C\"").
  // A bare role at a line's start is a dialogue's turn ("Student: so my final answer is B"), not a report.
  const label = /([^,;.!?\n]{1,40})[:：]\s*["“']?[^:：]*$/.exec(tail);
  if (label && SPEAKER_LABEL_RE.test(label[1]) && !/\b(?:i|we|me)\b/i.test(label[1])) return true;
  // Chinese: a person as subject of a verb of report before the letter ("老师说 选C", "我室友觉得吧 选C").
  ZH_REPORT_VERB_RE.lastIndex = 0;
  for (let m = ZH_REPORT_VERB_RE.exec(tail); m; m = ZH_REPORT_VERB_RE.exec(tail)) {
    const subject = tail.slice(Math.max(0, m.index - 8), m.index);
    const own = /我们?(?:也|还是|个人|自己|都)?$/.test(subject) && !/我(?:的)?(?:妈|爸|哥|姐|弟|妹|室友|同学|朋友|老师|导师)/.test(subject);
    // "我同桌说", "我表哥觉得": the writer's someone (我 + a person noun: kin, classmate, teacher…), not the writer
    // ("我也觉得", "我个人认为", "我肯定会选").
    const mine = /我(?:的|们的?)?[同室朋闺兄姐妹弟哥表堂老导师学舍男女家爸妈爷奶外公叔姨舅婶对领医护教队组班][\u4e00-\u9fff]{0,2}$/.test(subject);
    if ((mine || (!own && ZH_OTHER_PERSON_RE.test(subject))) && !saidClauseEnded(tail.slice(m.index + m[0].length))) return true;
  }
  // Chinese: a person as the topic, a particle, then the choice ("他啊 选C", "我妈呢 选C").
  const topic = ZH_PARTICLE_TOPIC_RE.exec(tail.replace(/\s*(?:就|还是)?\s*(?:选|選)\s*(?:项|选项)?\s*$/, ''));
  if (topic && ZH_OTHER_PERSON_RE.test(topic[1])) return true;
  return false;
}

export type Holder = 'writer' | 'reported' | 'supposed' | 'doubted';

/**
 * Pure: who holds the letter at `at` (its offset) in `text`, read in its own sentence. 'writer' unless a report, a
 * supposed case or a doubt governs it and the writer does not adopt it after.
 */
export function letterHolder(text: string, at: number): Holder {
  const { start, end } = sentenceAround(text, at);
  const sentence = text.slice(start, end);
  const before = sentence.slice(0, at - start);
  const after = sentence.slice(at - start + 1);
  // "If it were me", "如果是我的话": the writer's own choice, said modestly, is no supposed case.
  const turned = before.slice(afterLastTurn(before));
  const fresh = turned.slice(turned.search(/[;；][^;；]*$/) + 1).replace(WRITER_IN_CASE_RE, ' ');
  if (CHAT_DOUBT_RE.test(fresh)) return 'doubted';
  // Doubt said right after the letter: "C, i dunno", "C. idk", "选C吧，瞎猜的".
  const nextSentence = text.slice(end, sentenceAround(text, Math.min(text.length, end + 1)).end + 1);
  if (
    CHAT_DOUBT_RE.test(after.replace(/\b(?:no|without|beyond|never)\s+(?:a\s+|any\s+)?(?:shadow\s+of\s+(?:a\s+)?)?doubt\b/gi, ' ')) ||
    ONLY_DOUBT_RE.test(nextSentence)
  )
    return 'doubted';
  let supposed = SUPPOSED_RE.exec(fresh);
  // A Chinese supposition whose own clause states its consequence with 就 ("万一出现室颤就危险了，先稳定心肌，选A",
  // "要是对阿托品过敏就另说，一般情况下选A") is complete before the letter (review s30 S2-6).
  if (supposed && /^[^，,。]*就[^，,。]*[，,]/.test(fresh.slice(supposed.index))) supposed = null;
  const holder: Holder =
    supposed && !CONCLUDES_AFTER_RE.test(fresh.slice(supposed.index + supposed[0].length))
      ? 'supposed'
      : reported(fresh) || ATTRIBUTED_AFTER_RE.test(after)
        ? 'reported'
        : 'writer';
  if (holder !== 'reported') return holder;
  // Adopted in the rest of the sentence or the next one.
  const next = text.slice(end, sentenceAround(text, Math.min(text.length, end + 1)).end + 1);
  const adopt = `${fresh} ${after} ${next}`;
  return ADOPTS_RE.test(adopt) && !NEGATED_ADOPTION_RE.test(adopt) ? 'writer' : holder;
}

/** Pure: the writer holds the letter at `at` in `text` (letterHolder is 'writer'). */
export const writerHolds = (text: string, at: number): boolean => letterHolder(text, at) === 'writer';

const LONE_CAPITAL_RE = /(?<![A-Za-z-])([A-J])(?![A-Za-z-])/g;
const LONE_LETTER_RE = /(?<![A-Za-z'’-])([A-Ja-j])(?![A-Za-z'’-])/g;
/** A condition opening the rival's sentence ("if contraindicated, D", "for older pts, B", "孕妇的话 D"). */
const LEADING_CASE_RE =
  /^\s*(?:(?:and|or|but)\s+)?(?:(?:(?:for|in)\s+(?:the\s+)?(?:elderly|older\s+\w+|pregnan\w*|kids|children|peds|paeds)|(?:only\s+)?(?:if|in\s+case)\b(?!\s+(?:i|i['’]m|we|we['’]re|forced|pressed|pushed|you['’]re\s+asking|you\s+are\s+asking|the\s+question|this\s+is\s+(?:an?\s+)?(?:exam|test|board|mcq)|it['’]?s\s+(?:an?\s+)?(?:exam|test|board|mcq))\b)[^,，:：]{1,40})[,，:：]|如果|若|要是)/i;

/**
 * Pure: after offset `from`, a capital option letter other than `answer` that a supposed case holds ("D if
 * contraindicated", "for the elderly, B"): the writer's answer has a rival for another case, so it is no single answer.
 */
export function supposedRivalAfter(text: string, from: number, answer: readonly string[], valid: ReadonlySet<string>): boolean {
  // The rival is said within the two sentences after the answer, and offered, not denied.
  const first = sentenceAround(text, from).end;
  const to = sentenceAround(text, Math.min(text.length, first + 1)).end;
  LONE_LETTER_RE.lastIndex = from;
  for (let m = LONE_LETTER_RE.exec(text); m && m.index < to; m = LONE_LETTER_RE.exec(text)) {
    const letter = m[1].toUpperCase();
    if (!valid.has(letter) || answer.includes(letter)) continue;
    const { start } = sentenceAround(text, m.index);
    // A lower-case letter is a rival only with its case right after it ("a if unstable", "or b if no cath lab").
    if (m[1] !== letter && !CASE_AFTER_RE.test(text.slice(m.index + 1))) continue;
    if (
      m[1] !== letter &&
      /[A-Za-z]\s*$/.test(text.slice(Math.max(start, m.index - 12), m.index)) &&
      !/\b(?:or|and|then|but)\s*$/i.test(text.slice(start, m.index))
    )
      continue;
    // A case said not to hold ("if the patient were pregnant, the answer would be C") leaves the answer standing; an
    // open one ("D if contraindicated", "D in pregnancy") may be this patient's.
    if (/\b(?:were(?:n['’]t)?|wasn['’]t|would|had\s+been)\b|本来|就会/i.test(text.slice(start, sentenceAround(text, m.index).end))) continue;
    // A rival its own sentence denies ("A in pregnancy is contraindicated", "B only if you suspect a bleed, which you
    // don't") or a second-line step ("B if seizures continue after two doses") leaves the answer standing (review s30 S2-8).
    const rest = text.slice(m.index + 1, sentenceAround(text, m.index).end);
    if (
      /\b(?:(?:is|are|would\s+be)\s+(?:\w+\s+)?(?:contraindicated|teratogenic|harmful|unsafe|dangerous|wrong)|causes?|but\s+not|which\s+(?:you|we)\s+don['’]t)\b/i.test(
        rest,
      )
    )
      continue;
    if (
      /^\s*(?:only\s+)?if\s+(?:\w+\s+){0,3}(?:continues?|continue|persists?|persist|recurs?|fails?|refractory)\b|^\s*if\s+that\s+(?:fails|doesn['’]t)/i.test(
        rest,
      )
    )
      continue;
    // A next step ("A, then B if the CT is negative") is a sequence, not a rival.
    if (/(?:\bthen|\bfollowed\s+by|\bnext|\bafter(?:wards?)?|\blater|然后|再|之后|其次)\s*$/i.test(text.slice(start, m.index))) continue;
    if (/\b(?:not|no|never|avoid\w*|wouldn['’]t|don['’]t|isn['’]t|rather than|instead of)\b|不|非|避免|禁/i.test(text.slice(start, m.index))) continue;
    if (m[1] === 'A' && /^\s+[a-z]{2,}/.test(text.slice(m.index + 1)) && !/^\s+(?:if|unless|when|in|for|otherwise)\b/.test(text.slice(m.index + 1))) continue;
    // "The answer is C. Actually, B instead.": a switch this reader cannot settle — no single answer (as at HEAD s30).
    if (letterHolder(text, m.index) === 'supposed' || caseBound(text, m.index) || (m[1] === letter && /^\s*instead\b(?!\s+of)/i.test(text.slice(m.index + 1))))
      return true;
  }
  return false;
}

/** Pure: some capital letter of `letters` in text[from, to) is held by someone other than the writer. */
export function heldInSpan(text: string, from: number, to: number, letters: readonly string[]): boolean {
  LONE_CAPITAL_RE.lastIndex = from;
  for (let m = LONE_CAPITAL_RE.exec(text); m && m.index < to; m = LONE_CAPITAL_RE.exec(text))
    if (letters.includes(m[1]) && !writerHolds(text, m.index)) return true;
  return false;
}

/**
 * Pure: the letter at `at` is given for a case — one named right after it ("D if contraindicated", "D in pregnancy",
 * "D otherwise") or opening its clause ("for the elderly, B", "if contraindicated, D"). Alone such a letter may be this
 * patient's answer ("If she is stable, C", "In pregnancy, C" where the stem is pregnant); it is a rival only beside
 * another letter the writer gave (supposedRivalAfter, evidence-reader's deciding sentence).
 */
export function caseBound(text: string, at: number): boolean {
  const { start } = sentenceAround(text, at);
  const before = text.slice(start, at);
  const fresh = before.slice(afterLastTurn(before));
  return CASE_AFTER_RE.test(text.slice(at + 1)) || CASE_BEFORE_RE.test(fresh) || LEADING_CASE_RE.test(before);
}
