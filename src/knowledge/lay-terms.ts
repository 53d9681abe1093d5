// Everyday words patients type ↔ the clinical words sources use (发烧 ↔ 发热, heart attack ↔ myocardial infarction).
// Query expansion adds the clinical side when the index clearly prefers it (see src/retrieval/expand.ts).
// The groups live in one file per language; only unambiguous groups, each line one group.
import { EN_LAY_GROUPS } from './lay-terms-en.js';
import { ZH_LAY_GROUPS } from './lay-terms-zh.js';

function parseGroups(text: string): string[][] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) =>
      l
        .split('|')
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .filter((g) => g.length >= 2);
}

let cached: string[][] | undefined;

/** Every lay ↔ clinical group, Chinese then English (parsed once; callers must not mutate). */
export function layTermGroups(): string[][] {
  cached ??= [...parseGroups(ZH_LAY_GROUPS), ...parseGroups(EN_LAY_GROUPS)];
  return cached;
}

// Body temperatures written as numbers ("39度", "38.5℃", "102 degrees", "101°F") mean a fever:
// 37.3–42 °C (Chinese and metric usage) or 99.5–107 °F.
const CELSIUS = /(?:^|[^\d.])(3[7-9]|4[0-2])(?:\.\d)?\s*(?:度|℃|°\s*c\b|摄氏度)/iu;
const FAHRENHEIT = /(?:^|[^\d.])(99|10[0-7])(?:\.\d)?\s*(?:°\s*f?|degrees?|f\b)/iu;

/** Pure: the clinical words a query's numeric body temperature stands for (empty when it names none). */
export function temperatureTerms(query: string): string[] {
  const c = CELSIUS.exec(query);
  if (c) {
    const whole = Number(c[1]);
    // 37度 alone is a normal temperature unless a decimal makes it 37.3 or more.
    const value = Number(c[0].replace(/^[^\d]*/, '').match(/^\d+(?:\.\d)?/)?.[0] ?? whole);
    if (value >= 37.3) return ['发热'];
  }
  if (FAHRENHEIT.exec(query)) return ['fever'];
  return [];
}
