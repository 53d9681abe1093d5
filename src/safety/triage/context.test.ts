// Structural readers added in session 5 (exposures, clot risk context, haematological crises, traditional characters,
// method preparation). Sentences of our own, written before blind batch N was opened; each case fails on 98d0709.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { HAN_VARIANT_PAIRS as HANT_PAIRS, toSimplified } from '../../core/han-variants.js';
import { readCarbonMonoxide, readToxicity } from './exposure.js';
import { readSelfHarm } from './self-harm-reader.js';

const level = (t: string) => triageDetail(t).level;
const rulesLevel = (t: string) => triageDetail(t, { rulesOnly: true }).level;
const hasCrisis = (t: string) => /12356|988/.test(triageDetail(t).message);

describe('exposure reader: carbon monoxide from the situation', () => {
  it('a fuel burning in a closed space with symptoms is an emergency, without the word carbon monoxide', () => {
    const t = 'We ran a petrol generator in the garage during the power cut and now my husband and I both have pounding headaches and feel sick';
    expect(readCarbonMonoxide(t)).not.toBeNull();
    expect(level(t)).toBe('emergency');
    expect(triageDetail(t).reasons).toContain('carbon-monoxide-exposure');
  });
  it('an accidental household exposure carries no crisis line', () => {
    const t = '我们一家晚上在屋里吃炭火锅，门窗都关着，现在都头晕想吐，我妈刚才还晕倒了一下';
    expect(level(t)).toBe('emergency');
    expect(hasCrisis(t)).toBe(false);
  });
  it('prevention questions and cooking are not exposures', () => {
    for (const t of [
      'we have a gas boiler at home, how do I know if the carbon monoxide alarm works?',
      '冬天在家吃炭火锅要注意什么？',
      'bought charcoal for the barbecue tomorrow, how long should I marinate the chicken?',
    ])
      expect(level(t), t).toBe('routine');
  });
});

describe('exposure reader: toxicity of a regular medicine (names from the knowledge base alias table)', () => {
  it('digoxin with vomiting and yellow vision, lithium with dehydration and ataxia', () => {
    const d = 'my grandmother takes digoxin, for two days she has been vomiting, says everything looks yellow and her pulse is 42';
    const l = '我爸一直吃碳酸锂，最近拉肚子好几天，现在手抖得厉害，走路不稳，说话糊涂';
    expect(readToxicity(d)?.profile).toBe('digoxin');
    expect(readToxicity(l)?.profile).toBe('lithium');
    expect(level(d)).toBe('emergency');
    expect(level(l)).toBe('emergency');
  });
  it('a tolerated side effect or a medicine question is not toxicity', () => {
    for (const t of [
      'I take lithium and have a mild tremor in my hands, is that a normal side effect?',
      "I'm on lithium, had one day of diarrhoea, feel fine otherwise, should I keep taking it?",
      '我吃碳酸锂两年了，最近手有点抖，要不要查血药浓度？',
    ]) {
      expect(readToxicity(t), t).toBeNull();
      expect(level(t), t).not.toBe('emergency');
    }
  });
});

describe('risk context for a clot in the lung', () => {
  it('a return journey named only as "got back from" + sudden breathlessness and pain on breathing in', () => {
    const t = 'got back from Lisbon three days ago, this morning suddenly short of breath and it hurts on the right when I breathe in';
    expect(triageDetail(t).reasons).toContain('clot-risk-breathlessness');
    expect(level(t)).toBe('emergency');
  });
  it('context without breathlessness or chest symptoms is not', () => {
    expect(level('took a long flight last week and my ankles are a bit puffy, no breathlessness or pain')).not.toBe('emergency');
  });
});

describe('haematological crises', () => {
  it('sickle cell with chest pain and fever, haemophilia with a head bump, fever without a spleen', () => {
    expect(level('I have sickle cell disease, pain crisis in my back since yesterday and now chest pain and my temperature is 38.5')).toBe('emergency');
    expect(level('我有血友病，今天摔了一跤撞到头，现在有点头痛')).toBe('emergency');
    expect(level('my son had his spleen removed last year and now has fever 39 and shivering')).toBe('emergency');
  });
  it('the condition alone, or a managed usual crisis, is not an emergency', () => {
    for (const t of [
      'I have sickle cell, usual pain crisis in my legs, managing with codeine at home, no fever, breathing fine',
      'my son has haemophilia, which sports are safe for him?',
      'spleen removed years ago after a car crash, which vaccines do I need?',
    ])
      expect(level(t), t).toBe('routine');
  });
});

describe('traditional characters', () => {
  it('map one for one onto the simplified lexicon', () => {
    expect([...HANT_PAIRS.traditional].length).toBe([...HANT_PAIRS.simplified].length);
    expect(toSimplified('講嘢口齒唔清，企都企唔穩')).toBe('讲嘢口齿唔清，企都企唔稳');
    expect(toSimplified('no change')).toBe('no change');
  });
  it('a Cantonese posterior stroke in traditional characters is read by the rules', () => {
    const d = triageDetail('阿爺突然好暈，成間屋喺度轉，講嘢口齒唔清，企都企唔穩');
    expect(d.level).toBe('emergency');
    expect(d.contributions.rules.level).toBe('emergency');
  });
  it('黐脷 (slurred speech) reads as the Mandarin 大舌头; 黐脷根, a tongue-tie, is no speech sign', () => {
    const d = triageDetail('阿嫲今朝食早餐嗰陣,杯奶茶跌咗落地,之後講嘢有啲黐脷,佢話冇事想瞓多陣。');
    expect(d.level).toBe('emergency');
    expect(d.contributions.rules.level).toBe('emergency');
    expect(triageDetail('阿爺頭先講嘢黐脷筋').contributions.rules.level).toBe('emergency');
    expect(triageDetail('我個仔三歲,有啲黐脷根,係咪要剪?', { rulesOnly: true }).level).toBe('routine');
  });
  it('黐脷 is a stroke sign only when it came on now or beside another stroke sign (review s30 b35–b44, d03)', () => {
    for (const t of [
      '我阿媽頭先突然講嘢黐脷，口都有啲歪',
      '公公食飯嗰陣突然黐脷筋，講唔清楚',
      '老豆半個鐘前開始講嘢黐脷，佢話冇事唔使睇醫生',
      '阿爸今朝起身之後講嘢黐脷，右手揸唔穩筷子',
    ])
      expect(triageDetail(t, { rulesOnly: true }).level, t).toBe('emergency');
    for (const t of [
      '我個仔三歲，講嘢有啲黐脷，係咪要睇言語治療？',
      '佢細個開始就黐脷㗎啦，講S音唔准，想知點矯正',
      '尋晚飲醉酒之後講嘢黐脷，今朝已經冇事',
      '我講英文好黐脷，點樣練好啲？',
      '啱啱剝完牙打完麻醉，講嘢黐脷黐脷',
      '阿爺成世人都黐脷筋，今日照舊，想問佢啲血壓藥幾點食',
      '阿婆幾年前中風過，之後一直有啲黐脷，今日冇變，想問復康運動',
      '粒糖黐脷，撕唔甩，點算？',
    ])
      expect(triageDetail(t, { rulesOnly: true }).level, t).not.toBe('emergency');
  });
});

describe('method preparation (self-harm reader)', () => {
  it('charcoal and tape for the windows beside arranging care of a pet is high risk with a crisis line', () => {
    const t = 'bought two bags of charcoal and tape for the windows, told my sister to look after my cat';
    expect(readSelfHarm(t).slots).toEqual(expect.arrayContaining(['preparation', 'sealing']));
    expect(level(t)).toBe('emergency');
    expect(hasCrisis(t)).toBe(true);
  });
  it('a means bought for a named ordinary purpose is not preparation', () => {
    const t = 'bought a rope for the tent, any tips for camping in the rain?';
    expect(readSelfHarm(t).slots).not.toContain('preparation');
    expect(level(t)).toBe('routine');
  });
  it("the reader's past-history check masks bereavement like the screen does", () => {
    const t = 'my husband passed away in March. since then I have been hiding his sleeping pills in my drawer, I feel so down';
    expect(readSelfHarm(t).slots).toEqual(expect.arrayContaining(['preparation', 'lowMood']));
    expect(level(t)).toBe('emergency');
  });
});

describe('minor head injury', () => {
  it('a child bump with normal behaviour since is routine; with vomiting and drowsiness an emergency', () => {
    expect(level('my son bumped his head this morning, cried straight away, now playing and eating as normal, no vomiting, small lump')).toBe('routine');
    expect(level('my son bumped his head on the table, cried straight away, vomited twice since and is very sleepy')).toBe('emergency');
  });
});

describe('course and negation of discriminators', () => {
  it('a focal deficit that lasted minutes and fully went is a TIA (urgent); recurring or still present stays an emergency', () => {
    const tia = triageDetail('我妈72岁，刚才突然右手没劲，说话有点不清楚，五分钟后就好了，现在完全正常');
    expect(tia.level).toBe('urgent');
    expect(tia.reasons).toEqual(['transient-ischaemic-attack']);
    expect(level("my dad's face drooped and his speech was slurred 20 minutes ago and he is still slurring")).toBe('emergency');
    expect(level('this is the second time today his left arm went weak for a few minutes, back to normal again now')).toBe('emergency');
    expect(level('右边手脚突然没劲十分钟了，现在还是没劲')).toBe('emergency');
  });
  it('fever with urinary symptoms and loin pain is a kidney infection (urgent); a denied confusion is no sepsis sign', () => {
    const t = 'burning when i pee for 3 days, now temp 38.8 and my left lower back aches. drinking ok, not confused';
    expect(triageDetail(t).reasons).toContain('upper-urinary-infection');
    expect(level(t)).toBe('urgent');
    expect(level('尿频尿痛三天了，今天发烧38.7度，右边腰疼，能吃能喝，人清醒')).toBe('urgent');
    expect(level('burning when i pee, fever 39 and back pain, and now he is confused and breathing fast')).toBe('emergency');
  });
});

// In-sample regression tests, added after blind batch N was scored and its misses studied: the sentences are our own,
// the concepts come from N's misses (passive wish with a hoard or a weapon, settling affairs, a lethality question
// phrased as "would stop the heart", repeated deeper cutting, Cantonese in traditional characters, a roommate's
// farewell with her phone off).
describe('after batch N (in-sample concepts, sentences of our own)', () => {
  const em = (t: string) => {
    const d = triageDetail(t);
    expect(d.level, t).toBe('emergency');
    expect(/12356|988/.test(d.message), t).toBe(true);
  };
  it('a passive wish beside a hoard or a weapon, settling affairs with pills ready, a lethality question', () => {
    em('每天都觉得活着好累，想一睡不醒。医生开的安眠药我没吃，都藏在柜子里，已经有四十多颗了');
    em("I don't care if I wake up tomorrow. my uncle's shotgun is in the shed and I know where the key is");
    em('Husband passed last year. I have paid off all the bills, sold the car and got all my sleeping pills lined up on the table');
    em('how many 100mg sertraline would stop my heart');
  });
  it('repeated deeper cutting, a Cantonese hoard in traditional characters, a roommate who gave things away and is gone', () => {
    em('又割了 这次割深了 血一直渗 不敢告诉爸妈');
    em('我真係頂唔順，屋企啲藥我已經儲埋晒，今晚就食晒佢');
    em('我朋友把她的书、衣服、吉他都送人了，留言说谢谢你们的照顾，现在人不见了，手机关机');
  });
  it('屋企 (home) is not 企 (stand), and a TIA course of 十来分钟 is read', () => {
    expect(toSimplified('屋企')).toBe('屋企');
    expect(level('我爸昨天左手突然没劲，说话不清楚，十来分钟就完全好了，今天一切正常')).toBe('urgent');
  });
});

// Review findings after batch N (our own sentences): exemptions that had weakened a safety path.
describe('purpose, resolution and accident exemptions never hide a method or an ongoing stroke', () => {
  const rules = (t: string) => triageDetail(t, { rulesOnly: true });
  const crisis = (t: string) => {
    for (const d of [rules(t), triageDetail(t)]) {
      expect(d.level, t).toBe('emergency');
      expect(/12356|988/.test(d.message), t).toBe(true);
    }
  };
  it('a rope tied to a beam, a running engine in a garage, a hoard with despair, charcoal in a closed car', () => {
    crisis('I bought a rope to tie it to the beam in the garage. Nobody will miss me.');
    crisis('买了绳子绑在房梁上了，明天就解脱了');
    crisis('sitting in my car in the garage with the engine running. Nobody cares anyway.');
    crisis("hid the pills under my bed, saving them up. i'm so tired of everything");
    crisis('我一个人在车里烧炭，窗户都关了，头很晕');
  });
  it('a rope for the tent and rope for packing stay ordinary', () => {
    expect(rulesLevel('bought some rope to tie the tent down for camping this weekend')).toBe('routine');
    expect(rulesLevel('买了绳子捆箱子搬家用')).toBe('routine');
  });
  it('a deficit still there after minutes is a stroke, whatever the patient says of it', () => {
    expect(rulesLevel('Face drooping and arm weak, started 30 minutes ago, she insists she feels fine')).toBe('emergency');
    expect(rulesLevel('my dad suddenly cant lift his right arm and his speech is slurred, it has been 20 minutes, he says he feels fine')).toBe('emergency');
    expect(rulesLevel('My arm went numb and my speech was slurred for 10 minutes last week, then went back to normal, never happened again')).toBe('urgent');
  });
});

// Over-calls the consultation helper reported (own sentences): a sore swallow is not a blocked airway, and "the back
// of my hand" is not a burn of the back; the emergencies beside them stay.
describe('painful swallowing and a small hand burn are not emergencies', () => {
  it('reads inability, not pain, as the airway sign', () => {
    expect(rulesLevel('喉咙痛，咽口水都疼，有点低烧')).not.toBe('emergency');
    expect(rulesLevel('孩子发高烧，咽口水都咽不下去，一直流口水')).toBe('emergency');
  });
  it('reads the back of a hand as a hand', () => {
    expect(rulesLevel('burned the back of my hand on the oven, a blister the size of a coin')).not.toBe('emergency');
    expect(rulesLevel('I burned my back on the radiator and it is blistering')).toBe('emergency');
  });
});
