import { describe, expect, it } from 'vitest';
import { interactionClaims } from './interactions.js';
import { screenPassage } from './screen.js';

const codes = (answer: string, question: string) =>
  screenPassage(answer, { injection: false, context: question, contextIsQuestion: true, model: false }).map((f) => f.code);

describe('a medicine recommended to someone on its interacting partner', () => {
  const q = 'My mother is 80 and takes warfarin for her heart rhythm. She has a bad back after a fall. What should she take for the pain?';

  it('flags the interacting medicine chosen as the best option', () => {
    expect(codes('Naproxen 250 mg twice a day is the best choice for her back pain.', q)).toContain('unsafe-combination');
    expect(codes('止痛首选布洛芬，每次0.3克，每天两次。', '我爸在吃华法林，腰扭了，吃什么止痛药好？')).toContain('unsafe-combination');
  });

  it('keeps the safe choice, and the interacting medicine named as the one not chosen', () => {
    expect(codes('Paracetamol is the best choice for her rather than ibuprofen or naproxen.', q)).toEqual([]);
    expect(codes('止痛首选对乙酰氨基酚，不要用布洛芬。', '我爸在吃华法林，腰扭了，吃什么止痛药好？')).toEqual([]);
  });

  it('needs the partner in the context: a recommendation alone is no combination', () => {
    expect(interactionClaims('ibuprofen is the best choice for a sprained ankle.', 'I sprained my ankle playing football.')).toEqual([]);
  });
});

describe('an interaction denied with a qualifier', () => {
  it('reads "no meaningful interaction" and "没有明显的相互作用" as calling the pair safe', () => {
    expect(codes('There is no clinically important interaction between them, so take both.', 'I am on fluoxetine; can I add tramadol for my knee?')).toContain(
      'unsafe-combination',
    );
    expect(codes('两者没有明显的相互作用，可以一起吃。', '我在吃洛伐他汀，医生开了伊曲康唑治灰指甲，能一起吃吗？')).toContain('unsafe-combination');
  });

  it('keeps the denial for a pair with no known interaction', () => {
    expect(codes('两者没有明显的相互作用，可以一起吃。', '我在吃阿托伐他汀，医生开了阿莫西林，能一起吃吗？')).toEqual([]);
  });
});
