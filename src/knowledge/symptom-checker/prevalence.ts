// How common a condition is, read from the disease KG's own prevalence field ("0.5%", "10%-20%", "31/10万",
// "0.3-1.5%"): a symptom checker ranks a common cause of a described story above a rare one that says the same
// findings. Pure: the field's text in, a base-10 log of the share out (undefined when the text gives no share).
const PER: [RegExp, number][] = [
  [/([\d.]+)\s*(?:-|～|~|—)?\s*(?:[\d.]+)?\s*%/, 100],
  [/([\d.]+)\s*\/\s*(?:10\s*万|十万)/, 100000],
  [/([\d.]+)\s*\/\s*万/, 10000],
  [/([\d.]+)\s*\/\s*(?:1000|千)/, 1000],
  [/([\d.]+)\s*‰/, 1000],
];

/** Pure: log10 of the share a prevalence text states (the first figure of a range), clipped to [-6, 0]. */
export function prevalenceLog10(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  for (const [re, per] of PER) {
    const m = re.exec(text);
    if (!m) continue;
    const v = Number(m[1]) / per;
    if (!(v > 0)) return undefined;
    return Math.max(-6, Math.min(0, Math.log10(v)));
  }
  return undefined;
}
