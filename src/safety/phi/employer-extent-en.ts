// The rest of an English employer's name beside the part a reader found (session 43). The employer readers stop where
// their pattern stops — a brand, a work frame, a form value — and the gold workplace runs on by the grammar of an
// organisation's noun phrase: its legal form (", LLC", " Inc."), the site that heads the phrase ("Haworth| plant",
// "TD Bank| call center", "Tyson| chicken plant", "Stellantis Jefferson North| plant") and the site named in apposition,
// after a comma or in brackets ("Andhra Bank|, Begumpet branch", "McPherson Haulage| (Rosyth depot)"), or the town a
// branch stands in when the segment closes after it ("Tesco Distribution|, Avonmouth —"). A part joins only straight
// after an EMPLOYER span and only in these positions: a site noun has to HEAD what joins, a town has to close its
// segment; prose after the name ("Tesco on Monday", "Boeing, where he…") does not join. Its own closed list of site
// nouns (the heads a workplace phrase takes), no shared list widened. Pure: text and spans in, grown spans out.
import type { PhiSpan } from '../types.js';
import { englishWord } from '../../knowledge/english-words.js';
import { COMMON_CAPITALISED } from './names-en-lists.js';

/** Nouns that head the phrase naming a place of work. */
const SITE = String.raw`(?:[Pp]lant|[Mm]ill|[Rr]efinery|[Dd]epot|[Bb]ranch|[Cc]ampus|[Hh]ub|[Ww]arehouse|[Ff]actory|[Mm]ine|[Ss]ite|[Dd]eli|[Ll]ab|[Cc]ommissary|[Yy]ard|[Tt]erminal|[Ff]acility|[Ww]orks|[Cc]all[ ][Cc]ent(?:er|re)|[Dd]istribution[ ][Cc]ent(?:er|re)|[Ff]ulfil?ment[ ][Cc]ent(?:er|re)|[Nn]ursing[ ][Hh]ome|[Cc]are[ ][Hh]ome|[Hh]ead[ ][Oo]ffice|[Oo]ffice|[Ss]tore|[Dd]ivision)`;
/** Function words, which open prose rather than a modifier of the site ("near campus", "at the yard"). */
const FUNCTION_WORD = String.raw`(?:near|in|at|on|by|of|off|for|from|to|into|onto|and|or|but|the|a|an|our|his|her|their|my|its|this|that|every|each|some|any|no)`;
/** A capitalised word of a site's name ("Jefferson", "North", "Coleshill", "Stoke-on-Trent"). */
const CAP = String.raw`\p{Lu}[\p{L}'’-]+`;

const PARTS: RegExp[] = [
  // The legal form.
  /^,?[ ](?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|PLC|Co\.|Corp\.?|Corporation|GmbH|Pty[ ]Ltd|LLP)(?![\p{L}\d])/u,
  // A site heading the phrase: its name's capitalised words, at most one lower-case modifier, then the site noun.
  // The modifier is a content word: a preposition or a determiner starts prose ("Chick-fil-A near campus").
  new RegExp(String.raw`^[ ](?:${CAP}[ ]){0,3}(?:(?!${FUNCTION_WORD}[ ])[a-z]+[ ])?${SITE}(?![\p{L}\d])`, 'u'),
  // A site in apposition after a comma or in brackets: a capitalised name and a site noun.
  new RegExp(String.raw`^,[ ](?:${CAP}[ ]){1,3}${SITE}(?![\p{L}\d])`, 'u'),
  new RegExp(String.raw`^[ ]\((?:${CAP}[ ]){1,3}${SITE}\)`, 'u'),
];
/** A town after a comma that closes its segment ("Tesco Distribution, Avonmouth —", "bet365, Stoke-on-Trent —"). */
const TOWN_CLOSED = new RegExp(String.raw`^,[ ](${CAP}(?:[ ]${CAP}){0,2})(?=[ ]?[—–;)]|[ ]-[ ]|\.?[ \t]*\n|\.?$)`, 'u');
/** First words that are no town: titles, days, months, words of a form. */
const NOT_TOWN =
  /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Rev|St|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Retired|Ret|Full|Part|Inc|Ltd|LLC|Occupation|Employer|Phone|Tel|Fax|Email|Address|Date|Name)\b/;

/** A clinical head that a site noun can also be ("injection site", "lab results"): it joins only when nothing lower-case follows. */
const CLINICAL_SITE = /(?:[Ss]ite|[Ll]ab)$/;

function siteOk(part: string, after = ''): boolean {
  if (CLINICAL_SITE.test(part) && /^[ ][a-z]/.test(after)) return false;
  // The site words must not be a sentence going on ("…, The office said"): an article or pronoun opens no site name.
  return !/^[ ,(]*(?:The|This|That|His|Her|Their|Our|My|Its|A|An)\b/.test(part);
}

function grow(text: string, end: number): number {
  for (let hop = 0; hop < 3; hop++) {
    const rest = text.slice(end, end + 60);
    let best = '';
    for (const re of PARTS) {
      const m = re.exec(rest);
      if (m && m[0].length > best.length && siteOk(m[0], rest.slice(m[0].length))) best = m[0];
    }
    if (!best) {
      const t = TOWN_CLOSED.exec(rest);
      // A single ordinary English word is a sentence or a role going on, not a town (", Defendant", ", Retired").
      const words = t ? t[1].split(' ') : [];
      const ordinary = words.length === 1 && englishWord(words[0].toLowerCase());
      if (t && !ordinary && !NOT_TOWN.test(t[1]) && !words.every((w) => COMMON_CAPITALISED.has(w))) best = t[0];
    }
    if (!best) break;
    end += best.length;
  }
  return end;
}

/** Every English EMPLOYER span grown over the rest of its name (see the head of this file). */
export function growEmployersEn<T extends PhiSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    if (s.type !== 'EMPLOYER' || !/^[\p{Script=Latin}\d]/u.test(s.text) || /[\u4e00-\u9fff]/.test(s.text)) continue;
    const end = grow(text, s.end);
    // The grown span keeps the found one's standing in the merge (a frame's employer stays below a name).
    if (end !== s.end) out.push({ ...s, end, text: text.slice(s.start, end) });
  }
  return out;
}
