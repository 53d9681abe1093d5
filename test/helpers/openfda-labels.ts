// openFDA drug-label files in the official bulk shape ({"meta": …, "results": [label…]}), written by the tests
// themselves: field names as openFDA publishes them, texts made up for the test (no real label is copied).

export type LabelRecord = Record<string, unknown>;

/** One label: openfda names, set_id, effective_time and the given sections (each a one-string array, as openFDA has it). */
export function makeLabel(o: {
  generic: string;
  brand?: string;
  route?: string;
  setId: string;
  effective: string;
  sections: Record<string, string>;
}): LabelRecord {
  const openfda: Record<string, string[]> = {};
  if (o.generic) openfda.generic_name = [o.generic];
  if (o.brand) openfda.brand_name = [o.brand];
  openfda.route = [o.route ?? 'ORAL'];
  openfda.manufacturer_name = ['Test Pharma Inc.'];
  openfda.product_type = ['HUMAN OTC DRUG'];
  const label: LabelRecord = { effective_time: o.effective, set_id: o.setId, id: `${o.setId}-spl`, version: '3' };
  for (const [field, text] of Object.entries(o.sections)) label[field] = [text];
  label.openfda = o.generic || o.brand ? openfda : {};
  return label;
}

/** The text of one bulk file holding these labels. */
export function labelFile(results: LabelRecord[]): string {
  const meta = {
    disclaimer: 'Do not rely on openFDA to make decisions regarding medical care.',
    terms: 'https://open.fda.gov/terms/',
    license: 'https://open.fda.gov/license/',
    last_updated: '2026-11-28',
    results: { skip: 0, limit: results.length, total: results.length },
  };
  return JSON.stringify({ meta, results }, null, 2);
}

/** A small made-up label set: an OTC pain reliever (two versions), an antihistamine, and a label with no generic name. */
export function sampleLabels(): LabelRecord[] {
  return [
    makeLabel({
      generic: 'IBUPROFEN',
      brand: 'TESTPROFEN',
      setId: 'aaaa-0001',
      effective: '20190101',
      sections: { indications_and_usage: 'Uses: temporarily relieves minor aches (old label).', pregnancy_or_breast_feeding: 'Old text.' },
    }),
    makeLabel({
      generic: 'IBUPROFEN',
      brand: 'TESTPROFEN IB',
      setId: 'aaaa-0002',
      effective: '20240315',
      sections: {
        indications_and_usage: 'Uses temporarily relieves minor aches and pains due to headache, toothache, backache and the common cold.',
        warnings: 'Allergy alert: ibuprofen may cause a severe allergic reaction, especially in people allergic to aspirin.',
        pregnancy_or_breast_feeding:
          'If pregnant or breast-feeding, ask a health professional before use. It is especially important not to use ibuprofen during the last 3 months of pregnancy unless definitely directed to do so by a doctor.',
        dosage_and_administration: 'Directions: adults and children 12 years and over: take 1 tablet every 4 to 6 hours while symptoms persist.',
        ask_doctor_or_pharmacist: 'Ask a doctor or pharmacist before use if you are taking aspirin for heart attack or stroke.',
      },
    }),
    makeLabel({
      generic: 'CETIRIZINE HYDROCHLORIDE',
      brand: 'TESTZYR',
      setId: 'bbbb-0001',
      effective: '20230601',
      sections: {
        indications_and_usage: 'Uses temporarily relieves runny nose, sneezing and itchy, watery eyes due to hay fever.',
        pregnancy_or_breast_feeding: 'If pregnant or breast-feeding: if breast-feeding, not recommended; if pregnant, ask a health professional before use.',
      },
    }),
    makeLabel({ generic: '', setId: 'cccc-0001', effective: '20240101', sections: { indications_and_usage: 'A label without any openfda names.' } }),
  ];
}

/** `n` more made-up medicines (each with uses, warnings and a pregnancy section), so a test KB is not so small that
 *  every name in it reads as a common word (topic names above 5 % of the chunks are treated as generic). */
export function fillerLabels(n: number): LabelRecord[] {
  return Array.from({ length: n }, (_, i) =>
    makeLabel({
      generic: `TESTAMINE ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
      setId: `filler-${i}`,
      effective: '20220101',
      route: i % 2 ? 'TOPICAL' : 'ORAL',
      sections: {
        indications_and_usage: `Uses: relieves test symptom number ${i}.`,
        warnings: `Do not use with other products numbered ${i}.`,
        pregnancy: `Pregnancy: no studies of product ${i} in pregnant women.`,
      },
    }),
  );
}
