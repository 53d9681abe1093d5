// One reading of a modal word, both languages: is it EPISTEMIC — the writer weighing whether something is so ("也可能是D",
// "D也可能", "it might be D", "或许C更好", "possibly A") — or ROOT — what a medicine or a disease may do ("D可能引起呼吸抑制",
// "A可能导致高钾血症", "D也可能出现", "A may take days to work")? Only an epistemic modal doubts an answer or keeps another
// option open; a root modal tells a fact about an option, and a reply that says why it set an option aside must not lose
// its answer for it. Read by grammar, not by phrase: after the modal and its adverbs (also, well, still, 也, 还, 会…)
// comes either nothing (the clause ends, an option's letter follows), a copula or an evaluation (be, fit, work; 是, 为,
// 对, 更, 合适, 有道理…) — epistemic — or, in English, any other verb — root. In Chinese the default is the reverse
// (review s20 R1: "也许答案是B", "D可能站得住脚", "D可能拿分" are hedges no evaluation list foresees): 可能 is root only
// before a verb of the closed set of what a medicine or a disease does (引起, 导致, 出现, 加重, 起效…); 也许/或许 always
// weigh. Pure.
import { CERTAINTY_DENIED_RE, DOUBT_RE } from './answer-lexicon.js';

/** Adverbs between a modal and its verb ("may also", "might well", 也可能, 可能会). */
const ADVERB_EN = /^(?:also|well|equally|still|even|just|too|sometimes|occasionally|often|rarely|actually|really|indeed|then|not)\b\s*/i;
const ADVERB_ZH = /^(?:也|还|還|亦|都|会|會|就|才|同样|同樣|确实|確實|真的|倒|却|卻)/;
/** The copula and the light verbs of being the answer, and evaluations: what follows an epistemic modal. */
const EPISTEMIC_EN =
  /^(?:be|been|fit|fits|work|works|apply|suffice|count|hold|win|do|the\b|an?\b|right|correct|better|best|it|that|this|what|option|answer|choice|[A-J]\b)/i;
const EPISTEMIC_ZH =
  /^(?:是|為|为|對|对|正确|正確|合适|合適|合理|成立|更|比较|比較|较|較|算|属|屬|选|選|(?:需要|要|应该|應該|应当|應當|得)(?:选|選)|行|可以|可行|有(?:一定|些|点|點)?道理|说得通|說得通|说得过去|說得過去|有效|适用|適用|适合|適合|可取|可选|可選|妥当|妥當|恰当|恰當|优先|優先|首选|首選|作为|作為|被选|被選|有用|好|不错|不錯|没错|沒錯|符合|吻合|相符|考虑|考慮|不是|不对|不對|性)/;

/** What a medicine, a test or a disease does — the closed set of verbs after which 可能 is root ("may cause"). */
const ROOT_ZH =
  /^(?:引起|引发|引發|导致|導致|造成|诱发|誘發|诱导|誘導|加重|加剧|加劇|恶化|惡化|出现|出現|发生|發生|产生|產生|增加|升高|降低|减少|減少|减弱|減弱|抑制|影响|影響|掩盖|掩蓋|延长|延長|缩短|縮短|损害|損害|损伤|損傷|延误|延誤|带来|帶來|伴有|伴随|伴隨|合并|合併|使|令|让|讓|致|需要|要|起效|见效|見效|无效|無效|失效|耐药|耐藥|过敏|過敏|中毒|过量|過量|不足|有|干扰|干擾|相互作用|拮抗|掩饰|升|降|加速|减慢|減慢|诱|刺激|收缩|收縮|扩张|擴張|阻断|阻斷|蓄积|蓄積|经|經|通过|通過|透过|透過|排泄|代谢|代謝|分泌|转化|轉化|复发|復發|传染|傳染|遗传|遺傳|累及|侵犯|转移|轉移|破裂|穿孔|出血|感染|坏死|壞死|水肿|水腫|表现|表現|见于|見於|提示|呈|误诊|誤診|漏诊|漏診|混淆|类似|類似|模仿)/;

/** Pure: the modal word ending at `end` in `text` is epistemic (weighs what is so), not root (what something may do). */
export function epistemicAt(text: string, end: number): boolean {
  let rest = text.slice(end, end + 40);
  for (let i = 0; i < 4; i++) {
    const before = rest;
    rest = rest.replace(/^\s+/, '').replace(ADVERB_EN, '').replace(ADVERB_ZH, '');
    if (rest === before) break;
  }
  rest = rest.replace(/^\s+/, '');
  // The clause ends (or an option's letter follows): the modal is said of a whole thought — "B也可能。", "possibly A".
  if (!rest || /^[,.;:!?，。；：！？)）\n—–-]/.test(rest)) return true;
  if (/^[\u4e00-\u9fff]/.test(rest)) {
    // An evaluation ("可能更合适", "可能是") is epistemic; a verb of what something does ("可能引起") is root; anything
    // else weighs (a wrong reward costs more than a missed one).
    return EPISTEMIC_ZH.test(rest) || !ROOT_ZH.test(rest);
  }
  if (/^[A-J](?![A-Za-z])/.test(rest)) return true;
  return EPISTEMIC_EN.test(rest);
}

/** Pure: some match of `re` (a global or non-global regex of modal words) in `text` is an epistemic modal. */
export function hasEpistemic(re: RegExp, text: string): boolean {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of text.matchAll(g)) if (epistemicAt(text, (m.index ?? 0) + m[0].length)) return true;
  return false;
}

/** The one Chinese modal whose reading depends on what follows (可能 is also "may cause"; 也许/或许 always weigh). */
const ZH_MODAL_RE = /^可能$/;

/**
 * Pure: the text doubts — DOUBT_RE finds a doubt word that is not a root modal: "可能是B", "B或许更好", "not sure" doubt;
 * "D可能引起呼吸抑制", "A可能导致高钾血症" tell what an option does and doubt nothing; or a certainty is denied of the
 * writer's answer (writerDoubtsCertainty).
 */
export function doubts(text: string): boolean {
  const g = new RegExp(DOUBT_RE.source, `${DOUBT_RE.flags.replace('g', '')}g`);
  for (const m of text.matchAll(g)) {
    if (!ZH_MODAL_RE.test(m[0]) || epistemicAt(text, (m.index ?? 0) + m[0].length)) return true;
  }
  return writerDoubtsCertainty(text);
}

/** Where a clause starts: punctuation, a bracket or dash, or a conjunction that opens a clause of its own ("是B但不确定"). */
const CLAUSE_OPEN_RE = /[,.;:!?，。；：！？、（(【[—–\n]|但是|但|不过|可是|只是|然而|而且/g;
/** Words before a denied certainty that leave it the writer's: the writer or the answer as subject, a topic, adverbs. */
const WRITER_FRAME_RE =
  /^(?:(?:说实话|老实说|坦白说|其实|这道题|这题|呢题|此题|本题|对此|对这题)\s*)*(?:(?:我们?|本人|笔者|自己|(?:这个)?答案|(?:这个)?选择|(?:答案|选项?)?[A-J]?(?:项|选项)?(?:是否|是不是|该不该|要不要|对不对|准不准)[\u4e00-\u9fff]{0,4})\s*)?(?:(?:也|都|还|又|其实|真的|实在|并|确实|有点|有些|有一点|暂时|自己|对此|倒|却|就|始终|一直|仍然|仍|还是|依然|觉得|感觉|心里)\s*)*$/;

/**
 * Pure: a denied certainty (CERTAINTY_DENIED_RE) in `text` is the writer's doubt about the answer — its clause holds the
 * writer, the answer or whether an option belongs as subject ("我不太肯定", "这题我不是很确定", "答案不太确定",
 * "D项是否入选不太确定"), or only a
 * connective ("但不肯定", "不过都不太肯定耶", "不确定，也许是B"). Said of something else it doubts nothing the writer
 * answered (review s25 R3–R9): "证据并不肯定", "即使诊断不肯定", "效果不太肯定", "目前对B的疗效并不肯定", and a certainty
 * made a noun's modifier, "不肯定的是剂量", "诊断不肯定的情况下", "不确定因素".
 */
export function writerDoubtsCertainty(text: string): boolean {
  const g = new RegExp(CERTAINTY_DENIED_RE.source, 'g');
  for (const m of text.matchAll(g)) {
    const at = m.index ?? 0;
    if (/^(?:的|嘅)(?!话)|^之|^因素/.test(text.slice(at + m[0].length))) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    let open = 0;
    for (const o of before.matchAll(CLAUSE_OPEN_RE)) open = (o.index ?? 0) + o[0].length;
    if (WRITER_FRAME_RE.test(before.slice(open).trim())) return true;
  }
  return false;
}

/** Pure: the text with every Chinese modal that reads as root ("可能引起", "可能导致") blanked, so a word class of weighing
 * (kept-open.ts WEIGHED_RE) does not take it for the writer's doubt. Same length. */
export function withoutRootModals(text: string): string {
  return text.replace(/可能/g, (m, at: number) => (epistemicAt(text, at + m.length) ? m : ' '.repeat(m.length)));
}

/** Pure: the clause predicates with a root modal and has no epistemic one: "D可能引起呼吸抑制", "A可能要几天才能起效". */
export function rootFact(clause: string): boolean {
  const blanked = withoutRootModals(clause);
  return blanked !== clause && !/可能|也许|也許|或许|或許/.test(blanked);
}
