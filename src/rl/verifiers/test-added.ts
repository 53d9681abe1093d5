// One test added to a complete work-up (#18, s42). A knowledge-graph test list is a work-up, and a clinician who
// orders every test of it plus one more of the same work-up (OCT beside a fundus angiography, a whole-spine film
// beside a spine MRI) has answered right; a list that pads the work-up has not. Read from the answer's STRUCTURE, not
// from what the extra test means: every gold is named by a name of its own (a one-to-one cover — one broad name that
// meets two golds while a third name meets none is a substitution, not an addition: 冠状动脉造影 + 脑血管造影 for
// 冠状动脉造影 + 心血管造影), exactly one name meets no gold, the work-up has at least three tests (one more beside two
// is a third of the list), the added name is no invasive procedure (a biopsy, a puncture, a laparoscopy is no free
// extra) and names no site outside the work-up's sites (腰椎CT beside a head-and-ear work-up). Listing more never pays
// more: a second added name falls back to F1 (2n/(2n+k)), and an added name never raises the reward above the same
// list without it. Pure.
import { sitesCompatible, slotConflict, testSlots } from '../../knowledge/test-slots.js';
import { testConceptOf } from '../../knowledge/test-terms.js';
import { imagingConcept, isGenericTest } from './test-concepts.js';

/** Size of the largest one-to-one pairing of answer names with gold tests (`meets[p][g]`; Kuhn's augmenting paths). */
export function distinctCover(meets: readonly (readonly boolean[])[], goldCount: number): number {
  const goldOwner = new Array<number>(goldCount).fill(-1);
  const tryAssign = (p: number, seen: boolean[]): boolean => {
    for (let g = 0; g < goldCount; g++) {
      if (!meets[p][g] || seen[g]) continue;
      seen[g] = true;
      if (goldOwner[g] < 0 || tryAssign(goldOwner[g], seen)) {
        goldOwner[g] = p;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let p = 0; p < meets.length; p++) if (tryAssign(p, new Array<boolean>(goldCount).fill(false))) size++;
  return size;
}

/** Sites a test name reads: the slot reader's, and an imaging name's site (超声心动图 images the heart). */
function sitesOf(name: string): string[] {
  const imaged = imagingConcept(name)?.split('|')[0];
  return [...(testSlots(name).slots.site ?? []), ...(imaged ? [imaged] : [])];
}

/** A plan, a treatment or a placeholder in a test list: no test, whatever test word it carries (抗感染治疗, 其他检查). */
const NOT_A_TEST_RE =
  /治疗|疗法|用药|服用|随访|复查|观察|住院|转诊|会诊|其他|其它|相关|进一步|必要|\b(?:therapy|treatment|follow|observ|admi(?:t|ssion)|refer|consult|other|further|additional|relevant|as needed|none|n\/a)/iu;
/** A test's form: what a test name ends or is built on (试验, 检测, "assay", "-graphy"), read when no reader knows the name. */
const TEST_FORM_RE =
  /试验|检测|测定|检查|分析|培养|染色|计数|显像|造影|扫描|电位|活性|水平|听诊|指检|指诊|\b(?:assay|test(?:ing)?|panel|count|level|culture|stain|scan|imaging|capacity|exam(?:ination)?|auscultation)\b|(?:graphy|scopy|metry|gram)\b/iu;
/** A Latin abbreviation of a test, alone or in brackets (OCT, TPPA, CA19-9, "… (VEP)"). */
const ABBREVIATION_RE = /(?:^|[(（\s])[A-Z][A-Z0-9-]{1,7}(?:[)）\s]|$)/u;

/**
 * The added name reads as a test (s42 self-review: a drug, "follow-up", "None" or "other tests as needed" in the list was
 * paid as an added test): a name of the test terminology, a non-generic imaging name, a name the slot reader fills
 * beyond a bare site, a test's form word or a test abbreviation — and no plan, treatment or placeholder.
 */
function readsAsTest(name: string): boolean {
  // A bare modality or category word names no test ("MRI", 检查) — unless the slot reader finds its site ("CT of the GI tract").
  if (NOT_A_TEST_RE.test(name) || (isGenericTest(name) && !testSlots(name).slots.site)) return false;
  if (testConceptOf(name) !== undefined || imagingConcept(name)) return true;
  const slots = testSlots(name).slots;
  if (slots.specimen || slots.method || slots.modality || slots.analyte || slots.dye || slots.organism) return true;
  return TEST_FORM_RE.test(name) || ABBREVIATION_RE.test(name);
}

/** An invasive procedure: tissue or fluid taken, a cavity entered, a needle or catheter placed — never an added test paid in full. */
const INVASIVE_RE =
  /活检|活组织|穿刺|抽吸|腹腔镜|胸腔镜|探查|手术|切除|引流|导管|biops|puncture|centesis|aspirat|\btap\b|laparoscop|thoracoscop|explorat|surg|resection|drainage|catheter/iu;

/** The smallest work-up to which one added test is an addition, not a third of the list. */
export const MIN_WORKUP = 3;

/**
 * The added name is another version of a gold test — the same kind of test (a modality, method or analyte both name)
 * differing in one slot (barium enema beside a barium meal, anti-HAV IgM beside anti-HEV IgM): it reads as a wrong
 * name for that gold, a substitution, not an addition.
 */
function lookAlike(extra: string, gold: string): boolean {
  const clash = slotConflict(extra, gold);
  if (!clash) return false;
  const x = testSlots(extra).slots;
  const y = testSlots(gold).slots;
  return (['modality', 'method', 'analyte'] as const).some((s) => s !== clash && x[s]?.some((v) => y[s]?.includes(v)));
}

export type AddedTestVerdict =
  | { kind: 'added'; extra: string }
  | {
      kind: 'none';
      why: 'not-every-gold-distinct' | 'not-one-extra' | 'small-workup' | 'extra-not-a-test' | 'invasive-extra' | 'look-alike-extra' | 'off-site-extra';
    };

/**
 * Whether an answer is a complete work-up plus one added test of it. `meets[p][g]`: answer name p names gold g;
 * `goldNames`: one readable name per gold (its first form); `goldMeetsGold(name, g)`: the answer reader's `meets`, asked of
 * a gold name.
 */
export function addedTest(
  pred: readonly string[],
  meets: readonly (readonly boolean[])[],
  goldNames: readonly string[],
  goldMeetsGold: (name: string, g: number) => boolean,
): AddedTestVerdict {
  // A gold list that names one test twice (血清脂肪酶 and 血清脂肪酶（LPS）, 胃镜 and 纤维胃镜) asks for it once: golds
  // whose names meet each other both ways are one test of the work-up.
  const group = goldNames.map((_, g) => g);
  for (let i = 0; i < goldNames.length; i++)
    for (let j = 0; j < i; j++) if (group[i] === i && goldMeetsGold(goldNames[i], j) && goldMeetsGold(goldNames[j], i)) group[i] = group[j];
  const tests = [...new Set(group)];
  const meetsTest = meets.map((row) => tests.map((t) => row.some((hit, g) => hit && group[g] === t)));
  const goldCount = tests.length;
  if (distinctCover(meetsTest, goldCount) < goldCount) return { kind: 'none', why: 'not-every-gold-distinct' };
  const extras = pred.filter((_, p) => !meets[p].some(Boolean));
  if (extras.length !== 1) return { kind: 'none', why: 'not-one-extra' };
  if (goldCount < MIN_WORKUP) return { kind: 'none', why: 'small-workup' };
  const extra = extras[0];
  if (!readsAsTest(extra)) return { kind: 'none', why: 'extra-not-a-test' };
  if (INVASIVE_RE.test(extra)) return { kind: 'none', why: 'invasive-extra' };
  if (goldNames.some((g) => lookAlike(extra, g))) return { kind: 'none', why: 'look-alike-extra' };
  // A site the added name reads must be one of the work-up's (or inside or around one). A name with no site read (CBC,
  // ESR, a toxin assay) stays within the case; a test of a specimen (arterial blood gas) names where it is drawn, not
  // the organ studied, so its site is not read.
  const extraSites = testSlots(extra).slots.specimen ? [] : sitesOf(extra);
  const workupSites = goldNames.flatMap(sitesOf);
  if (extraSites.length > 0 && !extraSites.some((x) => workupSites.some((y) => sitesCompatible(x, y)))) return { kind: 'none', why: 'off-site-extra' };
  return { kind: 'added', extra };
}
