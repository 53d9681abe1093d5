// The common clinical abbreviations with the names they stand for, English and Chinese — a closed list written from
// standard clinical usage (the abbreviation lists of the Oxford Handbook of Clinical Medicine and of 诊断学/内科学
// 人卫版 textbooks), not from any answer set: one concept a line, `ABBR,ABBR2|English name,English name|中文名,中文名`.
// An abbreviation with two common clinical readings is listed on both lines (PE: pulmonary embolism and pleural
// effusion), so a reader that meets it alone cannot tell which one it is and must not guess. Used to read a name
// written beside an answer (src/eval/extract/gloss.ts) against every option. Pure data.
const ABBREVIATIONS = `
ARDS|acute respiratory distress syndrome,adult respiratory distress syndrome|急性呼吸窘迫综合征
ALI|acute lung injury|急性肺损伤
COPD|chronic obstructive pulmonary disease,chronic obstructive lung disease|慢性阻塞性肺疾病,慢性阻塞性肺病,慢阻肺
AECOPD|acute exacerbation of copd,acute exacerbation of chronic obstructive pulmonary disease|慢性阻塞性肺疾病急性加重,慢阻肺急性加重
PE|pulmonary embolism|肺栓塞,肺动脉栓塞
PE|pleural effusion|胸腔积液
PTE|pulmonary thromboembolism|肺血栓栓塞症,肺血栓栓塞
DVT|deep vein thrombosis,deep venous thrombosis|深静脉血栓形成,深静脉血栓
VTE|venous thromboembolism|静脉血栓栓塞症,静脉血栓栓塞
CAP|community-acquired pneumonia,community acquired pneumonia|社区获得性肺炎
HAP|hospital-acquired pneumonia,hospital acquired pneumonia|医院获得性肺炎
VAP|ventilator-associated pneumonia,ventilator associated pneumonia|呼吸机相关性肺炎
OSA,OSAS|obstructive sleep apnoea,obstructive sleep apnea,obstructive sleep apnea syndrome|阻塞性睡眠呼吸暂停,阻塞性睡眠呼吸暂停低通气综合征
TB|tuberculosis,pulmonary tuberculosis|结核病,肺结核
IPF|idiopathic pulmonary fibrosis|特发性肺纤维化
MI,AMI|myocardial infarction,acute myocardial infarction,heart attack|心肌梗死,急性心肌梗死,心梗
STEMI|st-elevation myocardial infarction,st elevation myocardial infarction,st-segment elevation myocardial infarction,acute st-elevation myocardial infarction|st段抬高型心肌梗死,急性st段抬高型心肌梗死,st段抬高心肌梗死
NSTEMI|non-st-elevation myocardial infarction,non st elevation myocardial infarction,non-st-segment elevation myocardial infarction|非st段抬高型心肌梗死,急性非st段抬高型心肌梗死
ACS|acute coronary syndrome|急性冠脉综合征,急性冠状动脉综合征
UA|unstable angina|不稳定型心绞痛
CAD,CHD|coronary artery disease,coronary heart disease|冠状动脉粥样硬化性心脏病,冠心病
HF,CHF|heart failure,congestive heart failure|心力衰竭,充血性心力衰竭,心衰
HFrEF|heart failure with reduced ejection fraction|射血分数降低的心力衰竭
HFpEF|heart failure with preserved ejection fraction|射血分数保留的心力衰竭
AF,AFib|atrial fibrillation|心房颤动,房颤
AFL|atrial flutter|心房扑动,房扑
VF,VFib|ventricular fibrillation|心室颤动,室颤
VT|ventricular tachycardia|室性心动过速,室速
SVT,PSVT|supraventricular tachycardia,paroxysmal supraventricular tachycardia|室上性心动过速,阵发性室上性心动过速,室上速
AVB|atrioventricular block,av block,heart block|房室传导阻滞
WPW|wolff-parkinson-white syndrome,wolff parkinson white syndrome|预激综合征
HCM|hypertrophic cardiomyopathy|肥厚型心肌病
DCM|dilated cardiomyopathy|扩张型心肌病
IE|infective endocarditis|感染性心内膜炎
AS|aortic stenosis|主动脉瓣狭窄
AR|aortic regurgitation|主动脉瓣关闭不全,主动脉瓣反流
MS|mitral stenosis|二尖瓣狭窄
MS|multiple sclerosis|多发性硬化
MR|mitral regurgitation|二尖瓣关闭不全,二尖瓣反流
MVP|mitral valve prolapse|二尖瓣脱垂
ASD|atrial septal defect|房间隔缺损
VSD|ventricular septal defect|室间隔缺损
PDA|patent ductus arteriosus|动脉导管未闭
TOF|tetralogy of fallot|法洛四联症
AAA|abdominal aortic aneurysm|腹主动脉瘤
HTN|hypertension,high blood pressure|高血压
PAD,PVD|peripheral arterial disease,peripheral artery disease,peripheral vascular disease|外周动脉疾病
CPR|cardiopulmonary resuscitation|心肺复苏
PCI|percutaneous coronary intervention|经皮冠状动脉介入治疗,冠状动脉介入治疗
PPCI|primary percutaneous coronary intervention,primary pci|直接经皮冠状动脉介入治疗,直接pci
CABG|coronary artery bypass grafting,coronary artery bypass graft,coronary artery bypass surgery|冠状动脉旁路移植术,冠状动脉搭桥术,冠脉搭桥
ICD|implantable cardioverter-defibrillator,implantable cardioverter defibrillator|植入式心律转复除颤器
CRT|cardiac resynchronization therapy|心脏再同步化治疗
TIA|transient ischemic attack,transient ischaemic attack|短暂性脑缺血发作
CVA|cerebrovascular accident,stroke|脑卒中,卒中,中风
SAH|subarachnoid haemorrhage,subarachnoid hemorrhage|蛛网膜下腔出血
ICH|intracerebral haemorrhage,intracerebral hemorrhage|脑出血,颅内出血
SDH|subdural haematoma,subdural hematoma|硬膜下血肿
EDH|extradural haematoma,epidural hematoma,epidural haematoma,extradural hematoma|硬膜外血肿
TBI|traumatic brain injury|创伤性脑损伤,颅脑损伤
GBS|guillain-barre syndrome,guillain barre syndrome|吉兰-巴雷综合征,格林-巴利综合征,吉兰巴雷综合征
MG|myasthenia gravis|重症肌无力
ALS|amyotrophic lateral sclerosis|肌萎缩侧索硬化,渐冻症
PD|parkinson's disease,parkinson disease|帕金森病
AD|alzheimer's disease,alzheimer disease|阿尔茨海默病
NMS|neuroleptic malignant syndrome|神经阻滞剂恶性综合征,抗精神病药恶性综合征
SE|status epilepticus|癫痫持续状态
DKA|diabetic ketoacidosis|糖尿病酮症酸中毒
HHS,HONK,HHNS|hyperosmolar hyperglycaemic state,hyperosmolar hyperglycemic state,hyperosmolar hyperglycemic nonketotic syndrome|高渗高血糖状态,高渗性高血糖状态,高血糖高渗状态,高渗高血糖综合征
T1DM,T1D|type 1 diabetes mellitus,type 1 diabetes|1型糖尿病
T2DM,T2D|type 2 diabetes mellitus,type 2 diabetes|2型糖尿病
GDM|gestational diabetes mellitus,gestational diabetes|妊娠期糖尿病,妊娠糖尿病
SIADH|syndrome of inappropriate antidiuretic hormone secretion,syndrome of inappropriate antidiuretic hormone|抗利尿激素分泌失调综合征,抗利尿激素分泌不当综合征
DI|diabetes insipidus|尿崩症
PCOS|polycystic ovary syndrome,polycystic ovarian syndrome|多囊卵巢综合征
MEN|multiple endocrine neoplasia|多发性内分泌腺瘤病
AKI|acute kidney injury|急性肾损伤
ARF|acute renal failure|急性肾衰竭,急性肾功能衰竭
CKD|chronic kidney disease|慢性肾脏病
ESRD|end-stage renal disease,end stage renal disease|终末期肾病
UTI|urinary tract infection|尿路感染,泌尿道感染
BPH|benign prostatic hyperplasia,benign prostatic hypertrophy|良性前列腺增生,前列腺增生
RTA|renal tubular acidosis|肾小管酸中毒
ATN|acute tubular necrosis|急性肾小管坏死
HUS|haemolytic uraemic syndrome,hemolytic uremic syndrome|溶血尿毒综合征
TTP|thrombotic thrombocytopenic purpura|血栓性血小板减少性紫癜
ITP|immune thrombocytopenia,idiopathic thrombocytopenic purpura,immune thrombocytopenic purpura|免疫性血小板减少症,特发性血小板减少性紫癜
DIC|disseminated intravascular coagulation|弥散性血管内凝血
HIT|heparin-induced thrombocytopenia,heparin induced thrombocytopenia|肝素诱导的血小板减少症,肝素诱导血小板减少症
IDA|iron deficiency anaemia,iron deficiency anemia,iron-deficiency anemia|缺铁性贫血
AML|acute myeloid leukaemia,acute myeloid leukemia|急性髓系白血病,急性髓细胞白血病
ALL|acute lymphoblastic leukaemia,acute lymphoblastic leukemia|急性淋巴细胞白血病
CML|chronic myeloid leukaemia,chronic myeloid leukemia|慢性髓系白血病,慢性粒细胞白血病
CLL|chronic lymphocytic leukaemia,chronic lymphocytic leukemia|慢性淋巴细胞白血病
MM|multiple myeloma|多发性骨髓瘤
HL|hodgkin lymphoma,hodgkin's lymphoma|霍奇金淋巴瘤
NHL|non-hodgkin lymphoma,non-hodgkin's lymphoma|非霍奇金淋巴瘤
MDS|myelodysplastic syndrome|骨髓增生异常综合征
PNH|paroxysmal nocturnal haemoglobinuria,paroxysmal nocturnal hemoglobinuria|阵发性睡眠性血红蛋白尿
G6PD|glucose-6-phosphate dehydrogenase deficiency|葡萄糖-6-磷酸脱氢酶缺乏症,蚕豆病
GERD,GORD|gastro-oesophageal reflux disease,gastroesophageal reflux disease|胃食管反流病
PUD|peptic ulcer disease,peptic ulcer|消化性溃疡
IBD|inflammatory bowel disease|炎症性肠病
UC|ulcerative colitis|溃疡性结肠炎
CD|crohn's disease,crohn disease|克罗恩病
IBS|irritable bowel syndrome|肠易激综合征
NAFLD|non-alcoholic fatty liver disease,nonalcoholic fatty liver disease|非酒精性脂肪性肝病,非酒精性脂肪肝
PBC|primary biliary cholangitis,primary biliary cirrhosis|原发性胆汁性胆管炎,原发性胆汁性肝硬化
PSC|primary sclerosing cholangitis|原发性硬化性胆管炎
HCC|hepatocellular carcinoma|肝细胞癌,原发性肝癌
SBP|spontaneous bacterial peritonitis|自发性细菌性腹膜炎
HE|hepatic encephalopathy|肝性脑病
UGIB|upper gastrointestinal bleeding,upper gi bleeding|上消化道出血
AP|acute pancreatitis|急性胰腺炎
ERCP|endoscopic retrograde cholangiopancreatography|内镜逆行胰胆管造影
EGD,OGD|oesophagogastroduodenoscopy,esophagogastroduodenoscopy,upper endoscopy|胃镜,上消化道内镜检查
SLE|systemic lupus erythematosus|系统性红斑狼疮
RA|rheumatoid arthritis|类风湿关节炎,类风湿性关节炎
AS|ankylosing spondylitis|强直性脊柱炎
OA|osteoarthritis|骨关节炎
GCA|giant cell arteritis,temporal arteritis|巨细胞动脉炎,颞动脉炎
PMR|polymyalgia rheumatica|风湿性多肌痛
SSc|systemic sclerosis,scleroderma|系统性硬化症,硬皮病
KD|kawasaki disease|川崎病
HSP|henoch-schonlein purpura,henoch schonlein purpura,iga vasculitis|过敏性紫癜,iga血管炎
JIA|juvenile idiopathic arthritis|幼年特发性关节炎
SJS|stevens-johnson syndrome,stevens johnson syndrome|史蒂文斯-约翰逊综合征,史-约综合征
TEN|toxic epidermal necrolysis|中毒性表皮坏死松解症
HIV|human immunodeficiency virus infection,hiv infection|人类免疫缺陷病毒感染,艾滋病病毒感染
AIDS|acquired immunodeficiency syndrome,acquired immune deficiency syndrome|获得性免疫缺陷综合征,艾滋病
HBV|hepatitis b,chronic hepatitis b,hepatitis b virus infection|乙型肝炎,乙肝,慢性乙型肝炎
HCV|hepatitis c,hepatitis c virus infection|丙型肝炎,丙肝
MRSA|methicillin-resistant staphylococcus aureus,meticillin-resistant staphylococcus aureus|耐甲氧西林金黄色葡萄球菌
PCP,PJP|pneumocystis pneumonia,pneumocystis jirovecii pneumonia,pneumocystis carinii pneumonia|肺孢子菌肺炎,卡氏肺孢子虫肺炎
CMV|cytomegalovirus infection,cytomegalovirus|巨细胞病毒感染,巨细胞病毒
EBV|epstein-barr virus infection,epstein-barr virus|eb病毒感染,eb病毒
HSV|herpes simplex virus infection,herpes simplex|单纯疱疹病毒感染,单纯疱疹
RSV|respiratory syncytial virus infection,respiratory syncytial virus|呼吸道合胞病毒感染,呼吸道合胞病毒
STI,STD|sexually transmitted infection,sexually transmitted disease|性传播疾病,性病
PID|pelvic inflammatory disease|盆腔炎性疾病,盆腔炎
PPH|postpartum haemorrhage,postpartum hemorrhage|产后出血
PROM|premature rupture of membranes|胎膜早破
PPROM|preterm premature rupture of membranes|未足月胎膜早破
IUGR,FGR|intrauterine growth restriction,fetal growth restriction|胎儿生长受限,宫内生长受限
HELLP|hellp syndrome|hellp综合征
DDH|developmental dysplasia of the hip|发育性髋关节发育不良,先天性髋关节脱位
NEC|necrotising enterocolitis,necrotizing enterocolitis|坏死性小肠结肠炎
RDS,NRDS|neonatal respiratory distress syndrome,infant respiratory distress syndrome|新生儿呼吸窘迫综合征
SIDS|sudden infant death syndrome|婴儿猝死综合征
ADHD|attention deficit hyperactivity disorder,attention-deficit/hyperactivity disorder|注意缺陷多动障碍,多动症
ASD|autism spectrum disorder|孤独症谱系障碍,自闭症谱系障碍
OCD|obsessive-compulsive disorder,obsessive compulsive disorder|强迫症,强迫障碍
PTSD|post-traumatic stress disorder,posttraumatic stress disorder|创伤后应激障碍
GAD|generalised anxiety disorder,generalized anxiety disorder|广泛性焦虑障碍
MDD|major depressive disorder|抑郁症,重性抑郁障碍
BPD|borderline personality disorder|边缘型人格障碍
BCC|basal cell carcinoma|基底细胞癌
SCC|squamous cell carcinoma|鳞状细胞癌,鳞癌
NSCLC|non-small cell lung cancer,non-small-cell lung cancer|非小细胞肺癌
SCLC|small cell lung cancer,small-cell lung cancer|小细胞肺癌
BRVO|branch retinal vein occlusion|视网膜分支静脉阻塞
CRAO|central retinal artery occlusion|视网膜中央动脉阻塞
AMD|age-related macular degeneration|年龄相关性黄斑变性
SUFE,SCFE|slipped upper femoral epiphysis,slipped capital femoral epiphysis|股骨头骨骺滑脱
ACL|anterior cruciate ligament|前交叉韧带
CTS|carpal tunnel syndrome|腕管综合征
SIRS|systemic inflammatory response syndrome|全身炎症反应综合征
MODS|multiple organ dysfunction syndrome|多器官功能障碍综合征
CO|carbon monoxide poisoning|一氧化碳中毒
NSAID,NSAIDs|non-steroidal anti-inflammatory drug,nonsteroidal anti-inflammatory drug,nsaid|非甾体抗炎药
PPI,PPIs|proton pump inhibitor|质子泵抑制剂
SSRI,SSRIs|selective serotonin reuptake inhibitor|选择性5-羟色胺再摄取抑制剂
ACEI,ACEi|angiotensin-converting enzyme inhibitor,ace inhibitor|血管紧张素转换酶抑制剂
ARB,ARBs|angiotensin receptor blocker,angiotensin ii receptor blocker|血管紧张素受体拮抗剂,血管紧张素ii受体拮抗剂
CCB,CCBs|calcium channel blocker|钙通道阻滞剂
LMWH|low-molecular-weight heparin,low molecular weight heparin|低分子肝素,低分子量肝素
UFH|unfractionated heparin,heparin|普通肝素,肝素
tPA,rtPA,rt-PA,alteplase|alteplase,tissue plasminogen activator,recombinant tissue plasminogen activator|阿替普酶,组织型纤溶酶原激活剂,重组组织型纤溶酶原激活剂
GTN,NTG|glyceryl trinitrate,nitroglycerin,nitroglycerine|硝酸甘油
ISMN|isosorbide mononitrate|单硝酸异山梨酯
ISDN|isosorbide dinitrate|硝酸异山梨酯
MTX|methotrexate|甲氨蝶呤
HCQ|hydroxychloroquine|羟氯喹
TMP-SMX,TMP/SMX,SMX-TMP,co-trimoxazole,cotrimoxazole|trimethoprim-sulfamethoxazole,trimethoprim sulfamethoxazole|复方磺胺甲噁唑,复方新诺明
INH|isoniazid|异烟肼
PTU|propylthiouracil|丙硫氧嘧啶
MMI|methimazole,thiamazole|甲巯咪唑,他巴唑
5-FU|fluorouracil,5-fluorouracil|氟尿嘧啶
IVIG,IVIg|intravenous immunoglobulin|静脉注射免疫球蛋白,静注人免疫球蛋白
ECT|electroconvulsive therapy|电休克治疗,电抽搐治疗
NIV,NIPPV|non-invasive ventilation,noninvasive ventilation,non-invasive positive pressure ventilation|无创通气,无创正压通气
CPAP|continuous positive airway pressure|持续气道正压通气
ECMO|extracorporeal membrane oxygenation|体外膜肺氧合
TPN|total parenteral nutrition|全胃肠外营养
ORS|oral rehydration solution,oral rehydration salts|口服补液盐
LP|lumbar puncture|腰椎穿刺,腰穿
CT|computed tomography,ct scan|计算机断层扫描,ct检查
CTPA|ct pulmonary angiography,computed tomography pulmonary angiography|ct肺动脉造影,肺动脉ct血管造影
MRI|magnetic resonance imaging|磁共振成像,磁共振
MRCP|magnetic resonance cholangiopancreatography|磁共振胰胆管成像
ECG,EKG|electrocardiogram,electrocardiography|心电图
EEG|electroencephalogram,electroencephalography|脑电图
EMG|electromyography|肌电图
ABG|arterial blood gas|动脉血气分析,血气分析
OGTT|oral glucose tolerance test|口服葡萄糖耐量试验
HbA1c|glycated haemoglobin,glycated hemoglobin,glycosylated hemoglobin,hemoglobin a1c|糖化血红蛋白
TSH|thyroid-stimulating hormone,thyroid stimulating hormone|促甲状腺激素
BNP|brain natriuretic peptide,b-type natriuretic peptide|脑钠肽,b型利钠肽
CRP|c-reactive protein|c反应蛋白
ESR|erythrocyte sedimentation rate|红细胞沉降率,血沉
PSA|prostate-specific antigen,prostate specific antigen|前列腺特异性抗原
AFP|alpha-fetoprotein,alpha fetoprotein|甲胎蛋白
CEA|carcinoembryonic antigen|癌胚抗原
ANA|antinuclear antibody,antinuclear antibodies|抗核抗体
FNA,FNAC|fine-needle aspiration,fine needle aspiration,fine-needle aspiration cytology|细针穿刺,细针穿刺细胞学检查
`;

export interface AbbreviationEntry {
  /** The abbreviations, as written in the list. */
  readonly short: readonly string[];
  /** The English and Chinese names it stands for. */
  readonly names: readonly string[];
}

let parsed: AbbreviationEntry[] | undefined;
/** The list, one entry a concept (an abbreviation with two readings appears in two entries). */
export function clinicalAbbreviations(): readonly AbbreviationEntry[] {
  parsed ??= ABBREVIATIONS.split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [short = '', en = '', zh = ''] = l.split('|');
      const list = (s: string) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
      return { short: list(short), names: [...list(en), ...list(zh)] };
    });
  return parsed;
}
