// Chinese ↔ English names of the same condition, medicine or test (one concept a line, names separated by "|",
// Chinese and English mixed; common consumer-health topics written from general medical usage, not from any
// question set). Retrieval's topic index links a name to the documents titled with the others, so a Chinese question
// whose topic has no Chinese page reaches the English page and an English question the Chinese one (topics.ts).
// Only names with one common medical reading; lay names of the same concept live in lay-terms-*.ts and are joined
// through any name they share with a line here.
const GROUPS = `
糖尿病|diabetes|diabetes mellitus
1型糖尿病|diabetes type 1|type 1 diabetes
2型糖尿病|diabetes type 2|type 2 diabetes
妊娠糖尿病|妊娠期糖尿病|gestational diabetes
糖尿病前期|prediabetes
糖尿病足|diabetic foot
糖尿病周围神经病变|糖尿病神经病变|diabetic neuropathy|diabetic nerve problems
糖尿病视网膜病变|diabetic retinopathy
糖尿病肾病|diabetic kidney disease
高血压|high blood pressure|hypertension
低血压|low blood pressure|hypotension
高血脂|高脂血症|血脂高|high blood cholesterol|high cholesterol
冠心病|冠状动脉粥样硬化性心脏病|coronary heart disease|coronary artery disease
心绞痛|angina
心肌梗死|心梗|heart attack|myocardial infarction
心力衰竭|heart failure
心房颤动|房颤|atrial fibrillation
心律失常|arrhythmia
脑卒中|中风|stroke
脑梗死|脑梗|ischemic stroke
短暂性脑缺血发作|transient ischemic attack
动脉粥样硬化|atherosclerosis
外周动脉疾病|下肢动脉硬化闭塞症|peripheral artery disease|peripheral arterial disease
深静脉血栓|深静脉血栓形成|deep vein thrombosis
肺栓塞|pulmonary embolism
静脉曲张|varicose veins
贫血|anemia
缺铁性贫血|iron-deficiency anemia
镰状细胞病|sickle cell disease
血友病|hemophilia
白血病|leukemia
淋巴瘤|lymphoma
哮喘|支气管哮喘|asthma
慢性阻塞性肺疾病|copd|chronic obstructive pulmonary disease
慢性支气管炎|chronic bronchitis
支气管炎|bronchitis
肺炎|pneumonia
肺结核|结核病|tuberculosis
肺癌|lung cancer
肺气肿|emphysema
睡眠呼吸暂停|阻塞性睡眠呼吸暂停|sleep apnea
感冒|普通感冒|common cold
流行性感冒|流感|flu|influenza
新型冠状病毒感染|新冠|covid-19
百日咳|whooping cough|pertussis
哮吼|喉气管支气管炎|croup
鼻窦炎|sinusitis
过敏性鼻炎|allergic rhinitis|hay fever
扁桃体炎|扁桃腺炎|扁桃体发炎|tonsillitis
咽炎|pharyngitis
链球菌咽炎|strep throat
中耳炎|ear infections|otitis media
耳鸣|tinnitus
听力下降|听力损失|耳聋|hearing loss
眩晕|vertigo|dizziness and vertigo
良性阵发性位置性眩晕|耳石症|benign paroxysmal positional vertigo
梅尼埃病|美尼尔综合征|meniere's disease
结膜炎|红眼病|pink eye|conjunctivitis
白内障|cataract
青光眼|glaucoma
近视|nearsightedness|myopia
黄斑变性|macular degeneration
干眼症|dry eye
胃食管反流病|反流性食管炎|胃食管反流|gerd|gastroesophageal reflux disease|acid reflux
烧心|heartburn
胃炎|gastritis
慢性胃炎|chronic gastritis
消化性溃疡|胃溃疡|十二指肠溃疡|peptic ulcer|stomach ulcer
幽门螺杆菌感染|幽门螺杆菌|幽门螺旋杆菌|helicobacter pylori infections|h. pylori
肠易激综合征|irritable bowel syndrome
炎症性肠病|inflammatory bowel disease
克罗恩病|crohn's disease
溃疡性结肠炎|ulcerative colitis
乳糜泻|celiac disease
乳糖不耐受|lactose intolerance
便秘|constipation
腹泻|diarrhea
痔疮|hemorrhoids
肛裂|anal fissure
胆结石|胆囊结石|gallstones
胆囊炎|cholecystitis
胰腺炎|pancreatitis
阑尾炎|appendicitis
肝硬化|cirrhosis
脂肪肝|非酒精性脂肪性肝病|fatty liver disease|nonalcoholic fatty liver disease
乙型肝炎|乙肝|大三阳|小三阳|乙肝病毒携带|hepatitis b|hep b
丙型肝炎|丙肝|hepatitis c|hep c
甲型肝炎|甲肝|hepatitis a
肝癌|liver cancer
胃癌|stomach cancer
结直肠癌|大肠癌|结肠癌|colorectal cancer|colon cancer
食管癌|esophageal cancer
胰腺癌|pancreatic cancer
疝气|腹股沟疝|hernia|inguinal hernia
食物中毒|food poisoning|foodborne illnesses
肾结石|kidney stones
慢性肾脏病|慢性肾病|chronic kidney disease
肾衰竭|肾功能衰竭|kidney failure
尿路感染|泌尿系感染|urinary tract infections
膀胱炎|cystitis
尿失禁|urinary incontinence
膀胱过度活动症|overactive bladder
前列腺增生|良性前列腺增生|enlarged prostate|benign prostatic hyperplasia
前列腺癌|prostate cancer
前列腺炎|prostatitis
勃起功能障碍|阳痿|erectile dysfunction
甲状腺功能减退症|甲减|hypothyroidism|underactive thyroid
甲状腺功能亢进症|甲亢|hyperthyroidism|overactive thyroid
桥本甲状腺炎|hashimoto's disease
甲状腺结节|thyroid nodules
甲状腺癌|thyroid cancer
痛风|gout
骨质疏松症|骨质疏松|osteoporosis
骨关节炎|骨性关节炎|osteoarthritis
类风湿关节炎|类风湿性关节炎|rheumatoid arthritis
强直性脊柱炎|ankylosing spondylitis
系统性红斑狼疮|红斑狼疮|lupus
纤维肌痛|fibromyalgia
腰椎间盘突出症|腰椎间盘突出|腰突|herniated disk
坐骨神经痛|sciatica
颈椎病|cervical spondylosis
肩周炎|frozen shoulder
腕管综合征|carpal tunnel syndrome
腱鞘炎|狭窄性腱鞘炎|妈妈手|tendinitis
足底筋膜炎|plantar fasciitis
扭伤|sprains and strains
骨折|fractures
脊柱侧弯|scoliosis
偏头痛|migraine
癫痫|epilepsy|seizures
帕金森病|parkinson's disease
阿尔茨海默病|老年痴呆|alzheimer's disease
痴呆|dementia
多发性硬化|multiple sclerosis
面瘫|面神经麻痹|贝尔麻痹|bell's palsy
三叉神经痛|trigeminal neuralgia
周围神经病变|peripheral neuropathy
不宁腿综合征|restless legs syndrome
脑震荡|concussion
失眠|失眠症|insomnia
抑郁症|抑郁|depression
产后抑郁|产后抑郁症|postpartum depression
焦虑症|焦虑障碍|anxiety disorders
惊恐障碍|惊恐发作|panic disorder|panic attack
强迫症|obsessive-compulsive disorder
创伤后应激障碍|post-traumatic stress disorder|ptsd
双相情感障碍|bipolar disorder
精神分裂症|schizophrenia
注意缺陷多动障碍|多动症|adhd|attention deficit hyperactivity disorder
孤独症|自闭症|autism spectrum disorder|autism
进食障碍|eating disorders
神经性厌食|anorexia nervosa
神经性贪食|bulimia nervosa
酒精依赖|酗酒|alcohol use disorder|alcoholism
湿疹|eczema|atopic dermatitis
特应性皮炎|atopic dermatitis
荨麻疹|hives|urticaria
银屑病|psoriasis
痤疮|acne
玫瑰痤疮|酒渣鼻|rosacea
带状疱疹|shingles|herpes zoster
水痘|chickenpox
单纯疱疹|口唇疱疹|cold sores|herpes simplex
手足口病|hand, foot, and mouth disease|hand foot and mouth disease
麻疹|measles
风疹|rubella
流行性腮腺炎|腮腺炎|mumps
猩红热|scarlet fever
足癣|athlete's foot
灰指甲|甲癣|nail fungus
白癜风|vitiligo
黑色素瘤|melanoma
皮肤癌|skin cancer
疥疮|scabies
头虱|head lice
鹅口疮|口腔念珠菌病|thrush|oral thrush
口腔溃疡|复发性口腔溃疡|canker sores|mouth ulcers
龋齿|蛀牙|tooth decay|dental cavities
牙周病|牙周炎|gum disease|periodontal disease
乳腺癌|breast cancer
宫颈癌|cervical cancer
卵巢癌|ovarian cancer
子宫内膜异位症|endometriosis
子宫肌瘤|uterine fibroids
多囊卵巢综合征|多囊卵巢|polycystic ovary syndrome|pcos
痛经|dysmenorrhea|menstrual cramps
更年期|围绝经期|menopause
阴道炎|vaginitis
细菌性阴道病|bacterial vaginosis
霉菌性阴道炎|阴道念珠菌病|vaginal yeast infection
不孕症|infertility
先兆子痫|子痫前期|preeclampsia
妊娠期高血压疾病|妊娠高血压|妊高征|high blood pressure in pregnancy
妊娠剧吐|hyperemesis gravidarum
流产|miscarriage
宫外孕|异位妊娠|ectopic pregnancy
早产|preterm labor|premature birth
新生儿黄疸|newborn jaundice|neonatal jaundice
婴儿肠绞痛|婴儿肠痉挛|colic
尿布疹|diaper rash
川崎病|kawasaki disease
过敏|allergy
食物过敏|food allergy
花生过敏|peanut allergy
严重过敏反应|过敏性休克|anaphylaxis
乳糖酶缺乏|lactase deficiency
肥胖|肥胖症|obesity|overweight and obesity
代谢综合征|metabolic syndrome
维生素D缺乏|vitamin d deficiency
低钾血症|低钾|hypokalemia|low potassium
高钾血症|hyperkalemia
低钠血症|hyponatremia
脱水|dehydration
中暑|heat stroke|heat illness
冻伤|frostbite
烧伤|烫伤|burns
莱姆病|lyme disease
破伤风|tetanus
狂犬病|rabies
疟疾|malaria
艾滋病|hiv/aids|hiv
梅毒|syphilis
淋病|gonorrhea
衣原体感染|chlamydia
人乳头瘤病毒|hpv|human papillomavirus
传染性单核细胞增多症|infectious mononucleosis|mono
李斯特菌病|listeriosis|listeria
败血症|脓毒症|sepsis
蜂窝织炎|cellulitis
淋巴水肿|lymphedema
雷诺病|雷诺现象|raynaud's phenomenon
慢性疲劳综合征|chronic fatigue syndrome
晕动病|晕车|motion sickness
打鼾|snoring
二甲双胍|metformin
华法林|warfarin
阿司匹林|aspirin
对乙酰氨基酚|扑热息痛|泰诺|acetaminophen|tylenol
布洛芬|ibuprofen
他汀类药物|他汀|statins
氢氯噻嗪|hydrochlorothiazide
利尿剂|diuretics|water pills
呋塞米|furosemide
胰岛素|insulin
抗生素|antibiotics
抗抑郁药|antidepressants
甲氨蝶呤|methotrexate
左甲状腺素|优甲乐|levothyroxine
奥司他韦|达菲|oseltamivir|tamiflu
阿莫西林|amoxicillin
流感疫苗|flu vaccine|flu shot
疫苗接种|预防接种|immunization|vaccines
结肠镜检查|肠镜|colonoscopy
胃镜|胃镜检查|upper gi endoscopy
乳腺钼靶|乳腺x线摄影|mammography
巴氏涂片|宫颈涂片|pap test
糖化血红蛋白|hba1c|a1c
`;

// Symptoms, the same way: a question that names one of these beside a condition is about the condition.
const SYMPTOM_GROUPS = `
头痛|headache
腰痛|腰背痛|back pain|low back pain
咳嗽|cough
发热|发烧|fever
乏力|疲劳|fatigue
头晕|dizziness
恶心|nausea
呕吐|vomiting
胸痛|chest pain
腹痛|abdominal pain
皮疹|rash|rashes
瘙痒|itching
水肿|浮肿|edema|swelling
呼吸困难|shortness of breath|breathing problems
肌肉痉挛|抽筋|muscle cramps
`;

const parse = (text: string): string[][] =>
  text
    .split('\n')
    .map((l) =>
      l
        .split('|')
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .filter((g) => g.length >= 2);

let cached: { all: string[][]; symptoms: string[][] } | undefined;

/** Every bilingual concept line as its names, symptoms included (parsed once; callers must not mutate). */
export function bilingualGroups(): string[][] {
  cached ??= { all: [...parse(GROUPS), ...parse(SYMPTOM_GROUPS)], symptoms: parse(SYMPTOM_GROUPS) };
  return cached.all;
}

/** The bilingual lines that name symptoms (a subset of bilingualGroups()). */
export function bilingualSymptomGroups(): string[][] {
  bilingualGroups();
  return cached?.symptoms ?? [];
}
