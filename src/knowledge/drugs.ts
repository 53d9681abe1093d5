// Drug-name normalisation for rational-drug-use rewards: generic/brand, Chinese/English, salts and dosage forms
// folded to one canonical key. Sources: the Chinese drug dictionary (entity-dict-zh/drug.txt), the NMPA
// imported-drug list (product names) and a small built-in alias table of common generic ↔ English ↔ brand names.
import { SALT_ACIDS_ZH, SALT_CATIONS_ZH, SALT_WORDS_EN_SOURCE, saltOnly } from '../core/salt-names.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRUG_BRANDS } from './drug-brands.js';
import { kbErrors } from './errors.js';
import { scanNames } from './name-scan.js';
import { createNameTrie, type NameTrie } from './name-trie.js';
import { normTerm } from './term-text.js';
import { defaultTermsDir } from './icd10.js';

export const DRUG_DICT_FILE = join('entity-dict-zh', 'drug.txt');
export const NMPA_DRUG_FILE = 'nmpa-imported-drugs.jsonl';

/** canonical Chinese generic | English generic names | brand names (Chinese and English). */
const SEED_ALIASES = `
对乙酰氨基酚|paracetamol,acetaminophen|泰诺林,必理通,必理痛,扑热息痛,百服宁,tylenol,panadol
布洛芬|ibuprofen|芬必得,美林,advil,motrin
阿司匹林|aspirin,acetylsalicylic acid|拜阿司匹灵,乙酰水杨酸
二甲双胍|metformin|格华止,glucophage
阿莫西林|amoxicillin|阿莫仙,amoxil
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
甲巯咪唑|methimazole,thiamazole,carbimazole|他巴唑,赛治,neo-mercazole
泼尼松|prednisone|强的松
地塞米松|dexamethasone,dexamethasone phosphate,dexamethasone sodium phosphate|氟美松,地塞米松磷酸
甲泼尼龙|methylprednisolone|美卓乐,甲强龙,甲基强的松龙,甲基泼尼松龙,medrol
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
左氧氟沙星|levofloxacin|可乐必妥,来立信,利复星
诺氟沙星|norfloxacin|氟哌酸
氧氟沙星|ofloxacin|泰利必妥
环丙沙星|ciprofloxacin|西普乐,cipro
莫西沙星|moxifloxacin|拜复乐,avelox
头孢氨苄|cephalexin,cefalexin|先锋霉素iv,keflex
头孢唑林|cefazolin|先锋霉素v
头孢克肟|cefixime|世福素
头孢他啶|ceftazidime|复达欣
头孢哌酮舒巴坦|cefoperazone-sulbactam,cefoperazone sulbactam|舒普深
氨苄西林|ampicillin|
青霉素|penicillin,penicillin g,benzylpenicillin|青霉素g
苄星青霉素|benzathine penicillin,benzathine benzylpenicillin|长效青霉素
哌拉西林他唑巴坦|piperacillin-tazobactam,piperacillin tazobactam|特治星
美罗培南|meropenem|美平
红霉素|erythromycin|
依托红霉素|erythromycin estolate|
喷托维林氯化铵|pentoxyverine citrate and ammonium chloride,pentoxyverine and ammonium chloride|
罗红霉素|roxithromycin|罗力得
克拉霉素|clarithromycin|克拉仙
克林霉素|clindamycin|
多西环素|doxycycline|强力霉素
米诺环素|minocycline|美满霉素
磷霉素|fosfomycin|
氯霉素|chloramphenicol|
庆大霉素|gentamicin|
妥布霉素|tobramycin|托百士
阿米卡星|amikacin|丁胺卡那
复方磺胺甲噁唑|trimethoprim-sulfamethoxazole,co-trimoxazole,tmp-smx,bactrim|复方新诺明
呋喃妥因|nitrofurantoin|
利奈唑胺|linezolid|斯沃
万古霉素|vancomycin|稳可信
非达霉素|fidaxomicin|
替硝唑|tinidazole|
异烟肼|isoniazid|雷米封
利福平|rifampicin,rifampin|
吡嗪酰胺|pyrazinamide|
乙胺丁醇|ethambutol|
链霉素|streptomycin|
氟康唑|fluconazole|大扶康
伊曲康唑|itraconazole|斯皮仁诺
克霉唑|clotrimazole|凯妮汀
特比萘芬|terbinafine|兰美抒
伏立康唑|voriconazole|威凡
两性霉素b|amphotericin b|
伐昔洛韦|valacyclovir,valaciclovir|明竹欣
更昔洛韦|ganciclovir|
恩替卡韦|entecavir|博路定
替诺福韦|tenofovir|韦瑞德
拉米夫定|lamivudine|贺普丁
阿德福韦酯|adefovir dipivoxil,adefovir|贺维力
阿苯达唑|albendazole|肠虫清
甲苯咪唑|mebendazole|安乐士
吡喹酮|praziquantel|
伊维菌素|ivermectin|
兰索拉唑|lansoprazole|达克普隆
雷贝拉唑|rabeprazole|波利特
埃索美拉唑|esomeprazole|耐信,nexium
雷尼替丁|ranitidine|
法莫替丁|famotidine|
西咪替丁|cimetidine|泰胃美
布美他尼|bumetanide|
托拉塞米|torsemide,torasemide|
吲达帕胺|indapamide|纳催离
非洛地平|felodipine|波依定
贝那普利|benazepril|洛汀新
培哚普利|perindopril|雅施达
阿替洛尔|atenolol|
普萘洛尔|propranolol|心得安
拉贝洛尔|labetalol|
卡维地洛|carvedilol|
硝普钠|sodium nitroprusside,nitroprusside|
单硝酸异山梨酯|isosorbide mononitrate|欣康
胺碘酮|amiodarone|可达龙
普罗帕酮|propafenone|心律平
替格瑞洛|ticagrelor|倍林达
双嘧达莫|dipyridamole|潘生丁
西洛他唑|cilostazol|培达
依诺肝素|enoxaparin|克赛
尿激酶|urokinase|
阿替普酶|alteplase,tpa|爱通立
达比加群酯|dabigatran|泰毕全
非诺贝特|fenofibrate|力平之
依折麦布|ezetimibe|益适纯
格列齐特|gliclazide|达美康
吡格列酮|pioglitazone|
达格列净|dapagliflozin|安达唐
恩格列净|empagliflozin|欧唐静
利拉鲁肽|liraglutide|诺和力
丙硫氧嘧啶|propylthiouracil,ptu|
泼尼松龙|prednisolone|
氢化可的松|hydrocortisone|
倍他米松|betamethasone|
丙酸氯倍他索|clobetasol propionate,clobetasol|
糠酸莫米松|mometasone furoate,mometasone|艾洛松
他克莫司|tacrolimus|普乐可复
吗替麦考酚酯|mycophenolate mofetil,mycophenolate|骁悉
来氟米特|leflunomide|爱若华
羟氯喹|hydroxychloroquine|纷乐
硫唑嘌呤|azathioprine|依木兰
环孢素|cyclosporine,ciclosporin|新山地明
环磷酰胺|cyclophosphamide|
柳氮磺吡啶|sulfasalazine|
顺铂|cisplatin|
卡铂|carboplatin|
奥沙利铂|oxaliplatin|乐沙定
氟尿嘧啶|fluorouracil,5-fu|
吉西他滨|gemcitabine|健择
培美曲塞|pemetrexed|力比泰
紫杉醇|paclitaxel|泰素
多西他赛|docetaxel|泰索帝
多柔比星|doxorubicin|阿霉素
长春新碱|vincristine|
依托泊苷|etoposide|
替莫唑胺|temozolomide|蒂清
羟基脲|hydroxyurea|
卡培他滨|capecitabine|希罗达
伊马替尼|imatinib|格列卫
他莫昔芬|tamoxifen|三苯氧胺
来曲唑|letrozole|弗隆
双氯芬酸|diclofenac|扶他林,voltaren
塞来昔布|celecoxib|西乐葆
美洛昔康|meloxicam|莫比可
洛索洛芬|loxoprofen|乐松
萘普生|naproxen|
吲哚美辛|indomethacin,indometacin|消炎痛
左西替利嗪|levocetirizine|优泽
氯苯那敏|chlorpheniramine,chlorphenamine|扑尔敏
酮替芬|ketotifen|
异丙嗪|promethazine|非那根
苯海拉明|diphenhydramine|
氨茶碱|aminophylline|
茶碱|theophylline|
噻托溴铵|tiotropium|思力华
异丙托溴铵|ipratropium|爱全乐
特布他林|terbutaline|博利康尼
沙美特罗替卡松|salmeterol-fluticasone,salmeterol fluticasone|舒利迭,seretide
氨溴索|ambroxol|沐舒坦
溴己新|bromhexine|必嗽平
乙酰半胱氨酸|acetylcysteine,n-acetylcysteine|富露施
右美沙芬|dextromethorphan|
可待因|codeine|
苯妥英|phenytoin|大仑丁
奥卡西平|oxcarbazepine|曲莱
左乙拉西坦|levetiracetam|开浦兰,keppra
苯巴比妥|phenobarbital|鲁米那
拉莫三嗪|lamotrigine|利必通
托吡酯|topiramate|妥泰
氯硝西泮|clonazepam|
溴吡斯的明|pyridostigmine|
新斯的明|neostigmine|
多奈哌齐|donepezil|安理申
巴氯芬|baclofen|
a型肉毒毒素|botulinum toxin type a,botulinum toxin|保妥适,botox
甲钴胺|mecobalamin,methylcobalamin|弥可保
维生素b1|thiamine,vitamin b1|
维生素b12|cyanocobalamin,vitamin b12|
叶酸|folic acid|
甘露醇|mannitol|
拉坦前列素|latanoprost|适利达,xalatan
溴莫尼定|brimonidine|阿法根
噻吗洛尔|timolol|
毛果芸香碱|pilocarpine|
黄体酮|progesterone|
甲羟孕酮|medroxyprogesterone|安宫黄体酮
地屈孕酮|dydrogesterone|达芙通
鲑降钙素|calcitonin,salmon calcitonin|密盖息
阿仑膦酸|alendronate,alendronic acid|福善美
唑来膦酸|zoledronic acid|密固达
骨化三醇|calcitriol|罗盖全
奥曲肽|octreotide|善宁
生长抑素|somatostatin|思他宁
氨甲环酸|tranexamic acid|妥塞敏
维生素k1|phytonadione,vitamin k1,phytomenadione|
硫酸亚铁|ferrous sulfate|
蔗糖铁|iron sucrose|
碳酸钙|calcium carbonate|钙尔奇
氯化钾|potassium chloride|
氨基葡萄糖|glucosamine|维固力
重组人生长激素|somatropin,growth hormone|
去氨加压素|desmopressin|弥凝
纳洛酮|naloxone|
尼可刹米|nikethamide|可拉明
人血白蛋白|albumin,human albumin,human serum albumin,serum albumin|
双歧杆菌三联活菌|bifidobacterium|培菲康
阿托品|atropine|
山莨菪碱|anisodamine|654-2
屈他维林|drotaverine|诺仕帕
匹维溴铵|pinaverium|得舒特
甲氧氯普胺|metoclopramide|胃复安
多潘立酮|domperidone|吗丁啉
莫沙必利|mosapride|
昂丹司琼|ondansetron|
坦索罗辛|tamsulosin|哈乐
非那雄胺|finasteride|保列治
托特罗定|tolterodine|
熊去氧胆酸|ursodeoxycholic acid,ursodiol|优思弗
多烯磷脂酰胆碱|polyene phosphatidylcholine|易善复
帕罗西汀|paroxetine|赛乐特
氟西汀|fluoxetine|百忧解,prozac
文拉法辛|venlafaxine|怡诺思
奥氮平|olanzapine|再普乐
利培酮|risperidone|维思通
喹硫平|quetiapine|思瑞康
氟哌啶醇|haloperidol|
碳酸锂|lithium carbonate,lithium|
多巴丝肼|levodopa-benserazide,levodopa benserazide|美多芭
左旋多巴|levodopa|
普拉克索|pramipexole|森福罗
金刚烷胺|amantadine|
美金刚|memantine|易倍申
哈西奈德|halcinonide|
平阳霉素|pingyangmycin,bleomycin a5|
复合乳酸菌|lactobacillus complex,compound lactic acid bacteria,compound lactobacillus|
替尼泊苷|teniposide|
甘草锌|zinc glycyrrhizinate,licorzinc|
可的松|cortisone|
喷托维林|pentoxyverine,carbetapentane|咳必清
羧甲司坦|carbocisteine,carbocysteine|
多沙普仑|doxapram|
萘丁美酮|nabumetone|
雷公藤多苷|tripterygium glycosides,tripterygium wilfordii|
卡络磺|carbazochrome sodium sulfonate,carbazochrome|
苯丁酸氮芥|chlorambucil|瘤可宁
门冬氨酸钾镁|potassium magnesium aspartate|潘南金
枸橼酸铋钾|bismuth potassium citrate,colloidal bismuth subcitrate,bismuth subcitrate|丽珠得乐
酮洛芬|ketoprofen|
头孢地尼|cefdinir|全泽复
十一酸睾酮|testosterone undecanoate|安特尔
仑氨西林|lenampicillin|
司莫司汀|semustine|
枯草杆菌二联活菌|live combined bacillus subtilis and enterococcus faecium,bacillus subtilis and enterococcus faecium live combined,bacillus subtilis-enterococcus faecium live combined,bacillus subtilis|妈咪爱,mamiai
帕珠沙星|pazufloxacin|
尼群地平|nitrendipine|
卡替洛尔|carteolol|美开朗
巯嘌呤|mercaptopurine,6-mercaptopurine|
乌苯美司|ubenimex,bestatin|
黄酮哌酯|flavoxate|
丙哌维林|propiverine|
司来吉兰|selegiline|
甲状腺片|thyroid tablets,desiccated thyroid,thyroid extract|
富马酸亚铁|ferrous fumarate|
伊曲康唑|itraconazole|
尼可刹米|nikethamide|可拉明
苯海拉明|diphenhydramine|
去氨加压素|desmopressin|弥凝
甲硝唑凝胶|metronidazole gel|
`;

// Salt words from core's one list (core/salt-names.ts).
const SALT_RE = new RegExp(`^(${SALT_ACIDS_ZH.join('|')})(?=.{2,})`, 'u');
const FORM_RE =
  /(缓释片|控释片|肠溶片|分散片|咀嚼片|泡腾片|含片|薄膜衣片|肠溶胶囊|缓释胶囊|软胶囊|胶囊剂|胶囊|颗粒剂|颗粒|干混悬剂|混悬液|口服溶液|口服液|注射液|注射剂|滴眼液|滴耳液|滴鼻液|喷雾剂|气雾剂|吸入剂|吸入粉雾剂|乳膏|软膏|凝胶|贴剂|贴片|栓剂|栓|糖浆|片剂|片|丸|散|酊|合剂|溶液)$/u;
const RELEASE_RE = /(缓释|控释|肠溶|速释|长效)$/u;
const CATION_RE = new RegExp(`(?<=.{3})(${SALT_CATIONS_ZH.join('|')})$`, 'u');
const FORM_PREFIX_RE = /^注射用/u;
const EN_FORM_RE =
  /\b(tablets?|capsules?|granules?|syrup|powder|drops|cream|ointment|gel|spray|patch(?:es)?|suppositor(?:y|ies)|dispersible|for injection|injection|oral solution|solution|suspension|extended[- ]release|er|sr|xr|mg|ml)\b/g;

// English salt words from core's one list; stripped only when a name is left (salt-names.ts saltOnly).
const EN_SALT_RE = new RegExp(`\\b(?:${SALT_WORDS_EN_SOURCE})\\b`, 'g');

/** Canonical lookup key of one drug mention: width/punctuation folded, no salt and no dosage form. */
export function drugKey(name: string): string {
  let s = name.trim().toLowerCase();
  // Doses go (500 mg, 0.25g), a number that is part of the name stays: vitamin B1 is not vitamin B2.
  if (/[a-z]/.test(s))
    s = s.replace(/(?<![a-z0-9.])\d+(\.\d+)?\s*(?:mg|g|ml|mcg|µg|ug|iu|%)(?![a-z])|(?<![a-z0-9.])\d+(\.\d+)?(?![a-z0-9])/g, ' ').replace(EN_FORM_RE, ' ');
  const enBase = s.replace(EN_SALT_RE, ' ');
  if (!saltOnly(enBase)) s = enBase;
  // 甙 is the older written form of 苷 (glycoside): 雷公藤多甙 = 雷公藤多苷.
  let k = normTerm(s).replace(/甙/g, '苷');
  k = k.replace(FORM_PREFIX_RE, '');
  for (let i = 0; i < 2; i++) k = k.replace(FORM_RE, '').replace(RELEASE_RE, '');
  // A salt word that is the whole active part stays (门冬氨酸钾镁, 葡萄糖酸钙).
  const base = k.replace(SALT_RE, '').replace(CATION_RE, '');
  if (!saltOnly(base)) k = base;
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

/**
 * The medicines of the one bilingual name table (clinical-names.ts reads its medicines from here): the seed list joined
 * with drug-brands.ts, a brand line added to the seed medicine it shares a generic name with (its canonical name kept),
 * else a medicine of its own. Built once.
 */
let medicines: Record<string, string[]> | undefined;
export function medicineAliases(): Record<string, string[]> {
  if (medicines) return medicines;
  const out: Record<string, string[]> = {};
  const owner = new Map<string, string>();
  const own = (canon: string, names: readonly string[]) => {
    for (const n of [canon, ...names]) if (n.trim() && !owner.has(normTerm(n.toLowerCase()))) owner.set(normTerm(n.toLowerCase()), canon);
  };
  for (const [canon, list] of Object.entries(parseSeedAliases())) {
    out[canon] = [...list];
    own(canon, list);
  }
  for (const [canon, list] of Object.entries(parseSeedAliases(DRUG_BRANDS))) {
    const joined = [canon, ...list].map((n) => owner.get(normTerm(n.toLowerCase()))).find((c) => c !== undefined);
    const into = joined ?? canon;
    const names = new Set([...(out[into] ?? []), ...[canon, ...list].filter((n) => n !== into)]);
    out[into] = [...names];
    own(into, [...names]);
  }
  medicines = out;
  return out;
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
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
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
        if (typeof row.产品名称 === 'string') names.push(row.产品名称);
      } catch {
        throw kbErrors.TERMS_FILE_INVALID({ file: nmpa, line: i + 1, reason: 'not JSON' });
      }
    }
  }
  // The one name table's medicines: brands (drug-brands.ts) read as the medicine they are (#18).
  return createDrugLexicon({ names, aliases: medicineAliases() });
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

// ---------------------------------------------------------------------------------------------------------------
// "Does this name a medicine?" — one answer for every caller (screening, curation filters, consultation). A word is
// a medicine when the drug lexicon knows it, or by its shape: an INN stem (WHO naming system: -olol beta blockers,
// -pril ACE inhibitors, -mab antibodies …) or a Chinese generic-name ending (霉素, 沙星, 地平 …). Shape finds the
// drugs no table lists; the word lists below only keep ordinary English words with a stem-like ending out.

/**
 * WHO INN stems the PHI tagger reads as a medicine's ending (safety/phi/tagger-windows.ts, with MORE_INN_STEMS): a
 * capitalised word of seven letters or more ending so opens no name window unless a given name, a title or a person
 * verb stands beside it. The other stems of INN_STEMS (-aline, -osin, -tide, -pam …) end given names too often.
 */
const PERSON_SAFE_STEMS = [
  'olol',
  'alol',
  'pril',
  'sartan',
  'azole',
  'mab',
  'cillin',
  'mycin',
  'micin',
  'cycline',
  'oxacin',
  'statin',
  'dipine',
  'prazole',
  'tidine',
  'parin',
  'xaban',
  'gatran',
  'gliptin',
  'gliflozin',
  'glitazone',
  'triptan',
  'setron',
  'oxetine',
  'pramine',
  'triptyline',
  'profen',
  'fenac',
  'coxib',
  'caine',
  'tinib',
  'ciclib',
  'ciclovir',
  'dronate',
  'lukast',
  'terol',
  'olone',
  'asone',
  'isone',
  'semide',
  'thiazide',
  'afil',
  'relin',
  'apine',
  'idone',
  'platin',
  'rubicin',
  'taxel',
  'limus',
  'vir',
  'tropium',
] as const;
/** WHO INN stems specific enough to mark a medicine on their own. */
export const INN_STEMS = [
  ...PERSON_SAFE_STEMS,
  'floxacin',
  'glinide',
  'aline',
  'azepam',
  'azolam',
  'azepine',
  'barbital',
  'navir',
  'clovir',
  'buvir',
  'vudine',
  'tegravir',
  'conazole',
  'fungin',
  'sonide',
  'osin',
  'lutamide',
  'tide',
  'peridone',
  'parib',
  'grel',
  'quine',
  'plase',
  'glutide',
  'glinide',
  'nib',
  'cef',
  'penem',
  'ulin',
  'pam',
  'etam',
  'amate',
] as const;
/**
 * More WHO INN stems (-azepam, -peridol, -curonium, -grastim, -trexate …), as specific as INN_STEMS. Kept apart only
 * because `isMedicineShape` was measured without them by its callers (screening, triage ingestion); the PHI tagger
 * reads them (PERSON_SAFE_INN_STEMS).
 */
export const MORE_INN_STEMS = [
  'inide',
  'amide',
  'phene',
  'zepam',
  'zolam',
  'peridol',
  'onide',
  'oxicam',
  'curonium',
  'dronic',
  'poetin',
  'grastim',
  'sulosin',
  'prost',
  'trexate',
  'azine',
  'oquine',
  'ofol',
  'racetam',
  'mofetil',
  'osorbide',
  'iazem',
] as const;
/** The stems the PHI tagger reads as a medicine's ending (PERSON_SAFE_STEMS and MORE_INN_STEMS). */
export const PERSON_SAFE_INN_STEMS: readonly string[] = [...PERSON_SAFE_STEMS, ...MORE_INN_STEMS];
/** Broad endings (-ine, -ol, -ide …): a medicine only where a dose or drug context makes a name likely (loose mode). */
const LOOSE_ENDINGS_EN = ['ine', 'ide', 'ate', 'fen', 'ol', 'one', 'il', 'in', 'sone', 'lone'] as const;
/** Ordinary English words with a stem-like ending (never medicines). */
const NOT_MEDICINE_EN = new Set(
  `routine medicine medicines vaccine vaccines online urine saline line lines fine wine nine mine define decline combine
  guide side provide inside aside rate date late state moderate separate adequate immediate accurate appropriate
  ultimate ate one none done gone alone phone bone tone zone someone everyone anyone oil until april in within begin
  skin again protein vitamin main pain brain chain plain obtain contain remain origin margin control alcohol
  cholesterol school pool tool cool patrol wool lifestyle machine engine caffeine nicotine cocaine iodine fluoride
  chloride peptide nucleotide glucose lactate chocolate climate estimate intimate private senate pirate plate
  update debate create relate translate indicate complicate eliminate dominate stimulate regulate activate
  tide wide ride bride pride decide beside reside divide hide slide outside worldwide herbicide pesticide suicide
  homicide insecticide everything nothing something evil civil until fossil pencil council stencil basil tamil
  foil soil toil coil boil spoil anvil gospel cabin robin muffin coffin dolphin penguin cousin raisin basin
  violin satin latin margarine famine feminine masculine genuine doctrine discipline examine determine imagine
  shine spine canine marine cuisine magazine gasoline baseline deadline headline guideline timeline airline
  outline pipeline online decline incline medline hotline sunshine ravine
  boron neuron honeymoon throne ozone cyclone hormone cortisone someone lemon cantaloupe macrocycline
  offline mainline bloodline`
    .split(/\s+/)
    .filter(Boolean),
);
const STEM_RE = new RegExp(`^[a-z][a-z-]{2,}(?:${[...INN_STEMS].sort((a, b) => b.length - a.length).join('|')})$`);
const CEF_RE = /^cef[a-z]{4,}$/;
const LOOSE_RE = new RegExp(`^[a-z][a-z-]{2,}(?:${LOOSE_ENDINGS_EN.join('|')})$`);

/** Chinese generic-name endings (antibiotics, antihypertensives, statins, steroids …). */
export const ZH_DRUG_ENDINGS = [
  '霉素',
  '沙星',
  '西林',
  '环素',
  '头孢',
  '洛尔',
  '地平',
  '普利',
  '沙坦',
  '他汀',
  '替丁',
  '拉唑',
  '西泮',
  '唑仑',
  '肝素',
  '卡因',
  '洛韦',
  '韦林',
  '那韦',
  '替尼',
  '单抗',
  '格列',
  '列汀',
  '列净',
  '双胍',
  '松',
  '龙',
  '唑',
  '芬',
  '嗪',
  '胺',
  '酮',
  '醇',
  '碱',
  '曲坦',
  '司琼',
  '必利',
  '替尼',
  '铂',
  '膦酸',
  '司特',
] as const;
/** Chinese words that end like a medicine but are not one (body parts, foods, words). */
const NOT_MEDICINE_ZH =
  /(?:胆固醇|酒精|乙醇|血酮|尿酮|酮体|血糖|血脂|甘油三酯|蛋白|糖|盐|醋|茶|汤|粥|水|体|量|度|性|者|科|龙头|恐龙|松弛|放松|轻松|宽松|蓬松|松动|疏松|组胺|酸|嘌呤|胺类)$/u;
const ZH_END_RE = new RegExp(`(?:${[...ZH_DRUG_ENDINGS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** Loose Chinese endings (salts and preparations: 枸橼酸铋钾, 维生素). */
const ZH_LOOSE_END_RE = /[钾钠钙铋铁锌镁素霉]$/u;
const ZH_FORM_RE = /(?:片|胶囊|颗粒|注射液|口服液|糖浆|乳膏|软膏|滴眼液|喷雾剂|气雾剂|混悬液|冲剂|贴)$/u;

export interface MedicineShapeOptions {
  /** Also accept broad endings (-ine, -ol, 钾, 素 …): for a word right before a dose, where a name is likely. */
  loose?: boolean;
}

/** Does one word (English token or a run of Han characters) look like a medicine's name, by its shape alone? */
export function isMedicineShape(word: string, opts: MedicineShapeOptions = {}): boolean {
  const w = word.trim().toLowerCase();
  if (!w) return false;
  if (/^[a-z][a-z-]*$/.test(w)) {
    if (w.length < 5 || NOT_MEDICINE_EN.has(w) || NOT_MEDICINE_EN.has(w.replace(/s$/, ''))) return false;
    if (STEM_RE.test(w) || CEF_RE.test(w)) return true;
    return opts.loose === true && LOOSE_RE.test(w);
  }
  if (/^\p{Script=Han}+$/u.test(w)) {
    const core = w.replace(ZH_FORM_RE, '');
    if (core.length < 2 || NOT_MEDICINE_ZH.test(core)) return false;
    if (ZH_END_RE.test(core) || core !== w) return true;
    return opts.loose === true && ZH_LOOSE_END_RE.test(core);
  }
  return false;
}

/**
 * Characters that end the word before a Chinese medicine name: verbs of taking, conjunctions, particles, and the
 * personal pronouns — a pronoun is never part of a named medicine ('我青霉素过敏' names 青霉素). 他 is left out: it
 * opens medicine names (他克莫司, 他莫昔芬).
 */
export const BEFORE_MEDICINE_ZH = /[吃服用打和与跟及或在了的是把被给能要我你您她它咱俺们]/u;

const EN_WORDS = /[a-z][a-z-]{3,}/giu;
const HAN_RUNS = /\p{Script=Han}{2,}/gu;

/**
 * Medicine names in free text: every lexicon hit (canonical form) and every word shaped like a medicine (English
 * word; in a Chinese run, the shortest tail of 2–6 characters that has a drug ending). Left to right, deduplicated.
 */
export function findMedicineNames(text: string, lexicon?: DrugLexicon, opts: MedicineShapeOptions = {}): string[] {
  const out = new Set<string>(lexicon ? lexicon.findDrugs(text) : []);
  for (const m of text.matchAll(EN_WORDS)) if (isMedicineShape(m[0], opts)) out.add(m[0].toLowerCase());
  for (const m of text.matchAll(HAN_RUNS)) {
    const run = m[0];
    // A run of Han characters holds several words: look at each end position for a 2–6 character drug name.
    for (let end = 2; end <= run.length; end++) {
      const tail = run.slice(0, end);
      if (!ZH_END_RE.test(tail) && !(opts.loose && ZH_LOOSE_END_RE.test(tail)) && !ZH_FORM_RE.test(tail)) continue;
      if (NOT_MEDICINE_ZH.test(tail.replace(ZH_FORM_RE, ''))) continue;
      for (let len = 2; len <= Math.min(6, end); len++) {
        const word = tail.slice(end - len);
        if (isMedicineShape(word, opts)) {
          out.add(word);
          break;
        }
      }
    }
  }
  return [...out];
}

/**
 * The medicines a text names, each once in the lexicon's canonical form, for comparing two texts (a question and a
 * passage). Latin words count only whole (the lexicon's substring scan reads PTU in "Septum", tPA in "Palpitations"),
 * and a shape's tail inside a longer name (地平 of 氨氯地平, 霉素 of 庆大霉素) is no medicine of its own.
 */
export function canonicalMedicines(text: string, lexicon: DrugLexicon): string[] {
  const latin = text.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? [];
  const names = [
    ...new Set([
      ...findMedicineNames(text.replace(/[A-Za-z][A-Za-z-]*/g, ' '), lexicon).map((n) => lexicon.canonical(n)),
      ...latin.filter((w) => lexicon.isKnown(w) || isMedicineShape(w)).map((w) => lexicon.canonical(w)),
    ]),
  ];
  return names.filter((n) => !names.some((o) => o.length > n.length && o.includes(n)));
}

/** Does the text name a medicine (known to the lexicon or shaped like one)? */
export function namesMedicine(text: string, lexicon?: DrugLexicon, opts: MedicineShapeOptions = {}): boolean {
  if (lexicon && lexicon.findDrugs(text, 1).length > 0) return true;
  for (const m of text.matchAll(EN_WORDS)) if (isMedicineShape(m[0], opts)) return true;
  return findMedicineNames(text.replace(EN_WORDS, ' '), undefined, opts).length > 0;
}
