// Does a question describe a danger (session 35, #10)? The medication-safety principle ("never stop a prescribed
// medicine on one's own") is the answer for a reader who is well and asks whether to stop; for a reader who describes a
// symptom ("I keep vomiting — should I keep taking dapagliflozin?"), a procedure ahead ("hip replacement next month,
// stop clopidogrel?") or a pregnancy sign, keeping the medicine may be the harm and the choice is the prescriber's
// (review s34: six unsafe "keep taking it" sentences released). Read as a described state, not a word: a symptom or a
// procedure under a negator in its clause ("no fits for a year", "头不晕了", "pain-free") is a state of being well.
// Session 36 (#12): moved from src/rag to the screening readers. Its lists stay its own, deliberately: the shared readers
// of the same concepts mean something else — frames.ts PREGNANCY includes breastfeeding (a population, not a sign),
// red-flags/context.ts isNegated reads "denies", "不算", "free of" and six words back for triage (a wider negation would
// read fewer dangers here, and this reader only holds). Used by src/rag/principle-agreement.ts.
// Pure: a normalised (lower-case, simplified) question in, yes/no out.

// A symptom, a sign, a procedure ahead or a pregnancy sign, in the words people ask with.
const DANGER_EN =
  /\b(?:diarrh\w*|the runs|vomit\w*|throw(?:ing|n)? up|being sick|been sick|sick all|can'?t keep (?:\w+ )?down|shak(?:es|y|ing)|tremor\w*|trembl\w*|unsteady|wobbly|confus\w*|drows\w*|dizz\w*|light[- ]?headed|faint\w*|pass(?:ed|ing) out|blackouts?|bleed\w*|bled|bruis\w*|blood in|black (?:stools?|poo\w*)|dark (?:urine|wee|pee)|brown (?:urine|wee|pee)|swell\w*|swollen|puff\w*|fever\w*|temperature|high temp|sore throat|aches?|aching|achy|pains?|painful|hurts?|cramp\w*|weak\w*|breathless\w*|short of breath|wheez\w*|chest|palpitat\w*|racing heart|numb\w*|tingl\w*|blurr\w*|jaundice|yellow|blisters?|peeling|ulcers?|mouth sores|sores?|blotch\w*|headaches?|seizures?|fits?|collaps\w*|surgery|operation|op|procedure|colonoscopy|endoscopy|gastroscopy|biopsy|scan|anaesthe\w*|anesthe\w*|dental|tooth out|extraction|replacement)\b/gu;
// A pregnancy, or its sign.
const PREGNANCY_EN = /\b(?:pregnan\w*|expecting a baby|period is late|late period|missed (?:a |my )?period|two lines|positive test|pregnancy test)\b/gu;
const DANGER_ZH =
  /流[^，,。]{0,3}血|出[^，,。]{0,2}血|腹泻|拉肚子|拉稀|呕吐|吐|恶心|手抖|发抖|抖|震|走路不稳|站不稳|晕|意识|糊涂|昏|出血|流血|出血点|瘀|淤青|黑便|便血|尿血|茶色尿|酱油色|肿|发烧|发热|高烧|烧到|咽痛|喉咙痛|疼|痛|酸痛|无力|乏力|没力气|喘|气短|气促|胸闷|心慌|心悸|麻木|发麻|看不清|黄疸|发黄|水泡|水疱|起泡|脱皮|溃疡|口烂|红斑|抽搐|抽筋|手术|术前|开刀|肠镜|胃镜|活检|穿刺|麻醉|拔牙|置换/gu;
const PREGNANCY_ZH = /怀孕|怀上|孕|月经推迟|没来月经|例假没来|验孕|两条杠/gu;
// A second medicine asked about with the first: added, combined, newly given beside it ("my doctor gave me rifampicin
// for TB", "want to add St John's wort", "可以一起用吗") — an interaction, the prescriber's or pharmacist's to answer.
const COMBINED_EN =
  /\b(?:add|adding|added|both|together|combine\w*|alongside|at the same time|as well as|on top of|interact\w*|mix\w*|gave me|given me|prescribed me|put me on|started (?:me )?on)\b/gu;
const COMBINED_ZH = /一起|同时|加用|加上|加吃|合用|配合|混着|相互作用|又开了|还开了|也有开|新开了/gu;
// A negator whose scope reaches the word: in the same clause, a few words or characters before it.
const NEGATED_EN = /\b(?:no|not|never|without|nor|free of|any more|no more|stopped having)\b(?:\s+\w+){0,3}\s*$/u;
const NEGATED_ZH = /(?:不|没|沒|无|無|未|没有|不再|没再)[^，,。；;！!？?]{0,2}$/u;
const FREE_AFTER = /^[- ]?free\b/u;
const CLAUSE_END = /[,.;:!?，。；：！？\n]/u;

// Review s35 (S1 B): 不停 / 不断 / 止不住 / 没完没了 say a thing keeps happening ("不断拉肚子", "手止不住地抖"), never that it
// does not; they are no negators.
const CONTINUING_ZH =
  /不停|不斷|不断|止不住|止唔住|唔停|停唔到|停不下来|停不下來|停不了|不住|没完没了|沒完沒了|不止|不时|不時|不少|不明|不规则|不規則|不正常|不由自主|不自主|不受控制|不对劲|不對勁|没法停|沒法停|无法停|無法停/gu;
// An English "no"/"never" ends at and/but/or/with ("no appetite and vomiting"); "never been/felt this/so X" is X at its
// worst ("I've never been this dizzy"), not X denied.
const NEGATION_ENDS_EN = /\b(?:and|but|or|with|plus|then)\b/u;
// "can't stop vomiting", "not getting better", "not sure", "not only": no denial of what follows.
const NOT_DENIAL_EN =
  /\b(?:not|n't|never|cannot)\s+(?:stop(?:ped|ping|s)?|go(?:ne|ing)? away|settl\w*|eas\w*|getting better|improv\w*|let(?:ting)? up|sure|certain|only|just)\b|\bno (?:idea|matter|end)\b|\bdon't know\b|\bwithout stopping\b/gu;
const INTENSIFIED_EN = /\b(?:never|not) (?:(?:been|felt|had|seen|was|were)\s+(?:it\s+)?)?(?:this|so|that|as|such)\b/u;

/** `re` is global (walked with matchAll, never `.test`). */
function describedIn(q: string, re: RegExp, negated: RegExp): boolean {
  for (const m of q.matchAll(re)) {
    const at = m.index ?? 0;
    const before = q.slice(0, at);
    let clause = (before.split(CLAUSE_END).pop() ?? '').replace(CONTINUING_ZH, ' ');
    clause = clause.replace(NOT_DENIAL_EN, ' ').split(NEGATION_ENDS_EN).pop() ?? '';
    if (INTENSIFIED_EN.test(clause)) clause = '';
    if (negated.test(clause) || FREE_AFTER.test(q.slice(at + m[0].length))) continue;
    return true;
  }
  return false;
}

/** What a question describes that makes keeping a medicine the prescriber's choice. */
export type DescribedDanger = 'symptom' | 'pregnancy' | 'combination';

/**
 * The danger a question describes — a symptom, sign or procedure ahead; a pregnancy or its sign; a second medicine
 * beside the first — that no negator in its clause takes back, or undefined.
 */
export function describedDanger(question: string): DescribedDanger | undefined {
  if (describedIn(question, DANGER_EN, NEGATED_EN) || describedIn(question, DANGER_ZH, NEGATED_ZH)) return 'symptom';
  if (describedIn(question, PREGNANCY_EN, NEGATED_EN) || describedIn(question, PREGNANCY_ZH, NEGATED_ZH)) return 'pregnancy';
  if (describedIn(question, COMBINED_EN, NEGATED_EN) || describedIn(question, COMBINED_ZH, NEGATED_ZH)) return 'combination';
  return undefined;
}

/** Does the question describe any such danger? */
export const describesDanger = (question: string): boolean => describedDanger(question) !== undefined;
