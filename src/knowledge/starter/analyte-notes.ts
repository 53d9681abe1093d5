// What a high or low value commonly reflects, for the most-asked analytes: short, hedged, general summaries
// written by the QuarkMed-TS authors (authority D), rendered into the reference-range documents so that
// evidence-mode report explanations have a passage to cite. Not diagnostic: each note says what to discuss.

export interface AnalyteNote {
  high?: { zh: string; en: string };
  low?: { zh: string; en: string };
}

export const ANALYTE_NOTES: Record<string, AnalyteNote> = {
  wbc: {
    high: {
      zh: '常见于细菌感染、炎症、应激、吸烟或使用糖皮质激素；明显升高或伴异常细胞时需排除血液系统疾病。',
      en: 'Often seen with bacterial infection, inflammation, stress, smoking or steroid use; very high counts or abnormal cells need assessment for blood disorders.',
    },
    low: {
      zh: '可见于病毒感染、某些药物（如化疗药）、自身免疫病或骨髓问题；明显降低时感染风险增加。',
      en: 'Can follow viral infections, some medicines (such as chemotherapy), autoimmune disease or bone-marrow problems; very low counts raise infection risk.',
    },
  },
  'neut-abs': {
    high: { zh: '多见于细菌感染、炎症、应激或激素治疗。', en: 'Usually reflects bacterial infection, inflammation, stress or steroid treatment.' },
    low: {
      zh: '中性粒细胞减少时易感染；低于0.5×10^9/L且发热属于急症。',
      en: 'Low neutrophils increase infection risk; below 0.5 ×10^9/L with fever is an emergency.',
    },
  },
  'lymph-abs': {
    high: {
      zh: '常见于病毒感染（如传染性单核细胞增多症）；持续明显升高需就医评估。',
      en: 'Common with viral infections (such as glandular fever); persistently high counts need review.',
    },
    low: { zh: '可见于急性感染、应激、激素使用或免疫缺陷。', en: 'Can occur with acute illness, stress, steroid use or immune deficiency.' },
  },
  hgb: {
    high: {
      zh: '可见于脱水、吸烟、高原居住、慢性缺氧性肺病或真性红细胞增多症。',
      en: 'Can reflect dehydration, smoking, living at altitude, chronic lung disease or polycythaemia.',
    },
    low: {
      zh: '即贫血，常见原因包括缺铁（失血、摄入不足）、维生素B12或叶酸缺乏、慢性病和肾病；需结合MCV等指标查找原因。',
      en: 'Means anaemia; common causes are iron deficiency (blood loss, low intake), vitamin B12 or folate deficiency, chronic disease and kidney disease; MCV and other tests help find the cause.',
    },
  },
  mcv: {
    high: {
      zh: '大细胞性：常见于维生素B12或叶酸缺乏、饮酒、肝病、甲减或某些药物。',
      en: 'Large red cells: often vitamin B12 or folate deficiency, alcohol, liver disease, an underactive thyroid or certain medicines.',
    },
    low: { zh: '小细胞性：最常见于缺铁，也见于地中海贫血。', en: 'Small red cells: most often iron deficiency; also thalassaemia trait.' },
  },
  plt: {
    high: {
      zh: '常为反应性（感染、炎症、缺铁、术后）；持续明显升高需排除骨髓增殖性疾病。',
      en: 'Often reactive (infection, inflammation, iron deficiency, after surgery); persistently very high counts need assessment for marrow disorders.',
    },
    low: {
      zh: '可见于病毒感染、药物、免疫性血小板减少、肝病或骨髓问题；明显降低时有出血风险。',
      en: 'Can follow viral infection, medicines, immune thrombocytopenia, liver disease or marrow problems; very low counts carry a bleeding risk.',
    },
  },
  alt: {
    high: {
      zh: '提示肝细胞损伤，常见于脂肪肝、饮酒、病毒性肝炎、药物或保健品；轻度升高也可见于剧烈运动后。',
      en: 'Suggests liver-cell injury, commonly from fatty liver, alcohol, viral hepatitis, medicines or supplements; mild rises can follow hard exercise.',
    },
  },
  ast: {
    high: {
      zh: '见于肝损伤，也可来自肌肉（运动、肌肉损伤）或心肌；需与ALT等一起解读。',
      en: 'Seen with liver injury but also comes from muscle (exercise, injury) and heart; read together with ALT.',
    },
  },
  alp: {
    high: {
      zh: '可来自肝胆（胆道梗阻）或骨骼（骨折愈合、骨病）；儿童青少年和孕妇生理性升高。',
      en: 'Comes from the liver/bile ducts (obstruction) or bone (healing fractures, bone disease); physiologically higher in children, teenagers and pregnancy.',
    },
  },
  ggt: { high: { zh: '常见于饮酒、脂肪肝、胆道疾病和某些药物。', en: 'Commonly raised by alcohol, fatty liver, bile-duct disease and some medicines.' } },
  tbil: {
    high: {
      zh: '可见于溶血、肝病、胆道梗阻或Gilbert综合征（良性、以间接胆红素为主）；皮肤巩膜发黄需就医。',
      en: 'Can reflect haemolysis, liver disease, bile-duct blockage or Gilbert syndrome (benign, mainly indirect bilirubin); yellow skin or eyes need a doctor.',
    },
  },
  alb: {
    low: {
      zh: '可见于营养不良、肝病（合成减少）、肾病（尿中丢失）或急慢性炎症。',
      en: 'Can reflect poor nutrition, liver disease (less made), kidney disease (lost in urine) or inflammation.',
    },
  },
  urea: {
    high: {
      zh: '可见于脱水、高蛋白饮食、消化道出血或肾功能下降；需结合肌酐解读。',
      en: 'Can reflect dehydration, high protein intake, gut bleeding or reduced kidney function; read with creatinine.',
    },
    low: { zh: '多见于低蛋白饮食、妊娠或严重肝病。', en: 'Seen with low protein intake, pregnancy or severe liver disease.' },
  },
  crea: {
    high: {
      zh: '提示肾小球滤过下降（急性或慢性肾病、脱水、某些药物），肌肉量大者也可偏高；应结合eGFR和既往结果。',
      en: 'Suggests lower kidney filtration (acute or chronic kidney disease, dehydration, some medicines); muscular people run higher; compare with eGFR and earlier results.',
    },
    low: { zh: '多见于肌肉量少，一般意义不大。', en: 'Usually reflects low muscle mass and is rarely significant.' },
  },
  egfr: {
    low: {
      zh: '低于60持续3个月以上提示慢性肾病；需复查并评估原因（高血压、糖尿病等）。',
      en: 'Below 60 for more than 3 months indicates chronic kidney disease; repeat the test and look for causes such as high blood pressure or diabetes.',
    },
  },
  ua: {
    high: {
      zh: '高尿酸血症可引起痛风和肾结石，常与饮食（内脏、海鲜、含糖饮料、酒）、肥胖、肾功能和某些利尿剂有关。',
      en: 'High uric acid can cause gout and kidney stones and is linked to diet (organ meat, seafood, sugary drinks, alcohol), weight, kidney function and some diuretics.',
    },
  },
  tc: {
    high: {
      zh: '胆固醇升高增加动脉粥样硬化风险，治疗目标取决于总体心血管风险，应与医生评估。',
      en: 'High cholesterol raises the risk of artery disease; targets depend on overall cardiovascular risk, best assessed with a clinician.',
    },
  },
  ldl: {
    high: {
      zh: 'LDL-C是降脂治疗的主要目标，冠心病、糖尿病等高危人群目标值更低。',
      en: 'LDL cholesterol is the main treatment target; people at high risk (heart disease, diabetes) have lower targets.',
    },
  },
  hdl: {
    low: {
      zh: 'HDL-C偏低与心血管风险增加相关，常与缺乏运动、吸烟、肥胖、高甘油三酯相伴。',
      en: 'Low HDL cholesterol is linked to higher cardiovascular risk, often with inactivity, smoking, excess weight or high triglycerides.',
    },
  },
  tg: {
    high: {
      zh: '常与饮食（糖、酒精）、肥胖、糖尿病控制不佳有关；明显升高（如>5.6 mmol/L）有急性胰腺炎风险。',
      en: 'Often related to diet (sugar, alcohol), weight and poorly controlled diabetes; very high levels (above about 5.6 mmol/L) risk pancreatitis.',
    },
  },
  glu: {
    high: {
      zh: '空腹血糖≥7.0 mmol/L（两次）可提示糖尿病，6.1–6.9为空腹血糖受损；非空腹采血会偏高。',
      en: 'A fasting value of 7.0 mmol/L (126 mg/dL) or more on two occasions suggests diabetes; 6.1–6.9 is impaired fasting glucose; non-fasting samples read higher.',
    },
    low: {
      zh: '低血糖常见于使用胰岛素或磺脲类药物者；伴出汗、心慌、意识改变需立即处理。',
      en: 'Low glucose is most common in people using insulin or sulfonylureas; with sweating, shaking or confusion it needs immediate treatment.',
    },
  },
  hba1c: {
    high: {
      zh: '反映近2–3个月平均血糖；≥6.5%可提示糖尿病（需结合其他检查），糖尿病患者的控制目标由医生个体化制定。',
      en: 'Reflects average glucose over 2–3 months; 6.5% or more suggests diabetes (confirmed with other tests); treatment targets are individual.',
    },
  },
  k: {
    high: {
      zh: '可见于肾功能下降、某些药物（ACEI/ARB、保钾利尿剂）或采血溶血假性升高；明显升高可致心律失常。',
      en: 'Can reflect reduced kidney function, some medicines (ACE inhibitors, ARBs, potassium-sparing diuretics) or a haemolysed sample; very high levels can cause dangerous heart rhythms.',
    },
    low: {
      zh: '常见于呕吐腹泻、利尿剂；明显降低可致乏力和心律失常。',
      en: 'Common with vomiting, diarrhoea or diuretics; very low levels cause weakness and heart-rhythm problems.',
    },
  },
  na: {
    high: { zh: '多见于脱水或饮水不足。', en: 'Usually reflects dehydration or not drinking enough.' },
    low: {
      zh: '可见于某些药物（利尿剂、抗抑郁药）、心肾肝疾病、饮水过多；明显降低可致意识改变和抽搐。',
      en: 'Can reflect medicines (diuretics, antidepressants), heart, kidney or liver disease, or drinking too much water; very low levels cause confusion or seizures.',
    },
  },
  ca: {
    high: {
      zh: '常见原因为甲状旁腺功能亢进和恶性肿瘤；需复查并结合白蛋白校正。',
      en: 'The common causes are an overactive parathyroid gland and cancer; repeat and correct for albumin.',
    },
    low: {
      zh: '可见于低白蛋白（需校正）、维生素D缺乏、甲状旁腺功能减退或肾病。',
      en: 'Can reflect low albumin (correct for it), vitamin D deficiency, underactive parathyroid or kidney disease.',
    },
  },
  tsh: {
    high: {
      zh: 'TSH升高通常提示甲状腺功能减退（结合FT4）；FT4正常时为亚临床甲减。',
      en: 'A high TSH usually points to an underactive thyroid (read with FT4); with a normal FT4 it is subclinical hypothyroidism.',
    },
    low: {
      zh: 'TSH降低通常提示甲状腺功能亢进或甲状腺激素用量过多（结合FT3、FT4）。',
      en: 'A low TSH usually points to an overactive thyroid or too much thyroid hormone medicine (read with FT3 and FT4).',
    },
  },
  ft4: {
    high: { zh: '与TSH降低同时出现提示甲亢。', en: 'With a low TSH it suggests an overactive thyroid.' },
    low: { zh: '与TSH升高同时出现提示甲减。', en: 'With a high TSH it suggests an underactive thyroid.' },
  },
  inr: {
    high: {
      zh: '服用华法林者需按目标范围调整；未服抗凝药时升高可见于肝病或维生素K缺乏；明显升高有出血风险。',
      en: 'On warfarin it is adjusted to a target range; without anticoagulants a high INR can reflect liver disease or vitamin K deficiency; very high values carry a bleeding risk.',
    },
  },
  ddimer: {
    high: {
      zh: '敏感但不特异：血栓（深静脉血栓、肺栓塞）时升高，也见于术后、妊娠、感染、肿瘤和高龄；正常结果有助于排除血栓。',
      en: 'Sensitive but not specific: raised with clots (DVT, pulmonary embolism) but also after surgery, in pregnancy, infection, cancer and older age; a normal result helps rule clots out.',
    },
  },
  ck: {
    high: {
      zh: '常见于剧烈运动、肌肉损伤、他汀类药物相关肌病；明显升高伴肌痛、茶色尿需立即就医（横纹肌溶解）。',
      en: 'Common after hard exercise, muscle injury or statin-related muscle problems; very high levels with muscle pain and dark urine need urgent care (rhabdomyolysis).',
    },
  },
  ctni: {
    high: {
      zh: '提示心肌损伤，需结合症状和动态变化判断是否为心肌梗死；伴胸痛应立即就医。',
      en: 'Indicates heart-muscle injury; symptoms and the change over time decide whether it is a heart attack; with chest pain seek emergency care.',
    },
  },
  ntprobnp: {
    high: { zh: '常见于心力衰竭，也受年龄、肾功能和房颤影响。', en: 'Common in heart failure; also affected by age, kidney function and atrial fibrillation.' },
  },
  bnp: { high: { zh: '常见于心力衰竭，也受年龄、肾功能影响。', en: 'Common in heart failure; also affected by age and kidney function.' } },
  crp: {
    high: {
      zh: '提示炎症或感染，细菌感染时常明显升高；不能单独确定病因。',
      en: 'Indicates inflammation or infection, often much higher in bacterial infection; it cannot identify the cause alone.',
    },
  },
  esr: {
    high: {
      zh: '非特异性炎症指标，可见于感染、自身免疫病、贫血、妊娠和高龄。',
      en: 'A non-specific marker raised by infection, autoimmune disease, anaemia, pregnancy and older age.',
    },
  },
  ferritin: {
    high: {
      zh: '可见于炎症、肝病、饮酒或铁过载（如血色病）。',
      en: 'Can reflect inflammation, liver disease, alcohol or iron overload (such as haemochromatosis).',
    },
    low: {
      zh: '是缺铁最可靠的指标，常见于月经量多、消化道失血或摄入不足。',
      en: 'The most reliable sign of iron deficiency, often from heavy periods, gut blood loss or low intake.',
    },
  },
  vitd: {
    low: {
      zh: '维生素D不足很常见，与日照少、摄入不足有关；补充剂量应咨询医生或药师。',
      en: 'Low vitamin D is common with little sunlight or intake; ask a clinician or pharmacist about supplement doses.',
    },
  },
  amy: {
    high: {
      zh: '明显升高（正常上限3倍以上）伴上腹痛提示急性胰腺炎，需立即就医。',
      en: 'A large rise (over three times the upper limit) with upper abdominal pain suggests acute pancreatitis and needs urgent care.',
    },
  },
  'u-pro': {
    high: {
      zh: '尿蛋白阳性可为一过性（发热、剧烈运动），持续阳性提示肾脏疾病，需复查并定量。',
      en: 'Protein in urine can be temporary (fever, hard exercise); if persistent it suggests kidney disease and needs repeat and quantitative testing.',
    },
  },
  'u-glu': {
    high: {
      zh: '尿糖阳性多见于血糖过高，也见于肾性糖尿或服用SGLT2抑制剂。',
      en: 'Glucose in urine usually reflects high blood glucose; also seen with renal glycosuria or SGLT2-inhibitor medicines.',
    },
  },
  'u-bld': {
    high: {
      zh: '可见于泌尿系感染、结石、月经污染或剧烈运动；持续镜下血尿需进一步检查。',
      en: 'Can come from urinary infection, stones, menstrual contamination or hard exercise; persistent blood needs further tests.',
    },
  },
  'u-nit': {
    high: {
      zh: '亚硝酸盐阳性提示尿路细菌感染，需结合症状和尿培养。',
      en: 'A positive nitrite suggests a bacterial urinary infection; read with symptoms and urine culture.',
    },
  },
  'u-leu': { high: { zh: '白细胞酯酶阳性提示尿路炎症或感染。', en: 'Positive leukocyte esterase suggests urinary inflammation or infection.' } },
};
