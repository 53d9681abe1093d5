// Citation check: every [n] in a generated answer must name a packaged source. Invalid markers are removed
// (and reported); sentences that make a claim without any marker are kept but reported as unsupported.
// Pure: text in, checked text and findings out.

/** [1], [1, 2], [1][2], and the full-width 【1】 some Chinese models emit. */
const MARKER = /[[【]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]】]/g;

export interface CitationCheck {
  text: string;
  /** Source numbers actually cited (valid ones), ascending. */
  cited: number[];
  /** Numbers cited that name no packaged source, ascending. */
  invalid: number[];
  /** Claim sentences that carry no valid citation. */
  unsupported: string[];
}

/** Rewrite markers so only valid numbers remain; a marker left empty disappears with its leading space. */
export function stripInvalidMarkers(text: string, valid: (n: number) => boolean, invalid: Set<number>, cited: Set<number>): string {
  return text.replace(new RegExp(`\\s?${MARKER.source}`, 'g'), (whole: string, list: string) => {
    const nums = list.split(/[,，、]/).map((s) => Number(s.trim()));
    const ok = nums.filter((n) => valid(n));
    for (const n of nums) (valid(n) ? cited : invalid).add(n);
    if (ok.length === 0) return '';
    const lead = /^\s/.test(whole) ? whole[0] : '';
    return `${lead}[${ok.join(', ')}]`;
  });
}

// Statements that need no source: referrals, safety advice, and admissions that the sources are insufficient.
const NO_SOURCE_NEEDED =
  /(consult|see (a|your) (doctor|physician|clinician|health)|seek (medical|emergency|urgent)|emergency|call \d|not (a )?(substitute|diagnosis)|sources? (do not|don't|does not|are insufficient|disagree)|insufficient|not enough (evidence|information)|就医|就诊|咨询|医生|急救|急诊|拨打|不能替代|资料(不足|有限)|来源(不足|不一致|之间)|证据(不足|有限))/i;

/**
 * Split into sentences: after 。！？, after . ! ? followed by whitespace (so "5.7" stays whole), at line breaks
 * and at flattened list bullets (" - "). Trailing citation markers stay with the sentence they follow.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[\s\S]*?(?:[。！？]+|[.!?]+(?=\s|$)|\n|(?=\s[-•]\s)|$)(?:\s*[[【]\s*\d[\d\s,，、]*[\]】])*/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const s = m[0].replace(/^\s*[-•]\s+/, '').trim();
    if (s) out.push(s);
  }
  return out;
}

function isClaim(sentence: string): boolean {
  const s = sentence.replace(/^[-*•#>\d.\s]+/, '').trim();
  if (s.endsWith(':') || s.endsWith('：')) return false;
  const han = (s.match(/\p{Script=Han}/gu) ?? []).length;
  const words = s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  if (han < 8 && words < 4) return false;
  return !NO_SOURCE_NEEDED.test(s);
}

export function checkCitations(answer: string, sourceCount: number): CitationCheck {
  const invalid = new Set<number>();
  const cited = new Set<number>();
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= sourceCount;
  const text = stripInvalidMarkers(answer, valid, invalid, cited);
  const unsupported = splitSentences(text).filter((s) => isClaim(s) && !new RegExp(MARKER.source).test(s));
  const asc = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { text, cited: asc(cited), invalid: asc(invalid), unsupported };
}
