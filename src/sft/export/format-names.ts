// The training-engine formats `sft export` writes (described in formats.ts), apart from the writers (parquet) so
// `quarkmed sft export --help` can list them without loading any.
export const SFT_EXPORT_FORMATS = ['chat', 'sharegpt', 'llamafactory', 'swift', 'verl'] as const;
export type SftExportFormat = (typeof SFT_EXPORT_FORMATS)[number];
