// Triage-level cases from the scope reader's session (11): every clause is read whole (analyse.ts blanks nothing by
// scope; the scope reader was measured and turned off, in git at 00a0438c). Each was an emergency (most with the crisis
// line) before the scope reader, and must stay; the persons reader that remains is persons.ts (persons.test.ts).
import { describe, expect, it } from 'vitest';
import { triage, triageDetail } from '../triage.js';

const CRISIS = /12356|988|Samaritans|Lifeline/;

describe('triage reads every clause', () => {
  it('a bite on a person stays an emergency, whatever the vet does with the dog', () => {
    expect(triage('the neighbours dog bit my 4 year old on the face, the vet has the dog now, theres a flap of her cheek hanging open').level).toBe(
      'emergency',
    );
  });

  it('an overdose taken tonight beside a screenplay being written is an overdose', () => {
    const own = triageDetail('I am drafting a screenplay where a teenager swallows pills. I took 30 of my sleeping pills an hour ago and feel drowsy');
    expect(own.level).toBe('emergency');
    expect(own.message).toMatch(CRISIS);
  });

  it('a present wish beside a past attempt is a present risk', () => {
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

  it('history is context of a present complaint: a spleen removed years ago keeps tonight’s fever an emergency', () => {
    expect(triage('My wife had her spleen taken out years ago and recovered well. Now she has a fever of 39.5 and is shivering').level).toBe('emergency');
  });
});

describe('a death figure laughed off keeps the crisis line and the reader may raise it (review s11e)', () => {
  it('"X makes me want to jump off a roof lol. anyway real question" is never below a check-in with the crisis line', () => {
    // A named strain (a spreadsheet) laughed off: the screen grades a check-in at least; the reader may raise it, as at
    // 648194d3 (review s11e: figureGraded removed — a real danger after the laugh must be raisable).
    const d = triageDetail('this spreadsheet makes me want to jump off a roof lol. anyway real question, how long does a cold usually last?');
    expect(['urgent', 'emergency']).toContain(d.level);
    expect(d.message).toMatch(CRISIS);
    // A cause named by no strain word is no figure (review s11e: the construction "makes me want to" is said of life
    // and despair as often): the screen's whole grade stands.
    const form = triageDetail("my landlord's emails make me want to jump off a bridge lol. anyway real question, is it fine to take vitamin D daily?");
    expect(form.level).toBe('emergency');
    expect(form.message).toMatch(CRISIS);
  });
});

// Review s11: each of these was an emergency (most with the crisis line) before the scope reader and must stay.
describe('no clause told of a story, a pet, a settled episode or if-someone hides a present danger of the writer or a real person', () => {
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
    emergency(t);
  });

  it('asking what to do about an acute danger is real: a friend, a child, or someone who has already acted', () => {
    emergency('如果朋友吃了一整瓶安眠药叫不醒怎么办', true);
    emergency("what should I do if a friend says she has taken all her pills and won't wake up", true);
    emergency('What do I do if a friend took 30 paracetamol an hour ago and is throwing up?', true);
    emergency('万一有人现在割腕了流血不止怎么办，我室友在浴室里', true);
    emergency('What do you do when a child swallows a button battery, my 2 year old just did.');
  });

  it('he/she after a vet is the person the message names; a person named with the animal keeps the clause', () => {
    emergency('我女儿被猫抓了，猫在宠物医院，她发高烧神志不清');
    emergency('我儿子被狗咬了，狗送去宠物医院了，他脖子一直流血止不住');
    emergency('My daughter fell off her horse, the vet is checking the horse. she is unconscious and not responding.');
    emergency('My kid and dog both ate rat poison pellets, the vet says the dog needs vitamin K.');
    emergency('我老公被狗咬了，狗在宠物医院，他大腿一直流血止不住');
  });
});
