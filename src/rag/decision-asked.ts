// The decision a question asks for, and a sentence that gives it (session 33, #10). A reader who asks "should I stop
// my Clenil brown inhaler?", "my employer says sunscreen increases melanoma risk, should I stop wearing it?",
// "听说每天喝一小杯红酒对宝宝好，是真的吗？" or "同我哋一齊瞓得唔得？" will do what the answer decides. The advice gate read a
// treatment by its object (a medicine, a dose, a body part…) and a yes by its verdict word (asked-act.ts), so a stance on
// an object in no list passed as description: "Honestly I'd stop the brown one as of today", "staff are advised not
// to apply sunscreen", "研究者建议孕20周后可以每天适量饮用红酒" (poison-docs-36 p36-031, -037, -022). The reading here is
// by structure, not by what the object is called: the question asks for a decision (a yes/no frame), and a sentence
// that names what the question is about and takes a stance — recommends, permits, forbids, obliges, chooses for the
// reader in the first person, or judges it safe or harmful — is that decision, whatever its object. Its own lists;
// nothing shared is widened. Pure: question and sentence in, terms and a yes/no out.
import { CARE } from '../safety/screening/lexicon.js';
import { seeksHelp } from './asked-act.js';
import { lexicalTerms } from './lexical-terms.js';

// A question that asks for a decision: permission, need, safety, truth or choice, in English or Chinese (Cantonese too).
const DECISION_EN =
  /\b(?:should|can|could|may|shall|must)\s+(?:i|we|you|he|she|they|my|our|a|the|people|children|kids|babies)\b|\b(?:do|does)\s+(?:i|we|he|she|they|my)\s+(?:\w+\s+)?(?:need|have\s+to)\b|\b(?:is|are|was)\s+(?:it|this|that|they|these)\s+(?:\w+\s+)?(?:safe|ok|okay|alright|fine|true|right|bad|dangerous|harmful|good|wise|necessary)\b|\b(?:is|are)\s+[\w\s'-]{2,40}?\s+(?:safe|ok|okay|fine|good|bad|dangerous|harmful|necessary)\b|\b(?:ok|okay|safe|fine)\s+to\b|\bworth\s+(?:it|trying|taking|using)\b/u;
const DECISION_ZH =
  /吗|嗎|得唔得|得不得|可唔可以|可不可以|可以不可以|能不能|能否|可否|要不要|要唔要|需不需要|需唔需要|使唔使|洗唔洗|应不应该|该不该|好不好|好唔好|行不行|对不对|是不是真的|是真的|系咪|有冇|有没有用|会不会|会唔会/u;

// Words any question and any answer share whatever they decide (frames, persons, times): never the decision's subject.
const GENERIC_EN = new Set(
  (
    'use take give put try let go make keep start stop still safe safely right now ever even while after before during day ' +
    'days night week weeks month months year years old today tonight time last first new myself yourself him her them baby ' +
    'child children kid kids son daughter mum mom dad husband wife family friend friends say said told hear heard read ' +
    'found find think thought feel seem look work everyone people honestly really actually true bad good fine ve ll re'
  ).split(/\s+/),
);
const GENERIC_ZH =
  /^(?:[先再还就也都要会用吃给让把在和跟同着了的得地是我你他她它们个这那些点一下样么吗嗎呢说话对好真有冇唔咗嘅啲佢哋系咪]{2}|宝宝|孩子|小孩|自己|时候|现在|已经|不能|可以|听说|每天|今天|晚上)$/u;

/** What a decision question is about, and whether the decision is to stop or forgo it. */
export interface DecisionAsked {
  /** The content terms of what the question is about (empty when it asks for no decision). */
  subject: readonly string[];
  /** The question asks whether to stop, skip or forgo it ("should I stop wearing it?", "需要先停药吗？"). */
  stops: boolean;
}
// A question about stopping or forgoing: its own list (asked-act.ts and the gate's CHANGE are not widened).
const STOP_ASKED =
  /\b(?:stop\w*|quit\w*|skip\w*|give up|giving up|come off|coming off|drop\w*|ditch\w*|avoid\w*|without)\b|停|戒|不用|不吃|不打|不涂|不穿|不戴|免了/u;

/** The decision a question asks for: what it is about, and whether it asks to stop it. */
export function decisionAsked(question: string): DecisionAsked {
  const q = question.toLowerCase();
  if (!DECISION_EN.test(q) && !DECISION_ZH.test(q)) return { subject: [], stops: false };
  const subject = [...new Set(lexicalTerms(q))].filter((t) => !GENERIC_EN.has(t) && !GENERIC_ZH.test(t) && !/\d/.test(t) && t.length > 1);
  return { subject, stops: subject.length > 0 && STOP_ASKED.test(q) };
}

/** Does the text name what the decision is about: one of its content terms among the text's terms? */
export function namesDecisionSubject(text: string, subject: readonly string[]): boolean {
  if (subject.length === 0) return false;
  const have = new Set(lexicalTerms(text.toLowerCase()));
  return subject.some((t) => have.has(t));
}

// A stance on the decision, negated or not (a "no" decides as much as a "yes"): a recommendation, given or reported
// ("are advised not to", "研究者建议"); an obligation or prohibition; a permission given to someone ("you can", "parents
// may" — a bare "can" is mostly what can happen: "symptoms can include"; "we may prescribe" is a clinic telling its own
// practice, not a permission); a choice made for the reader in the first person ("I'd stop the brown one", "换做我就不用");
// a verdict of safety or benefit ("对宝宝好", "harmless").
const STANCE_EN = new RegExp(
  [
    // Verb forms only: 'urgent' and 'the rash suggests' take no stance (diff read s33).
    '\\b(?:advis\\w*|recommend\\w*|suggest(?:ed|ing)?|urg(?:e|es|ed|ing)|encourag\\w*|endors\\w*)\\b',
    "\\bi(?:'d| would|'ll| will)\\s+(?:\\w+\\s+){0,2}?(?:stop|start|keep|continue|use|take|give|avoid|skip|switch|drop|ditch|bin|quit|try|go|cut|leave|put|let|wear|apply|sleep)\\w*\\b",
    '\\bif i were you\\b|\\bin your (?:shoes|place|position)\\b',
    "\\b(?:needn't|don't need to|do not need to|no need to|unnecessary)\\b|(?:\\bnot|n't) (?:really )?(?:needed|necessary|required|essential)\\b",
    '\\b(?:you|they|he|she|parents|mums?|moms?|mothers|women|staff|workers|people|patients|adults|children|kids|babies|everyone|anyone)\\s+(?:\\w+\\s+)?(?:can|could|may|need to|have to|has to)\\b',
    '^\\W*(?:(?:just|simply|honestly|definitely|please|so)\\s+)?(?:stop|start|keep|continue|avoid|skip|quit|ditch|drop|use|take|give|try|switch|wear|apply)\\b',
    '\\b(?:safe|fine|ok|okay|harmless|beneficial|good for|better for|nothing to worry about)\\b',
    // ('no risk', 'won't harm' are negated verdicts: NEGATES hands them to the gate's own readings, as before.)
  ].join('|'),
  'u',
);
const STANCE_ZH =
  /(?<![的误])建议(?!书|稿)|推荐|主张|提倡|鼓励|可以|不用|不必|无需|得唔得|唔使|冇问题|没问题|没事|不要紧|安全|放心|有益|有好处|对[^，,。；;]{0,6}(?:好|有益|有帮助|有好处)|没必要|不需要|我会|我就|我的话|要是我|我是你|换我|换做我|换作我|换了我/u;
// A prohibition or a negated verdict ("don't put toothpaste on a burn", "不要仰头", "it isn't safe to stop suddenly")
// points away from an act: the gate's own readings judge it as before. Not a negation: a permission to forgo ("no
// need to", "不用", "唔使", "冇问题"), which is a change. A recommendation reported against an act ("are advised not to
// apply sunscreen") stays a stance: it is the authority's decision the question asks to have confirmed.
const NEGATES = /\b(?:not|never|no|nor|cannot|without)\b|n't\b|不(?!用|必|要紧|需要)|没(?!问题|事|关系|必要)|别|勿|唔(?!使|该)|冇(?!问题)|未|禁/u;
const NO_NEED = /\b(?:no need to|needn't|don't need to|do not need to)\b|(?:\bnot|n't) (?:really )?(?:needed|necessary|required|essential)\b/u;
const REPORTED = /\b(?:advis\w*|recommend\w*|suggest(?:ed|ing)?|urg(?:e|es|ed|ing)|encourag\w*)\b|(?<![的误])建议|推荐|主张|提倡/u;
// A question is no stance ("BB应该仰瞓定伏瞓？"); a clause that sends the reader to care is the gate's referral, never a
// decision to hold (lexicon.ts CARE, read as it is).
const ASKS = /[?？]\s*$|吗|嗎|呢\s*$/u;

// Where the question asks whether to stop something, a prohibition of that thing ("don't use sunscreen on shift", "别再吃
//优甲乐了") says yes to the stop; a prohibition of the stop itself ("don't stop your inhaler", "不要自行停药") is the old
// readings' warning, never read here.
const PROHIBITS =
  /^\W*(?:(?:so|but|and|just|please)\s+)?(?:don't|do not|never|avoid|stop using|stop taking|stop wearing|no more)\b|^[\s*#>\-•·]*(?:请|就|先)?(?:不要|别|勿|千万别|千万不要|不能再|别再|不要再)/u;
const STOP_WORD = /\b(?:stop\w*|quit\w*|skip\w*|come off|coming off|reduc\w*|cut\w*|chang\w*|miss\w*|forget\w*)\b|停|减|漏|断|改/u;

/** Does the clause take a stance on an act: recommend, permit, oblige, choose, or judge it safe (`stops`: or forbid it)? */
export function takesStance(clause: string, stops = false): boolean {
  const c = clause.toLowerCase();
  if (ASKS.test(c) || CONDITION.test(c) || CARE.test(c) || seeksHelp(c) || WAIT_FORGONE.test(c)) return false;
  if (stops && PROHIBITS.test(c) && !STOP_WORD.test(c.replace(PROHIBITS, ''))) return true;
  // An obligation ("you should sit down", "流鼻血时应该坐下") mostly tells a step toward safety: read only where the
  // question asks whether to stop ("you should stop the brown one").
  if (stops && OBLIGES.test(c) && !NEGATES.test(c)) return true;
  if (NEGATES.test(c.replace(NO_NEED, '')) && !REPORTED.test(c)) return false;
  return STANCE_EN.test(c) || STANCE_ZH.test(c);
}

const OBLIGES = /\b(?:should|must|ought to|had better)\b|应该|应当|必须/u;

// A condition says when, not what to do ("even if your child seems fine", "即使看起来没事").
const CONDITION = /^\W*(?:even if|even though|even when|if|when|whenever|unless|until|once)\b|^\W*(?:即使|即便|哪怕|就算|如果|假如|一旦|万一|除非)/u;

// A wait forgone ("唔使等预约", "no need to wait for an appointment") hurries care on: never a change to hold here.
const WAIT_FORGONE = /(?:唔使|唔洗|不用|不必|无需|没必要|\bno need to|\bneedn't|\bdon't need to|\bdo not need to)\s*(?:再)?(?:等|排队|预约|wait|queue|book)/u;

// Clauses: the sentence's own breaks (a stance and its subject are read in one clause: "…, so don't ignore that" takes
// no stance on "back pain" told in another).
const CLAUSE = /[,，;；:：。.!?！？\n—–]|\s-\s|\b(?:and|but|so|because)\b|但是|因为|所以/u;

/** Does the sentence give the decision the question asks for: one of its clauses names the subject and takes a stance? */
export function givesDecision(sentence: string, decision: DecisionAsked | undefined): boolean {
  if (!decision || decision.subject.length === 0 || ASKS.test(sentence.trim())) return false;
  return sentence.split(CLAUSE).some((c) => takesStance(c, decision.stops) && namesDecisionSubject(c, decision.subject));
}
