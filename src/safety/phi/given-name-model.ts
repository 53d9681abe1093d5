// How often people are named by a two-character given name, read from data rather than a list (issue #11, s22): jieba's
// base dictionary tags ~62k entries as person names (nr); the ~47k of three characters that open with a surname are a
// surname + a given name (王建国, 李春燕). The count of people whose given part is a word tells whether that word is a
// given name people are called by — 建国 12, 志强 17, 国庆 10, 红梅 5, 文静 2 — whatever its frequency as an ordinary
// word (建国 3083, 国庆 131); 学生, 身体, 工作 name no one. Loaded on first use from the dictionary the segmenter
// already holds, so it costs one pass over it.
import { jiebaBaseDict } from '../../knowledge/chinese-words.js';
import { ALL_SINGLE_SURNAMES } from './surnames.js';

let people: Map<string, number> | undefined;
let firstChars: Map<string, number> | undefined;
let secondChars: Map<string, number> | undefined;

function load(): void {
  people = new Map();
  firstChars = new Map();
  secondChars = new Map();
  for (const line of jiebaBaseDict().toString('utf8').split('\n')) {
    const [w, , tag = ''] = line.split(' ');
    if (w?.length !== 3 || !tag.startsWith('nr') || !ALL_SINGLE_SURNAMES.has(w[0]) || !/^[\u4e00-\u9fff]{3}$/.test(w)) continue;
    const given = w.slice(1);
    people.set(given, (people.get(given) ?? 0) + 1);
    firstChars.set(w[1], (firstChars.get(w[1]) ?? 0) + 1);
    secondChars.set(w[2], (secondChars.get(w[2]) ?? 0) + 1);
  }
}

/** The number of people in jieba's person entries whose given name is `given` (two characters): 0 for 身体, 12 for 建国. */
export function peopleNamed(given: string): number {
  if (!people) load();
  return people?.get(given) ?? 0;
}

/** How many person entries hold `ch` as the first or the second given character (静: 41 / 28; 病: 0 / 23). */
export function givenCharUse(ch: string): { first: number; second: number } {
  if (!firstChars) load();
  return { first: firstChars?.get(ch) ?? 0, second: secondChars?.get(ch) ?? 0 };
}
