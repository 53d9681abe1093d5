// Care withheld on the strength of a cited figure: the answer names a source (a dated study, a report, an agency's
// data, "研究显示", "studies have shown"), gives it a number ("高达3%", "风险会增加80%以上", "no higher crash risk"),
// and draws from it a reason to stop, skip, put off or forgo something ("因此现在一般不推荐这类老人常规接种",
// "所以建议感冒期间暂停母乳喂养", "so most licensing authorities now allow such drivers to continue driving straight
// away"). An invented fact works on a reader exactly
// this way — a precise, unverifiable authority that overturns standard advice — and a model trained on it learns to
// cite sources that do not exist to talk people out of care. Read by structure (source + figure → therefore → withhold),
// no disease, source or claim is named here. A cited figure that supports doing something ("so honey is a reasonable
// option over age 1") is not this; authority A–C texts (guidelines) are flagged, never dropped (advice-check). Curation
// batches 2–33: 18 answers, all labelled invented facts; held-out real question–answer pairs (12,596): none. Pure.
import { normalise, sentences, trimSpan } from '../../safety/screening/text.js';

export interface CitedWithholding {
  /** The sentence naming the source. */
  source: string;
  /** The conclusion that withholds. */
  conclusion: string;
  /** The conclusion or the sentence after it hands the decision to a clinician: kept for review, not dropped. */
  clinicianDecides?: boolean;
}

// A source: dated ("根据国家疾控中心2021年发布的监测数据", "《中华围产医学杂志》2019年的一项研究", "a large 2018 study",
// "a study published in the Lancet in 2019") or evidence said to exist ("研究显示", "大规模研究已证实", "studies have
// shown", "a large study found") — with the figure below, the shape an invented statistic takes.
const SOURCE =
  /(?:根据|据|按照)[^，。；]{0,24}(?:19|20)\d\d年[^，。；]{0,20}(?:数据|研究|通报|报告|调查|统计|监测|指南|规定|文件)|《[^》]{2,20}》[^，。]{0,6}(?:19|20)\d\d年|(?:19|20)\d\d年[^，。]{0,12}(?:发布|发表)[^，。]{0,12}(?:数据|研究|通报|报告)|(?:19|20)\d\d年[^，。]{0,10}(?:研究|调查|报告|数据|试验)(?:已|已经)?(?:发现|显示|表明|指出|证实|证明)|(?:研究|数据|统计|调查|试验)(?:已|已经)?(?:显示|发现|表明|证实|证明)|\b(?:studies|research|trials|data|evidence)\s+(?:have\s+|has\s+)?(?:shown|found|show|shows|proven|proved|demonstrated)\b|\b(?:a|one)\s+(?:large\s+|recent\s+|major\s+)?(?:study|trial|review|survey)\s+(?:found|showed|shows|has shown)\b|\b(?:a|an|one|the)\s+(?:large\s+|recent\s+|major\s+|new\s+|big\s+)?(?:19|20)\d\d\s+(?:[a-z-]+\s+){0,2}(?:study|trial|review|report|survey|analysis)\b|\b(?:study|trial|review|report)\s+(?:published\s+)?in\s+(?:the\s+)?[a-z][\w ]{2,30}?\s+(?:in\s+)?(?:19|20)\d\d\b/iu;

// A figure the source is made to give: a rate, a multiple, "1 in 20", "三分之一", "no higher risk".
export const FIGURE =
  /\d+(?:\.\d+)?\s*(?:%|％|倍|times\b|-fold\b|fold\b)|\b(?:1|one)\s+in\s+\d[\d,]*\b|[一二三四五六七八九十百千万\d]+分之[一二三四五六七八九\d]|高[约达]|\bno (?:higher|increased|extra|greater)\s+(?:\w+\s+)?risk\b|\b(?:doubles?|doubled|triples?|tripled)\b/iu;

// What the figure is made to conclude: "所以", "因此", "so", "therefore", "which is why".
const THEREFORE = /所以|因此|因而|\bso\b|\btherefore\b|\bthus\b|\bwhich is why\b|\bhence\b|\bas a result\b/iu;

// The conclusion forgoes something: not recommended, stop, pause, skip, no longer needed, allowed at once. ("Instead
// of / rather than" was read here: "give ORS instead of juice" chooses care, review s34 cp-b15; none of the 18 fires
// used it.)
const WITHHOLDS =
  /不推荐|不建议|不再需要|不需要|不必|暂停|停止|停用|避免|慎重考虑|不能再|无需|不用|不宜|\bavoid\w*|\bstop\w*|\bno longer\b|\bnot (?:recommended|needed|necessary|advised)\b|\bno need\b|\b(?:don't|do not|doesn't|does not) need\b|\bunnecessary\b|\bskip\w*|\ballow\w*\b[^.]{0,60}\b(?:straight away|immediately|right away)\b|推迟|谨慎接种|禁止|可以不(?:做|打|吃|用|接种)|没有必要|(?:生完|分娩|生育|结婚|断奶)[^，。]{0,8}再|\b(?:wait|delay|postpone|put off|hold off)\w*\b/iu;

// A forgoing word that keeps care ("所以不用停", "不必担心", "no need to stop", "don't stop") is reassurance, not withholding.
// "No need to avoid dairy", "不必忌口" forgo a restriction, not care: left to the other rules. "不必过度恐慌", "不需要特别处理",
// "no need to be scared" reassure about a finding whose care goes on (review s34 cp-b18, cp-b29).
const KEEPS_CARE =
  /(?:不用|不必|不需要|无需|没必要|不要|别|不能)\s*(?:太|过度|过于|特别|那么)?\s*(?:恐慌|担心|害怕|紧张|焦虑|停|中断|忌口|避免|限制|回避)|(?:不用|不必|不需要|无需)\s*(?:太|过度|过于|特别)?\s*处理|\b(?:no need to|(?:don't|do not|doesn't|does not) need to|not necessary to|don't|do not|never|without)\s+(?:worry|stop\w*|panic|be (?:worried|concerned|scared|afraid|anxious)|avoid\w*|restrict\w*|cut\w* out)\b|\bavoid\w*\s+stopping\b/giu;

// A figure of what clears up on its own ("约70%会在1岁前自行消退", "80% clear up on their own") argues for watching and
// waiting — the natural history behind the right "no surgery / no antibiotics needed yet", not a harm of care.
const SETTLES_ALONE =
  /自行(?:好转|消退|消失|愈合|闭合|缓解|恢复)|自愈|自然(?:消退|闭合|痊愈)|\bon (?:their|its) own\b|\bby (?:itself|themselves)\b|\bspontaneous\w*|\bwithout (?:treatment|antibiotics|surgery)\b/iu;
// What a conclusion tells to forgo may be a harm, not care: giving up smoking, drink, coffee or spicy food on a cited
// figure is right, and
// so is holding back antibiotics most of which would be no use (stewardship: "80% clear up without them, so hold off").
// Only the words right after the forgoing word are read ("stop it once your sugars are normal" forgoes a medicine).
const RIGHTLY_FORGONE =
  /烟|酒|熬夜|含糖|甜食|高盐|油炸|辛辣|生冷|咖啡|浓茶|抗生素|消炎药|\bsmok\w*|\balcohol\b|\bdrink\w*|\bsugar\w*|\bsalt\w*|\bfried\b|\bjunk\b|\bcaffeine\b|\bcoffee\b|\bantibiotic\w*/iu;
// Precautions given up on a cited risk — driving after sedation, strong sun on a photosensitising drug, raw or
// unpasteurised food in pregnancy, a baby put down on the tummy, pregnancy soon after a live vaccine (review s34
// cp-b08, b09, b10, b20). Read for avoid/避免 only ("not recommended in pregnancy" withholds care; an "allowed straight
// away" conclusion lifts a precaution, c31-033 lets drivers drive).
const PRECAUTION =
  /驾驶|开车|暴晒|日晒|生鱼|生肉|奶酪|熟肉|未经巴氏|趴睡|俯卧|怀孕|\bdriv\w*|\bsun\b|\bsunbed\w*|\braw\b|\bunpasteuri[sz]ed\b|\b(?:getting|becoming|falling) pregnant\b|\bfront\b|\btummy\b|\bstomach\b/iu;
const PERSON_OF_HABIT = /\b(?:smokers?|drinkers?)\b|\bwho\s+(?:\w+\s+){0,2}|吸烟者|抽烟的人|烟民|饮酒者|喝酒的人/giu;
// Where a forgoing word does not forgo (review s34): under a negation it pushes for care ("所以千万别自行停止服药",
// "so don't wait three weeks", "you should not stop early"), "不建议自行停药" / "不能再拖" say the same, "避免病情加重" /
// "avoid being laid up" name the outcome care prevents, and "see a doctor if he stops peeing" is a sign, not advice.
const NEG_BEFORE_W =
  /(?:别|不要|不能|不可|切勿|勿|千万)\s*(?:自行|擅自|随意|过早|突然|轻易)?\s*$|\b(?:don't|do not|should not|shouldn't|must not|mustn't|never|not to|please don't)\s+(?:\w+\s+)?$/iu;
const PRO_CARE_W = /^(?:不建议|不推荐)\s*(?:自行|擅自|随意|过早|突然)|^不能再\s*(?:拖|等|耽误)/u;
// "Avoid being / getting" is a purpose only with an outcome after it: "avoid getting the vaccine" still forgoes care.
const PURPOSE_W =
  /^(?:避免|\bavoid\w*)\s*(?:病情|加重|并发症|感染|恶化|复发|being\s+(?!vaccinated|immuni[sz]ed|screened|tested|treated|seen|given|checked|operated)\w|getting\s+(?:sick|ill|infected|worse|flu|the flu|pneumonia|complications)\b|complications?\b|infections?\b)/iu;
const CONDITION_BEFORE_W = /\b(?:if|when|unless)\s+(?:\w+\s+){0,2}$/iu;
// A claim quoted to be debunked ('"a 2019 study showed 30%…, so skip it" — that claim is false') is not the answer's
// own conclusion (review s34 cp-b07, cp-b30): quoted spans are not read (normalise straightens curly quotes; an
// apostrophe inside a word never opens or closes one).
export const QUOTED = /"[^"]{0,200}"|(?<![\p{L}\p{N}])'[^']{8,200}'(?![\p{L}\p{N}])|「[^」]{0,200}」|『[^』]{0,200}』/gu;
// A true finding used to give something up ("diazepam doubles falls, so his GP may suggest tapering it") cannot be
// told from an invented one by structure; when the conclusion hands the decision to a clinician the answer is kept
// for review, not dropped (review s34 cp-b11, cp-b13). A clinician's guidance for something else ("发烧可以在医生指导下
// 使用对乙酰氨基酚", c33-096) is no hand-off: the decision itself must be the clinician's.
export const CLINICIAN_DECIDES =
  /\b(?:gp|doctor|physician|specialist|cardiologist|consultant)\s+(?:may|might|can|could|will|would)\s+(?:suggest|recommend|advise|decide|discuss)\b|\bask your (?:gp|doctor|physician|cardiologist|specialist)\b|\bwith your (?:gp|doctor)'s (?:help|guidance)\b|由医生(?:评估|决定)|医生(?:会|可能)?(?:评估|决定)是否/iu;

/** The answer withholds care on a dated source's figure: the source and figure in one sentence, the "therefore" and
 *  what it forgoes in the rest of that sentence or the next. */
export function citedWithholding(answer: string): CitedWithholding | undefined {
  const all = sentences(normalise(answer).replace(QUOTED, ' '));
  for (const [i, s] of all.entries()) {
    if (!SOURCE.test(s) || !FIGURE.test(s) || SETTLES_ALONE.test(s)) continue;
    for (const t of [s, all[i + 1]]) {
      if (!t) continue;
      const so = THEREFORE.exec(t);
      if (!so) continue;
      // From the "therefore" to the end of its sentence: what the figure is made to conclude.
      const conclusion = t.slice(so.index);
      const kept = conclusion.replace(KEEPS_CARE, ' ');
      if (withholds(kept)) {
        const next = t === s ? all[i + 1] : all[i + 2];
        const clinicianDecides = CLINICIAN_DECIDES.test(conclusion) || (next !== undefined && CLINICIAN_DECIDES.test(next));
        return { source: trimSpan(s), conclusion: trimSpan(conclusion), ...(clinicianDecides ? { clinicianDecides } : {}) };
      }
      break;
    }
  }
  return undefined;
}

// A "no need" forgoing word, and the act it forgoes being itself the giving-up of smoking or drink.
const NO_NEED =
  /^(?:不再需要|不需要|不必|无需|不用|没有必要|\bno need\b|\bnot (?:needed|necessary)\b|\b(?:don't|do not|doesn't|does not) need\b|\bunnecessary\b)/iu;
const QUITS_HARM =
  /^\s*(?:to\s+)?(?:完全|彻底|立即|马上|严格|绝对|\bcompletely\s+|\bfully\s+|\btotally\s+)?(?:戒(?:掉)?(?:烟|酒)|限(?:制)?(?:烟|酒)|\b(?:quit|quitting|give up|giving up|stop|stopping|cut out|cutting out)\s+(?:smoking|drinking|alcohol|cigarettes)\b|\babstain\w*)/iu;

/** The conclusion forgoes care once its reassurances ("不用停", "no need to worry") are set aside (shared with
 *  ruled-withholding.ts, one reading of what a conclusion forgoes). */
export function forgoesCare(conclusion: string): boolean {
  return withholds(conclusion.replace(KEEPS_CARE, ' '));
}

/** Some forgoing word in the conclusion forgoes care: every match is read, each may step aside (review s34). */
function withholds(kept: string): boolean {
  const re = new RegExp(WITHHOLDS.source, 'giu');
  for (let w = re.exec(kept); w; w = re.exec(kept)) {
    const before = kept.slice(0, w.index);
    const from = kept.slice(w.index);
    if (NEG_BEFORE_W.test(before) || PRO_CARE_W.test(from) || PURPOSE_W.test(from)) continue;
    if (/^stop/i.test(w[0]) && CONDITION_BEFORE_W.test(before)) continue;
    const end = w.index + w[0].length;
    // Forgoing the giving-up of a harm is advising the harm (two flips: "没有必要完全戒酒", "no need to quit drinking"):
    // read before the harm's own word is taken as rightly forgone.
    if (NO_NEED.test(w[0]) && QUITS_HARM.test(kept.slice(end, end + 16))) return true;
    // The harm must be what is forgone: the words right after the forgoing word ("stop smoking", "避免饮酒").
    if (RIGHTLY_FORGONE.test(kept.slice(w.index, end + 16))) continue;
    if (/^allow/i.test(w[0])) return true;
    // Every form but "allow": the clause from its start, object first too ("so alcohol is best avoided", "烟酒…都要停止"),
    // to the words right after the forgoing word ("stop it once your sugars are normal" still forgoes a medicine);
    // a precaution is read after the word to the clause end ("avoid putting her down on her front"; "怀孕期间应避免接种"
    // still forgoes a vaccine).
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'), before.lastIndexOf('—'), 0);
    const clauseEnd = end + Math.min(40, kept.slice(end).search(/[,，;；。.—]|$/u));
    // Before the word, a person who smokes or drinks ("so smokers are not advised to have it") is not the harm forgone.
    const lead = kept.slice(clauseStart, w.index).replace(PERSON_OF_HABIT, ' ');
    if (RIGHTLY_FORGONE.test(lead + kept.slice(w.index, end + 16))) continue;
    if (/^(?:避免|avoid)/iu.test(w[0]) && PRECAUTION.test(kept.slice(w.index, clauseEnd))) continue;
    return true;
  }
  return false;
}
