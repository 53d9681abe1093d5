// Exporters: verl parquet, OpenRLHF JSONL (prompt + label) and our own JSONL. One file per split.
import { rlErrors } from '../../errors.js';
import type { RlItem } from '../item.js';
import { writeJsonl } from './jsonl.js';
import { writeOpenRlhf } from './openrlhf.js';
import { writeVerlParquet } from './verl.js';
import { EXPORT_FORMATS, isExportFormat } from './formats.js';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats.js';

/** Write `items` as `<dir>/<split>.<ext>`; returns the file written. */
export async function exportItems(items: readonly RlItem[], format: string, dir: string, split: string): Promise<string> {
  if (!isExportFormat(format)) throw rlErrors.RL_FORMAT_UNKNOWN({ format, known: EXPORT_FORMATS.join(', ') });
  if (format === 'verl') return writeVerlParquet(items, dir, split);
  if (format === 'openrlhf') return writeOpenRlhf(items, dir, split);
  return writeJsonl(items, dir, split);
}
