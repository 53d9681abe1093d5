// Drug-name normalisation for rational-drug-use rewards: generic/brand, Chinese/English, salts and dosage forms
// folded to one canonical key. Sources: the Chinese drug dictionary (entity-dict-zh/drug.txt), the NMPA
// imported-drug list (product names) and a small built-in alias table of common generic ↔ English ↔ brand names.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kbErrors } from './errors.js';
import { scanNames } from './name-scan.js';
import { createNameTrie, type NameTrie } from './name-trie.js';
import { normTerm } from './term-text.js';
import { defaultTermsDir } from './icd10.js';

export const DRUG_DICT_FILE = join('entity-dict-zh', 'drug.txt');
export const NMPA_DRUG_FILE = 'nmpa-imported-drugs.jsonl';

/** canonical Chinese generic | English generic names | brand names (Chinese and English). */
const SEED_ALIASES = `
对乙酰氨基酚|paracetamol,acetaminophen|泰诺林,必理通,扑热息痛,百服宁,tylenol,panadol
布洛芬|ibuprofen|芬必得,美林,advil,motrin
阿司匹林|aspirin,acetylsalicylic acid|拜阿司匹灵,乙酰水杨酸
二甲双胍|metformin|格华止,glucophage
阿莫西林|amoxicillin|阿莫仙
阿莫西林克拉维酸钾|amoxicillin-clavulanate,amoxicillin clavulanate,co-amoxiclav|安灭菌,力百汀,augmentin
头孢呋辛|cefuroxime|西力欣,zinacef
头孢曲松|ceftriaxone|罗氏芬,rocephin
左氧氟沙星|levofloxacin|可乐必妥,来立信
阿奇霉素|azithromycin|希舒美,zithromax
奥美拉唑|omeprazole|洛赛克,losec
泮托拉唑|pantoprazole|潘妥洛克
氨氯地平|amlodipine|络活喜,norvasc
硝苯地平|nifedipine|拜新同,心痛定,adalat
缬沙坦|valsartan|代文,diovan
厄贝沙坦|irbesartan|安博维,aprovel
氯沙坦|losartan|科素亚,cozaar
美托洛尔|metoprolol|倍他乐克,betaloc
比索洛尔|bisoprolol|康忻,concor
卡托普利|captopril|开博通
依那普利|enalapril|悦宁定
阿托伐他汀|atorvastatin|立普妥,lipitor
瑞舒伐他汀|rosuvastatin|可定,crestor
辛伐他汀|simvastatin|舒降之,zocor
氯吡格雷|clopidogrel|波立维,plavix
华法林|warfarin|可迈丁,coumadin
利伐沙班|rivaroxaban|拜瑞妥,xarelto
呋塞米|furosemide|速尿,lasix
氢氯噻嗪|hydrochlorothiazide|双氢克尿噻
螺内酯|spironolactone|安体舒通
胰岛素|insulin|
格列美脲|glimepiride|亚莫利,amaryl
阿卡波糖|acarbose|拜唐苹,glucobay
西格列汀|sitagliptin|捷诺维,januvia
左甲状腺素|levothyroxine|优甲乐,雷替斯,euthyrox
甲巯咪唑|methimazole,thiamazole|他巴唑,赛治
泼尼松|prednisone|强的松
地塞米松|dexamethasone|氟美松
甲泼尼龙|methylprednisolone|美卓乐,甲强龙,medrol
沙丁胺醇|salbutamol,albuterol|万托林,ventolin
布地奈德|budesonide|普米克,pulmicort
孟鲁司特|montelukast|顺尔宁,singulair
氯雷他定|loratadine|开瑞坦,claritin
西替利嗪|cetirizine|仙特明,zyrtec
蒙脱石|montmorillonite,smectite,diosmectite|思密达,smecta
洛哌丁胺|loperamide|易蒙停,imodium
甲硝唑|metronidazole|灭滴灵,flagyl
奥司他韦|oseltamivir|达菲,tamiflu
阿昔洛韦|acyclovir,aciclovir|无环鸟苷,zovirax
地高辛|digoxin|
硝酸甘油|nitroglycerin,glyceryl trinitrate|
肝素|heparin|
低分子肝素|low molecular weight heparin,lmwh|
吗啡|morphine|
曲马多|tramadol|奇曼丁
舍曲林|sertraline|左洛复,zoloft
艾司西酞普兰|escitalopram|来士普,lexapro
阿普唑仑|alprazolam|佳静安定,xanax
地西泮|diazepam|安定,valium
卡马西平|carbamazepine|得理多,tegretol
丙戊酸钠|valproate,sodium valproate,valproic acid|德巴金,depakine
别嘌醇|allopurinol|别嘌呤醇,zyloprim
非布司他|febuxostat|优立通
秋水仙碱|colchicine|
苯溴马隆|benzbromarone|立加利仙
甲氨蝶呤|methotrexate|
`;

const SALT_RE = /^(盐酸|硫酸|马来酸|富马酸|枸橼酸|酒石酸|琥珀酸|甲磺酸|苯磺酸|磷酸|醋酸|乳酸|门冬氨酸|氢溴酸)(?=.{2,})/u;
const FORM_RE =
  /(缓释片|控释片|肠溶片|分散片|咀嚼片|泡腾片|含片|薄膜衣片|肠溶胶囊|缓释胶囊|软胶囊|胶囊剂|胶囊|颗粒剂|颗粒|干混悬剂|混悬液|口服溶液|口服液|注射液|注射剂|滴眼液|滴耳液|滴鼻液|喷雾剂|气雾剂|吸入剂|吸入粉雾剂|乳膏|软膏|凝胶|贴剂|贴片|栓剂|栓|糖浆|片剂|片|丸|散|酊|合剂|溶液)$/u;
const RELEASE_RE = /(缓释|控释|肠溶|速释|长效)$/u;
const CATION_RE = /(?<=.{3})(钠|钾|钙)$/u;
const FORM_PREFIX_RE = /^注射用/u;
const EN_FORM_RE =
  /\b(hydrochloride|hcl|sulfate|sulphate|maleate|sodium|potassium|calcium|besylate|mesylate|tartrate|succinate|tablets?|capsules?|injection|oral solution|solution|suspension|extended[- ]release|er|sr|xr|mg|ml)\b/g;

/** Canonical lookup key of one drug mention: width/punctuation folded, no salt and no dosage form. */
export function drugKey(name: string): string {
  let s = name.trim().toLowerCase();
  if (/[a-z]/.test(s)) s = s.replace(/\d+(\.\d+)?/g, ' ').replace(EN_FORM_RE, ' ');
  let k = normTerm(s);
  k = k.replace(FORM_PREFIX_RE, '');
  for (let i = 0; i < 2; i++) k = k.replace(FORM_RE, '').replace(RELEASE_RE, '');
  k = k.replace(SALT_RE, '').replace(CATION_RE, '');
  return k || normTerm(name);
}

export interface DrugLexicon {
  readonly size: number;
  /** Canonical name for a mention (the alias table's generic name, else its own folded key). */
  canonical(name: string): string;
  /** True when the key is a known drug (dictionary, NMPA list or alias table). */
  isKnown(name: string): boolean;
  /** Known drug names in free text, longest first, left to right (canonical forms, deduplicated). */
  findDrugs(text: string, max?: number): string[];
}

export interface DrugLexiconInput {
  names?: Iterable<string>;
  /** canonical → aliases (English generics, brands). */
  aliases?: Record<string, string[]>;
}

export function parseSeedAliases(text: string = SEED_ALIASES): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const [canon, en = '', brands = ''] = line.split('|');
    if (!canon?.trim()) continue;
    out[canon.trim()] = [...en.split(','), ...brands.split(',')].map((s) => s.trim()).filter(Boolean);
  }
  return out;
}

export function createDrugLexicon(input: DrugLexiconInput = {}): DrugLexicon {
  const aliasToCanon = new Map<string, string>();
  const known = new Set<string>();
  const aliases = { ...parseSeedAliases(), ...(input.aliases ?? {}) };
  for (const [canon, list] of Object.entries(aliases)) {
    const ck = drugKey(canon);
    aliasToCanon.set(ck, ck);
    known.add(ck);
    for (const a of list) {
      aliasToCanon.set(drugKey(a), ck);
      aliasToCanon.set(normTerm(a), ck);
      known.add(drugKey(a));
    }
  }
  for (const n of input.names ?? []) {
    const k = drugKey(n);
    if (k.length >= 2) known.add(k);
  }
  const scanKeys = new Set<string>([...known, ...aliasToCanon.keys()].filter((k) => k.length >= 2));
  const canonical = (name: string): string => {
    const k = drugKey(name);
    return aliasToCanon.get(k) ?? aliasToCanon.get(normTerm(name)) ?? k;
  };
  // A hit is reported as its canonical name, so a brand and its generic in one text count once. Built on the
  // first findDrugs: canonical() and isKnown() callers never pay for it.
  let names: NameTrie<string> | undefined;
  const nameTrie = (): NameTrie<string> => (names ??= createNameTrie([...scanKeys].map((k) => [k, aliasToCanon.get(k) ?? canonical(k)] as const)));
  return {
    size: known.size,
    canonical,
    isKnown: (name: string) => known.has(canonical(name)) || known.has(drugKey(name)),
    findDrugs(text: string, max = 20) {
      return scanNames(normTerm(text.toLowerCase()), { names: nameTrie(), max });
    },
  };
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Lexicon from a terminology folder (drug dictionary + NMPA list when present, built-in aliases always). */
export function loadDrugLexicon(termsDir: string = defaultTermsDir()): DrugLexicon {
  const dict = join(termsDir, DRUG_DICT_FILE);
  const nmpa = join(termsDir, NMPA_DRUG_FILE);
  if (!existsSync(dict) && !existsSync(nmpa)) {
    throw kbErrors.TERMS_FILE_MISSING({ file: dict, hint: 'pass --terms DIR or set QUARKMED_TERMS_DIR' });
  }
  const names: string[] = existsSync(dict) ? readLines(dict) : [];
  if (existsSync(nmpa)) {
    const lines = readLines(nmpa);
    for (let i = 0; i < lines.length; i++) {
      try {
        const row = JSON.parse(lines[i]) as Record<string, unknown>;
        if (typeof row['产品名称'] === 'string') names.push(row['产品名称']);
      } catch {
        throw kbErrors.TERMS_FILE_INVALID({ file: nmpa, line: i + 1, reason: 'not JSON' });
      }
    }
  }
  return createDrugLexicon({ names });
}

const cache = new Map<string, DrugLexicon>();
export function getDrugLexicon(termsDir: string = defaultTermsDir()): DrugLexicon {
  let lex = cache.get(termsDir);
  if (!lex) {
    lex = loadDrugLexicon(termsDir);
    cache.set(termsDir, lex);
  }
  return lex;
}
