import { describe, expect, it } from 'vitest';
import { saidAsSensation } from './sensation-sense.js';

/** The reading at the first occurrence of `word` in the question. */
const at = (question: string, word: string) => {
  const start = question.toLowerCase().indexOf(word.toLowerCase());
  if (start < 0) throw new Error(`"${word}" is not in "${question}"`);
  return saidAsSensation(question, start, start + word.length);
};

describe('saidAsSensation: burn/sting as a sensation, not the injury', () => {
  it.each([
    ['it burns when I pee', 'burns'],
    ['it really burns to pee and I need to go all the time', 'burns'],
    ['My eyes burn and itch all day', 'burn'],
    ['my throat burns after I eat spicy food and lie down', 'burns'],
    ['it stings when I wee', 'stings'],
    ['burning sensation when urinating', 'burning'],
    ['stinging pain in my eyes when I read', 'stinging'],
    ['it burns down there when I pee', 'burns'],
    ['peeing burns and I keep going every half hour', 'burns'],
    ['it burns like fire when I pee', 'burns'],
    ['after dinner I get this burning behind the breastbone', 'burning'],
  ])('%s → sensation', (q, w) => expect(at(q, w)).toBe(true));

  it.each([
    // the noun: a determiner or possessive before it
    ['I have a burn on my hand, how do I treat a burn?', 'burn'],
    ['what are the degrees of burns', 'burns'],
    ['what to do for a bee sting', 'sting'],
    ['how should I treat burns at home?', 'burns'],
    // the injury's agent told anywhere in the message keeps the injury, whatever the grammar
    ['My toddler pulled a hot cup of tea onto himself and his chest burns', 'burns'],
    ['spilled boiling water on my leg and it burns so much', 'burns'],
    ['got bleach on my skin and it burns', 'burns'],
    ['I was in the sun all day and my back burns and is red', 'burns'],
    ['stung by a wasp and it stings like crazy and my lips are swelling', 'stings'],
    ['a jellyfish got me at the beach and it stings', 'stings'],
    ['my daughter got an electric shock from a socket and her finger burns', 'burns'],
    ['after the fire my throat burns and I am coughing', 'burns'],
    ['collapse from indoor burning', 'burning'],
    ['smoke from burning in the house', 'burning'],
    // review s20 E1/E2: an event of contact keeps the injury whatever the agent is called
    ['my mouth burns after I swallowed some drain unblocker by mistake', 'burns'],
    ["my son's hand burns after he picked up the lit sparkler, blisters on his fingers", 'burns'],
    ['got hair dye on my scalp and forehead, it burns and now it is blistering and weeping', 'burns'],
    ['a firecracker went off in his hand, the skin burns and looks white and leathery', 'burns'],
    ['my tongue burns after chewing a laundry pod', 'burns'],
    ["my child's mouth burns after he bit into a glow stick", 'burns'],
    ['my skin burns after the hair relaxer, it is blistering', 'burns'],
    // other words are not read here
    ['my legs cramp at night', 'cramp'],
  ])('%s → not a sensation', (q, w) => expect(at(q, w)).toBe(false));
});
