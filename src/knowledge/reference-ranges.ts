// Bundled reference table: common ADULT analytes with Chinese/English names, abbreviations, a canonical unit,
// a general reference interval and critical limits. Written by the QuarkMed-TS authors from general clinical
// knowledge (Chinese WS/T adult intervals where we know them, common international practice otherwise). It is a
// general adult reference, NOT any laboratory's own interval: a report's printed range always takes precedence.
// The starter knowledge pack renders this same table as readable documents (one per panel).

export type PanelId =
  | 'cbc' | 'liver' | 'kidney' | 'lipid' | 'glucose' | 'electrolytes' | 'thyroid' | 'coagulation'
  | 'cardiac' | 'inflammation' | 'iron-vitamins' | 'pancreas' | 'blood-gas' | 'urine' | 'tumor-markers';

export const PANELS: Record<PanelId, { zh: string; en: string }> = {
  cbc: { zh: '血常规', en: 'Complete blood count (CBC)' },
  liver: { zh: '肝功能', en: 'Liver function panel' },
  kidney: { zh: '肾功能', en: 'Kidney function panel' },
  lipid: { zh: '血脂', en: 'Lipid panel' },
  glucose: { zh: '血糖', en: 'Blood glucose' },
  electrolytes: { zh: '电解质', en: 'Electrolytes and minerals' },
  thyroid: { zh: '甲状腺功能', en: 'Thyroid function' },
  coagulation: { zh: '凝血功能', en: 'Coagulation' },
  cardiac: { zh: '心肌标志物', en: 'Cardiac markers' },
  inflammation: { zh: '炎症指标', en: 'Inflammation markers' },
  'iron-vitamins': { zh: '铁代谢与维生素', en: 'Iron studies and vitamins' },
  pancreas: { zh: '胰腺酶', en: 'Pancreatic enzymes' },
  'blood-gas': { zh: '血气分析', en: 'Blood gas' },
  urine: { zh: '尿常规', en: 'Urinalysis' },
  'tumor-markers': { zh: '肿瘤标志物', en: 'Tumour markers' },
};

export type Bounds = [low: number | undefined, high: number | undefined];

export interface Analyte {
  code: string;
  panel: PanelId;
  nameEn: string;
  nameZh: string;
  /** Every name a report may print: Chinese, English, abbreviations (matched case-insensitively when ≥ 3 chars). */
  aliases: string[];
  /** Canonical unit as displayed. */
  unit: string;
  range?: Bounds;
  /** Sex-specific intervals; without a known sex the parser uses their union. */
  sex?: { male: Bounds; female: Bounds };
  critical?: Bounds;
  /** Qualitative tests whose normal result is negative. */
  qualitative?: 'negative';
  /** Other units (normalised with normalizeUnit) → factor to multiply into the canonical unit. */
  units?: Record<string, number>;
  /** One line shown with the bundled range, e.g. "fasting". */
  note?: { zh: string; en: string };
}

const CELLS9 = { '10^9/l': 1, '10^3/ul': 1, 'k/ul': 1, '10^3/mm3': 1, 'thou/ul': 1, 'g/l': 1, '/nl': 1, 'cells/ul': 0.001, '/ul': 0.001, '/mm3': 0.001 };
const MGDL_CHOL = { 'mg/dl': 0.02586 };
const MMOL = { 'mmol/l': 1, 'meq/l': 1 };
const UL = { 'u/l': 1, 'iu/l': 1, 'ukat/l': 60 };

const a = (x: Analyte): Analyte => x;

export const REFERENCE_TABLE: readonly Analyte[] = [
  // ---- CBC 血常规 ----
  a({ code: 'wbc', panel: 'cbc', nameEn: 'White blood cells', nameZh: '白细胞计数', aliases: ['白细胞计数', '白细胞', 'WBC', 'White blood cells', 'White blood cell count', 'White Cell Count', 'Leukocytes', 'WBC count'], unit: '×10^9/L', range: [3.5, 9.5], critical: [2.0, 30], units: CELLS9 }),
  a({ code: 'rbc', panel: 'cbc', nameEn: 'Red blood cells', nameZh: '红细胞计数', aliases: ['红细胞计数', '红细胞', 'RBC', 'Red blood cells', 'Red blood cell count', 'Red Cell Count', 'Erythrocytes'], unit: '×10^12/L', sex: { male: [4.3, 5.8], female: [3.8, 5.1] }, units: { '10^12/l': 1, '10^6/ul': 1, 'm/ul': 1, 'mil/ul': 1, 't/l': 1, '10^6/mm3': 1 } }),
  a({ code: 'hgb', panel: 'cbc', nameEn: 'Hemoglobin', nameZh: '血红蛋白', aliases: ['血红蛋白', '血色素', 'HGB', 'Hb', 'HB', 'Hgb', 'Hemoglobin', 'Haemoglobin'], unit: 'g/L', sex: { male: [130, 175], female: [115, 150] }, critical: [60, 200], units: { 'g/l': 1, 'g/dl': 10 } }),
  a({ code: 'hct', panel: 'cbc', nameEn: 'Hematocrit', nameZh: '红细胞压积', aliases: ['红细胞压积', '红细胞比容', '血细胞比容', 'HCT', 'Hct', 'Hematocrit', 'Haematocrit', 'PCV'], unit: '%', sex: { male: [40, 50], female: [35, 45] }, units: { '%': 1, 'l/l': 100 } }),
  a({ code: 'mcv', panel: 'cbc', nameEn: 'Mean corpuscular volume', nameZh: '平均红细胞体积', aliases: ['平均红细胞体积', 'MCV', 'Mean corpuscular volume', 'Mean cell volume'], unit: 'fL', range: [82, 100], units: { fl: 1, um3: 1 } }),
  a({ code: 'mch', panel: 'cbc', nameEn: 'Mean corpuscular hemoglobin', nameZh: '平均红细胞血红蛋白含量', aliases: ['平均红细胞血红蛋白含量', '平均红细胞血红蛋白量', 'MCH', 'Mean corpuscular hemoglobin', 'Mean cell haemoglobin'], unit: 'pg', range: [27, 34], units: { pg: 1 } }),
  a({ code: 'mchc', panel: 'cbc', nameEn: 'Mean corpuscular hemoglobin concentration', nameZh: '平均红细胞血红蛋白浓度', aliases: ['平均红细胞血红蛋白浓度', 'MCHC', 'Mean corpuscular hemoglobin concentration'], unit: 'g/L', range: [316, 354], units: { 'g/l': 1, 'g/dl': 10 } }),
  a({ code: 'rdw', panel: 'cbc', nameEn: 'Red cell distribution width (CV)', nameZh: '红细胞分布宽度', aliases: ['红细胞分布宽度-CV', '红细胞分布宽度CV', '红细胞分布宽度', 'RDW-CV', 'RDW', 'RDW CV', 'Red cell distribution width'], unit: '%', range: [11.5, 14.5], units: { '%': 1 } }),
  a({ code: 'plt', panel: 'cbc', nameEn: 'Platelets', nameZh: '血小板计数', aliases: ['血小板计数', '血小板', 'PLT', 'Platelets', 'Platelet count', 'Thrombocytes'], unit: '×10^9/L', range: [125, 350], critical: [20, 1000], units: CELLS9 }),
  a({ code: 'mpv', panel: 'cbc', nameEn: 'Mean platelet volume', nameZh: '平均血小板体积', aliases: ['平均血小板体积', 'MPV', 'Mean platelet volume'], unit: 'fL', range: [7.4, 11.0], units: { fl: 1 } }),
  a({ code: 'neut-abs', panel: 'cbc', nameEn: 'Neutrophils (absolute)', nameZh: '中性粒细胞绝对值', aliases: ['中性粒细胞绝对值', '中性粒细胞计数', '中性粒细胞数', 'NEUT#', 'NE#', 'GRAN#', 'ANC', 'Absolute neutrophil count', 'Neutrophils absolute', 'Neutrophils (absolute)', 'Neutrophils', 'Neut'], unit: '×10^9/L', range: [1.8, 6.3], critical: [0.5, undefined], units: CELLS9 }),
  a({ code: 'lymph-abs', panel: 'cbc', nameEn: 'Lymphocytes (absolute)', nameZh: '淋巴细胞绝对值', aliases: ['淋巴细胞绝对值', '淋巴细胞计数', '淋巴细胞数', 'LYMPH#', 'LY#', 'LYM#', 'Lymphocytes absolute', 'Lymphocytes (absolute)', 'Lymphocytes', 'Lymphs'], unit: '×10^9/L', range: [1.1, 3.2], units: CELLS9 }),
  a({ code: 'mono-abs', panel: 'cbc', nameEn: 'Monocytes (absolute)', nameZh: '单核细胞绝对值', aliases: ['单核细胞绝对值', '单核细胞计数', 'MONO#', 'MO#', 'Monocytes absolute', 'Monocytes (absolute)', 'Monocytes'], unit: '×10^9/L', range: [0.1, 0.6], units: CELLS9 }),
  a({ code: 'eos-abs', panel: 'cbc', nameEn: 'Eosinophils (absolute)', nameZh: '嗜酸性粒细胞绝对值', aliases: ['嗜酸性粒细胞绝对值', '嗜酸性粒细胞计数', 'EOS#', 'EO#', 'Eosinophils absolute', 'Eosinophils (absolute)', 'Eosinophils'], unit: '×10^9/L', range: [0.02, 0.52], units: CELLS9 }),
  a({ code: 'baso-abs', panel: 'cbc', nameEn: 'Basophils (absolute)', nameZh: '嗜碱性粒细胞绝对值', aliases: ['嗜碱性粒细胞绝对值', '嗜碱性粒细胞计数', 'BASO#', 'BA#', 'Basophils absolute', 'Basophils (absolute)', 'Basophils'], unit: '×10^9/L', range: [0, 0.06], units: CELLS9 }),
  a({ code: 'neut-pct', panel: 'cbc', nameEn: 'Neutrophils %', nameZh: '中性粒细胞百分比', aliases: ['中性粒细胞百分比', '中性粒细胞百分数', '中性粒细胞比率', '中性粒细胞%', 'NEUT%', 'NE%', 'GRAN%', 'Neutrophils %', 'Neutrophils', 'Neut'], unit: '%', range: [40, 75], units: { '%': 1 } }),
  a({ code: 'lymph-pct', panel: 'cbc', nameEn: 'Lymphocytes %', nameZh: '淋巴细胞百分比', aliases: ['淋巴细胞百分比', '淋巴细胞百分数', '淋巴细胞比率', '淋巴细胞%', 'LYMPH%', 'LY%', 'LYM%', 'Lymphocytes %', 'Lymphocytes', 'Lymphs'], unit: '%', range: [20, 50], units: { '%': 1 } }),
  a({ code: 'mono-pct', panel: 'cbc', nameEn: 'Monocytes %', nameZh: '单核细胞百分比', aliases: ['单核细胞百分比', '单核细胞比率', '单核细胞%', 'MONO%', 'MO%', 'Monocytes %', 'Monocytes'], unit: '%', range: [3, 10], units: { '%': 1 } }),
  a({ code: 'eos-pct', panel: 'cbc', nameEn: 'Eosinophils %', nameZh: '嗜酸性粒细胞百分比', aliases: ['嗜酸性粒细胞百分比', '嗜酸性粒细胞比率', '嗜酸性粒细胞%', 'EOS%', 'EO%', 'Eosinophils %', 'Eosinophils'], unit: '%', range: [0.4, 8.0], units: { '%': 1 } }),
  a({ code: 'baso-pct', panel: 'cbc', nameEn: 'Basophils %', nameZh: '嗜碱性粒细胞百分比', aliases: ['嗜碱性粒细胞百分比', '嗜碱性粒细胞比率', '嗜碱性粒细胞%', 'BASO%', 'BA%', 'Basophils %', 'Basophils'], unit: '%', range: [0, 1], units: { '%': 1 } }),
  // ---- Liver 肝功能 ----
  a({ code: 'alt', panel: 'liver', nameEn: 'Alanine aminotransferase', nameZh: '丙氨酸氨基转移酶', aliases: ['丙氨酸氨基转移酶', '丙氨酸转氨酶', '谷丙转氨酶', 'ALT', 'GPT', 'SGPT', 'ALT (SGPT)', 'Alanine aminotransferase', 'Alanine transaminase'], unit: 'U/L', sex: { male: [9, 50], female: [7, 40] }, units: UL }),
  a({ code: 'ast', panel: 'liver', nameEn: 'Aspartate aminotransferase', nameZh: '天门冬氨酸氨基转移酶', aliases: ['天门冬氨酸氨基转移酶', '天冬氨酸氨基转移酶', '天冬氨酸转氨酶', '谷草转氨酶', 'AST', 'GOT', 'SGOT', 'AST (SGOT)', 'Aspartate aminotransferase', 'Aspartate transaminase'], unit: 'U/L', sex: { male: [15, 40], female: [13, 35] }, units: UL }),
  a({ code: 'alp', panel: 'liver', nameEn: 'Alkaline phosphatase', nameZh: '碱性磷酸酶', aliases: ['碱性磷酸酶', 'ALP', 'AKP', 'Alkaline phosphatase', 'Alk Phos'], unit: 'U/L', range: [35, 125], units: UL }),
  a({ code: 'ggt', panel: 'liver', nameEn: 'Gamma-glutamyl transferase', nameZh: 'γ-谷氨酰转移酶', aliases: ['γ-谷氨酰转移酶', 'γ-谷氨酰转肽酶', '谷氨酰转肽酶', '谷氨酰转移酶', 'GGT', 'γ-GT', 'GGTP', 'Gamma-glutamyl transferase', 'Gamma GT'], unit: 'U/L', sex: { male: [10, 60], female: [7, 45] }, units: UL }),
  a({ code: 'tbil', panel: 'liver', nameEn: 'Total bilirubin', nameZh: '总胆红素', aliases: ['总胆红素', '血清总胆红素', 'TBIL', 'T-BIL', 'TBil', 'Total bilirubin', 'Bilirubin, total', 'Bilirubin total'], unit: 'μmol/L', range: [0, 21], units: { 'umol/l': 1, 'mg/dl': 17.1 } }),
  a({ code: 'dbil', panel: 'liver', nameEn: 'Direct bilirubin', nameZh: '直接胆红素', aliases: ['直接胆红素', '结合胆红素', 'DBIL', 'D-BIL', 'DBil', 'Direct bilirubin', 'Bilirubin, direct', 'Conjugated bilirubin'], unit: 'μmol/L', range: [0, 6.8], units: { 'umol/l': 1, 'mg/dl': 17.1 } }),
  a({ code: 'ibil', panel: 'liver', nameEn: 'Indirect bilirubin', nameZh: '间接胆红素', aliases: ['间接胆红素', '非结合胆红素', 'IBIL', 'I-BIL', 'Indirect bilirubin', 'Bilirubin, indirect'], unit: 'μmol/L', range: [0, 17], units: { 'umol/l': 1, 'mg/dl': 17.1 } }),
  a({ code: 'tp', panel: 'liver', nameEn: 'Total protein', nameZh: '总蛋白', aliases: ['总蛋白', '血清总蛋白', 'TP', 'Total protein', 'Protein, total'], unit: 'g/L', range: [65, 85], units: { 'g/l': 1, 'g/dl': 10 } }),
  a({ code: 'alb', panel: 'liver', nameEn: 'Albumin', nameZh: '白蛋白', aliases: ['白蛋白', '血清白蛋白', 'ALB', 'Alb', 'Albumin'], unit: 'g/L', range: [40, 55], units: { 'g/l': 1, 'g/dl': 10 } }),
  a({ code: 'glb', panel: 'liver', nameEn: 'Globulin', nameZh: '球蛋白', aliases: ['球蛋白', 'GLB', 'GLO', 'Globulin'], unit: 'g/L', range: [20, 40], units: { 'g/l': 1, 'g/dl': 10 } }),
  a({ code: 'ag-ratio', panel: 'liver', nameEn: 'Albumin/globulin ratio', nameZh: '白球比', aliases: ['白球比', '白蛋白/球蛋白', '白/球比值', 'A/G', 'A/G ratio', 'Albumin/globulin ratio'], unit: '', range: [1.2, 2.4], units: { '': 1 } }),
  a({ code: 'tba', panel: 'liver', nameEn: 'Total bile acids', nameZh: '总胆汁酸', aliases: ['总胆汁酸', 'TBA', 'Total bile acids'], unit: 'μmol/L', range: [0, 10], units: { 'umol/l': 1 } }),
  // ---- Kidney 肾功能 ----
  a({ code: 'urea', panel: 'kidney', nameEn: 'Urea', nameZh: '尿素', aliases: ['尿素氮', '尿素', '血尿素氮', 'UREA', 'Urea', 'BUN', 'Blood urea nitrogen', 'Urea nitrogen'], unit: 'mmol/L', range: [2.6, 8.0], units: { 'mmol/l': 1, 'mg/dl': 0.357 }, note: { zh: 'BUN（mg/dL）× 0.357 = 尿素（mmol/L）', en: 'BUN (mg/dL) × 0.357 = urea (mmol/L)' } }),
  a({ code: 'crea', panel: 'kidney', nameEn: 'Creatinine', nameZh: '肌酐', aliases: ['肌酐', '血肌酐', 'CREA', 'Cr', 'CRE', 'SCr', 'Creatinine'], unit: 'μmol/L', sex: { male: [57, 111], female: [41, 81] }, critical: [undefined, 707], units: { 'umol/l': 1, 'mg/dl': 88.42 } }),
  a({ code: 'ua', panel: 'kidney', nameEn: 'Uric acid', nameZh: '尿酸', aliases: ['尿酸', '血尿酸', 'UA', 'URIC', 'Uric acid'], unit: 'μmol/L', sex: { male: [208, 428], female: [155, 357] }, units: { 'umol/l': 1, 'mg/dl': 59.48 } }),
  a({ code: 'egfr', panel: 'kidney', nameEn: 'eGFR', nameZh: '估算肾小球滤过率', aliases: ['估算肾小球滤过率', '肾小球滤过率', 'eGFR', 'EGFR', 'GFR', 'eGFR (CKD-EPI)'], unit: 'mL/min/1.73m²', range: [90, undefined], units: { 'ml/min/1.73m2': 1, 'ml/min/1.73m^2': 1, 'ml/min': 1 } }),
  a({ code: 'cysc', panel: 'kidney', nameEn: 'Cystatin C', nameZh: '胱抑素C', aliases: ['胱抑素C', '胱抑素-C', 'Cys-C', 'CysC', 'Cystatin C'], unit: 'mg/L', range: [0.51, 1.09], units: { 'mg/l': 1 } }),
  // ---- Lipids 血脂 ----
  a({ code: 'tc', panel: 'lipid', nameEn: 'Total cholesterol', nameZh: '总胆固醇', aliases: ['总胆固醇', '胆固醇', 'TC', 'CHOL', 'TCH', 'Total cholesterol', 'Cholesterol, total', 'Cholesterol'], unit: 'mmol/L', range: [undefined, 5.2], units: { 'mmol/l': 1, ...MGDL_CHOL } }),
  a({ code: 'tg', panel: 'lipid', nameEn: 'Triglycerides', nameZh: '甘油三酯', aliases: ['甘油三酯', '三酰甘油', 'TG', 'TRIG', 'Triglycerides', 'Triglyceride'], unit: 'mmol/L', range: [undefined, 1.7], units: { 'mmol/l': 1, 'mg/dl': 0.01129 } }),
  a({ code: 'hdl', panel: 'lipid', nameEn: 'HDL cholesterol', nameZh: '高密度脂蛋白胆固醇', aliases: ['高密度脂蛋白胆固醇', '高密度脂蛋白', 'HDL-C', 'HDL', 'HDL cholesterol', 'HDL-Cholesterol', 'Cholesterol, HDL'], unit: 'mmol/L', range: [1.0, undefined], units: { 'mmol/l': 1, ...MGDL_CHOL } }),
  a({ code: 'ldl', panel: 'lipid', nameEn: 'LDL cholesterol', nameZh: '低密度脂蛋白胆固醇', aliases: ['低密度脂蛋白胆固醇', '低密度脂蛋白', 'LDL-C', 'LDL', 'LDL cholesterol', 'LDL-Cholesterol', 'Cholesterol, LDL', 'LDL Calc'], unit: 'mmol/L', range: [undefined, 3.4], units: { 'mmol/l': 1, ...MGDL_CHOL } }),
  a({ code: 'lpa', panel: 'lipid', nameEn: 'Lipoprotein(a)', nameZh: '脂蛋白(a)', aliases: ['脂蛋白(a)', '脂蛋白a', 'Lp(a)', 'LPa', 'Lipoprotein(a)'], unit: 'mg/L', range: [undefined, 300], units: { 'mg/l': 1, 'mg/dl': 10 } }),
  a({ code: 'apoa1', panel: 'lipid', nameEn: 'Apolipoprotein A1', nameZh: '载脂蛋白A1', aliases: ['载脂蛋白A1', '载脂蛋白AI', 'ApoA1', 'APOA1', 'Apo A1', 'Apolipoprotein A1'], unit: 'g/L', range: [1.0, 1.6], units: { 'g/l': 1, 'mg/dl': 0.01 } }),
  a({ code: 'apob', panel: 'lipid', nameEn: 'Apolipoprotein B', nameZh: '载脂蛋白B', aliases: ['载脂蛋白B', 'ApoB', 'APOB', 'Apo B', 'Apolipoprotein B'], unit: 'g/L', range: [0.6, 1.1], units: { 'g/l': 1, 'mg/dl': 0.01 } }),
  // ---- Glucose 血糖 ----
  a({ code: 'glu', panel: 'glucose', nameEn: 'Glucose (fasting)', nameZh: '空腹血糖', aliases: ['空腹血糖', '空腹葡萄糖', '葡萄糖', '血糖', 'GLU', 'Glu', 'FPG', 'FBG', 'Glucose', 'Glucose, fasting', 'Fasting glucose', 'Blood glucose', 'Glucose, serum'], unit: 'mmol/L', range: [3.9, 6.1], critical: [2.8, 22.2], units: { 'mmol/l': 1, 'mg/dl': 0.0555 }, note: { zh: '空腹', en: 'fasting' } }),
  a({ code: 'hba1c', panel: 'glucose', nameEn: 'Hemoglobin A1c', nameZh: '糖化血红蛋白', aliases: ['糖化血红蛋白', '糖化血红蛋白A1c', 'HbA1c', 'HBA1C', 'A1c', 'A1C', 'Hemoglobin A1c', 'Glycated hemoglobin'], unit: '%', range: [4.0, 6.0], units: { '%': 1 } }),
  // ---- Electrolytes 电解质 ----
  a({ code: 'k', panel: 'electrolytes', nameEn: 'Potassium', nameZh: '钾', aliases: ['钾离子', '血钾', '钾', 'K', 'K+', 'Potassium'], unit: 'mmol/L', range: [3.5, 5.3], critical: [2.8, 6.0], units: MMOL }),
  a({ code: 'na', panel: 'electrolytes', nameEn: 'Sodium', nameZh: '钠', aliases: ['钠离子', '血钠', '钠', 'Na', 'NA', 'Na+', 'Sodium'], unit: 'mmol/L', range: [137, 147], critical: [120, 160], units: MMOL }),
  a({ code: 'cl', panel: 'electrolytes', nameEn: 'Chloride', nameZh: '氯', aliases: ['氯离子', '血氯', '氯', 'Cl', 'CL', 'Cl-', 'Chloride'], unit: 'mmol/L', range: [99, 110], units: MMOL }),
  a({ code: 'ca', panel: 'electrolytes', nameEn: 'Calcium', nameZh: '钙', aliases: ['总钙', '血钙', '钙', 'Ca', 'CA', 'Ca2+', 'Calcium', 'Calcium, total'], unit: 'mmol/L', range: [2.11, 2.52], critical: [1.75, 3.5], units: { 'mmol/l': 1, 'mg/dl': 0.2495 } }),
  a({ code: 'mg', panel: 'electrolytes', nameEn: 'Magnesium', nameZh: '镁', aliases: ['血镁', '镁', 'Mg', 'MG', 'Magnesium'], unit: 'mmol/L', range: [0.75, 1.02], critical: [0.4, undefined], units: { 'mmol/l': 1, 'mg/dl': 0.4114 } }),
  a({ code: 'p', panel: 'electrolytes', nameEn: 'Phosphate', nameZh: '磷', aliases: ['无机磷', '血磷', '磷', 'P', 'PHOS', 'Phosphorus', 'Phosphate'], unit: 'mmol/L', range: [0.85, 1.51], critical: [0.3, undefined], units: { 'mmol/l': 1, 'mg/dl': 0.3229 } }),
  a({ code: 'hco3', panel: 'electrolytes', nameEn: 'Bicarbonate (total CO2)', nameZh: '二氧化碳结合力', aliases: ['二氧化碳结合力', '二氧化碳', '碳酸氢根', 'CO2CP', 'TCO2', 'CO2', 'HCO3', 'HCO3-', 'Bicarbonate', 'Carbon dioxide', 'Total CO2'], unit: 'mmol/L', range: [22, 29], critical: [10, 40], units: MMOL }),
  // ---- Thyroid 甲功 ----
  a({ code: 'tsh', panel: 'thyroid', nameEn: 'Thyroid-stimulating hormone', nameZh: '促甲状腺激素', aliases: ['促甲状腺激素', '促甲状腺素', 'TSH', 'Thyroid stimulating hormone', 'Thyrotropin'], unit: 'mIU/L', range: [0.27, 4.2], units: { 'miu/l': 1, 'uiu/ml': 1, 'mu/l': 1, 'uu/ml': 1 } }),
  a({ code: 'ft3', panel: 'thyroid', nameEn: 'Free T3', nameZh: '游离三碘甲状腺原氨酸', aliases: ['游离三碘甲状腺原氨酸', '游离T3', 'FT3', 'Free T3', 'Free triiodothyronine'], unit: 'pmol/L', range: [3.1, 6.8], units: { 'pmol/l': 1, 'pg/ml': 1.536 } }),
  a({ code: 'ft4', panel: 'thyroid', nameEn: 'Free T4', nameZh: '游离甲状腺素', aliases: ['游离甲状腺素', '游离T4', 'FT4', 'Free T4', 'Free thyroxine'], unit: 'pmol/L', range: [12, 22], units: { 'pmol/l': 1, 'ng/dl': 12.87 } }),
  a({ code: 'tt3', panel: 'thyroid', nameEn: 'Total T3', nameZh: '总三碘甲状腺原氨酸', aliases: ['总三碘甲状腺原氨酸', '三碘甲状腺原氨酸', '总T3', 'TT3', 'T3', 'Total T3', 'Triiodothyronine'], unit: 'nmol/L', range: [1.3, 3.1], units: { 'nmol/l': 1, 'ng/ml': 1.536, 'ng/dl': 0.01536 } }),
  a({ code: 'tt4', panel: 'thyroid', nameEn: 'Total T4', nameZh: '总甲状腺素', aliases: ['总甲状腺素', '甲状腺素', '总T4', 'TT4', 'T4', 'Total T4', 'Thyroxine'], unit: 'nmol/L', range: [66, 181], units: { 'nmol/l': 1, 'ug/dl': 12.87 } }),
  a({ code: 'tpoab', panel: 'thyroid', nameEn: 'Anti-TPO antibodies', nameZh: '甲状腺过氧化物酶抗体', aliases: ['甲状腺过氧化物酶抗体', 'TPOAb', 'TPO-Ab', 'Anti-TPO', 'Thyroid peroxidase antibodies'], unit: 'IU/mL', range: [undefined, 34], units: { 'iu/ml': 1, 'u/ml': 1 } }),
  a({ code: 'tgab', panel: 'thyroid', nameEn: 'Anti-thyroglobulin antibodies', nameZh: '甲状腺球蛋白抗体', aliases: ['甲状腺球蛋白抗体', 'TGAb', 'TG-Ab', 'Anti-TG', 'Thyroglobulin antibodies'], unit: 'IU/mL', range: [undefined, 115], units: { 'iu/ml': 1, 'u/ml': 1 } }),
  // ---- Coagulation 凝血 ----
  a({ code: 'pt', panel: 'coagulation', nameEn: 'Prothrombin time', nameZh: '凝血酶原时间', aliases: ['凝血酶原时间', 'PT', 'Prothrombin time'], unit: 's', range: [10, 14], units: { s: 1, sec: 1, '秒': 1 } }),
  a({ code: 'inr', panel: 'coagulation', nameEn: 'INR', nameZh: '国际标准化比值', aliases: ['国际标准化比值', 'PT-INR', 'INR', 'International normalized ratio'], unit: '', range: [0.8, 1.2], critical: [undefined, 5.0], units: { '': 1 }, note: { zh: '服用华法林者目标范围不同（常为2–3）', en: 'the target on warfarin is different (often 2–3)' } }),
  a({ code: 'aptt', panel: 'coagulation', nameEn: 'Activated partial thromboplastin time', nameZh: '活化部分凝血活酶时间', aliases: ['活化部分凝血活酶时间', '部分凝血活酶时间', 'APTT', 'aPTT', 'PTT', 'Activated partial thromboplastin time'], unit: 's', range: [25, 37], units: { s: 1, sec: 1, '秒': 1 } }),
  a({ code: 'tt', panel: 'coagulation', nameEn: 'Thrombin time', nameZh: '凝血酶时间', aliases: ['凝血酶时间', 'TT', 'Thrombin time'], unit: 's', range: [14, 21], units: { s: 1, sec: 1, '秒': 1 } }),
  a({ code: 'fib', panel: 'coagulation', nameEn: 'Fibrinogen', nameZh: '纤维蛋白原', aliases: ['纤维蛋白原', 'FIB', 'Fbg', 'Fibrinogen'], unit: 'g/L', range: [2, 4], critical: [1.0, undefined], units: { 'g/l': 1, 'mg/dl': 0.01 } }),
  a({ code: 'ddimer', panel: 'coagulation', nameEn: 'D-dimer', nameZh: 'D-二聚体', aliases: ['D-二聚体', 'D二聚体', 'D-D', 'DD', 'D-dimer', 'D-Dimer'], unit: 'mg/L FEU', range: [undefined, 0.5], units: { 'mg/lfeu': 1, 'mg/l': 1, 'ug/ml': 1, 'ug/mlfeu': 1, 'ng/ml': 0.001, 'ng/mlfeu': 0.001 } }),
  // ---- Cardiac 心肌标志物 ----
  a({ code: 'ck', panel: 'cardiac', nameEn: 'Creatine kinase', nameZh: '肌酸激酶', aliases: ['肌酸激酶', '肌酸磷酸激酶', 'CK', 'CPK', 'Creatine kinase'], unit: 'U/L', sex: { male: [50, 310], female: [40, 200] }, units: UL }),
  a({ code: 'ckmb', panel: 'cardiac', nameEn: 'CK-MB', nameZh: '肌酸激酶同工酶', aliases: ['肌酸激酶同工酶', '肌酸激酶-MB', 'CK-MB', 'CKMB'], unit: 'U/L', range: [0, 25], units: UL }),
  a({ code: 'ldh', panel: 'cardiac', nameEn: 'Lactate dehydrogenase', nameZh: '乳酸脱氢酶', aliases: ['乳酸脱氢酶', 'LDH', 'LD', 'Lactate dehydrogenase'], unit: 'U/L', range: [120, 250], units: UL }),
  a({ code: 'ctni', panel: 'cardiac', nameEn: 'Troponin I', nameZh: '肌钙蛋白I', aliases: ['高敏肌钙蛋白I', '肌钙蛋白I', '肌钙蛋白', 'cTnI', 'TnI', 'hs-cTnI', 'Troponin I', 'Troponin'], unit: 'ng/mL', range: [undefined, 0.04], units: { 'ng/ml': 1, 'ug/l': 1, 'ng/l': 0.001, 'pg/ml': 0.001 }, note: { zh: '界值与检测方法密切相关，以报告范围为准', en: 'cut-offs depend on the assay; prefer the report’s range' } }),
  a({ code: 'bnp', panel: 'cardiac', nameEn: 'BNP', nameZh: 'B型钠尿肽', aliases: ['B型钠尿肽', '脑钠肽', 'BNP', 'B-type natriuretic peptide'], unit: 'pg/mL', range: [undefined, 100], units: { 'pg/ml': 1, 'ng/l': 1 } }),
  a({ code: 'ntprobnp', panel: 'cardiac', nameEn: 'NT-proBNP', nameZh: 'N末端B型钠尿肽前体', aliases: ['N末端B型钠尿肽前体', 'N端脑钠肽前体', 'NT-proBNP', 'NT-ProBNP', 'NTproBNP'], unit: 'pg/mL', range: [undefined, 125], units: { 'pg/ml': 1, 'ng/l': 1 }, note: { zh: '75岁以下', en: 'under 75 years' } }),
  // ---- Inflammation 炎症 ----
  a({ code: 'crp', panel: 'inflammation', nameEn: 'C-reactive protein', nameZh: 'C反应蛋白', aliases: ['C反应蛋白', 'C-反应蛋白', 'CRP', 'C-reactive protein', 'C reactive protein'], unit: 'mg/L', range: [0, 10], units: { 'mg/l': 1, 'mg/dl': 10 } }),
  a({ code: 'hscrp', panel: 'inflammation', nameEn: 'High-sensitivity CRP', nameZh: '超敏C反应蛋白', aliases: ['超敏C反应蛋白', '超敏C-反应蛋白', 'hs-CRP', 'hsCRP', 'High-sensitivity CRP', 'hs CRP'], unit: 'mg/L', range: [undefined, 3], units: { 'mg/l': 1, 'mg/dl': 10 } }),
  a({ code: 'esr', panel: 'inflammation', nameEn: 'Erythrocyte sedimentation rate', nameZh: '红细胞沉降率', aliases: ['红细胞沉降率', '血沉', 'ESR', 'Erythrocyte sedimentation rate', 'Sed rate'], unit: 'mm/h', sex: { male: [0, 15], female: [0, 20] }, units: { 'mm/h': 1, 'mm/hr': 1 } }),
  a({ code: 'pct', panel: 'inflammation', nameEn: 'Procalcitonin', nameZh: '降钙素原', aliases: ['降钙素原', 'PCT', 'Procalcitonin'], unit: 'ng/mL', range: [undefined, 0.05], units: { 'ng/ml': 1, 'ug/l': 1 } }),
  // ---- Iron and vitamins ----
  a({ code: 'ferritin', panel: 'iron-vitamins', nameEn: 'Ferritin', nameZh: '铁蛋白', aliases: ['血清铁蛋白', '铁蛋白', 'FER', 'Ferritin', 'SF'], unit: 'ng/mL', sex: { male: [30, 400], female: [13, 150] }, units: { 'ng/ml': 1, 'ug/l': 1 } }),
  a({ code: 'fe', panel: 'iron-vitamins', nameEn: 'Serum iron', nameZh: '血清铁', aliases: ['血清铁', 'Fe', 'FE', 'Iron', 'Serum iron'], unit: 'μmol/L', range: [9, 30], units: { 'umol/l': 1, 'ug/dl': 0.179 } }),
  a({ code: 'b12', panel: 'iron-vitamins', nameEn: 'Vitamin B12', nameZh: '维生素B12', aliases: ['维生素B12', 'VitB12', 'VB12', 'Vitamin B12', 'B12', 'Cobalamin'], unit: 'pmol/L', range: [133, 675], units: { 'pmol/l': 1, 'pg/ml': 0.738 } }),
  a({ code: 'vitd', panel: 'iron-vitamins', nameEn: '25-hydroxy vitamin D', nameZh: '25-羟基维生素D', aliases: ['25-羟基维生素D', '25羟基维生素D', '维生素D', '25-OH-VD', '25(OH)D', '25-OH Vitamin D', 'Vitamin D, 25-hydroxy', 'Vitamin D'], unit: 'ng/mL', range: [30, 100], units: { 'ng/ml': 1, 'nmol/l': 0.4006, 'ug/l': 1 } }),
  // ---- Pancreas ----
  a({ code: 'amy', panel: 'pancreas', nameEn: 'Amylase', nameZh: '淀粉酶', aliases: ['血清淀粉酶', '淀粉酶', 'AMY', 'AMS', 'Amylase'], unit: 'U/L', range: [35, 135], units: UL }),
  a({ code: 'lip', panel: 'pancreas', nameEn: 'Lipase', nameZh: '脂肪酶', aliases: ['脂肪酶', 'LIP', 'LPS', 'Lipase'], unit: 'U/L', range: [13, 60], units: UL }),
  // ---- Blood gas ----
  a({ code: 'ph', panel: 'blood-gas', nameEn: 'pH (arterial)', nameZh: '酸碱度', aliases: ['酸碱度', '血液酸碱度', 'pH', 'PH'], unit: '', range: [7.35, 7.45], critical: [7.2, 7.6], units: { '': 1 } }),
  a({ code: 'pco2', panel: 'blood-gas', nameEn: 'PaCO2', nameZh: '二氧化碳分压', aliases: ['二氧化碳分压', 'PaCO2', 'pCO2', 'PCO2'], unit: 'mmHg', range: [35, 45], critical: [20, 70], units: { mmhg: 1, kpa: 7.501 } }),
  a({ code: 'po2', panel: 'blood-gas', nameEn: 'PaO2', nameZh: '氧分压', aliases: ['氧分压', 'PaO2', 'pO2', 'PO2'], unit: 'mmHg', range: [80, 100], critical: [40, undefined], units: { mmhg: 1, kpa: 7.501 } }),
  a({ code: 'lac', panel: 'blood-gas', nameEn: 'Lactate', nameZh: '乳酸', aliases: ['血乳酸', '乳酸', 'LAC', 'Lac', 'Lactate', 'Lactic acid'], unit: 'mmol/L', range: [0.5, 2.2], critical: [undefined, 4], units: MMOL }),
  // ---- Urinalysis 尿常规 (qualitative) ----
  a({ code: 'u-pro', panel: 'urine', nameEn: 'Urine protein', nameZh: '尿蛋白', aliases: ['尿蛋白', '蛋白质(尿)', '尿蛋白质', 'PRO', 'Urine protein', 'Protein, urine', 'Protein (urine)'], unit: '', qualitative: 'negative' }),
  a({ code: 'u-glu', panel: 'urine', nameEn: 'Urine glucose', nameZh: '尿糖', aliases: ['尿葡萄糖', '尿糖', '葡萄糖(尿)', 'Urine glucose', 'Glucose, urine', 'Glucose (urine)'], unit: '', qualitative: 'negative' }),
  a({ code: 'u-bld', panel: 'urine', nameEn: 'Urine blood', nameZh: '尿隐血', aliases: ['尿隐血', '尿潜血', '隐血', '潜血', 'BLD', 'ERY', 'Urine blood', 'Blood, urine', 'Occult blood'], unit: '', qualitative: 'negative' }),
  a({ code: 'u-ket', panel: 'urine', nameEn: 'Urine ketones', nameZh: '尿酮体', aliases: ['尿酮体', '酮体', 'KET', 'Ketones', 'Urine ketones'], unit: '', qualitative: 'negative' }),
  a({ code: 'u-nit', panel: 'urine', nameEn: 'Urine nitrite', nameZh: '亚硝酸盐', aliases: ['亚硝酸盐', 'NIT', 'Nitrite', 'Nitrites'], unit: '', qualitative: 'negative' }),
  a({ code: 'u-leu', panel: 'urine', nameEn: 'Leukocyte esterase', nameZh: '尿白细胞酯酶', aliases: ['尿白细胞酯酶', '白细胞酯酶', '尿白细胞', 'LEU', 'Leukocyte esterase', 'Leukocytes, urine'], unit: '', qualitative: 'negative' }),
  a({ code: 'u-bil', panel: 'urine', nameEn: 'Urine bilirubin', nameZh: '尿胆红素', aliases: ['尿胆红素', 'Urine bilirubin', 'Bilirubin, urine'], unit: '', qualitative: 'negative' }),
  a({ code: 'u-sg', panel: 'urine', nameEn: 'Urine specific gravity', nameZh: '尿比重', aliases: ['尿比重', '比重', 'SG', 'Specific gravity'], unit: '', range: [1.003, 1.030], units: { '': 1 } }),
  a({ code: 'u-ph', panel: 'urine', nameEn: 'Urine pH', nameZh: '尿酸碱度', aliases: ['尿酸碱度', '尿pH', '尿PH', 'Urine pH'], unit: '', range: [4.5, 8.0], units: { '': 1 } }),
  a({ code: 'hbsag', panel: 'urine', nameEn: 'Hepatitis B surface antigen', nameZh: '乙肝表面抗原', aliases: ['乙肝表面抗原', '乙型肝炎表面抗原', 'HBsAg', 'Hepatitis B surface antigen'], unit: '', qualitative: 'negative' }),
  // ---- Tumour markers 肿瘤标志物 ----
  a({ code: 'afp', panel: 'tumor-markers', nameEn: 'Alpha-fetoprotein', nameZh: '甲胎蛋白', aliases: ['甲胎蛋白', 'AFP', 'Alpha-fetoprotein', 'Alpha fetoprotein'], unit: 'ng/mL', range: [undefined, 7], units: { 'ng/ml': 1, 'ug/l': 1 } }),
  a({ code: 'cea', panel: 'tumor-markers', nameEn: 'Carcinoembryonic antigen', nameZh: '癌胚抗原', aliases: ['癌胚抗原', 'CEA', 'Carcinoembryonic antigen'], unit: 'ng/mL', range: [undefined, 5], units: { 'ng/ml': 1, 'ug/l': 1 } }),
  a({ code: 'ca125', panel: 'tumor-markers', nameEn: 'CA 125', nameZh: '糖类抗原125', aliases: ['糖类抗原125', 'CA125', 'CA-125', 'CA 125'], unit: 'U/mL', range: [undefined, 35], units: { 'u/ml': 1, 'ku/l': 1 } }),
  a({ code: 'ca199', panel: 'tumor-markers', nameEn: 'CA 19-9', nameZh: '糖类抗原19-9', aliases: ['糖类抗原19-9', '糖类抗原199', 'CA19-9', 'CA199', 'CA 19-9'], unit: 'U/mL', range: [undefined, 37], units: { 'u/ml': 1, 'ku/l': 1 } }),
  a({ code: 'psa', panel: 'tumor-markers', nameEn: 'Prostate-specific antigen (total)', nameZh: '总前列腺特异性抗原', aliases: ['总前列腺特异性抗原', '前列腺特异性抗原', 'TPSA', 'tPSA', 'PSA', 'PSA, total', 'Prostate specific antigen'], unit: 'ng/mL', range: [undefined, 4], units: { 'ng/ml': 1, 'ug/l': 1 } }),
];

const BY_CODE = new Map(REFERENCE_TABLE.map((x) => [x.code, x]));

export function analyteByCode(code: string): Analyte | undefined {
  return BY_CODE.get(code);
}

/** The bundled interval for a sex (or the union of both when unknown). */
export function bundledBounds(an: Analyte, sex?: 'male' | 'female'): Bounds | undefined {
  if (an.range) return an.range;
  if (!an.sex) return undefined;
  if (sex) return an.sex[sex];
  const [ml, mh] = an.sex.male;
  const [fl, fh] = an.sex.female;
  const min = (x?: number, y?: number) => (x === undefined || y === undefined ? undefined : Math.min(x, y));
  const max = (x?: number, y?: number) => (x === undefined || y === undefined ? undefined : Math.max(x, y));
  return [min(ml, fl), max(mh, fh)];
}

export function boundsText([low, high]: Bounds): string {
  if (low !== undefined && high !== undefined) return `${low}-${high}`;
  if (high !== undefined) return `<${high}`;
  if (low !== undefined) return `>${low}`;
  return '';
}

// ---- What an abnormal value points to: per-analyte, per-direction condition terms ----
// Retrieval and relevance use these so that "hemoglobin low" reaches anemia passages ("贫血"), not only passages
// that repeat the analyte's name (which also match "糖化血红蛋白"). Common, well-established associations only;
// they steer which passages are cited, they are never shown to the user as a diagnosis.

export interface ConditionTerms {
  zh: string[];
  en: string[];
}

export type Direction = 'high' | 'low';

const t = (zh: string[], en: string[]): ConditionTerms => ({ zh, en });
const ANEMIA = t(['贫血'], ['anemia', 'anaemia']);
const POLYCYTHEMIA = t(['红细胞增多症'], ['polycythemia']);
const LIVER_INJURY = t(['肝损伤', '肝炎', '脂肪肝'], ['liver injury', 'hepatitis', 'fatty liver']);
const CHOLESTASIS = t(['胆汁淤积', '胆道梗阻'], ['cholestasis', 'bile duct obstruction']);
const JAUNDICE = t(['黄疸', '高胆红素血症'], ['jaundice', 'hyperbilirubinemia']);
const KIDNEY = t(['肾功能不全', '肾损伤', '肾衰竭'], ['kidney disease', 'kidney failure', 'renal insufficiency']);
const HYPERLIPIDEMIA = t(['高脂血症', '高血脂', '高胆固醇血症'], ['high cholesterol', 'hyperlipidemia']);
const DIABETES = t(['糖尿病', '高血糖'], ['diabetes', 'hyperglycemia']);
const HYPOTHYROID = t(['甲状腺功能减退', '甲减'], ['hypothyroidism', 'underactive thyroid']);
const HYPERTHYROID = t(['甲状腺功能亢进', '甲亢'], ['hyperthyroidism', 'overactive thyroid']);
const INFECTION = t(['感染', '炎症'], ['infection', 'inflammation']);
const HEART_INJURY = t(['心肌梗死', '心肌损伤'], ['heart attack', 'myocardial infarction']);
const HEART_FAILURE = t(['心力衰竭', '心衰'], ['heart failure']);
const PANCREATITIS = t(['胰腺炎'], ['pancreatitis']);
const IRON_DEFICIENCY = t(['缺铁性贫血', '缺铁'], ['iron deficiency anemia', 'iron deficiency']);
const UTI = t(['尿路感染'], ['urinary tract infection']);

export const ANALYTE_CONDITIONS: Readonly<Record<string, Partial<Record<Direction, ConditionTerms>>>> = {
  hgb: { low: ANEMIA, high: POLYCYTHEMIA },
  rbc: { low: ANEMIA, high: POLYCYTHEMIA },
  hct: { low: ANEMIA, high: POLYCYTHEMIA },
  mcv: { low: t(['小细胞性贫血', '缺铁性贫血', '地中海贫血'], ['microcytic anemia', 'iron deficiency anemia', 'thalassemia']), high: t(['巨幼细胞性贫血', '维生素B12缺乏'], ['macrocytic anemia', 'megaloblastic anemia', 'vitamin B12 deficiency']) },
  wbc: { high: t(['感染', '白细胞增多'], ['infection', 'leukocytosis']), low: t(['白细胞减少症', '粒细胞缺乏症'], ['leukopenia', 'neutropenia']) },
  'neut-abs': { high: t(['细菌感染'], ['bacterial infection']), low: t(['粒细胞缺乏症', '中性粒细胞减少'], ['neutropenia', 'agranulocytosis']) },
  'neut-pct': { high: t(['细菌感染'], ['bacterial infection']) },
  'lymph-abs': { low: t(['淋巴细胞减少'], ['lymphopenia']) },
  'eos-abs': { high: t(['过敏', '寄生虫感染'], ['allergy', 'parasitic infection']) },
  plt: { low: t(['血小板减少症', '血小板减少性紫癜'], ['thrombocytopenia', 'low platelets']), high: t(['血小板增多症'], ['thrombocytosis']) },
  alt: { high: LIVER_INJURY },
  ast: { high: LIVER_INJURY },
  alp: { high: CHOLESTASIS },
  ggt: { high: t(['胆汁淤积', '酒精性肝病', '脂肪肝'], ['cholestasis', 'alcoholic liver disease', 'fatty liver']) },
  tbil: { high: JAUNDICE },
  dbil: { high: t(['黄疸', '胆汁淤积'], ['jaundice', 'cholestasis']) },
  ibil: { high: t(['黄疸', '溶血性贫血'], ['jaundice', 'hemolytic anemia']) },
  alb: { low: t(['低蛋白血症', '营养不良', '肝硬化'], ['hypoalbuminemia', 'malnutrition', 'cirrhosis']) },
  tp: { low: t(['低蛋白血症', '营养不良'], ['hypoproteinemia', 'malnutrition']) },
  urea: { high: KIDNEY },
  crea: { high: KIDNEY },
  egfr: { low: t(['慢性肾脏病', '肾功能不全'], ['chronic kidney disease', 'kidney failure']) },
  cysc: { high: KIDNEY },
  ua: { high: t(['高尿酸血症', '痛风'], ['hyperuricemia', 'gout']) },
  tc: { high: HYPERLIPIDEMIA },
  ldl: { high: HYPERLIPIDEMIA },
  tg: { high: t(['高甘油三酯血症', '高脂血症', '高血脂'], ['hypertriglyceridemia', 'hyperlipidemia']) },
  hdl: { low: t(['血脂异常', '冠心病'], ['dyslipidemia', 'heart disease']) },
  glu: { high: DIABETES, low: t(['低血糖症', '低血糖'], ['hypoglycemia', 'low blood sugar']) },
  hba1c: { high: DIABETES },
  k: { high: t(['高钾血症'], ['hyperkalemia', 'high potassium']), low: t(['低钾血症'], ['hypokalemia', 'low potassium']) },
  na: { high: t(['高钠血症'], ['hypernatremia']), low: t(['低钠血症'], ['hyponatremia']) },
  ca: { high: t(['高钙血症'], ['hypercalcemia']), low: t(['低钙血症'], ['hypocalcemia']) },
  mg: { low: t(['低镁血症'], ['hypomagnesemia']) },
  tsh: { high: HYPOTHYROID, low: HYPERTHYROID },
  ft3: { high: HYPERTHYROID, low: HYPOTHYROID },
  ft4: { high: HYPERTHYROID, low: HYPOTHYROID },
  tt3: { high: HYPERTHYROID, low: HYPOTHYROID },
  tt4: { high: HYPERTHYROID, low: HYPOTHYROID },
  tpoab: { high: t(['桥本甲状腺炎', '慢性淋巴细胞性甲状腺炎'], ["Hashimoto's thyroiditis", 'autoimmune thyroiditis']) },
  pt: { high: t(['凝血功能障碍', '出血'], ['coagulopathy', 'bleeding']) },
  inr: { high: t(['凝血功能障碍', '出血'], ['coagulopathy', 'bleeding']) },
  aptt: { high: t(['凝血功能障碍', '血友病'], ['coagulopathy', 'hemophilia']) },
  ddimer: { high: t(['血栓', '深静脉血栓', '肺栓塞'], ['blood clot', 'deep vein thrombosis', 'pulmonary embolism']) },
  ck: { high: t(['横纹肌溶解', '肌肉损伤'], ['rhabdomyolysis', 'muscle injury']) },
  ckmb: { high: HEART_INJURY },
  ctni: { high: HEART_INJURY },
  bnp: { high: HEART_FAILURE },
  ntprobnp: { high: HEART_FAILURE },
  crp: { high: INFECTION },
  hscrp: { high: t(['炎症', '心血管疾病'], ['inflammation', 'cardiovascular disease']) },
  esr: { high: INFECTION },
  pct: { high: t(['细菌感染', '脓毒症'], ['bacterial infection', 'sepsis']) },
  ferritin: { low: IRON_DEFICIENCY, high: t(['铁过载', '血色病'], ['iron overload', 'hemochromatosis']) },
  fe: { low: IRON_DEFICIENCY },
  b12: { low: t(['维生素B12缺乏', '巨幼细胞性贫血'], ['vitamin B12 deficiency', 'megaloblastic anemia']) },
  vitd: { low: t(['维生素D缺乏', '骨质疏松'], ['vitamin D deficiency', 'osteoporosis']) },
  amy: { high: PANCREATITIS },
  lip: { high: PANCREATITIS },
  ph: { low: t(['酸中毒'], ['acidosis']), high: t(['碱中毒'], ['alkalosis']) },
  lac: { high: t(['乳酸酸中毒', '休克'], ['lactic acidosis', 'shock']) },
  'u-pro': { high: t(['蛋白尿', '肾病'], ['proteinuria', 'kidney disease']) },
  'u-glu': { high: DIABETES },
  'u-ket': { high: t(['酮症', '糖尿病酮症酸中毒'], ['ketosis', 'diabetic ketoacidosis']) },
  'u-nit': { high: UTI },
  'u-leu': { high: UTI },
  'u-bld': { high: t(['血尿', '尿路结石'], ['hematuria', 'kidney stones']) },
  hbsag: { high: t(['乙肝', '乙型病毒性肝炎'], ['hepatitis B']) },
};

/** Condition terms for an analyte moving in one direction, in one language (empty when none are listed). */
export function conditionTerms(code: string | undefined, direction: Direction, lang: 'zh' | 'en'): string[] {
  if (!code) return [];
  return ANALYTE_CONDITIONS[code]?.[direction]?.[lang] ?? [];
}
