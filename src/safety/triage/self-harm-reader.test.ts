import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readSelfHarm } from './self-harm-reader.js';
import { screenSuicide } from './suicide.js';

const CRISIS = /12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/;

describe('self-harm reader: structure, not sentences', () => {
  it.each([
    ['im gonna swallow every tablet in the cupboard after work', 'intendedAct'],
    ['she says she is ready to jump off the multistorey car park', 'intendedAct'],
    ['我真想一口气把这些药都吞下去', 'intendedAct'],
    ['他说打算去江边跳下去', 'intendedAct'],
    ['downed a whole packet of my co-codamol because nothing matters', 'massIngestion'],
    ['my sister is cutting again, the marks on her thigh look fresh', 'repeatedInjury'],
    ['女儿又开始划手了', 'repeatedInjury'],
    ["my uncle's phone is switched off and nobody knows where he is", 'unreachable'],
    ['my son wrote that his bank details are in the blue folder', 'farewell'],
  ])('%s → %s', (text, slot) => {
    expect(readSelfHarm(text).slots).toContain(slot);
  });

  it.each([
    'this revision timetable is going to kill me',
    '我想死你了，什么时候回来',
    '腰疼得要死，是不是腰间盘突出',
    'I want to end it with my boyfriend, how do I say it kindly',
    'I cut my finger again while chopping onions, how do I close it',
    'I want the rash to be gone before the wedding',
    '想一口气吃完这碗面会不会撑坏',
    "my husband isn't answering, he is probably in a meeting",
  ])('look-alike %s finds no intent', (text) => {
    expect(screenSuicide(text).risk).toBe('none');
  });

  it('a question someone else asked is not an affirmation', () => {
    const d = triageDetail('the school nurse asked whether I ever think about self-harm and I said no. why do they ask that?');
    expect(d.level).not.toBe('emergency');
    expect(d.contributions.suicide.risk).toBe('none');
    expect(triageDetail('the school nurse asked whether I ever think about self-harm and I said yes').contributions.suicide.risk).not.toBe('none');
  });

  it.each([
    ['My therapist asked if I want to kill myself. Yes. I have the pills ready.'],
    ['the counsellor asked whether I had thought of ending it, yeah, and I bought a rope yesterday'],
    ['医生问我是不是想轻生，我说是，药都准备好了'],
    ['我把攒的安眠药都吃了'],
    ['took all the sleeping pills I had been saving up'],
  ])('a yes or means made ready after a reported question, or a saved-up supply swallowed, is an emergency: %s', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });

  it.each([
    ["Since my husband passed away I'm sick of living. His oxycodone is still in the bathroom cabinet."],
    ['活着没什么盼头，家里柜子里就有一瓶敌敌畏'],
    ['买了木炭和胶带，把门窗缝都封上了，想一睡不醒'],
  ])('a passive wish with lethal means at hand, or a sealed room prepared, is an emergency (after batch M, sentences of our own): %s', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });

  it('bereavement, charcoal and tiredness without a wish or means are not suicide risks', () => {
    for (const text of [
      'Grandpa passed away last year and I am tired of all the paperwork',
      '食物中毒可以吃活性炭吗？',
      'my mum died in 2019; what are the early signs of breast cancer?',
    ])
      expect(triageDetail(text).contributions.suicide.risk).toBe('none');
  });

  it('finishing a course of medicine is not an overdose', () => {
    for (const text of ['我把药都吃完了，咳嗽还没好', '我把药都吃了，还要再开吗', 'took all my antibiotics like the doctor said, still coughing'])
      expect(triageDetail(text).level).not.toBe('emergency');
  });

  it.each([
    ['my cousin messaged "tell mum I love her, see you never" and now her phone goes straight to voicemail', 'en'],
    ['我哥发消息说银行卡密码在抽屉里，别找他，现在电话打不通', 'zh'],
    ['dad has been depressed for months, left a note saying sorry for everything and his car is gone', 'en'],
    ['I plan to take all my sleeping tablets tonight', 'en'],
    ['她说准备去楼顶跳下去', 'zh'],
    ['burned myself worse than last time with a lighter, blistering now', 'en'],
  ])('third and first person, zh and en: %s → emergency with a crisis line', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });

  it('every result the suicide screen grades as a risk carries the crisis line, whatever decided the level', () => {
    const texts = [
      'sometimes I wish I was not here, no plan, my partner is with me',
      '最近觉得活着没意思，但不会做傻事，老婆在身边',
      'my friend said goodbye to everyone in a group chat and he has been low',
      'I keep thinking about ending my life and I have chest pain now',
      '他把猫送给了我，还说以后帮我照顾好爸妈',
    ];
    for (const t of texts) {
      const d = triageDetail(t);
      if (d.contributions.suicide.risk !== 'none') expect(d.message, t).toMatch(CRISIS);
    }
    expect(texts.filter((t) => triageDetail(t).contributions.suicide.risk !== 'none').length).toBeGreaterThanOrEqual(4);
  });
});

describe('stance on wishes and framing (after batch L, with sentences of our own)', () => {
  it('not wanting to die is a safety statement; not wanting to live is ideation', () => {
    expect(screenSuicide('he says he does not want to live any more').risk).toBe('high');
    expect(screenSuicide("I don't want to die, scratching my arm is just how I cope").risk).not.toBe('high');
  });

  it('a conditional about people in general is not a risk; the same words about a named person are', () => {
    expect(triageDetail('for our school leaflet: who should pupils call if they are thinking about suicide?').level).not.toBe('emergency');
    expect(screenSuicide('my son said he is thinking about suicide').risk).not.toBe('none');
  });
});

describe('errands are no farewell without a leaving cue (review of 483aa52: reviewer sentences, not blind data)', () => {
  it.each(['这个月房租交了，最近心情很差', '出差前把钥匙交给邻居了，情绪低落'])('%s → not an emergency', (text) => {
    expect(readSelfHarm(text).slots).not.toContain('farewell');
    expect(triageDetail(text).level).not.toBe('emergency');
  });
  it('the same act with an ending cue, or two acts together, is a farewell', () => {
    expect(readSelfHarm('把钥匙交给邻居了，以后用不着了').slots).toContain('farewell');
    expect(readSelfHarm('房租交了，钥匙也交给邻居了').slots).toContain('farewell');
    expect(readSelfHarm("paid the rent up and left my keys with my brother, won't need them anymore").slots).toContain('farewell');
  });
});

describe('someone shut away and not answering, with a present risk (suicide.ts structuralRisk)', () => {
  it('low mood on a history of self-harm makes the alarm a risk now, with the crisis line', () => {
    const d = triageDetail("my son has been really low for weeks and he's cut before. he's locked himself in the shed and isn't answering");
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
  it('a lethal means behind the door after a row is a risk now (反锁 and a knock unanswered are unreachable)', () => {
    const d = triageDetail('我姐跟男朋友吵架后把自己反锁在房间，敲门没反应，屋里有烧炭的味道');
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
  it('a means with neither a row nor low mood is an accident: no crisis line', () => {
    expect(triageDetail('我爸洗澡洗了很久，敲门没反应，闻到煤气味').message).not.toMatch(CRISIS);
  });
});

describe("'slash' is a self-directed cut of the wrists (known leftover, session 10)", () => {
  it('an intent to slash one’s wrists, and wrists slashed, are read with the crisis line', () => {
    for (const t of ["my sister texted that she's going to slash her wrists tonight", 'he slashed his wrists in the bath and there is blood everywhere']) {
      const d = triageDetail(t);
      expect(d.level).toBe('emergency');
      expect(d.message).toMatch(CRISIS);
    }
  });
});

describe('a past attempt told as history beside a wish, a plan or a means told now (review s11a, triage #19)', () => {
  it.each([
    ['My brother overdosed in 2021… these days he keeps talking about trying again and he has tablets stashed in his room'],
    ['I attempted to hang myself when I was at uni. recently I have the urge to do it again'],
    ['前年我吞过药被救回来了，这阵子又总想那件事，安眠药也藏好了'],
    ['以前割过腕，最近又想再试一次'],
  ])('is a present risk, an emergency with the crisis line: %s', (text) => {
    expect(readSelfHarm(text).slots).toContain('returnToAttempt');
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
  it.each([
    ['I tried to overdose as a teenager and I would never do it again, therapy really helped'],
    ['前年割过腕，现在状态很好，不想再试一次了'],
    ['My dad attempted suicide years ago. Now he is going to try again to get his driving licence back'],
  ])('a history told as over, or "again" about something else, is no return: %s', (text) => {
    expect(readSelfHarm(text).slots).not.toContain('returnToAttempt');
  });
});

describe('a past attempt told as history beside a means made ready or a plan now (review s11a, triage #19)', () => {
  it.each([
    ['my girlfriend tried to hang herself two years ago, and this week she bought a length of rope'],
    ['I overdosed as a teenager. These days I am planning to do it properly once the exams are over'],
    ['前年割过腕，这几天又偷偷攒了一盒安眠药'],
  ])('is an emergency with the crisis line: %s', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
  it('the means of the past attempt itself is history', () => {
    expect(screenSuicide('she overdosed years ago on tablets she had saved up, she is doing really well now').risk).toBe('none');
  });
});

describe('a gas supply opened in a shut room is a means made ready (self-harm-reader.ts GAS_OPENED, triage #19 s12)', () => {
  it.each([["I've turned the gas on and shut all the windows. tell my sister I'm sorry"], ['厨房的燃气我已经打开了，所有门窗都关好了，就这样吧，谢谢你们']])(
    'is an emergency with the crisis line: %s',
    (text) => {
      const d = triageDetail(text);
      expect(d.level).toBe('emergency');
      expect(d.message).toMatch(CRISIS);
    },
  );
  it.each([
    ['turned the gas on to cook and shut the door, feel a bit dizzy'],
    ['冬天在家燃气热水器开着洗澡，门窗关着，头晕想吐'],
    ['煤气好像忘了关，窗户关着，闻到味道了怎么办'],
  ])('gas met by accident is no preparation: %s', (text) => {
    expect(readSelfHarm(text).slots).not.toContain('preparation');
  });
});

// Session 16, left from triage-af's first sight (af043, af101, af106): the act was read but its intent was not, so the
// emergency carried no crisis line. Sentences of our own, same classes.
describe('an indirect self-poisoning or a sealed charcoal room carries the crisis line (session 16)', () => {
  it.each([
    // A pesticide typed by pinyin (农要) after a row: the slip is read as the word (normalise.ts ZH_SLIPS).
    '我哥跟嫂子吵完架就喝了农要，现在一直吐，出了好多汗',
    // A wish that everything would stop, told as the purpose of the act (passive ideation, C-SSRS).
    'swallowed some weed killer an hour ago because I wanted it all to end, my stomach is burning',
    // The gaps sealed in a later clause of the same sentence, a knock unanswered (没有人回应).
    '我表弟房间门从里面反锁了，门缝有股烧炭的味，还拿湿毛巾塞住了，敲门一直没有人回应',
  ])('%s', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
  it('not a typhoon taped window, nor 务农要 (farming needs), nor everything wanted to stop with no act', () => {
    for (const t of ['台风要来了，窗户用胶带贴起来了，还要准备什么', '在家务农要注意什么，经常腰疼']) expect(triageDetail(t).message).not.toMatch(CRISIS);
    expect(triageDetail('台风要来了，窗户用胶带贴起来了，还要准备什么').level).toBe('routine');
  });
});

// Session 16, from consult's c21-043 (consult-cases-21, scored): a garden hose tripped over is no means; a hose is one
// beside a car, its exhaust, an engine, a garage or a window.
describe('a hose is a means only beside a car or a closed space', () => {
  it('tripping over the hose pipe carries no crisis line', () => {
    expect(triageDetail("mum (79) tripped on the hose pipe yesterday and went down on the patio. says she's fine & I'm fussing. am I?").message).not.toMatch(
      CRISIS,
    );
  });
  it('a hose on the exhaust in the garage, beside low mood, still does', () => {
    const d = triageDetail('my brother has been so low, he bought a hosepipe and the car is in the garage');
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS);
  });
});
