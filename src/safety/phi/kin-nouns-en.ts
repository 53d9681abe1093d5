// The English kinship and care nouns a person's name follows ("my mum May", "my nephew Advil"), and the predicates that
// make the word after them a person — one home for the slot reader (slot-names.ts) and the medicine release
// (clinical-vocabulary.ts), which read the same slot and used to keep two lists (review s21 diff reading).

/** Kinship and care nouns, as a regex source (no groups captured). */
export const KIN_EN =
  '(?:mum|mom|mother|mam|mama|mummy|mommy|dad|father|daddy|papa|husband|hubby|wife|partner|spouse|son|daughter|brother|sister|twin|' +
  'grandma|grandmother|granny|gran|nan|nana|nanna|grandad|granddad|grandpa|grandfather|grandson|granddaughter|aunt|auntie|aunty|' +
  'uncle|cousin|niece|nephew|boyfriend|girlfriend|fianc[eé]e?|stepson|stepdaughter|stepmum|stepmom|stepdad|stepfather|stepmother|' +
  'baby|toddler|kid|child|friend|flatmate|roommate|housemate|neighbou?r|carer|caregiver|sibling|(?:mother|father|son|daughter|sister|brother)-in-law)';

/** A kinship noun (plural too) ending the text before a word: "my nephew ", "Daughters ". */
export const KIN_BEFORE_EN = new RegExp(`(?<![\\p{L}'’-])${KIN_EN}(?:s|es)?,?\\s*$`, 'iu');

/** What a medicine does as a subject — never a person's act ("Advil helps", "Valium worked", "wore off"). */
const MEDICINE_DOES = String.raw`(?:help|helps|helped|work|works|worked|wore|wears|kicks?|kicked|causes?|caused|relieves?|relieved|eases?|eased|reduces?|reduced|lowers?|lowered|controls?|controlled|interacts?|interacted|expires?|expired|costs?|contains?|contained|comes in|came in)\b`;

/**
 * A person's predicate after the word a kinship noun introduces: a finite verb (a past or third-person form, an
 * auxiliary, an adverb opening the verb phrase) that is not what a medicine does, or an age in apposition ("My daughter
 * Valium went to school", "My son Tylenol, 7,"). A medicine's own predicates (isn't helping, ran out, made him drowsy)
 * are read before this (clinical-vocabulary.ts THING_AFTER).
 */
export const PERSON_PREDICATE_EN = new RegExp(
  String.raw`^(?:,?[ ](?!${MEDICINE_DOES})(?:who|is|was|has|had|keeps|kept|can|could|will|would|won['’]?t|can['’]?t|couldn['’]?t|didn['’]?t|doesn['’]?t|wasn['’]?t|hasn['’]?t|just|also|still|always|never|went|fell|ran|got|came|woke|told|said|took|threw|broke|hit|cut|ate|drank|slept|felt|left|began|saw|bit|caught|sat|stood|lost|found|thought|knew|fought|spent|[a-z]{2,}ed|[a-z]*[^s\W]s)\b|,[ ]\d{1,2}\b|[ ]\(\d{1,2}\))`,
);
