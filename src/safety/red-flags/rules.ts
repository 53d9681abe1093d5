// Red-flag rules as data: each rule fires when ANY of its combinations has ALL its signs present (affirmed,
// current). Emergency rules are listed first; a rule's id is the stable reason code in `Triage.reasons`.
// The starter knowledge pack builds one emergency-guidance document per emergency rule from this same table.
import type { SignId } from './signs.js';

export interface RedFlagRule {
  id: string;
  level: 'emergency' | 'urgent';
  title: { zh: string; en: string };
  /** One short action line appended to the urgent-care message. */
  advice: { zh: string; en: string };
  /** Alternatives; each is a set of signs that must co-occur. */
  when: SignId[][];
  /**
   * Downgrade to urgent when the text only describes long-standing symptoms ("已经一年了", "lately") and nothing
   * acute (突然/now/today/hours). Mirrors chest-pain practice: pain now or in the last hours → emergency; older →
   * same-day assessment. Never set for suicide, poisoning, bleeding or infants.
   */
  chronicDowngrade?: boolean;
}

const rule = (r: RedFlagRule): RedFlagRule => r;

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  rule({
    id: 'chest-pain-cardiac', level: 'emergency',
    title: { zh: '疑似心脏急症（胸痛伴呼吸困难/出汗/放射痛）', en: 'possible heart attack (chest pain with breathlessness, sweating or spreading pain)' },
    advice: { zh: '停止活动，坐下休息；不要自行开车去医院。', en: 'Stop all activity and sit down; do not drive yourself to hospital.' },
    when: [['chestPain', 'dyspnea'], ['chestPain', 'sweating'], ['chestPain', 'radiation'], ['chestPain', 'crushing'], ['chestPain', 'syncope'], ['chestPain', 'nauseaVomit'], ['chestPain', 'dizziness'], ['chestPain', 'palpitations', 'electricShock'], ['radiation', 'sweating'], ['cardiacEvent'], ['epigastric', 'sweating', 'dyspnea']],
    chronicDowngrade: true,
  }),
  rule({
    id: 'stroke-signs', level: 'emergency',
    title: { zh: '疑似中风（口角歪斜、一侧无力、言语不清、突然视力丧失）', en: 'possible stroke (face drooping, one-sided weakness, slurred speech, sudden vision loss)' },
    advice: { zh: '记下症状开始的时间；不要进食进水，不要自行服药。', en: 'Note the time symptoms started; give nothing to eat, drink or swallow.' },
    when: [['faceDroop'], ['armWeak'], ['speech'], ['visionLoss'], ['strokeEvent'], ['doubleVision', 'ataxia'], ['doubleVision', 'nauseaVomit'], ['doubleVision', 'suddenOnset'], ['ataxia', 'suddenOnset', 'nauseaVomit'], ['ataxia', 'severeHeadache'], ['ataxia', 'headache', 'worstEver']],
    chronicDowngrade: true,
  }),
  rule({
    id: 'thunderclap-headache', level: 'emergency',
    title: { zh: '突发剧烈头痛（可能为脑出血）', en: 'sudden, worst-ever headache (possible brain bleed)' },
    advice: { zh: '保持安静平卧，不要服用阿司匹林等止痛药。', en: 'Lie still and quiet; do not take aspirin or other painkillers.' },
    when: [['thunderclap'], ['headache', 'worstEver'], ['severeHeadache', 'stiffNeck'], ['severeHeadache', 'syncope'], ['severeHeadache', 'confusion']],
  }),
  rule({
    id: 'severe-breathing-difficulty', level: 'emergency',
    title: { zh: '严重呼吸困难或窒息', en: 'severe difficulty breathing or choking' },
    advice: { zh: '让患者保持坐位；如为异物卡喉且不能说话，立即做海姆立克急救。', en: 'Keep the person sitting up; if choking and unable to speak, give abdominal thrusts.' },
    when: [['severeDyspnea'], ['relieverFailing', 'confusion'], ['relieverFailing', 'cyanosis'], ['relieverFailing', 'speechBreathless'], ['speechBreathless', 'cyanosis']],
  }),
  rule({
    id: 'pulmonary-embolism', level: 'emergency',
    title: { zh: '疑似肺栓塞（突发气短伴咯血、小腿肿痛、长途旅行或手术后）', en: 'possible blood clot in the lung (sudden breathlessness with coughing blood, a swollen calf, recent travel or surgery)' },
    advice: { zh: '保持坐位休息，不要走动或按摩腿部。', en: 'Sit and rest; do not walk around or massage the leg.' },
    when: [['dyspnea', 'hemoptysis', 'suddenOnset'], ['dyspnea', 'hemoptysis', 'clotRisk'], ['dyspnea', 'hemoptysis', 'palpitations'], ['dyspnea', 'legClot', 'suddenOnset'], ['dyspnea', 'legClot', 'clotRisk'], ['severeDyspnea', 'legClot'], ['dyspnea', 'clotRisk', 'suddenOnset'], ['dyspnea', 'clotRisk', 'palpitations'], ['chestPain', 'hemoptysis'], ['pleuritic', 'legClot'], ['pleuritic', 'clotRisk'], ['severeDyspnea', 'clotRisk']],
    chronicDowngrade: true,
  }),
  rule({
    id: 'severe-bleeding', level: 'emergency',
    title: { zh: '大出血（外伤出血不止、呕血、大量咯血或黑便伴头晕）', en: 'severe bleeding (bleeding that will not stop, vomiting or coughing up blood, black stools with dizziness)' },
    advice: { zh: '用干净布料持续用力按压出血处，不要松开查看。', en: 'Press firmly and continuously on the wound with a clean cloth; do not lift it to look.' },
    when: [['severeBleeding'], ['hematemesis'], ['melena', 'dizziness'], ['melena', 'syncope'], ['melena', 'palpitations']],
  }),
  rule({
    id: 'anaphylaxis', level: 'emergency',
    title: { zh: '疑似严重过敏反应（过敏性休克）', en: 'possible anaphylaxis (severe allergic reaction)' },
    advice: { zh: '如有肾上腺素自动注射笔，立即在大腿外侧注射。', en: 'If an adrenaline (epinephrine) auto-injector is available, use it in the outer thigh now.' },
    when: [['anaphylaxisEvent'], ['throatSwelling', 'allergen'], ['throatSwelling', 'dyspnea'], ['throatSwelling', 'hives'], ['allergen', 'dyspnea'], ['hives', 'dyspnea'], ['allergen', 'syncope'], ['allergen', 'severeDyspnea'], ['allergen', 'hives', 'dizziness'], ['allergen', 'hives', 'nauseaVomit']],
  }),
  rule({
    id: 'suicide-risk', level: 'emergency',
    title: { zh: '自杀或自伤风险', en: 'risk of suicide or self-harm' },
    advice: { zh: '你并不孤单。请立即联系身边信任的人陪伴你，或拨打心理援助热线（全国 12356）。', en: 'You are not alone. Reach someone you trust to stay with you now, or call a crisis line (988 in the US).' },
    when: [['suicidalIntent'], ['suicideMention'], ['farewell', 'lethalMeans'], ['farewell', 'despair'], ['lethalMeans', 'despair']],
  }),
  rule({
    id: 'poisoning-overdose', level: 'emergency',
    title: { zh: '中毒或药物过量', en: 'poisoning or overdose' },
    advice: { zh: '保留药瓶/包装；不要自行催吐，除非专业人员指导。', en: 'Keep the container or packaging; do not make the person vomit unless a professional tells you to.' },
    when: [['ingestion'], ['overdoseMention'], ['child', 'pillIngestion']],
  }),
  rule({
    id: 'infant-fever', level: 'emergency',
    title: { zh: '3个月以下婴儿发热', en: 'fever in a baby under 3 months old' },
    advice: { zh: '不要自行给婴儿用退热药，立即就医。', en: 'Do not give fever medicine before a clinician sees the baby; go now.' },
    when: [['infant', 'fever']],
  }),
  rule({
    id: 'unconscious-seizure', level: 'emergency',
    title: { zh: '意识丧失或持续抽搐', en: 'unconsciousness or a prolonged seizure' },
    advice: { zh: '让患者侧卧，移开周围危险物品；不要往嘴里塞任何东西。', en: 'Turn the person on their side and clear the area; put nothing in their mouth.' },
    when: [['unconscious'], ['longSeizure'], ['seizure', 'fiveMinutesPlus'], ['seizure', 'pregnancy'], ['seizure', 'headInjury'], ['seizure', 'fever', 'infant'], ['seizureCluster'], ['seizure', 'firstSeizure'], ['seizure', 'neverBefore'], ['firstSeizure', 'syncope'], ['syncope', 'confusion']],
  }),
  rule({
    id: 'meningitis-sepsis', level: 'emergency',
    title: { zh: '疑似脑膜炎或脓毒症（发热伴颈项强直、皮疹或意识改变）', en: 'possible meningitis or sepsis (fever with stiff neck, non-fading rash or confusion)' },
    advice: { zh: '立即就医，不要等待皮疹或症状进一步发展。', en: 'Seek care now; do not wait for a rash or other signs to develop.' },
    when: [['fever', 'stiffNeck'], ['fever', 'purpuricRash'], ['fever', 'confusion'], ['purpuricRash', 'confusion'], ['fever', 'poorPerfusion', 'lethargy'], ['fever', 'poorPerfusion', 'lowUrine'], ['fever', 'poorPerfusion', 'child'], ['fever', 'lethargy', 'child', 'lowUrine'], ['fever', 'lethargy', 'child', 'severeDyspnea'], ['fever', 'unconscious']],
  }),
  rule({
    id: 'head-injury-danger', level: 'emergency',
    title: { zh: '头部外伤伴危险信号（呕吐、意识改变、抽搐）', en: 'head injury with danger signs (vomiting, confusion, passing out, seizure)' },
    advice: { zh: '保持患者不动，尤其是颈部；不要给食物或饮料。', en: 'Keep the person still, especially the neck; give nothing to eat or drink.' },
    when: [['headInjury', 'nauseaVomit'], ['headInjury', 'confusion'], ['headInjury', 'unconscious'], ['headInjury', 'syncope'], ['headInjury', 'severeHeadache'], ['headInjury', 'csfLeak'], ['headInjury', 'unequalPupils'], ['headInjury', 'anticoagulant'], ['headInjury', 'seizure'], ['unequalPupils', 'confusion'], ['unequalPupils', 'unconscious'], ['unequalPupils', 'syncope'], ['unequalPupils', 'headache']],
  }),
  rule({
    id: 'severe-burn-electric', level: 'emergency',
    title: { zh: '大面积烧伤、化学烧伤（含化学品溅入眼睛）或触电', en: 'major, chemical (including in the eye) or electrical burn' },
    advice: { zh: '用凉（非冰）流水冲洗烧伤处至少20分钟；触电时先切断电源再接触患者。', en: 'Cool the burn under cool (not ice-cold) running water for 20 minutes; cut the power before touching an electrocuted person.' },
    when: [['severeBurn'], ['burn', 'burnDanger'], ['burn', 'severeDyspnea'], ['electricShock']],
  }),
  rule({
    id: 'pregnancy-emergency', level: 'emergency',
    title: { zh: '孕期急症（剧烈腹痛、出血伴腹痛、抽搐、剧烈头痛或视物异常）', en: 'pregnancy emergency (severe abdominal pain, bleeding with pain, seizure, severe headache or vision changes)' },
    advice: { zh: '左侧卧位休息，带上产检资料立即就医。', en: 'Lie on your left side and bring your pregnancy records.' },
    when: [['pregnancy', 'severeAbdominal'], ['pregnancy', 'vaginalBleeding', 'abdominalPain'], ['pregnancy', 'severeBleeding'], ['pregnancy', 'seizure'], ['pregnancy', 'thunderclap'], ['pregnancy', 'visionLoss'], ['pregnancy', 'severeHeadache'], ['pregnancy', 'blurredVision', 'severeHeadache'], ['pregnancy', 'visualSpots'], ['pregnancy', 'faceHandSwelling', 'headache'], ['pregnancy', 'ruqPain', 'headache'], ['pregnancy', 'vaginalBleeding', 'hardBelly'], ['pregnancy', 'hardBelly', 'abdominalPain'], ['pregnancy', 'reducedFetalMovement']],
  }),
  rule({
    id: 'acute-abdomen', level: 'emergency',
    title: { zh: '急腹症（腹部板样僵硬或剧烈腹痛伴晕厥）', en: 'acute abdomen (rigid belly, or severe abdominal pain with fainting)' },
    advice: { zh: '暂时不要进食进水，不要服用止痛药掩盖症状。', en: 'Do not eat or drink, and avoid painkillers that may mask the signs.' },
    when: [['rigidAbdomen'], ['abdominalPain', 'boardLike'], ['severeAbdominal', 'boardLike'], ['severeAbdominal', 'syncope'], ['severeAbdominal', 'hematemesis'], ['rlqPain', 'fever'], ['rlqPain', 'peritonism'], ['abdominalPain', 'peritonism', 'fever'], ['obstipation', 'nauseaVomit'], ['obstipation', 'distension'], ['feculentVomit']],
  }),
  rule({
    id: 'diabetic-emergency', level: 'emergency',
    title: { zh: '糖尿病急症（低血糖伴意识改变，或极高血糖伴呕吐/呼吸异常）', en: 'diabetic emergency (low sugar with confusion, or very high sugar with vomiting or breathing changes)' },
    advice: { zh: '如患者清醒能吞咽，给予含糖饮料；昏迷者不要喂食。', en: 'If awake and able to swallow, give a sugary drink; give nothing by mouth if not fully awake.' },
    when: [['lowSugar', 'confusion'], ['lowSugar', 'unconscious'], ['lowSugar', 'seizure'], ['lowSugar', 'syncope'], ['highSugar', 'nauseaVomit'], ['highSugar', 'confusion'], ['highSugar', 'dyspnea']],
  }),
  rule({
    id: 'hypertensive-emergency', level: 'emergency',
    title: { zh: '高血压急症（血压≥180伴胸痛、剧烈头痛、视物异常或意识改变）', en: 'hypertensive emergency (BP 180+ with chest pain, severe headache, vision change or confusion)' },
    advice: { zh: '保持安静坐位，不要自行大量加服降压药。', en: 'Rest seated; do not take extra doses of blood-pressure medicine on your own.' },
    when: [['bpCrisis', 'chestPain'], ['bpCrisis', 'severeHeadache'], ['bpCrisis', 'visionLoss'], ['bpCrisis', 'confusion'], ['bpCrisis', 'dyspnea'], ['bpCrisis', 'speech'], ['bpCrisis', 'blurredVision']],
    chronicDowngrade: true,
  }),
  rule({
    id: 'testicular-torsion', level: 'emergency',
    title: { zh: '突发睾丸剧痛（疑似睾丸扭转）', en: 'sudden testicular pain (possible torsion)' },
    advice: { zh: '睾丸扭转需在数小时内手术，请立即前往急诊。', en: 'Torsion needs surgery within hours; go to an emergency department now.' },
    when: [['testicular'], ['scrotalPain', 'suddenOnset'], ['scrotalPain', 'swelling'], ['scrotalPain', 'nauseaVomit']],
  }),
  // ---- urgent: see a doctor today ----
  rule({ id: 'chest-pain', level: 'urgent', title: { zh: '胸痛', en: 'chest pain' }, advice: { zh: '如出现气短、出汗或疼痛加重，立即呼叫急救。', en: 'If breathlessness, sweating or worsening pain develop, call for an ambulance.' }, when: [['chestPain']] }),
  rule({ id: 'breathlessness', level: 'urgent', title: { zh: '呼吸困难', en: 'breathlessness' }, advice: { zh: '如嘴唇发紫或无法说完整句子，立即呼叫急救。', en: 'If lips turn blue or you cannot speak in full sentences, call for an ambulance.' }, when: [['dyspnea']] }),
  rule({ id: 'high-fever', level: 'urgent', title: { zh: '高热', en: 'high fever' }, advice: { zh: '注意补液；如出现颈部僵硬、皮疹或意识改变，立即就医。', en: 'Keep drinking fluids; a stiff neck, rash or confusion needs emergency care.' }, when: [['highFever']] }),
  rule({ id: 'gi-bleeding', level: 'urgent', title: { zh: '消化道出血迹象（黑便）', en: 'signs of gut bleeding (black stools)' }, advice: { zh: '如出现头晕、心慌或晕倒，立即呼叫急救。', en: 'If dizziness, racing heart or fainting follow, call for an ambulance.' }, when: [['melena']] }),
  rule({ id: 'pregnancy-concern', level: 'urgent', title: { zh: '孕期出血或腹痛', en: 'bleeding or pain in pregnancy' }, advice: { zh: '今天联系产科医生或前往医院。', en: 'Contact your maternity team or go to hospital today.' }, when: [['pregnancy', 'vaginalBleeding'], ['pregnancy', 'abdominalPain']] }),
  rule({ id: 'severe-abdominal-pain', level: 'urgent', title: { zh: '剧烈腹痛', en: 'severe abdominal pain' }, advice: { zh: '今天就医；如腹部变硬或晕倒，立即呼叫急救。', en: 'See a doctor today; a rigid belly or fainting needs an ambulance.' }, when: [['severeAbdominal']] }),
  rule({ id: 'severe-headache', level: 'urgent', title: { zh: '剧烈头痛', en: 'severe headache' }, advice: { zh: '如为突发、一生中最严重的头痛，立即呼叫急救。', en: 'If it came on suddenly or is the worst ever, call for an ambulance.' }, when: [['severeHeadache']] }),
  rule({ id: 'seizure', level: 'urgent', title: { zh: '抽搐发作', en: 'a seizure' }, advice: { zh: '抽搐超过5分钟或反复发作，立即呼叫急救。', en: 'A seizure over 5 minutes, or repeated seizures, needs an ambulance.' }, when: [['seizure']] }),
  rule({ id: 'head-injury', level: 'urgent', title: { zh: '头部外伤', en: 'head injury' }, advice: { zh: '24小时内注意观察呕吐、嗜睡或意识改变。', en: 'Watch for vomiting, drowsiness or confusion over the next 24 hours.' }, when: [['headInjury']] }),
  rule({ id: 'blood-sugar-extreme', level: 'urgent', title: { zh: '血糖过高或过低', en: 'very high or low blood sugar' }, advice: { zh: '按医嘱处理并今天联系医生。', en: 'Follow your plan and contact your doctor today.' }, when: [['highSugar'], ['lowSugar']] }),
  rule({ id: 'severe-hypertension', level: 'urgent', title: { zh: '血压明显升高', en: 'very high blood pressure' }, advice: { zh: '休息后复测，仍≥180/120请今天就医。', en: 'Re-check after resting; if still 180/120 or more, see a doctor today.' }, when: [['bpCrisis']] }),
  rule({ id: 'allergic-swelling', level: 'urgent', title: { zh: '面部或咽喉肿胀', en: 'swelling of the face or throat' }, advice: { zh: '如出现呼吸困难，立即呼叫急救。', en: 'If breathing becomes difficult, call for an ambulance.' }, when: [['throatSwelling']] }),
  rule({ id: 'fainting', level: 'urgent', title: { zh: '晕厥', en: 'fainting or collapse' }, advice: { zh: '如未迅速清醒或伴胸痛、心慌，立即呼叫急救。', en: 'If the person does not come round quickly, or has chest pain or palpitations, call for an ambulance.' }, when: [['syncope']] }),
  rule({ id: 'seizure-fever-child', level: 'urgent', title: { zh: '发热伴抽搐', en: 'fever with a seizure' }, advice: { zh: '今天就医评估。', en: 'Get the child assessed today.' }, when: [['seizure', 'fever']] }),
];

export type RedFlagId = (typeof RED_FLAG_RULES)[number]['id'];
