// The route by which a contrast study reaches its organ (#18, s42): 逆行肾盂造影 (contrast pushed up the ureter through a
// cystoscope) is not 静脉肾盂造影 (contrast injected into a vein and excreted by the kidneys), an oral cholecystogram is
// not an intravenous or a transhepatic cholangiogram, a voiding cystourethrogram is not a retrograde urethrogram — the
// same organ and modality, another test, another preparation and risk. The slot reader reads 静脉 as a site (a vein:
// 下肢静脉造影 images the veins), so a route is read here from the name's structure: a route word BEFORE another
// organ's study (静脉 + 肾盂 + 造影), or a route abbreviation. Both names must read a route for them to differ: a name
// with none (肾盂造影, "pyelogram") decides nothing here. Only withholds credit. Pure.
import { foldWidth } from '../../knowledge/term-text.js';

export type ContrastRoute = 'intravenous' | 'retrograde' | 'antegrade' | 'oral' | 'transhepatic' | 'voiding';

/** An organ contrast study word: what a route word must precede for it to be the route and not the site. */
const STUDY = '(?:造影|显像|成像)';
const STUDY_EN = '(?:graph|gram|scop)';

const ROUTE_READINGS: readonly [ContrastRoute, RegExp][] = [
  // 静脉 followed by another organ before the study word (静脉肾盂造影, 经静脉胆道造影); 静脉造影 alone is a venogram.
  ['intravenous', new RegExp(`(?:经)?静脉(?:注射)?(?:法)?[\\u4e00-\\u9fff]{1,6}?${STUDY}`, 'u')],
  ['intravenous', new RegExp(`\\b(?:intravenous|iv|excretory)\\s+[a-z]*${STUDY_EN}`, 'iu')],
  ['intravenous', /\b(?:IVP|IVU)\b/u],
  // 排泄性 before the upper tract (肾盂, 尿路, 泌尿系) is an excretory (intravenous) urogram; before the bladder it is voiding.
  ['intravenous', new RegExp(`排泄性(?:肾盂|尿路|泌尿系)${STUDY}`, 'u')],
  ['voiding', new RegExp(`(?:排泄性|排尿性?)(?:膀胱)?尿道${STUDY}|排尿期`, 'u')],
  ['voiding', /\b(?:voiding|micturating)\b|\bVCUG\b|\bMCUG\b/iu],
  ['retrograde', /逆行|\bretrograde\b|\bRGP\b|\bERCP\b/iu],
  ['antegrade', /顺行|\bantegrade\b/iu],
  ['oral', new RegExp(`口服(?:法)?[\\u4e00-\\u9fff]{0,6}${STUDY}`, 'u')],
  ['oral', new RegExp(`\\boral\\s+[a-z]*${STUDY_EN}`, 'iu')],
  ['transhepatic', /经皮经肝|经肝|\btranshepatic\b|\bPTC\b|\bPTCD?\b/iu],
];

/** The routes a test name reads (usually none, at most one). */
export function contrastRoutes(name: string): ContrastRoute[] {
  const s = foldWidth(name);
  const out: ContrastRoute[] = [];
  for (const [route, re] of ROUTE_READINGS) if (re.test(s) && !out.includes(route)) out.push(route);
  return out;
}

/** The answer and the gold (any of its forms) both read a route and share none: another test of the same organ. */
export function routeConflict(pred: string, goldForms: readonly string[]): boolean {
  const p = contrastRoutes(pred);
  if (p.length === 0) return false;
  const g = goldForms.flatMap(contrastRoutes);
  return g.length > 0 && !p.some((r) => g.includes(r));
}
