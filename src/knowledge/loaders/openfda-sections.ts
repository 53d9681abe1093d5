// Which sections of an openFDA drug label become passages, in the order a reader of the label meets them, and the
// heading each passage carries (so "ibuprofen pregnancy" meets a passage headed "Pregnancy"). Field names are
// openFDA's (https://open.fda.gov/apis/drug/label/searchable-fields/): prescription labels in the PLR format
// (boxed_warning … overdosage) and over-the-counter Drug Facts (purpose, do_not_use, ask_doctor, stop_use,
// pregnancy_or_breast_feeding …). A heading glosses its name in the words a patient asks with ("use while pregnant",
// "side effects"), since the heading is what the section column of the index matches. Left out on purpose: pharmacology, pharmacokinetics, clinical studies, toxicology,
// how supplied, package text — long, and not what a patient's question about a medicine asks.

export interface LabelSection {
  field: string;
  heading: string;
}

export const LABEL_SECTIONS: readonly LabelSection[] = [
  { field: 'boxed_warning', heading: 'Boxed warning' },
  { field: 'indications_and_usage', heading: 'Indications and usage' },
  { field: 'purpose', heading: 'Purpose' },
  { field: 'dosage_and_administration', heading: 'Dosage and administration' },
  { field: 'dosage_forms_and_strengths', heading: 'Dosage forms and strengths' },
  { field: 'contraindications', heading: 'Contraindications' },
  { field: 'do_not_use', heading: 'Do not use' },
  { field: 'warnings_and_cautions', heading: 'Warnings and precautions' },
  { field: 'warnings', heading: 'Warnings' },
  { field: 'precautions', heading: 'Precautions' },
  { field: 'general_precautions', heading: 'General precautions' },
  { field: 'ask_doctor', heading: 'Ask a doctor before use' },
  { field: 'ask_doctor_or_pharmacist', heading: 'Ask a doctor or pharmacist before use (interactions)' },
  { field: 'when_using', heading: 'When using this product' },
  { field: 'stop_use', heading: 'Stop use and ask a doctor' },
  { field: 'drug_interactions', heading: 'Drug interactions (taking it with other medicines)' },
  { field: 'drug_and_or_laboratory_test_interactions', heading: 'Drug and laboratory test interactions' },
  { field: 'pregnancy', heading: 'Pregnancy (use while pregnant)' },
  { field: 'teratogenic_effects', heading: 'Pregnancy: teratogenic effects' },
  { field: 'labor_and_delivery', heading: 'Labor and delivery' },
  { field: 'pregnancy_or_breast_feeding', heading: 'Pregnancy or breastfeeding (use while pregnant or nursing)' },
  { field: 'nursing_mothers', heading: 'Nursing mothers (use while breastfeeding)' },
  { field: 'lactation', heading: 'Lactation (use while breastfeeding)' },
  { field: 'pediatric_use', heading: 'Pediatric use (children)' },
  { field: 'geriatric_use', heading: 'Geriatric use (older adults, elderly)' },
  { field: 'use_in_specific_populations', heading: 'Use in specific populations' },
  { field: 'adverse_reactions', heading: 'Adverse reactions (side effects)' },
  { field: 'overdosage', heading: 'Overdosage (too much taken)' },
  { field: 'drug_abuse_and_dependence', heading: 'Drug abuse and dependence' },
  { field: 'information_for_patients', heading: 'Information for patients' },
  { field: 'keep_out_of_reach_of_children', heading: 'Keep out of reach of children' },
];

/**
 * The parent section that repeats its subsections' text in PLR labels: kept only when the label has none of them
 * (an older label may carry pregnancy and nursing text only there).
 */
export const SPECIFIC_POPULATION_FIELDS: readonly string[] = [
  'pregnancy',
  'teratogenic_effects',
  'nursing_mothers',
  'lactation',
  'pediatric_use',
  'geriatric_use',
];

/** Upper bound on one section's text (characters). A few labels' adverse-reaction tables run past 100,000. */
export const MAX_SECTION_CHARS = 12_000;
