// The project's own clinical calculators, computed from MedCalc-Bench's extracted entities ("Relevant
// Entities": {'age': [43.0, 'years'], 'Stroke': True, …}) so every MedCalc ground truth can be recomputed.
// Published rules (MDCalc / original papers): APACHE II adds 15 − GCS (not the raw coma score) and reads the
// temperature in its stated unit; Caprini 2005 counts every risk factor present. Units are converted here.
// A calculator returns null when an input it needs is missing (the item is then "cannot recompute").

export type Entities = Record<string, unknown>;
export type CalcValue = number | { weeks: number; days: number };

function num(e: Entities, key: string): { v: number; unit: string } | null {
  const x = e[key];
  if (typeof x === 'number') return { v: x, unit: '' };
  if (Array.isArray(x) && typeof x[0] === 'number') return { v: x[0], unit: String(x[1] ?? '').toLowerCase() };
  return null;
}
const flag = (e: Entities, key: string): boolean => e[key] === true;
const pts = (cond: boolean, p: number) => (cond ? p : 0);

function kg(e: Entities): number | null {
  const w = num(e, 'weight');
  if (!w) return null;
  if (w.unit === 'lbs' || w.unit === 'lb') return w.v * 0.453592;
  if (w.unit === 'g') return w.v / 1000;
  return w.v;
}
function cm(e: Entities): number | null {
  const h = num(e, 'height');
  if (!h) return null;
  if (h.unit === 'in') return h.v * 2.54;
  if (h.unit === 'm') return h.v * 100;
  if (h.unit === 'ft') return h.v * 30.48;
  return h.v;
}
function creatinineMgDl(e: Entities, key = 'creatinine'): number | null {
  const c = num(e, key);
  if (!c) return null;
  return c.unit.includes('mol') ? c.v / 88.4 : c.v;
}
function mmol(e: Entities, key: string): number | null {
  const x = num(e, key);
  if (!x) return null;
  return x.unit === 'mg/dl' && key === 'Sodium' ? (x.v * 10) / 22.99 : x.v;
}
function celsius(e: Entities): number | null {
  const t = num(e, 'Temperature');
  if (!t) return null;
  return t.unit.includes('fahr') || (!t.unit.includes('cel') && t.v > 50) ? ((t.v - 32) * 5) / 9 : t.v;
}
function perLiter1e9(e: Entities, key: string): number | null {
  const x = num(e, key);
  if (!x) return null;
  if (x.unit === 'µl' || x.unit === 'ul' || x.unit === 'mm^3' || x.unit === 'mm3') return x.v / 1000;
  if (x.unit === 'l') return x.v / 1e9;
  return x.v;
}
const map = (sbp: number, dbp: number) => (2 * dbp + sbp) / 3;
function bp(e: Entities): { sbp: number; dbp: number } | null {
  const s = num(e, 'Systolic Blood Pressure');
  const d = num(e, 'Diastolic Blood Pressure');
  return s && d ? { sbp: s.v, dbp: d.v } : null;
}

function band(x: number, table: [number, number][], below: number): number {
  // table: [threshold, points] in descending thresholds; first threshold x reaches wins.
  for (const [t, p] of table) if (x >= t) return p;
  return below;
}

function apacheII(e: Entities): number | null {
  const age = num(e, 'age')?.v;
  const t = celsius(e);
  const b = bp(e);
  const hr = num(e, 'Heart Rate or Pulse')?.v;
  const rr = num(e, 'respiratory rate')?.v;
  const ph = num(e, 'pH')?.v;
  const na = mmol(e, 'Sodium');
  const k = mmol(e, 'Potassium');
  const cr = creatinineMgDl(e);
  const hct = num(e, 'Hematocrit')?.v;
  const wbc = perLiter1e9(e, 'White blood cell count');
  const gcs = num(e, 'Glasgow Coma Score')?.v;
  const fio2 = num(e, 'FiO₂')?.v;
  if ([age, t, hr, rr, ph, na, k, cr, hct, wbc, gcs, fio2].some((v) => v === undefined || v === null) || !b) return null;
  let s = band(
    age!,
    [
      [75, 6],
      [65, 5],
      [55, 3],
      [45, 2],
    ],
    0,
  );
  s += band(
    t!,
    [
      [41, 4],
      [39, 3],
      [38.5, 1],
      [36, 0],
      [34, 1],
      [32, 2],
      [30, 3],
    ],
    4,
  );
  s += band(
    map(b.sbp, b.dbp),
    [
      [160, 4],
      [130, 3],
      [110, 2],
      [70, 0],
      [50, 2],
    ],
    4,
  );
  s += band(
    hr!,
    [
      [180, 4],
      [140, 3],
      [110, 2],
      [70, 0],
      [55, 2],
      [40, 3],
    ],
    4,
  );
  s += band(
    rr!,
    [
      [50, 4],
      [35, 3],
      [25, 1],
      [12, 0],
      [10, 1],
      [6, 2],
    ],
    4,
  );
  const fi = fio2! > 1 ? fio2! / 100 : fio2!;
  if (fi >= 0.5) {
    const aa = num(e, 'A-a gradient')?.v;
    if (aa === undefined) return null;
    s += band(
      aa,
      [
        [500, 4],
        [350, 3],
        [200, 2],
      ],
      0,
    );
  } else {
    const pao2 = num(e, 'Partial pressure of oxygen (PaO₂) for Apache II')?.v;
    if (pao2 === undefined) return null;
    s += pao2 > 70 ? 0 : pao2 >= 61 ? 1 : pao2 >= 55 ? 3 : 4;
  }
  s += band(
    ph!,
    [
      [7.7, 4],
      [7.6, 3],
      [7.5, 1],
      [7.33, 0],
      [7.25, 2],
      [7.15, 3],
    ],
    4,
  );
  s += band(
    na!,
    [
      [180, 4],
      [160, 3],
      [155, 2],
      [150, 1],
      [130, 0],
      [120, 2],
      [111, 3],
    ],
    4,
  );
  s += band(
    k!,
    [
      [7, 4],
      [6, 3],
      [5.5, 1],
      [3.5, 0],
      [3, 1],
      [2.5, 2],
    ],
    4,
  );
  const crPts = band(
    cr!,
    [
      [3.5, 4],
      [2, 3],
      [1.5, 2],
      [0.6, 0],
    ],
    2,
  );
  s += flag(e, 'Acute renal failure') ? crPts * 2 : crPts;
  s += band(
    hct!,
    [
      [60, 4],
      [50, 2],
      [46, 1],
      [30, 0],
      [20, 2],
    ],
    4,
  );
  s += band(
    wbc!,
    [
      [40, 4],
      [20, 2],
      [15, 1],
      [3, 0],
      [1, 2],
    ],
    4,
  );
  s += 15 - gcs!;
  if (flag(e, 'History of severe organ failure or immunocompromise')) {
    const surgery = String(e['Surgery Type'] ?? '')
      .trim()
      .toLowerCase();
    s += surgery === 'elective' ? 2 : 5;
  }
  return s;
}

function caprini(e: Entities): number | null {
  const age = num(e, 'age')?.v;
  if (age === undefined) return null;
  let s = band(
    age,
    [
      [75, 3],
      [61, 2],
      [41, 1],
    ],
    0,
  );
  const surgery = String(e['Surgery Type'] ?? '').toLowerCase();
  s += surgery.includes('arthroplasty') ? 5 : surgery === 'major' || surgery === 'laparoscopic' ? 2 : surgery === 'minor' ? 1 : 0;
  const one = [
    'Major Surgery in the last month',
    'Congestive Heart Failure in the last month',
    'Sepsis in the last month',
    'Pneumonia in the last month',
    'Varicose veins',
    'Current swollen legs',
    'History of inflammatory bowel disease',
    'Acute Myocardial infarction',
    'Chronic Obstructive Pulmonary Disease',
  ];
  const five = [
    'Hip, pelvis, or leg fracture in the last month',
    'Stroke in the last month',
    'Multiple trauma in the last month',
    'Acute spinal cord injury causing paralysis in the last month',
  ];
  const three = [
    'Family history of thrombosis',
    'Positive Factor V Leiden',
    'Positive prothrombin 20210A',
    'Elevated serum homocysteine',
    'Positive lupus anticoagulant',
    'Elevated anticardiolipin antibody',
    'Heparin-induced thrombocytopenia',
    'Other congenital or acquired thrombophilia',
  ];
  for (const k of one) s += pts(flag(e, k), 1);
  for (const k of five) s += pts(flag(e, k), 5);
  for (const k of three) s += pts(flag(e, k), 3);
  // History of DVT or PE is one Caprini item (3 points).
  s += pts(flag(e, 'Previously documented Deep Vein Thrombosis') || flag(e, 'Previously Documented Pulmonary Embolism'), 3);
  s += pts(flag(e, 'Immobilizing plaster cast in the last month'), 2);
  s += pts(flag(e, 'Current central venous access'), 2);
  s += pts(flag(e, 'Present or previous malignancy'), 2);
  const mobility = String(e.Mobility ?? '').toLowerCase();
  s += mobility.includes('72') ? 2 : mobility.includes('bed rest') ? 1 : 0;
  const bmi = num(e, 'Body Mass Index (BMI)')?.v;
  s += pts(bmi !== undefined && bmi > 25, 1);
  return s;
}

function crcl(e: Entities): number | null {
  const age = num(e, 'age')?.v;
  const w = kg(e);
  const h = cm(e);
  const cr = creatinineMgDl(e);
  if (age === undefined || w === null || h === null || cr === null) return null;
  const female = String(e.sex ?? '')
    .toLowerCase()
    .startsWith('f');
  const ibw = (female ? 45.5 : 50) + 2.3 * (h / 2.54 - 60);
  const bmi = w / (h / 100) ** 2;
  // MedCalc-Bench's weight rule: underweight → actual, normal → min(IBW, actual), overweight/obese → adjusted.
  const weight = bmi < 18.5 ? w : bmi < 25 ? Math.min(ibw, w) : ibw + 0.4 * (w - ibw);
  return ((140 - age) * weight * (female ? 0.85 : 1)) / (72 * cr);
}

const MME_FACTORS: Record<string, number> = {
  Codeine: 0.15,
  'FentaNYL buccal': 0.13,
  'FentANYL patch': 2.4,
  HYDROcodone: 1,
  HYDROmorphone: 5,
  Methadone: 4.7,
  Morphine: 1,
  OxyCODONE: 1.5,
  OxyMORphone: 3,
  Tapentadol: 0.4,
  TraMADol: 0.2,
  Buprenorphine: 10,
};

function mme(e: Entities): number | null {
  let total = 0;
  let any = false;
  for (const [drug, factor] of Object.entries(MME_FACTORS)) {
    const dose = num(e, `${drug} Dose`);
    const per = num(e, `${drug} Dose Per Day`);
    if (!dose || !per) continue;
    any = true;
    total += dose.v * per.v * factor;
  }
  return any ? total : null;
}

function gestationalAge(e: Entities): CalcValue | null {
  const parse = (s: unknown) => {
    const m = typeof s === 'string' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim()) : null;
    return m ? Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])) : null;
  };
  const now = parse(e['Current Date']);
  const lmp = parse(e['Last menstrual date']);
  if (now === null || lmp === null) return null;
  const days = Math.round((now - lmp) / 86_400_000);
  return { weeks: Math.floor(days / 7), days: days % 7 };
}

export const CALCULATORS: Record<string, (e: Entities) => CalcValue | null> = {
  'APACHE II Score': apacheII,
  'Caprini Score for Venous Thromboembolism (2005)': caprini,
  'Creatinine Clearance (Cockcroft-Gault Equation)': crcl,
  'Mean Arterial Pressure (MAP)': (e) => {
    const b = bp(e);
    return b ? map(b.sbp, b.dbp) : null;
  },
  'Body Surface Area Calculator': (e) => {
    const w = kg(e);
    const h = cm(e);
    return w !== null && h !== null ? Math.sqrt((w * h) / 3600) : null;
  },
  'QTc Bazett Calculator': (e) => {
    const hr = num(e, 'Heart Rate or Pulse')?.v;
    const qt = num(e, 'QT interval')?.v;
    return hr && qt ? qt / Math.sqrt(60 / hr) : null;
  },
  'QTc Framingham Calculator': (e) => {
    const hr = num(e, 'Heart Rate or Pulse')?.v;
    const qt = num(e, 'QT interval')?.v;
    return hr && qt ? qt + 154 * (1 - 60 / hr) : null;
  },
  'Delta Gap': (e) => {
    const [na, cl, hco3] = [mmol(e, 'Sodium'), mmol(e, 'Chloride'), mmol(e, 'Bicarbonate')];
    return na !== null && cl !== null && hco3 !== null ? na - (cl + hco3) - 12 : null;
  },
  'Albumin Corrected Delta Gap': (e) => {
    const [na, cl, hco3] = [mmol(e, 'Sodium'), mmol(e, 'Chloride'), mmol(e, 'Bicarbonate')];
    const alb = num(e, 'Albumin');
    if (na === null || cl === null || hco3 === null || !alb) return null;
    const g = alb.unit === 'g/l' ? alb.v / 10 : alb.v;
    return na - (cl + hco3) + 2.5 * (4 - g) - 12;
  },
  'Fibrosis-4 (FIB-4) Index for Liver Fibrosis': (e) => {
    const age = num(e, 'age')?.v;
    const ast = num(e, 'Aspartate aminotransferase')?.v;
    const alt = num(e, 'Alanine aminotransferase')?.v;
    const plt = perLiter1e9(e, 'Platelet count');
    return age && ast && alt && plt ? (age * ast) / (plt * Math.sqrt(alt)) : null;
  },
  'HOMA-IR (Homeostatic Model Assessment for Insulin Resistance)': (e) => {
    const g = num(e, 'Glucose');
    const i = num(e, 'Insulin')?.v;
    if (!g || i === undefined) return null;
    const mgdl = g.unit.includes('mmol') ? g.v * 18.016 : g.v;
    return (i * mgdl) / 405;
  },
  'Fractional Excretion of Sodium (FENa)': (e) => {
    const una = mmol(e, 'Urine sodium');
    const sna = mmol(e, 'Sodium');
    const ucr = creatinineMgDl(e, 'Urine creatinine');
    const scr = creatinineMgDl(e);
    return una !== null && sna && ucr && scr !== null ? ((una * scr) / (sna * ucr)) * 100 : null;
  },
  'Maintenance Fluids Calculations': (e) => {
    const w = kg(e);
    if (w === null) return null;
    return w <= 10 ? 4 * w : w <= 20 ? 40 + 2 * (w - 10) : 60 + (w - 20);
  },
  'Morphine Milligram Equivalents (MME) Calculator': mme,
  'Estimated Gestational Age': gestationalAge,
  "Wells' Criteria for Pulmonary Embolism": (e) => {
    const hr = num(e, 'Heart Rate or Pulse')?.v;
    if (hr === undefined) return null;
    return (
      pts(flag(e, 'Clinical signs and symptoms of Deep Vein Thrombosis'), 3) +
      pts(flag(e, 'Pulmonary Embolism is #1 diagnosis OR equally likely'), 3) +
      pts(hr > 100, 1.5) +
      pts(flag(e, 'Immobilization for at least 3 days') || flag(e, 'Surgery in the previous 4 weeks'), 1.5) +
      pts(flag(e, 'Previously Documented Pulmonary Embolism') || flag(e, 'Previously documented Deep Vein Thrombosis'), 1.5) +
      pts(flag(e, 'Hemoptysis'), 1) +
      pts(flag(e, 'Malignancy with treatment within 6 months or palliative'), 1)
    );
  },
  "Wells' Criteria for DVT": (e) =>
    pts(flag(e, 'Active cancer'), 1) +
    pts(flag(e, 'Bedridden recently >3 days or major surgery within 12 weeks') || flag(e, 'Major surgery within 12 weeks'), 1) +
    pts(flag(e, 'Calf swelling >3 centimeters compared to the other leg'), 1) +
    pts(flag(e, 'Collateral (nonvaricose) superficial veins present'), 1) +
    pts(flag(e, 'Entire Leg Swollen'), 1) +
    pts(flag(e, 'Localized tenderness along the deep venous system'), 1) +
    pts(flag(e, 'Pitting edema, confined to symptomatic leg'), 1) +
    pts(flag(e, 'Paralysis, paresis, or recent plaster immobilization of the lower extremity'), 1) +
    pts(flag(e, 'Previously documented Deep Vein Thrombosis'), 1) -
    pts(flag(e, 'Alternative diagnosis to Deep Vein Thrombosis as likely or more likely'), 2),
  'HAS-BLED Score for Major Bleeding Risk': (e) => {
    const age = num(e, 'age')?.v;
    const drinks = typeof e['Number of Alcoholic Drinks Per Week'] === 'number' ? (e['Number of Alcoholic Drinks Per Week'] as number) : 0;
    if (age === undefined) return null;
    return (
      pts(flag(e, 'Hypertension history'), 1) +
      pts(flag(e, 'Renal disease criteria for the HAS-BLED rule'), 1) +
      pts(flag(e, 'Liver disease criteria for the HAS-BLED rule'), 1) +
      pts(flag(e, 'Stroke'), 1) +
      pts(flag(e, 'Prior major bleeding or predisposition to bleeding'), 1) +
      pts(flag(e, 'Labile international normalized ratio'), 1) +
      pts(age > 65, 1) +
      pts(flag(e, 'Medication usage predisposing to bleeding'), 1) +
      pts(drinks >= 8, 1)
    );
  },
  'CURB-65 Score for Pneumonia Severity': (e) => {
    const age = num(e, 'age')?.v;
    const b = bp(e);
    const bun = num(e, 'Blood Urea Nitrogen (BUN)');
    const rr = num(e, 'respiratory rate')?.v;
    if (age === undefined || !b || !bun || rr === undefined) return null;
    const bunMgDl = bun.unit.includes('mmol') ? bun.v * 2.8 : bun.v;
    return pts(flag(e, 'Confusion'), 1) + pts(bunMgDl > 19, 1) + pts(rr >= 30, 1) + pts(b.sbp < 90 || b.dbp <= 60, 1) + pts(age >= 65, 1);
  },
};
