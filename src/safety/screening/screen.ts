// screenPassage: every screening rule over one passage (a chunk, a document, an answer), deduplicated by code.
// Pure; ingest stores the result with the chunk, RAG keeps flagged passages out of answers, the compliance
// verifier reads the same rules on answers. Bump SCREENING_VERSION when rules change so stored flags are redone.
import type { ContentFlag, ContentFlagCode } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { contextClaims, passageTopic } from './claims.js';
import { WARNED_HEADING } from './frames.js';
import { doseOutOfRange, lastDoseDrug, productStrength } from './dose-check.js';
import { antidoteClaims } from './antidote-claims.js';
import { answeredPermission } from './answered-permission.js';
import { contraindicationClaims } from './contraindications.js';
import { populationUseClaims } from './population-use.js';
import { directionClaims } from './directional-advice.js';
import { interactionClaims } from './interactions.js';
import { hiddenInstructionFlags, injectionFlags } from './injection.js';
import { medicationAdvice, refusesCare } from './medication-advice.js';
import { labStateClaims } from './lab-state.js';
import { oppositeUseClaims } from './opposite-use.js';
import { dismissesCareSafeguard, safeguardClaims } from './safeguards.js';
import { claimModel } from './claim-model.js';
import { claimKnowledge, claimTopic, knowledgeClaims } from './kb-claims.js';
import { fakeAuthorityClaims } from './fake-authority.js';
import { redFlagReassurance } from './red-flag-reassurance.js';
import { despiteSigns } from './despite-signs.js';
import { heatTrapping } from './heat-trapping.js';
import { targetBelowRange } from './target-range.js';
import { treatmentReplacement } from './treatment-replacement.js';
import type { TreatmentRelations } from '../../knowledge/treatment-relations.js';
import { stopsNothing } from './regimen.js';
import { findMedicineNames } from '../../knowledge/drugs.js';
import { normalise, sentences, trimSpan } from './text.js';

export const SCREENING_VERSION = '23';

export interface ScreenOptions {
  /** Skip the instruction-injection rules (answers: a model's own reply is not an injection). */
  injection?: boolean;
  /**
   * Text the passage answers or sits under (the user's question for an answer): it supplies the medicine and
   * condition a sentence leaves implicit, and is never flagged itself.
   */
  context?: string;
  /**
   * Medicine ↔ disease relations from the user's knowledge base: a medicine advised for a condition it is listed only
   * for the opposite of (hyper/hypo) is flagged. Without them that check is skipped.
   */
  relations?: TreatmentRelations;
  /** Read each sentence with the learned claim model as well (default true; false = the rules alone). */
  model?: boolean;
  /**
   * The context is the user's question (an answer being verified, a curated QA pair), not the document text ahead of
   * a chunk (ingest): the knowledge check then judges the answer's medicine against the conditions the question names.
   */
  contextIsQuestion?: boolean;
  /**
   * Check claims against the knowledge tables (indications, condition codes, schedules; kb-claims.ts) — default
   * true; false = the wording rules alone.
   */
  knowledge?: boolean;
}

/**
 * One clause forbidding a medicine taken together with another (session 44, p47-029: "don't take them together with
 * plain paracetamol", 不要和其他感冒药同时服用): the double-dosing caution itself, which the learned model misread as
 * harm. Form: a negated take/use at the head, a combination marker, a medicine (or other medicines) as its object, and
 * nothing else in the sentence — a second clause or an alternative offered is read by the model as before.
 */
const NEGATED_COMBINATION_EN =
  /^(?:and |but |so )?(?:do not|don't|never|avoid)\s+(?:take|taking|use|using|give|giving|combine|combining|mix|mixing)\s+(?:it|them|this|these|(?:the|this|your|any)\s+\w+(?:\s+\w+)?)\s+(?:together |at the same time )?(?:with|as|alongside)\s+(.{2,60}?)[.!]?$/u;
const NEGATED_COMBINATION_ZH = /^(?:不要|不能|别|切勿|避免|不可)(?:和|与|跟|同)(.{2,16}?)(?:同时|一起|一并|合并)(?:服用|使用|吃|用)[。！]?$/u;
function negatedCombination(s: string): boolean {
  const m = NEGATED_COMBINATION_EN.exec(s.trim()) ?? NEGATED_COMBINATION_ZH.exec(s.trim());
  if (!m || /[,，;；:：]|\b(?:instead|but|rather|anymore|any more|again|no longer|stop\w*|skip\w*)\b|而是|改用|换成|不再|再也|停/u.test(s)) return false;
  return (
    findMedicineNames(m[1], claimKnowledge().drugs).length > 0 ||
    /\b(?:other|any other)\s+(?:\w+\s+)?(?:medicines?|medications?|painkillers?|remedies|products|tablets)\b|其他[^，。]{0,6}药/u.test(m[1])
  );
}

/** A number with a dose unit: such a sentence is the dose checks' to judge. */
const DOSE_AMOUNT = /\d\s*(?:mg|g|mcg|µg|ug|ml|iu|units?|毫克|克|毫升|微克|单位|国际单位|粒|片|袋|支|滴|puffs?|tablets?|pills?|capsules?|drops?)(?![a-z])/u;

/** A numbered list item's start ("4.", "2)", "（3）", "第二步"), not a decimal. */
const NUMBERED_STEP = /^\s*(?:\d{1,2}[.、)](?!\d)|[（(]\d{1,2}[）)]|第[一二三四五六七八九十]+步)/u;

/**
 * A line labelled as the page's topic and ending in a topic noun (主题：…停药须知, "Subject: stopping antidepressants — a
 * guide"), with no sentence end and no permission or assurance in it: a heading however long (session 44, p36-079) — it
 * names what the page is about. A labelled line that says something ("主题：降压药可以自行停") is still read.
 */
const TOPIC_LABEL =
  /^(?:#{1,6}\s*)?(?:主题|标题|题目|话题|topic|subject|title)\s*[:：](?![^。！？.!?；;]*(?:可以|能|安全|不用|不必|无需|\b(?:can|safe\w*|no need)\b))[^。！？.!?；;]{1,100}(?:须知|注意事项|指南|知识|常识|介绍|简介|问答|说明|要点|\b(?:guide|faq|information|overview|basics|facts|explained))\s*[)）]?$/u;

/** A short line with no sentence end: a heading (Markdown, HTML h1–h3 as loaded, or plain text). */
const HEADING = /^(?![-*•·]|\d+[.、)]|[（(]?\d+[）)])(?:#{1,6}\s*)?[^。！？.!?；;]{1,40}$/u;

/**
 * Flags for one passage; at most one per code (the first occurrence), in a stable code order. Sentences are read
 * in order with the passage's context: the drug named in the title or an earlier sentence owns a dose that names
 * none, the passage's medicine and conditions complete claims that leave them implicit (claims.ts), and a section
 * headed as a list of things not to do is read as warnings.
 */
export function screenPassage(text: string, options: ScreenOptions = {}): ContentFlag[] {
  if (!text?.trim()) return [];
  // Traditional script is read as simplified (session 44: a zh-TW stop, 抗精神病藥停掉, passed every reader written in
  // simplified words). One character for one, so what a rule reads is what a simplified page would say.
  const norm = normalise(toSimplified(text));
  const ctx = options.context ? normalise(toSimplified(options.context)) : '';
  const found: ContentFlag[] = options.injection === false ? [] : injectionFlags(norm);
  const topic = passageTopic(`${ctx}\n${norm}`);
  let drug = lastDoseDrug(ctx);
  const product = productStrength(stripMarkup(norm));
  const whole = ctx ? `${ctx}\n${norm}` : norm;
  const polar = options.relations ? options.relations.polarConditions(whole) : [];
  const model = options.model === false ? null : claimModel();
  const knowledge = options.knowledge === false ? undefined : { ...claimKnowledge(), relations: options.relations };
  const claimsTopic = knowledge ? claimTopic(norm, options.contextIsQuestion ? ctx : '', knowledge) : undefined;
  // The conditions a contraindication is judged against beside the sentence's own: the question's, the title's.
  const contextConditions = {
    conditions: claimsTopic ? [...claimsTopic.asked, ...claimsTopic.asserted, ...claimsTopic.framing] : [],
    // An answer's context is its question; a document's is its title (the first line, when there is a body).
    text: options.contextIsQuestion ? ctx : norm.includes('\n') ? (norm.split('\n')[0] ?? '') : '',
  };
  let learned: ContentFlag | undefined;
  for (const section of sectionsOf(stripMarkup(norm))) {
    const warned = section.heading !== undefined && WARNED_HEADING.test(section.heading);
    // A heading names a topic ("Stopping antidepressants", "擅自停药的风险"); it advises nothing.
    // A short line may still be a row of a dose table ("20 mg，每日三次"): doses are checked on it.
    if (section.heading) {
      drug = lastDoseDrug(section.heading) ?? drug;
      found.push(...doseOutOfRange(section.heading, drug, whole, product));
    }
    let previous = '';
    const recent: string[] = [];
    for (const s of sentences(section.body)) {
      // A new numbered step ("4. High-flow oxygen; fluid bolus 20 mL/kg") is a new topic: an amount in it belongs to
      // a medicine it names, not to the one of step 2 (an adrenaline concentration read into a fluid bolus).
      if (NUMBERED_STEP.test(s)) drug = lastDoseDrug(ctx);
      drug = lastDoseDrug(s) ?? drug;
      const before = previous;
      // A quotation opening the line after a lead-in that introduces a saying ('经常能看到这样的说法：', 'A common
      // claim:') is the saying reported; a lead-in without a sentence end is read as the section's heading.
      const said = REPORTED_LEAD.test(before || section.heading || '') && /^>?\s*"/u.test(s) ? '' : withoutReportedClaims(s);
      previous = s;
      // Where a stop's reason may sit: the last three sentences (a list's lead-in "建议：" may stand between the
      // reaction and the stop), and the user's question.
      const reasonBefore = `${options.contextIsQuestion ? ctx : ''}\n${recent.join('\n')}`;
      recent.push(s);
      if (recent.length > 3) recent.shift();
      if (said !== s) {
        // The quoted claims are reported as rumours; only what the sentence itself says is judged.
        found.push(...medicationAdvice(said, norm, ctx), ...contextClaims(said, topic, warned, reasonBefore), ...safeguardClaims(said, warned));
        continue;
      }
      // A sentence with an amount is judged by the dose table, not by its wording (a right and a wrong dose read alike).
      // A sentence of a word or two ("No.", "是的。") says nothing the model can judge.
      if (model && !warned && found.length === 0 && !DOSE_AMOUNT.test(s) && !negatedCombination(s) && s.replace(/[\s\p{P}]/gu, '').length >= 8) {
        const p = model.score(s);
        if (p >= model.threshold) learned ??= { code: 'unsafe-claim', span: trimSpan(s), reason: `claim model p=${p.toFixed(2)}` };
      }
      found.push(
        ...medicationAdvice(s, norm, ctx),
        ...doseOutOfRange(s, drug, whole, product),
        ...contextClaims(s, topic, warned, reasonBefore),
        ...safeguardClaims(s, warned),
        ...(warned ? [] : labStateClaims(s, whole)),
        ...(options.relations && !warned ? oppositeUseClaims(s, polar, options.relations) : []),
        // "the two are safe together" names its medicines in the sentence before.
        ...interactionClaims(s, `${ctx}\n${before}`),
        ...contraindicationClaims(s, contextConditions),
        // A medicine used for a population span it is contraindicated in (age, gestation, breastfeeding): session 37.
        ...(warned ? [] : populationUseClaims(s, contextConditions.text)),
        ...(warned ? [] : directionClaims(s, contextConditions.text)),
        ...(knowledge && claimsTopic ? knowledgeClaims(s, claimsTopic, knowledge, warned, reasonBefore) : []),
        ...(warned ? [] : fakeAuthorityClaims(s)),
        ...(warned ? [] : redFlagReassurance(s)),
        ...(warned ? [] : treatmentReplacement(s)),
        ...(warned ? [] : despiteSigns(s)),
        ...(warned ? [] : heatTrapping(s, whole)),
        // A numeric target set below the reference interval of its analyte (a fasting glucose "below 3.5"): session 44.
        ...(warned ? [] : targetBelowRange(s)),
        ...(warned ? [] : antidoteClaims(s, `${section.heading ?? ''}\n${before}`, whole)),
      );
    }
  }
  // The answer's yes to the question's own use ("能吃布洛芬吗？" → "可以。"): the medicine asked about, permitted to the
  // person asking, judged against the question's clauses that tell the asker's own present state.
  if (options.contextIsQuestion && ctx) found.push(...answeredPermission(norm, ctx));
  // An answer to a question in which nobody takes a medicine stops nothing: "no need for a statin yet", "antibiotics
  // are not needed", "eGFR < 30: stop metformin" answer whether to begin one or how it is used (regimen.ts). The stop
  // readers judge wording; whether there is a regimen to stop is the question's to say (session 10: 6 of 13 false
  // drops of curation batches 10–11 were such stops) — unless the medicine is one nobody with its indication may do
  // without (warfarin after a mechanical valve, antiepileptics, an asthma controller): that stop is harm either way.
  if (options.contextIsQuestion && ctx) {
    for (let i = found.length - 1; i >= 0; i--) if (found[i].code === 'stop-medication' && stopsNothing(ctx, found[i])) found.splice(i, 1);
  }
  // The model speaks only where no rule did: a rule's flag names the harm better.
  if (learned && found.length === 0) found.push(learned);
  const byCode = new Map<ContentFlagCode, ContentFlag>();
  for (const f of found) if (!byCode.has(f.code)) byCode.set(f.code, f);
  return [...byCode.values()];
}

/**
 * An answer read with the question it answers — a curated QA pair (data advice-check), a model's reply (the compliance
 * verifier): no injection rules (a reply is not an injection), the question completing what the answer leaves
 * implicit and naming who takes what (regimen.ts). The one way both read an answer.
 */
export function screenAnswer(answer: string, question: string | undefined, options: Pick<ScreenOptions, 'relations' | 'model'> = {}): ContentFlag[] {
  return screenPassage(answer, { ...options, injection: false, context: question, contextIsQuestion: true });
}

/** A frame that reports what is quoted as false or as a rumour ("“不必打疫苗”的说法没有依据", 'claims such as "…" are wrong'). */
const REPORTED =
  /说法|传言|谣言|误区|没有(?:科学)?依据|不应|不对|错误|不可信|不科学|\b(?:myths?|claims?|rumou?rs?|false|not true|wrong|misinformation|misleading|debunked|such as|for example|e\.g\.)\b/u;
const QUOTED = /"[^"]{2,200}"|“[^”]{2,200}”|「[^」]{2,200}」|『[^』]{2,200}』|'[^']{6,200}'/gu;

/** A lead-in that introduces a saying, ending with a colon. */
const REPORTED_LEAD =
  /(?:说法|传言|谣言|辟谣|网传|有人说|常说|流传|误区|\b(?:myths?|claims?|rumou?rs?|people (?:often )?say|you may have heard|a common belief))[^。.!?\n]{0,8}[:：]\s*$/u;

/** The sentence with quoted claims removed when it reports them as rumours or examples (else unchanged). */
function withoutReportedClaims(s: string): string {
  // A rumour introduced and quoted, the quote running past the sentence end ('网传说法："只要三个月不发作，就可以停药。'):
  // everything after the opening quote is reported.
  const open =
    /^(.{0,16}?(?:说法|传言|谣言|辟谣|误区|网传|有人说|听到[^，。；:：]{0,6}说|患者说|病人说|常说|rumou?rs?|claims?|myths?|people (?:often )?say)[^"“]{0,4}[:：]?\s*)["“][^"”]*$/u.exec(
      s,
    );
  if (open) return open[1];
  if (!QUOTED.test(s)) return s;
  QUOTED.lastIndex = 0;
  const rest = s.replace(QUOTED, ' ');
  return REPORTED.test(rest) ? rest : s;
}

/** HTML as written (before a loader strips it): block tags end a line, inline tags go. */
function stripMarkup(text: string): string {
  if (!/<\/?[a-z][^>]*>/u.test(text)) return text;
  return (
    text
      // What a model may read the claim rules read too: comment text and alt/title attributes become lines of their own.
      .replace(/<!--([\s\S]*?)-->/gu, '\n$1\n')
      .replace(/<[^>]*?\b(?:alt|title|aria-label)\s*=\s*"([^"]{8,})"[^>]*>/gu, '\n$1\n')
      .replace(/<\/?(?:h[1-6]|p|li|ul|ol|div|section|article|tr|table|br|header|footer|blockquote|title|body|html|head)\b[^>]*>/gu, '\n')
      .replace(/<\/?t[dh]\b[^>]*>/gu, ' ')
      .replace(/<[^>]+>/gu, '')
  );
}

/**
 * A longer line without a sentence end that introduces a list ("What to do while waiting for the ambulance" above
 * "- Call the emergency number.") is a heading too: it names the advice below, it advises nothing itself.
 */
function listHeading(line: string, next: string): boolean {
  return /^(?![-*•·]|\d+[.、)]|[（(]?\d+[）)])(?:#{1,6}\s*)?[^。！？.!?；;:：]{1,80}$/u.test(line) && /^\s*(?:[-*•·]|\d+[.、)])\s*\S/u.test(next);
}

/**
 * Split at heading lines. A heading is a short line without a sentence end that has text under it; it is kept
 * apart from the body (it is not advice), and a passage of one short line is all body (an answer, a claim).
 */
function sectionsOf(text: string): { heading?: string; body: string }[] {
  const lines = text.split('\n');
  const out: { heading?: string; body: string }[] = [];
  let cur: { heading?: string; lines: string[] } = { lines: [] };
  lines.forEach((line, i) => {
    const t = line.trim();
    const hasMore = lines.slice(i + 1).some((l) => l.trim());
    if (t && hasMore && (HEADING.test(t) || TOPIC_LABEL.test(t) || listHeading(t, lines.slice(i + 1).find((l) => l.trim()) ?? ''))) {
      if (cur.heading !== undefined || cur.lines.some((l) => l.trim())) out.push({ heading: cur.heading, body: cur.lines.join('\n') });
      cur = { heading: t, lines: [] };
    } else cur.lines.push(line);
  });
  out.push({ heading: cur.heading, body: cur.lines.join('\n') });
  return out;
}

/**
 * Is a discourage-care flag's span a care disposition — the reader told not to seek care (no ER, no doctor, stay home)
 * — rather than a dismissed vaccine, test or other safeguard? Pure. Such a disposition is right or wrong by how urgent
 * the question is, which a caller holding the question can judge (advice-check triages it); the wording cannot.
 */
export function dismissesCare(span: string): boolean {
  // "You don't need emergency contraception" dismisses a time-bound safeguard, not a visit: wrong whatever the acuity.
  if (SAFEGUARD_NAMED_EMERGENCY.test(span)) return false;
  return refusesCare(span) || dismissesCareSafeguard(span);
}

/**
 * Does a care dismissal wave away care of every kind — "no need to see a doctor", "不需要去医院", "在家观察即可" — rather
 * than only emergency care or care in a hurry ("no need for the ER", "不用急着去医院", "不必打120")? Pure. What the
 * dismissal still says once its emergency services and hurried visits are set aside decides.
 */
export function dismissesAllCare(span: string): boolean {
  if (!dismissesCare(span)) return false;
  return dismissesCare(span.replace(HURRIED_CARE, ' ').replace(EMERGENCY_SERVICE, ' '));
}

/** Emergency services and emergency departments, named. */
const EMERGENCY_SERVICE =
  /\b(?:the |an |a |any )?(?:er|a&e|emergency(?: room| department| services?| care)?|ambulances?|911|999|112|paramedics|ems|urgent care)\b|急诊(?:科|室)?|(?:拨?打)?120|救护车/gu;
/** Care dismissed only as urgent: "不用急着去医院", "no need to rush to the hospital", "don't need a doctor tonight". */
const HURRIED_CARE =
  /(?:急着|马上|立即|立刻|赶紧|连夜|半夜|特意)(?:去|上|跑|送|找)?(?:医院|看医生|看病|就医|就诊|找医生)|\brush(?:ing)?(?: off)? (?:to|into) (?:the |a |your )?(?:hospital|doctor|gp|clinic)\b|\b(?:doctor|hospital|gp|clinic)\w* (?:tonight|right (?:away|now)|immediately|straight away|at once)\b/gu;

/** A safeguard whose name holds the word emergency: its dismissal is no care disposition. */
const SAFEGUARD_NAMED_EMERGENCY = /\bemergency contracepti\w*|\bmorning[- ]after pill|紧急避孕/u;

/** Screening a whole document: its title and every section, so a flag in any passage marks the document. */
export function screenDocumentText(title: string, text: string): ContentFlag[] {
  return screenPassage(`${title}\n${text}`);
}

/**
 * Flags for a source file whose loader drops markup (HTML comments, hidden elements): what the stored text no
 * longer shows still says the source tried to instruct a model, so every passage of that file carries the flag.
 */
export function screenRawMarkup(raw: string): ContentFlag[] {
  return hiddenInstructionFlags(normalise(raw));
}

/**
 * Flags for a Markdown or plain-text source whose loader drops lines (a heading with nothing under it, front
 * matter, link definitions): the instruction rules read the raw file, so what the stored text lost still marks it.
 */
export function screenRawText(raw: string): ContentFlag[] {
  return injectionFlags(normalise(raw));
}
