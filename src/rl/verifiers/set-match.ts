// Precision/recall/F1 over two sets of normalised names; shared by the drug and test-ordering verifiers.

export interface SetMatch {
  precision: number;
  recall: number;
  f1: number;
  matchedGold: number;
  predicted: number;
}

/**
 * `matches(pred, goldIndex)` says whether one predicted item names gold item `goldIndex`.
 * Each gold item is counted once; a predicted item counts as correct if it matches any gold item.
 */
export function setMatch(pred: readonly string[], goldCount: number, matches: (pred: string, gold: number) => boolean): SetMatch {
  if (goldCount === 0 || pred.length === 0) return { precision: 0, recall: 0, f1: 0, matchedGold: 0, predicted: pred.length };
  const goldHit = new Array<boolean>(goldCount).fill(false);
  let predOk = 0;
  for (const p of pred) {
    let ok = false;
    for (let g = 0; g < goldCount; g++) {
      if (matches(p, g)) {
        goldHit[g] = true;
        ok = true;
      }
    }
    if (ok) predOk++;
  }
  const matchedGold = goldHit.filter(Boolean).length;
  const precision = predOk / pred.length;
  const recall = matchedGold / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, matchedGold, predicted: pred.length };
}

/** Items of a JSON value: strings, or objects' name-like fields. */
export function namesOf(v: unknown): string[] {
  if (typeof v === 'string')
    return v
      .split(/[,，、;；\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  // An array element is one name: "CT of liver, biliary tract and spleen", 肝、胆、脾CT检查 (only line and
  // semicolon breaks separate names inside it).
  if (Array.isArray(v))
    return v.flatMap((x) =>
      typeof x === 'string'
        ? x
            .split(/[;；\n]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : namesOf(x),
    );
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['name', 'drug', 'generic', 'test', 'exam', '名称', '药物', '检查']) if (typeof o[k] === 'string') return [o[k] as string];
  }
  return [];
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
