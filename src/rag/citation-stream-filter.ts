// The citation check, applied while tokens stream: text is held back only while it could still become a
// citation marker (an open "[" and digits, or trailing whitespace), so invalid markers never reach the user
// and the concatenated deltas equal the final checked answer.
import { stripInvalidMarkers } from './citation-check.js';

export interface CitationStreamFilter {
  /** Feed model text; returns what is safe to show now (possibly empty). */
  push(chunk: string): string;
  /** End of stream: returns whatever was held back, checked. */
  flush(): string;
  readonly invalid: ReadonlySet<number>;
  readonly cited: ReadonlySet<number>;
}

const MAX_MARKER = 16;

export function createCitationStreamFilter(sourceCount: number): CitationStreamFilter {
  const invalid = new Set<number>();
  const cited = new Set<number>();
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= sourceCount;
  let pending = '';

  const release = (final: boolean): string => {
    let text = pending;
    let hold = '';
    if (!final) {
      const open = Math.max(text.lastIndexOf('['), text.lastIndexOf('【'));
      const tail = open >= 0 ? text.slice(open) : '';
      if (open >= 0 && /^[[【][\d\s,，、]*$/.test(tail) && tail.length <= MAX_MARKER) {
        let start = open;
        while (start > 0 && /\s/.test(text[start - 1])) start--;
        hold = text.slice(start);
      } else {
        hold = /\s+$/.exec(text)?.[0] ?? '';
      }
      text = text.slice(0, text.length - hold.length);
    }
    pending = hold;
    return stripInvalidMarkers(text, valid, invalid, cited);
  };

  return {
    push(chunk: string) {
      pending += chunk;
      return release(false);
    },
    flush() {
      return release(true);
    },
    invalid,
    cited,
  };
}
