// A word's sense from its role in the sentence: "burn" and "sting" name an injury as nouns (a burn on my arm, a bee
// sting) and a sensation as verbs or adjectives (it burns when I pee, my eyes sting, a burning feeling). A page titled
// with the noun (Burns, Insect Bites and Stings) is no topic of the sensation, which is a finding of something else
// (cystitis, reflux, conjunctivitis). The reading is English grammar, not a list of questions: the word's subject
// (a pronoun, or a body part), a clause of time after it (when/whenever/every time/after/while), or a sensation
// noun after the adjective. A determiner or possessive before it (a, the, my, his) keeps the noun. Past forms
// (burned, burnt, stung) are the injury's verbs and are not read here. Pure.

/** The English words whose verb/adjective sense is a sensation while their noun sense is an injury page's name. */
const SENSATION = /^(burn|burns|burning|sting|stings|stinging)$/i;
const NOUN_BEFORE =
  /\b(a|an|the|my|his|her|their|your|our|its|this|these|those|minor|bad|severe|small|big|chemical|sun|first|second|third|degree|bee|wasp|jellyfish|scorpion|insect)\s*-?\s*$/i;
const SUBJECT_BEFORE =
  /\b(it|that|which|it\s+(?:really|still|also|just|only|kind\s+of|sort\s+of)|eyes?|skin|throat|chest|stomach|tummy|mouth|tongue|lips?|nose|ears?|feet|foot|hands?|legs?|vagina|penis|bladder|urethra|wee|pee|urine|bottom|bum|anus|wound|cut|rash|it\s+always|it\s+sometimes|peeing|weeing|urinating|pooping|swallowing|eating|breathing)\s+$/i;
const TIME_AFTER =
  /^\s+(?:\w+\s+){0,2}?(when|whenever|while|during|after|every\s+time|each\s+time|if|on\s+urination|to\s+(?:pee|wee|urinate|swallow|touch))\b/i;
const PLACE_AFTER = /^\s+(behind|in|inside|around|along|under|below|across|through|down\s+(?:there|my|the|his|her))\b/i;
const FEELING_AFTER = /^\s+(sensation|sensations|feeling|feelings|pain|pains|ache|feel)\b/i;

// What causes the injury (heat, a flame, a chemical, an electric current, the sun, a stinging animal or plant): told
// anywhere in the message, "his chest burns" after a spilled cup of tea is the injury, whatever the grammar says.
// The closed class of burn and sting agents (first-aid texts' causes), not the wording of any question.
const AGENT =
  /\b(hot|boiling|scald\w*|steam|kettle|tea|coffee|soup|stove|oven|hob|pan|grill|iron|curling|straightener|fire|flames?|candle|match(es)?|lighter|firework\w*|barbecue|bbq|radiator|heater|exhaust|oil|grease|wax|acid|alkali|bleach|lye|caustic|chemical\w*|drain\s+cleaner|cement|electric\w*|shock|wire|socket|lightning|sun|sunburn\w*|tanning|bees?|wasps?|hornets?|jellyfish|nettles?|scorpions?|ants?|insects?|spiders?|stingray|smoke|smoky|bitten|stung|burned|burnt|spilled|spilt|splashed|touched)\b|烫|烧伤|开水|热水/i;

// Review s20 E1/E2: the agent class above cannot be complete (drain unblocker, hair relaxer, sparkler, a laundry pod), so
// the event of contact is read instead: something swallowed, chewed, bitten, splashed, sprayed, spilled, applied, got
// on/in the body, touched, picked up or gone off, or an "after" clause whose subject is a thing or another person ("after
// the hair relaxer", "after he picked up…"). A message telling such an event keeps the injury reading. Eating, drinking
// as a meal and passing urine are no contact events ("burns after I eat", "burns when I pee").
const CONTACT_EVENT =
  /\b(swallow\w*|chew\w*|bit|bite|biting|bitten|lick\w*|splash\w*|spray\w*|spill\w*|appl(?:y|ied|ying)|touch\w*|grabb?\w*|picked|picking|held|holding|went\s+off|go(?:es)?\s+off|explod\w*|blew\s+up|got\s+(?:some\s+|a\s+bit\s+of\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:on|in|into)\b|put\s+(?:some\s+)?[\w-]+(?:\s+[\w-]+)?\s+on)\b|\bafter\s+(?:the|a|an|some|that|this|using|applying|putting|getting|touching|he|she|they|we|my|his|her|their)\b/i;

/** Whether the name written at [start, end) of the question is said as a sensation (a verb or adjective), not the injury. */
export function saidAsSensation(question: string, start: number, end: number): boolean {
  const word = question.slice(start, end);
  // "burns like fire" is a simile of the sensation, not a fire.
  if (!SENSATION.test(word) || AGENT.test(question.replace(/\blike\s+(a\s+)?fire\b/gi, ''))) return false;
  if (CONTACT_EVENT.test(question)) return false;
  const before = question.slice(Math.max(0, start - 40), start);
  const after = question.slice(end, end + 40);
  // The -ing form before a sensation noun, a time clause or a place in the body is the adjective or the sensation
  // itself ("a burning feeling", "burning when I pee", "this burning behind my breastbone"), whatever precedes it.
  if (/ing$/i.test(word)) return FEELING_AFTER.test(after) || TIME_AFTER.test(after) || PLACE_AFTER.test(after) || SUBJECT_BEFORE.test(before);
  if (NOUN_BEFORE.test(before) && !/\b(it|that|which)\s+$/i.test(before)) return false;
  return SUBJECT_BEFORE.test(before) || TIME_AFTER.test(after);
}
