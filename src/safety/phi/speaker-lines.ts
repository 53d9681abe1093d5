// Transcript speakers: the label opening a chat line (after a time stamp, in brackets, or a label that recurs as a
// speaker in a dialogue) names a person unless it is a role ("Doctor", "用户", "mum"). Part of the context readers
// (frames.ts).
import { englishWord } from '../../knowledge/english-words.js';
import { isMedicineShape } from '../../knowledge/drugs.js';
import type { PhiSpan } from '../types.js';
import { knownMedicine, knownMedicineZh, MEDICINE_AFTER } from './clinical-vocabulary.js';
import { latinNameWord, PARTICLES, ROLES_EN, ROLES_ZH } from './frame-words.js';
import { GIVEN_CHARS, plausibleGiven } from './given-names.js';
import { KIN_EN } from './kin-nouns-en.js';
import { FIRST_NAMES } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { KIN_ZH } from './slot-names.js';
import { span } from './span.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.js';

const SURNAMES = new Set(SINGLE_SURNAMES);
const COMPOUNDS = new Set(COMPOUND_SURNAMES);

const TIME = String.raw`[\[(【]?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ ,T]*|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?[ ,]+|\d{1,2}[ ][A-Z][a-z]{2,8}\.?[ ]\d{2,4},?[ ]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?[\])】]?`;
/** An app's tag before the time stamp of an exported chat line ("[WhatsApp] 18/1/2025 23:52 - "): not a speaker. */
const APP_TAG = String.raw`(?:[\[【][A-Za-z][A-Za-z ]{1,14}[\]】][ \t]*)?`;
/** A bracketed alias after a speaker ("小雪(闫雪)：") belongs to the label, not the message. */
const ALIAS = String.raw`(?:[ \t]*[(（][^()（）\n:：]{1,12}[)）])?`;
const SPEAKER_LINE = new RegExp(
  String.raw`^[ \t]*(${APP_TAG}${TIME}[ \t]*[-–—,]?[ \t]*)?(?:[\[【]([^\]】\n]{1,32})[\]】][ \t]*[:：]?|([^\n:：\[\]【】()（）]{1,32}?)${ALIAS}[ \t]*[:：])`,
  'gm',
);
/** An exported chat whose lines are "time, speaker, two spaces or a tab, message" (LINE, KakaoTalk): no colon. */
const GAP_LINE = new RegExp(String.raw`^[ \t]*${APP_TAG}${TIME}[ \t]+([^\n:：\t]{1,24}?)(?: {2,}|\t)(?=\S)`, 'gm');

/** A display name of two parts joined by a dash or a bar ("大姐-丽萍", "阿嬷的孙女-佩珊", "Mum - Sarah"). */
const TWO_PARTS = /^(.+?)[ \t]*[-–—|｜/][ \t]*(.+)$/;
/** A relation or a role as one part of a display name: a kin noun after an optional size or birth order and an
 * optional owner ("阿嬷的孙女", "二姐", "大女儿"), a speaker role, a job ending in 师/员/长 ("护理师"); in English a kin
 * noun or a speaker role. */
const RELATION_ZH = new RegExp(`^(?:[\u4e00-\u9fff]{1,5}的)?[大小二三四五六七八九十]?(?:${KIN_ZH}|[姐哥弟妹嫂婿])$|^[\u4e00-\u9fff]{1,3}[师员长]$`);
const RELATION_EN = new RegExp(`^${KIN_EN}$`, 'i');
const isRelation = (part: string): boolean => RELATION_ZH.test(part) || ROLES_ZH.test(part) || RELATION_EN.test(part) || ROLES_EN.has(part.toLowerCase());

/**
 * The name part of a display name that puts a relation or a role beside the name ([from, to) in the label), or null:
 * the other part must be shaped like a name (namePart), so "医生-门诊", "血压-晨起", "BP - morning" name nobody.
 */
function relatedName(label: string, lexicon: NameLexicon | undefined): [number, number] | null {
  const m = TWO_PARTS.exec(label);
  if (!m || /\d/.test(label)) return null;
  const [a, b] = [m[1].trim(), m[2].trim()];
  // A medicine beside a relation is a log of who takes what ("爸爸-华法林：3mg", "Mum - Zopiclone: 7.5mg"), not a name.
  const person = (w: string) => namePart(w, lexicon) && !medicineName(w);
  if (isRelation(a) && !isRelation(b) && person(b)) return [label.length - b.length, label.length];
  if (isRelation(b) && !isRelation(a) && person(a)) return [0, a.length];
  return null;
}

/** A medicine the drug knowledge names (Chinese or Latin) or one shaped like a medicine (an INN stem). */
const medicineName = (w: string): boolean => (/[\u4e00-\u9fff]/.test(w) ? knownMedicineZh(w) : knownMedicine(w) || isMedicineShape(w));

/** A line whose message opens with a dose ("：3mg", ": 2 puffs", "：1片"): the label names what is taken. */
function doseLine(text: string, labelEnd: number): boolean {
  const message = text.slice(labelEnd, labelEnd + 40).replace(/^[^:：\n]*[:：][ \t]*/, '');
  return (
    MEDICINE_AFTER.test(message) ||
    /^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*(?:mg|mcg|ml|units?|puffs?|tabs?|片|粒|颗|支|袋|滴|喷|毫克|毫升|单位)/i.test(message)
  );
}

interface SpeakerSlot {
  label: string;
  start: number;
  timed: boolean;
  bracketed: boolean;
}

/** Transcript speakers: a label before a chat line names a person unless it is a role. */
export function speakers(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  const slots: SpeakerSlot[] = [];
  SPEAKER_LINE.lastIndex = 0;
  for (const m of text.matchAll(SPEAKER_LINE)) {
    const raw = m[2] ?? m[3];
    if (!raw?.trim()) continue;
    const lead = raw.length - raw.trimStart().length;
    const start = (m.index ?? 0) + m[0].indexOf(raw) + lead;
    slots.push({ label: raw.trim(), start, timed: Boolean(m[1]), bracketed: m[2] !== undefined });
  }
  if (/ {2}|\t/.test(text)) gapSpeakers(text, lexicon, out);
  if (slots.length < 2) return;
  // Display names that put a relation beside the name open a family chat's lines: two such lines make them speakers,
  // recurring or not ("大姐-丽萍：…\n小弟-建军：…").
  const related = slots.map((s) => (doseLine(text, s.start + s.label.length) ? null : relatedName(s.label, lexicon)));
  if (related.filter(Boolean).length >= 2) {
    slots.forEach((s, i) => {
      const r = related[i];
      if (r) out.push(span('NAME', text, s.start + r[0], s.start + r[1]));
    });
  }
  const count = new Map<string, number>();
  for (const s of slots) count.set(s.label.toLowerCase(), (count.get(s.label.toLowerCase()) ?? 0) + 1);
  const recurring = [...count.values()].filter((n) => n >= 2).length;
  const timed = slots.filter((s) => s.timed || s.bracketed).length >= 2;
  for (const s of slots) {
    const isSpeaker = ((s.timed || s.bracketed) && timed) || (recurring >= 2 && (count.get(s.label.toLowerCase()) ?? 0) >= 2);
    if (!isSpeaker) continue;
    const person = personInLabel(s.label, lexicon, (count.get(s.label.toLowerCase()) ?? 0) >= 2, (s.timed || s.bracketed) && timed);
    if (person) out.push(span('NAME', text, s.start + person[0], s.start + person[1]));
  }
}

const MIXED_CALL = /^\p{Lu}[a-z]{1,9}(?:仔|哥|姐|嫂|叔|姨|妹|女)$|^阿\p{Lu}[a-z]{1,9}$/u;

/** The part of a speaker label that names a person ([from, to) in the label), or null for a role. */
function personInLabel(label: string, lexicon: NameLexicon | undefined, recurring = false, timed = false): [number, number] | null {
  if (/\d/.test(label) || label.length > 32) return null;
  // A Latin name with a Cantonese affix ("Ming仔", "阿Ken", "Ken哥") is how friends call each other.
  if (MIXED_CALL.test(label)) return [0, label.length];
  if (/[\u4e00-\u9fff]/.test(label)) {
    const core = label.replace(/^(?:患者|家属|医生|护士)?/, '');
    if (ROLES_ZH.test(label) || ROLES_ZH.test(core) || core.length < 2 || core.length > 5) return null;
    // A parent or sibling named after someone ("晓彤妈妈" names 晓彤; "芳姐" is how she is called).
    const parent = /^([\u4e00-\u9fff]{1,2})(?:妈妈|媽媽|爸爸|妈|媽|爸|奶奶|爷爷|爺爺)$/.exec(core);
    if (parent && [...parent[1]].every((c) => GIVEN_CHARS.has(c))) return [label.length - core.length, label.length - core.length + parent[1].length];
    if (/^[\u4e00-\u9fff][姐哥嫂姨叔]$/.test(core) && GIVEN_CHARS.has(core[0])) return [label.length - core.length, label.length];
    const sn = COMPOUNDS.has(core.slice(0, 2)) || SURNAMES.has(core[0]);
    if (!sn && !/^[阿小老]/.test(core) && core[0] !== core[1] && !core.includes('·') && !(recurring && core.length <= 3)) return null;
    return [label.length - core.length, label.length];
  }
  const words = [...label.matchAll(/[\p{L}][\p{L}'’./-]*/gu)];
  if (!words.length || words.length > 4) return null;
  let i = 0;
  while (i < words.length && ROLES_EN.has(words[i][0].replace(/\.$/, '').toLowerCase())) i++;
  const rest = words.slice(i);
  if (!rest.length) return null;
  // In a timed transcript (an exported chat) a label that is not a role is a person, lower-case or not ("kelvin").
  if (timed && rest.length <= 2 && rest.every((w) => /^\p{L}[\p{L}'’-]*\.?$/u.test(w[0]))) {
    const from = rest[0].index ?? 0;
    const last = rest[rest.length - 1];
    return [from, (last.index ?? 0) + last[0].replace(/\.$/, '').length];
  }
  // A recurring upper-case label that is a known first name ("DALE:") is the person, though also a word (dale).
  const shout = (w: string) => recurring && /^\p{Lu}{3,}$/u.test(w) && FIRST_NAMES.has(w[0] + w.slice(1).toLowerCase());
  const named = rest.some((w) => !englishWord(w[0].replace(/\.$/, '')) || /^\p{Lu}\p{Ll}/u.test(w[0]) || shout(w[0]));
  if (
    !named ||
    rest.some((w) => !PARTICLES.has(w[0]) && !latinNameWord(w[0].replace(/\.$/, ''), lexicon, false) && englishWord(w[0]) && !/^\p{Lu}/u.test(w[0]))
  )
    return null;
  const from = rest[0].index ?? 0;
  const last = rest[rest.length - 1];
  return [from, (last.index ?? 0) + last[0].replace(/\.$/, '').length];
}

/**
 * Speakers of a gap-separated chat export: a display name may hold a relation or a role beside the name ("阿嬤的孫子 俊宏",
 * "Amber 個管師"); only its parts shaped like a name are the person, and only where the same display name opens two
 * lines or more (a nursing record's "08:00 体温  37.5" never has a name-shaped part).
 */
function gapSpeakers(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  const found: { at: number; label: string }[] = [];
  GAP_LINE.lastIndex = 0;
  for (const m of text.matchAll(GAP_LINE)) {
    const label = m[1].trim();
    if (/\d/.test(label)) continue;
    found.push({ at: (m.index ?? 0) + m[0].lastIndexOf(label, m[0].length - 1), label });
  }
  const count = new Map<string, number>();
  for (const f of found) count.set(f.label, (count.get(f.label) ?? 0) + 1);
  for (const f of found) {
    if ((count.get(f.label) ?? 0) < 2) continue;
    for (const part of f.label.matchAll(/[^ ]+/g)) {
      if (!namePart(part[0], lexicon)) continue;
      out.push(span('NAME', text, f.at + (part.index ?? 0), f.at + (part.index ?? 0) + part[0].length));
    }
  }
}

/** One space-separated part of a display name that is shaped like a name: 俊宏, 王小明, 阿玲, Amber, Ming仔. */
function namePart(w: string, lexicon: NameLexicon | undefined): boolean {
  if (MIXED_CALL.test(w)) return latinNameWord(w.replace(/[阿\u4e00-\u9fff]/g, ''), lexicon, false);
  if (/^\p{Lu}[a-z]{1,11}$/u.test(w)) return (FIRST_NAMES.has(w) || !englishWord(w)) && latinNameWord(w, lexicon, !FIRST_NAMES.has(w));
  if (!/^[\u4e00-\u9fff]{2,3}$/.test(w) || ROLES_ZH.test(w) || lexicon?.has(w)) return false;
  const sn = COMPOUNDS.has(w.slice(0, 2)) ? 2 : SURNAMES.has(w[0]) ? 1 : 0;
  return (sn > 0 && w.length > sn && plausibleGiven(w.slice(sn))) || (w.length === 2 && plausibleGiven(w)) || /^[阿小老][\u4e00-\u9fff]$/.test(w);
}
