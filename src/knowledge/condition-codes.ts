// Condition names → ICD-10 codes, Chinese and English: the link between a condition a text names and the indication
// table (drug-indications.ts), so a claim "take X for Y" can be looked up without a terminology folder. Names are
// the bilingual concept lines of bilingual-terms.ts plus a few states people name (transplant, dialysis, low blood
// sugar); codes are ICD-10 (WHO / China clinical edition 2.0). A range ("E10-E14") stands for the whole family.
// When the user's terminology is loaded, its ICD index can add names (conditionCodes accepts extra rows).
import { createNameTrie, type NameTrie } from './name-trie.js';

/** One condition line: `CODE|name|name…` (code a category, subcategory or range). */
const ROWS = `
E14.9|糖尿病|diabetes|diabetes mellitus
E10.9|1型糖尿病|diabetes type 1|type 1 diabetes
E11.9|2型糖尿病|diabetes type 2|type 2 diabetes
O24.9|妊娠糖尿病|妊娠期糖尿病|gestational diabetes
R73.0|糖尿病前期|prediabetes
E14.5|糖尿病足|diabetic foot
E14.4|糖尿病周围神经病变|糖尿病神经病变|diabetic neuropathy|diabetic nerve problems
E14.3|糖尿病视网膜病变|diabetic retinopathy
E14.2|糖尿病肾病|diabetic kidney disease
I10|高血压|high blood pressure|hypertension
I95.9|低血压|low blood pressure|hypotension
E78.5|高血脂|高脂血症|血脂高|high blood cholesterol|high cholesterol
E78.0|高胆固醇血症|胆固醇高|高胆固醇|hypercholesterolaemia|hypercholesterolemia
I25.1|冠心病|冠状动脉粥样硬化性心脏病|coronary heart disease|coronary artery disease
I20.9|心绞痛|angina
I21.9|心肌梗死|心梗|heart attack|myocardial infarction
I50.9|心力衰竭|heart failure
I48|心房颤动|房颤|atrial fibrillation
I49.9|心律失常|arrhythmia
I64|脑卒中|中风|stroke
I63.9|脑梗死|脑梗|ischemic stroke
G45.9|短暂性脑缺血发作|transient ischemic attack
I70.9|动脉粥样硬化|atherosclerosis
I70.2|外周动脉疾病|下肢动脉硬化闭塞症|peripheral artery disease|peripheral arterial disease
I80.2|深静脉血栓|深静脉血栓形成|deep vein thrombosis
I26.9|肺栓塞|pulmonary embolism
I83.9|静脉曲张|varicose veins
D64.9|贫血|anemia
D50.9|缺铁性贫血|iron-deficiency anemia
D57|镰状细胞病|sickle cell disease
D66|血友病|hemophilia
C95.9|白血病|leukemia
C85.9|淋巴瘤|lymphoma
J45.9|哮喘|支气管哮喘|asthma
J44|慢性阻塞性肺疾病|copd|chronic obstructive pulmonary disease
J42|慢性支气管炎|chronic bronchitis
J40|支气管炎|bronchitis
J18.9|肺炎|pneumonia
A16.2|肺结核|结核病|tuberculosis
C34|肺癌|lung cancer
J43.9|肺气肿|emphysema
G47.3|睡眠呼吸暂停|阻塞性睡眠呼吸暂停|sleep apnea
J00|感冒|普通感冒|common cold
J11.1|流行性感冒|流感|flu|influenza
U07.1|新型冠状病毒感染|新冠|covid-19
A37.9|百日咳|whooping cough|pertussis
J05.0|哮吼|喉气管支气管炎|croup
J32.9|鼻窦炎|sinusitis
J30.4|过敏性鼻炎|allergic rhinitis|hay fever
J03.9|扁桃体炎|扁桃腺炎|扁桃体发炎|tonsillitis
J02.9|咽炎|pharyngitis
J02.0|链球菌咽炎|strep throat
H66.9|中耳炎|ear infections|otitis media
H93.1|耳鸣|tinnitus
H91.9|听力下降|听力损失|耳聋|hearing loss
R42|眩晕|vertigo|dizziness and vertigo
H81.1|良性阵发性位置性眩晕|耳石症|benign paroxysmal positional vertigo
H81.0|梅尼埃病|美尼尔综合征|meniere's disease
H10.9|结膜炎|红眼病|pink eye|conjunctivitis
H26.9|白内障|cataract
H40.9|青光眼|glaucoma
H52.1|近视|nearsightedness|myopia
H35.3|黄斑变性|macular degeneration
H16.2|干眼症|dry eye
K21.9|胃食管反流病|反流性食管炎|胃食管反流|gerd|gastroesophageal reflux disease|acid reflux
R12|烧心|heartburn
K29.7|胃炎|gastritis
K29.5|慢性胃炎|chronic gastritis
K27.9|消化性溃疡|胃溃疡|十二指肠溃疡|peptic ulcer|stomach ulcer
B98.0|幽门螺杆菌感染|幽门螺杆菌|幽门螺旋杆菌|helicobacter pylori infections|h. pylori
K58.9|肠易激综合征|irritable bowel syndrome
K50-K51|炎症性肠病|inflammatory bowel disease
K50.9|克罗恩病|crohn's disease
K51.9|溃疡性结肠炎|ulcerative colitis
K90.0|乳糜泻|celiac disease
E73.9|乳糖不耐受|lactose intolerance
K59.0|便秘|constipation
K52.9|腹泻|diarrhea
I84|痔疮|hemorrhoids
K60.2|肛裂|anal fissure
K80.2|胆结石|胆囊结石|gallstones
K81.9|胆囊炎|cholecystitis
K85|胰腺炎|pancreatitis
K37|阑尾炎|appendicitis
K74.1|肝硬化|cirrhosis
K76.0|脂肪肝|非酒精性脂肪性肝病|fatty liver disease|nonalcoholic fatty liver disease
B18.1|乙型肝炎|乙肝|大三阳|小三阳|乙肝病毒携带|hepatitis b|hep b
B18.2|丙型肝炎|丙肝|hepatitis c|hep c
B15|甲型肝炎|甲肝|hepatitis a
C22|肝癌|liver cancer
C16|胃癌|stomach cancer
C18|结直肠癌|大肠癌|结肠癌|colorectal cancer|colon cancer
C15|食管癌|esophageal cancer
C25|胰腺癌|pancreatic cancer
K40|疝气|腹股沟疝|hernia|inguinal hernia
T62.9|食物中毒|food poisoning|foodborne illnesses
N20.0|肾结石|kidney stones
N03.9|慢性肾脏病|慢性肾病|chronic kidney disease
N19|肾衰竭|肾功能衰竭|kidney failure
N39.0|尿路感染|泌尿系感染|urinary tract infections
N30.9|膀胱炎|cystitis
R32|尿失禁|urinary incontinence
N32.8|膀胱过度活动症|overactive bladder
N40|前列腺增生|良性前列腺增生|enlarged prostate|benign prostatic hyperplasia
C61|前列腺癌|prostate cancer
N41.9|前列腺炎|prostatitis
N48.4|勃起功能障碍|阳痿|erectile dysfunction
E03.9|甲状腺功能减退症|甲减|hypothyroidism|underactive thyroid
E05.9|甲状腺功能亢进症|甲亢|hyperthyroidism|overactive thyroid
E06.3|桥本甲状腺炎|桥本氏甲状腺炎|hashimoto's disease|hashimoto's thyroiditis|hashimoto thyroiditis
E04.1|甲状腺结节|thyroid nodules
C73|甲状腺癌|thyroid cancer
M10.9|痛风|gout
M81.9|骨质疏松症|骨质疏松|osteoporosis
M19|骨关节炎|骨性关节炎|osteoarthritis
M06.9|类风湿关节炎|类风湿性关节炎|rheumatoid arthritis
M45|强直性脊柱炎|ankylosing spondylitis
M32.9|系统性红斑狼疮|红斑狼疮|lupus
M79.7|纤维肌痛|fibromyalgia
M51.2|腰椎间盘突出症|腰椎间盘突出|腰突|herniated disk
M54.3|坐骨神经痛|sciatica
M47.9|颈椎病|cervical spondylosis
M75.0|肩周炎|frozen shoulder
G56.0|腕管综合征|carpal tunnel syndrome
M65.9|腱鞘炎|狭窄性腱鞘炎|妈妈手|tendinitis
M72.2|足底筋膜炎|plantar fasciitis
T14.3|扭伤|sprains and strains
T14.2|骨折|fractures
M41.9|脊柱侧弯|scoliosis
G43.9|偏头痛|migraine
G40.9|癫痫|epilepsy|seizures
G20|帕金森病|parkinson's disease
G30.9|阿尔茨海默病|老年痴呆|alzheimer's disease
F03|痴呆|dementia
G35|多发性硬化|multiple sclerosis
G51.0|面瘫|面神经麻痹|贝尔麻痹|bell's palsy
G50.0|三叉神经痛|trigeminal neuralgia
G62.9|周围神经病变|peripheral neuropathy
G25.8|不宁腿综合征|restless legs syndrome
S06.0|脑震荡|concussion
G47.0|失眠|失眠症|insomnia
F32|抑郁症|抑郁|depression
F53.0|产后抑郁|产后抑郁症|postpartum depression
F41.9|焦虑症|焦虑障碍|anxiety disorders
F41.0|惊恐障碍|惊恐发作|panic disorder|panic attack
F42|强迫症|obsessive-compulsive disorder
F43.1|创伤后应激障碍|post-traumatic stress disorder|ptsd
F31.9|双相情感障碍|bipolar disorder
F20.9|精神分裂症|schizophrenia
F90|注意缺陷多动障碍|多动症|adhd|attention deficit hyperactivity disorder
F84|孤独症|自闭症|autism spectrum disorder|autism
F50.9|进食障碍|eating disorders
F50.0|神经性厌食|anorexia nervosa
F50.2|神经性贪食|bulimia nervosa
F10.2|酒精依赖|酗酒|alcohol use disorder|alcoholism
L30.9|湿疹|eczema|atopic dermatitis
L20.9|特应性皮炎|atopic dermatitis
L50.9|荨麻疹|hives|urticaria
L40.9|银屑病|psoriasis
L70.9|痤疮|acne
L71.9|玫瑰痤疮|酒渣鼻|rosacea
B02|带状疱疹|shingles|herpes zoster
B01.9|水痘|chickenpox
B00.9|单纯疱疹|口唇疱疹|cold sores|herpes simplex
B08.4|手足口病|hand, foot, and mouth disease|hand foot and mouth disease
B05|麻疹|measles
B06|风疹|rubella
B26|流行性腮腺炎|腮腺炎|mumps
A38|猩红热|scarlet fever
B35.3|足癣|athlete's foot
B35.1|灰指甲|甲癣|nail fungus
L80|白癜风|vitiligo
C43|黑色素瘤|melanoma
C44|皮肤癌|skin cancer
B86|疥疮|scabies
B85.0|头虱|head lice
B37.0|鹅口疮|口腔念珠菌病|thrush|oral thrush
K12.0|口腔溃疡|复发性口腔溃疡|canker sores|mouth ulcers
K02|龋齿|蛀牙|tooth decay|dental cavities
K05.6|牙周病|牙周炎|gum disease|periodontal disease
C50|乳腺癌|breast cancer
C53|宫颈癌|cervical cancer
C56|卵巢癌|ovarian cancer
N80.9|子宫内膜异位症|endometriosis
D25|子宫肌瘤|uterine fibroids
E28.2|多囊卵巢综合征|多囊卵巢|polycystic ovary syndrome|pcos
N94.6|痛经|dysmenorrhea|menstrual cramps
N95.1|更年期|围绝经期|menopause
N76.0|阴道炎|vaginitis
N76.0|细菌性阴道病|bacterial vaginosis
B37.3|霉菌性阴道炎|阴道念珠菌病|vaginal yeast infection
N97|不孕症|infertility
O14.9|先兆子痫|子痫前期|preeclampsia
O13|妊娠期高血压疾病|妊娠高血压|妊高征|high blood pressure in pregnancy
O21.9|妊娠剧吐|hyperemesis gravidarum
O03|流产|miscarriage
O00.9|宫外孕|异位妊娠|ectopic pregnancy
O60|早产|preterm labor|premature birth
P59.9|新生儿黄疸|newborn jaundice|neonatal jaundice
R10.4|婴儿肠绞痛|婴儿肠痉挛|colic
L22|尿布疹|diaper rash
M30.3|川崎病|kawasaki disease
T78.4|过敏|allergy
T78.1|食物过敏|food allergy
T78.0|花生过敏|peanut allergy
T78.2|严重过敏反应|过敏性休克|anaphylaxis
E73.9|乳糖酶缺乏|lactase deficiency
E66.9|肥胖|肥胖症|obesity|overweight and obesity
E16.8|代谢综合征|metabolic syndrome
E55.9|维生素D缺乏|vitamin d deficiency
E87.6|低钾血症|低钾|hypokalemia|low potassium
E87.5|高钾血症|hyperkalemia
E87.1|低钠血症|hyponatremia
E86|脱水|dehydration
T67.9|中暑|heat stroke|heat illness
T35.7|冻伤|frostbite
T30.0|烧伤|烫伤|burns
A69.2|莱姆病|lyme disease
A35|破伤风|tetanus
A82.9|狂犬病|rabies
B54|疟疾|malaria
B24|艾滋病|hiv/aids|hiv
A53.9|梅毒|syphilis
A54.9|淋病|gonorrhea
A74.9|衣原体感染|chlamydia
B97.7|人乳头瘤病毒|hpv|human papillomavirus
B27.9|传染性单核细胞增多症|infectious mononucleosis|mono
A32|李斯特菌病|listeriosis|listeria
A41.9|败血症|脓毒症|sepsis
L03.9|蜂窝织炎|cellulitis
I89.0|淋巴水肿|lymphedema
I73.0|雷诺病|雷诺现象|raynaud's phenomenon
G93.3|慢性疲劳综合征|chronic fatigue syndrome
T75.3|晕动病|晕车|motion sickness
R06.5|打鼾|snoring
R51|头痛|headache
M54.5|腰痛|腰背痛|back pain|low back pain
R05|咳嗽|cough
R50.9|发热|发烧|fever
R53|乏力|疲劳|fatigue
R42|头晕|dizziness
R11|恶心|nausea
R11|呕吐|vomiting
R07.4|胸痛|chest pain
R10.4|腹痛|abdominal pain
R21|皮疹|rash|rashes
L29.9|瘙痒|itching
R60.9|水肿|浮肿|edema|swelling
R06.0|呼吸困难|shortness of breath|breathing problems
R25.2|肌肉痉挛|抽筋|muscle cramps
E16.2|低血糖|低血糖症|hypoglycemia|hypoglycaemia|low blood sugar
E16.0|药物性低血糖
E10-E14|高血糖|hyperglycemia|hyperglycaemia
Z94.0|肾移植|kidney transplant|renal transplant
Z94.4|肝移植|liver transplant
Z94.1|心脏移植|heart transplant
N18|尿毒症|透析|血液透析|腹膜透析|dialysis|haemodialysis|hemodialysis|end-stage kidney disease|end-stage renal disease
E05|graves病|graves' disease|graves disease
B37|念珠菌病|candidiasis|yeast infection
H40.2|闭角型青光眼|angle-closure glaucoma
I80.2|dvt|下肢深静脉血栓
H60|外耳道炎|otitis externa|swimmer's ear
G40|癫痫发作
I10|essential hypertension
J44.1|慢阻肺急性加重|copd exacerbation
M06|rheumatoid
F32|major depression|major depressive disorder
D50|iron deficiency anaemia|iron deficiency anemia|iron-deficiency anaemia|缺铁
E87.6|hypokalaemia
E87.5|hyperkalaemia
E87.1|hyponatraemia
T78.2|anaphylactic shock|anaphylactic reaction
D64|anaemia
`;

export interface ConditionMention {
  /** The ICD-10 code or range of the condition, as in the indication table ("E03.9", "E10-E14", "N18"). */
  code: string;
  /** The name as matched (lower-case). */
  name: string;
  /** Offsets in the lower-cased text. */
  start: number;
  end: number;
}

export interface ConditionCodes {
  readonly size: number;
  /** Conditions named in the text, longest match first, left to right (every mention, in order). */
  find(text: string): ConditionMention[];
}

function parseRows(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const [code, ...names] = line.split('|').map((s) => s.trim());
    if (!code || !/^[A-Z]\d{2}/.test(code)) continue;
    for (const n of names) {
      if (n.length < 2) continue;
      out.push([n.toLowerCase(), code]);
      // A disease name is said without its 症 as often as with it (甲状腺功能减退症 / 甲状腺功能减退); short ones
      // (炎症, 重症) are words of their own.
      if (n.length >= 5 && n.endsWith('症')) out.push([n.slice(0, -1), code]);
    }
  }
  return out;
}

/** a–z or 0–9 at `i` of `t` (char codes, not a regex per character: `find` runs on every sentence screened). */
const isWordCharAt = (t: string, i: number): boolean => {
  const c = t.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
};
const isLatinAt = (t: string, i: number): boolean => {
  const c = t.charCodeAt(i);
  return c >= 97 && c <= 122;
};

/** A condition index over the built-in rows plus `extra` ([name, code] pairs, e.g. from a loaded ICD index). */
export function createConditionCodes(extra: Iterable<readonly [string, string]> = []): ConditionCodes {
  const entries = [...parseRows(ROWS), ...[...extra].map(([n, c]) => [n.toLowerCase(), c] as [string, string])];
  const trie: NameTrie<string> = createNameTrie(entries);
  return {
    size: trie.size,
    find(text) {
      const t = text.toLowerCase();
      const out: ConditionMention[] = [];
      for (let i = 0; i < t.length; i++) {
        // Latin names start and end at word boundaries ("mono" is not the start of "monotherapy").
        if (isLatinAt(t, i) && isWordCharAt(t, i - 1)) continue;
        const hit = trie.longestAt(t, i, (end) => !isWordCharAt(t, end - 1) || !isWordCharAt(t, end));
        if (!hit) continue;
        out.push({ code: hit.value, name: t.slice(i, hit.end), start: i, end: hit.end });
        i = hit.end - 1;
      }
      return out;
    },
  };
}

let shared: ConditionCodes | undefined;
/** The built-in index (built once). */
export function conditionCodes(): ConditionCodes {
  shared ??= createConditionCodes();
  return shared;
}
