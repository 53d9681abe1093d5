// WHO swallowed or touched it (review s21 O4, session 22): "my dog ate rat poison, what should I do" is a vet's
// emergency, not a person's — 999/120 and a poisoning first aid for a person are the wrong answer. Each exposure act of
// the message (the exposure readers' own act words, toxic-exposure.ts ACTS: ate, drank, licked, had some, 吃了, 舔了,
// 沾到…) is given to the LAST actor named before it in its sentence — an animal (dog, cat, 狗狗, 猫) or anyone else (I,
// my son, a 2 year old, 我, 孩子, or nobody named: the writer). The message is an animal's exposure only when it tells
// at least one act and every act is an animal's; one act of a person ("and I think my 2 year old had some too", "我也
// 沾到嘴里了") keeps the whole message a person's poisoning. Pure.
import { ACTS, ANIMAL } from './toxic-exposure.js';

const SENTENCE = /[^.?!。？！\n]+/g;
/** Any actor: an animal, or a person (a pronoun, a kin or child noun, an age). */
const ACTOR = new RegExp(
  `${ANIMAL.source}|\\b(?:i|me|he|she|they|we|him|her|them|us|my (?:son|daughter|kid|child|baby|husband|wife|partner|mum|mom|dad|brother|sister|friend)|son|daughter|kid|kids|child|children|toddler|baby|boy|girl|husband|wife|partner|mum|mom|dad|grandma|grandad|someone|somebody)\\b|\\b\\d+\\s*(?:yo|y/o|year|yr|month|mo)s?\\b|我|你|他|她|孩子|儿子|女儿|宝宝|小孩|老公|老婆|爸|妈|奶奶|爷爷|外婆|外公|哥|姐|弟|妹|朋友|同事|有人`,
  'gi',
);
/** An act told again by ellipsis ("and so did my 2 year old", "my son did too"): the actor named AFTER it. */
const SO_DID =
  /\b(?:and )?so (?:did|has|had|was|were)\s+(?<actor>[^,.;!?]{1,30})|\b(?<actor2>(?:my|his|her|our) [\w\s-]{1,20}?|i|he|she|they) (?:did|has|had) (?:too|as well)\b/gi;
const ACT = new RegExp(`${ACTS.swallowed.source}|${ACTS.skin.source}`, 'gi');
const ANIMAL_ONLY = new RegExp(`^(?:${ANIMAL.source})$`, 'i');

/** Whether the act at `at` of sentence `s` is an animal's: the last actor named before it is an animal. */
export function animalActor(s: string, at: number): boolean {
  const actors = [...s.slice(0, at).matchAll(ACTOR)];
  const last = actors[actors.length - 1]?.[0];
  return last !== undefined && ANIMAL_ONLY.test(last);
}

/** Whether every exposure act the message tells is an animal's (and it tells one). */
export function animalExposureOnly(text: string): boolean {
  if (!ANIMAL.test(text)) return false;
  let acts = 0;
  for (const sm of text.matchAll(SENTENCE)) {
    const s = sm[0];
    // "…and so did my 2 year old": an act whose actor is told after it.
    for (const m of s.matchAll(SO_DID)) {
      const who = m.groups?.actor ?? m.groups?.actor2 ?? '';
      if (!ANIMAL_ONLY.test(who.trim().replace(/^(?:my|his|her|our|the)\s+/i, ''))) return false;
    }
    for (const a of s.matchAll(ACT)) {
      acts++;
      // Nobody named before the act is the writer's own ("ate some rat poison by accident, my dog is fine").
      if (!animalActor(s, a.index ?? 0)) return false;
      // A person named after the act in its clause ("…and ate some himself", "我也…") shares it.
      const clauseRest = /^[^,，;；]*/.exec(s.slice((a.index ?? 0) + a[0].length))?.[0] ?? '';
      if (/\b(?:himself|herself|myself|themselves|too|as well|also)\b|也|自己/i.test(clauseRest)) return false;
    }
  }
  return acts > 0;
}
