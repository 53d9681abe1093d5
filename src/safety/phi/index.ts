// PHI detection and redaction, Chinese and English: every HIPAA Safe Harbor class and its Chinese counterparts
// (src/core/phi-types.ts). One implementation for `data deid`, the pipeline's deid step, the server's log
// redaction and the prompts sent to remote models. Detectors are pure and independent; merging resolves overlaps.
import type { PhiSpan, PhiType } from '../../core/phi-types.js';
import { toSimplified } from '../../core/han-variants.js';
import { detectAddresses } from './address.js';
import { detectAges, detectDates } from './dates.js';
import { detectBiometrics } from './biometric.js';
import { detectBrandEmployers } from './brand-employers.js';
import { detectEmployers } from './employer.js';
import { detectEmployerPhrases } from './employer-phrases.js';
import { detectEmployerFramesEn } from './employer-frames-en.js';
import { detectNameSlots, namesBesideNames, personSlotsZh } from './name-slots.js';
import { personSlotsEn } from './person-slots-en.js';
import { romanisedBeside } from './romanised-names.js';
import { formNamesEn } from './field-values-en.js';
import { detectAddressFields } from './address-fields.js';
import { isPlaceholderName, slotNames } from './slot-names.js';
import { detectOrganisationsZh } from './organisations.js';
import { detectGazetteerPlaces, detectLocalities, enGazetteerTown } from './gazetteer.js';
import { detectLocativePlacesZh } from './locative-places-zh.js';
import { detectFacilityPlacesZh } from './facility-places-zh.js';
import { detectSignerListsZh } from './signer-lists-zh.js';
import { detectGlyphMaskedSurnamesZh, detectMaskedSurnamesZh } from './masked-surnames-zh.js';
import { detectCantoneseMrsZh, detectCantoneseMrZh } from './cantonese-titles-zh.js';
import { detectRoleTitlesZh } from './role-titles-zh.js';
import { detectMixedNames } from './mixed-names.js';
import { detectPetNames } from './pet-names.js';
import { detectPlates } from './plates.js';
import { detectShortDates } from './short-dates.js';
import { detectSpokenDatesEn } from './spoken-dates-en.js';
import { detectDateGrammar } from './date-grammar.js';
import { detectDateNeighbours } from './date-neighbours.js';
import { detectTableColumns } from './table-columns.js';
import { detectDicom } from './dicom.js';
import { detectIdCards } from './id-card.js';
import { detectLabelled } from './labelled.js';
import { detectEnglishNames } from './names-en.js';
import { WORD_FIRST_NAMES } from './names-en-lists.js';
import { detectChineseNames, type NameLexicon } from './names-zh.js';
import { detectPhones, detectTrunkPhones } from './phone.js';
import { detectMaskedNumbers } from './masked-numbers.js';
import { detectShapes } from './shapes.js';
import type { PhiDetector } from './span.js';
import { detectPlacesAndEmployers, joinAddresses, joinWorkplaces } from './places.js';
import { detectStructure, nameWord, SURNAME_WORDS } from './structure.js';
import { detectEmails, detectPaymentHandles, detectUrls } from './web.js';
import { englishWord } from '../../knowledge/english-words.js';
import { clinicalWord, detectFrames } from './frames.js';
import { detectApposedPlacesEn } from './apposed-places-en.js';
import { detectAddressChains, detectProsePlaces } from './address-grammar.js';
import { detectUnitPlaces, extendAddresses } from './address-extend.js';
import { dateCutsNumber } from './date-cuts.js';
import { growEmployersEn } from './employer-extent-en.js';
import { detectDirectionRoads, extendDirections } from './address-directions.js';
import { detectCodeValues, issuerNumbers } from './code-values.js';
import type { TaggerModel } from './tagger.js';
import { taggerSpans } from './tagger-spans.js';

export { shippedTagger } from './tagger-spans.js';
import { FULL_WIDTH, OCR_HINT, phiReading, SPOKEN_HINT, TRADITIONAL_RE } from './reading.js';
import { repairSpans } from './repairs.js';
import { extendNameParts } from './name-extent.js';
import { settleZhNameEnds } from './name-extent-zh.js';
import { growAddressLines } from './address-line-en.js';
import { growAddressParts } from './address-parts-en.js';
import { detectBlockAddresses } from './block-addresses.js';
import { retypePlaces } from './place-types.js';
import { datesADay, extendDates, recordTimes } from './date-extent.js';
import { compactView } from './compact-readings.js';
import { propagateFound, TITLE_PREFIX } from './propagation.js';
import { releaseMedicineNames } from './clinical-vocabulary.js';
import { releaseClinicalQuantities } from './clinical-quantities.js';

export { phiReading } from './reading.js';

export { isValidChineseId, idCardChecksum } from './id-card.js';
export { luhnValid } from './id-value.js';
export { vinCheckValid } from './shapes.js';
export type { PhiDetector } from './span.js';
export type { NameLexicon } from './names-zh.js';
export { PHI_TYPES, PHI_CLASSES, isPhiType, parsePhiTypes } from '../../core/phi-types.js';

/** Detectors by name. Order does not matter (merge decides). Name detectors also take the caller's lexicon. */
export const PHI_DETECTORS = {
  idCard: detectIdCards,
  shapes: detectShapes,
  labelled: detectLabelled,
  email: detectEmails,
  url: detectUrls,
  dates: detectDates,
  ages: detectAges,
  phone: detectPhones,
  address: detectAddresses,
  employer: detectEmployers,
  places: detectPlacesAndEmployers,
  addressChains: detectAddressChains,
  codeValues: detectCodeValues,
  biometrics: detectBiometrics,
  gazetteer: detectGazetteerPlaces,
  petNames: detectPetNames,
  mixedNames: detectMixedNames,
  shortDates: detectShortDates,
  dateNeighbours: detectDateNeighbours,
  brandEmployers: detectBrandEmployers,
  plates: detectPlates,
  unitPlaces: detectUnitPlaces,
  employerPhrases: detectEmployerPhrases,
  tableColumns: detectTableColumns,
  dicom: detectDicom,
} satisfies Record<string, PhiDetector>;

/** When spans overlap, the more specific (validated or labelled) identifier wins. */
const PRIORITY: Record<PhiType, number> = {
  ID_CARD: 20,
  SSN: 19,
  EMAIL: 18,
  URL: 17,
  IP: 16,
  ACCOUNT: 15,
  PASSPORT: 14,
  VEHICLE: 13,
  PLATE: 12,
  DEVICE: 11,
  HEALTH_PLAN: 10,
  MRN: 10,
  LICENSE: 10,
  BIOMETRIC: 10,
  FAX: 9,
  PHONE: 8,
  SOCIAL: 7,
  OTHER_ID: 6,
  DATE: 5,
  AGE: 5,
  EMPLOYER: 4,
  ADDRESS: 3,
  NAME: 2,
};

/**
 * Rank of what only fills text no other reader claimed — dates in words, addresses grown over directions — below NAME
 * (2), so it never cuts a name, an address or a code it overlaps.
 */
const FILL_RANK = 1;

/** Rank of a numeric date cut out of a longer number: below an address or an employer, above a name (date-cuts.ts). */
const CUT_DATE_RANK = 2.5;

/** Rank of a grown address chain in the merge: above the code-shaped types its unit numbers look like ("#08-1127"). */
const ADDRESS_CHAIN_RANK = 11;

export interface PhiOptions {
  /** Only report these types (default: all). */
  types?: readonly PhiType[];
  /** Placeholder for a span (default `[TYPE]`; dates keep their year: `[DATE:1985]`). */
  placeholder?: (span: PhiSpan) => string;
  /** Same value → same numbered placeholder within one call ("[NAME_1]" … "[NAME_1]"), so who-did-what survives. */
  pseudonymize?: boolean;
  /** Medical and common words that are never names (e.g. the terminology); without it the built-in stop lists apply. */
  lexicon?: NameLexicon;
  /** Keep the year of a redacted date in its placeholder (Safe Harbor allows the year). Default true. */
  keepYear?: boolean;
  /** Also run the learned tagger (tagger.ts) and keep the union with the rules. Default true; false = rules only. */
  tagger?: boolean;
  /** Run the tagger only on candidate sentences (tagger-windows.ts). Default true; false = the whole text (the
   * previous design, kept for the speed comparison in bench/deid-speed.ts). */
  taggerWindows?: boolean;
  /** A tagger other than the shipped one (training and held-out evaluation in bench/deid-train.ts). */
  taggerModel?: TaggerModel;
}

/** Resolve overlaps: higher priority first; a lower one keeps only a part that does not overlap (if ≥ 2 chars). */
/** A span while overlaps are resolved: its rank, and whether it comes from a shape reader that may sit INSIDE a longer
 *  span (split: the longer span keeps its parts on both sides; requeued: such a right-hand part, itself split again). */
type MergeSpan = PhiSpan & { rank?: number; split?: boolean; requeued?: boolean };

export function mergeSpans(spans: MergeSpan[], text: string): PhiSpan[] {
  const rank = (s: MergeSpan) => s.rank ?? PRIORITY[s.type];
  const order = (a: MergeSpan, b: MergeSpan) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start;
  const ordered = [...spans].sort(order);
  const kept: MergeSpan[] = [];
  // A right-hand part requeued below is visited by this same loop, at its own rank's place among the spans not yet
  // visited (diff read s34: pushed at the end, a lower-ranked span visited first trimmed the higher-ranked part).
  const requeue = (at: number, part: MergeSpan) => {
    let j = at + 1;
    while (j < ordered.length && order(ordered[j], part) <= 0) j++;
    ordered.splice(j, 0, part);
  };
  for (let i = 0; i < ordered.length; i++) {
    const s = ordered[i];
    let { start, end } = s;
    for (const k of kept) {
      if (k.end <= start || k.start >= end) continue;
      if (k.start <= start && k.end >= end) {
        start = end;
        break;
      }
      if (k.start <= start) start = k.end;
      else if (k.end >= end) end = k.start;
      else {
        // k strictly inside s: keep the left part; when k is a shape reading, keep the right part too (a phone or a
        // masked number inside an address must not release the rest of the address).
        // The right part runs to the current end: a span kept before may already have cut s's end.
        if (k.split || s.requeued) requeue(i, { ...s, start: k.end, end, rank: rank(s), requeued: true });
        end = k.start;
      }
    }
    const piece = text.slice(start, end);
    if (end - start >= 2 || (end - start >= 1 && end - start === s.end - s.start && (s.type === 'NAME' || s.type === 'MRN'))) {
      if (piece.trim()) kept.push({ type: s.type, start, end, text: piece, ...(s.split ? { split: true } : {}) });
    }
  }
  return kept.map(({ type, start, end, text: t }): PhiSpan => ({ type, start, end, text: t })).sort((a, b) => a.start - b.start);
}

const LATIN_WORD_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)([ ])$/u;
const LATIN_WORD_AFTER =
  /^(?:[ ]and|[ ]&|[ ](?:bin|binti|binte|bint|bte|ibn|van|von|der|den|de|del|della|da|di|du|dos|das|la|le|al|el|ter|ten|s\/o|d\/o|a\/l|a\/p|S\/O|D\/O|A\/L|A\/P))?[ ](\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?)(?![\p{L}'’-])/u;

/**
 * An English name runs over the capitalised name words next to it: "Rafael [Torres] Acosta", "Regina [Booker]-Hall",
 * and a first name joined by "and" shares the surname after it ("Chidi and [Amara Okoye]"). Words that are common,
 * clinical or eponyms stop the run.
 */
function extendLatinNames(text: string, spans: PhiSpan[], lexicon?: NameLexicon): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'NAME' || /[\u4e00-\u9fa5]/.test(s.text)) return s;
    let { start, end } = s;
    // Hyphenated and accented parts the detector cut ("Booker" of "Booker-Hall", "Mej" of "Mejía").
    while (end < text.length && /[\p{L}'’]/u.test(text[end])) end++;
    while (end < text.length - 1 && text[end] === '-' && /\p{Lu}/u.test(text[end + 1])) {
      end++;
      while (end < text.length && /[\p{L}'’]/u.test(text[end])) end++;
    }
    while (start > 0 && /[\p{L}'’-]/u.test(text[start - 1])) start--;
    for (let i = 0; i < 3; i++) {
      const after = LATIN_WORD_AFTER.exec(text.slice(end, end + 40));
      if (!after || !(nameWord(after[1], lexicon) || SURNAME_WORDS.has(after[1]))) break;
      end += after[0].length;
    }
    for (let i = 0; i < 3; i++) {
      const before = LATIN_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      // First names that are also words ("May Ellen Prescott", "Will Prescott") join a name found next to them.
      if (!before || !(nameWord(before[1], lexicon) || WORD_FIRST_NAMES.has(before[1]))) break;
      start -= before[0].length - (before[0].length - before[1].length - before[2].length);
    }
    return start === s.start && end === s.end ? s : { ...s, start, end, text: text.slice(start, end) };
  });
}

export function detectPhi(text: string, options: PhiOptions = {}): PhiSpan[] {
  if (!text) return [];
  const spans = detectWritten(text, options);
  const v = compactView(text);
  if (!v) return spans;
  // Numbers read out or spread out (compact-readings.ts): what the detector finds on a compacted run, mapped back.
  // All such lines are read in one call; a span across a break of the view would join lines that are not adjacent.
  const extra: PhiSpan[] = [];
  for (const s of detectWritten(v.text, options)) {
    if (v.text.slice(s.start, s.end).includes('\n')) continue;
    const start = v.from[s.start];
    const end = v.to[s.end - 1];
    if (!v.runs.some((r) => r.start < end && start < r.end)) continue;
    if (spans.some((k) => k.start <= start && end <= k.end)) continue;
    extra.push({ type: s.type, start, end, text: text.slice(start, end) });
  }
  // Seven or more digits said one by one that do not count are a number someone read out (a telephone, a card, a
  // record number) even where no reader knows its length ("seven seven oh nine, double two, four one six").
  for (const r of v.runs) {
    if (!r.readOut || [...spans, ...extra].some((k) => k.start < r.end && r.start < k.end)) continue;
    extra.push({ type: 'OTHER_ID', start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  }
  return extra.length ? mergeSpans([...spans.map((x) => ({ ...x, rank: 40 })), ...extra], text) : spans;
}

function detectWritten(text: string, options: PhiOptions): PhiSpan[] {
  FULL_WIDTH.lastIndex = 0;
  const wide = FULL_WIDTH.test(text);
  TRADITIONAL_RE.lastIndex = 0;
  const traditional = TRADITIONAL_RE.test(text);
  TRADITIONAL_RE.lastIndex = 0;
  FULL_WIDTH.lastIndex = 0;
  if (wide || traditional || OCR_HINT.test(text) || SPOKEN_HINT.test(text)) {
    // Detect on the ASCII / simplified reading (same length), report the original characters.
    const reading = phiReading(text);
    return detectOnReading(reading, options, traditional, text).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  }
  return detectOnReading(text, options);
}

/** Traditional characters that fold into a surname but are none themselves (週 week -> 周, 鐘 clock -> 钟, 於 -> 于, 後 -> 后,
 * 餘 -> 余): a slot read on the folding that starts on one of them as written is no name ("術後第2週醫師", "半個鐘醫生",
 * review s38 b01/b22). Read on the original text: the detector's reading already folds 鐘 to 钟. */
const FOLD_ONLY_SURNAME = /[週鐘於後餘裡裏乾幹範穀鬆遊佔係繫隻幾麵鬍衝複復發髮蔔製準據]/;

function detectOnReading(text: string, options: PhiOptions, traditional = false, original = text): PhiSpan[] {
  const all: MergeSpan[] = [];
  for (const detect of Object.values(PHI_DETECTORS)) all.push(...detect(text));
  // A numeric date cut out of a longer number ("12-2-41|7/A") yields to an address or employer over it (date-cuts.ts).
  for (const s of all) if (dateCutsNumber(text, s)) s.rank = CUT_DATE_RANK;
  all.push(
    ...detectChineseNames(text, options.lexicon),
    ...detectEnglishNames(text, options.lexicon),
    ...detectStructure(text, options.lexicon),
    ...detectFrames(text, options.lexicon),
    ...detectNameSlots(text, options.lexicon, (w) => nameWord(w, options.lexicon) && !englishWord(w)),
  );
  all.push(...detectProsePlaces(text, englishWord, (w) => clinicalWord(w, options.lexicon)));
  if (options.tagger !== false) all.push(...taggerSpans(text, all, options.lexicon, options.taggerModel, options.taggerWindows === false));
  // Address chains grown from every piece found (address-extend.ts); the grown chain outranks the codes inside it.
  const chains = extendAddresses(text, all);
  for (const g of chains) all.push({ ...g, rank: ADDRESS_CHAIN_RANK });
  // The house, unit and sector parts the chain grammar leaves beside an address (address-parts-en.ts), then the chain
  // grammar again from the grown span (a town after a sector: "…, Sector 52, Noida").
  const parts = growAddressParts(text, [...all, ...chains]);
  for (const g of [...parts, ...extendAddresses(text, parts)]) all.push({ ...g, rank: ADDRESS_CHAIN_RANK });
  // A housing-block address read whole by its grammar ("Blk 208 Toa Payoh Lor 8 #01-1247": block-addresses.ts), with the
  // chains: the name-like street and the unit code inside it are parts of it.
  for (const g of detectBlockAddresses(text)) all.push({ ...g, rank: ADDRESS_CHAIN_RANK });
  // The shape readers come after the chains: a number inside an address is part of it, never a stop of its growth.
  for (const p of [...detectTrunkPhones(text), ...detectMaskedNumbers(text), ...detectPaymentHandles(text)]) all.push({ ...p, split: true });
  // A home told as directions ("东塘百货后面那个老宿舍区，8栋402", "past the taco truck lot") grows the address over them,
  // from the addresses found and from roads named where directions are given (address-directions.ts). Read after the
  // tagger and the chains, so what they find is as before; the directions only fill unclaimed text.
  const roads = detectDirectionRoads(text);
  for (const g of [...roads, ...extendDirections(text, [...all, ...roads])]) all.push({ ...g, rank: FILL_RANK });
  // A date is the whole timestamp, and a dated record's clock times are elements of its dates (date-extent.ts).
  all.push(...extendDates(text, all));
  // Dates in words (date-grammar.ts) rank below every other reading: they take only text no other reader claimed
  // ("柴国庆" stays a name, "长沙五一广场" an address), grown over their part of the day at the same rank; relative days
  // ("昨天", "tomorrow") only in a record that dates a day.
  // English dates in words (spoken-dates-en.ts) take the fill rank too, and are added after the readers that fill only
  // unclaimed text (review fix, S1-B): a date in words never cuts a name ("Patient May Fourth Smith" stays a name).
  const spoken = detectSpokenDatesEn(text);
  const spokenGrown = [...spoken, ...extendDates(text, spoken)];
  const words = detectDateGrammar(text, datesADay([...all, ...spoken]));
  for (const d of [...words, ...extendDates(text, words)]) all.push({ ...d, rank: FILL_RANK });
  // A surname in a person's slot read by word boundaries (name-slots.ts personSlotsZh) fills only text no reader
  // claimed. The dictionary that tells word boundaries is simplified ("處方醫生"), so (s38) traditional text is read on the product's full folding (core/han-variants.ts, one character for one), so the
  // word boundaries are the dictionary's ("主治醫師為蕭醫師", "朋友推薦陳醫師"); the detector's reading folds only labels,
  // places and surnames, and left words such as 處方 or 推薦 unread — a surname after them looked like a word of its own.
  const folded = traditional ? toSimplified(text) : text;
  if (folded.length === text.length)
    for (const p of personSlotsZh(folded, options.lexicon, traditional))
      if (!(traditional && FOLD_ONLY_SURNAME.test(original[p.start] ?? '')) && !all.some((s) => s.start < p.end && p.start < s.end))
        all.push({ ...p, text: text.slice(p.start, p.end), rank: FILL_RANK });
  // A capitalised word in an English person's slot (after a role noun, before a bracketed role: person-slots-en.ts)
  // fills only text no reader claimed, like the Chinese slots.
  for (const p of personSlotsEn(text, options.lexicon)) if (!all.some((s) => s.start < p.end && p.start < s.end)) all.push({ ...p, rank: FILL_RANK });
  // A name that fills an English form's person field whole (field-values-en.ts: "Forename: Kieran   DOB", "Sample taken
  // by: Kirsty (MW)", "Chk: WSM"), the field closed by the layout: fills only unclaimed text, like the slots above.
  for (const p of formNamesEn(text, options.lexicon)) if (!all.some((s) => s.start < p.end && p.start < s.end)) all.push({ ...p, rank: FILL_RANK });
  // A place field's value (address-fields.ts) fills what the shape readers left of it ("Suburb: Glenbrook", "住址：板橋").
  for (const p of detectAddressFields(text)) all.push({ ...p, rank: FILL_RANK });
  // Any word in a slot only a person stands in (slot-names.ts: after a kinship or care noun, a self-introduction, a
  // salutation or sign-off, a demographic line), unless the clinical vocabulary vetoes it: fills only unclaimed text.
  // A slot's name that holds a shorter name another reader cut ("我老婆[林秀]琴", "哥哥[向宇]航") takes its place.
  for (const p of slotNames(text, options.lexicon)) {
    const over = all.filter((s) => s.start < p.end && p.start < s.end);
    if (!over.length) all.push({ ...p, rank: FILL_RANK });
    else if (over.every((s) => s.type === 'NAME' && p.start <= s.start && s.end <= p.end)) all.push(p);
  }
  // A locality before a known city ("Ballinlough, Cork") fills only text no reader claimed: a name or an address
  // chain found there keeps its reading.
  const filledPlaces: PhiSpan[] = [];
  for (const p of detectLocalities(text)) if (!all.some((s) => s.start < p.end && p.start < s.end)) filledPlaces.push(p);
  // A town in apposition after a clinician, a facility or a numbered site ("Dr Keane, Maynooth", "Nepean Hospital,
  // Kingswood", "(Site 014, Westmead)": apposed-places-en.ts) fills only text no reader claimed.
  const apposedWords = { ordinary: englishWord, clinical: (w: string) => clinicalWord(w, options.lexicon), knownTown: enGazetteerTown };
  for (const p of detectApposedPlacesEn(text, all, apposedWords)) if (!all.some((s) => s.start < p.end && p.start < s.end)) filledPlaces.push(p);
  // s44: these places grow over the house, road and PIN parts beside them like the chains above ("#221, 8th Cross,
  // |Malleswaram, Bengaluru| - 560003"), at the same fill rank: the parts take only text no reader claimed.
  for (const p of [...filledPlaces, ...growAddressParts(text, filledPlaces)]) all.push({ ...p, rank: FILL_RANK });
  // A named organisation (modifiers + a head noun, or proper words alone) in a work or study frame
  // (organisations.ts): below every reading, so a place or a name found in it keeps its reading and the rest fills.
  if (!traditional) for (const o of detectOrganisationsZh(text)) all.push({ ...o, rank: FILL_RANK });
  // English employer frames (employer-frames-en.ts), below every reading like the zh organisations: a person's name
  // ("nurse (Kelechi Obi)") or a locality ("(Uber, Leicester)") found there keeps its reading and spreads; the rest fills.
  for (const o of detectEmployerFramesEn(text)) all.push({ ...o, rank: FILL_RANK });
  // A place named between a locative verb and a demonstrative of place (locative-places-zh.ts: "在光谷那边", "在三重那邊")
  // fills only text no reader claimed, after the organisations ("在比亚迪那边上班" stays a workplace).
  for (const p of detectLocativePlacesZh(text)) if (!all.some((s) => s.start < p.end && p.start < s.end)) all.push({ ...p, rank: FILL_RANK });
  // A locality opening a neighbourhood facility's name (facility-places-zh.ts: "宏茂桥综合诊所", "去民治社康") fills only
  // text no reader claimed, like the locative frame.
  for (const p of detectFacilityPlacesZh(text)) if (!all.some((s) => s.start < p.end && p.start < s.end)) all.push({ ...p, rank: FILL_RANK });
  // Bare surnames in a staff field closed by the next field's label (signer-lists-zh.ts: "医师：任　审核：…", "评估员：程、陆").
  for (const p of detectSignerListsZh(text)) if (!all.some((s) => s.start < p.end && p.start < s.end)) all.push({ ...p, rank: FILL_RANK });
  // A surname half-masked by the writer before a predicate or a pause (masked-surnames-zh.ts: "司机刘某在场", "民警黄某（").
  for (const p of detectMaskedSurnamesZh(text)) if (!all.some((s) => s.start < p.end && p.start < s.end)) all.push({ ...p, rank: FILL_RANK });
  // The same role read for a mask written with a glyph (s38: "個案林○○，女", "患者李＊＊，女"): fills only unclaimed text,
  // or takes the place of a name another reader cut at the mask ("欧阳|○○").
  for (const p of detectGlyphMaskedSurnamesZh(text)) {
    const over = all.filter((s) => s.start < p.end && p.start < s.end);
    if (!over.length) all.push({ ...p, rank: FILL_RANK });
    else if (over.every((s) => s.type === 'NAME' && p.start <= s.start && s.end <= p.end)) all.push(p);
  }
  // A man called by surname + 生 in written Cantonese (cantonese-titles-zh.ts: "陳生今日覆診"): fills only unclaimed text.
  for (const p of detectCantoneseMrZh(text)) if (!all.some((s) => s.start < p.end && p.start < s.end)) all.push({ ...p, rank: FILL_RANK });
  // s40: Cantonese 太 = Mrs after a surname (cantonese-titles-zh.ts) and a surname + a role noun read by its head 长/师
  // (role-titles-zh.ts: 院长, 營養師, 心理|师) fill only unclaimed text, like the Mr reading above.
  for (const p of [...detectCantoneseMrsZh(text), ...detectRoleTitlesZh(text)])
    if (!all.some((s) => s.start < p.end && p.start < s.end)) all.push({ ...p, rank: FILL_RANK });
  for (const d of spokenGrown) all.push({ ...d, rank: FILL_RANK });
  // An English employer grown over the rest of its name: legal form, the site heading it, a site or town in
  // apposition (employer-extent-en.ts).
  // Only from an employer that keeps its own text: one a higher reading covers (a name, "Westpac Wollongong") would
  // leave its grown tail alone (" branch", ", ").
  // The employer as found before it grew still spreads over the document as it did before the growth (review s43:
  // "Gulf Coast Precast Concrete plant" no longer matched a later bare "Gulf Coast Precast Concrete"): its found text is
  // handed to propagation beside the merged spans, and only propagation sees it.
  const foundEmployers: PhiSpan[] = [];
  if (/[A-Za-z]/.test(text)) {
    const rankOf = (s: MergeSpan) => s.rank ?? PRIORITY[s.type];
    const standing = all.filter((e) => e.type === 'EMPLOYER' && !all.some((o) => rankOf(o) > rankOf(e) && o.start <= e.start && o.end >= e.end));
    for (const e of standing) {
      const grownEmployer = growEmployersEn(text, [e]);
      all.push(...grownEmployer);
      if (grownEmployer.length) foundEmployers.push({ type: 'EMPLOYER', start: e.start, end: e.end, text: text.slice(e.start, e.end) });
    }
  }
  all.push(...recordTimes(text, all));
  // A medicine of the text is no name (clinical-vocabulary.ts), before names spread over the document.
  const merged = releaseMedicineNames(text, mergeSpans(/[A-Z]/.test(text) ? extendLatinNames(text, all, options.lexicon) : all, text));
  // A found Han name's romanisation beside it (romanised-names.ts: "謝振華 XIE ZHENHUA", "CHEUNG SHUK FAN 張淑芬").
  const beside = [...namesBesideNames(text, merged), ...romanisedBeside(text, merged)];
  // Every identifier found is found everywhere in the document (propagation.ts): twice, since a name grown over its
  // neighbours ("Graves" → "Hope Graves") brings new parts to spread.
  const again = [...beside, ...propagateFound(text, [...merged, ...beside, ...foundEmployers], options.lexicon)];
  // The last step names a caught span by its form (place-types.ts: a road's name read as a person's, a postcode read as
  // a plate); only the label changes.
  const joined = (spans: PhiSpan[]) => retypePlaces(text, joinWorkplaces(text, joinAddresses(text, spans), englishWord));
  if (!again.length) return filterTypes(joined(merged), options, text);
  const grown = mergeSpans(extendLatinNames(text, [...merged, ...again], options.lexicon), text);
  const more = propagateFound(text, grown, options.lexicon);
  return filterTypes(joined(more.length ? mergeSpans(extendLatinNames(text, [...grown, ...more], options.lexicon), text) : grown), options, text);
}

function filterTypes(spans: PhiSpan[], options: PhiOptions, text?: string): PhiSpan[] {
  // Last, the clinical-vocabulary guard: a dose, a score, a duration or a dosing time is no date, a medicine no name.
  const merged =
    text === undefined
      ? spans
      : releaseMedicineNames(
          text,
          releaseClinicalQuantities(
            text,
            mergeSpans(
              [
                ...growAddressLines(text, settleZhNameEnds(text, extendNameParts(text, repairSpans(text, spans), options.lexicon), options.lexicon)),
                ...issuerNumbers(text, spans),
              ],
              text,
            ),
          ),
        );
  // A placeholder where a name was already taken out (患者某某) is no name.
  const real = merged.filter((s) => s.type !== 'NAME' || !isPlaceholderName(s.text));
  return options.types ? real.filter((s) => options.types?.includes(s.type)) : real;
}

/** `[TYPE]`, or `[DATE:1985]` for a date whose year is kept. */
export function defaultPlaceholder(s: PhiSpan, keepYear = true): string {
  if (s.type === 'DATE' && keepYear) {
    const year = /(?:19|20)\d{2}/.exec(s.text)?.[0];
    if (year) return `[DATE:${year}]`;
  }
  return `[${s.type}]`;
}

/** Normalised value for pseudonym identity: case, spaces and separators do not make a new person. */
const identity = (s: PhiSpan): string =>
  `${s.type}\u0000${s.text
    .replace(TITLE_PREFIX, '')
    .toLowerCase()
    .replace(/[\s\-·.()（）]/g, '')}`;

/** Numbered placeholders that stay consistent across calls (one record, or one conversation). */
export function createPseudonymizer(): (s: PhiSpan) => string {
  const ids = new Map<string, number>();
  const next: Partial<Record<PhiType, number>> = {};
  return (s) => {
    const key = identity(s);
    let n = ids.get(key);
    if (n === undefined) {
      n = (next[s.type] ?? 0) + 1;
      next[s.type] = n;
      ids.set(key, n);
    }
    return `[${s.type}_${n}]`;
  };
}

/** Replace every detected identifier with a typed placeholder. Spans refer to offsets in the ORIGINAL text. */
export interface PhiRedaction {
  text: string;
  /** Offsets in the original text, in order. */
  spans: PhiSpan[];
  /** What each span became, index for index. */
  placeholders: string[];
}

export function redactPhi(text: string, options: PhiOptions = {}): PhiRedaction {
  const spans = detectPhi(text, options);
  const keepYear = options.keepYear ?? true;
  const placeholder = options.placeholder ?? (options.pseudonymize ? createPseudonymizer() : (s: PhiSpan) => defaultPlaceholder(s, keepYear));
  let out = '';
  let at = 0;
  const placeholders: string[] = [];
  for (const s of spans) {
    const p = placeholder(s);
    placeholders.push(p);
    out += text.slice(at, s.start) + p;
    at = s.end;
  }
  return { text: out + text.slice(at), spans, placeholders };
}

export interface PhiDryRun {
  counts: Partial<Record<PhiType, number>>;
  spans: PhiSpan[];
  /** What the text would become. */
  redacted: string;
}

/** Dry run: what would change, by type, without committing to it. */
export function phiDryRun(text: string, options: PhiOptions = {}): PhiDryRun {
  const { text: redacted, spans } = redactPhi(text, options);
  const counts: Partial<Record<PhiType, number>> = {};
  for (const s of spans) counts[s.type] = (counts[s.type] ?? 0) + 1;
  return { counts, spans, redacted };
}
