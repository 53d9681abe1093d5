// A denial answers the question that was ASKED. A reply is read clause by clause; each clause is said of someone (the
// writer, another person, or no one named) and either negates something or tells something. A negation is a denial
// only when what it negates is a sign — the thing a question of the turn asked, or a danger sign the triage's sign
// reader knows — and the clause is the patient's. A negation that IS the finding is no denial:
//   - an inability: "can't breathe properly", "unable to stand", "won't wake", 叫不醒, 喘不上气, 躺不平, 尿不出, 没法躺平;
//   - a vital function negated: "hasn't weed since yesterday", "not drinking", "doesn't respond", 一口水都没喝, 没去过厕所;
//   - the writer's own denial in a consultation about someone else ("我没有胸痛，他有") and an affirmation of another
//     person beside it ("…he has", 他有) — per person, per clause.
// Replies in traditional characters or Cantonese are read in their reading form (reading-form.ts: 沒有 → 没有, 不會頭暈 →
// 不会头晕, 冇 → 没, 唔 → 不, 佢 → 他), so 冇嘔 and 唔係頭痛 are denials, 叫極都唔醒 a finding.
// Used by conditional-emergency.ts, which alone may act on it. Pure; no shared word list is widened.
import type { SignId } from '../safety/red-flags/signs.js';
import { findSigns, scanSigns } from '../safety/triage/sign-scan.js';
import { charsNear, enSymptomGroups, foldPatientZh } from '../knowledge/symptom-conditions.js';
import { conceptsIn } from './concepts.js';
import { consultReadingForm } from './reading-form.js';
import { isYes } from './replies.js';

/** How one clause of a reply answers. */
export type ClauseAnswer = 'denies-asked' | 'denies-sign' | 'denies-other' | 'finding' | 'yes' | 'unknown' | 'neutral' | 'someone-else';

export interface ClauseReading {
  clause: string;
  answer: ClauseAnswer;
  /** Why, for the notes and tests: the rule that decided. */
  why: string;
}

/** Who the reply's clauses must be about: the writer, or another person the consultation is about. */
export interface ReplyFrame {
  patientIsOther: boolean;
}

/** Clause ends: sentence marks, commas, semicolons, list numbers and a contrast ("but", 但是, 不过, 就是, 只是). */
const CLAUSE_SPLIT =
  /[。；;！!？?\n，,]+|\.(?!\d)\s*|\s+(?=\d{1,2}\s*[.、)．]\s)|\s*\b(?:but|though|although|however|except|whereas)\b\s*|(?:但是|但|不过|可是|只是|就是)(?=\S)/i;

const EN_NEG =
  /\b(?:no|not|none|never|nothing|nope|nah|neither|nor|without|cannot|(?:isn|aren|wasn|weren|hasn|haven|hadn|doesn|don|didn|can|couldn|won|wouldn|shouldn)'?t)\b/i;
const ZH_NEG = /没|無|无|不|未|别|否/;

/** Words that say the state is unknown ("not sure", "haven't checked", 不清楚, 没量, 唔知). */
const UNKNOWN =
  /\b(?:not (?:\w+ )?sure|unsure|(?:don'?t|do not|didn'?t) know|no idea|can'?t (?:tell|say|remember|be sure)|hard to (?:tell|say)|not certain|that (?:i|we) know of|(?:haven'?t|didn'?t|hasn'?t) (?:checked|looked|measured|taken|tested|done|tried)|not (?:checked|measured|taken))\b|不(?:太|大|是很|怎么)?(?:清楚|知道|确定|记得)|说不好|说不清|说不准|不好说|没(?:看|量|测|探|查)|不知|唔知|冇探/i;

/** An inability: a modal of not being able with its verb (en), a potential complement V不C or 没法/无法/不能 + V (zh). */
const EN_INABILITY =
  /\b(?:can'?t|cannot|couldn'?t|unable to|won'?t|wouldn'?t|not able to)\s+(?:\w+\s+){0,2}?(?:breathe|breath|catch|talk|speak|swallow|stand|walk|move|lift|wake|stay awake|keep (?:anything|fluids|water|food)|see|feel|lie|sleep|drink|eat|pee|wee|urinate|pass|stop|respond|open|get (?:up|out|a word|words))/i;
const ZH_INABILITY =
  /(?<![也都并还又就我他她它很太从再且])(?:喘|呼吸|醒|叫|站|走|躺|睡|尿|吞|咽|喝|吃|说|讲|动|抬|举|看|止|压|退|坐|起)不(?:上|过|醒|起|动|平|下|出|住|了|清|进|来|到|见|着)|(?:没法|没办法|无法|不能|不可以|动不了)\s*(?:呼吸|躺|平躺|睡|站|走|说|讲|吞|咽|喝|吃|尿|动|醒|坐)|叫(?:极|了半天|半天)?都?(?:不|没)醒|(?:一)?躺下?就(?:喘|憋|咳)|憋醒|只能(?:坐|趴|靠)/;

/** A vital function negated: drinking, passing urine, breathing, waking, responding — the function itself, not a
 *  symptom of it ("no trouble breathing", "no pain when I pee", 没有呼吸困难 are denials of the symptom). */
const EN_FUNCTION =
  /\b(?:breath(?:e|es|ed|ing)?|respond(?:s|ed|ing)?|responsive|wak(?:e|es|ing|en|ened)|woke|drink(?:s|ing)?|drunk|drank|fluids?|pee(?:d|s|ing)?|wee(?:d|s|ing)?|weed|urin(?:e|ated|ating)|pass(?:ed|ing)? (?:water|urine)|wet (?:nappies|nappy|diapers?)|eat(?:s|ing|en)?|ate|mov(?:e|es|ed|ing)|talk(?:s|ed|ing)?|speak(?:s|ing)?|recogni[sz]\w*)\b/i;
const EN_SYMPTOM_BETWEEN =
  /\b(?:trouble|difficult\w*|problems?|issues?|pain\w*|sting\w*|burn\w*|blood|short\w*|hard|fast|noisy|wheez\w*|worse|change\w*|more|less|much|any (?:pain|blood|trouble))\b/i;
const ZH_FUNCTION = /尿|小便|厕所|喝|饮|水|吃|进食|呼吸|醒|反应|认(?:人|得|出)|动/;
const ZH_SYMPTOM_AFTER = /^(?:[^，。]{0,2})?(?:困难|急促|费力|不畅|痛|疼|血|难受|问题|异常|变化|减少|增多|频|急|黄|浑|浊|臭|泡)/;

/** Signs worded by a negation: bleeding that will not stop, a fever that does not come down, unwell (不舒服, 不对劲). */
const NEGATION_IS_THE_SIGN =
  /\b(?:(?:not|won'?t|doesn'?t|didn'?t|isn'?t|hasn'?t)\s+(?:\w+\s+)?(?:stop(?:ping|ped)?|settl\w*|com(?:e|ing) down|go(?:ing)? down|let(?:ting)? up|ease|easing))\b|not (?:right|himself|herself|myself|themselves|making sense)|\b(?:doesn'?t|didn'?t|don'?t|does not|did not) (?:know|recogni[sz]e) (?:where|who|what|me|us|her|him)\b|不止|不稳|不认识|认不出|认不得|不认得|不知道自己|不停|不退|不断|不舒服|不适|不对劲|不对|不清醒|不省人事|止不住|不醒人事/i;

/** Danger told in everyday words the sign reader may miss: a colour or feel of the skin or lips, drowsiness, confusion. */
const DANGER_LOOK =
  /\b(?:blue|bluish|grey|gray|mottled|clammy|purple|ashen|floppy|limp|drowsy|hard to (?:rouse|wake)|confused|muddled|delirious|talking nonsense|cold sweat|passed out|fainted|collapsed)\b|发紫|发青|发灰|发绀|冒冷汗|出冷汗|冷汗|说胡话|胡言乱语|糊涂|迷糊|昏昏沉沉|叫不应|软绵绵|晕倒|昏倒|抽搐|抽筋/i;

/** A state told as normal or as usual. */
const NORMAL =
  /\b(?:fine|normal(?:ly)?|ok(?:ay)?|alright|all right|good|clear|as usual|same as (?:always|usual|normal))\b|正常|还好|還好|没事|挺好|好好|跟平时一样|跟平时差不多|和平时一样|如常/i;

/** Another person carries the clause ("he has", "she does", 他有, 她是) — an affirmation of someone else's sign. */
const OTHER_AFFIRMS =
  /^(?:and\s+|but\s+)?(?:he|she|they)(?:\s+(?:has|does|did|is|was|had|do|have))(?:\s+(?:too|though|it|that|one|some|a bit|a little))?\s*$|^(?:而|可|但)?(?:他|她)(?:却|倒是|倒)?(?:有|是|会)(?:的|啊|呀|哦|了|点)?\s*$/i;
const WRITER = /^[\s\p{P}]*(?:i|i'm|i've|i'd|me|my|myself)\b|^[\s\p{P}]*我(?!妈|爸|老|儿|女|家|婆|公|哥|姐|弟|妹|爷|奶|外|孩|们|的孩|的宝|宝|仔|囡|阿)/iu;

/** Stop words that carry no sign (en): a negated object must keep a content word to be compared with the question. */
const EN_STOP = new Set(
  'a an the any anything of to in on at for with and or her his their my your is are was were been be has have had do does did it this that she he they i me so very really much bit at all just since today yesterday come came coming go goes going get got feel feels like take taking how long there when what more than less usual normal one side both new such example could you can'.split(
    ' ',
  ),
);

function enStems(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length >= 3 && !EN_STOP.has(w)).map((w) => w.slice(0, Math.min(5, w.length))));
}
/** Han bigrams of a text, and its single sign characters (疼, 痛, 晕, 吐, 呕, 烧, 肿, 红, 喘, 麻, 血). */
function zhGrams(s: string): Set<string> {
  const han = s.replace(/[^\p{Script=Han}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  for (const c of han) if ('疼痛晕吐呕烧肿红喘麻血紫黑咳泻昏'.includes(c)) out.add(c);
  return out;
}

/** Does a negated object name something the turn asked (a shared content word or Han bigram/sign character)? */
function namesAsked(object: string, askedText: string): boolean {
  const a = enStems(askedText);
  for (const w of enStems(object)) if (a.has(w)) return true;
  const za = zhGrams(askedText);
  for (const g of zhGrams(object)) if (za.has(g)) return true;
  return false;
}

const BARE_NO =
  /^\s*(?:\d{1,2}\s*[.、)．]\s*)?(?:no+|nope|nah|none(?: of (?:those|these|them|that))?|not really|never|没有|没|都没有|都没|不是|不会|无|否|没事|冇|唔系)[\s.。!！~]*$/i;

/** Reads one clause (already in its reading form). */
function readClause(clause: string, askedText: string, frame: ReplyFrame, zh: boolean): ClauseReading {
  const c = clause.trim();
  const r = (answer: ClauseAnswer, why: string): ClauseReading => ({ clause: c, answer, why });
  if (!c) return r('neutral', 'empty');
  if (UNKNOWN.test(c)) return r('unknown', 'unknown');
  if ((zh ? ZH_INABILITY : EN_INABILITY).test(c) || ZH_INABILITY.test(c)) return r('finding', 'inability');
  if (NEGATION_IS_THE_SIGN.test(c)) return r('finding', 'a sign worded by its negation');
  if (BARE_NO.test(c)) return r('denies-asked', 'bare no');
  const neg = zh ? (ZH_NEG.exec(c) ?? EN_NEG.exec(c)) : (EN_NEG.exec(c) ?? ZH_NEG.exec(c));
  if (!neg) {
    if (OTHER_AFFIRMS.test(c)) return r('yes', 'another person affirms');
    if (isYes(c)) return r('yes', 'yes');
    if (findSigns(c).length > 0 || DANGER_LOOK.test(c)) return r('finding', 'a sign told');
    // Told as normal ("vision's fine", 尿量正常): a denial of what it names. Told otherwise, an asked sign described
    // without a negation ("中午有些发冷" to 发烧发冷) is the patient's yes in their own words.
    if (NORMAL.test(c)) return r(namesAsked(c, askedText) ? 'denies-asked' : 'neutral', 'told as normal');
    if (namesAsked(c, askedText)) return r('finding', 'an asked sign described');
    return r('neutral', 'told, no sign');
  }
  const object = c.slice(neg.index + neg[0].length);
  // The function itself negated, with no symptom word between the negation and it.
  const en = EN_FUNCTION.exec(object);
  if (
    en &&
    !EN_SYMPTOM_BETWEEN.test(object.slice(0, en.index + en[0].length)) &&
    !/^\s*(?:trouble|problems?|difficult\w*|issues?|pain|changes?)\b/i.test(object.slice(en.index + en[0].length))
  )
    return r('finding', 'vital function negated');
  const zf = ZH_FUNCTION.exec(object);
  if (zf && zf.index <= 6 && !ZH_SYMPTOM_AFTER.test(object.slice(zf.index + zf[0].length)) && !/(?:困难|急促|费力|痛|疼|问题)/.test(object.slice(0, zf.index)))
    return r('finding', 'vital function negated');
  // Per person: the writer's own denial answers nothing about someone else.
  if (frame.patientIsOther && WRITER.test(c)) return r('someone-else', "the writer's own");
  // A sign told before the negation, outside its scope ("swollen, not red"), is told; the negated object itself is not
  // read by the sign reader, which misses some negations (不会头晕, "isn't red or swollen").
  if (findSigns(c.slice(0, neg.index)).length > 0) return r('finding', 'a sign told before the negation');
  if (namesAsked(object, askedText)) return r('denies-asked', 'negates what was asked');
  const plain = c.slice(0, neg.index) + object;
  if (findSigns(plain).length > 0) return r('denies-sign', 'negates a danger sign');
  return r('denies-other', 'negates something not asked');
}

/** Pure: every clause of a reply read against the questions of the turn it answers. */
export function readReplyClauses(asked: readonly string[], reply: string, frame: ReplyFrame): ClauseReading[] {
  const form = consultReadingForm(reply.replace(/[’‘]/g, "'"));
  const zh = /\p{Script=Han}/u.test(form);
  const askedText = consultReadingForm(asked.join(' '));
  const out: ClauseReading[] = [];
  for (const part of form.split(CLAUSE_SPLIT)) {
    if (!part?.trim()) continue;
    const read = readClause(part, askedText, frame, zh);
    // "No fever, stiff neck or rash": a short subjectless item after a denial is still under that denial.
    const prev = out[out.length - 1];
    if (
      !zh &&
      prev &&
      (prev.answer === 'denies-asked' || prev.answer === 'denies-sign') &&
      read.answer === 'finding' &&
      read.why === 'a sign told' &&
      /^\s*(?:or\s+|and\s+)?[a-z\s-]{1,30}$/i.test(part) &&
      part.trim().split(/\s+/).length <= 4 &&
      !/\b(?:i|he|she|they|it|is|has|was|got|feels?|now|but)\b/i.test(part)
    ) {
      out.push({ clause: part.trim(), answer: namesAsked(part, askedText) ? 'denies-asked' : 'denies-sign', why: 'under the denial before it' });
      continue;
    }
    out.push(read);
  }
  return out;
}

/** One question turn and the reply that followed it. */
export interface AnsweredTurn {
  asked: readonly string[];
  reply: string;
}

/**
 * Pure: do the replies deny what was asked — at least one asked sign denied by the patient, and no clause that tells a
 * finding (a sign, an inability, a vital function negated), a yes (the patient's or another person's affirmation) or
 * an unknown. Clauses that tell nothing of a sign, and denials of things not asked, neither count for nor against.
 */
export function deniesWhatWasAsked(turns: readonly AnsweredTurn[], frame: ReplyFrame): boolean {
  if (turns.length === 0) return false;
  const read = turns.flatMap((t) => readReplyClauses(t.asked, t.reply, frame));
  return read.some((x) => x.answer === 'denies-asked') && !read.some((x) => x.answer === 'finding' || x.answer === 'yes' || x.answer === 'unknown');
}

// ── Coverage: EVERY warning sign the turn asked is denied, each by its concept ─────────────────────────────────────
// Session 35 lowered on ONE denied sign and was reverted: the turn's questions re-asked the opening's own danger (一侧无力
// 麻木 to 左边手脚没力气, 黑便 to 大便黑黑的, severe belly pain), the reply denied the other items and said nothing of it.
// Here each question is cut into its sign items ("Any dizziness, racing heart, cold sweat or fainting?" → four) and
// each item must be denied: by a bare "no" to the whole turn, or by a denial clause that names the item's concept —
// the triage's sign vocabulary (scanSigns: 冇嘔 / "not been sick" deny nauseaVomit whatever the words) or the complaint
// concepts (concepts.ts, both languages); only an item neither knows is matched by its own words, all of them.

/** A question's sign items: cut at list marks and "or"/或; examples in brackets belong to the item before them. */
export function askedItems(question: string): string[] {
  return consultReadingForm(question)
    .replace(/[（(][^）)]*[）)]/g, ' ')
    .replace(/^\s*(?:any|is|are|does|did|has|have|was|were|could|can)\b\s*/i, '')
    .split(/[、，,；;/？?：:—–]|\s+or\s+|\s+and\s+|或者|或是|或/i)
    .map((x) =>
      x
        .replace(/^\s*(?:or|and|with|any|other|is the \w+|are you|do you have|did it|has it)\b\s*/gi, '')
        .replace(/^(?:有没有|是不是|是否|有无|会不会|伴有|还是|以及|和|或)/, '')
        .trim(),
    )
    .filter((x) => /[\p{Script=Han}]{2}|[a-z]{3}/iu.test(x));
}

/** The sign ids and concepts an item names (what a denial must name to answer it). */
function itemConcepts(item: string): { signs: Set<SignId>; concepts: Set<number> } {
  const s = scanSigns(item);
  return {
    signs: new Set([...s.hits.map((h) => h.sign), ...s.denied].filter((x) => x !== 'infant' && x !== 'child')),
    concepts: new Set(conceptsIn(item)),
  };
}

/** Every content word (en stems) or most Han bigrams of an item found in a denial clause: the fallback for an item that
 *  neither the sign vocabulary nor the concepts know ("did it come on suddenly" has its own sign; "dimpling" has none). */
function wordsCover(item: string, clause: string): boolean {
  const stems = [...enStems(item)];
  if (stems.length > 0) {
    const c = enStems(clause);
    return stems.every((w) => c.has(w));
  }
  const grams = [...zhGrams(item)].filter((g) => g.length === 2);
  if (grams.length === 0) return false;
  const c = zhGrams(clause);
  return grams.filter((g) => c.has(g)).length * 2 >= grams.length;
}

/** Han characters that carry no sign (question and list words): not counted when an item is looked for. */
const ZH_FUNCTION_CHARS = /[有没是的了或和与及吗呢么不会能还也都很一个]/g;
/** Body sites: a shared site (手, 胸) is no shared sign. */
const ZH_BODY_CHARS = /[头手脚腿胸腹背眼耳口鼻脸心身体皮肤颈腰肩臂便尿]/;
/** English body sites an asked sign can be at. */
const EN_BODY_SITES = /\b(?:chest|head|belly|tummy|stomach|abdomen|heart|eye|ear|face|arm|leg|calf|neck|back|skin|lips?|throat|testic\w*|breast|nipple)/g;
/** English group words too general to say an item was described ("any", "pain" alone is no sign of which). */
const EN_TOO_GENERAL = new Set(['pain', 'sudden', 'suddenly', 'come', 'came', 'any', 'severe', 'new', 'worse', 'bad']);

/**
 * Did the OPENING describe an asked item in its own words — 大便黑黑的 for 黑便, 脸色有点白 for 脸色苍白, "my poo has gone
 * black" for black stools? The project's patient reading (symptom-conditions.ts): Chinese folded to the pages'
 * characters (大便 → 便) with two of the item's sign characters a few apart; English by the item's word groups, one
 * specific group said. Generous on purpose: a false "described" only keeps a level, never lowers one.
 */
export function openingDescribes(opening: string, item: string): boolean {
  // Where: an asked sign at a body site the opening's own complaint is at (胸痛 to 胸口像胃胀气, "chest pain" to "my chest
  // feels tight") is the opening's complaint asked again — a "no" does not settle what the opening told there.
  const itemSites = consultReadingForm(item).match(new RegExp(ZH_BODY_CHARS.source, 'g')) ?? [];
  const openingForm = consultReadingForm(opening);
  if (itemSites.some((c) => openingForm.includes(c))) return true;
  const enSites = item.toLowerCase().match(EN_BODY_SITES) ?? [];
  if (enSites.some((w) => new RegExp(`\\b${w}`, 'i').test(opening))) return true;
  const zhItem = foldPatientZh(consultReadingForm(item))
    .replace(/[^\p{Script=Han}]/gu, '')
    .replace(ZH_FUNCTION_CHARS, '');
  if (zhItem.length >= 2) {
    const text = foldPatientZh(openingForm);
    const chars = [...new Set(zhItem)];
    for (let i = 0; i < chars.length; i++) for (let j = i + 1; j < chars.length; j++) if (charsNear(text, chars[i] + chars[j])) return true;
    // A two-character sign shares its quality with the patient's word (迷糊 for 糊涂, 晕乎乎 for 头晕): one of its
    // characters that names no body site is enough.
    return chars.length === 2 && chars.some((c) => !ZH_BODY_CHARS.test(c) && text.includes(c));
  }
  const words = new Set((opening.toLowerCase().match(/[a-z]+/g) ?? []).flatMap((w) => enSymptomGroups(w).flat()));
  return enSymptomGroups(item).some((g) => g.some((w) => !EN_TOO_GENERAL.has(w) && w.length >= 3 && words.has(w)));
}

/** Words that point back at the turn's list ("none of those", "no to all of them", 以上都没有, 全部都冇) — no sign. */
const EN_LIST_WORDS = new Set(
  'no not none nothing nope nah never neither of those these them that this all any to like at the above really i don t think so thanks thank you either both one it s'.split(
    ' ',
  ),
);
const ZH_LIST_WORDS = /以上|上面|全部|统统|通通|一样|这些|那些|哪个|其他|都|也|没有|没|无|不是|不|冇|呢|啊|呀|的|是|个|一/g;

/** A clause that denies the turn's whole list: a negation and nothing but words pointing back at the list. */
function deniesTheWholeList(clause: string): boolean {
  if (!EN_NEG.test(clause) && !ZH_NEG.test(clause) && !/冇/.test(clause)) return false;
  const en = (clause.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !EN_LIST_WORDS.has(w));
  const zh = clause.replace(/[^\p{Script=Han}]/gu, '').replace(ZH_LIST_WORDS, '');
  return en.length === 0 && zh.length === 0;
}

/** The opening's own danger told in everyday words or by its negation (muddled, 迷糊, can't wake, 叫不醒): a level it
 *  carries is no suspicion a reply can settle. */
export function openingTellsDanger(opening: string): boolean {
  const form = consultReadingForm(opening.replace(/[’‘]/g, "'"));
  return DANGER_LOOK.test(form) || NEGATION_IS_THE_SIGN.test(form) || EN_INABILITY.test(form) || ZH_INABILITY.test(form);
}

export interface Coverage {
  /** Every asked sign item denied, nothing told, affirmed or unknown, and the opening's own signs denied. */
  covered: boolean;
  /** Why not, for the notes and tests: the first item left undenied or the clause that told something. */
  why: string;
}

export interface CoverageOptions {
  /** Questions that ask no warning sign (how long, how old, pregnancy, risk factors): not items to deny. */
  isBasic: (question: string) => boolean;
  /** The danger signs the opening itself described (the triage's sign reader): each must be denied explicitly. */
  openingSigns?: readonly SignId[];
  /** The opening's own words: an asked item they describe is the opening's sign, which a reply's "no" does not withdraw. */
  opening?: string;
}

const DENIAL_KINDS: ReadonlySet<ClauseAnswer> = new Set(['denies-asked', 'denies-sign', 'denies-other']);

/**
 * Pure: do the replies deny EVERY warning sign the turns asked, each by its concept (or a bare "no" to its whole turn),
 * and every danger sign the opening described — with no clause telling a finding, a yes or an unknown?
 */
export function deniesEveryAskedSign(turns: readonly AnsweredTurn[], frame: ReplyFrame, o: CoverageOptions): Coverage {
  if (turns.length === 0) return { covered: false, why: 'no turn answered' };
  const deniedSigns = new Set<SignId>();
  const deniedConcepts = new Set<number>();
  const denialClauses: string[] = [];
  const bareNoTurn: boolean[] = [];
  for (const t of turns) {
    const read = readReplyClauses(t.asked, t.reply, frame);
    const bad = read.find((x) => x.answer === 'finding' || x.answer === 'yes' || x.answer === 'unknown' || x.answer === 'someone-else');
    if (bad) return { covered: false, why: `${bad.answer} (${bad.why}): ${bad.clause}` };
    bareNoTurn.push(read.length > 0 && read.every((x) => x.why === 'bare no' || deniesTheWholeList(x.clause)));
    for (const x of read) {
      if (!DENIAL_KINDS.has(x.answer)) continue;
      denialClauses.push(x.clause);
      for (const d of scanSigns(x.clause).denied) deniedSigns.add(d);
      for (const c of conceptsIn(x.clause)) deniedConcepts.add(c);
    }
  }
  for (const [i, t] of turns.entries()) {
    for (const q of t.asked) {
      if (o.isBasic(q)) continue;
      for (const item of askedItems(q)) {
        // The opening told this sign in its own words: a denial answers whether it is still there, not whether it was.
        const k = itemConcepts(item);
        const known = k.signs.size > 0 || k.concepts.size > 0;
        if (known && o.opening && openingDescribes(o.opening, item)) return { covered: false, why: `the opening describes an asked sign: ${item}` };
        if (bareNoTurn[i]) continue;
        const denied = known
          ? [...k.signs].some((s) => deniedSigns.has(s)) || [...k.concepts].some((c) => deniedConcepts.has(c))
          : denialClauses.some((c) => wordsCover(item, c));
        if (!denied) return { covered: false, why: `asked item not denied: ${item}` };
      }
    }
  }
  if (o.opening && openingTellsDanger(o.opening)) return { covered: false, why: 'the opening tells a danger sign in everyday words' };
  const openingLeft = (o.openingSigns ?? []).find((s) => s !== 'infant' && s !== 'child' && !deniedSigns.has(s));
  if (openingLeft) return { covered: false, why: `the opening's own sign not denied: ${openingLeft}` };
  return { covered: true, why: 'every asked sign denied' };
}
