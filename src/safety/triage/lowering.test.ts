// The lowering step (lowering.ts, triage.ts decide): an emergency is lowered only when every finding behind it sits in a
// stretch read as no present danger and the rest of the message, read again, is no emergency and tells no red flag now.
// The first block lowers (each failed at e029fbb1, which graded them emergency); the others must stay emergencies.
// Sentences are our own, written after studying triage-ab's misses; none is copied from a batch.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { claimsIn, writerDenials } from './lowering.js';

// The step is off by default (TriageOptions.lowering); these tests run it explicitly.
const level = (t: string) => triageDetail(t, { lowering: true }).level;

describe('positive local readings of no present danger (claimsIn)', () => {
  const readings = (t: string) => claimsIn(t).map((c) => `${c.reading}:${t.slice(c.start, c.end).trim()}`);
  it('a figure is the clause a laugh closes, before a turn to the real question', () => {
    expect(readings('my chest is tight and I had a heart attack reading the rent email 😂 anyway, melatonin dose?')).toEqual([
      'figure:I had a heart attack reading the rent email',
    ]);
    // No turn to another question: no figure.
    expect(readings('I had a heart attack reading the rent email 😂')).toEqual([]);
  });
  it("a third party's past event is claimed up to the sentence that says it is over, not what follows", () => {
    const t = 'My uncle fainted at the wedding on Sunday. The paramedics checked him out and he went home fine. He is vomiting now.';
    expect(readings(t)).toEqual(['history:My uncle fainted at the wedding on Sunday. The paramedics checked him out and he went home fine']);
    // Told after the clause that says it is over, in the same sentence: not covered; a recurrence: not over at all.
    expect(readings('My dad was checked out on Monday for chest pain, by Wednesday it was crushing')).toEqual([
      'history:My dad was checked out on Monday for chest pain',
    ]);
    expect(readings('My aunt fainted last week and was checked out. The same thing happened again.')).toEqual([]);
    // Minutes ago is no history, however fine they seem now.
    expect(readings('my dad slurred his words 20 minutes ago, he says he is fine now')).toEqual([]);
    // The writer's own past is not a third party's.
    expect(readings('I had a seizure last month and recovered.')).toEqual([]);
  });
  it("someone else's belief ends before the writer's own report", () => {
    expect(readings('My sister is convinced I had a stroke and my arm is numb')).toEqual(['belief:My sister is convinced I had a stroke']);
    expect(readings('我爸非说我心梗了 我没事')).toEqual(['belief:爸非说我心梗了']);
  });
  it('an exam question is claimed sentence by sentence, never a sentence with a person, a now or a sudden event', () => {
    expect(readings('药理考试复习 心源性休克首选哪个药？')).toEqual(['study:心源性休克首选哪个药？']);
    expect(readings('复习的时候突然胸口剧痛？')).toEqual([]);
  });
  it('the writer denies signs in words', () => {
    expect(writerDenials("I'm fine, no numbness, both arms work")).toBe(3);
    expect(writerDenials('手脚都有力，说话清楚')).toBe(2);
  });
});

describe('lowered: every finding claimed, the rest no emergency', () => {
  it.each([
    // history of an absent third party, over: urgent
    [
      'My neighbour collapsed at the bus stop last Tuesday. Turned out to be low blood sugar and she is back at work. What first aid course would you recommend?',
      'urgent',
    ],
    [
      "Our terrier had his first seizure on Sunday, shaking all over for a minute. The vet checked him out, bloods normal, and he's back to eating. I've got a tension headache from the worry, any tips?",
      'urgent',
    ],
    // someone else's belief, the signs denied by the writer: urgent
    [
      "My flatmate is convinced I'm having a stroke because my eye keeps twitching. My face looks normal, both arms work, no numbness. Is an eye twitch ever serious?",
      'urgent',
    ],
    ['我老婆非说我中风了，其实我脸没歪，手脚都有力，说话也清楚，就是最近熬夜眼皮跳', 'urgent'],
    // an exam question asked of no one: urgent
    ['护士资格考试复习 过敏性休克的首选药是不是肾上腺素 注射部位是哪里', 'urgent'],
    ['USMLE revision: which drug first for anaphylactic shock, and what dose?', 'urgent'],
    // a question what would be an emergency, in a message that tells of no one and no time: urgent
    ['How do you know if an allergic reaction is anaphylaxis and needs the EpiPen?', 'urgent'],
    ['什么情况下胸口压榨样疼出冷汗需要打120？', 'urgent'],
    // a figure laughed off before the real question: the rest decides
    ["I literally had a heart attack when I saw my phone bill 😂 anyway, what's the best way to fall asleep faster?", 'routine'],
  ])('%s → %s', (t, want) => {
    const d = triageDetail(t, { lowering: true });
    expect(d.level, t).toBe(want);
    expect(d.contributions.lowered, t).not.toBeNull();
  });
});

describe('never lowered: a finding told now, a finding outside the claims, or one never lowered', () => {
  it.each([
    // a present event after the history
    ['My dad collapsed last week, turned out to be a faint and he is fine now. Now he has collapsed again and is not responding.'],
    ['My husband passed out on Friday and hit his head, turned out fine at A&E. He has been vomiting and very drowsy since this morning.'],
    ['My colleague had a seizure last week and is back at work. Today at work he went stiff and is jerking on the floor'],
    ['我爸去年中风过，已经好了。他刚才突然说话不清楚，嘴歪了'],
    ['我室友上周中风了，已经出院了。他今天又说话不清楚'],
    ['my mums words came out jumbled and she dropped her cup 15 min ago, she says shes fine now'],
    // told after the over clause, or come back (review s11 sentence and our own)
    ['Dad was checked out at hospital on Monday for chest pain, by Wednesday the crushing chest pain came back and he went grey and sweaty.'],
    ['我爸上周一因为胸痛去医院查过，检查没事，周三胸口又压榨样疼，脸色发灰出冷汗'],
    // a sudden event now told beside a past one that is over, or "the same as" it (review s11 sentence and our own)
    ['我爸吃饭时突然胸口压榨样痛出冷汗，和三年前心梗那次一样，那次已经好了'],
    ["My husband had a seizure yesterday and was checked out at A&E. He's having another one now."],
    ['My uncle had a heart attack three years ago and recovered. He has crushing chest pain and sweating, the same pain as before'],
    // signs told before the time back are not history
    ["My dad is slurring his words and can't lift his arm, he had a stroke last year and recovered."],
    ['我爸说话不清楚，手抬不起来，他去年中风过，已经好了'],
    // the writer's own signs beside a third party's history
    ['A colleague had a heart attack last year and recovered. I have crushing chest pain going down my left arm now.'],
    ['我同事上周晕倒了，后来检查没事了。我现在胸口压着疼，出冷汗'],
    // a belief with a sign the writer reports or does not deny
    ["My wife thinks I'm having a stroke. My face is drooping on one side."],
    ["My wife thinks I'm having a stroke, I'm fine, I feel ok. My speech is slurred though"],
    ['我妈觉得我心梗了 我没事 好好的 但是胸口压榨样疼 出冷汗'],
    ['我老公觉得我中风了，我说话正常，手也有力，但是右边脸一直麻，嘴角流口水'],
    ["my boyfriend thinks i'm having an allergic reaction, i'm fine, no swelling... but my throat feels tight and i'm wheezing"],
    // a symptom laughed at is no figure; a figure followed by real signs is read again
    ["my chest is crushing and I'm having a heart attack lol. anyway what's good for heartburn"],
    ["Pretty sure I'm having a stroke haha but seriously my face is drooping on the left and my words are slurred"],
    // an event said of someone else, or said not to be a joke, is no figure
    ["my dad had a heart attack lol. anyway he's on the floor"],
    ["I'm having a heart attack, I'm not kidding lol. anyway what do I do"],
    ["I just had a heart attack lol anyway I'm on the floor and can't get up"],
    // a state told now in the rest that no rule reads: the reader hears it, or it is a function lost
    ["My colleague collapsed last week, turned out to be a faint and he's back at work. Now my husband is on the floor and won't answer me."],
    ['Our dog had a seizure on Sunday, the vet checked him out and bloods were normal. My wife is on the floor shaking now.'],
    ["My flatmate is convinced I'm having a stroke. I'm fine, no numbness, both arms work. I just can't get up off the floor."],
    ['护考复习 过敏性休克首选药是肾上腺素对吧 我现在浑身没劲站不起来'],
    ['lol I think I am dying, anyway my throat is closing up after eating peanuts'],
    ['笑死我了，今天开会老板讲的段子。说真的，我现在胸口剧痛喘不上气'],
    // a study frame with a person or a happening
    ['复习护考 我妈现在过敏性休克了怎么办'],
    ['复习的时候突然胸口剧痛，喘不上气'],
    ['复习到一半胸口压榨样疼出冷汗 是心梗吗'],
    ['复习护考 胸口压榨样疼出冷汗是心梗吗'],
    ['studying for my nursing exam but I feel like my throat is closing and I am wheezing'],
    // a criterion question beside anyone or any time
    ['Would crushing chest pain with sweating be a reason to call an ambulance? It started 20 minutes ago.'],
    ['Would crushing chest pain with sweating be a reason to call an ambulance? My husband is grey and sweating.'],
    ['Would crushing chest pain with sweating be a reason to call an ambulance? I have it right now.'],
    ['什么情况下胸口压榨样疼出冷汗需要打120？我爸现在就是这样'],
    // never lowered: a child, self-harm or overdose, a life threat
    ['I nearly had a heart attack when my son ran into the road haha, anyway he is fine'],
    ["my friend OD'd last year and recovered. i took 30 paracetamol an hour ago"],
    ['My brother collapsed on Saturday and recovered. He collapsed again today and is not breathing.'],
  ])('%s → emergency', (t) => expect(level(t), t).toBe('emergency'));
});
