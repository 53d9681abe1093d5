// How people actually describe each emergency, in their own words. Rendered into the starter emergency documents
// so that retrieval and lexical relevance match colloquial questions ("胸口疼，喘不上气，出冷汗").

export const SAID_AS: Record<string, { zh: string[]; en: string[] }> = {
  'chest-pain-cardiac': {
    zh: ['胸口疼', '胸口痛', '胸闷', '胸口像压了块石头', '喘不上气', '气短', '出冷汗', '一身汗', '左胳膊麻', '疼到后背或下巴', '恶心'],
    en: [
      'chest pain',
      'chest hurts',
      'tight chest',
      'pressure on my chest',
      'short of breath',
      'sweating',
      'clammy',
      'pain going into my arm or jaw',
      'heart attack',
    ],
  },
  'stroke-signs': {
    zh: ['嘴歪', '口角歪斜', '说话不清', '口齿不清', '半边身子没力气', '手脚麻木', '拿不住筷子', '一只眼看不见', '中风', '脑梗'],
    en: [
      'face drooping',
      'crooked smile',
      'slurred speech',
      'cannot find words',
      'arm weak on one side',
      'numb on one side',
      'sudden loss of vision',
      'stroke',
    ],
  },
  'thunderclap-headache': {
    zh: ['突然剧烈头痛', '头痛欲裂', '这辈子最疼的头痛', '头痛伴呕吐', '脖子发硬'],
    en: ['worst headache of my life', 'sudden severe headache', 'thunderclap headache', 'headache with vomiting', 'stiff neck'],
  },
  'severe-breathing-difficulty': {
    zh: ['喘不上气', '呼吸困难', '憋得说不出话', '嘴唇发紫', '噎住了', '卡喉咙', '哮喘发作'],
    en: ["can't breathe", 'struggling to breathe', 'lips turning blue', 'choking', 'asthma attack', 'gasping'],
  },
  'pulmonary-embolism': {
    zh: ['突然喘不上气', '坐完长途飞机后气短', '手术后突然气短', '咳血丝', '小腿肿痛', '吸气时胸口刺痛', '心跳很快', '肺栓塞'],
    en: [
      'sudden shortness of breath',
      'breathless after a long flight',
      'coughing up blood',
      'swollen painful calf',
      'chest pain when breathing in',
      'heart racing',
      'blood clot in the lung',
      'pulmonary embolism',
    ],
  },
  'severe-bleeding': {
    zh: ['血止不住', '大出血', '流了很多血', '吐血', '呕血', '咳血', '黑便', '拉黑色大便头晕'],
    en: ["bleeding won't stop", 'heavy bleeding', 'spurting blood', 'vomiting blood', 'coughing up blood', 'black tarry stools'],
  },
  anaphylaxis: {
    zh: ['过敏', '喉咙发紧', '嗓子肿', '嘴唇肿', '舌头肿', '全身起风团', '被蜂蜇', '吃了花生', '打针后过敏', '过敏性休克'],
    en: ['allergic reaction', 'throat closing', 'swollen lips', 'swollen tongue', 'hives all over', 'bee sting', 'peanut allergy', 'anaphylaxis', 'epipen'],
  },
  'suicide-risk': {
    zh: ['想死', '不想活了', '活着没意思', '想自杀', '想结束生命', '伤害自己', '割腕'],
    en: ['want to die', 'suicidal thoughts', 'kill myself', 'end my life', "don't want to live", 'self-harm'],
  },
  'poisoning-overdose': {
    zh: ['误服', '吃错药', '吃了一整瓶药', '喝了农药', '喝了消毒液', '煤气中毒', '一氧化碳中毒', '吞了电池'],
    en: ['overdose', 'swallowed pills', 'took too many pills', 'drank bleach', 'poisoning', 'carbon monoxide', 'swallowed a battery'],
  },
  'infant-fever': {
    zh: ['宝宝发烧', '新生儿发热', '婴儿发烧', '满月宝宝发烧', '两个月宝宝发烧'],
    en: ['baby fever', 'newborn fever', 'infant temperature', 'fever in a young baby'],
  },
  'unconscious-seizure': {
    zh: ['昏迷', '叫不醒', '晕倒', '抽搐', '抽风', '口吐白沫', '癫痫发作不停'],
    en: ['unconscious', "won't wake up", 'collapsed', 'seizure', 'fitting', 'convulsions'],
  },
  'meningitis-sepsis': {
    zh: ['发烧脖子硬', '发烧出紫色的疹子', '发烧说胡话', '高烧意识不清', '脑膜炎', '败血症'],
    en: ['fever and stiff neck', 'rash that does not fade', 'fever and confusion', 'meningitis', 'sepsis'],
  },
  'head-injury-danger': {
    zh: ['摔到头', '磕到头', '头部受伤后呕吐', '撞到头后想睡觉', '头外伤昏迷'],
    en: ['hit my head', 'head injury', 'vomiting after a fall', 'drowsy after hitting head', 'concussion'],
  },
  'severe-burn-electric': {
    zh: ['烫伤', '烧伤', '开水烫伤', '触电', '化学品溅到眼睛'],
    en: ['burn', 'scald', 'electric shock', 'electrocuted', 'chemical in the eye'],
  },
  'pregnancy-emergency': {
    zh: ['怀孕出血', '孕期肚子疼', '宫外孕', '怀孕头痛看不清', '孕妇抽搐'],
    en: ['bleeding in pregnancy', 'pregnant with severe pain', 'ectopic pregnancy', 'pregnant with headache and blurred vision'],
  },
  'acute-abdomen': { zh: ['肚子疼得打滚', '剧烈腹痛', '肚子硬', '腹痛晕倒'], en: ['severe stomach pain', 'rigid belly', 'abdominal pain and fainting'] },
  'diabetic-emergency': {
    zh: ['低血糖', '血糖很低', '血糖太高', '糖尿病人昏迷', '酮症酸中毒'],
    en: ['low blood sugar', 'hypoglycemia', 'very high blood sugar', 'diabetic coma', 'DKA'],
  },
  'hypertensive-emergency': {
    zh: ['血压很高', '血压200', '高血压头痛', '血压高看不清'],
    en: ['very high blood pressure', 'blood pressure 200', 'hypertensive crisis'],
  },
  'testicular-torsion': { zh: ['睾丸疼', '蛋疼', '阴囊肿痛', '睾丸扭转'], en: ['testicle pain', 'testicular pain', 'scrotal pain', 'testicular torsion'] },
};
