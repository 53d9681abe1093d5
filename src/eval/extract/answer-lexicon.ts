// The words of answer statements, zh and en, on width-folded text (Chinese punctuation is ASCII here).
// An anchor introduces an answer ("the answer is", "答案：", "故选", "I choose"); filler may stand between anchor
// and letters ("is", "would be", "为", "应为", "option", "选项"); what stands before an anchor can cancel it
// (conditionals: "if the answer were A"), and so can what follows the letters (negations: "A is wrong", "A不对";
// questions: "答案是A吗"). Tiers rank statements: the highest tier present decides.

/** 5 format (JSON, <answer>, \boxed) · 4 explicit final · 3 answer statement · 2 bare line · 1 assessment · 0 mention. */
export type Tier = 0 | 1 | 2 | 3 | 4 | 5;

/** Alternation of phrases; English ones end at a word boundary ("so" is not "some"), Chinese ones may touch a letter ("选B"). */
const alt = (words: readonly string[]) =>
  words.map((w) => w.replace(/ /g, '\\s+') + (/[A-Za-z]/.test(w) && /[A-Za-z?)]$/.test(w) ? '(?![A-Za-z])' : '')).join('|');

const FINAL = [
  'final answers?',
  'final choice',
  'final response',
  'final selection',
  'final(?=\\s*:)',
  // The Chinese of "Final: …" (修正后最终：ABC).
  '最终(?=\\s*:)',
  '最终答案',
  '最终的答案',
  '最后答案',
  '最终选择',
  '最终选',
];
const ANSWER = [
  'correct answers?',
  'right answers?',
  'best answer',
  'correct options?',
  'correct ones',
  'right ones',
  'correct choices?',
  'correct selections?',
  'correct responses?',
  'right options?',
  'right choices?',
  'best option',
  'best choice',
  'most appropriate (?:answer|option|choice)',
  'most likely answer',
  'answers?',
  'my choice',
  // What a clinical answer names as the choice: "Recommended: metformin", "The drug of choice for syphilis is penicillin".
  'recommended(?=\\s*:)',
  'recommendation(?=\\s*:)',
  'the recommended (?:drug|treatment|therapy|option|choice|answer|test|step) is',
  '(?:drug|treatment|therapy|agent|antibiotic|antidote|diuretic|antiarrhythmic|anticonvulsant|antiepileptic|vasopressor|test|investigation|management) of choice(?: (?:for|in) [^.\\n:;]{1,60}?)? is',
  // The conclusion of an elimination: what is left is the answer.
  '(?:that|this|which) leaves(?: us with)?',
  'leaving(?: us with)?',
  '只剩下?',
  '剩下的?(?:只有|是)',
  'my pick',
  'my selection',
  "I(?:'d| would| will|'ll| shall)? (?:choose|select|pick|go with|opt for)",
  "I'm going with",
  'I am going with',
  'we (?:choose|select|pick)',
  "I(?:'d| would|'ll| will)? say",
  'my (?:best )?guess(?: would be| is)?',
  "I(?:'d| would)? guess",
  "I think it(?:'s| is)",
  "I believe it(?:'s| is)",
  "I(?:'m| am)? lean(?:ing)? towards?",
  "(?:I(?:'ll| will| would)? )?change (?:my answer )?to",
  // A correction that names its new answer (retraction.ts decides whether the earlier one was taken back); a question
  // ("would changing my answer to D be better?") is cancelled by the question after it, as every anchor is.
  '(?:correct|chang|revis|updat)(?:e|ed|ing) (?:my|the) answer to',
  'I meant',
  "I(?:'m| am)? switching to",
  'switch(?:ing)? (?:my answer )?to',
  '我认为是',
  '我认为选',
  '我觉得是',
  '我觉得选',
  '我倾向于',
  '倾向于选',
  '我的选择是',
  '我的选择',
  '结论',
  '简答',
  // A labelled summary states the answer as much as an answer line does: "Summary: B, C, D." then "Final answer: A, C, E"
  // is two answers (extract-r/u: a TL;DR letter against a final letter was credited).
  'summary(?=\\s*:)',
  'tl;?\\s?dr(?=\\s*:)',
  'bottom line(?=\\s*:)',
  '总结(?=\\s*:)',
  '小结(?=\\s*:)',
  'ans(?=\\s*[:.])',
  'true(?=\\s*:)',
  '维持原判断',
  '维持原答案',
  '维持原选择',
  '仍选',
  '正确答案',
  '参考答案',
  '标准答案',
  '正确的答案',
  '正确的是',
  '答案',
  '正确选项',
  '正确的选项',
  '最佳答案',
  '最佳选项',
  '最佳选择',
  '最合适的选项',
  '最恰当的选项',
  '故选',
  // 首选 naming the choice ("首选：ACEI", "首选药物为青霉素"); bare "首选X" also runs through reasoning.
  '首选(?=\\s*:)',
  '首选(?:药物?|治疗|方法|检查|措施|方案)?(?:应该?|应当)?(?:为|是)',
  '应该选择',
  '应当选择',
  '应该选',
  '应当选',
  '应选择',
  '应选',
  '我选择',
  '我会选',
  '我选',
  '改选',
  // A correction that names its new answer ("更正为C", "应改为B", "改为D").
  '更正为',
  '应改为',
  '改为',
  '建议您?选择?',
  '可以选择',
  '只能选择',
  '选择的是',
  '因此选',
  '所以选',
  '因而选',
  '综上所述选',
  '综上选',
  '本题',
  '此题',
  '该题',
  '则选',
  '宜选',
  '只能选',
  '答(?=\\s*:)',
];
/**
 * "选" / "选择" opening a clause ("…. 选B", "答: 选B"); "很多人会选A" is not a statement, nor is the noun "选项D" that
 * heads an option's discussion ("选项D：ERCP属于干扰项").
 */
const CLAUSE_CHOOSE = '(?<=^|[\\n,.:;!?)\\]]\\s*)选(?!项)择?';
/** Anchors whose letters are offered as another possibility: the statement is a hedge. */
const ALTERNATIVE = [
  'could also be',
  'might also be',
  'may also be',
  'or possibly',
  'or perhaps',
  'alternatively',
  '也可能是',
  '也有可能是',
  '也可能选',
  '也可选',
];
/** Conclusion words: an answer only when the letters close the clause ("Therefore, B." but not "So B is wrong"). */
const CONCLUSION = ['therefore', 'thus', 'hence', 'so', 'in conclusion', 'in summary', 'overall', '综上所述', '综上', '因此', '所以', '因而', '总之', '故'];

export type AnchorKind = 'final' | 'answer' | 'alternative' | 'conclusion';

/** A sentence that opens with a conclusion word ("So the ones to select are …", "所以…", "综上，…"): it concludes. */
export const CONCLUDING_OPENER_RE = new RegExp(`^\\s*(?:${alt(CONCLUSION)})`, 'i');

/** Anchors, tried at a position (sticky); the capture group that matched names the kind. */
export const ANCHOR_RE = new RegExp(`(?<![A-Za-z])(?:(${alt(FINAL)})|(${alt(ANSWER)}|${CLAUSE_CHOOSE})|(${alt(ALTERNATIVE)})|(${alt(CONCLUSION)}))`, 'iy');

/**
 * Where an anchor can start: its first character or English word. Scanning for these and trying ANCHOR_RE only
 * there is several times faster than letting one big alternation try every position of a long reply.
 */
export const ANCHOR_START_RE =
  /[最正参标答故应我因所综本此该剩则宜只改建可选倾也总维仍结简更首小]|\b(?:summary|tl|bottom|final|correct|right|best|most|answers?|ans|true|my|i|we|so|therefore|thus|hence|in|overall|could|might|may|or|alternatively|switch|switching|change|changing|changed|correcting|corrected|revise|revising|revised|update|updating|updated|that|this|which|leaving|recommended|recommendation|the|drug|treatment|therapy|agent|antibiotic|test|investigation|management)\b/gi;
export const ANCHOR_KINDS: readonly AnchorKind[] = ['final', 'answer', 'alternative', 'conclusion'];

/** Between anchor and letters: copulas, punctuation, option words ("The answer is option (B)", "答案应为选项B"). */
export const FILLER_RE = new RegExp(
  `(?:[\\s:=>,\\-"'[\\]]|→|⇒|(?:${alt([
    'is',
    'are',
    'would be',
    'should be',
    'must be',
    'will be',
    'shall be',
    'therefore',
    'thus',
    'clearly',
    'definitely',
    'indeed',
    'then',
    'here',
    'likely',
    'most likely',
    'probably',
    'to this question',
    'to the question',
    'to this item',
    'for this question',
    'in this case',
    'option',
    'choice',
    'letter',
    'answer',
    'the',
    'be',
    'either',
    'between',
  ])})(?![A-Za-z])|的|应该是|应当是|应是|应为|当为|当是|仍然是|仍是|依然是|依旧是|还是|就是|在|即为|即|乃|是|为|选择|应选|当选|选项|选|答案|正确答案|答|一项|项)*`,
  'iy',
);

/** Filler with "either" / "between" ("the answer is either B or C"): a hedge whatever joins the letters. */
export const EITHER_RE = /\b(?:either|between)\b/i;

/**
 * What opens the anchor's clause can cancel it: a conditional or question ("If the answer were A", "是否选A"), a
 * belief given up ("一开始我认为是A", "I initially thought the answer was A"), a negation ("不是最佳答案", "not the answer").
 */
export const CONDITIONAL_BEFORE_RE =
  /(?:\bif\b|\bwhether\b|\bunless\b|\bsuppose\b|\bassuming\b|\binitially\b|\bat first\b|\boriginally\b|\bfirst thought\b|如果|假如|假设|若|是否|倘若|要是|一开始|起初|原本|本来|最初|开始时)[^\n.!?;,]*$|(?:不是|并非|并不是|而非|不|\bnot\b|\bisn't\b|\bnor\b)\s*(?:the\s+|一个|个)?$/i;

/** After the letters: a negation or exclusion ("A is wrong", "A不对", "A可以排除") cancels the statement. */
export const NEGATION_AFTER_RE =
  /^\s*(?:\([^)\n]{0,40}\)\s*)?(?:项|选项)?\s*(?:is\s+(?:wrong|incorrect|not)|are\s+(?:wrong|incorrect|not)|isn't|aren't|can\s+be\s+(?:excluded|ruled\s+out|eliminated)|is\s+ruled\s+out|is\s+unlikely|都不对|不对|错误|不正确|不是|不符|排除|均不|都不|不太可能|不选|被排除|可排除|可以排除)/i;

/** After the letters, within the clause: a question mark or question particle makes it a question. */
export const QUESTION_AFTER_RE = /^[^\n.!;]{0,30}?(?:\?|吗|呢)/;

/** Correction markers: statements before the last one that precedes the final statement are superseded. */
export const CORRECTION_RE =
  /\b(?:wait|actually|correction|on second thought|on reflection|reconsider(?:ing)?|re-?evaluat\w*|let me re-?check|I was wrong|I take (?:that|it) back|this time(?=\s*[:：])|scratch that|revised answer|changing my answer|I change my answer|correcting my answer|I'?m correcting)\b|更正|修正|纠正|不对|等等|等一下|说错了|搞错了|写错了|重新考虑|再想想|改选|应改为|改为|重新审视|仔细想想|我之前错了|之前的答案有误/gi;

/** Assessments that name a letter first: "B is correct", "B is the correct answer", "B项正确", "B当选". */
export const ASSESSMENT_RE =
  /(?<![A-Za-z])(?:(?:options?|choices?|选项|答案)\s*)?(\(?[A-J]\)?(?:\s*(?:,|和|及|与|and|&|through|thru|[–—~～]|到|至)\s*(?:and\s*)?\(?[A-J]\)?)*)(?![A-Za-z])\s*(?:项|选项)?\s*(?:都|均|皆|也)?\s*((?:["“][^"”\n]{1,80}["”])?[^\n.;!?A-J]{0,16}?[,]?\s*应当?选择?(?![A-J])|(?:should|must)\s+(?:all\s+|both\s+)?be\s+(?:selected|chosen|picked|marked)|是正确答案|为正确答案|是正确的答案|为最佳答案|是最佳答案|是最佳选项|为最佳选项|是正确选项|为正确选项|是答案|为答案|当选|正确|是正确的|符合题意|最(?:为)?符合(?:本例|本题|题意|题干)?|(?:fits|matches)\s+(?:best|most\s+closely)|is\s+the\s+best\s+fit|(?<=[都均皆])对(?![于照比应待])|(?:is|are)\s+(?:the\s+)?(?:correct|right|true|best|most\s+appropriate|more\s+likely|most\s+likely)(?:\s+(?:answers?|options?|choices?|ones?|responses?|statements?))?|is\s+(?:the|my|our)\s+(?:final\s+)?answer)(?![A-Za-z])/g;

/** A reply that commits to no option being right: "None of the options is correct", "本题没有正确答案". */
export const NONE_CORRECT_RE =
  /\bnone\s+of\s+(?:the\s+)?(?:listed\s+|given\s+|offered\s+)?(?:options|choices|answers|them)\s+(?:(?:given|listed|offered|here|as\s+written|provided)\s+){0,2}(?:is|are)\s+(?:actually\s+|really\s+)?(?:fully\s+|entirely\s+|completely\s+)?(?:correct|right|true|appropriate|acceptable|suitable|(?:the\s+)?(?:preferred|recommended|best|ideal)\b)\b|\bnone\s+of\s+which\s+(?:is|are)\s+(?:on|in|among)\s+(?:this|the)\s+(?:list|options)\b|\b(?:answer|choice)\s*(?:is|would\s+be|:)?\s*[:-]?\s*["*]*none\s+of\s+the\s+(?:above|options|choices)\b|(?:答案|应选|故选|选)\s*(?:应该?|应当)?\s*(?:是|为)?\s*[:：]?\s*以上(?:选项)?(?:都|均|皆)(?:不是|不对|不正确|错误)|(?:没有|无)(?:一个)?正确(?:答案|选项)|(?:各|所有)?选项(?:均|都)(?:不正确|不对|错误)/gi;

/**
 * A cleft that names the option set aside: "错误的是D", "不是治疗措施的是D", "不属于常规治疗的是D" (唔係治療措施嘅係D in
 * reading form). It names the answer only when the question asks for what is set aside (final-answer.ts asksRejected:
 * "以下哪项不是…") and no answer statement was made (review s25 R11–R12); to a question asking what is right it names a
 * rejected option. The predicate holds no letter, so "不是A的话" is no cleft.
 */
export const REJECTED_CLEFT_RE =
  /(?:^|[\n。！？!?；;，,：:])\s*(?:错误|不正确|不对|不是|不属于|不包括|不宜|不应|不能|不可|不恰当|不合适|不符合|禁用|禁忌)[^\n。！？!?；;，,：:A-J]{0,20}?(?:的|嘅)(?:选项|一项|项)?\s*(?:是|为)\s*(?:选项)?\s*\(?([A-J])\)?(?![A-Za-z])(?!\s*(?:[、和及与或,，/]\s*\(?[A-J]\b))/g;

/** "除D项以外都选" / "all options except D are correct": the complement of the named letters. */
export const COMPLEMENT_RE =
  /除(?:了)?\s*([A-J](?:\s*[,、和及]\s*[A-J])*)\s*(?:项|选项)?\s*(?:[（(][^）)\n]{0,30}[）)])?\s*(?:以外|之外|外)?\s*[,，]?\s*(?:其余|其他|其它)?(?:选项|各项|的)?\s*(?:都|均|全|皆)\s*(?:选|正确|对|是正确的|当选)|\b[Aa]ll\s+(?:options?\s+|choices?\s+|of\s+them\s+)?(?:except|but)\s+\(?([A-J](?:\s*(?:,|and)\s*[A-J])*)\)?(?:\s+(?:are|is)\s+(?:correct|right|true)|(?=\s*[.。!]|\s*$))|\b[Aa]ll\s+(?:of\s+)?(?:the\s+)?(?:options?|choices?|answers?|statements?)\s+(?:are|is)\s+(?:correct|right|true)\s*,?\s*(?:except|but)\s+(?:for\s+)?\(?([A-J](?:\s*(?:,|and)\s*[A-J])*)\)?/g;

/** Said of an answer's value: it is not one of the options offered ("which isn't listed", "isn't among the choices", "不在选项中"). */
export const NOT_LISTED_RE =
  /\b(?:is\s+not|are\s+not|isn't|aren't)\s+(?:(?:listed|offered|given)(?=\s*(?:[.,;:)—–-]|$|\s+(?:here|above|among|in\s+the\s+(?:options|choices|list)|as\s+an?\s+(?:option|choice))\b))|(?:one\s+of|among|in|on)\s+(?:the|these|your)\s+(?:options|choices|answers|answer\s+choices|list)\b)|\bnot\s+(?:listed|offered)\s+(?:here|as\s+an?\s+(?:option|choice))|不在(?:选项|备选答案|答案选项)(?:中|里|之列|当中)|选项(?:中|里)(?:并)?(?:没有|未列出?|没列出?)/i;
/** "That makes A the winner", "which makes B the right choice": the letter is named the answer (tier 3). */
export const MAKES_ANSWER_RE =
  /\bmakes?\s+\(?([A-J])\)?\s+(?:the\s+)?(?:clear\s+|obvious\s+)?(?:winner|answer|best\s+(?:answer|option|choice|pick)|right\s+(?:answer|option|choice|one)|correct\s+(?:answer|option|choice|one)|pick|choice)\b/gi;

/**
 * Doubt in the sentence that commits to an answer ("也许是ABD", "拿不准", "I'm not sure — possibly ABC"): the statement is a
 * hedge. "最可能" / "most likely" rank options, they do not doubt the answer. A denied certainty (不确定, 不肯定) is not
 * here: it is doubt only when said of the writer's answer (CERTAINTY_DENIED_RE, read in its clause by modal-reading.ts
 * doubts / writerDoubtsCertainty).
 */
export const DOUBT_RE =
  /(?<![最更较很极])可能(?!性)|也许|或许|拿不准|说不准|没把握|不敢确定|\bnot\s+(?:sure|certain|confident)\b|\bno\s+idea\b|\b(?:can|could|may|might)\s+both\b|\bcan(?:no|')t\s+decide\b|\bunsure\b|\buncertain\b|\bmaybe\b|\bperhaps\b|\bpossibly\b/i;

/**
 * A certainty denied, in reading form (不确定, 不太确定, 不肯定, 没有很确定, 不是很肯定, 不是几肯定 — 唔肯定, 沒有很確定耶 and
 * 唔係幾肯定 folded): the one home of these words. Certainty is said of evidence, a diagnosis or a dose as well as of an
 * answer ("证据并不肯定", "诊断不肯定的情况下"), so a match is doubt only in the frame modal-reading.ts writerDoubtsCertainty
 * reads; "anywhere in the reply" (UNCERTAIN_RE) takes it unframed.
 */
export const CERTAINTY_DENIED_RE = /(?:不是|没有|没|不)(?:很|太|好|几|那么|十分|非常|完全|百分之?百|特别)?(?:确定|肯定)(?!性)/g;

/** A letter offered as another possibility after an answer: "C is also possible", "C也有可能". */
export const ALTERNATIVE_AFTER_RE =
  /(?<![A-Za-z])\(?([A-J])\)?\s*(?:项|选项)?\s*(?:(?:is|seems|looks)\s+(?:also\s+)?(?:quite\s+|very\s+|equally\s+|just\s+as\s+)?(?:possible|plausible|reasonable|likely|a\s+possibility)|(?:could|might|may|can)\s+also\s+(?:be\b(?!\s+(?:ruled|excluded|eliminated|dismissed|discarded|rejected|wrong|incorrect|false))|work\b|apply\b)|也有可能|也可能|也说得通|也可以)/g;

/** A line of a per-option review that marks its option correct: "B) Ceftriaxone – correct", "C. 阿奇霉素：正确 ✓". */
export const LINE_MARKED_CORRECT_RE =
  /^[ \t]*(?:[-+][ \t]+)?\(?([A-J])[.):\]][^\n]{0,200}?(?:[\s\-–—:,(]|^)(?<!in)(?<!not\s)(?<!不)(?:correct|right answer|正确|✓|✔|✅|√)[ \t]*\)?[ \t]*[.!]?[ \t]*$/gm;

/** A table row marking its option correct: "| B | Yes | …", "| B | √ |". */
export const TABLE_ROW_CORRECT_RE = /^[ \t]*\|?[ \t]*(?:option[ \t]*)?\(?([A-J])\)?[ \t]*\|[ \t]*(?:yes|y|true|correct|✓|✔|✅|√|正确|是|对)[ \t]*\|/gim;

/** A line that starts a new question: a model that keeps generating after its answer (the rest is not its answer). */
export const NEXT_QUESTION_RE =
  /\n[ \t]*(?:#{1,6}[ \t]*)?(?:question[ \t]*\d*[ \t]*[:.]|question[ \t]+\d+|input[ \t]*:|q\d+[ \t]*[:.]|next question|问题[ \t]*\d*[ \t]*[:.]|题目[ \t]*\d*[ \t]*:|下一题|第[ \t]*\d+[ \t]*题)/i;

/** Assessment phrases that name the answer itself (tier 3) rather than judge one option (tier 1). */
export const ASSESSMENT_IS_ANSWER_RE = /答案|最佳|当选|选项|应当?选|answer|option|choice|response|\bone\b|best|most|selected|chosen|picked|marked/i;

/** A clause that denies what it mentions ("IPV is not …", "阿莫西林不是…", "should not be selected"). */
export const NEGATED_CLAUSE_RE =
  /\bnot\b|n't\b|\bno\b|\bnever\b|\bnor\b|\bneither\b|\bexcept\b|\brather than\b|\bunlike\b|\bwhereas\b|\bwhile\b|\binstead of\b|不是|不|非|无|没有|排除|除外|而非|错误/i;

/** Uncertainty anywhere in a reply: an option merely named in it is not a committed answer. */
export const UNCERTAIN_RE = new RegExp(
  `\\b(?:might|may\\s+be|maybe|perhaps|possibly|not\\s+sure|unsure|uncertain|can't\\s+be\\s+sure|hard\\s+to\\s+say|either|could\\s+be)\\b|可能|也许|或许|${CERTAINTY_DENIED_RE.source}|不能确定|难以确定|无法确定|说不准`,
  'i',
);

/** An answer anchor followed by a letter that is not an offered option ("The answer is E" with options A–D). */
export const ANY_LETTER_AFTER_RE = /^\(?[A-Z]\)?(?![A-Za-z])/;

/** A hypothetical across a comma: "if the patient were pregnant, the answer would be C", "若为妊娠患者，则应选C", "孕妇的话，就选C". */
export const HYPOTHETICAL_SENTENCE_RE = /(?:\bif\b|\bunless\b|\bwere\b|如果|假如|假设|若|倘若|要是|的话|嘅话)[^\n.!?;]*(?:,|，)[^\n.!?;]*$/i;
export const HYPOTHETICAL_CONSEQUENCE_RE = /\bwould\b|\bthen\b|则|就|那么|会/i;
/**
 * A clause that is a condition denying what it names: "不是A的话" (Cantonese 唔係A嘅話 in reading form), "如果不是A", "要不是A",
 * "if not A", "if it isn't A". An option it names and another named in the consequence ("…，就是B") is an either/or left
 * open, not an answer (review s25 R1); the clause must name the option itself (evidence-reader.ts), so "如果不是孕妇，就选C"
 * is not one.
 */
export const NEGATED_CONDITION_RE =
  /^\s*(?:(?:如果|假如|若|倘若|要是|假设)(?:说)?(?:答案|这题)?\s*(?:不是|并非|非|不选)|要不是|\bif\s+(?:(?:it|that|the\s+answer)(?:\s+is\s+not|\s+isn't|'s\s+not)\s+|not\s+))|^\s*(?:不是|并非)[^，,]{0,20}(?:的|嘅)话\s*$/i;

/**
 * A clause that keeps another option open as the answer: "though C cannot be ruled out", "but it could be C",
 * "or maybe C", "C也有道理", "C也不能排除", "若…则选C". Read only in the clause of another option letter within the
 * committing sentence (or a short closing remark), so explanations that say what another option "may cause" stay
 * explanations.
 */
export const OPEN_ALTERNATIVE_RE =
  /\b(?:can(?:no|')t\s+(?:be\s+)?(?:ruled?\s+out|excluded?)|cannot\s+(?:rule\s+out|exclude)|(?:could|might|may)\s+(?:also\s+|well\s+|equally\s+)?be\s+(?:right|correct|the\s+(?:answer|one|best)|it|true|valid|acceptable|defensible|argued|defended|chosen|reasonable|a\s+reasonable|an?\s+(?:option|answer|possibility))\b|(?:could|might|may)\s+also\s+(?:work|fit|apply)\b|it\s+(?:could|might|may)\s+(?:also\s+)?be\b|(?:also|equally|just\s+as)\s+(?:possible|plausible|reasonable|defensible|valid|likely|right|correct|acceptable|fine|ok|okay)|(?:would|will)\s+(?:also|equally)\s+be\s+(?:fine|ok|okay|acceptable|right|correct|reasonable|valid)|or\s+(?:maybe|perhaps|possibly)|argue\s+for|a\s+case\s+for|otherwise)|(?:is|seems|looks|remains)\s+(?:also\s+|equally\s+|quite\s+|certainly\s+)?(?:defensible|arguable|justifiable|a\s+(?:reasonable|defensible)\s+(?:answer|choice|alternative))\b|±|\+\/-|也不能排除|不能排除|不排除|难以排除|无法排除|也有道理|也说得通|也对|也可以选|也可选|亦可|也可(?:以)?(?=[。.,，;；!！\s]|$)|也可能是|或许是|也许是|则选|就选|则答案|则应选|否则|反之/i;

/** A clause that only adds another option to the answer just given: "Also A.", "A too.", "还有A。" (review s14). */
export const ADDED_ANSWER_RE =
  /^\s*(?:(?:and\s+)?also[,，]?\s+(?:options?\s+)?\(?([A-J])\)?|(?:options?\s+)?\(?([A-J])\)?\s+(?:too|as\s+well)|(?:还有|另外还有|另外|也选|再加上?)\s*(?:选项)?\s*\(?([A-J])\)?\s*项?)\s*[.。!！]?\s*$/i;

/** A reply that ends by deferring or asking for more before answering: "让我再核对一下教材再回答你", "Could you share the findings?". */
export const DEFER_END_RE =
  /(?:再回答|稍后(?:回答|答复)|之后再答|核对[^。\n]{0,12}再|get back to you|before (?:I )?(?:answer|commit)|(?:could|can|would) you (?:please )?(?:share|provide|tell me|clarify|send)|请(?:您)?(?:提供|补充|告知))[^\n]{0,80}$/i;

/**
 * Two options called equally right on a one-answer item: "A和B两个都可以选，都算正确答案", "both are acceptable answers",
 * "either would be correct". On a multi-answer item the same words name a set, so only one-answer items read it.
 */
export const BOTH_RIGHT_RE =
  /(?:两个|两者|二者|两项)\s*都?(?:可以|可)选?|都(?:可以|能)?算(?:是|作)?(?:正确|对)|\bboth\s+(?:are\s+|would\s+be\s+)?(?:acceptable|valid|defensible|equally\s+(?:correct|right|valid))\b|\beither\s+(?:one\s+)?(?:would\s+be|is)\s+(?:fine|acceptable|correct|right)\b/i;

/** Doubt that leaves the answer open although no letter is hedged: "I can't confidently single one out", "两者都有依据". */
export const OPEN_DOUBT_RE =
  /\bcan(?:no|')t\s+(?:confidently|tell|be\s+(?:sure|certain))|可选可不选|看出题人|取决于出题|\bcannot\s+(?:confidently|tell)|两者都有依据|都有依据|两者皆可|不能给出结论|无法给出结论|暂时不能(?:给出|确定|回答)|暂不下结论|[搞弄]不清/i;

// The one reader of rejection's markers (commitment.ts clauseStance/readClauses; evidence-reader.ts asks REJECT_RE of a
// denial that names nothing). Rejection: negation, avoidance, a contrast that sets the option aside, a restriction to
// other patients.
export const REJECT_RE =
  /\b(?:not|no|never|don'?t|doesn'?t|isn'?t|aren'?t|won'?t|can'?t|cannot|neither|nor|avoid(?:s|ed|ing)?|skip|stop|withhold|hold off|rather than|instead of|than|without|unnecessary|inappropriate|contraindicated|irrelevant|useless|pointless|nothing|wrong|incorrect|false|out|cross(?:ed)? off|rule[sd]? out|excluded?|eliminated|distractors?|red herrings?|shouldn'?t|wouldn'?t|only (?:for|in|if|when)|reserved for|second[- ]line|adjuncts?|later|delay)\b|不要|不能|不宜|不可|不用|不需|无需|不必|不应|别|不是|并非|而非|排除|删|不选|不行|不对(?!称)|不正确|不恰当|不考虑|干扰项|不沾边|没用|无效|不适合|禁用|禁忌|二线|慎用|只是|才考虑|等不到|不算|放弃|(?<![没不会])错(?!不了)/i;
/**
 * After a capital letter: a full stop and a lower-case word — a genus written short ("E. coli", "C. difficile", "S.
 * aureus"), a name, not an option's label (a label is followed by its option's text or a verb after "is").
 */
export const GENUS_AFTER_RE = /^\.\s?[a-z]{3,}/;

// Rejection read by position (issue #12: every reader's rejection markers in one home, beside REJECT_RE, the clause
// reader's). Each is REJECT_RE's idea fitted to where its reader looks: before a letter, after it, on its line, in an
// answer cue's value; they differ in what their position lets them see, so they stay apart, not merged.
/** Before a letter mention (evidence-reader.ts): "not B", "rather than (C)", "排除选项D". */
export const NEGATION_BEFORE_RE =
  /(?:\b(?:not|no|rather than|instead of|than|against|excluding|exclude|unlike)\b|而不是|不是|并非|非|不选|排除|而非)\s*(?:option|choice|answer|选项)?\s*\(?$/i;
/** Anywhere in a clause naming a letter (evidence-reader.ts): it calls what it names false or unlikely — 没错/没有错 ("no
 * mistake", 是A没错) deny the error, they call nothing false. */
export const FALSE_IN_CLAUSE_RE =
  /\b(?:false|wrong|incorrect|not|isn't|aren't|doesn't|don't|wouldn't|won't|cannot|can't|never|unlikely|less likely|excluded|ruled out|rules? out|distractor|no)\b|[✗✘❌×]|错误|不正确|不对|不是|不属于|不符|排除|无关|并非|(?<!没有?)错/i;
/** In an answer cue's value (answer-statements.ts): a value that denies, excepts or asks names no answer ("so neither of those is a risk factor"). */
export const CONTENT_NEGATED_RE =
  /\b(?:not|no|neither|nor|never|none|isn't|aren't|doesn't|don't|rather than|instead of|unlike|except|unless|if)\b|不|非|没有|无关|除|排除|而非|如果|若|\?|[✗✘❌×]/i;
/**
 * Before a conclusion glyph's value, or in the remark of a ✓ row naming an option by its text (option-text-form.ts): the
 * words set the option aside, keep it for other patients or name a harm ("Drug to avoid → glipizide", "慎用 → 吡格列酮",
 * "Ruled out → ectopic pregnancy", "Second-line → glipizide"). REJECT_RE's idea without "no"/"not" (the glyph reader
 * weighs its own clause's negators; "no social smile by 8 weeks is the red flag → 8 weeks" describes, it does not deny).
 */
export const TEXT_FORM_REJECT_RE =
  /\b(?:avoid\w*|(?<!\b(?:no|without|not)\s)contraindicat\w*|rule[sd]?\s+out|ruled\s+out|exclud\w*|eliminat\w*|wrong|incorrect|inappropriate|unsafe|harmful|dangerous|worst|least|second[-\s]line|reserved\s+for|instead\s+of|rather\s+than|distractors?|side[-\s]effects?|adverse|caution)\b|避免|(?<!无|無|没有|沒有)禁|慎|排除|除外|错|錯|二线|二線|次选|次選|干扰|不宜|副作用|不良反应|不良反應/i;
/**
 * In the remark of a ✓ row naming an option by its text: the tick holds only under a condition or is hedged in words
 * doubts() leaves to context ("✓ only if ESBL", "✓ 如果肾功能正常", "✓ probably", "✓ I think, not 100% sure").
 */
export const TICK_QUALIFIED_RE =
  /\b(?:if|unless|only|when|provided|depending|depends|probably|possibly|perhaps|not\s+(?:\d+\s*%|fully|entirely|completely|totally|quite)\s+(?:sure|certain))\b|如果|假如|若|除非|仅|僅|只有|取决|取決/i;
/** After a bare answer line's letter (answer-lines.ts): "B — wrong", "C. 错误", "D ✗". */
export const LINE_NEGATIVE_REST =
  /^\s*[.):,\]-]?\s*(?:incorrect|wrong|false|not\b|错|不)|incorrect|\bwrong\b|not\s+(?:correct|right)|错误|不正确|不对|不选|排除|✗|×|❌/i;
/** Right after a listed letter (letter-set.ts): the list's own predicate denies it ("A, B 错误", "C and D are wrong"). */
export const OWN_NEGATIVE_PREDICATE_RE =
  /^\s*(?:项|选项)?\s*(?:是?错误?|不正确|不对|不选|不符|排除|(?:is|are)\s+(?:wrong|incorrect|false|not\b)|(?:is|are)n['’]t\b)/i;
// Assertion: a recommendation or a verdict that this is the one.
export const ASSERT_RE =
  /\b(?:should|must|give|start|begin|treat with|go with|you want|best|correct|true|first[- ]line|of choice|preferred|recommended|the answer|is the one|that leaves|leaves|earliest|most (?:specific|sensitive|common|likely|appropriate|useful|accurate)|decompress|immediately|straight away|right away|helps most|works best|mainstay|treatment of choice)\b|首选|正确|应该|应当|应选|而应|而是|就是|立即|马上|立刻|先上|最早|最常见|最多见|最特异|最佳|最合适|选/i;

/** Other people as the ones choosing: a choice reported, not made ("Everyone says B", "most students pick B", "有人选B"). */
export const OTHERS_CHOOSE_RE =
  /\b(?:everyone|everybody|people|students|candidates|others|some(?:one|body)?|many|most)\b[^.!?\n]{0,24}?\b(?:says?|said|picks?|picked|chooses?|chose|choosing|picking|goes? (?:for|with)|went (?:for|with)|answers?|answered|puts?|thinks?|thought)\b|(?:有人|很多人|不少人|大家|别人|同学|老师)(?:都|会|常|常常|一般)?(?:说|选|认为|觉得|答)/i;
