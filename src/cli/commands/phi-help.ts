// Shared by `quarkmed safety redact` and `quarkmed data deid`: the identifier classes in --help, and --types parsing.
import { InvalidArgumentError } from 'commander';
import { PHI_CLASSES, PHI_TYPES, type PhiType } from '../../core/phi-types.js';
import { parsePhiTypes } from '../../safety/phi/index.js';

/** The class list printed after the options of both commands. */
export function phiClassesHelp(): string {
  const lines = PHI_TYPES.map((t) => `  ${t.padEnd(12)} ${PHI_CLASSES[t].what}\n  ${''.padEnd(12)} e.g. ${PHI_CLASSES[t].examples.join(' · ')}`);
  return `\nIdentifier classes (HIPAA Safe Harbor 45 CFR 164.514(b)(2) and Chinese counterparts), each replaced by [TYPE]\n(or [TYPE_n] with --pseudonymize; dates keep their year: [DATE:1985]):\n${lines.join('\n')}\n`;
}

/** Commander option parser for `--types NAME,PHONE` (case-insensitive; DOB is accepted for DATE). */
export function typesOption(value: string): PhiType[] {
  const r = parsePhiTypes(value);
  if ('unknown' in r) throw new InvalidArgumentError(`unknown identifier type "${r.unknown}"; known: ${PHI_TYPES.join(', ')}`);
  return r.types;
}
