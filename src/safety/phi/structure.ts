// Structure-aware detection: identifiers found by WHERE a document puts them, not by a phrase list. Records, forms,
// letters and chats have slots for people and numbers: a field "<label>：<value>" whose label names a role
// (受血者：, 被保险人：, Claimant:, Decedent:), a chat speaker at the start of a line ("周建平：…"), a role noun right
// before a name ("村医次仁", "attorney Carla Vance"), a name followed by its demographics or credentials
// ("孟凡英，女，63岁", "Dorothy Klein, 91,", "Leah Kaufman, DDS"), a lone name line above an address in a letter,
// a code-shaped token (letters, digits and hyphens) or a long number in an identifier context, a document number
// ("甬公交鉴委〔2024〕第086号"), an @handle or user name. The value must still look like what the slot holds (a
// surname and a short given name, capitalised words that are not clinical or common words, a token with digits),
// and clinical words never qualify (the caller's terminology lexicon, clinical word shapes, eponyms).
// The readers live in structure-zh.ts, form-values-zh.ts, structure-en.ts, structure-ids.ts, post-authors.ts and
// chat-speakers.ts; this file runs them.
import type { PhiSpan } from '../../core/phi-types.js';
import type { NameLexicon } from './names-zh.js';
import { span } from './span.js';
import { hanRunBefore, zhDemographics, zhDotNames, zhExtras, zhFields, zhRoles, zhSetOffNames, zhSignatures } from './structure-zh.js';
import { enFields, enMore, enPositions, enRoles, labelledInitials } from './structure-en.js';
import { DOC_REST, DOC_YEAR, ages, codes, handles, idShapes, longNumbers, moreDates, plates } from './structure-ids.js';
import { chatSpeakers } from './chat-speakers.js';
import { formNamesZh, maskedNamesZh } from './form-values-zh.js';
import { detectAgeShorthand } from './age-shorthand.js';
import { postAuthors } from './post-authors.js';

export { nameWord, SURNAME_WORDS } from './structure-en.js';

const HAN = /[\u4e00-\u9fa5]/;
const _isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

export function detectStructure(text: string, lexicon?: NameLexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!text) return out;
  if (/\n/.test(text) && /[:：]/.test(text)) chatSpeakers(text, lexicon, out);
  if (HAN.test(text)) {
    zhFields(text, lexicon, out);
    if (/[:：]/.test(text)) out.push(...formNamesZh(text, lexicon));
    if (/[*＊×✱]/.test(text)) out.push(...maskedNamesZh(text));
    zhRoles(text, lexicon, out);
    if (/[\u4e00-\u9fa5][ \u3000]+[\u4e00-\u9fa5]/.test(text)) zhSetOffNames(text, lexicon, out);
    zhDemographics(text, lexicon, out);
    zhExtras(text, lexicon, out);
    zhSignatures(text, lexicon, out);
    zhDotNames(text, lexicon, out);
    DOC_YEAR.lastIndex = 0;
    for (const y of text.matchAll(DOC_YEAR)) {
      const rest = DOC_REST.exec(text.slice((y.index ?? 0) + y[0].length, (y.index ?? 0) + y[0].length + 16));
      if (!rest) continue;
      const from = hanRunBefore(text, y.index ?? 0, 8, null);
      const head = text.slice(from, y.index ?? 0);
      const lead = /^[\u4e00-\u9fa5]*?(?:案号|编号|文号|号)[:：]?/.exec(head)?.[0].length ?? 0;
      out.push(span('OTHER_ID', text, from + lead, (y.index ?? 0) + y[0].length + rest[0].length));
    }
  }
  // English name rules need a capitalised word ("Lisa", "Park"); a Chinese text with "HBV DNA" skips them. Upper-case
  // "LAST, FIRST" lines and initials are read by enMore, which needs a capital and a comma or a full stop.
  const capitalised = /\p{Lu}\p{Ll}/u.test(text);
  if (capitalised) {
    enFields(text, lexicon, out);
    enRoles(text, lexicon, out);
    enPositions(text, lexicon, out);
  }
  if (capitalised || /[A-Z]{2,}[ ,.]+[A-Z]/.test(text)) enMore(text, lexicon, out);
  if (/\d/.test(text)) {
    codes(text, out);
    idShapes(text, out);
    longNumbers(text, out);
    if (/[A-Za-z]/.test(text)) moreDates(text, out);
    ages(text, out);
    out.push(...detectAgeShorthand(text));
    plates(text, out);
  }
  labelledInitials(text, out);
  handles(text, out);
  postAuthors(text, out);
  return out;
}
