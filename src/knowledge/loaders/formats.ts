// The document formats the loaders read, in the order format detection tries them. Kept apart from the loaders
// themselves (which pull in XML, CSV and HTML parsers) so `quarkmed kb --help` can list them without loading any.
export const FORMAT_NAMES = ['medquad', 'disease-kg', 'openfda-label', 'csv', 'markdown', 'html', 'text', 'jsonl'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
