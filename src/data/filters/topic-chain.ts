// What a sentence goes on to say of the medicine it opens with. Chinese chains clauses on one topic without repeating
// it ("依那普利、缬沙坦这类药物降压平稳，对胎儿影响小，是孕期比较推荐的选择"), and English carries it by a pronoun or a
// bare predicate after a comma ("…propranolol taken an hour before works well, and given your asthma it is a
// particularly suitable choice"): the clause naming the medicine says nothing of it, the next ones do. A clause-only
// reading of stance misses every such sentence (curation batches 10–30: a contraindicated medicine recommended to the
// asker in a chained predicate, kept). Read by structure, not by phrases: the topic runs from the clause that names it
// to the first later clause that names another medicine (a new topic). Pure.
import { findMedicineNames } from '../../knowledge/drugs.js';

/**
 * The clauses after `at` that continue its topic: up to (not including) the first clause naming a medicine other than
 * the topic's own (`own` tells whether a clause names the topic medicine again; such a clause continues it).
 */
export function continuingClauses(parts: readonly string[], at: number, own: (clause: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = at + 1; i < parts.length; i++) {
    const p = parts[i];
    if (!own(p) && findMedicineNames(p).length > 0) break;
    out.push(p);
  }
  return out;
}

// "X is a … choice/option/remedy": a copula whose predicate is a kind of solution — an evaluative noun, not a category
// ("aspirin is a medicine", "a common treatment for pain" describe). Calling a medicine an option for the reader
// recommends it, whatever adjective stands between ("a particularly suitable choice", "a natural and effective
// cough remedy") — unless that predicate is negated or evaluated as bad ("is not an option", "is a poor choice", "is a
// last resort"), read in the gap between copula and noun.
const OPTION_EN =
  /\b(?:is|are|'s|remains?|makes?|would be|will be|can be|could be)\s+((?:[\w-]+\s+){0,5}?)(?:choices?|options?|remed(?:y|ies)|bet|pick|go-to|solutions?)\b/giu;
const OPTION_ZH = /(?<![不非])是((?:[^，。；,;：:]){0,14}?)(?:选择|办法|方法|方案|疗法|良药|好药|妙方|偏方|做法|用药)/gu;
/** A gap that negates or condemns the option. */
const BAD_GAP_EN =
  /\b(?:not|no|never|bad|poor|dangerous|risky|unsafe|outdated|old-fashioned|wrong|last|worse|worst|less|least|harmful|inappropriate|unsuitable|terrible|useless|ineffective|unproven|controversial|myth)\b|n't\b/iu;
const BAD_GAP_ZH = /不(?!错)|没|非|无效|错误|危险|过时|有害|最后|下策|不得已|禁|慎|风险|误区/u;

/**
 * The text calls what precedes it an option, a choice or a remedy (pure): a copula with a solution-kind predicate,
 * not negated, not judged bad. `from`: the option must stand after this offset (the medicine's own position): the
 * medicine is the subject, so "paracetamol is a safer choice than aspirin" endorses paracetamol, not aspirin.
 */
export function endorsedAsOption(text: string, from = 0): boolean {
  for (const re of [OPTION_EN, OPTION_ZH]) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (at < from) continue;
      if ((re === OPTION_EN ? BAD_GAP_EN : BAD_GAP_ZH).test(m[1] ?? '')) continue;
      return true;
    }
  }
  return false;
}

// The inverse copula: the option is the subject and the medicine its complement ("the most effective over-the-counter
// option in your case is pseudoephedrine", "最好的选择是普萘洛尔", "首选是…"): the same recommendation, read from the
// words right before the medicine. The option phrase is not negated or condemned (BAD_GAP_*), as above.
const OPTION_SUBJECT_EN =
  /\b(?:choices?|options?|remed(?:y|ies)|bet|pick|go-to|solutions?)\b((?:\s+[\w'-]+){0,5}?)\s+(?:is|are|would be|will be|remains)\s+(?:probably\s+|usually\s+|generally\s+|definitely\s+)?(?:an?\s+|the\s+)?$/iu;
const BAD_OPTION_ZH = new RegExp(`${BAD_GAP_ZH.source}|差|糟|坏`, 'u');
const OPTION_SUBJECT_ZH = /(?:选择|办法|方法|方案|首选|用药|良药|好药)((?:[^，。；,;：:]){0,8}?)(?:是|为|就是|当属|推荐)\s*$/u;

/** The text right before `at` (the medicine's offset) names an option whose complement the medicine is (pure). */
export function namedAsOption(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const en = OPTION_SUBJECT_EN.exec(before);
  if (en) return !BAD_GAP_EN.test(before.slice(Math.max(0, en.index - 40), en.index) + (en[1] ?? ''));
  const zh = OPTION_SUBJECT_ZH.exec(before);
  if (zh) return !BAD_OPTION_ZH.test(before.slice(Math.max(0, zh.index - 10), zh.index) + (zh[1] ?? ''));
  return false;
}

// An evaluative predicate adjective that can only recommend ("loperamide is ideal here", "is perfect for this", "是最理想
// 的"): as the option reading, a copula, the adjective after the medicine, not negated in the gap. "good", "effective"
// describe (a medicine is "effective" for a condition it must not be used in) and are left out.
const IDEAL_EN = /\b(?:is|are|'s|would be|will be)\s+((?:[\w-]+\s+){0,2}?)(?:ideal|perfect|just (?:right|the thing)|the answer)\b/giu;
const IDEAL_ZH = /是?((?:[^，。；,;]){0,4}?)(?:最理想|最佳|理想的?(?:药|选择)?|再好不过|最好不过)/gu;
const IDEAL_WORD = /(?:ideal|perfect|just (?:right|the thing)|the answer|最理想|最佳|理想的?(?:药|选择)?|再好不过|最好不过)$/iu;
/** Negated or hedged just before the predicate ("far from ideal", "不是最理想的", "并非最佳"). */
const NOT_BEFORE = /(?:\b(?:far from|less than|hardly|not exactly|anything but|not|never|no longer)\s*|n't\s*|不|非|没|未|并非|不算)$/iu;

/** The text calls what precedes it ideal (pure); `from`: the predicate stands after the medicine. */
export function calledIdeal(text: string, from = 0): boolean {
  for (const re of [IDEAL_EN, IDEAL_ZH]) {
    for (const m of text.matchAll(re)) {
      if ((m.index ?? 0) < from) continue;
      if ((re === IDEAL_EN ? BAD_GAP_EN : BAD_GAP_ZH).test(m[1] ?? '')) continue;
      const at = m.index ?? 0;
      const head = m[0].replace(IDEAL_WORD, '');
      if (NOT_BEFORE.test(text.slice(Math.max(0, at - 12), at) + head)) continue;
      return true;
    }
  }
  return false;
}
