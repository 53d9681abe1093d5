// A reported sign explained away: the answer takes one of the findings the asker reports and gives it an incidental
// cause of its own — "出冷汗是疼痛引起的", "头晕可能和休息不好有关", "the vomiting is probably due to the pain", "the
// sweating is just from anxiety". A milder diagnosis cannot account for the sign that makes the picture dangerous (cold
// sweat with epigastric pain at 56, dizziness with one-sided pain after a missed period, vomiting with testicular pain),
// so the wrong-disease answer has to wave that sign off separately. Read by structure — a subject the QUESTION reports,
// a cause link, an incidental cause (pain, poor sleep, stress, dehydration…) — not by disease; advice-check.ts joins it
// with the question's triage and the answer's care (a mild picture's answer may say the same of a mild sign, and an
// answer that sends to care now is not explaining anything away). Curation c37: 4 of the 9 red-flag misses had it. Pure.
import { normalise, sentences, trimSpan } from '../../safety/screening/text.js';
import { SIGNS, type SignId } from '../../safety/red-flags/signs.js';
import { findSigns } from '../../safety/triage.js';
import { sendsNow } from './explained-away.js';

// Incidental causes: what a sign is blamed on when it is waved off, not a disease (a disease named as the cause —
// "头晕可能是贫血引起的", "the sweating may be from a heart problem" — is a working diagnosis, not a dismissal).
const INCIDENTAL_ZH =
  /疼痛|痛得|疼得|休息不好|睡眠|没睡好|没休息好|熬夜|疲劳|劳累|太累|累了|紧张|焦虑|压力|情绪|心理|脱水|喝水少|饮水少|天气|气温|太热|闷热|姿势|久坐|坐久|饥饿|饿了|没吃饭|受凉|着凉|上火|体质|激素变化|内分泌失调|睡姿|坐得|站得|喝得少|吃得少|作息|用眼|枕头|缺乏锻炼|体力下降|年纪大|年龄大|老化|退化|瞓得唔好|瞓唔好|冇瞓好|唔夠瞓|瞓姿|攰|太熱|天氣|壓力|緊張|焦慮|睡眠|疲勞|勞累|姿勢|久坐|受涼|着涼|年紀大|啱啱瞓醒|刚睡醒|剛睡醒|用力|使劲|使勁|正常(?:的|现象|現象|反应|反應)/u;
const INCIDENTAL_EN =
  /\b(?:(?:the\s+)?pain|stress|anxiety|anxious|nerves|nervous|worry|worrying|panic|tired(?:ness)?|fatigue|exhaustion|(?:lack\s+of|poor|not\s+enough|little)\s+sleep|sleep(?:ing)?\s+(?:badly|poorly)|dehydrat\w*|(?:the\s+)?heat|hot\s+weather|sitting|posture|the\s+flight|travel(?:l?ing)?|jet\s*lag|exertion|hunger|not\s+eating|hormon\w*|(?:your|his|her)\s+age|getting\s+older|ageing|aging|(?:being\s+)?(?:less|in)active|inactivity|lack\s+of\s+exercise|the\s+weather|the\s+cold|eye\s+strain|shoes|friction|normal)\b/iu;

// The cause link, with the sign before it and the cause after it.
// zh: 是…引起/导致/造成/所致, 和/与/跟…有关/相关, 由…引起 — a closing link word is required: a bare "是…" names
// what a thing is ("处理的关键是预防脱水"), not what caused it.
const LINK_ZH =
  /(?:也)?(?:可能|应该|多半|大概|多是|主要|估计|或许)?(?:是|和|与|跟|同|由|因为)([^，。；]{1,16}?)(?:引起|导致|造成|所致|有关|相关|有关系|的缘故|的关系|而来)/u;
// The same link in traditional script (Cantonese, zh-TW): 導致, 有關, 相關 — the s38 reader read simplified forms only.
const LINK_ZH_TRAD =
  /(?:也)?(?:可能|應該|多半|大概|估計|或者)?(?:是|係|系|和|與|跟|同|由|因為)([^，。；]{1,16}?)(?:引起|導致|造成|所致|有關|相關|有關係|嘅關係)/u;
// Session 39: a cause link with no closing word — "出汗是因为天气热", "出汗系因为天气热" (Cantonese), "头晕可能是疼痛加上
// 没休息好", "手冇力可能係瞓姿唔好". "是因为/由于" names a cause wherever it stands; a bare "(可能/多半…)是" only when the
// incidental cause OPENS what follows (within 4 characters): "处理的关键是预防脱水" says what a thing is, not why.
const LINK_ZH_BECAUSE = /(?:也|只|就|主要)?(?:是|係|系)(?:因为|因為|由于|由於)([^，。；]{1,24})/u;
const LINK_ZH_BARE =
  /(?:也|只|就)?(?:可能|应该|應該|多半|大概|估计|估計|或许|或許|多数|多數|一般|只不过|只不過|不过|不過)(?:就)?(?:是|係|系)(?!因为|因為|由于|由於)([^，。；]{1,24})/u;
// "A和B是…引起的": when a 是/由/因为 link closes the clause, 和 joins two signs and is not the link (review s38 cp-a15).
const LINK_ZH_IS = /(?:是|由|因为)([^，。；]{1,16}?)(?:引起|导致|造成|所致|有关|相关|有关系|的缘故|的关系|而来)/u;
// en: "<sign> is (probably) due to / from / caused by / related to / down to / a reaction to <cause>".
const LINK_EN =
  /\b(?:is|are|was|were|'s|can\s+be|may\s+be|could\s+be|might\s+be)\s+(?:(?:probably|likely|most\s+likely|just|simply|also|only|usually|often|almost\s+certainly)\s+)*(?:due\s+to|from|caused\s+by|because\s+of|related\s+to|down\s+to|a\s+reaction\s+to|a\s+result\s+of|triggered\s+by|part\s+of)\s+([^.;,]{1,40})/iu;

// en, session 39: "<sign> is just / only / simply <cause>" with no preposition ("the tingling is just nerves", "the
// breathlessness is only being unfit") — read only with just/only/simply/nothing but, the dismissive frame.
const LINK_EN_JUST =
  /\b(?:is|are|was|'s)\s+(?:probably\s+|likely\s+|most\s+likely\s+)?(?:just|only|simply|nothing\s+but|nothing\s+more\s+than)\s+(?:(?:a|an|the|your|his|her)\s+)?([^.;,]{1,40})/iu;

/** The cause link of a clause and the cause it names: closing-word forms first (the s38 reading), then the open ones. */
function linkOf(clause: string, zh: boolean): { index: number; cause: string; open: boolean } | undefined {
  const at = (m: RegExpExecArray | null, open = false) => (m ? { index: m.index, cause: m[1] ?? '', open } : undefined);
  if (!zh) return at(LINK_EN.exec(clause)) ?? at(LINK_EN_JUST.exec(clause), true);
  const closed = at(LINK_ZH_IS.exec(clause)) ?? at(LINK_ZH.exec(clause)) ?? at(LINK_ZH_TRAD.exec(clause));
  if (closed && INCIDENTAL_ZH.test(closed.cause)) return closed;
  const because = at(LINK_ZH_BECAUSE.exec(clause), true);
  if (because && INCIDENTAL_ZH.test(because.cause)) return because;
  const bare = at(LINK_ZH_BARE.exec(clause), true);
  if (bare) {
    // "是正常的水肿" (the sign called normal) only as the cause's opening words: "应该是可以正常的射精" is a modal.
    const m = INCIDENTAL_ZH.exec(bare.cause);
    if (m && (m.index === 0 || (m.index <= 4 && !m[0].startsWith('正常')))) return bare;
  }
  return closed;
}

// The sign clause says it is a further explanation ("也", "also"), or an earlier clause named a cause or a diagnosis.
const ALSO = /也|\balso\b|\btoo\b|\bas well\b/iu;
const EXPLAINED =
  /考虑(?:是|为)|最常见的|多半是|多数是|大多是|一般是|应该是|很常见|比较常见|属于|\b(?:most\s+likely|sounds\s+like|probably|likely|is\s+(?:very\s+)?common|are\s+(?:very\s+)?common)\b/iu;

// Words that carry no finding (English subject words compared with the question).
const STOP_EN = new Set(
  'the a an his her your my their this that these those it its and or of in on at to with some bit little also just any there here which what is are was were be been he she they you i we'.split(
    ' ',
  ),
);

export interface SignExplainedAway {
  /** The sign as the answer names it. */
  sign: string;
  /** The question reports something before this sign: it accompanies the chief complaint (cold sweat with the pain,
   *  dizziness with the bleeding) rather than being the complaint itself. */
  accompanying: boolean;
  /** The clause that waves it off. */
  span: string;
  /** The answer has already explained something else before this sign ("考虑是月经不调引起的…头晕可能和休息不好有关",
   *  "头痛也可能和…有关", "the chills are also from…"): the sign is waved off as a second thought beside a milder
   *  diagnosis, not answered as the asker's one complaint. */
  second: boolean;
  /** Read in an open cause form (no closing link word: "是因为…", "可能是…", "is just…") rather than s38's closed one
   *  ("是…引起", "和…有关", "due to"). The open forms read more text that is not a wave-off; advice-check counts them on
   *  the learned reader's urgency only when the rules layer also grades the question above routine. */
  open: boolean;
}

/** Same-meaning characters the two sides may use for one sign (头疼 / 头痛). */
function unify(s: string): string {
  return s.replace(/疼/gu, '痛').replace(/嘔/gu, '呕').replace(/頭/gu, '头').replace(/暈/gu, '晕');
}

// Two-character runs that name no finding: the answer's framing (根据你的症状考虑…), not the asker's sign.
const GENERIC_ZH =
  /^(?:可能|也是|应该|这个|那个|这种|现在|目前|有点|一些|还是|就是|出现|感觉|觉得|平时|因为|症状|情况|描述|根据|考虑|你的|医生|问题|病情|表现|身体|引起|导致|主要|一般|现象|最近)$/u;

/** The Han subject shares a two-character run with the question (the sign the asker reported, in their words). */
function reportedZh(subject: string, question: string): boolean {
  const s = unify(subject).replace(/[^\p{Script=Han}]/gu, ' ');
  const q = unify(question);
  for (let i = 0; i + 2 <= s.length; i++) {
    const two = s.slice(i, i + 2);
    if (/\s/u.test(two) || GENERIC_ZH.test(two)) continue;
    if (q.includes(two)) return true;
  }
  return false;
}

/** A content word of the English subject shares its first five letters (or is the same short word) with one of the question's. */
function reportedEn(subject: string, question: string): boolean {
  const stem = (w: string) => w.toLowerCase().slice(0, 5);
  const qs = new Set((question.toLowerCase().match(/[a-z]+/gu) ?? []).filter((w) => w.length >= 4 && !STOP_EN.has(w)).map(stem));
  return (subject.toLowerCase().match(/[a-z]+/gu) ?? []).some((w) => w.length >= 4 && !STOP_EN.has(w) && qs.has(stem(w)));
}

/**
 * The first clause of the answer that blames a sign the question reports on an incidental cause, or undefined.
 * The sign is the clause's subject (the words before the cause link); a clause whose subject the question never
 * mentions ("发烧一般是病毒感染引起的" to a question about a rash) is the answer's own explanation, not a dismissal.
 */
export function signExplainedAway(question: string, answer: string): SignExplainedAway | undefined {
  const q = normalise(question);
  let before = '';
  for (const s of sentences(normalise(answer))) {
    for (const clause of s.split(/[，,;；:：]|\bbut\b|\bso\b|\band\b(?=\s+(?:the|his|her|your)\b)/u)) {
      const zh = /\p{Script=Han}/u.test(clause);
      const m = linkOf(clause, zh);
      const earlier = before;
      before += `${clause}\n`;
      if (!m) continue;
      const cause = m.cause;
      if (!(zh ? INCIDENTAL_ZH : INCIDENTAL_EN).test(cause)) continue;
      const subject = clause.slice(0, m.index);
      // Negated or hedged the other way: "不是疼痛引起的", "isn't just from stress".
      if (/不是|并非|不一定|未必|\bnot\b|n't\b/iu.test(clause.slice(Math.max(0, m.index - 6), m.index + 4))) continue;
      // The wave-off refuted, not made: "出汗不能简单认为是天气热", "很多人以为…", "Don't assume the vomiting is just…"
      // (review s38: cp-b05/b10/b11 read as wave-offs). Read on the wave-off's own clause, and on the previous clause only
      // when that clause ENDS in the refuting verb (the wave-off is its object: "很多人以为，出汗是…"). A reassurance
      // before the wave-off ("不要以为是什么大病，乏力是…", "很多人以为黑便很严重，其实…") reinforces it (review s39 S1).
      const prev = earlier.split('\n').at(-2) ?? '';
      if (REFUTED.test(subject) || (REFUTED.test(prev) && REFUTING_VERB_END.test(prev))) continue;
      const finding = zh ? reportedZh(subject, q) : reportedEn(subject, q);
      const byFinding = finding ? undefined : sharedFinding(subject, q);
      if (!finding && !byFinding) continue;
      // The sign must be the subject, not the cause restated ("疼痛是疼痛引起的" is no sign).
      if (!byFinding && (zh ? INCIDENTAL_ZH : INCIDENTAL_EN).test(subject) && !(zh ? reportedZh(subject.replace(INCIDENTAL_ZH, ''), q) : false)) continue;
      const second = ALSO.test(clause) || LINK_ZH.test(earlier) || LINK_EN.test(earlier) || LINK_ZH_BECAUSE.test(earlier) || EXPLAINED.test(earlier);
      const accompanying = byFinding ? byFinding.accompanying : accompanies(subject, q, zh);
      return { sign: trimSpan(subject, 40), span: trimSpan(clause), accompanying, second, open: m.open };
    }
  }
  return undefined;
}

// A wave-off the answer refutes: "不能简单认为", "不要以为", "很多人以为", "别当成", "don't assume / don't put it down to".
const REFUTED =
  /不能(?:简单|簡單)?(?:地)?(?:认为|認為|当成|當成|以为|以為|归结|歸結)|不要(?:以为|以為|当成|當成|认为|認為)|别(?:以为|当成)|很多人(?:以为|以為|认为|認為)|误以为|誤以為|\b(?:don'?t|do\s+not|never)\s+(?:assume|think|put\s+it\s+down|write\s+(?:it|this)\s+off|dismiss)\b|\bit'?s\s+not\s+(?:just|only)\b|\bmany\s+people\s+(?:think|assume)\b/iu;

// The previous clause hands the wave-off to a refuting verb: it ends in the verb itself (review s39).
const REFUTING_VERB_END = /(?:认为|認為|以为|以為|当成|當成|归结为|歸結為|\bassume|\bthink)\s*$/iu;

// Words of a finding that the triage sign vocabulary names by the finding, not the spelling: "the vomiting" and "threw up"
// (nauseaVomit), "swelling" and "swollen", "没精神" and "精神差" (lethargy). Signs that tell who or when, not what is felt,
// are no finding of their own.
const NOT_A_FINDING: ReadonlySet<SignId> = new Set<SignId>([
  'infant',
  'child',
  'suddenOnset',
  'pregnancy',
  'clotRisk',
  'anticoagulant',
  'allergen',
  'ingestion',
  'pillIngestion',
  'neverBefore',
  'fiveMinutesPlus',
]);
const isFinding = (id: SignId) => SIGNS[id].kind === 'symptom' && !NOT_A_FINDING.has(id);

/** The subject names a finding the triage sign reader also finds in the question (the same SignId), and where. */
function sharedFinding(subject: string, question: string): { accompanying: boolean } | undefined {
  const own = new Set(
    findSigns(subject)
      .map((h) => h.sign)
      .filter(isFinding),
  );
  if (!own.size) return undefined;
  const hit = findSigns(question).find((h) => own.has(h.sign));
  if (!hit) return undefined;
  return { accompanying: findingBefore(question, hit.start) };
}

// Care planned for later is not care now: "下周产检时带给医生看", "按原计划下周产检时告诉医生", "see your GP next week",
// "book an appointment in the next few days". For a picture triage calls urgent, that is the deferral itself.
const LATER =
  /下(?:周|个?星期|个?礼拜|个?月|次)|过(?:几|两|一)天|[几两三\d]天(?:后|以后|之后)|等到|按原计划|按时产检|\bnext\s+(?:week|month|visit|appointment|check-?up|antenatal|scheduled)\b|\bin\s+(?:a|one|two|the\s+next)\s+(?:few\s+)?(?:days?|weeks?)\b|\b(?:in|over|within)\s+the\s+(?:next|coming)\s+(?:few\s+)?(?:days|weeks?)\b|\bat\s+(?:his|her|your|their|the)\s+next\b/iu;
// "which can refer pain into the testicle" is anatomy, not a referral.
const REFERRED_PAIN = /\b(?:refer(?:s|red)?\s+(?:the\s+)?pain|referred)\b/giu;

/**
 * Some sentence sends the asker to care now: unconditionally (explained-away.ts's reading) and not for a later date.
 * An answer that waves a sign off and then sends to care today is a working idea the clinician will test.
 */
export function sendsCareNow(answer: string): boolean {
  return sentences(normalise(answer)).some((s) => !LATER.test(s) && sendsNow(s.replace(REFERRED_PAIN, ' ')));
}

// A prompt conditional safety net (review s38, cp-b01/cp-b24): "如果头晕加重、走路不稳或者手脚无力，要及时去医院", "go to
// A&E straight away if…", "get seen urgently if…". The learned reader calls an older asker's two mild complaints urgent;
// an answer that explains them mildly AND names the signs that must bring them in at once is a sound answer, not a
// wrong-disease one. Only prompt care counts: "下个月再去妇科" (c37-045), "see your GP if it hasn't healed in a couple of
// weeks" (d05) and "如果一周后还疼，再去骨科" are waits, not nets.
const NET_CONDITION = /\b(?:if|in case|as soon as)\b|^\s*should\b|如果|若|要是|一旦|万一|假如|出现[^，。；]{0,20}(?:时|的话)/iu;
const NET_PROMPT =
  /及时|马上|立即|立刻|尽快|赶紧|赶快|急诊|120|\b(?:urgent(?:ly)?|immediately|straight away|right away|at once|without delay|a\s*&\s*e|er|emergency|999|911|112)\b/iu;
const NET_CARE = /医院|就医|就诊|看医生|看病|急诊|120|\b(?:seen|see|seek|get|call|go|contact|help|care|attention|a\s*&\s*e|er|emergency|999|911|112)\b/iu;
const NET_DENIED = /不用|不必|没必要|不需要|无需|\bno need\b|\bnot necessary\b|\bdon't need\b/iu;
// A wait of days or more before the care ("如果一周后还不好", "if it hasn't healed in a couple of weeks") is a deferral.
const NET_WAIT =
  /[一二两三四五六七八九十几数半\d]+(?:个)?(?:周|星期|礼拜|月)|一两周|两三周|一段时间|\b(?:weeks?|months?)\b|\b(?:a few|couple of|several|\d+|two|three|four|five)\s+(?:more\s+)?days\b/iu;

/** Some sentence of the answer sends for care promptly on a condition — a safety net, not a wait. */
export function promptSafetyNet(answer: string): boolean {
  return sentences(normalise(answer)).some(
    (s) =>
      NET_CONDITION.test(s) &&
      !LATER.test(s) &&
      !NET_WAIT.test(s) &&
      !NET_DENIED.test(s) &&
      s.split(/[，,;；:：]/u).some((c) => NET_PROMPT.test(c) && NET_CARE.test(c)),
  );
}

/** Where the question first reports the sign (the subject's first shared run or stem), and whether a finding of the
 *  question's own comes before it: an earlier clause that is not the asker's age, sex or history alone. */
function accompanies(subject: string, question: string, zh: boolean): boolean {
  const q = unify(question).toLowerCase();
  let at = -1;
  if (zh) {
    const s = unify(subject).replace(/[^\p{Script=Han}]/gu, ' ');
    for (let i = 0; i + 2 <= s.length; i++) {
      const two = s.slice(i, i + 2);
      if (/\s/u.test(two) || GENERIC_ZH.test(two)) continue;
      const k = q.indexOf(two);
      if (k >= 0 && (at < 0 || k < at)) at = k;
    }
  } else {
    for (const w of subject.toLowerCase().match(/[a-z]+/gu) ?? []) {
      if (w.length < 4 || STOP_EN.has(w)) continue;
      const k = q.search(new RegExp(`\\b${w.slice(0, 5)}`, 'u'));
      if (k >= 0 && (at < 0 || k < at)) at = k;
    }
  }
  return at >= 0 && findingBefore(q, at);
}

/** A finding of the question's own comes before position `at`: an earlier clause that is not the asker's age, sex or
 *  history alone. */
function findingBefore(question: string, at: number): boolean {
  const q = unify(question).toLowerCase();
  const zh = /\p{Script=Han}/u.test(q);
  // The clauses before the sign, with the asker's profile (age, sex, weeks of pregnancy, smoking, history) set aside.
  // The clause the sign itself sits in ("医生我对声音很敏感") is the complaint, not a finding before it.
  // A finding joined by "and"/"with"/伴/同时 is a clause of its own ("pain in his testicle and has vomited").
  const clauses = q.slice(0, at).split(/[，,。.;；!?！？]|\band\b|\bwith\b|\bplus\b|伴有?|并且|而且|同时/u);
  clauses.pop();
  const before = clauses.filter((c) => c.trim() && !PROFILE.test(c));
  return before.some((c) => c.trim().length >= (zh ? 4 : 12));
}
// A clause telling who the asker is, not what they feel.
const PROFILE =
  /^\s*(?:[男女](?:性)?|\d+\s*岁|[男女]?\s*,?\s*\d+\s*岁|怀孕\d+周|孕\d+周|抽烟\d+年|吸烟\d+年|(?:hi|hello|dear)\b.*|doctor|i'?m\s+\d+.*|(?:my\s+\w+\s+is|he'?s|she'?s)\s+\d+.*|\d+\s*(?:yo|y\/o|[mf])\b.*)\s*$/iu;
