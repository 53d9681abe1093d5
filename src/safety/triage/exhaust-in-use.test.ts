// Exhaust gas in use (s28, #19; blind ar064): a running engine in a garage or shed with a person shut in with it is a
// means in use — emergency with the crisis line, no word of suicide needed — and a running engine in a garage with no
// person in it, the door told open, or a task on the car (fixing, a service, warming it up) is not read as one. The
// reading only adds to self-harm-reader.ts's older garage alternatives, which stay (s28 review: plans, method questions).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readExhaustInUse } from './exhaust-in-use.js';

const crisis = (t: string): boolean => {
  const d = triageDetail(t, { pinyin: true });
  return d.level === 'emergency' && d.contributions.crisisLine !== null;
};

/** Shut in with the running engine (lethal on its own), or inside with it beside a second sign. Each was short of an
 *  emergency with the crisis line before this reading (the old one wanted 车库 and the running car in one clause). */
const IN_USE = [
  '老公跟我吵完架就把自己锁在车库里了，车一直发动着，我敲门里面没有声音，我是不是该等他冷静一下',
  '我老公吵完架把自己锁在车库里了，车一直发动着，敲门没反应',
  "My husband locked himself in the garage after we argued, the car engine is still running and he won't open up",
  '我坐在车库的车里，车库门关着，发动机开着',
  "husband has shut himself in the garage with the van running, door's locked from inside",
  "My wife locked herself in the garage, the car is running, I can't get in",
];

/** Not a means in use for this reading: a task on the car, the door open, a story. (The older SEALING reading in
 *  self-harm-reader.ts still raises some of them on a garage and an engine alone; this reading only adds.) */
const NOT_IN_USE = [
  "my dad is in the garage with the engine running, he's fixing the car",
  'warming the car up in the garage with the door open, engine running, is that ok?',
  'In the film the guy locks himself in the garage with the engine running. Why does that kill you?',
  'I sat in the car in the garage with the engine running for a minute to warm it up before driving to work',
  'my husband is in the garage servicing the van, engine on, door up',
];

/** Right before and after: a past event, no engine, a car on the drive. */
const STAYS_CALM = [
  '我叔叔很多年前把自己锁在车库里，车开着，后来被救了，现在挺好的',
  "Years ago my uncle locked himself in the garage with the engine running; he survived and he's doing well now",
  "the kids locked themselves in the garage playing hide and seek, the engine wasn't on",
  '他把自己关在车库里练鼓，车没开',
];

describe('exhaust in use', () => {
  it('a person shut in a garage with the engine running is an emergency with the crisis line', () => {
    for (const t of IN_USE) expect(crisis(t), t).toBe(true);
  });
  it('a garage and a running engine with a task, the door open or a story are not read as in use', () => {
    for (const t of NOT_IN_USE) expect(readExhaustInUse(t), t).toBeNull();
  });
  it('a past event or no running engine stays calm', () => {
    for (const t of STAYS_CALM) expect(triageDetail(t, { pinyin: true }).level, t).not.toBe('emergency');
  });
  it('reads the lock as shut and a seat in the car as not', () => {
    expect(readExhaustInUse('my son shut himself in the garage, I can hear the engine running')?.shut).toBe(true);
    expect(readExhaustInUse('sitting in my car in the garage with the engine running. Nobody cares anyway.')?.shut).toBe(false);
    expect(readExhaustInUse('the car is on the drive, dad is sitting in it in the garage')).toBeNull();
    // The lock's own place is the garage or the car; a possessive is no person inside.
    expect(readExhaustInUse('I locked myself in the bathroom, the car is running in the garage')).toBeNull();
    expect(readExhaustInUse("my husband's car running in the garage, he went to the shop")).toBeNull();
    // The writer who tells the door shut around themself is shut in.
    expect(readExhaustInUse('sitting in my car in the garage with the engine running and the door down')?.shut).toBe(true);
  });
  it('reads no running engine through a negation, and no open garage door in 车开着门 or a car door (s28 review)', () => {
    expect(readExhaustInUse('他把自己锁在车库里，车没开着，就是在生闷气')).toBeNull();
    expect(readExhaustInUse('他把自己锁在车库里，车没有发动着')).toBeNull();
    expect(readExhaustInUse('他把自己锁在车库里，车门开着')).toBeNull();
    expect(readExhaustInUse('他把自己锁在车库里车开着门也锁了')?.shut).toBe(true);
    expect(readExhaustInUse('he locked himself in the garage with the engine running, the car door is open')?.shut).toBe(true);
    // The garage's own door open still blocks.
    expect(readExhaustInUse('他把自己关在车库里，车开着，车库门开着')).toBeNull();
    expect(readExhaustInUse('他把自己关在车库里修车，开着车库门，车开着')).toBeNull();
  });
  it('keeps every garage emergency the older SEALING reading gave: a plan, a method question, someone found or inside (s28 review S1)', () => {
    for (const t of [
      "I'm going to lock myself in the garage with the engine running tonight",
      'Is it painless to sit in the car in the garage with the engine running?',
      'Found my wife in the car in the garage with the engine running, door shut',
      'My dad is in the garage with the engine running and the door shut',
      '他把自己锁在车库里车开着门也锁了',
    ])
      expect(triageDetail(t, { pinyin: true }).level, t).toBe('emergency');
  });
});
