// `data deid --types NAME,PHONE`: parsed by commander while reading the command line, so it needs the PHI module's
// type reader at registration; kept apart from phi-help.ts, which `safety redact` registers without it.
import { InvalidArgumentError } from 'commander';
import { PHI_TYPES, type PhiType } from '../../core/phi-types.js';
import { parsePhiTypes } from '../../safety/phi/index.js';

/** Commander option parser for `--types NAME,PHONE` (case-insensitive; DOB is accepted for DATE). */
export function typesOption(value: string): PhiType[] {
  const r = parsePhiTypes(value);
  if ('unknown' in r) throw new InvalidArgumentError(`unknown identifier type "${r.unknown}"; known: ${PHI_TYPES.join(', ')}`);
  return r.types;
}
