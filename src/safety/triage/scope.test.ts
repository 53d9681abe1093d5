import { describe, expect, it } from 'vitest';
import { triage, triageDetail } from '../triage.js';
import { inScope, maskOutOfScope, readScopes } from './scope.js';

const CRISIS = /12356|988|Samaritans|Lifeline/;
const outOfScope = (t: string): string[] =>
  readScopes(t)
    .filter((c) => !inScope(c))
    .map((c) => `${c.owner}/${c.time}:${t.slice(c.start, c.end).trim()}`);

describe('scope reader: who a clause is about and when (scope.ts)', () => {
  it("a pet the message gives a vet is the patient of its own clauses, carried on by he/she, not by 'it'", () => {
    const t = 'Our collie had a fit on Sunday and he was shaking all over. The vet says he is fine. I have a sore throat, what helps?';
    const out = outOfScope(t);
    expect(out.some((c) => c.startsWith('animal/') && c.includes('collie had a fit'))).toBe(true);
    expect(out.some((c) => c.includes('sore throat'))).toBe(false);
  });

  it('an animal acting on someone (a bite), or a pet with no vet, leaves the clause to the people', () => {
    const bite = outOfScope('The neighbours dog bit my son on the face, the vet has the dog now, the cheek is hanging open');
    expect(bite).toEqual(['animal/now:the vet has the dog now,']);
    expect(outOfScope('the heater has been on all night, the cat is flat and floppy, we all have pounding headaches')).toEqual([]);
  });

  it('a story being written is the story from its frame on; the writer before it keeps their part', () => {
    const t = 'For my course I am drafting a screenplay where a teenager swallows a bottle of pills.';
    const masked = maskOutOfScope(t);
    expect(masked).toContain('For my course I am drafting a ');
    expect(masked).not.toContain('swallows');
    expect(masked.length).toBe(t.length);
  });

  it('someone in general in an if-clause is nobody; the writer in one is themself', () => {
    expect(outOfScope('if someone tells me they want to end it all, what should I say?')).toEqual([
      'hypothetical/now:if someone tells me they want to end it all,',
    ]);
    expect(outOfScope('要是有人说想自杀，我该怎么回应').some((c) => c.startsWith('hypothetical/'))).toBe(true);
    expect(outOfScope('what happens if I take all of my tablets at once')).toEqual([]);
  });

  it('history and someone else’s checked episode are over only when nothing is told as happening now', () => {
    expect(outOfScope('表妹初中的时候割过手腕，现在早就好了，我想问怎么陪她聊天').some((c) => c.startsWith('other/past'))).toBe(true);
    expect(outOfScope('My wife had her spleen taken out years ago and recovered well. Now she has a fever of 39 and is shivering')).toEqual([]);
    const colleague = outOfScope(
      'My boss passed out in a meeting last Thursday. An ambulance came and he was checked over, fine. I froze, what first aid class should I take?',
    );
    expect(colleague.some((c) => c.startsWith('other/settled') && c.includes('passed out'))).toBe(true);
    expect(colleague.some((c) => c.includes('I froze'))).toBe(false);
  });
});

describe('triage reads only what is in scope', () => {
  it("a pet's emergency with its vet is no one's emergency; the writer's own question is read", () => {
    expect(
      triage('Our collie had a fit on Sunday and he was shaking all over for three minutes. The vet says he is fine now. I have a sore throat, what helps?')
        .level,
    ).toBe('routine');
  });

  it('a bite on a person stays an emergency, whatever the vet does with the dog', () => {
    expect(triage('the neighbours dog bit my 4 year old on the face, the vet has the dog now, theres a flap of her cheek hanging open').level).toBe(
      'emergency',
    );
  });

  it('an overdose in a screenplay being written is no overdose; one taken tonight beside it is', () => {
    expect(triage("I'm drafting a screenplay where a teenager takes an overdose of her mum's sleeping tablets. What would the ER do first?").level).toBe(
      'routine',
    );
    const own = triageDetail('I am drafting a screenplay where a teenager swallows pills. I took 30 of my sleeping pills an hour ago and feel drowsy');
    expect(own.level).toBe('emergency');
    expect(own.message).toMatch(CRISIS);
  });

  it("a relative's self-harm years ago, said to be behind her, is no present risk; a present wish beside a past attempt is", () => {
    expect(triage('表妹初中的时候自残过，现在早就好了，我想问怎么陪她聊天比较好').level).toBe('routine');
    // History is over in the scope reader here (nothing is said of now), but what is in scope carries a wish and a
    // stockpile: the message is read whole, the past attempt with it.
    const now = triageDetail('I took an overdose years ago and recovered fully. I have been saving my pills and I want to die');
    expect(now.level).toBe('emergency');
    expect(now.message).toMatch(CRISIS);
  });

  it("someone else's checked faint is context for the writer's question; a present collapse is not over", () => {
    expect(
      triage(
        'My boss passed out in a meeting last Thursday. An ambulance came and he was checked over and is back at work. I froze, what first aid class should I take?',
      ).level,
    ).toBe('routine');
    expect(triage('My dad passed out last Thursday and was checked over. This morning he collapsed again and is hard to wake').level).toBe('emergency');
  });

  it('a question about what to say if someone in general wants to die is no risk of the writer', () => {
    expect(triage('要是有人跟我说想自杀，我第一时间应该怎么回应？').level).toBe('routine');
  });

  it('history is context of a present complaint: a spleen removed years ago keeps tonight’s fever an emergency', () => {
    expect(triage('My wife had her spleen taken out years ago and recovered well. Now she has a fever of 39.5 and is shivering').level).toBe('emergency');
  });
});

describe('a death figure said of its cause and laughed off is graded by the screen, not raised by the reader', () => {
  it('"X makes me want to jump off a roof lol. anyway real question" is a check-in with the crisis line, not an emergency', () => {
    const d = triageDetail('this spreadsheet makes me want to jump off a roof lol. anyway real question, how long does a cold usually last?');
    expect(d.level).toBe('urgent');
    expect(d.message).toMatch(CRISIS);
    // The cause need not be a known strain: the construction says what the figure is said of.
    const form = triageDetail("my landlord's emails make me want to jump off a bridge lol. anyway real question, is it fine to take vitamin D daily?");
    expect(form.level).toBe('urgent');
    expect(form.message).toMatch(CRISIS);
  });
});
