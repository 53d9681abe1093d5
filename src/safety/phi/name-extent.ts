// A found name's extent, read by the parts a name is written with (after every reader and the merge): a name is
// redacted whole or its leftovers still identify. Readers find a name by its evidence (a slot, a field, a list);
// where the name then ENDS is a question of its written parts, the same for every reader:
//   - an initial keeps its full stop ("Dana K.", "jordan w.", "R.M.H.");
//   - a generational suffix is part of the name ("Harold Whitcomb Jr.", "Marcus Bell III") — but "IV" is also the
//     route, so it joins only where the name's clause closes after it ("Dr Patel IV fluids", "Mr Jones, IV drug user"
//     stay), and "Sr." before a job title is "senior" ("Sarah Jones, Sr. Physiotherapist");
//   - a nickname in quotes or brackets between two parts joins them ('Rosemary ("Ro") Delacroix-Hunt'), and one in
//     quotes at the end of a field closes it ('Alvarado, Josefina "Pina"    Age 88');
//   - an upper-case "LAST, FIRST[, M]" line is one name ("LIN, GRACE", "REYES, MARISOL, T"), up to a credential;
//   - a Chinese surname alone in a field whose given name is set apart by spaces or a line break (signature
//     layouts: "审核者：尹  建华", "医师签名：钱  斌", "送检医生：田\n佳") takes the given name when it is one or two
//     characters closed by the field's end and a plausible given name (given-names.ts) — never a word that runs on
//     ("医生：张  建议复查"), a result or status word (阳性, 抢救, 同意, 夜班: no given-name characters), a word the
//     terminology knows, or across a line break a line that is anything but that given name ("审核者：李\n标本：血清").
// Titles and credentials stay outside (the labelled batches leave them out). Pure: text and spans in, spans out.
import type { PhiSpan } from '../../core/phi-types.js';
import { isMedicineShape } from '../../knowledge/drugs.js';
import { englishWord } from '../../knowledge/english-words.js';
import { knownMedicine } from './clinical-vocabulary.js';
import { plausibleGiven } from './given-names.js';
import { CREDENTIALS_EN, FIRST_NAMES, WORD_FIRST_NAMES } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';
import { isRoleNoun } from './person-slots-en.js';
import { FIRM_SUFFIX_EN } from './places.js';
import { nameWord } from './structure-en.js';
import { ALL_SINGLE_SURNAMES, COMPOUND_SURNAMES } from './surnames.js';

const HAN = /[\u4e00-\u9fff]/;
/** The last word of a name is one letter (an initial), or a run of dotted initials ("K.L", "R.M.H"). */
const ENDS_IN_INITIAL = /(?:^|[\s.-])\p{L}$/u;
const SUFFIX = /^(?:,? (?:Jr|Sr)\.?|,? (?:II|III|IV))(?![\p{L}\d])/u;
/** Where a clause or a field closes after "IV": the end, a line break, a field gap, a pause, a full stop before a new
 * sentence, or a word that goes on about the person ("Charles Whitmore IV for follow-up", "… IV was seen"). Any other
 * word is what the route qualifies ("IV fluids", "IV access", "IV ceftriaxone", "IV drug user"). */
const CLOSES_AFTER_IV =
  /^(?:$|\s*\n|\s{2,}|[ ]?[,;:)(\u2014\u2013]|[ ]-[ ]|\.(?:\s+\p{Lu}|\s*$)|[ ](?:for|at|in|on|is|was|has|had|and|who|with|presented|attended|reports?|reported|said|says|lives|died|aged?)\b)/u;
/** A nickname between two parts: ' ("Ro") ', ' (Jim) ', ' "Gus" '. Group 1 is the whole gap up to the next part. */
const NICK_BETWEEN = /^([ \u00a0]?(?:\(["“]?(\p{Lu}[\p{L}'’-]{1,14})["”]?\)|["“](\p{Lu}[\p{L}'’-]{1,14})["”])[ \u00a0]?)/u;
/** A quoted nickname closing a field: '"Pina"' before two spaces, a line end, a comma or the end. */
const NICK_AT_END = /^[ \u00a0]["“]\p{Lu}[\p{L}'’-]{1,14}["”](?=\s{2,}|\s*\n|\s*[,;]|\s*$)/u;
const UPPER_NAME = /^\p{Lu}[\p{Lu}'’-]+,?$/u;
/** ", FIRST[ SECOND][, M]" of an upper-case "LAST, FIRST" line, ending where the field ends. Credentials (two
 * letters: MD, DO, RN, NP, PA) and words of two letters stop it. */
const UPPER_GIVEN = new RegExp(
  String.raw`^,?[ \u00a0]?(\p{Lu}[\p{Lu}'’-]{2,}(?:[ \u00a0]\p{Lu}[\p{Lu}'’-]{2,})?)(?:,?[ \u00a0]\p{Lu}\.?)?(?=\s{2,}|\s*\n|\s*$|\s*["”;(]|[ \u00a0](?:${CREDENTIALS_EN.join('|')})\b)`,
  'u',
);
/** An upper-case given name is a first name (GRACE, HOPE too) or no English word: "BROWN, NIGHT SHIFT" is a name and a duty. */
const upperGiven = (words: string): boolean =>
  words.split(/[ \u00a0]/).every((w) => {
    const cap = w[0] + w.slice(1).toLowerCase();
    return FIRST_NAMES.has(cap) || WORD_FIRST_NAMES.has(cap) || !englishWord(w.toLowerCase());
  });
/** An organisation's suffix after an upper-case word ("SMITH & JONES", "BAKER, LLP"): no surname joins it. */
const FIRM_AFTER = new RegExp(String.raw`^\s*(?:&|,?\s*(?:${FIRM_SUFFIX_EN})(?![A-Za-z]))`, 'i');
/** A trailing middle initial after a detected upper-case name: "REYES, MARISOL" + ", T" at the end of a field. */
const TRAILING_INITIAL = /^,?[ \u00a0]\p{Lu}\.?(?=\s{2,}|\s*\n|\s*$|\s*["”;])/u;
/** An upper-case surname and its comma right before an upper-case given name, opening a field (line start, two
 * spaces, a dot leader, a colon or a quote before it). */
const UPPER_SURNAME_BEFORE = /(?:^|\n|\s{2,}|\.{2,}\s?|[:：]\s?|["“])(\p{Lu}[\p{Lu}'’-]+,[ \u00a0]?)$/u;
/** Spaces or a line break (with the next line's indent) between a surname and its given name in a field. */
const ZH_GAP_GIVEN = /^(?:[ \u3000]{1,4}|([ \u3000]*\n[ \u3000]*))([\u4e00-\u9fff]{1,2})(?=$|[ \u3000\t]|\n|[（(，,、；;。）)])/;
/** Across a line break the given name is its line alone, or closed by a bracket, a pause or a field gap ("孙\n丽\n审核医师：…",
 * "白\n丽（工号…", "王\n珂　　审核者：…"), not the start of a value ("陈\n明 阴性"). */
const ALONE_ON_LINE = /^(?:[ \u3000\t]*(?:\n|$|[（(，,、；;。])|[ \u3000\t]{2,})/;

/** The 1–2 characters after a surname alone in a field, taken as its given name (its length), or 0. */
function zhGivenAfter(text: string, end: number, lexicon: NameLexicon | undefined): number {
  const m = ZH_GAP_GIVEN.exec(text.slice(end, end + 12));
  if (!m) return 0;
  const given = m[2];
  // Result, status and duty words (阳性, 正常, 抢救, 同意, 夜班, 男) are made of characters no one is named with.
  if (!plausibleGiven(given) || lexicon?.has(given)) return 0;
  if (m[1] !== undefined && !ALONE_ON_LINE.test(text.slice(end + m[0].length, end + m[0].length + 4))) return 0;
  return m[0].length;
}
/** A field's start before a surname: a colon, the start of a line or text, or a run of spaces. */
const ZH_FIELD_BEFORE = /(?:^|[：:]|\n|[ \u3000]{2,})[ \u3000]*$/;
const COMPOUND = new Set<string>(COMPOUND_SURNAMES);

function isLatinName(s: PhiSpan): boolean {
  return s.type === 'NAME' && /\p{L}/u.test(s.text) && !HAN.test(s.text);
}

function zhSurnameAlone(s: PhiSpan): boolean {
  return s.type === 'NAME' && (ALL_SINGLE_SURNAMES.has(s.text) || COMPOUND.has(s.text));
}

/** Is the suffix that ends at `at` a generational one there? "IV" only where the clause closes after it; "Jr."/"Sr."
 * not before a job title ("Sr. Physiotherapist", "Jr. Resident"). */
function suffixHere(text: string, at: number, suffix: string): boolean {
  if (/IV$/.test(suffix)) return CLOSES_AFTER_IV.test(text.slice(at, at + 14));
  const title = /^[ ]+(\p{Lu}\p{Ll}+)/u.exec(text.slice(at, at + 30));
  return !(title && /[JS]r\.$/.test(suffix) && isRoleNoun(title[1]));
}

/** Each NAME span grown to its written parts; other spans as they are. Overlaps are left to the merge after it. */
export function extendNameParts(text: string, spans: PhiSpan[], lexicon?: NameLexicon): PhiSpan[] {
  const names = spans.filter((s) => s.type === 'NAME').sort((a, b) => a.start - b.start);
  const nameAt = (pos: number): PhiSpan | undefined => names.find((n) => n.start === pos);
  return spans.map((s) => {
    let end = s.end;
    if (isLatinName(s)) {
      // Joins first: a nickname and the next part, or an upper-case given name, move the end; then the end's own parts.
      for (let i = 0; i < 2; i++) {
        const gap = NICK_BETWEEN.exec(text.slice(end, end + 24));
        // The nickname itself is a name word: "(Interpreter)", "(Son)" are roles, not nicknames.
        if (!gap || !nameWord(gap[2] ?? gap[3], lexicon)) break;
        const at = end + gap[1].length;
        // The part after a nickname is the surname whether or not a reader found it: a nickname is only put between
        // a person's names ("Dimitrios (Jim) Papadopoulos"); a word that is common or clinical stops it.
        const word = /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?(?![\p{L}])/u.exec(text.slice(at, at + 30));
        // A medicine is what was discussed, not the surname ("Priya (Pharm) Amiodarone dose").
        const drug = word && (knownMedicine(word[0]) || isMedicineShape(word[0]));
        const next = nameAt(at)?.end ?? (word && !drug && nameWord(word[0], lexicon) ? at + word[0].length : undefined);
        if (next === undefined) break;
        end = next;
      }
      const nick = NICK_AT_END.exec(text.slice(end, end + 20));
      if (nick) end += nick[0].length;
      const last =
        text
          .slice(s.start, end)
          .split(/[ \u00a0]/)
          .pop() ?? '';
      if (UPPER_NAME.test(last)) {
        // The comma is what makes "LAST, FIRST": without it ("PROTECTED HEALTH INFORMATION") nothing joins.
        const rest = text.slice(end, end + 40);
        const comma = last.endsWith(',') || rest.startsWith(',');
        const given = comma ? UPPER_GIVEN.exec(rest) : null;
        if (given && upperGiven(given[1])) end += given[0].length;
        else if (!given) {
          const initial = /\p{Lu}{2,}$/u.test(last) ? TRAILING_INITIAL.exec(text.slice(end, end + 6)) : null;
          if (initial) end += initial[0].length;
        }
      }
      const suffix = SUFFIX.exec(text.slice(end, end + 6));
      if (suffix && suffixHere(text, end + suffix[0].length, suffix[0])) end += suffix[0].length;
      if (text[end] === '.' && ENDS_IN_INITIAL.test(text.slice(s.start, end))) end += 1;
    } else if (zhSurnameAlone(s) && ZH_FIELD_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))) {
      end += zhGivenAfter(text, end, lexicon);
    }
    let start = s.start;
    // "O'BRIEN, " before an upper-case given name found alone, at a field's start: the surname of the same name.
    const firm = FIRM_AFTER.test(text.slice(end, end + 8));
    const before = isLatinName(s) && !firm && /^\p{Lu}{2,}/u.test(s.text) ? UPPER_SURNAME_BEFORE.exec(text.slice(Math.max(0, start - 30), start)) : null;
    if (before) start -= before[1].length;
    return end === s.end && start === s.start ? s : { ...s, start, end, text: text.slice(start, end) };
  });
}
