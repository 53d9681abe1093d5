// The head of a Chinese test name (#18, s44). A Chinese compound ends in its head: 胰岛素抗体 is an antibody (against
// insulin), 甲状腺素结合球蛋白 a binding protein (of thyroxine), 输尿管镜检查 an endoscopy (of the ureter). The name
// matcher pays a name contained in another (腹部彩超 names 彩超, 血常规检查 names 血常规), so before s44 胰岛素 was paid for
// 胰岛素抗体 and back, "FT4" for 甲状腺素结合球蛋白 (through the synonym 甲状腺素 substituted into the gold), and the
// bracket of 泌尿系超声（输尿管） — a bare site — for 输尿管镜检查. Read here from form: when one name lies inside the other,
// what the longer adds must not be a head that makes it another entity — an antibody, antigen, receptor or binding
// protein of the shorter (its target: 抗… before it or …抗体 after it), or a test of any kind when the shorter is only a
// site or specimen (no test of its own). A pathogen's antibody is how the pathogen is tested (HIV抗体 for HIV检测), so
// a shorter name naming an organism is left to the older readers. Only withholds (the pair is not matched). Pure.
import { testSlots } from '../../knowledge/test-slots.js';
import { termAtoms } from '../../knowledge/term-atoms.js';
import { normTerm } from '../../knowledge/term-text.js';

/** Heads that make a compound another entity than the analyte they qualify. */
const ENTITY_HEAD = /抗体|受体|结合球蛋白|结合蛋白/u;
/** An entity head right after the analyte, at most two characters between (自身, 相关). */
const ATTACHED_HEAD = /^[\u4e00-\u9fff]{0,2}?(?:抗体|受体|结合球蛋白|结合蛋白)/u;
const CONJUNCTION = /[及和与、,，/+＋;；]/u;
/** Heads of a test or procedure (what a bare site or specimen lacks). */
const TEST_HEAD = /镜|超声|彩超|造影|ct|mri|磁共振|x线|x光|平片|片|活检|穿刺|培养|涂片|刮片|染色|检|测|试验|分析|功能|显像|扫描|电图/u;
/** A pathogen is tested by its antibody or antigen: such a shorter name is left alone. */
/** An immunoglobulin is an antibody already (IgE, 免疫球蛋白). */
const IMMUNOGLOBULIN = /ig[gamde]|免疫球蛋白|抗体/u;
const PATHOGEN = /病毒|菌|虫|螺旋体|衣原体|支原体|立克次体|hiv|hbv|hcv|hpv|ebv|cmv|virus/u;

/**
 * Whether `outer` (normalised) adds to `inner` (normalised, found inside it) a head that makes it another entity, so
 * the two names are two tests however much wording they share. `answer` is the answer's name as written when `inner`
 * comes from it: only then may the bare-place case apply (a gold is never made narrower by this reading), and it is
 * that name, not a core stripped of 检查, that must name no test (阴道分泌物检查 is a test of its specimen).
 */
export function addsOtherHead(inner: string, outer: string, answer: string | null): boolean {
  const at = outer.indexOf(inner);
  if (at < 0 || inner === outer) return false;
  const before = outer.slice(0, at);
  const after = outer.slice(at + inner.length);
  // Only an analyte as such: a name already an antibody (甲状腺过氧化物酶抗体 in 抗甲状腺过氧化物酶抗体, 特异性IgE in
  // 特异性IgE抗体) gains nothing by 抗 or 抗体.
  const analyte = !ENTITY_HEAD.test(inner) && !inner.startsWith('抗') && !IMMUNOGLOBULIN.test(inner);
  if (analyte && !PATHOGEN.test(inner) && !(testSlots(inner).slots.organism?.length ?? 0)) {
    // The head attaches to the analyte (胰岛素抗体, 促甲状腺激素受体抗体, 胰岛素自身抗体) — not a second test joined to it
    // (肝功能及乙肝抗体 still names 肝功能).
    if ((ATTACHED_HEAD.test(after) && !CONJUNCTION.test(after)) || (before.endsWith('抗') && !CONJUNCTION.test(before))) return true;
  }
  // The answer is only a site or specimen (输尿管, the bracket of 泌尿系超声（输尿管）): the longer's test head is the test.
  if (answer === null) return false;
  const name = normTerm(answer);
  const a = termAtoms(name);
  const onlyPlace = a.unknownWords.length === 0 && a.atoms.length > 0 && a.atoms.every((x) => a.sites.includes(x) || a.specimens.includes(x));
  return onlyPlace && !TEST_HEAD.test(name) && TEST_HEAD.test(after);
}

/** A name without brackets and its trailing generic words (检查, 测定 …), normalised; Chinese names only. */
function bareName(name: string): string | null {
  const n = normTerm(name.replace(/\s*[(（][^()（）]*[)）]\s*/gu, ''))
    .replace(/(?:检查|测定|检测|化验|水平|含量|浓度|定量)+$/u, '')
    .replace(/^(?:血清|血浆|血液|血)(?=.{3,})/u, '');
  return /[\u4e00-\u9fff]/u.test(n) && n.length >= 2 ? n : null;
}

/**
 * The answer and a gold entry (its names as written) are two tests by their heads: the answer's name and the gold's
 * names that lie inside one another all differ by a head of another entity (胰岛素抗体 for 胰岛素, 输尿管 for 输尿管镜检查),
 * or one is the antibody of what the other measures (血小板抗体 for 血小板计数), and no gold name is the answer's own.
 * Used as a veto over every matching path (the slot reader reads an antibody as a method that narrows its analyte).
 */
export function headConflict(pred: string, goldRaw: readonly string[]): boolean {
  if (targetConflict(pred, goldRaw) || atomTargetConflict(pred, goldRaw)) return true;
  // The answer with its brackets read inline: a bracket may hold its test word (颈部（B超）).
  const p = bareName(pred.replace(/[(（)）]/gu, ''));
  if (!p) return false;
  let related = 0;
  for (const raw of goldRaw) {
    const g = bareName(raw);
    if (!g) continue;
    if (g === p) return false;
    if (g.includes(p)) {
      if (!addsOtherHead(p, g, pred)) return false;
      related++;
    } else if (p.includes(g)) {
      if (!addsOtherHead(g, p, null)) return false;
      related++;
    }
  }
  return related > 0;
}

/**
 * What an antibody, receptor or binding protein is of: 血小板抗体 → 血小板, 抗胰岛素抗体 → 胰岛素; null for other names —
 * a name must end in the head: 抗 alone is also "acid-fast" (抗酸染色) or a protein's own name (抗凝血酶).
 */
function entityTarget(bare: string): string | null {
  const m = /^抗?(.+?)(?:自身)?(?:抗体|受体|结合球蛋白|结合蛋白)$/u.exec(bare);
  return m && m[1].length >= 2 ? m[1] : null;
}

/**
 * The answer is the antibody (receptor, binding protein) of what the gold measures, or the reverse, without one name
 * lying inside the other: 血小板抗体 names the platelet, 血小板计数 counts it. Conflict when one side names such an entity
 * of X, the other names no entity, is no immunoglobulin or pathogen test, and has X in its name — some gold name
 * relating so to the answer and none equalling it.
 */
function targetConflict(pred: string, goldRaw: readonly string[]): boolean {
  const p = bareName(pred.replace(/[(（)）]/gu, ''));
  if (!p) return false;
  const plain = (n: string) =>
    !ENTITY_HEAD.test(n) && !n.startsWith('抗') && !IMMUNOGLOBULIN.test(n) && !PATHOGEN.test(n) && !(testSlots(n).slots.organism?.length ?? 0);
  if (CONJUNCTION.test(p)) return false;
  const pt = entityTarget(p);
  let related = 0;
  for (const raw of goldRaw) {
    const g = bareName(raw);
    if (!g) continue;
    if (g === p) return false;
    if (CONJUNCTION.test(g)) continue;
    const gt = entityTarget(g);
    if (pt && !gt && plain(g) && !PATHOGEN.test(pt) && g.includes(pt)) related++;
    else if (gt && !pt && plain(p) && !PATHOGEN.test(gt) && p.includes(gt)) related++;
  }
  return related > 0;
}

/** Atoms of an entity made against or binding what it names (the atom reader folds 抗/anti into antibody). */
const ENTITY_ATOMS: ReadonlySet<string> = new Set(['antibody', 'receptor']);
const IG_ATOM = /^ig[gamde]$/u;

/** A name that tests a pathogen or an immunoglobulin: its antibody is how it is tested, never a conflict. */
function infectiousOrIg(name: string, atoms: readonly string[]): boolean {
  return PATHOGEN.test(name.toLowerCase()) || (testSlots(name).slots.organism?.length ?? 0) > 0 || atoms.some((x) => IG_ATOM.test(x));
}

/**
 * The same in any language, read as atoms ("Insulin antibody" = {antibody, insulin} for 胰岛素 = {insulin}): one name
 * reads an antibody or receptor, the other none, both read completely, neither tests a pathogen or an immunoglobulin,
 * and everything else the entity names is what the plain name measures. Bracketed glosses are left out.
 */
function atomTargetConflict(pred: string, goldRaw: readonly string[]): boolean {
  const read = (name: string) => {
    const bare = name.replace(/\s*[(（][^()（）]*[)）]\s*/gu, ' ').trim();
    const a = termAtoms(bare);
    // A name joining two tests (胰岛素及胰岛素抗体) is left to the older readers.
    if (!bare || CONJUNCTION.test(bare) || /\band\b/iu.test(bare) || a.unknownWords.length > 0 || a.atoms.length === 0 || infectiousOrIg(bare, a.atoms))
      return null;
    const core = a.atoms.filter((x) => !ENTITY_ATOMS.has(x) && !a.specimens.includes(x));
    return { entity: a.atoms.some((x) => ENTITY_ATOMS.has(x)), core };
  };
  const p = read(pred);
  if (!p) return false;
  let related = 0;
  for (const raw of goldRaw) {
    const g = read(raw);
    if (!g) continue;
    if (g.entity === p.entity) {
      if (g.core.join('|') === p.core.join('|')) return false;
      continue;
    }
    const [ent, plain] = p.entity ? [p, g] : [g, p];
    if (ent.core.length > 0 && ent.core.every((x) => plain.core.includes(x))) related++;
  }
  return related > 0;
}
