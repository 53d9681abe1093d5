// Employers named by the phrase that introduces them, whatever the name looks like. places.ts and employer.ts read an
// organisation by its form (an organisation word, two capitalised words, a city before a brand), which leaves out
// the one-word brands people actually work for ("works at Costco", "delivers for Deliveroo", "22 years at Unilever",
// "an undergraduate at UCT"). Here the phrase decides: an employment cue — a work verb, "employed by", "employee of", an
// occupation, a tenure ("31 years at"), "formerly with" — then "at/for/with/by/of" and the capitalised chunk after it
// is the workplace, one word or an acronym included; "<Organisation> employee/staff" the same, read backwards. Chinese:
// the workplace after the place it sits in ("在苏州园区的|富士康电子厂|上班") and a school before a student word
// ("四川大学在读研究生"). Vetoes are about the chunk's role, not a list of brands: a title or a person (Dr, Mr), a
// time (days, months, holidays), home and shift words.
import type { PhiSpan } from '../types.js';
import { NOT_EMPLOYER, ORG_SUFFIX_ZH } from './employer.js';
import { span } from './span.js';

const TOKEN = String.raw`(?:\p{Lu}[\p{L}'’&.-]*|&)`;
const CHUNK = String.raw`${TOKEN}(?:[ ](?:${TOKEN}|of|and|de|du|la))*`;
/** Occupations, a listed word (student words too: a school is a workplace under Safe Harbor) before at/for/with, or an
 * agent-noun shape (-er, -or, -ist) before "at" only: "-ant/-ent" words are adjectives and patients ("significant for",
 * "patient with Crohn"). */
const OCCUPATION_WORDS =
  'cook|clerk|nurse|aide|tech|chef|staff|guard|maid|picker|packer|undergraduate|postgraduate|graduate|student|pupil|trainee|apprentice|intern|volunteer|employee|associate|analyst|executive|cashier|accountant|attendant|assistant|mechanic|electrician|plumber|labou?rer|carpenter|technician|engineer|teacher|lecturer|professor|manager|supervisor|receptionist|secretary|librarian|barista|waiter|waitress|driver|courier|officer|firefighter|paramedic|cleaner|housekeeper|janitor|caretaker|carer|caregiver|worker|operator|machinist|welder|miner|farmhand|soldier|pilot|steward|stewardess|salesman|saleswoman|foreman|chairman|fellow|resident|registrar';
/** Either case for the first letter: an occupation opens a form value or a sentence ("Cashier at Aldi"). */
const OCCUPATION_EITHER = OCCUPATION_WORDS.split('|')
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|');
const OCCUPATION = String.raw`(?:(?:${OCCUPATION_EITHER})s?[ ](?:at|for|with)|[a-z]{3,}(?:er|or|ist)s?[ ]at)`;
const CUE_EN = new RegExp(
  String.raw`(?:\b(?:works?|worked|working|employed|drives?|drove|driving|delivers?|delivering|teaches|taught|teaching|studies|studying|studied|job|shifts?|hired|contracted|placed)(?:[ ](?!at\b|for\b|with\b|by\b)[a-z0-9]+){0,4}[ ](?:at|for|with|by)|\b(?:years|months|decades|weeks)[ ](?:at|with)|\b(?:[Ff]ormerly|[Pp]reviously|[Oo]nce|[Ll]ater)[ ](?:at|with|of)|\b${OCCUPATION}|\b(?:[Aa]ccountant|[Mm]anager|[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Ff]ounder|[Pp]rincipal|[Hh]ead|[Ee]mployee|[Ss]taff|[Ss]ecretary|[Tt]reasurer|CEO|MD)[ ]of)[ ](?:the[ ])?(${CHUNK})`,
  'gu',
);
/** "a Network Rail employee", "Qantas staff member": the organisation before a word for its staff. */
const BEFORE_STAFF_EN = new RegExp(
  String.raw`(?<![\p{L}'’&.-])(?:(a|an|the|former|ex-)[ ])?(${CHUNK})[ ](?:employee|staff member|staffer|worker|contractor|apprentice)s?\b(?![ ]?[:：])`,
  'gu',
);

const STAFF_WORD = /\b(?:employee|staff member|staffer|worker|contractor|apprentice)s?\b/;

/** Not a workplace: titles and people, times of the week and year, home and shift words, pronouns. */
const NOT_WORKPLACE =
  /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sir|Dame|Rev|Fr|Sr|Nurse|Doctor|I|He|She|We|They|It|His|Her|Their|Our|My|Your|The|A|An|This|That|Home|Night|Nights|Day|Days|Weekends?|Christmas|Easter|Xmas|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Covid|COVID|Times?|Least|Most|All|Last|Present|Risk|Work|Age|Level|Bed|Room|Ward|Unit)$/;

/** Clinicians whose place of work is the treating institution. */
const CLINICIAN = /^(?:\w*olog(?:ist|er)|doctor|physician|surgeon|specialist|consultant|practitioner|therapist|pharmacist|dentist|optometrist|GP)s?[ ]/i;

function trimChunk(v: string): string {
  // The chunk ends before a trailing joining word and at a full stop that is not an abbreviation's.
  const words = v.split(' ');
  const stop = words.findIndex((w) => /\.$/.test(w) && !/^(?:St|Mt|Ft|Co|Inc|Ltd|Corp|Bros)\.$/.test(w));
  const kept = stop >= 0 ? words.slice(0, stop + 1) : words;
  while (kept.length && /^(?:of|and|de|du|la|&)$/.test(kept[kept.length - 1])) kept.pop();
  return kept.join(' ').replace(/(?<!\b(?:Co|Inc|Ltd|Corp|Bros|St))[.,]$/, '');
}

function english(text: string, out: PhiSpan[]): void {
  // The organisation-first pattern starts at every capital: try it only when a staff word is in the text.
  for (const re of STAFF_WORD.test(text) ? [CUE_EN, BEFORE_STAFF_EN] : [CUE_EN]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = re === CUE_EN ? m[1] : m[2];
      // "Social worker", "Care worker": one word before a staff word is a kind of worker unless an article names it.
      if (re === BEFORE_STAFF_EN && !m[1] && !raw.includes(' ')) continue;
      const v = trimChunk(raw);
      // "Driver 2", "Vehicle 1": a numbered party of a report, not an organisation.
      if (/^[ ]?\d/.test(text.slice((m.index ?? 0) + m[0].indexOf(raw) + v.length, (m.index ?? 0) + m[0].indexOf(raw) + v.length + 2))) continue;
      if (!v || NOT_WORKPLACE.test(v.split(' ')[0])) continue;
      // A clinician's hospital is where the patient is treated, not the patient's workplace ("the cardiologist at Mayo").
      if (re === CUE_EN && CLINICIAN.test(m[0])) continue;
      // "worked with Dr Patel", "taught by Sarah": a person after a title, or a first name alone, is not a workplace.
      if (re === CUE_EN && /\bby$/.test(m[0].slice(0, m[0].length - raw.length).trimEnd()) && !/^(?:employed|contracted|hired)/.test(m[0])) continue;
      const at = (m.index ?? 0) + (re === CUE_EN ? m[0].length - raw.length : m[0].indexOf(raw));
      out.push(span('EMPLOYER', text, at, at + v.length));
    }
  }
}

const ORG_END = `(?:${ORG_SUFFIX_ZH}|电子厂|電子廠|工厂|工廠|厂|廠|工地|车间|車間|门店|門店|分店|商场|商場)`;
/** 在 + a place + 的 + the workplace + a work verb: the workplace is what follows the last 的. */
const PLACE_THEN_ORG_ZH = new RegExp(
  `在[\\u4e00-\\u9fffA-Za-z]{2,10}?[的嘅]([\\u4e00-\\u9fffA-Za-z0-9]{2,12}?${ORG_END})(?=[\\u4e00-\\u9fff]{0,2}?(?:上班|工作|打工|任职|任職|实习|實習|做工|干活|幹活))`,
  'g',
);
/** A school before a student word: "四川大学在读研究生", "华南理工大学大三学生", "育才中学的学生". */
const SCHOOL_ZH =
  /([\u4e00-\u9fffA-Za-z]{2,10}?(?:大学|大學|学院|學院|中学|中學|小学|小學|学校|學校|职校|職校|技校))(?=在读|在讀|就读|就讀|读研|讀研|的?(?:研究生|本科生|博士生|硕士生|碩士生|学生|學生|新生)|大[一二三四五]|研[一二三]|高[一二三]|初[一二三]|[一二三四五六]年级|[一二三四五六]年級|毕业|畢業)/g;
/** Characters of prose before a school: the name starts after them. */
const PROSE_ZH = /^.*[为為是在于於系现現的了和与與我你他她们們这這那就还還也都刚剛才已经經快将將要想考上读讀]/;

/** A workplace after a posting verb ("转业至舟山港务局", "调入…管委会") or before a post held there ("於民雄鄉農會擔任"). */
const ORG_WORD_ZH = `(?:${ORG_SUFFIX_ZH}|管委会|管委會|农会|農會|農会|工会|工會|商会|商會|会馆|會館|委员会|委員會|办|辦|署|处|處|所|站)`;
const POSTED_ZH = new RegExp(
  `(?:转业至|转业到|轉業至|调至|调到|调入|調至|調到|調入|分配到|分配至|入职|入職|就职于|就職於|受聘于|受聘於)([\\u4e00-\\u9fffA-Za-z0-9]{2,12}?${ORG_WORD_ZH})(?![\\u4e00-\\u9fff]{0,1}[长長])`,
  'g',
);
const POST_AT_ZH = new RegExp(`(?<![于於])[在于於](?!是)([\\u4e00-\\u9fffA-Za-z0-9]{2,12}?${ORG_WORD_ZH})(?=擔任|担任|任職|任职|工作|上班)`, 'g');
/** A named organisation: a place or number in it, a legal form, a long proper name. */
const NAMED_ZH = /[市省县縣区區乡鄉镇鎮第]|大学|大學|集团|集團|有限|股份|港务|港務|管委|[A-Za-z0-9]|^[\u4e00-\u9fff（）()·]{6,}$/;

/** A brand or abbreviation before a shift verb ("在京东跑干线", "回台積電上班", "在美团下班", "在九巴任職"). */
const SHIFT_ZH =
  /(?<![现現正还還实實存所自好内])(?:在|喺|回|返)([\u4e00-\u9fffA-Za-z]{2,4}?)(?=上班|下班|返工|放工|任職|任职|跑(?:外卖|外賣|单|單|车|車|快递|快遞|干线|幹線|长途|長途|滴滴|业务|業務|运输|運輸|货|貨)|值班|加班|上夜班)/g;
/** Prose and time words, not a workplace: "在家上班", "回去上班", "在今天下班". */
const NOT_SHIFT_PLACE =
  /[我你他她它们們的了这這那哪家里裡是有和与與把被给給让讓也都就还還很会會能要想去来來到时時候点點在现現身下]|^(?:今天|明天|昨天|每天|白天|当天|天天|晚上|早上|下午|上午|中午|周末|平时|平時|公司|单位|單位|医院|醫院|学校|學校|工地|工厂|工廠|厂里|廠裡|店里|店裡|外地|外面|本地|当地|當地|老家|夜班|白班|早班)$|^工地|上$/;

function chinese(text: string, out: PhiSpan[]): void {
  for (const re of [POSTED_ZH, POST_AT_ZH]) {
    const named = re === POSTED_ZH ? null : NAMED_ZH;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const lead = /^.*[的了和与與在于於]/.exec(m[1])?.[0].length ?? 0;
      const v = m[1].slice(lead);
      // A named workplace: four characters at least, no prose ("去医院", "电瓶厂" is a kind of factory).
      if (v.length < 4 || /^(?:一家|一个|某|这|那|本|该|該|当地|當地)/.test(v) || /[去到是了把被要想就我你他她们們]/.test(v)) continue;
      // After 在 alone the workplace must be a named one ("在电器商场工作" is any shop).
      if (named && !named.test(v)) continue;
      const at = (m.index ?? 0) + m[0].indexOf(m[1]) + lead;
      out.push(span('EMPLOYER', text, at, at + v.length));
    }
  }
  SHIFT_ZH.lastIndex = 0;
  for (const m of /班|工|任|跑/.test(text) ? text.matchAll(SHIFT_ZH) : []) {
    if (NOT_SHIFT_PLACE.test(m[1]) || NOT_EMPLOYER.test(m[1])) continue;
    const at = (m.index ?? 0) + 1;
    out.push(span('EMPLOYER', text, at, at + m[1].length));
  }
  if (/上班|工作|打工|任职|任職|实习|實習|做工|活/.test(text)) {
    PLACE_THEN_ORG_ZH.lastIndex = 0;
    for (const m of text.matchAll(PLACE_THEN_ORG_ZH)) {
      const v = m[1];
      if (/^(?:一家|一个|某|这|那|本|家|小|大)/.test(v) || /[我你他她们們这那个個了是]/.test(v)) continue;
      const at = (m.index ?? 0) + m[0].length - v.length;
      out.push(span('EMPLOYER', text, at, at + v.length));
    }
  }
  SCHOOL_ZH.lastIndex = 0;
  for (const m of /[学學校]/.test(text) ? text.matchAll(SCHOOL_ZH) : []) {
    const lead = PROSE_ZH.exec(m[1])?.[0].length ?? 0;
    const v = m[1].slice(lead);
    // "大学", "某中学", "这所学校": a kind of school, not one.
    if (v.length < 4 || /^(?:某|一所|这所|那所|本|该|該|重点|普通|公立|私立)/.test(v)) continue;
    const at = (m.index ?? 0) + lead;
    out.push(span('EMPLOYER', text, at, at + v.length));
  }
}

export function detectEmployerPhrases(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/[\u4e00-\u9fff]/.test(text)) chinese(text, out);
  if (/[A-Z]/.test(text) && /\b(?:at|for|with|by|of|employee|staff|worker|contractor|apprentice)s?\b/.test(text)) english(text, out);
  return out;
}
