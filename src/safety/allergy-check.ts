// Stated drug allergies × medicines named: '阿莫西林和头孢可以一起吃吗？我青霉素过敏' must be told, before anything
// else, that amoxicillin IS a penicillin (do not take it) and that a cephalosporin may cross-react (ask first). The
// reader takes an allergy only where the writer states one (a class word right before 过敏 / after 对, 'allergic to
// X', 'X allergy', '过敏史：X'); a denial ('不过敏', 'not allergic to', '无…过敏史') or a question whether a medicine
// causes allergy ('阿莫西林会过敏吗') states none. Classes and cross-reactivity: knowledge/drug-classes.ts (BNF).
// Raise-only: the check adds a warning and never removes or changes anything else. Pure.
import type { Lang } from '../core/types.js';
import { sentenceBounds } from './red-flags/context.js';
import { toSimplified } from '../core/han-variants.js';
import { RELATIVE_EN, RELATIVE_ZH } from './triage/persons.js';
import { CROSS_REACTING, DRUG_CLASS_NAMES, type ClassMention, type DrugClass, drugClassMentions } from '../knowledge/drug-classes.js';

export interface StatedAllergy {
  cls: DrugClass;
  /** The allergen as written (青霉素, penicillin, sulfa). */
  name: string;
  start: number;
  end: number;
  /** The whole statement: the allergen through its allergy word ('青霉素过敏', 'allergic to penicillin'). */
  said: readonly [number, number];
  /** Whose allergy: the writer's (or no one named), or another person's named in its clause ('my wife', '我妈妈'). */
  who: 'writer' | 'other';
}

/** A medicine named beside a stated allergy: the same class (do not take) or a cross-reacting one (caution). */
export interface AllergyConflict {
  allergy: DrugClass;
  allergen: string;
  drug: string;
  drugClass: DrugClass;
  relation: 'same-class' | 'cross-reactive';
}

// Between an allergen and 过敏: a class word, 'medicines', and adverbs (青霉素类药物都过敏, 头孢也过敏).
const ZH_BETWEEN = /^(?:类|类的|类药|类药物|药|药物|的药|抗生素|制剂)?(?:都|也|有|会|还|会不会|容易|可能)?$/u;
// 会/容易/可能 before 过敏 and a question after it asks whether the medicine causes allergy ('阿莫西林会过敏吗');
// without the question it is told (我吃青霉素会过敏).
const ZH_MAY = /(?:会不会|会|容易|可能|是否|能不能|怕)$/u;
const ZH_QUESTION = /^过敏[^，。,.；;！!]{0,6}?(?:吗|么|嘛|呢|？|\?)/u;
// '我是青霉素过敏吗', '青霉素过敏不过敏': asked, not stated.
const ZH_ASKED = /^过敏(?:吗|么|嘛|不|没|与否|？|\?)/u;
// Denied or doubted: 不过敏, 没有…过敏, 无…过敏史, 否认…过敏, 不知道是不是…过敏.
const ZH_DENIED_BEFORE = /(?:不|没|没有|无|否认|并非|不是)[^，。,.；;！？!?]{0,10}$/u;
const ZH_ALLERGY = /过敏/gu;
// '过敏史：青霉素、磺胺' / '药物过敏：头孢' — a list after a label.
const ZH_LABEL = /(?:药物)?过敏(?:史|药物)?\s*[:：]\s*([^。；;\n]{1,40})/gu;

const EN_TO = /\b(?:allergic|allergy|allergies|hypersensitiv(?:e|ity))\s+(?:reaction\s+)?to\s+/giu;
const EN_BEFORE = /\b(?:allerg(?:y|ies|ic)|hypersensitivity)\b/giu;
const EN_LABEL = /\b(?:drug\s+)?(?:allerg(?:y|ies)|allergic\s+to)\s*[:：]\s*([^.;\n]{1,60})/giu;
// An exception after a denial restores the allergen: 'no known allergies except penicillin', 'Allergies: none except
// PCN', 'not allergic to anything except penicillin', 除青霉素外无其他药物过敏, 过敏史：无，除了青霉素.
const EN_EXCEPT = /\b(?:except|apart from|other than|besides|but)\s+(?:for\s+|to\s+)?/giu;
const ZH_EXCEPT = /除了?/gu;
// An allergy taken away: delabelled after testing, outgrown, a negative skin test now (以前…后来皮试阴性).
// Only words that say the allergy is gone: a removal must not rest on a loose word ('no longer take it').
const REMOVED =
  /\b(?:de-?label(?:l)?ed|outgr(?:ew|own)|tested negative|used to be allergic|no longer allergic|not allergic any ?more)\b|皮试阴性|已经不过敏|现在不过敏|不再过敏/iu;
// Another person named before the allergen in its clause is whose allergy it is ('My wife is allergic to…', 我妈妈青霉素过敏).
const OTHER_EN = new RegExp(`\\b(?:my|our|his|her|their)\\s+(?:\\w+\\s+)?(?:${RELATIVE_EN})s?\\b|\\b(?:he|she|they)\\b`, 'iu');
const OTHER_ZH = new RegExp(`(?:${RELATIVE_ZH})|[他她]`, 'u');
// The writer takes the medicine asked about ('我能吃…', 'can I take…', 'my own…'): a relative's allergy is not theirs.
const WRITER_TOO = /\b(?:i|we|i'm|we're)\b|我们|我和|和我|跟我|我也|我都|咱/iu;
const WRITER_TAKES =
  /我(?:能|可以|可不可以|能不能|该|要)?(?:吃|服|用|喝|打|吃点)|我[^，。？?！!]{0,6}(?:疼|痛|发烧|发炎|咳|感冒)|\b(?:can|could|should|may|do) i (?:take|have|use|get)\b|\bfor me\b|\bi(?:'m| am)? (?:have|has|taking|take|got)\b/iu;
/** The sentence(s) from `from` to `to` (red-flags/context.ts sentenceBounds: the same sentence breaks as triage). */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  return [sentenceBounds(text, from).start, sentenceBounds(text, to).end];
}
function clauseStartBefore(text: string, at: number): number {
  let a = at;
  while (a > 0 && !/[.?!。？！\n，,；;]/u.test(text[a - 1])) a--;
  return a;
}
const EN_DENIED = /\b(?:not|no|never|isn'?t|aren'?t|wasn'?t|don'?t|doesn'?t|nkda|without|denies|non)\b[^.;,!?]{0,20}$|\bn'?t\s+$/iu;
const JOINER = /^(?:and|or|&)$/iu;
// Words a list of allergens may hold between its medicines ('penicillin and sulfa drugs', 'all cephalosporins').
const EN_LIST_WORD = /^(?:and|or|&|the|all|any|other|some|most|type|class|drugs?|antibiotics?|medicines?|medications?|based|group|family|related|,|-)$/iu;

// A sentence that opens like a question and ends with '?' asks whether there is an allergy ('does this mean she's
// allergic to penicillin forever?', 'am I allergic to sulfa?'): asked, not stated.
const EN_QUESTION_OPENING = /^\s*(?:does|do|did|is|am|are|was|were|could|can|would|will|might|may|how|what|why|whether|if)\b/iu;
function askedInEnglish(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('?', at), text.lastIndexOf('!', at), text.lastIndexOf('\n', at)) + 1;
  const endRel = /[.?!\n]/u.exec(text.slice(at));
  const end = endRel ? at + endRel.index : text.length;
  return text[end] === '?' && EN_QUESTION_OPENING.test(text.slice(start, at));
}

function clauseEnd(text: string, from: number): number {
  const m = /[。；;！？!?\n]|[，,](?!\s*(?:and|or)\b)/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Allergies the writer states, with where their allergen is written. Pure. */
export function readStatedAllergies(written: string): StatedAllergy[] {
  // Traditional characters read as simplified, one for one (positions kept).
  const text = toSimplified(written);
  const mentions = drugClassMentions(text);
  const out: StatedAllergy[] = [];
  const take = (m: ClassMention, from: number, to: number) => {
    if (out.some((a) => a.start === m.start)) return;
    const said: [number, number] = [Math.min(from, m.start), Math.max(to, m.end)];
    const [a, b] = sentenceAround(text, said[0], said[1]);
    if (REMOVED.test(text.slice(a, b))) return;
    const lead = text.slice(clauseStartBefore(text, said[0]), said[0]);
    // The writer among the people named ('My wife and I are both allergic', 我和我妈都青霉素过敏) keeps it the writer's.
    const who = (OTHER_EN.test(lead) || OTHER_ZH.test(lead)) && !WRITER_TOO.test(lead) ? 'other' : 'writer';
    out.push({ cls: m.cls, name: m.name, start: m.start, end: m.end, said, who });
  };
  // Chinese: an allergen right before 过敏 (with a class word between), or the object of 对…过敏.
  for (const g of text.matchAll(ZH_ALLERGY)) {
    const at = g.index ?? 0;
    const before = text.slice(0, at);
    const clauseStart = Math.max(...['，', ',', '。', '；', ';', '！', '？', '!', '?', '\n'].map((p) => before.lastIndexOf(p))) + 1;
    const clause = before.slice(clauseStart);
    if ((ZH_MAY.test(clause) && ZH_QUESTION.test(text.slice(at))) || ZH_ASKED.test(text.slice(at)) || ZH_DENIED_BEFORE.test(clause)) continue;
    const dui = clause.lastIndexOf('对');
    const inClause = mentions.filter((m) => m.start >= clauseStart && m.end <= at);
    for (const m of inClause) {
      const between = text.slice(m.end, at);
      // Several allergens joined before one 过敏 (对青霉素和磺胺过敏): each one after 对, or the last right before it.
      const afterDui = dui >= 0 && m.start >= clauseStart + dui;
      if (ZH_BETWEEN.test(between) || (afterDui && /^[\p{Script=Han}、和及与跟,，\s]*$/u.test(between))) take(m, m.start, at + 2);
    }
  }
  for (const g of text.matchAll(ZH_LABEL)) {
    const from = (g.index ?? 0) + g[0].length - g[1].length;
    if (/^(?:无|没有|否认|不详|未知)/u.test(g[1].trim())) continue;
    for (const m of mentions) if (m.start >= from && m.end <= from + g[1].length) take(m, g.index ?? 0, m.end);
  }
  // English: 'allergic to X (and Y)' — the list runs while its words are medicines or list words.
  for (const g of text.matchAll(EN_TO)) {
    const at = g.index ?? 0;
    if (EN_DENIED.test(text.slice(Math.max(0, at - 30), at)) || askedInEnglish(text, at)) continue;
    // A list: items (a medicine, or up to three other words — latex, cats, shellfish) joined by and/or/commas; it ends
    // where an item is not followed by a joiner.
    let pos = at + g[0].length;
    const end = clauseEnd(text, pos);
    while (pos < end) {
      pos += /^\s*/u.exec(text.slice(pos))?.[0].length ?? 0;
      const m = mentions.find((x) => x.start === pos);
      if (m) {
        take(m, at, m.end);
        pos = m.end;
      } else {
        let words = 0;
        for (
          let w = /^[a-z'-]+/iu.exec(text.slice(pos));
          w && words < 3 && !JOINER.test(w[0]) && !mentions.some((x) => x.start === pos);
          w = /^[a-z'-]+/iu.exec(text.slice(pos))
        ) {
          pos += w[0].length;
          words++;
          pos += /^[ \t]*/u.exec(text.slice(pos))?.[0].length ?? 0;
        }
        if (words === 0 && !mentions.some((x) => x.start === pos)) break;
      }
      // Class words after a medicine ('sulfa drugs'), then a joiner, or the list is over.
      for (let w = /^\s*([a-z]+)/iu.exec(text.slice(pos)); w && EN_LIST_WORD.test(w[1]) && !JOINER.test(w[1]); w = /^\s*([a-z]+)/iu.exec(text.slice(pos)))
        pos += w[0].length;
      const joined = /^\s*(?:,\s*)?(?:and|or|&)?\s*/iu.exec(text.slice(pos))?.[0] ?? '';
      if (!/(?:,|\band\b|\bor\b|&)/iu.test(joined)) break;
      pos += joined.length;
    }
  }
  // 'penicillin allergy', 'sulfa-allergic', 'allergy: penicillin'.
  for (const g of text.matchAll(EN_BEFORE)) {
    const at = g.index ?? 0;
    const m = mentions.find((x) => x.end <= at && /^[\s-]*(?:(?:drugs?|antibiotics?|class)\s+)?$/iu.test(text.slice(x.end, at)));
    if (m && !EN_DENIED.test(text.slice(Math.max(0, m.start - 30), m.start)) && !askedInEnglish(text, m.start)) take(m, m.start, at + g[0].length);
  }
  for (const g of text.matchAll(EN_LABEL)) {
    const from = (g.index ?? 0) + g[0].length - g[1].length;
    if (/^\s*(?:none|nkda|no\b)/iu.test(g[1])) continue;
    for (const m of mentions) if (m.start >= from && m.end <= from + g[1].length) take(m, g.index ?? 0, m.end);
  }
  // An exception after a denial restores the allergen (no known allergies except penicillin; 除青霉素外无其他药物过敏).
  for (const g of [...text.matchAll(EN_EXCEPT), ...text.matchAll(ZH_EXCEPT)]) {
    const at = g.index ?? 0;
    if (/[切排清删消去解免拆废开扣]$/u.test(text.slice(0, at))) continue;
    const [a, b] = sentenceAround(text, at, at + g[0].length);
    if (!/allerg|过敏/iu.test(text.slice(a, b))) continue;
    const stop = /[外，,；;]|以外|之外/u.exec(text.slice(at + g[0].length, b));
    const to = stop ? at + g[0].length + stop.index : b;
    for (const m of mentions) if (m.start >= at + g[0].length && m.end <= to) take(m, at, m.end);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The text with every stated drug allergy blanked (same length, 〇 and x): a fact about the patient, not a complaint —
 * a reader of symptoms must not take '我青霉素过敏' or 'allergic to penicillin' for an allergic reaction now. Pure.
 */
export function withoutStatedAllergies(text: string): string {
  const allergies = readStatedAllergies(text);
  if (allergies.length === 0) return text;
  const chars = text.split('');
  for (const a of allergies) for (let i = a.said[0]; i < a.said[1]; i++) chars[i] = /[A-Za-z]/.test(chars[i]) ? 'x' : /\s/.test(chars[i]) ? chars[i] : '\u3007';
  return chars.join('');
}

/**
 * Medicines named in the texts (the question, and what the answer or its summary shows) that an allergy stated in the
 * question or an earlier user turn rules out or cautions against; the allergen's own mention is no medicine offered.
 * Pure.
 */
export function allergyConflicts(question: string, shown: readonly string[] = [], earlier: readonly string[] = []): AllergyConflict[] {
  // An allergy told in an earlier turn of the conversation still holds ('我青霉素过敏' … '阿莫西林能吃吗').
  // Another person's allergy ('My wife is allergic to penicillin. Can I take amoxicillin?') is not the writer's when the
  // writer is the one taking the medicine; '孩子青霉素过敏，能吃阿莫西林颗粒吗' (the child takes it) stays.
  const writerTakes = (t: string, a: StatedAllergy) => WRITER_TAKES.test(t.slice(0, a.said[0]) + t.slice(a.said[1]));
  const own = (t: string) => readStatedAllergies(t).filter((a) => a.who === 'writer' || !writerTakes(toSimplified(t), a));
  const allergies = [...own(question), ...earlier.flatMap((t) => own(t).map((a) => ({ ...a, start: -1, end: -1 })))];
  if (allergies.length === 0) return [];
  const out: AllergyConflict[] = [];
  const seen = new Set<string>();
  const offered = [
    ...drugClassMentions(toSimplified(question)).filter((m) => !allergies.some((a) => a.start === m.start)),
    // In a shown text, a medicine named as someone's allergy ('青霉素过敏者禁用') is no medicine offered either.
    ...shown.flatMap((t) => {
      const own = readStatedAllergies(t);
      return drugClassMentions(toSimplified(t)).filter((m) => !own.some((a) => a.start === m.start));
    }),
  ];
  for (const m of offered) {
    for (const a of allergies) {
      const relation = m.cls === a.cls ? 'same-class' : CROSS_REACTING[a.cls]?.includes(m.cls) ? 'cross-reactive' : undefined;
      if (!relation) continue;
      const key = `${m.name.toLowerCase()}|${a.cls}`;
      if (seen.has(key)) continue;
      // A class word that is the allergen itself ('对青霉素过敏，青霉素类能用吗') is still the class: it is warned.
      seen.add(key);
      out.push({ allergy: a.cls, allergen: a.name, drug: m.name, drugClass: m.cls, relation });
    }
  }
  // Same-class conflicts first: they are the prohibition.
  return out.sort((x, y) => (x.relation === y.relation ? 0 : x.relation === 'same-class' ? -1 : 1));
}

/** The warning the answer leads with, one line per medicine, in the answer's language. */
export function allergyWarningText(conflicts: readonly AllergyConflict[], lang: Lang): string {
  if (conflicts.length === 0) return '';
  const zh = lang === 'zh';
  const lines = conflicts.map((c) => {
    const drug = DRUG_CLASS_NAMES[c.drugClass];
    const allergy = DRUG_CLASS_NAMES[c.allergy];
    if (c.relation === 'same-class')
      return zh
        ? `- ${c.drug}属于${drug.zh}药物。问题中提到对${c.allergen}过敏：不要服用${c.drug}，并告诉医生或药师您的过敏史。`
        : `- ${c.drug} is ${drug.en}. The question states an allergy to ${c.allergen}: do not take ${c.drug}; tell your doctor or pharmacist about the allergy.`;
    return zh
      ? `- ${c.drug}属于${drug.zh}，与${allergy.zh}（${c.allergen}）可能发生交叉过敏：使用前请先询问医生或药师。`
      : `- ${c.drug} is ${drug.en}, which can cross-react with ${allergy.en} allergy (${c.allergen}): caution — ask a pharmacist or doctor before taking it.`;
  });
  return [zh ? '⚠️ 过敏提醒：' : '⚠️ Allergy warning:', ...lines].join('\n');
}
