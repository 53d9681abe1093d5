// Terms for lexical relevance: stemmed English words and CJK character bigrams (no dictionary to load,
// so it costs microseconds per passage and behaves the same on every machine).

const EN_STOP = new Set(
  (
    'a an the and or but if of to in on at for from by with without about into over under is are was were be been being am ' +
    'do does did done have has had having i me my we our you your he she it its they them their this that these those there ' +
    'what which who whom whose when where why how can could should would may might must will shall not no yes so than then ' +
    'too very just also any some all each more most other such only own same as up down out off again further once here ' +
    'get got tell know please want need like one two much many lot thing things someone somebody anything something ' +
    'information info help question questions doctor doctors ok okay really mean means meaning'
  ).split(/\s+/),
);

// Question scaffolding in Chinese: removed so "什么是高血压" matches on 高血压, not on 什么.
const ZH_STOP_BIGRAMS = new Set(
  (
    '什么 怎么 怎样 如何 为什 么是 是什 可以 能否 是否 哪些 哪个 请问 一下 需要 应该 有没 没有 我的 我们 你们 他们 这个 那个 ' +
    '还是 或者 以及 因为 所以 如果 但是 就是 这样 那么 多少 几天 时候 一个 有什 么症 么办 怎么 吗？ 了吗 的话 有点 ' +
    '我是 我有 我在 最近 现在 一直 感觉 觉得 知道 问题 情况 医生 意思'
  ).split(/\s+/),
);

const HAN = /\p{Script=Han}/u;

/** Crude English stemmer: only needs to map the same word forms on both sides to one key. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, '');
  if (w.length > 7 && /ments?$/.test(w)) return w.replace(/ments?$/, '');
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:[sxz]|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** Content terms of a text: English stems (stopwords dropped) plus Han bigrams (question scaffolding dropped). */
export function lexicalTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)?/g)) {
    const raw = m[0].toLowerCase();
    if (raw.length < 2) continue; // single letters and digits ("6" in "6%") match nearly every passage
    if (EN_STOP.has(raw)) continue;
    out.push(stem(raw));
  }
  // Runs of Han characters → bigrams (a single-character run counts as itself).
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const run = m[0];
    if (run.length === 1) {
      out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) {
      const bg = run.slice(i, i + 2);
      if (!ZH_STOP_BIGRAMS.has(bg)) out.push(bg);
    }
  }
  return out;
}

export function termSet(text: string): Set<string> {
  return new Set(lexicalTerms(text));
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
