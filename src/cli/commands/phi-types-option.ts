// `data deid --types NAME,PHONE`: parsed by commander while reading the command line with the type reader of
// core/phi-types.ts (the detectors are not loaded for it); kept apart from phi-help.ts.
import { InvalidArgumentError } from 'commander';
import { PHI_TYPES, type PhiType, parsePhiTypes } from '../../core/phi-types.js';

/** Commander option parser for `--types NAME,PHONE` (case-insensitive; DOB is accepted for DATE). */
export function typesOption(value: string): PhiType[] {
  const r = parsePhiTypes(value);
  if ('unknown' in r) throw new InvalidArgumentError(`unknown identifier type "${r.unknown}"; known: ${PHI_TYPES.join(', ')}`);
  return r.types;
}
