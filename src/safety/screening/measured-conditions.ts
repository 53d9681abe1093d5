// Conditions told by a measurement rather than a name (session 19, #10): "my eGFR is 22", "肾小球滤过率25", "bp usually like
// 160/100", "血钾6.2". The contraindication table judges a medicine against the conditions a sentence or its question
// names; a reader who gives a number names none, so "还能继续吃二甲双胍吗" after "肾小球滤过率25" and Sudafed after
// "160/100" were judged as if the reader were well (poison-docs-22 p22-065, p22-068). Thresholds are the ones the
// guidelines stage the condition by: KDIGO CKD G4 < 30 and G5 < 15 mL/min/1.73 m²; hypertension ≥ 140/90 (ESC/ESH,
// 中国高血压防治指南); hyperkalaemia ≥ 5.5 mmol/L (the table's potassium-raising row). Pure; read only to find a
// contraindication (hold-only).

/** ICD-10 codes (category or subcategory) of the conditions the measurements in `text` show. */
export function measuredConditions(text: string): string[] {
  const t = text.toLowerCase();
  const codes: string[] = [];
  for (const m of t.matchAll(EGFR)) {
    const v = Number(m[1]);
    if (!Number.isFinite(v) || v <= 0 || v > 200) continue;
    if (v < 15) codes.push('N18.5');
    else if (v < 30) codes.push('N18.4');
  }
  for (const m of t.matchAll(BP)) {
    const sys = Number(m[1] ?? m[3]);
    const dia = Number(m[2] ?? m[4]);
    // A reading, not a date or a ratio: systolic above diastolic, both in a living range.
    if (sys > dia && sys >= 70 && sys <= 260 && dia >= 40 && dia <= 160 && (sys >= 140 || dia >= 90)) codes.push('I10');
  }
  for (const m of t.matchAll(SYSTOLIC)) if (Number(m[1]) >= 140 && Number(m[1]) <= 260) codes.push('I10');
  for (const m of t.matchAll(POTASSIUM)) {
    const v = Number(m[1]);
    if (v >= 5.5 && v < 10) codes.push('E87.5');
  }
  return [...new Set(codes)];
}

// A number that is a value, not a duration ("eGFR 2 years ago was 25" reads no 2).
const NOT_DURATION = '(?!\\s*(?:years?|months?|weeks?|days?|hours?|yrs?|年|个月|周|天|小时))';
// eGFR by any of its names, then the value within a few words ("egfr is 22 now", "肾小球滤过率只有25", "GFR: 18", "eGFR <30").
const EGFR = new RegExp(
  `(?:\\begfr\\b|\\bgfr\\b|(?:估算)?肾小球滤过率|滤过率)\\s*(?:\\s*(?:[:：=<＜]|is|was|of|at|now|just|only|about|around|below|under|less than|down to|dropped to|只有|为|是|大约|约|才|仅|低于|不到))*\\s*(\\d{1,3}(?:\\.\\d+)?)${NOT_DURATION}`,
  'gu',
);
// A blood-pressure pair beside its name or its unit ("bp usually like 160/100", "BP 150 over 95", "血压160／100", "高压160低压100").
const BP =
  /(?:\bbp\b|blood pressure|血压|高压)[^.。;；\n]{0,40}?(\d{2,3})\s*(?:\/|／|over|-|\s|(?=低压))\s*(?:低压\s*)?(\d{2,3})(?!\s*[/／])|(\d{2,3})\s*[/／]\s*(\d{2,3})\s*(?:mm\s*hg|毫米汞柱)/gu;
// Systolic alone ("收缩压165", "systolic 170").
const SYSTOLIC = /(?:收缩压|\bsystolic\b)\s*(?:[:：=]|is|was|of|at|为|是)*\s*(\d{2,3})/gu;
const POTASSIUM = /(?:\bpotassium\b|\bk\+|\bk\b|血钾|钾离子|钾)\s*(?:\s*(?:[:：=]|is|was|of|at|now|level|levels|high|为|是))*\s*(\d(?:\.\d+)?)/gu;
