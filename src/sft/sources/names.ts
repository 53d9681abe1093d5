// The named data sources an SFT build reads, apart from their readers (which pull in the knowledge graph, CSV and
// benchmark parsers) so `quarkmed sft build --help` can list them without loading any. The order is the order
// help texts and errors list them.
export const SOURCE_NAMES = [
  'disease-kg',
  'en-diseases',
  'medquad',
  'icd10',
  'drugs',
  'zh-symptoms',
  'lay-terms',
  'cmexam',
  'medcalc',
  'cmtmedqa',
  'medicalgpt',
  'toyhom',
  'huatuo26m',
  'chatdoctor',
  'principles',
] as const;

export type SourceName = (typeof SOURCE_NAMES)[number];

export function isSourceName(name: string): name is SourceName {
  return (SOURCE_NAMES as readonly string[]).includes(name);
}
