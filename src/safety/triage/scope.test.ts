import { describe, expect, it } from 'vitest';
import { triage, triageDetail } from '../triage.js';
import { inScope, maskOutOfScope, ownEvidence, personsNamed, readScopes, signCarriers } from './scope.js';

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

// Review s11d: triage no longer blanks by scope (analyse.ts): the reader still says what is out of scope, but every
// clause is read by signs, rules and the screen as at 648194d3, so the over-calls below (a pet's fit, a screenplay, a
// cousin's past self-harm, 'if someone') are no longer lowered — an accepted over-call, never a lost emergency.
describe('triage reads every clause; the scope reader still names what is out of scope', () => {
  it("a pet's emergency with its vet is out of scope to the reader; the writer's own question is in scope", () => {
    const out = outOfScope(
      'Our collie had a fit on Sunday and he was shaking all over for three minutes. The vet says he is fine now. I have a sore throat, what helps?',
    );
    expect(out.some((c) => c.startsWith('animal/'))).toBe(true);
    expect(out.some((c) => c.includes('sore throat'))).toBe(false);
  });

  it('a bite on a person stays an emergency, whatever the vet does with the dog', () => {
    expect(triage('the neighbours dog bit my 4 year old on the face, the vet has the dog now, theres a flap of her cheek hanging open').level).toBe(
      'emergency',
    );
  });

  it('an overdose in a screenplay being written is no overdose; one taken tonight beside it is', () => {
    expect(
      outOfScope("I'm drafting a screenplay where a teenager takes an overdose of her mum's sleeping tablets. What would the ER do first?").some((c) =>
        c.startsWith('fictional/'),
      ),
    ).toBe(true);
    const own = triageDetail('I am drafting a screenplay where a teenager swallows pills. I took 30 of my sleeping pills an hour ago and feel drowsy');
    expect(own.level).toBe('emergency');
    expect(own.message).toMatch(CRISIS);
  });

  it("a relative's self-harm years ago, said to be behind her, is no present risk; a present wish beside a past attempt is", () => {
    expect(outOfScope('表妹初中的时候自残过，现在早就好了，我想问怎么陪她聊天比较好').some((c) => c.startsWith('other/past'))).toBe(true);
    // A present wish and a stockpile beside a past attempt: an emergency with the crisis line.
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

  it('a question about what to say if someone in general wants to die is hypothetical to the reader', () => {
    expect(outOfScope('要是有人跟我说想自杀，我第一时间应该怎么回应？').some((c) => c.startsWith('hypothetical/'))).toBe(true);
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

// Review s11: the scope reader blanks only with positive evidence, and never a clause with a real person as its subject
// told in the present. Each of these was an emergency (most with the crisis line) before the scope reader and must stay.
describe('out-of-scope blanking never removes a present danger of the writer or a real person', () => {
  const emergency = (t: string, crisis = false): void => {
    const d = triageDetail(t);
    expect(d.level, t).toBe('emergency');
    if (crisis) expect(d.message, t).toMatch(CRISIS);
  };

  it('an ordinary word before when/where/that is no story: only a story frame written or read is, up to the real world', () => {
    emergency("We were watching the game when dad collapsed and he isn't breathing.");
    emergency("I was reading a book when I suddenly got the worst headache of my life and I'm vomiting.");
    emergency("My wife was watching a play when she got sudden severe chest pain and now she's sweating and grey.");
    emergency("I'm at the scene where the crash happened, my husband is trapped and bleeding heavily.", true);
    emergency("I was writing a story where the hero cuts his wrists and I just cut mine deep, it won't stop bleeding.", true);
    emergency('I swallowed the whole script that my GP gave me yesterday, 60 tablets.', true);
    emergency("I was reading a novel about a nurse when my mum fell down the stairs and she isn't breathing.");
    emergency("I'm writing a novel where the heroine overdoses and my sister just swallowed 40 of her sleeping pills.", true);
    // The story itself is still the story's.
    expect(outOfScope('I am writing a novel where the heroine overdoses on sleeping pills, is that realistic?').some((c) => c.startsWith('fictional/'))).toBe(
      true,
    );
  });

  it("a settled episode covers only its own clauses: 'still', 'is', 一直, 可是 after it are now", () => {
    emergency("My dad had a fall last Saturday and was checked over at A&E. He still has a headache that keeps getting worse, he's vomiting and very drowsy.");
    emergency('我爸上周摔了一跤，医院检查过已经好了，可是他一直吐，越来越嗜睡，叫不醒');
    emergency(
      "My brother attempted suicide last week and was checked out at hospital. He's locked himself in his room and won't answer, there's a smell of charcoal.",
      true,
    );
    emergency('我哥上周自杀被救回来了，医院检查过已经好了，他把自己反锁在房间里不开门，有烧炭的味道', true);
    emergency('My mum fainted last Monday and was checked over by the GP. She is slurring her words and her face has dropped on one side.');
    emergency('我妈上周头晕，医院检查过已经好了，可是她一直说不出话，右手抬不起来');
  });

  it('an episode never said to be over is not over, whatever else in the message is', () => {
    const t = 'My mum recovered from her flu. My dad collapsed last week, he was blue and not breathing.';
    expect(outOfScope(t)).toEqual([]);
    emergency(t);
    // A block said over by a clause in the present ("he's been checked out") is still over.
    expect(
      outOfScope(
        'A neighbour fainted on the stairs last Friday, he was grey, he has been checked out and is back at work. What first aid course is good?',
      ).some((c) => c.startsWith('other/settled') && c.includes('he was grey')),
    ).toBe(true);
  });

  it('the floor in analyse.ts: a clause is out of scope only with its own evidence', () => {
    const t = 'she was blue and not breathing';
    expect(ownEvidence(t, { start: 0, end: t.length, owner: 'hypothetical', time: 'now' })).toBe(false);
    expect(ownEvidence(t, { start: 0, end: t.length, owner: 'other', time: 'past' })).toBe(false);
    const pony = 'my daughter fell off the pony, she was blue and not breathing';
    expect(ownEvidence(pony, { start: 31, end: pony.length, owner: 'animal', time: 'now' })).toBe(false);
    expect(ownEvidence('our dog was blue and not breathing', { start: 0, end: 34, owner: 'animal', time: 'now' })).toBe(true);
  });

  it('history blanks no clause that says something now (我三年前…已经好了但是…)', () => {
    expect(outOfScope('我三年前得过心梗已经好了但是胸口压榨样痛出冷汗')).toEqual([]);
    expect(outOfScope("I had a clot in my lung two years ago and recovered but I've got the same chest pain and can't breathe.")).toEqual([]);
  });

  it('asking what to do about an acute danger is real: a friend, a child, or someone who has already acted', () => {
    emergency('如果朋友吃了一整瓶安眠药叫不醒怎么办', true);
    emergency("what should I do if a friend says she has taken all her pills and won't wake up", true);
    emergency('What do I do if a friend took 30 paracetamol an hour ago and is throwing up?', true);
    emergency('万一有人现在割腕了流血不止怎么办，我室友在浴室里', true);
    emergency('What do you do when a child swallows a button battery, my 2 year old just did.');
    // Someone in general who has already acted is not blanked as a mere condition (how the question is graded is not
    // the scope reader's: stance.ts reads the asking).
    expect(outOfScope("what do you do if someone has swallowed a whole bottle of pills and won't wake up")).toEqual([]);
  });

  it('he/she after a vet is the person the message names; a person named with the animal keeps the clause', () => {
    emergency('我女儿被猫抓了，猫在宠物医院，她发高烧神志不清');
    emergency('我儿子被狗咬了，狗送去宠物医院了，他脖子一直流血止不住');
    emergency('My daughter fell off her horse, the vet is checking the horse. she is unconscious and not responding.');
    emergency('My kid and dog both ate rat poison pellets, the vet says the dog needs vitamin K.');
    emergency('我老公被狗咬了，狗在宠物医院，他大腿一直流血止不住');
  });
});

const SIGN = /fever|rash|发烧/gi;
const PERSON = /(\bshe\b|\bbaby\b|宝宝|他)|(\bI\b|\bmy\b(?! baby)|我)/gi;
const BREAK = /[，,。!?\n]|\.(?=\s)/;

describe('signCarriers (scope.ts, was carrier.ts): the last person named before a sign in its clause carries it', () => {
  it('reads the writer, another person or no one, sign by sign', () => {
    expect(signCarriers('my baby has a fever', SIGN, PERSON, BREAK)).toEqual(['other']);
    expect(signCarriers('I have a rash', SIGN, PERSON, BREAK)).toEqual(['writer']);
    expect(signCarriers('fever since this morning', SIGN, PERSON, BREAK)).toEqual(['unsaid']);
    expect(signCarriers('我在家带宝宝玩，他发烧两天了', SIGN, PERSON, BREAK)).toEqual(['other']);
  });

  it('a clause break ends who was named: the next clause starts unsaid', () => {
    expect(signCarriers('she was fine. rash today, and I have a fever', SIGN, PERSON, BREAK)).toEqual(['unsaid', 'writer']);
    // A full stop inside a number is no break.
    expect(signCarriers('she is 38.5 with a fever', SIGN, PERSON, BREAK)).toEqual(['other']);
  });
});

describe('one reader of whose a finding is: the clause owner and the sign carrier read the persons named (review s11a, #12)', () => {
  it('a relative by their tie is someone else, the writer is the writer, in order', () => {
    const person = /(\bmy (?:son|daughter)\b|我女儿)|(\bI\b|\bmy\b|我)/gi;
    expect(personsNamed('my daughter says I worry too much about my knee', person)).toEqual(['other', 'writer', 'writer']);
    expect(personsNamed('我女儿发烧了', person)).toEqual(['other']);
  });
  it('a clause naming only the writer’s relative is the relative’s; one naming the writer too is the writer’s', () => {
    expect(readScopes('my son has a rash on his arm')[0]?.owner).toBe('other');
    expect(readScopes('my son thinks my rash is spreading')[0]?.owner).toBe('writer');
  });
});
