// A lethal means got or searched, then an ending said or the person unreachable (s32, #19; blind triage-av av044 and
// av082 were emergencies without the crisis line).
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { readMeansAcquired } from './means-acquired.js';
import { normaliseText } from './normalise.js';

const read = (t: string) => readMeansAcquired(normaliseText(t));
const av = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-av.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-av.jsonl: no row ${id}`);
  return row.text;
};
const CRISIS = /12356|988|Samaritans|Lifeline|1925|2389 2222|1737/;

const READ: readonly [string, 'ending' | 'unreachable'][] = [
  ["I bought rope today. when everyone's out tomorrow it'll all be over", 'ending'],
  ["ordered loads of paracetamol off three different sites. once they come I'll end it all", 'ending'],
  ['我在网上买了木炭，等周末家里没人就一了百了', 'ending'],
  ['Just got the helium delivered. Tomorrow it ends.', 'ending'],
  ['安眠药到了，今晚就解脱', 'ending'],
  ["my dad googled paraquat last night and now his phone is off and he's not answering anyone", 'unreachable'],
  ['我妹刚发现她偷偷买了农药，把自己锁在房间里，怎么叫都不开门', 'unreachable'],
];

const NOT_READ = [
  'rat poison for the garage, safe with a dog?',
  'I ordered melatonin, will it arrive before my flight',
  '买了老鼠药放在厨房，家里有猫安全吗',
  'bought charcoal for the bbq this weekend, how long should it burn before I cook?',
  '医生开了安眠药，到货了就能彻底结束失眠了吗',
  'searched sleeping pills for jet lag, which one is least groggy',
  '刚买了绳子，周末去露营，搭帐篷需要多长',
  "my son searched rat poison for his school science project, now he's at football practice and not answering his phone",
];

describe('readMeansAcquired', () => {
  it('reads the blind misses av044 (an ending said) and av082 (unreachable), with the crisis line', () => {
    expect(read(av('av044'))?.how).toBe('ending');
    expect(read(av('av082'))?.how).toBe('unreachable');
    for (const id of ['av044', 'av082']) {
      const d = triageDetail(av(id));
      expect(d.level, id).toBe('emergency');
      expect(CRISIS.test(d.message), id).toBe(true);
    }
  });
  it('reads new wordings', () => {
    for (const [text, how] of READ) expect(read(text)?.how, text).toBe(how);
  });
  it('does not read a means with its own purpose or with nothing of an ending or silence', () => {
    for (const text of NOT_READ) expect(read(text), text).toBeNull();
  });
});

// Session 34 (#19, blind triage-ax ax067): a lethal means asked for by where it is kept, beside someone withdrawn into
// their room, is read as a search is; a use told for the question is no means sought.
const axRow = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-ax.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-ax.jsonl: no row ${id}`);
  return row.text;
};
describe('readMeansAcquired: a means asked for by where it is kept', () => {
  it('reads ax067 and new wordings', () => {
    expect(read(axRow('ax067'))).toMatchObject({ how: 'unreachable' });
    expect(
      read(
        "Our daughter (17) hasn't come out of her room for 2 days since her boyfriend left, and this morning she asked her dad where we keep the weedkiller. What should we do?",
      ),
    ).not.toBeNull();
    expect(read('我儿子高考落榜以后就不出房门，今天问他奶奶家里的农药放在哪里，我们很担心')).not.toBeNull();
  });
  it('reads no question asked for a use, with a pest named, or with nobody withdrawn', () => {
    for (const t of [
      "My daughter asked where the pesticide is kept because she wants to spray the roses. She hasn't come out of her room since. Is pesticide on skin dangerous?",
      'We keep rat poison in the shed for the mice. My son asked where we keep it because he saw a rat; he has been staying in his room revising. Is it dangerous to pets?',
      'My son asked where we keep the rat poison. He is out with friends tonight. Is it safe near the dog?',
      'My son is not coming out of his room since his exam results came, he is gaming all day. How do I get him to talk to us?',
    ])
      expect(read(t), t).toBeNull();
  });
});

// Diff read s34: "since", "to his…", "for the…" later in the sentence were read as a use told for the question.
describe('a trailing word is no use told for the question', () => {
  it('reads the question beside a withdrawal in its own sentence', () => {
    expect(read("my son asked his sister where we are keeping the rat poison and hasn't come out of his room since")).not.toBeNull();
  });
});
