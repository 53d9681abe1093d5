// English term processing for the lexical index: stopwords and a light, deterministic stemmer.

export const EN_STOPWORDS = new Set(
  `a about above after again against all am an and any are aren as at be because been before being below between both but by
can cannot could did didn do does doesn doing don down during each few for from further had has have having he her here hers herself
him himself his how i if in into is isn it its itself just let me more most my myself no nor not now of off on once only or other ought our
ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with would you your yours yourself
yourselves s t also may might must shall get gets got many much one ones us via per etc e g ie eg
information know tell please`.split(/\s+/),
);

const VOWEL = /[aeiouy]/;

/**
 * Light stemmer (plurals, -ing, -ed, a few common suffixes). Deliberately conservative: it only has to map
 * a word and its inflections to one key, the same way at index and query time.
 */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  if (w.length > 6) {
    for (const [suf, rep] of SUFFIXES) {
      if (w.endsWith(suf)) {
        w = w.slice(0, -suf.length) + rep;
        break;
      }
    }
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// Ordered longest first; maps derivations onto one key (diabetic/diabetes → diabet, infection/infect → infect).
const SUFFIXES: [string, string][] = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['ically', 'ic'],
  ['ation', 'ate'],
  ['ition', 'it'],
  ['ction', 'ct'],
  ['ness', ''],
  ['ment', ''],
  ['ical', 'ic'],
  ['ally', 'al'],
  ['ly', ''],
];

function undouble(w: string): string {
  return /([^aeiouslz])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Post-process: "diabetic"/"diabete" both end as "diabet". */
export function foldEnglish(word: string): string {
  const s = stemEnglish(word);
  return s.endsWith('ic') && s.length > 6 ? s.slice(0, -2) : s;
}
