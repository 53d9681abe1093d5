// The export formats, apart from the writers (parquet) so `quarkmed rl <command> --help` can list them without
// loading any.
export const EXPORT_FORMATS = ['verl', 'openrlhf', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(f: string): f is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(f);
}
