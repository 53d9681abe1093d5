// Shared by `quarkmed safety redact` and `quarkmed data deid`: the identifier classes in --help. Only the type table,
// so registering either command for `--help` loads none of the detectors (--types parsing: phi-types-option.ts).
import { PHI_CLASSES, PHI_TYPES } from '../../core/phi-types.js';

/** The class list printed after the options of both commands. */
export function phiClassesHelp(): string {
  const lines = PHI_TYPES.map((t) => `  ${t.padEnd(12)} ${PHI_CLASSES[t].what}\n  ${''.padEnd(12)} e.g. ${PHI_CLASSES[t].examples.join(' · ')}`);
  return `\nIdentifier classes (HIPAA Safe Harbor 45 CFR 164.514(b)(2) and Chinese counterparts), each replaced by [TYPE]\n(or [TYPE_n] with --pseudonymize; dates keep their year: [DATE:1985]):\n${lines.join('\n')}\n`;
}
