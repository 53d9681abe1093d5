// What to do while waiting for help, per emergency red flag: general first-aid guidance written by the
// QuarkMed-TS authors (a summary of widely taught first aid, not a clinical protocol). The starter knowledge pack
// turns each entry into a document, so evidence-mode answers to an emergency can cite it.

export interface Guidance {
  looksLike: { zh: string; en: string };
  whileWaiting: { zh: string[]; en: string[] };
  doNot: { zh: string[]; en: string[] };
}

export const EMERGENCY_GUIDANCE: Record<string, Guidance> = {
  'chest-pain-cardiac': {
    looksLike: {
      zh: '胸部压榨感、紧缩感或闷痛，持续数分钟以上，可放射到左臂、下颌、颈部或后背，常伴气短、出冷汗、恶心或头晕。女性、老人和糖尿病患者的症状可能不典型。',
      en: 'Pressure, squeezing, tightness or pain in the chest lasting more than a few minutes, which may spread to the left arm, jaw, neck or back, often with breathlessness, cold sweat, nausea or light-headedness. Women, older adults and people with diabetes may have less typical symptoms.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话，说明"胸痛、怀疑心脏病发作"。',
        '让患者停止一切活动，取舒适的半坐位休息。',
        '解开过紧的衣领和腰带，保持环境通风。',
        '是否服用阿司匹林等药物，听从急救调度员或医生的指导。',
        '如患者失去反应且没有正常呼吸，立即开始心肺复苏；附近有AED时尽快使用。',
      ],
      en: [
        'Call the emergency number now and say "chest pain, possible heart attack".',
        'Have the person stop all activity and rest half-sitting.',
        'Loosen tight clothing.',
        'Follow the dispatcher’s or clinician’s advice about aspirin or other medicines.',
        'If the person becomes unresponsive and is not breathing normally, start CPR and use an AED if one is available.',
      ],
    },
    doNot: {
      zh: ['不要自己开车去医院，也不要让患者走动。', '不要等待症状"自行缓解"再求助。', '不要给患者进食或饮酒。'],
      en: ['Do not drive yourself or let the person walk to get help.', 'Do not wait to see whether it passes.', 'Do not give food or alcohol.'],
    },
  },
  'stroke-signs': {
    looksLike: {
      zh: '突然出现的一侧面部下垂（口角歪斜）、一侧手臂或腿无力麻木、说话含糊或听不懂话、单眼或双眼视力丧失、行走不稳，或突发剧烈头痛。可用"BE FAST/中风120"识别：看脸、看手臂、听说话，立即拨打急救电话。',
      en: 'Sudden drooping of one side of the face, weakness or numbness of an arm or leg on one side, slurred or confused speech, loss of vision in one or both eyes, loss of balance, or a sudden severe headache. Remember BE FAST: Balance, Eyes, Face, Arms, Speech, Time to call.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话，说明"疑似中风"。',
        '记下症状开始（或最后一次正常）的准确时间，告诉急救人员——这决定能否溶栓或取栓。',
        '让患者平躺或侧卧，头部稍抬高；呕吐时侧卧防误吸。',
        '准备好患者的用药清单。',
      ],
      en: [
        'Call the emergency number and say "possible stroke".',
        'Note the exact time symptoms started (or when the person was last well) and tell the crew: it decides whether clot treatment is possible.',
        'Let the person lie down with the head slightly raised; turn them on their side if they vomit.',
        'Have a list of their medicines ready.',
      ],
    },
    doNot: {
      zh: [
        '不要给任何食物、水或药物（包括阿司匹林和降压药），吞咽可能已受影响。',
        '不要等症状消失再就医——即使症状缓解也可能是短暂性脑缺血发作，需要紧急评估。',
        '不要自行开车送医，除非无法获得急救。',
      ],
      en: [
        'Do not give food, drink or medicines (including aspirin or blood-pressure pills): swallowing may be affected.',
        'Do not wait for symptoms to go away; even brief symptoms (a TIA) need urgent assessment.',
        'Do not drive them yourself unless no ambulance can come.',
      ],
    },
  },
  'thunderclap-headache': {
    looksLike: {
      zh: '数秒到一分钟内达到顶峰的剧烈头痛，常被描述为"一生中最严重的头痛"，可伴呕吐、颈部僵硬、畏光、意识改变或抽搐，可能是蛛网膜下腔出血。',
      en: 'A severe headache that peaks within seconds to a minute, often "the worst headache of my life", possibly with vomiting, stiff neck, light sensitivity, confusion or a seizure. It can be a bleed around the brain (subarachnoid haemorrhage).',
    },
    whileWaiting: {
      zh: ['立即拨打急救电话。', '让患者在安静、光线柔和的地方平卧休息。', '记录头痛开始的时间和伴随症状。'],
      en: ['Call the emergency number.', 'Let the person lie still in a quiet, dim place.', 'Note when the headache began and any other symptoms.'],
    },
    doNot: {
      zh: ['不要服用阿司匹林或其他可能增加出血的药物。', '不要让患者独处或入睡而无人观察。'],
      en: ['Do not take aspirin or other medicines that can increase bleeding.', 'Do not leave the person alone or asleep unobserved.'],
    },
  },
  'severe-breathing-difficulty': {
    looksLike: {
      zh: '严重气短以致说不出完整句子、嘴唇或面色发紫、呼吸时锁骨上凹陷、异物卡喉不能咳嗽或说话，或哮喘发作时吸入药无效。',
      en: 'Breathlessness so severe the person cannot finish sentences, blue or grey lips or face, sucking in at the neck with each breath, choking without being able to cough or speak, or an asthma attack not relieved by the reliever inhaler.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话。',
        '让患者保持坐位、身体前倾，解开紧身衣物。',
        '哮喘患者按个人哮喘行动计划使用缓解吸入剂。',
        '异物卡喉且不能说话或咳嗽：成人和儿童做海姆立克法（腹部冲击）；婴儿用背部拍击加胸部按压。',
        '患者失去反应时开始心肺复苏。',
      ],
      en: [
        'Call the emergency number.',
        'Keep the person sitting up, leaning slightly forward, with tight clothing loosened.',
        'For asthma, use the reliever inhaler as the person’s asthma action plan says.',
        'If choking and unable to speak or cough: give abdominal thrusts (adults and children); for infants, back blows and chest thrusts.',
        'Start CPR if the person becomes unresponsive.',
      ],
    },
    doNot: {
      zh: ['不要让患者平躺（除非失去意识）。', '不要用手指盲目掏喉咙里的异物。'],
      en: ['Do not make the person lie flat unless unconscious.', 'Do not sweep blindly in the mouth for an object.'],
    },
  },
  'pulmonary-embolism': {
    looksLike: {
      zh: '突然出现的气短或呼吸加快，常伴心跳加快、吸气时胸痛、咳血（哪怕只有血丝）、头晕或晕厥；常见于长途飞行或乘车、近期手术、卧床、产后，或一侧小腿肿痛之后。',
      en: 'Sudden breathlessness or fast breathing, often with a racing heart, chest pain on breathing in, coughing up blood (even a streak), dizziness or fainting; typically after a long flight or drive, recent surgery, bed rest, childbirth, or a swollen, painful calf.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话，说明"突发气短，怀疑肺栓塞"。',
        '让患者保持坐位休息，尽量少活动。',
        '告诉急救人员近期的手术、旅行、分娩或服用避孕药/激素情况。',
        '患者失去反应且没有正常呼吸时开始心肺复苏。',
      ],
      en: [
        'Call the emergency number and say "sudden breathlessness, possible blood clot in the lung".',
        'Keep the person sitting and resting; avoid exertion.',
        'Tell the crew about recent surgery, travel, childbirth or hormone/contraceptive pills.',
        'Start CPR if the person becomes unresponsive and is not breathing normally.',
      ],
    },
    doNot: {
      zh: ['不要按摩或热敷肿痛的小腿。', '不要等症状"缓一缓"再就医，也不要自行开车去医院。'],
      en: ['Do not massage or heat a swollen, painful calf.', 'Do not wait to see whether it settles or drive yourself to hospital.'],
    },
  },
  'severe-bleeding': {
    looksLike: {
      zh: '伤口持续涌血或喷血、按压后仍止不住；呕出鲜血或咖啡渣样物；咳出大量血；或黑色柏油样大便伴头晕、心慌、面色苍白、出冷汗。',
      en: 'Blood pouring or spurting from a wound and not stopping with pressure; vomiting blood or coffee-ground material; coughing up a lot of blood; or black, tarry stools with dizziness, racing heart, pale and sweaty skin.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话。',
        '外伤出血：用干净纱布或布料直接用力按压伤口，持续按压至少10分钟，渗透后在上面加压，不要移开。',
        '四肢大出血按压无效时，受过培训者可在伤口近心端使用止血带并记录时间。',
        '让患者平卧、保暖；呕血者侧卧防误吸。',
      ],
      en: [
        'Call the emergency number.',
        'For a wound: press hard directly on it with a clean pad or cloth for at least 10 minutes; add more on top if it soaks through, do not lift it.',
        'For life-threatening limb bleeding that pressure cannot control, a trained person may apply a tourniquet above the wound and note the time.',
        'Keep the person lying down and warm; if vomiting blood, on their side.',
      ],
    },
    doNot: {
      zh: ['不要拔出插在伤口里的异物，在其周围加压。', '不要给患者进食或饮水。', '不要服用阿司匹林等止痛药。'],
      en: ['Do not pull out an embedded object; press around it.', 'Do not give food or drink.', 'Do not take aspirin or similar painkillers.'],
    },
  },
  anaphylaxis: {
    looksLike: {
      zh: '接触过敏原（食物、蜂蜇、药物、输液）后数分钟到数小时内出现：喉咙发紧、声音嘶哑、舌头或嘴唇肿胀、呼吸困难或喘鸣、全身荨麻疹、头晕、晕厥或血压下降。',
      en: 'Within minutes to hours of an allergen (food, sting, medicine, infusion): tight throat, hoarse voice, swollen tongue or lips, difficulty breathing or wheeze, hives all over, dizziness, fainting or collapse.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话，说明"严重过敏反应"。',
        '如有肾上腺素自动注射笔，立即在大腿前外侧注射；5–15分钟无改善且有第二支时可再注射。',
        '呼吸困难者可坐起；头晕或虚弱者平躺并抬高双腿；孕妇左侧卧。',
        '正在输液或用药时立即停止。',
      ],
      en: [
        'Call the emergency number and say "anaphylaxis".',
        'If an adrenaline (epinephrine) auto-injector is available, use it in the outer thigh now; a second one may be used after 5–15 minutes if there is no improvement.',
        'Sit up if breathing is hard; lie flat with legs raised if faint; pregnant people lie on the left side.',
        'Stop any infusion or medicine being given.',
      ],
    },
    doNot: {
      zh: ['不要因为症状暂时好转就不去医院——可能出现迟发反应。', '不要让患者突然站立或行走。', '不要用抗组胺药代替肾上腺素。'],
      en: [
        'Do not skip hospital because symptoms ease: a second reaction can follow.',
        'Do not let the person suddenly stand up or walk.',
        'Do not rely on antihistamines instead of adrenaline.',
      ],
    },
  },
  'suicide-risk': {
    looksLike: {
      zh: '谈论想死、不想活、伤害自己或结束生命；已有具体计划或准备了工具药物；交代后事、与人告别；或近期有自伤行为。',
      en: 'Talking about wanting to die, not wanting to live, hurting oneself or ending one’s life; having a plan or gathering means; giving things away or saying goodbye; recent self-harm.',
    },
    whileWaiting: {
      zh: [
        '如有立即危险，拨打急救电话或前往最近的急诊。',
        '陪伴在身边，不要让其独处；平静地直接询问是否有自杀想法——询问不会增加风险。',
        '移除身边的药物、刀具、绳索等危险物品。',
        '联系心理援助热线（中国大陆 12356，或当地心理危机干预热线）。',
      ],
      en: [
        'If there is immediate danger, call the emergency number or go to the nearest emergency department.',
        'Stay with the person; ask calmly and directly about suicidal thoughts (asking does not increase risk).',
        'Remove medicines, blades, cords and other means.',
        'Contact a crisis line (988 in the US, 12356 in mainland China, or your local line).',
      ],
    },
    doNot: {
      zh: ['不要承诺保密而独自承担。', '不要争论、说教或淡化对方的感受。', '不要留下其独处。'],
      en: ['Do not promise to keep it secret.', 'Do not argue, lecture or minimise their feelings.', 'Do not leave them alone.'],
    },
  },
  'poisoning-overdose': {
    looksLike: {
      zh: '误服或故意服用过量药物、农药、清洁剂、腐蚀性液体，吞下纽扣电池或磁铁，或一氧化碳（煤气、炭火）暴露后出现头痛、恶心、嗜睡、意识改变、抽搐或呼吸异常。',
      en: 'Swallowing too much medicine, pesticide, cleaning product or corrosive liquid, swallowing a button battery or magnets, or carbon monoxide exposure (heaters, charcoal), with headache, nausea, drowsiness, confusion, seizures or abnormal breathing.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话，可同时咨询中毒急救中心。',
        '一氧化碳中毒：先开窗通风、关闭气源，把患者移到空气新鲜处（注意自身安全）。',
        '保留药瓶、包装或剩余物带到医院，记下服用时间和估计的量。',
        '患者意识不清但有呼吸时，让其侧卧。',
      ],
      en: [
        'Call the emergency number (and the poison control centre if available).',
        'Carbon monoxide: open windows, switch off the source and move the person to fresh air, keeping yourself safe.',
        'Keep the container, packaging or remains; note the time and how much was taken.',
        'If drowsy but breathing, place the person on their side.',
      ],
    },
    doNot: {
      zh: ['不要自行催吐，尤其是误服腐蚀性物质或汽油类物质时。', '不要自行给"解毒"偏方、牛奶或盐水。', '等待期间不要让患者独处。'],
      en: [
        'Do not make the person vomit, especially after corrosives or petroleum products.',
        'Do not give home "antidotes", milk or salt water.',
        'Do not leave the person alone.',
      ],
    },
  },
  'infant-fever': {
    looksLike: {
      zh: '3个月以下婴儿体温达到38.0℃或以上（肛温最准确），或体温过低、吃奶差、嗜睡难唤醒、哭声微弱、呼吸急促或皮肤发花。小婴儿的严重感染往往只有发热一个表现。',
      en: 'A baby under 3 months with a temperature of 38.0 °C (100.4 °F) or higher (rectal is most accurate), or a low temperature, poor feeding, unusual sleepiness, weak cry, fast breathing or mottled skin. In young babies fever may be the only sign of a serious infection.',
    },
    whileWaiting: {
      zh: ['立即前往急诊或拨打急救电话。', '给婴儿穿着适度，不要捂热。', '继续喂奶，记录体温、吃奶和尿量。'],
      en: [
        'Go to an emergency department now or call the emergency number.',
        'Dress the baby lightly; do not bundle.',
        'Keep feeding; note temperatures, feeds and wet nappies.',
      ],
    },
    doNot: {
      zh: ['不要在医生评估前自行给退热药——可能掩盖病情。', '不要用酒精擦浴或冰水降温。', '不要等待观察到第二天。'],
      en: [
        'Do not give fever medicine before a clinician sees the baby: it can hide how ill they are.',
        'Do not sponge with alcohol or ice water.',
        'Do not wait until the next day.',
      ],
    },
  },
  'unconscious-seizure': {
    looksLike: {
      zh: '叫不醒、对呼唤和拍打无反应；抽搐超过5分钟，或一次抽搐后没有恢复意识又再次发作；首次抽搐发作。',
      en: 'Cannot be woken and does not respond to voice or touch; a seizure lasting more than 5 minutes, or repeated seizures without waking in between; a first-ever seizure.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话。',
        '检查呼吸：没有正常呼吸时立即开始心肺复苏，有AED尽快使用。',
        '有呼吸但无反应：让其侧卧（复原体位），保持气道通畅。',
        '抽搐时移开周围硬物，头下垫软物，记录开始时间。',
      ],
      en: [
        'Call the emergency number.',
        'Check breathing: if not breathing normally, start CPR and use an AED as soon as one is available.',
        'If breathing but unresponsive: place on their side (recovery position) to keep the airway open.',
        'During a seizure, move hard objects away, cushion the head and time it.',
      ],
    },
    doNot: {
      zh: ['不要往嘴里塞任何东西（包括手指、毛巾、药物）。', '不要按压或约束抽搐的肢体。', '不要给失去意识的人喂水喂药。'],
      en: [
        'Do not put anything in the mouth (fingers, cloth, medicine).',
        'Do not hold the person down.',
        'Do not give food or drink to someone who is not fully awake.',
      ],
    },
  },
  'meningitis-sepsis': {
    looksLike: {
      zh: '发热伴颈部僵硬（低头困难）、剧烈头痛、畏光、按压不褪色的紫红色皮疹，或发热伴意识模糊、呼吸急促、皮肤发花湿冷、尿量明显减少。',
      en: 'Fever with a stiff neck, severe headache, dislike of bright light, a purple rash that does not fade under a pressed glass, or fever with confusion, fast breathing, mottled cold skin or very little urine.',
    },
    whileWaiting: {
      zh: ['立即拨打急救电话或前往急诊，告诉医生担心脑膜炎或脓毒症。', '用玻璃杯按压皮疹：不褪色时尤其紧急。', '记录体温和症状变化。'],
      en: [
        'Call the emergency number or go to an emergency department and say you are worried about meningitis or sepsis.',
        'Press a glass on any rash: if it does not fade, it is especially urgent.',
        'Note temperatures and changes.',
      ],
    },
    doNot: {
      zh: ['不要等待皮疹出现才就医。', '不要因为退热药让体温下降就认为没事。'],
      en: ['Do not wait for a rash to appear.', 'Do not be reassured just because fever medicine brought the temperature down.'],
    },
  },
  'head-injury-danger': {
    looksLike: {
      zh: '头部受伤后出现意识丧失、反复呕吐、越来越困或难以唤醒、意识混乱、剧烈或加重的头痛、抽搐、一侧肢体无力、耳鼻流出清亮液体，或服用抗凝药的人头部受伤。',
      en: 'After a blow to the head: loss of consciousness, repeated vomiting, increasing drowsiness, confusion, a severe or worsening headache, a seizure, weakness on one side, clear fluid from the nose or ears, or any head injury in someone taking blood thinners.',
    },
    whileWaiting: {
      zh: ['立即拨打急救电话。', '让患者保持静止，尤其怀疑颈椎损伤时不要移动头颈部。', '有呕吐且无颈部损伤时侧卧。', '头皮出血用干净布料按压。'],
      en: [
        'Call the emergency number.',
        'Keep the person still; if a neck injury is possible, do not move the head and neck.',
        'If vomiting and no neck injury is suspected, place on their side.',
        'Press a clean cloth on a bleeding scalp wound.',
      ],
    },
    doNot: {
      zh: ['不要给止痛药、镇静药或酒精。', '不要让其独处或独自入睡而无人观察。'],
      en: ['Do not give painkillers, sedatives or alcohol.', 'Do not leave them alone or asleep unobserved.'],
    },
  },
  'severe-burn-electric': {
    looksLike: {
      zh: '面积大于患者手掌数倍的烧烫伤，面部、手、足、会阴或关节处的烧伤，皮肤发白、焦黑或无痛的深度烧伤，化学品灼伤，或任何触电伤。',
      en: 'Burns larger than several of the person’s palms; burns to the face, hands, feet, genitals or joints; white, charred or painless deep burns; chemical burns; any electrical injury.',
    },
    whileWaiting: {
      zh: [
        '立即拨打急救电话；触电时先切断电源，不要直接接触患者。',
        '用凉的流动清水冲洗烧伤处约20分钟；化学烧伤持续大量冲水。',
        '化学品溅入眼睛：立即撑开眼睑，用大量清水持续冲洗至少15–20分钟，冲洗时前往急诊。',
        '去除烧伤区域的首饰和未粘连的衣物。',
        '冲洗后用保鲜膜或干净的非绒布松松覆盖，注意为患者保暖。',
      ],
      en: [
        'Call the emergency number; for electrical injury switch off the power first and do not touch the person until it is off.',
        'Cool the burn under cool running water for about 20 minutes; flush chemical burns with plenty of water.',
        'Chemical in the eye: hold the eyelids open and rinse with running water for at least 15–20 minutes, then get to an emergency department.',
        'Remove jewellery and clothing that is not stuck.',
        'Then cover loosely with cling film or a clean non-fluffy cloth, and keep the person warm.',
      ],
    },
    doNot: {
      zh: ['不要用冰块、冰水、牙膏、酱油、油脂涂抹。', '不要刺破水泡或撕下粘连的衣物。'],
      en: ['Do not use ice, iced water, toothpaste, butter or oils.', 'Do not burst blisters or pull off stuck clothing.'],
    },
  },
  'pregnancy-emergency': {
    looksLike: {
      zh: '孕期出现剧烈腹痛（尤其一侧）、阴道出血伴腹痛、大量出血、抽搐、剧烈头痛伴视物模糊或上腹痛、胎动明显减少，或破水。早孕期一侧腹痛伴出血需警惕宫外孕破裂。',
      en: 'In pregnancy: severe abdominal pain (especially one-sided), vaginal bleeding with pain, heavy bleeding, a seizure, severe headache with blurred vision or upper abdominal pain, a clear drop in baby movements, or waters breaking. One-sided pain with bleeding in early pregnancy can be a ruptured ectopic pregnancy.',
    },
    whileWaiting: {
      zh: ['立即拨打急救电话或前往有产科的医院急诊。', '左侧卧位休息。', '带上产检记录，记录出血量和症状开始时间。'],
      en: [
        'Call the emergency number or go to a hospital with a maternity unit.',
        'Rest lying on the left side.',
        'Bring your pregnancy records; note how much bleeding and when symptoms started.',
      ],
    },
    doNot: {
      zh: ['不要进食进水（可能需要手术）。', '不要自行服用止痛药或止血药。'],
      en: ['Do not eat or drink (surgery may be needed).', 'Do not take painkillers or other medicines on your own.'],
    },
  },
  'acute-abdomen': {
    looksLike: {
      zh: '剧烈腹痛伴腹部变硬如板、碰触即剧痛，或伴晕厥、呕血、持续呕吐、高热、无法排气排便。',
      en: 'Severe abdominal pain with a hard, board-like belly that hurts to touch, or with fainting, vomiting blood, persistent vomiting, high fever or no passing of wind or stool.',
    },
    whileWaiting: {
      zh: ['立即拨打急救电话或前往急诊。', '采取最舒适的体位休息。', '记录疼痛开始的时间、部位和变化。'],
      en: [
        'Call the emergency number or go to an emergency department.',
        'Rest in the most comfortable position.',
        'Note when and where the pain started and how it changed.',
      ],
    },
    doNot: {
      zh: ['不要进食进水。', '不要服用止痛药、泻药或热敷腹部，以免掩盖病情。'],
      en: ['Do not eat or drink.', 'Do not take painkillers or laxatives or put heat on the belly; they can hide the signs.'],
    },
  },
  'diabetic-emergency': {
    looksLike: {
      zh: '低血糖：出汗、发抖、心慌、饥饿，进而意识模糊、言语异常、抽搐或昏迷。高血糖危象：血糖极高伴口渴多尿、呕吐、腹痛、呼吸深快、呼气有烂苹果味、嗜睡或意识改变。',
      en: 'Low sugar: sweating, shaking, racing heart, hunger, then confusion, odd speech, seizures or unconsciousness. High-sugar crisis: very high readings with thirst, passing lots of urine, vomiting, tummy pain, deep fast breathing, fruity breath, drowsiness or confusion.',
    },
    whileWaiting: {
      zh: [
        '意识不清、抽搐或无法吞咽：立即拨打急救电话，让患者侧卧。',
        '低血糖且清醒能吞咽：立即给予含糖饮料或糖块，15分钟后复测。',
        '高血糖伴呕吐、呼吸异常或意识改变：立即就医，带上血糖记录和药物。',
      ],
      en: [
        'Unconscious, seizing or unable to swallow: call the emergency number and place on their side.',
        'Low sugar and awake enough to swallow: give a sugary drink or glucose now and re-check in 15 minutes.',
        'High sugar with vomiting, breathing changes or confusion: seek emergency care with readings and medicines.',
      ],
    },
    doNot: {
      zh: ['不要给意识不清者喂食喂水。', '低血糖时不要再注射胰岛素。'],
      en: ['Do not give anything by mouth to someone who is not fully awake.', 'Do not give insulin to someone with low blood sugar.'],
    },
  },
  'hypertensive-emergency': {
    looksLike: {
      zh: '血压达到或超过180/120 mmHg，同时出现胸痛、剧烈头痛、视物模糊、意识混乱、气短、言语不清或一侧肢体无力。',
      en: 'Blood pressure of 180/120 mmHg or higher together with chest pain, severe headache, blurred vision, confusion, breathlessness, slurred speech or one-sided weakness.',
    },
    whileWaiting: {
      zh: ['立即拨打急救电话。', '保持安静坐位休息。', '记录血压读数、测量时间和正在服用的药物。'],
      en: ['Call the emergency number.', 'Rest quietly, sitting.', 'Note the readings, their times and current medicines.'],
    },
    doNot: {
      zh: ['不要自行大量加服降压药（血压骤降同样危险）。', '不要剧烈活动。'],
      en: ['Do not take extra blood-pressure pills on your own: a sudden drop is dangerous too.', 'Do not exert yourself.'],
    },
  },
  'testicular-torsion': {
    looksLike: {
      zh: '突发一侧睾丸或阴囊剧痛、肿胀，常伴恶心呕吐，多见于青少年，可在睡眠中发生。',
      en: 'Sudden severe pain and swelling of one testicle or the scrotum, often with nausea or vomiting, most common in teenagers and sometimes starting during sleep.',
    },
    whileWaiting: {
      zh: ['立即前往急诊（需泌尿外科），睾丸扭转需在6小时内手术才能保住睾丸。'],
      en: ['Go to an emergency department now: torsion usually needs surgery within about 6 hours to save the testicle.'],
    },
    doNot: {
      zh: ['不要因为不好意思而拖延就医。', '不要进食进水（可能需要手术）。'],
      en: ['Do not delay out of embarrassment.', 'Do not eat or drink (surgery may be needed).'],
    },
  },
};
