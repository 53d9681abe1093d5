// A swallowing already done, read as the parts of its sentence rather than as word orders (review s21 S4/S4b, session
// 22): a DONE ingesting verb (took, swallowed, did (actually) swallow, 吃了/吞了/服了/吃的), a QUANTITY beyond a dose
// anywhere in the same sentence (ten or more tablets, "40 of them", the whole box/bottle/strip, 一整板的, 三十片) and a
// MEDICINE word anywhere in it (after the class rewrite of ingestion.ts: every named medicine reads 'pills'/药) — before
// or after the verb: "took it with vodka, the whole box of paracetamol, 32 tablets", "yes I actually did swallow 40 of
// them, the sertraline", "about 20 of the quetiapine, I took those with a bottle of wine", "就着白酒吃的，一整板的阿普唑仑".
// Not an act done: the verb negated or in a question, a conditional before it, the quantity the object of ANOTHER verb
// (a supply prescribed, bought, left: "the GP prescribed 30, I took one"), the act's own object a dose ("took 2",
// 吃了半片), a count that is a strength, a volume, a time or an age (20mg, 10 ml, 30 minutes, 12 years), an animal.
// Pure; read on the class-rewritten text, offsets kept.
import { ZH_DRUG_ENDINGS } from '../../knowledge/drugs.js';
import { animalSubject } from './exposed-who.js';
import { BY_MISTAKE } from './substances.js';

/** Sentences (a comma does not end one: the quantity may sit in the next clause). */
const SENTENCE = /[^.?!。？！\n]+[.?!。？！]?/g;

const DONE_EN =
  /\b(?:took|taken|swallowed|downed|popped|necked|chugged|ate|(?:i|he|she|they) did (?:(?:just|really|actually|honestly|definitely|already|in fact) ){0,2}(?:take|swallow|down|pop|neck)|(?:i|he|she|they) (?:(?:just|really|actually|honestly|definitely|already) ){1,2}did (?:take|swallow|down|pop|neck))\b/gi;
const DONE_ZH = /(?:吃|吞|服|咽)(?:了|下去|下|掉|光|的)/g;
/** A medicine word after the rewrite, or a Chinese name with a medicine's ending the tables lack (艾司唑仑, …西泮). */
const MEDICINE = new RegExp(
  `\\b(?:pills|tablets|tabs|caps(?:ules)?|meds|medications?|medicines?|painkillers|sleeping pills|antidepressants)\\b|药|藥|片|粒|胶囊|\\p{Script=Han}(?:${[...ZH_DRUG_ENDINGS, '唑仑', '西泮'].join('|')})`,
  'iu',
);
/** A quantity beyond a dose: a count of ten or more that is not a strength/volume/time/age, a whole container, the lot. */
const QUANTITY_EN =
  /\b(?<n>\d{2,3}|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|a hundred|a dozen|dozens)\b(?!\s*(?:mg|mcg|µg|g|ml|mls|mL|cc|min|mins|minutes?|hrs?|hours?|secs?|seconds?|days?|weeks?|months?|years?|yrs?|yo|y\/o|am|pm|o'?clock|%|kg|lbs?|°|degrees|times|puffs|units|ish\b|:\d))|\b(?:the|a|an) (?:whole|entire|full) (?:box|bottle|packet|pack|strip|sheet|tub|jar|blister)\b|\bthe (?:whole |entire )?lot\b/gi;
const QUANTITY_ZH = /(?:几十|[二三四五六七八九]?十(?:几|多)?|\d{2,3}\s*)(?:片|粒|颗)|(?:一整?|整|成)(?:瓶|盒|板|排)(?:的)?/g;
/** A dose as the act's own object: "took 2", "took one of them", 吃了半片 / 两片. */
const DOSE_OBJECT_EN = /^\s*(?:it |them |those )?(?:just |only )?(?:one|two|a couple|a|half|1|2|3|three)\b(?! (?:whole|entire|full|lot)\b)/i;
const DOSE_OBJECT_ZH = /^(?:了)?(?:半|一|两|二|三|几|1|2|3)(?:片|粒|颗)/;
/** Another verb whose object the quantity is: a supply prescribed, bought, kept, left, counted. */
const SUPPLY_VERB =
  /(?:\b(?:prescribed|gave me|bought|got|have|has|had|there (?:are|were|was|is)|left|remaining|contains?|holds?|comes? with|came with|in (?:a|the|each) (?:box|pack|packet|bottle))\b|开了?|买了?|拿了?|有|剩(?:下)?|还剩|装)\s*(?:about |around |like |over |maybe )?(?:(?:a|an|the|my|his|her) )?$/i;
const NEGATED_EN = /\b(?:not|never|didn'?t|did not|haven'?t|hasn'?t|won'?t|wouldn'?t|no)\b[^,.;]{0,12}$/i;
const NEGATED_ZH = /(?:没|沒|不|别|未)(?:有)?$/;
const CONDITIONAL = /\b(?:if|what if|suppose|imagine|in case|would|could|should|can|may i)\b|如果|要是|假如|万一|会不会|能不能|可不可以/i;
/** What a count of ten or more counts: a medicine word within a few words ("32 tablets", "20 of the pills", "30 of my
 *  mum's pills") or "of them/those" pointing back to the medicine told elsewhere in the sentence ("40 of them"). */
const COUNT_OF =
  /^\s*(?:or so\s+)?(?:of (?:them|those|these)\b|(?:of (?:my|his|her|the|their|[\w]+'s) )?(?:[\w'-]+ ){0,2}?(?:pills|tablets|tabs|caps(?:ules)?|meds|medications?|medicines?|painkillers|sleeping pills|antidepressants|ones)\b)/i;

export interface DoneAct {
  /** Offset of the verb. */
  at: number;
}

/** A container is the medicine's when the medicine is named right after it or right before it ("the whole box of
 *  paracetamol", 一整板的阿普唑仑, 安眠药一整瓶) — not "a whole bottle of wine", 一整瓶白酒. */
const CONTAINER = /(?:box|bottle|packet|pack|strip|sheet|tub|jar|blister|瓶|盒|板|排)(?:的)?$/i;
function containersMedicine(s: string, at: number, end: number): boolean {
  const after = s.slice(end, end + 30);
  const next = /^\s*(?:of\s+(?:(?:my|his|her|the|their|[\w]+'s)\s+)?)?(?<what>[^\s,，。;；]+(?:\s+[^\s,，。;；]+)?)/.exec(after)?.groups?.what ?? '';
  return MEDICINE.test(next) || /^(?:of )?(?:it|them|those)\b/i.test(after.trim()) || MEDICINE.test(s.slice(Math.max(0, at - 6), at));
}

function quantityIn(s: string, zh: boolean): boolean {
  const re = zh ? QUANTITY_ZH : QUANTITY_EN;
  for (const q of s.matchAll(new RegExp(re.source, re.flags))) {
    const at = q.index ?? 0;
    const end = at + q[0].length;
    if (SUPPLY_VERB.test(s.slice(Math.max(0, at - 24), at))) continue;
    if (!zh && q.groups?.n !== undefined && !COUNT_OF.test(s.slice(end))) continue;
    if (CONTAINER.test(q[0]) && !containersMedicine(s, at, end)) continue;
    return true;
  }
  return false;
}

/** The swallowings done, with a quantity beyond a dose and a medicine in their sentence, in `t` (the class-rewritten
 *  text of ingestion.ts withMedicineClass). */
export function readActsDone(t: string): DoneAct[] {
  const out: DoneAct[] = [];
  for (const sm of t.matchAll(SENTENCE)) {
    const s = sm[0];
    const base = sm.index ?? 0;
    // An accident said of the act (substances.ts BY_MISTAKE, the one list) is no deliberate overdose (review s22 S3).
    if (!MEDICINE.test(s) || BY_MISTAKE.test(s)) continue;
    const zh = /\p{Script=Han}/u.test(s) && !/[a-z]{3,}/i.test(s.replace(/pills|meds|tablets/gi, ''));
    const verbs = [...s.matchAll(new RegExp((zh ? DONE_ZH : DONE_EN).source, 'gi'))];
    for (const v of verbs) {
      const at = v.index ?? 0;
      const before = s.slice(0, at);
      const after = s.slice(at + v[0].length);
      if ((zh ? NEGATED_ZH : NEGATED_EN).test(before) || CONDITIONAL.test(before) || animalSubject(s, at)) continue;
      if (/\bdid\b/i.test(v[0]) && /\?\s*$/.test(s)) continue;
      if ((zh ? DOSE_OBJECT_ZH : DOSE_OBJECT_EN).test(after)) continue;
      if (!quantityIn(s, zh)) continue;
      out.push({ at: base + at });
      break;
    }
  }
  return out;
}
