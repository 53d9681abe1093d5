// MedCalc ground truths recomputed with the project's own calculators (calculators.ts) from the item's
// extracted entities. Agreement is recorded; a disagreement on a calculator whose source errors are known and
// systematic (APACHE II added the raw coma score and read Celsius as Fahrenheit; Caprini dropped points) is
// corrected to the recomputed value with the old label kept as provenance; any other disagreement excludes the
// item. Items no calculator covers are kept only when the source explanation ends on the labelled answer.
import type { RlItem } from '../item.js';
import { CALCULATORS, type CalcValue, type Entities } from './calculators.js';
import { withCorrection, withFlag, type QualityCheck } from './types.js';

/** Calculators whose source labels are corrected (not just flagged) when recomputation disagrees. */
export const CORRECTED_CALCULATORS = new Set(['APACHE II Score', 'Caprini Score for Venous Thromboembolism (2005)']);
const REL_TOL = 0.05;

interface CalcGold {
  answer: string;
  lower?: string;
  upper?: string;
  type?: string;
}

function agrees(v: CalcValue, gt: CalcGold): boolean {
  if (typeof v !== 'number') {
    const m = /(\d+)\D+(\d+)/.exec(gt.answer);
    return !!m && Number(m[1]) === v.weeks && Number(m[2]) === v.days;
  }
  const a = Number(gt.answer);
  if (gt.type === 'integer') return Math.round(v) === Math.round(a);
  const lo = Number(gt.lower ?? a);
  const hi = Number(gt.upper ?? a);
  if (Number.isFinite(lo) && Number.isFinite(hi) && v >= Math.min(lo, hi) - 1e-9 && v <= Math.max(lo, hi) + 1e-9) return true;
  return Math.abs(v - a) <= REL_TOL * Math.max(Math.abs(a), 1e-9);
}

function show(v: CalcValue): string {
  return typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : `${v.weeks} weeks, ${v.days} days`;
}

function corrected(v: CalcValue, gt: CalcGold): CalcGold {
  if (typeof v !== 'number') return { answer: `${v.weeks},${v.days}`, type: 'weeks-days' };
  if (gt.type === 'integer') {
    const r = String(Math.round(v));
    return { answer: r, lower: r, upper: r, type: 'integer' };
  }
  const r = (x: number) => String(Math.round(x * 1000) / 1000);
  return { answer: r(v), lower: r(v * (1 - REL_TOL)), upper: r(v * (1 + REL_TOL)), type: gt.type ?? 'decimal' };
}

/** The explanation's last number equals the labelled answer (the source is at least self-consistent). */
export function explanationConsistent(explanation: unknown, gt: CalcGold): boolean {
  if (typeof explanation !== 'string') return false;
  const nums = explanation.match(/-?\d+(?:\.\d+)?/g);
  if (!nums) return false;
  if (gt.type === 'weeks-days') return gt.answer.split(',').every((n) => nums.includes(n));
  const last = Number(nums[nums.length - 1]);
  const a = Number(gt.answer);
  return Number.isFinite(a) && Math.abs(last - a) <= Math.max(0.011, REL_TOL * Math.abs(a) * 0.2);
}

function checkOne(item: RlItem): RlItem {
  const name = String(item.meta.calculator ?? '');
  const gt = item.ground_truth as CalcGold;
  const calc = Object.hasOwn(CALCULATORS, name) ? CALCULATORS[name] : undefined;
  const entities = item.meta.entities as Entities | undefined;
  const value = calc && entities ? calc(entities) : null;
  if (value === null) {
    return explanationConsistent(item.meta.explanation, gt)
      ? withFlag(item, 'calc-unrecomputable', 0.8, `${name || 'calculator'}: no recomputation; the source explanation ends on the label`)
      : withFlag(item, 'calc-explanation-inconsistent', 0, `${name}: cannot recompute and the explanation does not end on ${gt.answer}`);
  }
  if (agrees(value, gt)) return withFlag(item, 'calc-recomputed', 1, `recomputed ${show(value)}`);
  if (CORRECTED_CALCULATORS.has(name)) {
    const out = withCorrection(item, corrected(value, gt), 'medcalc-recompute', `${name}: source ${gt.answer}, recomputed ${show(value)}`);
    return withFlag(out, 'calc-corrected', 0.95, `source ${gt.answer} → ${show(value)}`);
  }
  return withFlag(item, 'calc-disagrees', 0.2, `source ${gt.answer}, recomputed ${show(value)}`);
}

export const medcalcCheck: QualityCheck = {
  name: 'medcalc',
  run: (items) => items.map((it) => (it.task === 'calc' && it.source === 'medcalc' ? checkOne(it) : it)),
};
