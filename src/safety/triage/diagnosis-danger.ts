// A diagnosis already made, read with the signs its guideline lists for the severe course (session 23): the illness
// named as someone's present illness (手足口病第三天, 孩子得了登革热, "my 2yo has hand foot and mouth", "dengue day 5")
// × a sign of a class its row in knowledge/disease-course.ts names — one danger sign, or two warning signs of different
// classes, is an emergency; one warning sign is urgent (seen today). The signs are the triage's one sign reader's,
// grouped into classes by exposure-signs.ts, and the course signs of red-flags/course-signs.ts (startles, shaking limbs,
// vomiting that keeps on, gum or nose bleeding, cold limbs), read here only, each affirmed in its clause (not negated,
// not history) as every clinical rule reads its words. A question about the illness in general ("手足口病重症有什么表现", "does HFMD cause jerking?"), a
// past or ruled-out illness (得过, "had it last month", 不是手足口病) is no diagnosis told. Pure.
import { DISEASE_COURSES, type DiseaseCourse } from '../../knowledge/disease-course.js';
import type { SignClass } from '../../knowledge/sign-classes.js';
import { CONCEPT_SIGNS } from '../red-flags/concept-signs.js';
import { COURSE_SIGN_CLASSES, COURSE_SIGNS, IMPROVING, POOR_INTAKE, RIGOR_CLAUSE } from '../red-flags/course-signs.js';
import { affirmed, clinicalRule, type ClinicalRule } from './clinical.js';
import { signClassesOf } from './exposure-signs.js';

export interface CourseDanger {
  course: string;
  level: 'emergency' | 'urgent';
  /** The sign classes that set the level. */
  classes: SignClass[];
}

interface CompiledCourse {
  row: DiseaseCourse;
  name: RegExp;
}

let compiled: CompiledCourse[] | undefined;
const courses = (): CompiledCourse[] =>
  (compiled ??= DISEASE_COURSES.map((row) => ({
    row,
    name: new RegExp(`${row.zh.join('|')}|\\b(?:${row.en.join('|')})\\b`, 'gi'),
  })));

/** Who has it or what made it a diagnosis, just before the name: a person or kin word (an age after it), a diagnosis verb. */
const TOLD_BEFORE_ZH =
  /(?:孩子|宝宝|宝贝|儿子|女儿|娃|小孩|小朋友|个仔|囡囡|闺女|我|他|她|老公|老婆|爸|妈|爷爷|奶奶|外婆|外公|得了|患了|患上|确诊(?:为|是|了)?|诊断(?:为|是|了)?|查出(?:是|了)?|染上了?|传染了|感染了?|说是|是)\s*(?:[\d一二三四五六七八九十两]+(?:岁半?|个月大?|周大?)(?:了|的)?)?[，,\s]*$/;
/** The illness's day or its course told after the name: 第三天, 三天了, 了, 期间, 住院. */
const TOLD_AFTER_ZH = /^(?:\s*第?[\d一二三四五六七八九十两几]+天|了|期间|的?第|住院|发作|还没好|好几天)/;
const TOLD_BEFORE_EN =
  /\b(?:has|have|had|with|got|gotten|getting|caught|catching|diagnosed(?: (?:as|with))?|confirmed|positive for|down with|'s got|'ve got|having)(?: \w+){0,2}\s*$/i;
const TOLD_AFTER_EN = /^(?:,? (?:day \d+|for (?:\d+|a few|two|three|four|five|several) days|\d+ days)|, day\b)/i;
/** A past or ruled-out illness, or the name inside a question about it in general. */
const NOT_NOW_BEFORE =
  /(?:不是|排除|排除了|并非|没有|没得|怀疑是不是|会不会是|是不是|得过|以前得|小时候|去年|上个月)\s*$|\b(?:not|isn'?t|wasn'?t|ruled out|no|never had)\s*$|(?<!\b(?:has|have|'s|'ve) )\bhad\s*$/i;
const PAST_AFTER =
  /^(?:[^。.!?！？]{0,12}(?:过|去年|上个月|好了|痊愈|\blast (?:month|year|week)\b|\b\w+ (?:months?|years?|weeks?) ago\b|\bwhen (?:he|she|they) was\b))/i;

/** A place or a group that "has" the illness (an outbreak, a class, a town): nobody's diagnosis (review s23). */
const GROUP_HOLDER =
  /幼儿园|托儿所|托班|学校|班上|班里|班级|同学|小区|村里|附近|当地|本地|城市|市里|我们(?:这|那)|这边|那边|邻居|同事|(?<!小)朋友|\b(?:town|city|area|region|country|school|class|classroom|daycare|day care|nursery|kindergarten|preschool|neighbou?rhood|village|community|office|workplace|friends?|classmates?|neighbou?rs?|colleagues?|coworkers?)\b/i;
/** The name followed by an outbreak word: 流行, 爆发, "going around", "outbreak". */
const OUTBREAK_AFTER =
  /^\s*(?:fever\s*)?(?:在)?(?:流行|爆发|暴发|疫情|病例|高发|传播|outbreak|epidemic|cases?\b|season|(?:is |was )?(?:going|spreading) (?:around|round)|around)/i;
/** A relative or another child holding the illness, the asker's own patient named after it (我外甥得了… 我儿子; "my
 *  cousin's kid has hfmd … can my child visit"): the illness is theirs, the question the asker's. */
const OTHER_HOLDER = /外甥|侄子|侄女|表[哥姐弟妹]|堂[哥姐弟妹]|哥哥|姐姐|弟弟|妹妹|\b(?:cousin'?s?|nephew|niece|brother|sister|sibling)\b/i;
const OWN_PATIENT_AFTER =
  /我(?:家|的)?(?:儿子|女儿|孩子|宝宝|小孩|娃)|\bmy (?:own )?(?:son|daughter|child|kid|baby|boy|girl|little one)\b|\b(?:I|I'?ve) (?:threw|thrown|vomited|have|had|got)\b/i;

/** The words before the name back to the sentence's start (a comma does not end who has it). */
const sentenceBefore = (text: string, at: number): string => {
  const b = text.slice(Math.max(0, at - 40), at);
  const cut = Math.max(...[...'。.!?！？;；\n'].map((c) => b.lastIndexOf(c)));
  return b.slice(cut + 1);
};

/** Is the illness at `at` told as someone's present illness — the patient's, not a place's or another person's? */
function toldNow(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const after = text.slice(end, end + 24);
  if (NOT_NOW_BEFORE.test(before)) return false;
  const sentence = sentenceBefore(text, at);
  if (GROUP_HOLDER.test(sentence) || OUTBREAK_AFTER.test(after)) return false;
  if (OTHER_HOLDER.test(sentence) && OWN_PATIENT_AFTER.test(text.slice(end))) return false;
  if (PAST_AFTER.test(after) && !/第?[\d一二三四五六七八九十两几]+天|day \d/i.test(after.slice(0, 8))) return false;
  return TOLD_BEFORE_ZH.test(before) || TOLD_AFTER_ZH.test(after) || TOLD_BEFORE_EN.test(before) || TOLD_AFTER_EN.test(after);
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;

/** The classes of the course signs affirmed in a (normalised) text. */
export function courseSignClassesIn(text: string): ReadonlySet<SignClass> {
  const out = new Set<SignClass>();
  const zh = HAN.test(text);
  const en = LATIN.test(text);
  const found = new Set<keyof typeof COURSE_SIGNS>();
  // Rigors are the fever's: shaking limbs are read with the shivering clauses blanked out.
  const noRigors = text.replace(RIGOR_CLAUSE, (m) => ' '.repeat(m.length));
  for (const [id, sign] of Object.entries(COURSE_SIGNS) as [keyof typeof COURSE_SIGNS, (typeof COURSE_SIGNS)[keyof typeof COURSE_SIGNS]][]) {
    const patterns = [...(zh ? sign.zh : []), ...(en ? sign.en : [])];
    const read = id === 'limbShaking' ? noRigors : text;
    if (patterns.some((re) => affirmed(re, read))) found.add(id);
  }
  // Vomiting that has stopped, or fluids kept down, is not vomiting that keeps on (吐了两次，好点了，还能喝水).
  if (IMPROVING.test(text)) found.delete('persistentVomiting');
  for (const id of found) for (const c of COURSE_SIGN_CLASSES[id]) out.add(c);
  // Cold hands alone are common early in any fever (concept-signs.ts): the circulation failing needs a second sign.
  if (found.has('coldLimbs') && found.has('coldSweat')) out.add('poorPerfusion');
  return out;
}

/** Listlessness told in other words than eating less: the shared lethargy sign also reads "won't eat", which in a
 *  diagnosed illness on day 2 is poor intake, not the guideline's lethargy (review s23: dengue + "doesn't eat much"). */
function listlessBeyondIntake(text: string): boolean {
  const rest = text.replace(POOR_INTAKE, (m) => ' '.repeat(m.length));
  const sign = CONCEPT_SIGNS.lethargy;
  return [...sign.zh, ...sign.en].some((re) => affirmed(re, rest));
}

const toldIntake = (text: string): boolean => {
  POOR_INTAKE.lastIndex = 0;
  return POOR_INTAKE.test(text);
};

/** One event counts once: vomiting read as both "gi" and "persistentVomiting" is one warning sign. */
const eventOf = (c: SignClass): string => (c === 'gi' || c === 'persistentVomiting' ? 'vomiting' : c);

/** The named illnesses told now, each with the level its signs give (none when no sign of its row is told). `signs`:
 *  the classes of the one sign reader's signs; the course signs are read here. */
export function readCourseDanger(text: string, readerSigns: ReadonlySet<SignClass>): CourseDanger[] {
  const out: CourseDanger[] = [];
  let course: ReadonlySet<SignClass> | undefined;
  for (const { row, name } of courses()) {
    name.lastIndex = 0;
    let told = false;
    for (let m = name.exec(text); m !== null && !told; m = name.exec(text)) told = toldNow(text, m.index, m.index + m[0].length);
    if (!told) continue;
    course ??= courseSignClassesIn(text);
    const signs = new Set([...readerSigns, ...course]);
    if (signs.has('lethargy') && toldIntake(text) && !listlessBeyondIntake(text)) signs.delete('lethargy');
    // An improving course keeps the reader's vomiting as one warning at most, never the persistent kind.
    if (IMPROVING.test(text)) signs.delete('persistentVomiting');
    const danger = row.danger.filter((c) => signs.has(c));
    if (danger.length) {
      out.push({ course: row.id, level: 'emergency', classes: danger });
      continue;
    }
    const warning = row.warning.filter((c) => signs.has(c));
    const events = new Set(warning.map(eventOf)).size;
    if (warning.length) out.push({ course: row.id, level: events >= 2 ? 'emergency' : 'urgent', classes: warning });
  }
  return out;
}

export const COURSE_DANGER_PREFIX = 'course-danger-';

export const COURSE_DANGER_RULES: readonly ClinicalRule[] = DISEASE_COURSES.flatMap((row) => [
  clinicalRule(
    `${COURSE_DANGER_PREFIX}${row.id}`,
    'emergency',
    `已确诊的疾病出现重症表现：${row.advice.zh}`,
    `a known illness turning severe — ${row.advice.en}`,
    row.advice.zh,
    row.advice.en,
    (c) => readCourseDanger(c.text, signClassesOf(c.signs)).some((d) => d.course === row.id && d.level === 'emergency'),
  ),
  clinicalRule(
    `course-warning-${row.id}`,
    'urgent',
    `已确诊的疾病出现预警表现：${row.advice.zh}`,
    `a warning sign in a known illness — ${row.advice.en}`,
    `今天就医评估：${row.advice.zh}`,
    `be seen today: ${row.advice.en}`,
    (c) => readCourseDanger(c.text, signClassesOf(c.signs)).some((d) => d.course === row.id && d.level === 'urgent'),
  ),
]);
