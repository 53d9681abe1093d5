// Where a Chinese "medicine" read only by its dose-form ending really is one (session 41). The shape reader
// (knowledge/drugs.ts) takes any run ending in 片 or 贴 with two characters before it for a medicine and the no-page note
// then widens it to six characters, across word boundaries: 小孩吃薯片, 化验单照片, 身上一片一片, 拍了片, 还天天吃钙片,
// 需要切片 were told "the knowledge base has no page about X" (a snack, a photo, a patch of rash, an X-ray, calcium
// — the KB has Calcium, Biopsy and X-Rays pages). But 片 and 贴 are also a measure word ("a patch of") and the last
// character of everyday words. The structural reading: segment the question into words (jieba's base dictionary) and
// look at the WORD the name ends in, with the shape reader's own rule applied to that word rather than to the run:
//   - the name lies inside one word: as read (护肝片, 牛黄解毒片 when segmented whole);
//   - the head word is a two-character word whose part before 片/贴 is one character (薯片, 照片, 钙片, 切片, 胸片, 拍片,
//     大片): the shape reader itself never reads a one-character core as a name, so neither is it one here;
//   - the head word is a count (一片, 半片, 一片片): a PATCH only on the evidence of one — a size or a repeat (一大片,
//     一片一片) or a place or "that" before it in its clause (身上起了一片, 那儿长了一片) with no medicine or verb of
//     taking in between — and otherwise kept as read, so a medicine the shape reader only caught through its dose
//     ("吡坦每晚一片", 早晚各一片, 最多一片) keeps its "no page" warning (s40 review S1);
//   - a lone 片/贴 after one character (拍了|片, 听人说|贴): an X-ray or a verb unless a dose frame (吃, 服, 每晚) or a
//     name comes right before it;
//   - else (a longer head word: 护肝片, 润喉片, 解毒片): the name, with leading function words cut (什么护肝片 → 护肝片).
// Pure apart from the segmenter's lazily loaded dictionary.
import { chineseTagged, type TaggedWord } from '../knowledge/chinese-words.js';
import { isMedicineShape } from '../knowledge/drugs.js';

/** The two dose forms that are also a measure word or an everyday word's last character (一片, 照片; 一贴, 贴膏药). */
const PLAIN_FORM = /[片贴貼]+$/u;
/** The word before a count that makes it a dose: a period (每晚, 每次, 一天, 早上) or a verb of taking or missing. */
const DOSE_FRAME = /(?:每[早晚天日次顿頓周週回]?|[天日晚早顿頓次周週])$|^(?:吃|服|用|含|来|來|漏|补|補|加|再|吞|喂|餵|食|嚼|塞)/u;
/** Particles skipped when reading the word before a count (漏了一片, 吃过一片, 就来两片). */
const PARTICLE = /^(?:了|过|過|着|著|就|都|又|还|還|才|先|咗)$/u;
/** Word classes of an acid or parent compound before a salt (枸橼酸/nz, 甲状腺素/l): nouns and set phrases. */
const SALT_PARENT_TAG = /^(?:n|nz|nr|nrt|nrfg|l)$/;
/** The head morpheme of a medicine word, named or a class (安眠药, 降压药, 冲剂, 救心丸). */
const MEDICINE_HEAD = /[药藥剂劑丸]$/u;
/** Function words (pronoun, adverb, particle, preposition, conjunction, verb) that start no medicine's name. */
const FUNCTION_TAG = /^(?:r|d|u|ul|uj|uz|ug|uv|ud|p|c|v|vn|vg|y|m|q|t|f|s)$/;

/** Is the name found only by its 片/贴 ending (no drug-stem ending before it; a salt ending is read by its word)? */
export function readByPlainForm(name: string): boolean {
  if (!PLAIN_FORM.test(name)) return false;
  return !isMedicineShape(name.replace(PLAIN_FORM, ''));
}

/**
 * The medicine a 片/贴-ended name of the question names, by the word it ends in: the name (possibly trimmed of
 * leading function words), or undefined when that word is a count or a plain word that names no medicine.
 */
export function doseFormName(question: string, name: string): string | undefined {
  const at = question.indexOf(name);
  if (at < 0 || !readByPlainForm(name)) return name;
  const end = at + name.length;
  const words = chineseTagged(question);
  const i = words.findIndex((w) => w.start < end && w.start + w.word.length >= end);
  if (i < 0) return name;
  const head = words[i];
  const headText = question.slice(Math.max(at, head.start), end);
  // A lone 片/贴 after a word of two or more characters is that word's dose form (三七|片): as read.
  const lone = /^[片贴貼]$/u.test(headText);
  if (lone && i > 0 && words[i - 1].word.length >= 2 && words[i - 1].start >= at) return name;
  // A count (jieba's numeral: 一片, 半片, 十几片, 一片片) or a lone 片/贴 after one character (拍了|片): a dose only in
  // a dose frame.
  if (lone) return doseBefore(words, i) ? name : undefined;
  // A count (jieba's numeral: 一片, 半片, 十几片, 一片片): a patch only on the evidence of one — a size or a repeat
  // (一大片, 一小片, 一整片, 一片片, 一片一片) or a place or "that" before it in its clause (身上起了一片, 那儿长了一片, 可那一片)
  // with no medicine or verb of taking in between. Otherwise as read: a dose is said in too many ways (早晚各一片,
  // 早上空腹一片, 最多一片) for a list of dose frames to keep every warning.
  if (head.tag === 'm') return areaCount(words, i) ? undefined : name;
  // A word ending in "one piece" (连成一片): a dose only when what comes before it in the word is a dose frame.
  const one = headText.match(/一[片贴貼]+$/u);
  if (one?.index) return DOSE_FRAME.test(headText.slice(0, one.index)) ? name : undefined;
  if (head.start <= at) return name;
  if (headText.replace(PLAIN_FORM, '').length < 2) {
    // A salt or element after its acid or parent word (甲状腺素|钠片, 枸橼酸|钾片) is that medicine's name; after a verb or
    // a conjunction (吃|钙片, 和|钙片) the word is 钙片 alone, whose core is one character.
    const prev = words[i - 1];
    const salt = prev && prev.start >= at && prev.word.length >= 2 && SALT_PARENT_TAG.test(prev.tag);
    if (salt && isMedicineShape(prev.word + headText.replace(PLAIN_FORM, ''), { loose: true })) return name;
    // Review fix (s41): a brand or noun word before a lozenge word (西瓜霜|含片, 金嗓子|喉片) is that medicine's name.
    const brand = prev && prev.start >= at && prev.word.length >= 2 && /^\p{Script=Han}+$/u.test(prev.word) && /^(?:nr|nz|nrt|nrfg|x)$/.test(prev.tag);
    return brand ? question.slice(prev.start, end) : undefined;
  }
  // A longer head word (护肝片): the name from the first word after the last function word.
  let from = i;
  while (from > 0 && words[from - 1].start >= at && !FUNCTION_TAG.test(words[from - 1].tag)) from--;
  return question.slice(Math.max(at, words[from].start), end);
}

/** Is the count words[i] a patch (of rash, of skin, of pain), by its own size or repeat or a place before it? */
function areaCount(words: readonly TaggedWord[], i: number): boolean {
  const count = words[i].word;
  if (/[大小整]|片片/u.test(count) || words[i - 1]?.word === count) return true;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const w = words[j];
    if (!/\p{Script=Han}/u.test(w.word)) return false;
    // A medicine (a name, a shaped word, a medicine word) or a verb of taking: the count is its dose.
    if (w.word.length >= 2 && /^(?:x|nr|nrt|nz|nrfg)$/.test(w.tag)) return false;
    if (isMedicineShape(w.word, { loose: true }) || MEDICINE_HEAD.test(w.word) || DOSE_FRAME.test(w.word)) return false;
    // A time (早上, 晚上, 睡前: jieba's t) sets a dose's hour, not a patch's place.
    if (w.tag === 't') return false;
    // A place (身上, 脸蛋上, 后面, 那儿) or "that" (那, 这): where the patch is.
    if (/^(?:s|f)$/.test(w.tag) || /^[那这這]/u.test(w.word) || (w.word.length >= 2 && /[上里裏]$/u.test(w.word))) return !medicineBefore(words, j);
  }
  return false;
}

/** Is the word before words[i] a name (思诺思 一片), or, particles skipped, a dose frame (吃了 一片, 每晚 一片)? */
function doseBefore(words: readonly TaggedWord[], i: number): boolean {
  if (i === 0) return false;
  const w = words[i - 1];
  // A name right before the count (a word jieba does not know or a proper name, of two or more characters) or a
  // medicine by its shape. Not across a particle: 上红|了|一片 is "went red in a patch".
  if (w.word.length >= 2 && /^(?:x|nr|nrt|nz|nrfg)$/.test(w.tag)) return true;
  if (/\p{Script=Han}/u.test(w.word) && isMedicineShape(w.word, { loose: true })) return true;
  // A word headed by 药/剂/丸 is a medicine, named or by its class (安眠药 一片, 降压药 半片): the count is its dose.
  if (MEDICINE_HEAD.test(w.word)) return true;
  let j = i - 1;
  while (j >= 0 && PARTICLE.test(words[j].word)) j--;
  return j >= 0 && DOSE_FRAME.test(words[j].word);
}

/** Review fix (s41): is a medicine read anywhere before words[j] (a shaped word, a 药/剂/丸 word, a name jieba does not know)? */
function medicineBefore(words: readonly TaggedWord[], j: number): boolean {
  for (let k = 0; k < j; k++) {
    const w = words[k];
    if (!/\p{Script=Han}/u.test(w.word)) continue;
    if (isMedicineShape(w.word, { loose: true }) || MEDICINE_HEAD.test(w.word)) return true;
    // Not x: jieba tags any unknown run x (烧一退 of 烧一退身上就起了一片).
    if (w.word.length >= 2 && /^(?:nr|nrt|nz|nrfg)$/.test(w.tag)) return true;
  }
  return false;
}
