// An examination name read as slots — site, specimen, modality, method, organism, dye — so two names can be
// compared slot by slot: 血清蛋白电泳 and 脑脊液蛋白电泳 share their analyte and method but differ in specimen, so they
// are two tests however much of the wording they share; an oral cholecystogram is no transhepatic cholangiogram; 钡剂灌肠 (colon) is no 上消化道钡餐 (upper GI); a viral
// nucleic-acid swab is no bacterial culture; indocyanine-green angiography is no fluorescein angiography. A slot
// named on only one side decides nothing (血钙 = 钙). Values of one slot are compatible when equal or when one
// contains the other (a region and its organ, a method family and its techniques). Built on term-atoms.ts. Pure.
import { toSimplified } from '../core/han-variants.js';
import { termAtoms, type TermAtoms } from './term-atoms.js';
import { foldWidth } from './term-text.js';

export type Slot = 'site' | 'specimen' | 'modality' | 'method' | 'organism' | 'dye' | 'route' | 'analyte';

export interface TestSlots {
  /** Values per slot (atoms of term-atoms.ts, grouped); a slot not named is absent. */
  slots: Partial<Record<Slot, string[]>>;
}

/** Parent of a site: a region holds its organs (used only to tell compatible sites from different ones). */
const SITE_PARENT: Record<string, string> = {
  uppergi: 'gi',
  intestine: 'gi',
  esophagus: 'uppergi',
  stomach: 'uppergi',
  duodenum: 'uppergi',
  papilla: 'duodenum',
  colon: 'intestine',
  smallbowel: 'intestine',
  sigmoid: 'colon',
  rectum: 'intestine',
  anus: 'rectum',
  gi: 'abdomen',
  liver: 'abdomen',
  gallbladder: 'biliary',
  biliary: 'abdomen',
  pancreas: 'abdomen',
  spleen: 'abdomen',
  kidney: 'urinarytract',
  renalpelvis: 'kidney',
  ureter: 'urinarytract',
  bladder: 'urinarytract',
  urethra: 'urinarytract',
  peritoneum: 'abdomen',
  lung: 'chest',
  pleura: 'chest',
  heart: 'chest',
  myocardium: 'heart',
  coronary: 'heart',
  mediastinum: 'chest',
  bronchus: 'lung',
  uterus: 'pelvis',
  tube: 'pelvis',
  ovary: 'pelvis',
  vagina: 'pelvis',
  cervix: 'uterus',
  vulva: 'pelvis',
  prostate: 'pelvis',
  fornix: 'vagina',
  nose: 'ent',
  sinus: 'nose',
  vestibule: 'nose',
  nasopharynx: 'ent',
  pharynx: 'ent',
  larynx: 'ent',
  ear: 'ent',
  cochlea: 'ear',
  fundus: 'eye',
  cornea: 'eye',
  orbit: 'eye',
  endothelium: 'cornea',
  cspine: 'spine',
  lspine: 'spine',
  cord: 'spine',
  spine: 'bone',
  marrow: 'bone',
  wrist: 'bone',
  knee: 'bone',
  hip: 'bone',
  shoulder: 'bone',
  elbow: 'bone',
  ankle: 'bone',
  foot: 'bone',
  hand: 'bone',
  breast: 'chest',
  duct: 'breast',
  lymphnode: 'lymph',
  parotid: 'salivary',
  submandibular: 'salivary',
  artery: 'vessel',
  vein: 'vessel',
  capillary: 'vessel',
  testis: 'scrotum',
  fetus: 'pelvis',
  // Parts of a limb are parts of the skeleton a bone-and-joint film or scan images (s38: "X-rays of the wrist/forearm").
  forearm: 'bone',
  upperlimb: 'bone',
  tibia: 'bone',
  patella: 'knee',
  tfcc: 'wrist',
  thumb: 'hand',
  littlefinger: 'hand',
};

/** A bone or joint the atom reader could not name, read from its Chinese word (bone:跟 for 跟骨): inside the skeleton. */
const NAMED_BONE = 'bone:';

/**
 * A named bone is inside the skeleton a bone-and-joint gold names only when it is a bone of a limb or its girdle
 * (s38 review fix): the limb-skeleton gold 四肢的骨和关节平片 reads as bare `bone`, and a rib, coccyx, sacrum, mandible or
 * zygoma film (肋骨X线片, 尾骨, 骶骨, 下颌骨, 颧骨) is no film of a limb. Any other word is a site of its own with no parent,
 * as its unread characters were before s38. The word may carry a side or a qualifier before it (左肱, 左侧腓); in 肩胛
 * the reader takes 肩 as the shoulder and leaves 胛.
 */
const LIMB_BONE_RE = /(?:[肱尺桡股胫腓髌跟距跖跗趾指掌腕锁舟月骰楔钩胛]|豌豆)$/u;

/**
 * An examination name's atoms as the test reader compares them (#18, s38). Chinese names a bone or a joint by the
 * characters before 骨 / 关节 (跟骨 calcaneus, 腓骨 fibula, 骶髂关节 sacroiliac joint): characters the lexicon leaves
 * unread there (#跟) are one site of their own inside the skeleton — any bone-and-joint film covers it, no other bone is
 * it. A projection (侧位, 轴位, 正侧位: the view a film is taken in) says how, not what. The temporal bone is the ear's
 * (颞骨 CT is the ear's CT).
 */
function examAtoms(name: string): TermAtoms {
  const a = termAtoms(name);
  const literal = (c: string) => a.atoms.includes(`#${c}`);
  if (!a.atoms.some((x) => x.startsWith('#')) && !(a.atoms.includes('temporal') && a.atoms.includes('bone'))) return a;
  const text = toSimplified(foldWidth(name));
  const drop = new Set<string>();
  const add: string[] = [];
  for (const m of text.matchAll(/([\u4e00-\u9fff]{1,3})(?=骨|关节)/gu)) {
    // Only the unread characters right before 骨/关节 (胫腓骨: 胫 is read, 腓 is not).
    const chars = [...m[1]];
    let k = chars.length;
    while (k > 0 && literal(chars[k - 1])) k--;
    const word = chars.slice(k).join('');
    if (!word) continue;
    for (const c of word) drop.add(`#${c}`);
    add.push(`${NAMED_BONE}${word}`);
  }
  // Not on the spine (s38 review fix): 腰椎正侧位片 and 腰椎斜位片 are different series (an oblique lumbar series looks for a
  // pars defect), and the view words were what kept a lumbar film from the limb-skeleton gold, as before s38.
  const spine = a.sites.some((x) => siteAncestors(x).includes('spine'));
  if (!spine) for (const m of text.matchAll(/([正侧轴斜]+)位/gu)) if ([...m[1], '位'].every(literal)) for (const c of [...m[1], '位']) drop.add(`#${c}`);
  const atoms = new Set(a.atoms.filter((x) => !drop.has(x)));
  const sites = new Set(a.sites);
  for (const x of add) {
    atoms.add(x);
    sites.add(x);
  }
  if (atoms.has('temporal') && atoms.has('bone')) {
    for (const x of ['temporal', 'bone']) {
      atoms.delete(x);
      sites.delete(x);
    }
    atoms.add('ear');
    sites.add('ear');
  }
  const list = [...atoms].sort();
  return { atoms: list, sites: list.filter((x) => sites.has(x)), specimens: a.specimens, unknownWords: a.unknownWords };
}

/** Modality families: a barium study is a contrast X-ray; an echo is an ultrasound. */
const MODALITY_FAMILY: Record<string, string> = {
  ct: 'ct',
  mri: 'mri',
  us: 'us',
  echo: 'us',
  doppler: 'us',
  xray: 'xray',
  fluoro: 'xray',
  contrast: 'xray',
  barium: 'xray',
  scint: 'nuclear',
  pet: 'nuclear',
  scope: 'scope',
  ecg: 'ecg',
  holter: 'ecg',
  eeg: 'eeg',
  emg: 'emg',
};

/** Modality families that take an image of a site (a scope or a tracing is not a picture of a region). */
const IMAGING_FAMILIES: ReadonlySet<string> = new Set(['ct', 'mri', 'us', 'xray', 'nuclear']);

/** Method families: techniques that answer the same question (an ELISA is a serology; a stain is microscopy). */
const METHOD_FAMILY: Record<string, string> = {
  culture: 'culture',
  nucleic: 'nucleic',
  pcr: 'nucleic',
  gene: 'nucleic',
  smear: 'microscopy',
  stain: 'microscopy',
  microscopy: 'microscopy',
  cytology: 'microscopy',
  antibody: 'serology',
  antigen: 'serology',
  elisa: 'serology',
  ria: 'serology',
  blot: 'serology',
  agglutination: 'serology',
  latex: 'serology',
  biopsy: 'histology',
  electrophoresis: 'electrophoresis',
  immunoelectrophoresis: 'electrophoresis',
};

/** Organisms with their group: a named virus is a virus, so 病毒检测 and 乙肝病毒 are compatible, 细菌 and 病毒 not. */
const ORGANISM_GROUP: Record<string, string> = {
  bacteria: 'bacteria',
  tb: 'bacteria',
  hpylori: 'bacteria',
  syphilis: 'bacteria',
  chlamydia: 'bacteria',
  mycoplasma: 'bacteria',
  virus: 'virus',
  hbv: 'virus',
  hcv: 'virus',
  hav: 'virus',
  hdv: 'virus',
  hev: 'virus',
  hiv: 'virus',
  rubella: 'virus',
  measles: 'virus',
  fungus: 'fungus',
  cryptococcus: 'fungus',
  parasite: 'parasite',
  amoeba: 'parasite',
  ova: 'parasite',
  toxoplasma: 'parasite',
};

const DYES = new Set(['fluorescein', 'icg']);
/** How contrast reaches the organ: an oral cholecystogram is no transhepatic cholangiogram. */
const ROUTES = new Set(['oral', 'transhepatic', 'retrograde']);

/** Serum and plasma are dropped as qualifiers when names are compared as atoms, but they name blood as specimen. */
const BLOOD_WORDS = /血清|血浆|全血|\bserum\b|\bplasma\b/u;

const memo = new Map<string, TestSlots>();

/** The slots an examination name fills (memoised, bounded). */
export function testSlots(name: string): TestSlots {
  const hit = memo.get(name);
  if (hit) return hit;
  if (memo.size >= 50_000) memo.clear();
  const r = computeSlots(name);
  memo.set(name, r);
  return r;
}

function computeSlots(name: string): TestSlots {
  const a = examAtoms(name);
  const slots: Partial<Record<Slot, string[]>> = {};
  const add = (slot: Slot, v: string) => {
    const list = slots[slot] ?? [];
    if (!list.includes(v)) list.push(v);
    slots[slot] = list;
  };
  for (const s of a.sites) add('site', s);
  for (const s of a.specimens) add('specimen', s);
  if (BLOOD_WORDS.test(foldWidth(name).toLowerCase())) add('specimen', 'blood');
  for (const x of a.atoms) {
    if (MODALITY_FAMILY[x]) add('modality', x);
    if (METHOD_FAMILY[x]) add('method', x);
    if (ORGANISM_GROUP[x]) add('organism', x);
    if (DYES.has(x)) add('dye', x);
    if (ROUTES.has(x)) add('route', x);
  }
  // What is measured or done (磷脂, "phosphate", 胎心): every other atom, when the name reads completely — a name with
  // an unread word or character may name its analyte there.
  const complete = a.unknownWords.length === 0 && !a.atoms.some((x) => x.startsWith('#'));
  if (complete)
    for (const x of a.atoms)
      if (!a.sites.includes(x) && !a.specimens.includes(x) && !MODALITY_FAMILY[x] && !METHOD_FAMILY[x] && !ORGANISM_GROUP[x] && !DYES.has(x) && !ROUTES.has(x))
        add('analyte', x);
  return { slots };
}

/**
 * Sites that are parts of one system: all are tissues of the musculoskeletal system (骨关节及软组织). Only that class
 * (s38 review fix): an organ of a multi-organ region is not the region's study — 脾脏CT is no 肝胆胰脾CT, as before s38.
 */
function oneSystem(parts: readonly string[]): boolean {
  return parts.every((x) => MUSCULOSKELETAL.has(x) || siteAncestors(x).includes('bone'));
}

/** Tissues of the musculoskeletal system besides the skeleton. */
const MUSCULOSKELETAL: ReadonlySet<string> = new Set(['bone', 'softtissue', 'muscle']);

function siteAncestors(s: string): string[] {
  const out = [s];
  const first = s.startsWith(NAMED_BONE) ? (LIMB_BONE_RE.test(s.slice(NAMED_BONE.length)) ? 'bone' : undefined) : SITE_PARENT[s];
  for (let p = first; p && out.length < 8; p = SITE_PARENT[p]) out.push(p);
  return out;
}

/** Two values of one slot can name the same thing (equal, or one contains the other). */
function compatible(slot: Slot, x: string, y: string): boolean {
  if (x === y) return true;
  switch (slot) {
    case 'site':
      return siteAncestors(x).includes(y) || siteAncestors(y).includes(x);
    case 'modality':
      return MODALITY_FAMILY[x] === MODALITY_FAMILY[y];
    case 'method':
      return METHOD_FAMILY[x] === METHOD_FAMILY[y];
    case 'organism':
      // A group word (病毒) covers its members; two named organisms of one group are still two organisms.
      return ORGANISM_GROUP[x] === y || ORGANISM_GROUP[y] === x;
    default:
      return false;
  }
}

/** Immunoglobulin classes, as the atom reader writes them. */
const IG_CLASSES: ReadonlySet<string> = new Set(['igm', 'igg', 'iga', 'ige', 'igd']);

const SLOTS: readonly Slot[] = ['site', 'specimen', 'modality', 'method', 'organism', 'dye', 'route', 'analyte'];

/**
 * The first slot both names fill with no compatible value in common, or null. Two names that conflict in a slot are
 * different tests, whatever else they share.
 */
export function slotConflict(a: string, b: string): Slot | null {
  const x = testSlots(a).slots;
  const y = testSlots(b).slots;
  for (const slot of SLOTS) {
    const u = x[slot];
    const v = y[slot];
    if (!u || !v) continue;
    if (!u.some((p) => v.some((q) => compatible(slot, p, q)))) return slot;
  }
  return null;
}

/**
 * Two examination names read completely name one test slot by slot: every atom of the gold is in the prediction
 * (a gold specimen may go unsaid: 血清乳酸脱氢酶 = "LDH"; a gold region is named by an organ inside it), and what the
 * prediction adds only narrows the same test — blood for an analyte named without a specimen, any specimen for a gold
 * that names only a method, a method of the gold's family, or a site inside a gold
 * site (骨髓铁染色 for 铁染色, "cryptococcal antigen latex agglutination" for 隐球菌胶乳凝集试验). A prediction adding an
 * analyte, a modality or an organism names another test; a gold that is only a site or specimen names none.
 */
export function sameTestBySlots(pred: string, gold: string): boolean {
  const p = examAtoms(pred);
  const g = examAtoms(gold);
  if (p.unknownWords.length || g.unknownWords.length || p.atoms.length === 0) return false;
  if (!g.atoms.some((a) => !g.sites.includes(a) && !g.specimens.includes(a))) return false;
  if (slotConflict(pred, gold)) return false;
  // A gallbladder study is no study of the bile ducts when it is a contrast study or an endoscopy: cholecystography
  // (胆囊造影) is not cholangiography (胆道造影/胆管造影) — the duct system is what the gold images (s35 review fix).
  const ductStudy = g.atoms.includes('contrast') || g.atoms.includes('scope');
  const inside = (site: string, region: string) => siteAncestors(site).includes(region) && !(ductStudy && site === 'gallbladder' && region === 'biliary');
  // An image of a region named by its parts (骨关节及软组织CT: bones, joints and soft tissue; 肝胆胰脾CT) is one study of
  // that region: a prediction imaging a site inside any of the parts names it (足踝CT), as 头颅CT names CT of the head.
  // Only imaging: a panel of two organs' tests (肝肾功能) is not named by one member.
  // The parts are the gold's sites no other of its sites lies inside (跟骨 {bone, bone:跟} is one bone, not a region).
  const parts = g.sites.filter((r) => !g.sites.some((o) => o !== r && inside(o, r)));
  const region = parts.length >= 2 && g.atoms.some((a) => IMAGING_FAMILIES.has(MODALITY_FAMILY[a] ?? '')) && oneSystem(parts);
  for (const a of g.atoms) {
    if (p.atoms.includes(a) || g.specimens.includes(a)) continue;
    if (g.sites.includes(a) && p.sites.some((s) => inside(s, a))) continue;
    if (region && parts.includes(a) && p.sites.some((s) => parts.some((r) => inside(s, r)))) continue;
    return false;
  }
  const goldMethods = g.atoms.filter((a) => METHOD_FAMILY[a]).map((a) => METHOD_FAMILY[a]);
  for (const a of p.atoms) {
    // Blood is the specimen an unqualified analyte is measured in (LDH = 血LDH; urine or CSF makes another test); a
    // gold that names only a method (脱落细胞检查, 细菌培养) leaves the specimen to the case.
    if (g.atoms.includes(a)) continue;
    if (p.specimens.includes(a) && g.specimens.length === 0 && (a === 'blood' || g.atoms.every((x) => METHOD_FAMILY[x] || g.sites.includes(x)))) continue;
    if (METHOD_FAMILY[a] && (goldMethods.length === 0 || goldMethods.includes(METHOD_FAMILY[a]))) continue;
    if (p.sites.includes(a) && g.sites.some((s) => inside(a, s))) continue;
    // An antibody named with its classes is that antibody test ("hantavirus IgM/IgG antibodies" = 流行性出血热病毒抗体)
    // when the gold names no class; a gold's own class (抗HAV IgM) still admits no other. Only the panel form — two or
    // more classes named — is the class-less test: one class alone (HBcAb-IgM) is its own lab item (s35 review fix).
    if (IG_CLASSES.has(a) && g.atoms.includes('antibody') && !g.atoms.some((x) => IG_CLASSES.has(x)) && p.atoms.filter((x) => IG_CLASSES.has(x)).length >= 2)
      continue;
    return false;
  }
  return true;
}
