import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { findModifiers } from './modifiers.js';
import { normaliseText } from './normalise.js';
import { screenSuicide } from './suicide.js';

// Messages written for these tests (not taken from any blind batch). Each danger class has a look-alike that must not
// become an emergency.
const level = (text: string) => triageDetail(text).level;
const fired = (text: string) => triageDetail(text).reasons;

describe('Cantonese colloquial forms are read as the Mandarin words the lexicons know', () => {
  it('maps 咗/食/饮/细路/BB/畀/冇 and keeps 食物/饮料', () => {
    expect(normaliseText('个细路食咗啲嘢')).toContain('小孩吃了');
    expect(normaliseText('BB饮咗两啖奶')).toContain('宝宝喝了');
    expect(normaliseText('佢畀狗咬咗，冇流血')).toBe('他被狗咬了，没有流血');
    expect(normaliseText('食物中毒，饮料')).toBe('食物中毒，饮料');
  });
});

describe('baby ages: under 3 months and under one year', () => {
  const ids = (t: string) => findModifiers(normaliseText(t)).map((m) => m.id);
  it('reads zh month/week ages next to a baby word, not pregnancy months', () => {
    expect(ids('六周大的女儿')).toEqual(expect.arrayContaining(['infant', 'underOne']));
    expect(ids('我家宝宝11个月')).toContain('underOne');
    expect(ids('我家宝宝11个月')).not.toContain('infant');
    expect(ids('怀孕8个月孩子踢得厉害')).not.toContain('underOne');
    expect(ids('7 week old son')).toEqual(expect.arrayContaining(['infant', 'underOne']));
  });
});

describe('infant danger signs (NICE red column)', () => {
  it('any fever under 3 months is an emergency; a normal reading is not', () => {
    expect(level('my 6 week old daughter has a temperature of 38.1')).toBe('emergency');
    expect(level('七周的宝宝摸着有点发热，量了38.2度')).toBe('emergency');
    expect(level('my 7 week old is 36.8 under the arm, just checking that is normal')).not.toBe('emergency');
    expect(fired('生完孩子两周，伤口红肿发烧38.3')).not.toContain('infant-fever-under-3-months');
  });
  it('floppy, or not feeding and hard to wake, is an emergency', () => {
    expect(level('our 4 month old has gone limp and floppy in my arms')).toBe('emergency');
    expect(fired('宝宝突然软塌塌的，手脚没劲')).toContain('infant-danger-signs');
    expect(level('3 week old has refused every feed today and is very sleepy')).toBe('emergency');
    expect(level('9 month old baby sleeping a lot today but feeding well and playing when awake')).not.toBe('emergency');
  });
  it('sunken soft spot or no wet nappies with vomiting in a baby is an emergency', () => {
    expect(level('7 month old throwing up since morning, the fontanelle looks sunken, nappies dry all afternoon')).toBe('emergency');
    expect(level('9个月BB肚屙一日，囟门凹咗，大半日冇尿')).toBe('emergency');
  });
  it('a rash spreading fast or not fading in a sick child is an emergency', () => {
    expect(level('my 2 year old has a fever and purple spots that dont fade when I press a glass on them')).toBe('emergency');
    expect(level('女儿发烧，身上的红点半小时就扩散到全身，精神很差')).toBe('emergency');
    expect(level('my son has a few itchy spots on his arm after the park, he is fine otherwise')).not.toBe('emergency');
  });
});

describe('ingestion by substance class', () => {
  it('caustics, fuels, button batteries swallowed by a child are emergencies (zh incl. Cantonese)', () => {
    expect(level('toddler bit into a laundry pod, coughing and drooling')).toBe('emergency');
    expect(level('my 2yo swallowed a coin cell battery from the remote')).toBe('emergency');
    expect(fired('个细路饮咗啲洁厕水，嘴唇好红')).toContain('toxic-substance-ingestion');
    expect(level('爷爷把装在饮料瓶里的煤油当水喝了')).toBe('emergency');
  });
  it('a preparedness question is not an emergency', () => {
    expect(level('what do we do if our toddler ever eats a dishwasher tablet? just planning ahead')).not.toBe('emergency');
  });
});

describe('envenomation with systemic signs', () => {
  it('snake bite, scorpion sting in a child, or many stings with symptoms', () => {
    expect(level('bitten on the ankle by a snake while hiking, leg swelling')).toBe('emergency');
    expect(level('我爸被一群马蜂蛰了，脸上手上起了十几个包，现在呕吐头晕')).toBe('emergency');
    expect(level('hornet stung me on the neck and now I feel dizzy and sweaty')).toBe('emergency');
    expect(fired('仔仔畀蝎子咬咗手指，一直流口水')).toContain('envenomation-systemic');
  });
  it('one local sting without systemic signs is not an emergency', () => {
    expect(level('stung once by a wasp on my thumb, it is red and itchy, no other symptoms, breathing normal')).not.toBe('emergency');
  });
});

describe('frostbite, bites, melaena, overdose', () => {
  it('deep frostbite (numb, hard or waxy, white or blistered) is an emergency; superficial is not', () => {
    expect(level('after the mountain climb my toes are grey and solid, no feeling in them at all')).toBe('emergency');
    expect(level('雪地里走了一天，手指发白发硬，完全没有知觉')).toBe('emergency');
    expect(level('fingers were cold and tingly after skiing but pink again now and I can feel everything')).not.toBe('emergency');
  });
  it('a dog bite tearing tissue, or on a child’s face, is an emergency; a graze is not', () => {
    expect(level('a dog bit my 6 year old on the lip and it is split open')).toBe('emergency');
    expect(level('朋友家的狗咬了我的小腿，掉了一块肉')).toBe('emergency');
    expect(level('puppy nipped my finger while playing, tiny scratch, not bleeding')).not.toBe('emergency');
  });
  it('black tarry stools with faintness is an emergency', () => {
    expect(level('my stools are black like tar and I nearly passed out getting off the sofa')).toBe('emergency');
    expect(level('拉了两天柏油样的大便，站起来头晕眼前发黑')).toBe('emergency');
  });
  it('a large deliberate amount of medicine is an emergency', () => {
    expect(level('我吞了一整板安眠药')).toBe('emergency');
    expect(level('she took a whole packet of paracetamol an hour ago')).toBe('emergency');
  });
});

describe('burns and incoherent speech', () => {
  it('a hot-liquid scald over the body or skin coming off is an emergency; a small kitchen burn is not', () => {
    expect(level('儿子碰翻了开水壶，开水洒到肚子和大腿上，起了大水泡')).toBe('emergency');
    expect(level('hot soup spilled on my toddler and the skin came off on her arm')).toBe('emergency');
    expect(level('touched the oven tray for a second, small red mark on one fingertip, ran it under cold water')).not.toBe('emergency');
  });
  it('a person with diabetes, sweating and talking nonsense, is an emergency', () => {
    expect(level('我妈有糖尿病，打了胰岛素忘记吃早饭，现在一身冷汗，语无伦次')).toBe('emergency');
  });
});

describe('suicide cues without classic words', () => {
  it('a lethality question about a named medicine, and "not worth living" with an open window', () => {
    expect(screenSuicide('what is the maximum citalopram a person can take before it gets fatal').risk).toBe('high');
    expect(screenSuicide(normaliseText('我不配活着，已经爬到窗台上了')).risk).toBe('high');
    expect(screenSuicide("I don't deserve to live and the window is wide open").risk).toBe('high');
  });
});

describe('method research and written farewells are suicide emergencies', () => {
  it('reads a painless-way question about oneself as lethality research, not a painless procedure', () => {
    expect(level('is there a painless way to go, asking for me')).toBe('emergency');
    expect(level('最不痛苦的死法是什么')).toBe('emergency');
    expect(level('what is the most painless way to remove a splinter')).not.toBe('emergency');
  });
  it('reads a letter left out and wanting to say goodbye as farewell behaviour, not any letter', () => {
    expect(level('撑不下去了，信已经写好放枕头下面，想跟爸妈说声再见')).toBe('emergency');
    expect(level('给外婆的信写好了，周末寄出去')).toBe('routine');
  });
});

describe('after batch K: ages without a child noun, gestation signs in colloquial Chinese, pain ripping to the back', () => {
  it('reads "my 3 yr old" as a child, so one adult heart or sugar pill swallowed is an emergency', () => {
    expect(level('my 3 yr old might have swallowed one of her grandpas verapamil, seems ok')).toBe('emergency');
    expect(level('my 3 yr old has a runny nose and is eating fine')).toBe('routine');
  });
  it('takes 眼睛冒金星 in late pregnancy as visual disturbance', () => {
    expect(level('怀孕34周，头很痛，眼睛冒金星')).toBe('emergency');
  });
  it('takes sudden pain ripping through to the back as possible dissection', () => {
    expect(level('sudden pain in my chest tearing through to my back')).toBe('emergency');
  });
});

describe('review fix: reduced or absent fetal movements in every wording, with the gestation said of oneself', () => {
  it('is a pregnancy emergency (zh + en)', () => {
    for (const t of [
      'I am 33 weeks pregnant and the baby has stopped kicking since lunch',
      '30 weeks and I cannot feel the baby moving since last night',
      '38 weeks, the movements have slowed right down today',
      '我34周了，宝宝一上午都没动静',
      '孕31周，从昨晚到现在感觉不到胎动',
      '我现在29周，今天一直感觉不到宝宝动',
    ]) {
      expect(triageDetail(t).level, t).toBe('emergency');
    }
  });
  it('movements not felt yet, early in pregnancy, stay no emergency', () => {
    for (const t of ["I'm 17 weeks and haven't felt the baby move yet, is that normal?", '我19周了还没感觉到胎动，正常吗']) {
      expect(triageDetail(t).level, t).not.toBe('emergency');
    }
  });
});

// Session 15 (triage #19, left from session 14): a lot of blood from the bottom with faintness is an emergency, as black
// stools with faintness are; streaks on the paper, or faintness with no heavy bleed, are not.
describe('heavy rectal bleeding with faintness', () => {
  it.each([
    ['Poo full of bright red blood, clots too, and I nearly passed out getting off the toilet'],
    ['大便拉出来好多鲜血，站起来眼前发黑'],
    ['passing so much blood from my back passage, I feel dizzy and clammy'],
  ])('%s → emergency', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('rectal-bleeding-with-faintness');
  });
  it.each([
    ['bit of bright red blood on the toilet paper when I wipe, feel fine'],
    ['I had a lot of blood in my poo last year, now I feel dizzy today'],
    ['好多鲜血从鼻子流出来，头晕'],
    // Bleeding after a birth is its own emergency (postpartum haemorrhage), not a bowel bleed.
    ['生完孩子第四天，出血很多有血块，脸色发白头晕'],
    ['12 weeks pregnant, passing lots of clots in the toilet and feel faint'],
  ])('%s → no rectal-bleeding rule', (text) => {
    expect(triageDetail(text).reasons).not.toContain('rectal-bleeding-with-faintness');
  });
});

// Session 18 (consult → triage request): fewer movements said as a comparison with before, and movements hardly felt,
// read routine; a comparison with the past (比以前) is no history.
describe('reduced fetal movements in lay comparisons', () => {
  it.each([['怀孕30周了 今天感觉宝宝动得比以前少很多'], ['怀孕32周 今天一上午都没怎么感觉到胎动'], ['孕28周 宝宝今天动得比平时弱']])(
    '%s → emergency',
    (text) => {
      expect(triageDetail(text).level).toBe('emergency');
    },
  );
  it.each([['怀孕16周 还没怎么感觉到胎动 正常吗'], ['怀孕35周 宝宝动得比以前多 晚上踢得睡不着']])('%s → not emergency', (text) => {
    expect(triageDetail(text).level).not.toBe('emergency');
  });
});
