// Review s11e (final triage safety review at 7acf99a1): a death figure laughed off before another sentence was lowered
// from an emergency with the crisis line to a check-in in two ways, both from bdb55ab5. (1) triage.ts held the learned
// reader's raise for a taken-back figure (figureGraded), so a real danger told after the laugh ("I'm standing on the
// bridge now") stayed urgent: the reader may raise it again, as at 648194d3. (2) taken-back.ts read any figure said by
// its construction ("X makes me want to", "X is killing me", 累到想死) as everyday strain, so life, living, everything,
// depression, loneliness and grief were laughed-off figures: the strain is named again (work, a boss, exams …), and
// life, living, despair, loneliness and grief are never a strain (NEVER_STRAIN).
import { describe, expect, it } from 'vitest';
import { maskTakenBack } from './taken-back.js';
import { triageDetail } from '../triage.js';

const CRISIS = /12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/;

const emergencyWithLine = (t: string): void => {
  const d = triageDetail(t);
  expect(d.level, t).toBe('emergency');
  expect(d.message, t).toMatch(CRISIS);
};

describe('a laughed-off figure followed by a real danger is raised by the reader (triage.ts: no figureGraded)', () => {
  it.each([
    ["my job makes me want to jump off a bridge lol anyway I'm standing on the bridge now"],
    ['上班上到想跳楼 哈哈 说真的 我现在就站在天台边上'],
    ['老板烦到我想自杀 哈哈 说真的 我一个人在江边坐着'],
    ["exams are killing me, I wanna die lol. but seriously I've been sitting on the train platform for an hour"],
    ['工作累到想死 哈哈 说真的 我已经写好给爸妈的信了'],
    ['my boss is killing me, I want to kill myself haha. anyway I feel like nobody would notice if I was gone'],
    ['deadline makes me want to end it all haha, anyway nobody would even miss me'],
    ["work makes me want to die lol. anyway I haven't slept or eaten in 4 days and I can't stop crying"],
    // Own variations.
    ["this project makes me want to jump off the roof haha anyway I'm up on the roof right now"],
    ['加班加到想死 哈哈 说真的 我现在站在桥上往下看'],
    ["my manager is killing me, I want to die lol. anyway I've given my cat away and said goodbye to everyone"],
  ])('%s → emergency with the crisis line', (t) => emergencyWithLine(t));
});

describe('life, living, despair, loneliness and grief are never an everyday strain (taken-back.ts STRAIN)', () => {
  it.each([
    ['Everything makes me want to kill myself lol. anyway what time does the pharmacy close'],
    ['being alive makes me want to end it all lol. anyway, how long does sertraline take to work'],
    ['living makes me want to die haha. anyway can you take ibuprofen with paracetamol?'],
    ["my depression is killing me, I want to die lol. anyway what's a normal heart rate"],
    ['my life makes me want to jump off a bridge lol. but seriously how do I sleep better'],
    ["I'm so lonely it makes me want to kill myself haha. anyway real question, is melatonin safe"],
    ["missing her is killing me, I wanna die lol. anyway what's the dose of zopiclone"],
    ['活着累到想死 哈哈 说真的 失眠怎么办'],
    ['我妈逼得我难受到想死，哈哈，说真的，怎么才能睡着不醒来'],
    // Own variations.
    ['existing makes me want to kill myself haha. anyway is it ok to drink coffee on an empty stomach'],
    ['my grief is killing me, I want to die lol. anyway how much paracetamol can I take in a day'],
    ['人生累到不想活 哈哈 说真的 布洛芬能空腹吃吗'],
    ['work and being alive make me want to die lol. anyway how long do antidepressants take'],
  ])('%s → emergency with the crisis line', (t) => emergencyWithLine(t));

  it('a figure said of life is never blanked, one said of work still is', () => {
    const life = 'being alive makes me want to die lol. anyway what is a normal heart rate';
    expect(maskTakenBack(life)).toBe(life);
    const work = 'work makes me want to die lol. anyway what is a normal heart rate';
    expect(maskTakenBack(work)).not.toBe(work);
  });
});

describe('a taken-back frame never cancels an act already done (ingestion.ts)', () => {
  it.each([
    ['开玩笑的 不过药我已经全吃了'],
    ["just kidding about wanting to die, but I did take all my mum's oxycodone"],
    ["haha I'm dying, jk but I did swallow the whole bottle of tylenol"],
    // Own variations.
    ['说着玩的 但是药我刚才全吞了'],
    ['lol jk, but I did take all of my hydrocodone an hour ago'],
    ["I was joking earlier, but I did swallow all my dad's zopiclone"],
  ])('%s → emergency with the crisis line', (t) => emergencyWithLine(t));
});

describe('a wound the writer says they cut themselves is self-harm (suicide.ts selfHarm)', () => {
  it.each([
    ['手腕上的伤口是我自己割的，血止不住'],
    // Own variations.
    ['胳膊上的口子是我自己划的，一直在流血'],
    ["the cut on my forearm is one I did myself, it won't stop bleeding"],
    ['my wrist wounds are self inflicted and still bleeding through the bandage'],
  ])('%s → emergency with the crisis line', (t) => emergencyWithLine(t));
});

describe('someone shut in and not answering, who has cut their wrists before, gets the crisis line (suicide.ts)', () => {
  it.each([
    ['我妹妹在房间里反锁了门，敲门没反应，她之前割过腕'],
    // Own variations.
    ['我儿子把自己锁在卫生间里，喊他不应，他以前割过手腕'],
    ['我室友反锁了门不开门，她去年划过腕'],
  ])('%s → emergency with the crisis line', (t) => emergencyWithLine(t));

  it('a healed cut asked about is no emergency', () => {
    expect(triageDetail('他以前割过手腕，现在好多了，想问问疤痕怎么淡化').level).not.toBe('emergency');
  });
});

describe('someone else seen collapsing now, with no coming round told, is an emergency (triage.ts collapseNow)', () => {
  it.each([
    ['my husband just collapsed, is it a heart attack?'],
    ['我同事突然倒在地上抽搐，口吐白沫'],
    // Own variations.
    ['my dad suddenly collapsed in the kitchen'],
    ['我爸刚才突然倒在地上'],
  ])('%s → emergency', (t) => expect(triageDetail(t).level, t).toBe('emergency'));

  it.each([['my husband just collapsed but he came round after a few seconds, is it a heart attack?'], ['我妈刚才突然晕倒了，现在醒过来了']])(
    '%s (came round) → not raised by the collapse',
    (t) => expect(triageDetail(t).reasons).toContain('fainting'),
  );
});
