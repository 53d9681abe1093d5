// Antimicrobial susceptibility tables (antibiograms) printed under a culture result (pure). Their rows look like lab
// rows — a name, a number, a letter — but the number is a drug's minimum inhibitory concentration and the letter
// the laboratory's reading of it (S susceptible, I intermediate / increased exposure, R resistant): no analyte of
// the patient, never flagged. "磷霉素 <=16 S" read as phosphorus, "Ceftriaxone <=0.5 S" as a result of its own.
// The table is recognised by its header (a susceptibility, MIC or antimicrobial column) and each of its rows by its
// S/I/R reading, so a lab row printed after the table is read as usual.

/** A header or title opening a susceptibility table: its column or section words. */
const OPENS = /药敏|敏感性|敏感度|抗菌药物|抗生素|最低抑菌浓度|\bMIC\b|susceptib|sensitivit(?:y|ies)\b|antibiotic|antimicrobial|antibiogram/i;

/** Does this line (holding no result of its own) open a susceptibility table? */
export function opensSusceptibility(line: string): boolean {
  return OPENS.test(line);
}

/**
 * Is this line a row of a susceptibility table: a name, then a number (a MIC, possibly bounded: "<=4", ">=32") or a
 * zone, and last the S/I/R reading (letters or 敏感/中介/耐药), a footnote mark allowed after it ("R (4)")?
 */
export function susceptibilityRow(line: string): boolean {
  return /\S\s+(?:[<>≤≥]=?\s*)?\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?\s+(?:S|I|R|SDD|敏感|中介|耐药)(?:\s*[(（]\d+[)）])?\s*$/.test(line.trim());
}
