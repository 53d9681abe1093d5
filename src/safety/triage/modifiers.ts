// Risk modifiers: who the patient is changes how far a symptom goes. The same belly pain is routine at 25 and urgent
// at 80 on a blood thinner; the same fever is routine at 3 years and an emergency at 3 weeks. Each modifier is a
// concept with zh + en wordings (and ages read as numbers), never a whole-message phrase.
import { parseNumber } from '../red-flags/numbers.js';
import { findAges, INFANT_MAX_DAYS } from '../red-flags/age.js';
import { clauseAt, clauses, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { signCarriers } from './persons.js';

export type ModifierId =
  | 'infant'
  /** Under one year (NICE: infants' danger signs and dehydration thresholds are stricter). */
  | 'underOne'
  | 'child'
  | 'elderly'
  | 'pregnant'
  | 'postpartum'
  | 'immunosuppressed'
  | 'anticoagulated'
  | 'insulin'
  | 'dialysis'
  | 'recentSurgery'
  | 'diabetic'
  | 'heartDisease'
  /** Sickle cell disease (acute chest syndrome, sepsis and stroke risk). */
  | 'sickleCell'
  /** An inherited or acquired bleeding disorder (haemophilia, von Willebrand, ITP, very low platelets). */
  | 'bleedingDisorder'
  /** No working spleen (splenectomy, or sickle cell's autosplenectomy is covered by sickleCell). */
  | 'asplenic';

interface ModifierDef {
  zh: RegExp[];
  en: RegExp[];
}

const MODIFIERS: Record<Exclude<ModifierId, 'infant' | 'underOne' | 'child' | 'elderly'>, ModifierDef> = {
  pregnant: {
    zh: [
      /怀孕|孕(?:期|妇|早期|中期|晚期|\d+\s*(?:周|个?月)|[一二三四五六七八九十]+\s*(?:周|个?月))|妊娠|怀(?:了)?(?:二胎|宝宝|孩子)|肚子里的(?:宝宝|孩子)|胎(?:动|儿|心)|预产期|产检|宫缩/,
    ],
    en: [
      /\bpregnan(?:t|cy)\b/i,
      /\b\d{1,2}\s*(?:weeks?|wks?)\s*(?:pregnant|along|gestation)\b/i,
      /\bweeks? along\b/i,
      /\bexpecting\b/i,
      /\bdue date\b/i,
      /\bthe baby'?s? (?:moving|kicks?|movements?)\b/i,
      /\b(?:trimester|contractions?|midwife|bump)\b/i,
      /\bshe'?s \d{2} weeks\b/i,
      /\bi'?m \d{2} weeks\b/i,
    ],
  },
  postpartum: {
    zh: [/产后|生完(?:孩子|宝宝|小孩)?|刚生(?:完|了)|坐月子|月子里|剖(?:腹)?产|顺产|分娩(?:后|完)|生(?:孩子|宝宝)(?:后|以后)/],
    en: [
      /\bpost-?partum\b/i,
      /\b(?:gave|given) birth\b/i,
      /\b(?:had|delivered) (?:the|my|our|her|a) baby\b/i,
      /\bc-?section\b/i,
      /\bcaesarean|cesarean\b/i,
      /\bsince (?:the )?(?:birth|delivery)\b/i,
      /\bafter (?:the )?(?:birth|delivery)\b/i,
      /\bjust had (?:a|the|her|my) baby\b/i,
    ],
  },
  immunosuppressed: {
    zh: [
      /化疗|放疗|靶向药|免疫抑制|免疫治疗|激素(?:治疗|冲击)|强的松|泼尼松|器官移植|(?:肾|肝|骨髓)移植|白细胞(?:很|特别|偏|太)?低|粒细胞(?:缺乏|低)|白血病|淋巴瘤|艾滋|HIV/,
    ],
    en: [
      /\bchemo(?:therapy)?\b/i,
      /\bimmuno-?(?:suppress\w*|compromised|therapy)\b/i,
      /\btransplant\b/i,
      /\b(?:prednisone|prednisolone|methotrexate|tacrolimus|biologics?|humira|steroids)\b/i,
      /\bneutropeni\w*\b/i,
      /\blow (?:white (?:blood )?(?:cell|count)|wbc)\b/i,
      /\bleuk(?:a)?emia\b|\blymphoma\b|\bHIV\b/i,
    ],
  },
  anticoagulated: {
    zh: [
      /华法林|阿司匹林|氯吡格雷|波立维|替格瑞洛|倍林达|利伐沙班|拜瑞妥|达比加群|泰毕全|阿哌沙班|艾乐妥|依度沙班|肝素|抗凝(?:药)?|抗血小板|稀释血液的药|双抗/,
    ],
    en: [
      /\b(?:warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|dabigatran|pradaxa|edoxaban|heparin|lovenox|enoxaparin|clopidogrel|plavix|ticagrelor|brilinta|prasugrel|aspirin)\b/i,
      /\bblood[- ]?thinners?\b/i,
      /\banti-?coagula\w*\b/i,
      /\banti-?platelets?\b/i,
    ],
  },
  insulin: { zh: [/胰岛素|降糖针/], en: [/\binsulin\b/i, /\b(?:lantus|novorapid|humalog|levemir|tresiba)\b/i] },
  dialysis: {
    zh: [/透析|尿毒症|肾衰(?:竭)?/],
    en: [/\bdialysis\b/i, /\bkidney failure\b/i, /\b(?:esrd|ckd ?5|end[- ]stage (?:renal|kidney))\b/i, /\bfistula\b/i],
  },
  recentSurgery: {
    zh: [/术后|手术(?:后|完|以后)|刚做完手术|做完手术|开刀(?:后|完)|刚开完刀|刚做了[^，。]{0,6}手术/],
    en: [
      /\bpost-?op(?:erative)?\b/i,
      /\bafter (?:(?:my|his|her|the) )?(?:\w+ )?(?:surgery|operation|op)\b/i,
      /\b(?:had|having) (?:(?:my|his|her|a|an) )?(?:\w+ )?(?:surgery|operation)\b/i,
      /\bsurgery (?:\d+|a few|two|three|four|five|six|last) (?:days?|weeks?)\b/i,
    ],
  },
  diabetic: { zh: [/糖尿病|血糖高|高血糖|二甲双胍|降糖药/], en: [/\bdiabet\w*\b/i, /\btype (?:1|2|one|two)\b/i, /\bmetformin\b/i, /\bT[12]D\b/] },
  sickleCell: { zh: [/镰(?:状|刀)(?:细胞|红细胞)?(?:贫血|病)?|镰状细胞/], en: [/\bsickle[- ]?cell\b/i, /\b(?:sickler|hb ?ss|scd)\b/i] },
  bleedingDisorder: {
    zh: [/血友病|血管性血友病|凝血因子(?:缺乏|不足)|血小板减少(?:性紫癜|症)|血小板(?:很|特别|非常)?低|再生障碍性贫血|再障/],
    en: [
      /\bha?emophilia\b/i,
      /\bvon willebrand\b/i,
      /\b(?:itp|thrombocytopeni\w*|bleeding disorder|factor (?:viii|ix|8|9) deficiency|aplastic an(?:a)?emia)\b/i,
      /\blow platelets?\b/i,
    ],
  },
  asplenic: {
    zh: [/脾(?:脏)?(?:已经)?(?:切除|切掉|摘除|拿掉)|(?:切|摘)(?:除|掉)?了?脾|没有脾/],
    en: [
      /\bsplenectomy\b/i,
      /\bspleen (?:was |got )?(?:removed|taken out)\b/i,
      /\b(?:no|without a) spleen\b/i,
      /\b(?:had|has|have) (?:his|her|my|their) spleen (?:removed|taken out)\b/i,
      /\basplen\w*/i,
    ],
  },
  heartDisease: {
    zh: [/冠心病|心脏(?:病|支架)|支架|搭桥|心衰|心力衰竭|房颤|心梗(?:过|史)/],
    en: [/\b(?:heart disease|heart failure|stents?|bypass|a-?fib|atrial fibrillation|angina|cad)\b/i],
  },
};

// Ages ≥ 65 in either language: "我爸72岁", "七十多岁", "72-year-old", "my mum (78)", "he's 81", "78F".
const ZH_AGE = /([一二三四五六七八九十百]+|\d{2,3})\s*(?:多)?\s*(?:岁|周岁)/g;
const EN_AGE =
  /\b(\d{2,3})\s*(?:-?\s*(?:years?|yrs?|yo|y\/o|y\.o\.)(?:[- ]old)?\b|[MF]\b)|(?:\baged?|\bis|'s|\bi am|\bi'm|\bturned|\bturning|\(|,)\s*(\d{2,3})\b(?!\s*(?:mg|ml|kg|lbs?|%|percent|\/|\.\d|minutes|mins|hours|days|weeks|months|times|degrees|bpm|mmol))/gi;
const ELDERLY_WORD =
  /老人|老年|老爷子|老太太|老太|老头|奶奶|爷爷|外公|外婆|姥姥|姥爷|\b(?:elderly|grandma|grandpa|grandmother|grandfather|nan|nana|granny|gran)\b/i;

// A baby's age in months or weeks written in Chinese, next to a baby word so "怀孕7个月" is not read as an age:
// "两个月宝宝", "10个月大的女儿", "宝宝5周". (red-flags/age.ts reads the English and the digit-week forms.)
const ZH_BABY_AGE =
  /(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(个月|周|星期|天)(?:大)?(?:的)?(?=宝宝|婴儿|孩子|小孩|儿子|女儿|男孩|女孩|娃|仔|女)|(?:宝宝|婴儿|孩子|小孩|儿子|女儿)(?:才|刚)?(?:满)?(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(个月|周|星期|天)(?!前|以前|之前)/g;
const ZH_UNIT_DAYS: Record<string, number> = { 个月: 30.4, 周: 7, 星期: 7, 天: 1 };

function zhBabyAges(text: string): { days: number; text: string }[] {
  const out: { days: number; text: string }[] = [];
  if (/怀孕|孕\d|孕[一二三四五六七八九十]/.test(text)) return out;
  for (const m of matchesOf(ZH_BABY_AGE, text)) {
    const n = parseNumber(m[1] ?? m[3] ?? '');
    const unit = m[2] ?? m[4] ?? '';
    if (n !== null && n > 0) out.push({ days: n * (ZH_UNIT_DAYS[unit] ?? 0), text: m[0] });
  }
  return out;
}

/** Ages in years stated with an age cue ("67岁", "72-year-old", "I am 67", "he's 81"). */
export function statedAgesYears(text: string): number[] {
  const out: number[] = [];
  for (const m of matchesOf(ZH_AGE, text)) {
    const n = parseNumber(m[1] ?? '');
    if (n !== null && n >= 1 && n <= 110) out.push(n);
  }
  for (const m of matchesOf(EN_AGE, text)) {
    const n = Number(m[1] ?? m[2]);
    if (n >= 1 && n <= 110) out.push(n);
  }
  return out;
}

export function elderlyAge(text: string): boolean {
  if (statedAgesYears(text).some((n) => n >= 65)) return true;
  return ELDERLY_WORD.test(text);
}

const GLOBAL = (Object.entries(MODIFIERS) as [ModifierId, ModifierDef][]).map(
  ([id, def]) => [id, [...def.zh, ...def.en].map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))] as const,
);

export interface ModifierHit {
  id: ModifierId;
  text: string;
}

/** Who the patient is. Past-history clauses are the caller's concern; modifiers are background by nature. */
const BREAST = /乳房|乳头|乳腺|奶结|堵奶|涨奶|\bbreasts?\b(?! ?milk)|\bnipples?\b|\bmastitis\b/i;
const NURSING = /喂奶|母乳|哺乳|喂养|\bbreast-?feed\w*|\bnursing\b|\bfeeding\b/i;

/** A fever or a baby's warning sign: whose it is, is read from the last person named before it in its sentence. */
const BABY_SIGN =
  /发烧|发热|高烧|低烧|烧到|体温|吃奶没劲|不吃奶|拒奶|吐奶|蔫|没精神|抽搐|呼吸(?:急|快|困难)|黄疸|\bfever\w*|\btemp(?:erature)?\b|\bfloppy\b|\blethargic\b|\bnot feeding\b|\bwon'?t (?:feed|eat)\b|\bjaundice\w*|\bseizure\w*/gi;
const PERSON =
  /(宝宝|孩子|婴儿|娃|小孩|儿子|女儿|BB|\b(?:baby|babies|infant|newborn|son|daughter)\b)|(我|\bI\b|\bI'm\b|\bme\b|\bmy\b(?! (?:baby|infant|newborn|son|daughter|little)))/gi;

/** Where a sentence ends: a sign before it is told of whoever the new sentence names. */
const SENTENCE_END = /[。！？!?\n]|\.(?=\s)/;
/** Is a fever or warning sign told of the baby ("宝宝3周，母乳喂养，今天发烧38.2", "my baby has a fever")? */
const babySign = (text: string): boolean => signCarriers(text, BABY_SIGN, PERSON, SENTENCE_END).includes('other');

/** A breastfeeding mother writing about her own breast (mastitis, a blocked duct): the patient is the mother, and the
 *  baby's age ("宝宝两个月") is no infant modifier or infant sign. Only when the complaint is her own: a fever or sign
 *  told of the baby keeps the baby the patient (and the under-3-months fever rule). */
export const nursingMother = (text: string): boolean => BREAST.test(text) && NURSING.test(text) && !babySign(text);

export function findModifiers(text: string): ModifierHit[] {
  const out: ModifierHit[] = [];
  const cl = clauses(text);
  for (const [id, list] of GLOBAL) {
    let found: string | undefined;
    for (const g of list) {
      g.lastIndex = 0;
      for (const m of matchesOf(g, text)) {
        // "not on blood thinners", "不吃抗凝药": a denied modifier is no modifier.
        if (isNegated(text, clauseAt(cl, m.index ?? 0), m.index ?? 0)) continue;
        found = m[0];
        break;
      }
      if (found) break;
    }
    if (found) out.push({ id, text: found });
  }
  // A nursing mother writing about her own breast: the baby's age is not the patient's.
  const babyNotPatient = nursingMother(text);
  for (const age of babyNotPatient ? [] : [...findAges(text), ...zhBabyAges(text)]) {
    if (age.days < INFANT_MAX_DAYS && !out.some((m) => m.id === 'infant')) out.push({ id: 'infant', text: age.text });
    if (age.days < 365 && !out.some((m) => m.id === 'underOne')) out.push({ id: 'underOne', text: age.text });
  }
  const childAge = !babyNotPatient && findAges(text).some((a) => a.days < 16 * 365);
  if (
    !babyNotPatient &&
    /新生儿|满月|\bnewborn\b|\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:day|week)[- ]old\b/i.test(text) &&
    !out.some((m) => m.id === 'infant')
  )
    out.push({ id: 'infant', text: 'newborn' });
  if (out.some((m) => m.id === 'infant') && !out.some((m) => m.id === 'underOne')) out.push({ id: 'underOne', text: 'newborn' });
  // An age under 16 ("my 2 yr old", "两岁的") is a child even with no child noun.
  if (childAge || (!babyNotPatient && /孩子|宝宝|小孩|儿子|女儿|娃|婴儿|\d岁仔|\d岁女|\b(?:baby|toddler|infant|kid|child|son|daughter|boy|girl)\b/i.test(text)))
    out.push({ id: 'child', text: 'child' });
  if (elderlyAge(text)) out.push({ id: 'elderly', text: 'elderly' });
  return out;
}
