// Names a text gives a class of medicines ("第二代抗组胺药", "a proton pump inhibitor", "渗透性泻药"), each with the
// classes of the indication table (drug-indications.ts) whose members the name may introduce. Read for one purpose:
// a medicine offered as an EXAMPLE of a class ("抗组胺药，比如氯硝西泮") that the table files under none of those
// classes — the corrupted answer keeps the class and swaps the medicine. Generous on purpose: a name lists every table
// class a member may sit in (aspirin is an NSAID and filed as antiplatelet; budesonide is a steroid filed as respiratory;
// diazepam is a sedative filed as antiepileptic), because a missing id here is a false drop there. An empty list says
// the table holds no member of the class (laxatives): any medicine the table knows is then not one.
// Only this reader uses the list (data/filters/class-example.ts); the indication table's own lists are unchanged.

/** Class ids of DRUG_CLASSES (kept as strings: the table types its ids as strings). */
export interface ClassName {
  /** Source of a regex matching the class name as written (Chinese or English, lower-case). */
  re: string;
  /** Indication-table classes a member may be filed under. */
  classes: readonly string[];
}

const ANTIBACTERIAL = [
  'fluoroquinolone',
  'beta-lactam-aminoglycoside-other-antibacterial',
  'macrolide-tetracycline-lincosamide',
  'nitroimidazole',
  'glycopeptide',
  'antitubercular',
];
const STEROID = ['systemic-corticosteroid', 'topical-corticosteroid', 'respiratory'];
const PAIN = ['nsaid-analgesic', 'paracetamol-salicylate-analgesic', 'antiplatelet'];
const HORMONE = ['thyroid-hormone', 'progestogen', 'androgen', 'hormone-other', 'desmopressin', 'insulin'];
const SEDATIVE = ['psychiatric', 'antiepileptic', 'antihistamine'];

/** The reader takes the LONGEST name ending where the example begins (甲状腺激素 over 激素, pain relievers over relievers). */
export const CLASS_NAMES: readonly ClassName[] = [
  { re: '(?:第[二2]代|非镇静(?:性|类)?|新型)?抗组胺(?:药物?|类药物?|剂)?|(?:non-?(?:drowsy|sedating)\\s+)?antihistamines?', classes: ['antihistamine'] },
  { re: '质子泵抑制剂|\\bppis?\\b|proton[- ]pump inhibitors?|抑酸药物?|h2受体(?:拮抗剂|阻滞剂)', classes: ['acid-suppression'] },
  { re: '他汀类?(?:药物?)?|\\bstatins?\\b', classes: ['statin'] },
  { re: '(?:渗透性|容积性|刺激性)?泻药|通便药物?|(?:osmotic|stimulant|bulk[- ]forming)?\\s*laxatives?', classes: [] },
  { re: '止泻药物?|antidiarrh?oeals?', classes: ['probiotic'] },
  { re: '抗真菌(?:药物?|药膏|乳膏)?|antifungals?', classes: ['antifungal', 'vaginal-antifungal'] },
  { re: '抗病毒(?:药物?)?|antivirals?', classes: ['anti-herpes', 'anti-influenza', 'anti-hepatitis'] },
  { re: '(?:口服|广谱|短疗程|短程)?抗生素|抗菌药物?|\\bantibiotics?\\b', classes: ANTIBACTERIAL },
  // 消炎药 is said of antibiotics and of anti-inflammatory painkillers alike.
  { re: '消炎药物?', classes: [...ANTIBACTERIAL, ...PAIN] },
  { re: '头孢(?:类|菌素类?)(?:药物?|抗生素)?|cephalosporins?', classes: ['beta-lactam-aminoglycoside-other-antibacterial'] },
  { re: '大环内酯类?(?:药物?|抗生素)?|macrolides?', classes: ['macrolide-tetracycline-lincosamide'] },
  { re: '(?:糖皮质|皮质类固醇|肾上腺皮质)激素(?:类药物?|药膏|乳膏|喷剂)?|(?:cortico)?steroids?', classes: STEROID },
  // Bare 激素 is any hormone in lay Chinese (孕激素, 甲状腺激素).
  { re: '激素(?:类药物?|药膏|乳膏|喷剂)?', classes: [...STEROID, ...HORMONE] },
  { re: '非甾体(?:类)?抗炎药物?|\\bnsaids?\\b|解热镇痛药物?|退烧药|退热药|fever (?:reducers?|medicines?)', classes: PAIN },
  // A painkiller in general may be an opioid (codeine, filed as antitussive) or a neuropathic one (carbamazepine).
  { re: '止痛药物?|镇痛药物?|painkillers?|pain ?relievers?|pain medications?', classes: [...PAIN, 'mucolytic-antitussive', 'antiepileptic', 'psychiatric'] },
  { re: '抗凝(?:药物?|剂)|anticoagulants?|blood thinners?', classes: ['anticoagulant-thrombolytic', 'antiplatelet'] },
  { re: '抗血小板(?:药物?)?|antiplatelets?', classes: ['antiplatelet', 'dipyridamole'] },
  { re: '(?:口服)?降糖药物?|antidiabetics?', classes: ['antidiabetic', 'sglt2-inhibitor', 'insulin'] },
  {
    re: '降压药物?|antihypertensives?|(?:钙通道|钙离子通道)(?:阻滞剂|拮抗剂)|calcium[- ]channel blockers?|ace inhibitors?|普利类(?:药物?)?|沙坦类(?:药物?)?',
    classes: ['antihypertensive', 'antiarrhythmic', 'diuretic'],
  },
  { re: '利尿(?:药物?|剂)|diuretics?', classes: ['diuretic', 'antihypertensive', 'osmotic-dehydration'] },
  { re: '抗癫痫(?:药物?)?|antiepileptics?|anticonvulsants?', classes: ['antiepileptic'] },
  { re: '抗抑郁(?:药物?)?|antidepressants?|抗精神病(?:药物?)?|antipsychotics?', classes: ['psychiatric'] },
  { re: '(?:镇静)?安眠药物?|镇静(?:药物?|剂)|sedatives?|sleeping (?:pills?|tablets?)', classes: SEDATIVE },
  { re: '止吐药物?|促(?:胃)?动力药物?|antiemetics?|anti-sickness (?:medicines?|tablets?)', classes: ['antiemetic-prokinetic', 'antihistamine', 'psychiatric'] },
  { re: '铁剂|补铁(?:药物?|剂)|iron (?:tablets?|supplements?)', classes: ['iron'] },
  { re: '甲状腺激素(?:替代)?(?:药物?|制剂)?|thyroid hormone', classes: ['thyroid-hormone'] },
  { re: '抗甲状腺(?:药物?)|antithyroid (?:drugs?|medicines?)', classes: ['antithyroid'] },
  { re: '支气管扩张(?:剂|药物?)|bronchodilators?|(?:快速|急救)缓解(?:药物?|剂)|(?:blue\\s+)?reliever(?: inhalers?)?s?', classes: ['respiratory'] },
  { re: '胰岛素(?:类似物|制剂)?|insulins?', classes: ['insulin'] },
];

let compiled: { re: RegExp; classes: readonly string[] }[] | undefined;
let anywhere: { re: RegExp; classes: readonly string[] }[] | undefined;
/** Each class name as a regex anchored at the END of a text (the words just before an example marker). */
export function classNamesAtEnd(): readonly { re: RegExp; classes: readonly string[] }[] {
  compiled ??= CLASS_NAMES.map((c) => ({ re: new RegExp(`(?:${c.re})\\s*$`, 'iu'), classes: c.classes }));
  return compiled;
}

/** Each class name as a regex found anywhere (a clause naming two classes before one list: "PPI加两种抗生素，如…"). */
export function classNamesAnywhere(): readonly { re: RegExp; classes: readonly string[] }[] {
  anywhere ??= CLASS_NAMES.map((c) => ({ re: new RegExp(`(?:${c.re})`, 'iu'), classes: c.classes }));
  return anywhere;
}
