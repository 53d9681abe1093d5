// Brand names of the commonest medicines (US, UK and China) beside their generic names, English and Chinese — a closed
// list written from the products' own labels as listed in the BNF, DailyMed/FDA Orange Book and the 国家药监局 (NMPA)
// registrations, not from any answer set. A line per medicine, in drugs.ts's seed format: `中文通用名|english generic,
// other generic spellings|brands`. Where drugs.ts's seed list already names a medicine, the line adds what it lacks and
// the two are joined by their shared generic name (clinical-names.ts). A brand sold for two different medicines is not
// listed. Pure data.
export const DRUG_BRANDS = `
劳拉西泮|lorazepam|ativan,罗拉
地西泮|diazepam|valium,安定
咪达唑仑|midazolam|versed,力月西
阿普唑仑|alprazolam|xanax
氯硝西泮|clonazepam|klonopin,rivotril,氯硝安定
苯妥英钠|phenytoin,phenytoin sodium|dilantin,epanutin,大仑丁
磷苯妥英|fosphenytoin|cerebyx
丙戊酸钠|valproate,sodium valproate,valproic acid,divalproex,divalproex sodium|depakote,depakine,epilim,德巴金
卡马西平|carbamazepine|tegretol,得理多
奥卡西平|oxcarbazepine|trileptal,曲莱
拉莫三嗪|lamotrigine|lamictal,利必通
左乙拉西坦|levetiracetam|keppra,开浦兰
托吡酯|topiramate|topamax,妥泰
加巴喷丁|gabapentin|neurontin,派汀
普瑞巴林|pregabalin|lyrica,乐瑞卡
苯巴比妥|phenobarbital,phenobarbitone|luminal,鲁米那
呋塞米|furosemide,frusemide|lasix,速尿
布美他尼|bumetanide|bumex
氢氯噻嗪|hydrochlorothiazide|microzide,双克
螺内酯|spironolactone|aldactone,安体舒通
依普利酮|eplerenone|inspra
美托洛尔|metoprolol|lopressor,toprol,toprol-xl,betaloc,倍他乐克
比索洛尔|bisoprolol|concor,zebeta,康忻
阿替洛尔|atenolol|tenormin
普萘洛尔|propranolol|inderal,心得安
卡维地洛|carvedilol|coreg,络德
拉贝洛尔|labetalol|trandate
氨氯地平|amlodipine|norvasc,istin,络活喜
硝苯地平|nifedipine|adalat,procardia,拜新同,心痛定
地尔硫卓|diltiazem|cardizem,合心爽
维拉帕米|verapamil|calan,isoptin,异搏定
卡托普利|captopril|capoten,开博通
依那普利|enalapril|vasotec,innovace,悦宁定
赖诺普利|lisinopril|zestril,prinivil
雷米普利|ramipril|altace,tritace
培哚普利|perindopril|coversyl,雅施达
氯沙坦|losartan|cozaar,科素亚
缬沙坦|valsartan|diovan,代文
厄贝沙坦|irbesartan|avapro,aprovel,安博维
沙库巴曲缬沙坦|sacubitril/valsartan,sacubitril-valsartan,sacubitril valsartan|entresto,诺欣妥
地高辛|digoxin|lanoxin
胺碘酮|amiodarone|cordarone,pacerone,可达龙
腺苷|adenosine|adenocard
硝酸甘油|nitroglycerin,nitroglycerine,glyceryl trinitrate|nitrostat,nitrolingual
单硝酸异山梨酯|isosorbide mononitrate|imdur,依姆多
华法林|warfarin|coumadin,jantoven,marevan,可迈丁
肝素|heparin,unfractionated heparin|
依诺肝素|enoxaparin|lovenox,clexane,克赛
达比加群|dabigatran|pradaxa,泰毕全
利伐沙班|rivaroxaban|xarelto,拜瑞妥
阿哌沙班|apixaban|eliquis,艾乐妥
氯吡格雷|clopidogrel|plavix,波立维,泰嘉
普拉格雷|prasugrel|effient,efient
替格瑞洛|ticagrelor|brilinta,brilique,倍林达
阿司匹林|aspirin,acetylsalicylic acid|bayer aspirin,拜阿司匹灵
阿替普酶|alteplase|activase,actilyse,爱通立
阿托伐他汀|atorvastatin|lipitor,立普妥,阿乐
瑞舒伐他汀|rosuvastatin|crestor,可定
辛伐他汀|simvastatin|zocor,舒降之
普伐他汀|pravastatin|pravachol
依折麦布|ezetimibe|zetia,ezetrol,益适纯
二甲双胍|metformin|glucophage,格华止
格列齐特|gliclazide|diamicron,达美康
格列美脲|glimepiride|amaryl,亚莫利
格列本脲|glibenclamide,glyburide|diabeta,优降糖
西格列汀|sitagliptin|januvia,捷诺维
达格列净|dapagliflozin|farxiga,forxiga,安达唐
恩格列净|empagliflozin|jardiance,欧唐静
利拉鲁肽|liraglutide|victoza,saxenda,诺和力
司美格鲁肽|semaglutide|ozempic,wegovy,rybelsus,诺和泰
吡格列酮|pioglitazone|actos,艾可拓
甘精胰岛素|insulin glargine|lantus,来得时
门冬胰岛素|insulin aspart|novorapid,novolog,诺和锐
赖脯胰岛素|insulin lispro|humalog,优泌乐
左甲状腺素钠|levothyroxine,levothyroxine sodium,thyroxine|synthroid,levoxyl,eltroxin,优甲乐,雷替斯
甲巯咪唑|methimazole,thiamazole|tapazole,他巴唑,赛治
丙硫氧嘧啶|propylthiouracil|ptu
泼尼松|prednisone|deltasone
泼尼松龙|prednisolone|
甲泼尼龙|methylprednisolone|medrol,solu-medrol,美卓乐,甲强龙
地塞米松|dexamethasone|decadron
氢化可的松|hydrocortisone|solu-cortef,cortef
对乙酰氨基酚|acetaminophen,paracetamol|tylenol,panadol,calpol,泰诺林,必理通,扑热息痛,百服宁,普拿疼
布洛芬|ibuprofen|advil,motrin,nurofen,brufen,芬必得,美林
萘普生|naproxen|aleve,naprosyn
双氯芬酸|diclofenac|voltaren,voltarol,扶他林
塞来昔布|celecoxib|celebrex,西乐葆
吲哚美辛|indomethacin,indometacin|indocin,消炎痛
吗啡|morphine|ms contin,美施康定
羟考酮|oxycodone|oxycontin,奥施康定
芬太尼|fentanyl|duragesic,多瑞吉
曲马多|tramadol|ultram,奇曼丁
纳洛酮|naloxone|narcan
氟马西尼|flumazenil|romazicon,anexate,安易醒
舍曲林|sertraline|zoloft,lustral,左洛复
氟西汀|fluoxetine|prozac,百忧解
帕罗西汀|paroxetine|paxil,seroxat,赛乐特
艾司西酞普兰|escitalopram|lexapro,cipralex,来士普
西酞普兰|citalopram|celexa,cipramil
文拉法辛|venlafaxine|effexor,怡诺思
度洛西汀|duloxetine|cymbalta,欣百达
米氮平|mirtazapine|remeron,瑞美隆
阿米替林|amitriptyline|elavil
安非他酮|bupropion|wellbutrin,zyban
碳酸锂|lithium,lithium carbonate|lithobid,priadel
氟哌啶醇|haloperidol|haldol
奥氮平|olanzapine|zyprexa,再普乐
喹硫平|quetiapine|seroquel,思瑞康
利培酮|risperidone|risperdal,维思通
阿立哌唑|aripiprazole|abilify,安律凡
氯氮平|clozapine|clozaril,氯扎平
哌甲酯|methylphenidate|ritalin,concerta,专注达
多奈哌齐|donepezil|aricept,安理申
美金刚|memantine|namenda,ebixa,易倍申
左旋多巴|levodopa|
卡比多巴左旋多巴|carbidopa-levodopa,carbidopa/levodopa,levodopa-carbidopa|sinemet,息宁
多巴丝肼|levodopa-benserazide,levodopa benserazide|madopar,美多芭
舒马普坦|sumatriptan|imitrex,imigran
昂丹司琼|ondansetron|zofran,枢复宁
甲氧氯普胺|metoclopramide|reglan,maxolon,胃复安
多潘立酮|domperidone|motilium,吗丁啉
奥美拉唑|omeprazole|prilosec,losec,洛赛克
埃索美拉唑|esomeprazole|nexium,耐信
兰索拉唑|lansoprazole|prevacid,zoton,达克普隆
泮托拉唑|pantoprazole|protonix,潘妥洛克
雷尼替丁|ranitidine|zantac
法莫替丁|famotidine|pepcid
洛哌丁胺|loperamide|imodium,易蒙停
蒙脱石散|smectite,diosmectite|smecta,思密达
乳果糖|lactulose|duphalac,杜密克
美沙拉嗪|mesalazine,mesalamine|asacol,pentasa,lialda,颇得斯安
柳氮磺吡啶|sulfasalazine|azulfidine,salazopyrin
熊去氧胆酸|ursodeoxycholic acid,ursodiol|actigall,urso,优思弗
阿莫西林|amoxicillin|amoxil,阿莫仙
阿莫西林克拉维酸钾|amoxicillin-clavulanate,co-amoxiclav,amoxicillin clavulanate|augmentin,安灭菌,力百汀
青霉素|penicillin,benzylpenicillin,penicillin g|
头孢曲松|ceftriaxone|rocephin,罗氏芬
头孢呋辛|cefuroxime|zinacef,zinnat,ceftin,西力欣
头孢氨苄|cephalexin,cefalexin|keflex
阿奇霉素|azithromycin|zithromax,z-pak,希舒美
克拉霉素|clarithromycin|biaxin,klacid,克拉仙
多西环素|doxycycline|vibramycin,强力霉素
环丙沙星|ciprofloxacin|cipro,ciproxin,西普乐
左氧氟沙星|levofloxacin|levaquin,tavanic,可乐必妥,来立信
莫西沙星|moxifloxacin|avelox,拜复乐
甲硝唑|metronidazole|flagyl,灭滴灵
克林霉素|clindamycin|cleocin,dalacin
万古霉素|vancomycin|vancocin,稳可信
利奈唑胺|linezolid|zyvox,斯沃
美罗培南|meropenem|merrem,美平
亚胺培南西司他丁|imipenem-cilastatin,imipenem/cilastatin,imipenem|primaxin,tienam,泰能
哌拉西林他唑巴坦|piperacillin-tazobactam,piperacillin/tazobactam|zosyn,tazocin,特治星
复方磺胺甲噁唑|co-trimoxazole,trimethoprim-sulfamethoxazole,tmp-smx|bactrim,septra,复方新诺明
呋喃妥因|nitrofurantoin|macrobid,macrodantin
磷霉素|fosfomycin|monurol
氟康唑|fluconazole|diflucan,大扶康
伏立康唑|voriconazole|vfend,威凡
两性霉素B|amphotericin b|fungizone,ambisome
阿昔洛韦|acyclovir,aciclovir|zovirax,舒维疗
伐昔洛韦|valacyclovir,valaciclovir|valtrex,明竹欣
奥司他韦|oseltamivir|tamiflu,达菲
恩替卡韦|entecavir|baraclude,博路定
替诺福韦|tenofovir|viread,韦瑞德
利福平|rifampicin,rifampin|rifadin
异烟肼|isoniazid|
沙丁胺醇|salbutamol,albuterol|ventolin,proventil,万托林
布地奈德|budesonide|pulmicort,普米克
沙美特罗替卡松|salmeterol-fluticasone,salmeterol/fluticasone,fluticasone-salmeterol|advair,seretide,舒利迭
布地奈德福莫特罗|budesonide-formoterol,budesonide/formoterol|symbicort,信必可
噻托溴铵|tiotropium|spiriva,思力华
孟鲁司特|montelukast|singulair,顺尔宁
异丙托溴铵|ipratropium|atrovent,爱全乐
氯雷他定|loratadine|claritin,clarityne,开瑞坦
西替利嗪|cetirizine|zyrtec,仙特明
苯海拉明|diphenhydramine|benadryl
肾上腺素|epinephrine,adrenaline|epipen,adrenaclick,anapen
去甲肾上腺素|norepinephrine,noradrenaline|levophed
麻黄碱|ephedrine|
多巴胺|dopamine|intropin
多巴酚丁胺|dobutamine|dobutrex
别嘌醇|allopurinol|zyloprim,zyloric
非布司他|febuxostat|uloric,adenuric,优立通
秋水仙碱|colchicine|colcrys
阿仑膦酸钠|alendronate,alendronic acid|fosamax,福善美
唑来膦酸|zoledronic acid|zometa,reclast,aclasta,密固达
甲氨蝶呤|methotrexate|trexall,otrexup
羟氯喹|hydroxychloroquine|plaquenil,纷乐
来氟米特|leflunomide|arava,爱若华
硫唑嘌呤|azathioprine|imuran,依木兰
他克莫司|tacrolimus|prograf,protopic,普乐可复
环孢素|ciclosporin,cyclosporine|neoral,sandimmune,新山地明
吗替麦考酚酯|mycophenolate mofetil,mycophenolate|cellcept,骁悉
阿达木单抗|adalimumab|humira,修美乐
英夫利西单抗|infliximab|remicade,类克
利妥昔单抗|rituximab|rituxan,mabthera,美罗华
曲妥珠单抗|trastuzumab|herceptin,赫赛汀
他莫昔芬|tamoxifen|nolvadex,诺瓦得士
来曲唑|letrozole|femara,弗隆
伊马替尼|imatinib|gleevec,glivec,格列卫
坦索罗辛|tamsulosin|flomax,哈乐
非那雄胺|finasteride|proscar,propecia,保列治
西地那非|sildenafil|viagra,revatio,万艾可
托特罗定|tolterodine|detrol,detrusitol,舍尼亭
米索前列醇|misoprostol|cytotec,喜克溃
缩宫素|oxytocin|pitocin,syntocinon
硫酸镁|magnesium sulfate,magnesium sulphate|
地屈孕酮|dydrogesterone|duphaston,达芙通
黄体酮|progesterone|prometrium,utrogestan,琪宁
维生素K1|phytonadione,phytomenadione,vitamin k1|mephyton,konakion
氨甲环酸|tranexamic acid|cyklokapron,lysteda
去铁胺|deferoxamine,desferrioxamine|desferal,得斯芬
乙酰半胱氨酸|acetylcysteine,n-acetylcysteine|mucomyst,parvolex,acetadote,富露施
阿托品|atropine|
`;
