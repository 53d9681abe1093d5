import { describe, expect, it } from 'vitest';
import { triage } from '../triage.js';
import { readLethalPosition } from './lethal-place.js';

const CRISIS = /12356|988|Samaritans|Lifeline/;
const em = (t: string, locale?: string) => {
  const r = triage(t, { locale });
  expect(r.level, t).toBe('emergency');
  expect(r.message, t).toMatch(CRISIS);
};
const notEm = (t: string) => expect(triage(t, {}).level, t).not.toBe('emergency');

describe('a person at a place of lethal danger now (lethal-place.ts)', () => {
  it('position + lethality question, farewell, resignation or a timed wait → emergency with the crisis line', () => {
    em('sitting on the ledge of the office roof, 12 floors up. would i feel anything or is it instant');
    em('my brother is standing on the railway bridge and texted me saying tell mum im sorry');
    em('stood on the old viaduct for an hour now. im done');
    em('been sitting on the railway line near the depot waiting for the last train, battery low');
    em('on the sea wall with bricks in my jacket pockets, the tide is coming in');
    em('我现在站在江边大桥的栏杆外面 桥下水很急 跳下去会不会很快');
    em('他坐在楼顶边上 给我发消息说 帮我跟爸妈说对不起');
    em('一个人坐在铁轨旁边 等最后一趟火车过来');
    em('a cord tied round my neck on the banister, how long until i black out. tonight');
  });
  it('workers, sightseers, films and hypothetical safety questions stay low', () => {
    // The reader hears no one at risk on a roofer's question (the learned head's lean on place words is its own known
    // cost, crisis-line.ts isSelfHarmPresentation).
    for (const t of [
      'im on the roof fixing the gutters, how long does it take for the sealant to dry',
      'standing on the bridge taking photos of the sunset, is it quick to walk to the station from here',
      '我们在楼顶天台拍照 风景很好 从这里去地铁站多快',
      'we have a roof terrace party tonight, if someone fell off how long would it take an ambulance to come',
    ])
      expect(readLethalPosition(t), t).toBeNull();
    notEm('in the movie the guy is sitting on the roof edge, does it hurt to fall from that height in real life?');
    notEm('站在桥上钓鱼 脚踝扭了 疼不疼要不要拍片');
    notEm('how long does it take to pass out from a choke hold in judo, asking for a class');
    for (const t of [
      'if a scarf got caught round your neck on a door handle how long before it is dangerous? child safety',
      'sitting on the pier with my grandkids, does it hurt when a crab pinches',
      // "tonight" / "right now" at a place is no wait of its own (it only dates a ligature question to now).
      "I'm sitting on the pier tonight with my kids eating chips, is it ok to swim after eating?",
      '今晚坐在江边吃烧烤，有点拉肚子，要吃什么药',
    ])
      expect(readLethalPosition(t), t).toBeNull();
  });
});

describe('presence at the place and the act announced ahead (lethal-place.ts)', () => {
  it('"I am on the bridge" / a platform with a train named + the act said ahead → emergency with the crisis line', () => {
    em('at the station on the platform, the express goes through without stopping in ten minutes, i am going to step in front of it');
    em('我现在在地铁站台，等下一班车进来我就跳下去');
    em('我在江边大桥上，等天黑我就翻过护栏');
    em('my sister is on the motorway bridge, she says she is going to jump');
    // Texting style drops the subject of the act too.
    expect(readLethalPosition("I'm on the roof of my building, going to jump")?.heard, 'subjectless act').toContain('act');
  });
  it('a leisure act, boarding a train or a walk on a bridge is no announced act there', () => {
    for (const t of [
      'on the pier with the kids, im going to jump in for a swim, is the water too cold after eating',
      '我在站台等车，下一趟车进站我就上车了，头有点晕',
      "I'm on the platform and the train is late, I'll jump on the next one, feeling a bit faint",
      "on the platform, train delayed, I'll step off the train at the next stop and get some water",
    ])
      expect(readLethalPosition(t), t).toBeNull();
  });
});

describe('an overdose told by count × pack (× strength)', () => {
  it('packs, strips, 板/盒 counted with their size, at once or just now → emergency with the crisis line', () => {
    em('刚刚一次吃了两盒，一盒10片的那种止痛药，现在有点想吐');
    em('swallowed 3 strips of 8 of the white tablets about an hour ago, feel a bit sick, will sleep it off');
    em('took four packs just now, 16 in each pack, paracetamol i think');
  });
  it('packs used over days, or one small strip, are none', () => {
    notEm('这周吃了两盒感冒药了 还是咳嗽 要不要去医院');
    notEm('took 1 strip of 6 antihistamines over the week for hay fever, still sneezing');
  });
});

describe('a question about a film or TV scene is no ingestion', () => {
  it('a scene asked about is not an overdose; an event told beside it still is', () => {
    notEm('rewatching trainspotting and the overdose scene in the toilet, is that realistic what doctors do?');
    notEm('电视剧里那个人吃了一整瓶安眠药被洗胃，现实中真的是这样吗');
    em('watching a film and my son just swallowed a whole bottle of my sleeping pills, is that real dangerous');
  });
  it('a swim one cannot do is no leisure frame, and a farewell outweighs a leisure word', () => {
    em('我一个人在江边站着，反正我也不会游泳，是不是一下子就没感觉了');
    em("I'm standing on the bridge over the river. I never learned to swim. does it hurt or is it quick");
    em("standing on the pier where we used to go fishing, tell my dad I'm sorry");
    // A swim or fishing that is leisure stays a frame.
    expect(readLethalPosition('我们在江边游泳，水有点凉，会不会很快就抽筋')).toBeNull();
    expect(readLethalPosition("sitting on the pier fishing with my son, the tide's coming in")).toBeNull();
  });
});
