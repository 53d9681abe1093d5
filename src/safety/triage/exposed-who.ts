// WHO swallowed or touched it (review s21 O4, session 22; made FAIL CLOSED after review s22 S1/S1b/S2): "my dog ate rat
// poison, what should I do" is a vet's emergency, not a person's — 999/120 and a poisoning first aid for a person are the
// wrong answer. This is a LOWERING, so it holds only when the message proves it: every exposure act of the message (the
// exposure readers' own act words, toxic-exposure.ts ACTS: ate, drank, licked, 吃了, 舔了, 沾到…) has an animal word as its
// own grammatical subject — the animal right before the act with nothing but adverbs between ("the dog probably ate",
// 狗狗把一整板布洛芬都吃了), animals joined by and/和 ("the dog and the cat ate"), or a second act of the same animal
// subject joined by and/then ("my puppy chewed the bottle and ate 10") — AND the message names no person anywhere: no human
// noun of any kind (son, nephew, twins, 孙子, 婴儿, 老人…), no I/me/我/自己/we, no age (2-year-old, age 2, 两岁), no ellipsis
// that adds someone (too, as well, also, so did, 也是, 还有). A subject-less act after an animal OBJECT ("fed the dog then
// drank…", 喂完狗，吃了…) is the writer's; a person subject beside the animal ("me and the dog", 儿子和狗) is a person's.
// Only "what should I do" / 我该怎么办 is read past as the owner asking. Pure.
import { ACTS, ANIMAL } from './toxic-exposure.js';

const SENTENCE = /[^.?!。？！\n]+/g;
const ACT = new RegExp(`${ACTS.swallowed.source}|${ACTS.skin.source}`, 'gi');
const ANIMAL_WORD = `(?:${ANIMAL.source})(?:s|es|咪|狗|儿)?`;
/** An animal noun phrase: a determiner, at most one plain modifier word, the animal word. */
const ANIMAL_NP = `(?:(?:my|our|the|his|her|their|a|an|your)\\s+)?(?:[a-z]+\\s+)?${ANIMAL_WORD}|(?:家里的|家里|我家的|我家|我们家的|我们家|我的|我养的|家的)?(?:小)?${ANIMAL_WORD}`;
/** What may stand between a subject and its act: adverbs, auxiliaries, a 把-object. */
const ADVERBS =
  '(?:\\s*(?:just|also|then|probably|possibly|apparently|somehow|accidentally|already|may have|might have|must have|could have|has|had|have|got into and|也|又|刚|刚才|刚刚|不小心|偷偷|可能|好像|已经|都|全|全都|一起|还|把[^，,。;；]{0,15}?)\\s*)*';
const ANIMAL_SUBJECT = new RegExp(
  `(?:^|[,，;；:：—-])\\s*(?:(?:and|then|but|so|when|after)\\s+)*(?:${ANIMAL_NP})(?:\\s*(?:and|&|和|跟|与|同|还有)\\s*(?:${ANIMAL_NP}))*${ADVERBS}\\s*$`,
  'i',
);
/** A second act joined to the one before it with no subject of its own ("…and ate", "，然后吃了"). */
const JOINED = new RegExp(`^[^,，;；]{0,40}?(?:\\band(?: then)?\\b|\\bthen\\b|然后|接着|又|再|[,，])${ADVERBS}\\s*$`, 'i');
/** Anyone who is a person: a pronoun, any human noun, an age. Deliberately broad — a word too many keeps the person rules. */
const PERSON =
  /\b(?:i|i'm|i've|i'd|me|myself|we|us|ourselves|himself|herself|themselves|yourself|someone|somebody|anyone|everyone|everybody|people|person|man|woman|men|women|lady|guy|sons?|daughters?|kids?|child|children|toddlers?|bab(?:y|ies)|infants?|newborns?|boys?|girls?|husband|wife|partner|boyfriend|girlfriend|mum|mom|mummy|mommy|mother|father|dad|daddy|parents?|brothers?|sisters?|siblings?|friends?|nephews?|nieces?|grand\w*|granny|gran|nan|nana|nanna|twins?|little ones?|family|neighbou?rs?|\w*sitter|nanny|teen\w*|students?|patients?|elderly|elders?|aunt\w*|uncle|cousins?|relatives?|flatmate|roommate|housemate|colleague|coworker|visitor|guests?|youngster|youngest|eldest|tots?|lad|lass|carer|hubby|age[ds]?\s*\d+)\b|\d+\s*-?\s*(?:yo|y\/o|yrs?|years?|months?|mos?|weeks?)\b|我|自己|咱|他|她|人|孩|儿子|儿童|女儿|闺女|女孩|女友|女士|男孩|男友|宝宝|宝贝|小朋友|娃|婴|老公|老婆|丈夫|妻子|爸|妈|爷|奶|姥|外婆|外公|哥|姐|弟|妹|朋友|同事|同学|室友|邻居|客人|孙|侄|甥|老人|家人|全家|大家|叔|姨|舅|伯|婶|先生|太太|保姆|岁|歲/i;
/** An ellipsis that adds someone to the act ("and my son too", "孩子也是", "还有我儿子", "so did Tommy"). */
const ADDED = /\b(?:too|as well|also|so (?:did|has|had|was|were)|did too|both)\b|也是|也一样|也这样|还有|以及/i;
/** The owner asking what to do — the one person word read past. */
const OWNER_ASKS =
  /\bwhat (?:should|do|can|shall|must) (?:i|we) do\b|(?:我|我们)?(?:该|应该|要|需要)?(?:怎么办|怎么做|怎么处理)|(?:我家的|我家|我们家的|我们家|我的|我养的)(?=小?(?:狗|猫|宠物))/gi;

/** Whether the act at `at` of sentence `s` has an animal word as its own grammatical subject. `prevAnimalEnd` is the end
 *  of the sentence's previous act when that act's subject was an animal (a joined second act keeps the subject). */
export function animalSubject(s: string, at: number, prevAnimalEnd = -1): boolean {
  if (ANIMAL_SUBJECT.test(s.slice(0, at))) return true;
  return prevAnimalEnd >= 0 && JOINED.test(s.slice(prevAnimalEnd, at));
}

/** Whether every exposure act the message tells is an animal's (and it tells one), nobody else named. */
export function animalExposureOnly(text: string): boolean {
  if (!ANIMAL.test(text)) return false;
  if (ADDED.test(text)) return false;
  if (PERSON.test(text.replace(OWNER_ASKS, ' '))) return false;
  let acts = 0;
  for (const sm of text.matchAll(SENTENCE)) {
    const s = sm[0];
    let prevAnimalEnd = -1;
    for (const a of s.matchAll(ACT)) {
      acts++;
      const at = a.index ?? 0;
      if (!animalSubject(s, at, prevAnimalEnd)) return false;
      prevAnimalEnd = at + a[0].length;
    }
  }
  return acts > 0;
}
