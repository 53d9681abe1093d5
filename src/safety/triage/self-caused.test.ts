// The emergency's own cause read as structure (self-caused.ts, session 40): a means of self-harm the person used or
// announced × a life course the message tells. Targets are triage-bd's four emergencies that came without the crisis line
// (bd068, bd072, bd073, bd114; in-sample now) and new texts of the class (bench/triage-s40-self-probes.jsonl); look-alikes
// hold the same means with a young child, a mistake, a task, heating, a study question, a past or no course at all.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { normaliseText } from './normalise.js';
import { readSelfCaused } from './self-caused.js';

const read = (t: string) => readSelfCaused(normaliseText(t));

describe('readSelfCaused: a means of self-harm in a life course', () => {
  it('reads a whole supply gone beside a finality or a loss (bd073, zh)', () => {
    expect(
      read(
        "My father (79) keeps saying since mum died he's 'ready to join her'. Today I found his insulin pens all used up on the bedside table and he's very sleepy and sweaty.",
      ),
    ).toMatchObject({ means: 'wholeSupply', course: ['finality', 'loss'] });
    expect(read('我妈说活着太累了，不想再醒过来，刚才我发现她床头那盒降压药空了，现在她头晕得站不住')).toMatchObject({ means: 'wholeSupply' });
    expect(read('我同學喺WhatsApp講佢已經食晒啲藥，話想瞓咗唔好再醒')).toMatchObject({ means: 'wholeSupply', course: ['finality'] });
  });
  it('reads a poison drunk by the bottle beside despair (bd114, Cantonese)', () => {
    expect(read('群里一个网友刚说他喝了半瓶百草枯，说已经没有退路了，我只知道他在郑州，qq还在线，我该怎么办')).toMatchObject({ means: 'poisonDrunk' });
    expect(read('個friend喺IG講佢飲咗成樽漂白水，話冇面再見人，佢屋企人唔喺度')).toMatchObject({ means: 'poisonDrunk' });
  });
  it('reads a wrist cut announced, shut in or disclosed (bd072, bd068)', () => {
    expect(read('個仔話佢頂唔順，鎖住咗喺房入面話要𠝹脈，我喺門口叫佢佢唔應，點算好')).toMatchObject({ means: 'wristCut', course: ['finality', 'shutIn'] });
    expect(
      read(
        "I'm a school counsellor. A 14 year old just disclosed she has been cutting for months and tonight she plans to 'go deeper' on her wrists. She's gone home and her phone is off.",
      ),
    ).toMatchObject({ means: 'wristCut' });
  });
  it('reads charcoal burnt behind a locked door and a railing crossed', () => {
    expect(read('我表姐喺屋企燒炭，我啱啱撞開門，佢唔郁')).toMatchObject({ means: 'charcoal', course: ['shutIn'] });
    expect(read('my sister is out on the other side of the bridge railing and says nobody can stop her this time')).toMatchObject({ means: 'beyondRailing' });
  });
  it('leaves accidents, a young child, a task, heating, a question and a supply used up in ordinary use', () => {
    for (const t of [
      'My 3 year old got into the bathroom cabinet and the paracetamol bottle is empty, she is vomiting. I can’t go on like this.',
      '我爸在果园打药的时候不小心喝了一口百草枯，吐出来了，现在嗓子疼，他说活不下去了',
      "my insulin pens are all used up and the pharmacy is closed until monday, since my wife died I can't cope any more",
      '冬天在屋里烧炭取暖，一家三口早上起来都头疼恶心，我爸叫不太醒',
      'cut my wrist on a broken glass while washing up, it won’t stop, I’m locked in the bathroom',
      'Is it true that people who slit their wrists usually survive? We are discussing it for a psychology essay.',
      '我老公喝多了酒，把自己锁在车里睡觉，叫他不应',
      'my grandad took all his morning tablets twice by mistake because he forgot, he is dizzy, since grandma died he is lost',
      '他说他没有想死，只是把一整瓶安眠药都吃了想睡个好觉，现在叫不醒',
      // A supply found empty with a loss alone: it may have run out in use (a widower's pens).
      "My mum died last month. Dad's insulin pens are all used up and he's been eating badly, sugar 25 and very thirsty",
      '奶奶去世以后爷爷一个人住，今天发现他的降压药盒空了，他说头晕',
      // A loss or a professional merely named beside an everyday "took all" or a railing (s40 review S2).
      "My therapist says I'm doing much better. I took all my meds this morning but now I have an itchy rash on my arms",
      '离婚后一直失眠，医生开的一盒安眠药都吃完了，能不能再开一盒？',
      '失恋了心情不好，一口气吃了三碗饭，胃胀得难受',
      "Since my wife died I've been taking all my tablets at once in the morning instead of spreading them out, is that ok?",
      '工人坐在护栏外面装空调外机，公司欠了一屁股债，这样安全吗？',
      '自从失业后我每天都把降压药一次性吃了，不分早晚，这样可以吗？',
      '楼下大爷天天坐在栏杆外面钓鱼，听说他老伴去世了，那里安全吗',
      '自从分手后我就没胃口，今天一口气吞了两个包子，胃好撑',
      '心理咨询师让我多运动。昨天我一口气吃了三片维生素C，会不会过量？',
    ])
      expect(read(t), t).toBeNull();
  });
});

describe('triage: the line follows the emergency’s own cause, whichever path set the level', () => {
  it('gives the crisis line on bd072 and bd114 (level from the body: unresponsive, paraquat)', () => {
    for (const t of [
      '個仔話佢頂唔順，鎖住咗喺房入面話要𠝹脈，我喺門口叫佢佢唔應，點算好',
      '群里一个网友刚说他喝了半瓶百草枯，说已经没有退路了，我只知道他在郑州，qq还在线，我该怎么办',
    ]) {
      const d = triageDetail(t);
      expect(d.level).toBe('emergency');
      expect(CRISIS_LINE.test(d.message), t).toBe(true);
    }
  });
  it('gives no line to a farm accident with paraquat or a heater’s carbon monoxide', () => {
    for (const t of ['我爸在果园打药的时候不小心喝了一口百草枯，吐出来了，现在嗓子疼', '冬天在屋里烧炭取暖，一家三口早上起来都头疼恶心，我爸叫不太醒']) {
      const d = triageDetail(t);
      expect(d.level).toBe('emergency');
      expect(CRISIS_LINE.test(d.message), t).toBe(false);
    }
  });
});
