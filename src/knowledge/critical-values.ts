// The one critical-value table: for every test on the common published critical-value lists (US CAP-style lists as
// surveyed by Dighe et al., Am J Clin Pathol 2006, and Kost's national survey; Chinese hospital 危急值 lists after the
// 2017 expert consensus), the limits beyond which a result is critical, in the analyte's canonical unit (the unit of
// reference-ranges.ts, whose conversion factors cover every unit the test is printed in), for the specimen they belong
// to. Where lists differ we take the more cautious common value. Written by the QuarkMed-TS authors from those lists;
// a laboratory's own critical mark (HH/LL, 危急值) is honoured by the parser as well.
//
// Two tiers, so that "call now" can never disagree with the critical flag: `callNow` limits lie at or beyond the
// critical ones (test: critical-values.test.ts), and a result is call-now only when it is flagged critical AND crosses
// them — K 6.6 mmol/L is both; K 6.2 is critical (contact a doctor today); a CSF glucose never meets a blood limit.
// Pure data and look-ups; no imports, so reference-ranges.ts can attach the blood limits to its analytes.

/** Where a result was measured. Blood covers serum, plasma and whole blood (analyser and laboratory alike). */
export type Specimen = 'blood' | 'urine' | 'csf' | 'fluid';

export interface CriticalLimits {
  /** Critical below `low` / above `high` (canonical unit). */
  low?: number;
  high?: number;
  /** Call-now tier: below / at or above these the value needs an ambulance, not a same-day call. */
  callNowLow?: number;
  callNowHigh?: number;
  /** Every critical value of the test is call-now (heart-muscle injury under way, shock). */
  callNowWhenCritical?: true;
  /** Assay-dependent tests: critical at this multiple of the report's own upper limit (as well as above `high`). */
  timesUpperLimit?: number;
  /**
   * The values this specimen can have at all. A "pH 6.0" is no blood pH (blood is 6.8–7.8 in life): the row is
   * another specimen's (urine), and no blood limit applies to it.
   */
  possible?: [number, number];
}

type Table = Record<string, Partial<Record<Specimen, CriticalLimits>>>;

export const CRITICAL_VALUES: Table = {
  // ---- electrolytes and minerals (mmol/L) ----
  k: { blood: { low: 2.8, high: 6.0, callNowLow: 2.5, callNowHigh: 6.5 } },
  na: { blood: { low: 120, high: 160, callNowLow: 120, callNowHigh: 160 } },
  ca: { blood: { low: 1.75, high: 3.25, callNowLow: 1.5, callNowHigh: 3.5 } },
  ica: { blood: { low: 0.75, high: 1.6 } },
  mg: { blood: { low: 0.4, high: 2.0 } },
  p: { blood: { low: 0.3 } },
  hco3: { blood: { low: 10, high: 40, callNowLow: 10 } },
  osm: { blood: { low: 250, high: 320 } },
  // ---- glucose (mmol/L): a hypoglycaemia needs treatment now; above ~28 (500 mg/dL) is the DKA / hyperosmolar range ----
  glu: { blood: { low: 2.8, high: 22.2, callNowLow: 2.8, callNowHigh: 27.8 }, csf: { low: 2.2 } },
  // ---- haematology ----
  hgb: { blood: { low: 70, high: 200, callNowLow: 60 } },
  hct: { blood: { low: 18, high: 61 } },
  wbc: { blood: { low: 2, high: 30 } },
  'neut-abs': { blood: { low: 0.5 } },
  plt: { blood: { low: 20, high: 1000, callNowLow: 20 } },
  // ---- coagulation ----
  inr: { blood: { high: 5 } },
  pt: { blood: { timesUpperLimit: 2.5 } },
  aptt: { blood: { high: 100, timesUpperLimit: 2.5 } },
  fib: { blood: { low: 1.0 } },
  // ---- blood gas ----
  ph: { blood: { low: 7.2, high: 7.6, callNowLow: 7.2, callNowHigh: 7.6, possible: [6.8, 7.8] } },
  pco2: { blood: { low: 20, high: 70, callNowHigh: 70 } },
  po2: { blood: { low: 40, callNowLow: 40 } },
  lac: { blood: { high: 4, callNowWhenCritical: true } },
  // ---- heart (ng/mL; ng/L and µg/L convert): troponin ≥5× the assay's 99th-percentile limit, or clearly raised ----
  ctni: { blood: { high: 0.5, timesUpperLimit: 5, callNowWhenCritical: true } },
  ctnt: { blood: { high: 0.1, timesUpperLimit: 5, callNowWhenCritical: true } },
  ck: { blood: { high: 10000 } },
  // ---- kidney and liver ----
  crea: { blood: { high: 707 } },
  urea: { blood: { high: 35.7 } },
  // Ammonia from 100 µmol/L: hepatic encephalopathy or a urea-cycle crisis under way (review s19 R7) — care now.
  nh3: { blood: { high: 100, callNowWhenCritical: true } },
  'tbil-neo': { blood: { high: 342 } },
  // ---- drug levels (toxic range) ----
  digoxin: { blood: { high: 2.5 } },
  lithium: { blood: { high: 2.0, callNowHigh: 2.5 } },
  theophylline: { blood: { high: 25 } },
  phenytoin: { blood: { high: 30 } },
  valproate: { blood: { high: 150 } },
  carbamazepine: { blood: { high: 15 } },
  phenobarbital: { blood: { high: 60 } },
  vancomycin: { blood: { high: 30 } },
  salicylate: { blood: { high: 300, callNowWhenCritical: true } },
  paracetamol: { blood: { high: 150, callNowWhenCritical: true } },
};

/** The limits of one test in one specimen (blood unless said); undefined when the lists name none. */
export function criticalLimits(code: string | undefined, specimen: Specimen = 'blood'): CriticalLimits | undefined {
  return code ? CRITICAL_VALUES[code]?.[specimen] : undefined;
}

/** Blood critical bounds [low, high] in the canonical unit, for tables that carry them with the analyte. */
export function criticalBounds(code: string): [low: number | undefined, high: number | undefined] | undefined {
  const c = criticalLimits(code);
  return c && (c.low !== undefined || c.high !== undefined) ? [c.low, c.high] : undefined;
}

/**
 * Does a value, already flagged critical, cross the call-now tier? `canonical` is the value in the table's unit
 * (undefined when the unit is unknown: then only tests whose every critical value is call-now qualify).
 */
export function crossesCallNow(code: string, specimen: Specimen, canonical: number | undefined, side: 'low' | 'high'): boolean {
  const c = criticalLimits(code, specimen);
  if (!c) return false;
  if (c.callNowWhenCritical) return true;
  if (canonical === undefined) return false;
  if (side === 'low') return c.callNowLow !== undefined && canonical < c.callNowLow;
  return c.callNowHigh !== undefined && canonical >= c.callNowHigh;
}

/**
 * A glucose meter's reading range: beyond it the meter prints "HI"/"LO" instead of a number (most meters read
 * 20–600 mg/dL, 1.1–33.3 mmol/L; ISO 15197 meters). "HI" is above 33.3 mmol/L and "LO" below 1.1 — both far past
 * the critical limits, so a meter's word is read as that bound, never skipped (review s19 R4b).
 */
export const GLUCOSE_METER_RANGE = { 'mmol/L': [1.1, 33.3], 'mg/dL': [20, 600] } as const;
