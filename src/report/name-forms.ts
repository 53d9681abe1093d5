// Printing conventions of blood-gas and point-of-care analysers (pure). Radiometer ABL prints a concentration with a
// "c" ("cK+", "cGlu", "cLac", "cHCO3-(P)c"), a total with "ct" ("ctHb", "ctBil"), a calculated value with a trailing
// "c" ("Hctc"); Siemens and i-STAT print "tHb", "HCO3act", "HCO3std"; ion charges are printed "K+", "NA+", "Ca++".
// Each of the table's short Latin names of these tests is read in those forms too, so the name reader needs no list
// of analyser names. Bracketed qualifiers after a name ("(T)", "(P)", "(P,st)c") need no form: a bracket already
// ends a name.

/** Tests a blood-gas or point-of-care analyser measures and prints in its own conventions. */
export const ANALYSER_CODES: ReadonlySet<string> = new Set([
  'k',
  'na',
  'cl',
  // Not total calcium: an analyser's "Ca++" / "cCa2+" is always the ionised calcium (review s19 R1).
  'ica',
  'mg',
  'glu',
  'lac',
  'hgb',
  'hct',
  'hco3',
  'ph',
  'pco2',
  'po2',
  'crea',
  'urea',
  'tbil',
]);

const PREFIXES = ['c', 'ct', 't'];
const SUFFIXES = ['c', 'act', 'std'];

/**
 * The analyser forms of one printed name: prefixed ("cK+", "ctHb", "tHb"), suffixed ("Hctc", "HCO3act"), and an ion's
 * charge in capitals or doubled ("NA+", "Ca++"). Only short Latin names (at most six characters): a long name is
 * never so printed. The forms keep the name's own case after the prefix, so they are matched case-sensitively.
 */
export function analyserForms(alias: string): string[] {
  if (!/^[A-Za-z][A-Za-z0-9+-]{0,5}$/.test(alias)) return [];
  const out = new Set<string>();
  const charges = new Set([alias]);
  if (/[+-]$/.test(alias)) charges.add(alias.toUpperCase());
  const two = /^([A-Za-z]+)2\+$/.exec(alias);
  if (two) charges.add(`${two[1]}++`);
  for (const name of charges) {
    out.add(name);
    for (const p of PREFIXES) out.add(p + name);
    if (!/[+-]$/.test(name)) for (const s of SUFFIXES) out.add(name + s);
  }
  out.delete(alias);
  return [...out];
}
