// A farewell read as an act of leave-taking (#19, first sight aj071, s18 ai069): a note or message whose content takes
// leave (an apology, thanks, a goodbye, entrusting others, love) × the one who left it now unreachable is an emergency
// with the crisis line, whoever tells it, in Mandarin, traditional characters, Cantonese or English; the same goodbye
// set on an ordinary occasion (an airport, a job, a move, an ex) with nothing else of risk is no farewell, and a phone
// off for a reason told (flying) is no one unreachable. Probes written before the code: /tmp/probes/triage-frames-s20.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readLeaveTaking } from './leave-taking.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

const FAREWELL_UNREACHABLE = [
  // first sight aj071 (routine at 54d14c2)
  '我女儿初二，最近成绩下滑被我们说了几句。刚才在她书包里发现一张纸，写着“对不起爸爸妈妈，我先走了”。她现在人不在家，电话关机，同学也说放学后就没见到她。我该怎么办',
  '我個仔留低封信話對唔住，而家搵唔到佢，電話又唔開',
  'a friend sent me a message saying "it\'s been nice knowing you" and now she isn\'t replying and her location is off',
  '我女兒留了一封信說「對不起，我先走了」，現在電話打不通，也不知道她去哪了',
  'My 15 year old left a note saying "sorry mum and dad, I love you, goodbye" and she\'s not home and her phone is off',
  '爸爸早上给我发短信说这辈子对不起你们，现在人不见了',
  // a station is a railway too: never an occasion when the one who said goodbye cannot be reached (triage-u u116)
  "My daughter is 19. She just sent a voice note from near the level crossing by the old station saying she's sorry for everything and to give the dog a cuddle from her. She's not picking up.",
];

const SOCIAL_GOODBYE = [
  '我在机场跟家人告别了，马上要上飞机手机要关机，想问下晕机怎么办',
  "My daughter said goodbye at the airport and her phone is off because she's flying, she has a cold, can she take sudafed on the plane?",
  '我把旧衣服都送人了，搬家搬得好累，腰疼怎么办',
];

/** Real risks wrapped in the occasion frame (adversarial, written before running): nothing lowers them. */
const WRAPPED = [
  "I said goodbye to everyone at the airport, I'm not coming back, the pills are in my bag",
  '今天辞职了，跟同事都告别了，遗书也写好了，今晚就结束',
  "my son quit his job and said goodbye to everyone, now he's missing and his phone is off",
  '分手以后她发朋友圈说再见了，谢谢大家，现在电话打不通',
  '搬家前把猫送人了，其实我已经不想活了',
  "he said goodbye at the station and walked towards the tracks, he's not picking up",
  '我哥说要出差，跟我们告别了，结果没上飞机，留了封信说对不起爸妈，现在联系不上',
  "my dad retired last week, gave away all his things and said goodbye to everyone, now I can't reach him",
];

describe('leave-taking: a farewell note × the writer unreachable', () => {
  it.each(FAREWELL_UNREACHABLE)('emergency with the crisis line: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it.each(WRAPPED)('a real risk set on an occasion stays emergency with the crisis line: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it.each(SOCIAL_GOODBYE)('a goodbye on an ordinary occasion is no farewell: %s', (text) => {
    const d = t(text);
    expect(d.level).not.toBe('emergency');
    expect(d.contributions.crisisLine).toBeNull();
  });
  it('reads the parts apart', () => {
    expect(readLeaveTaking('留了张纸条“对不起爸爸妈妈，我先走了”，电话关机')).toMatchObject({ message: true, absent: true, occasion: false });
    // One speech act alone is a farewell only beside someone unreachable (the caller's reading).
    expect(readLeaveTaking('she texted "sorry" and went to bed')).toMatchObject({ message: false, single: true, absent: false });
    // A note that says where someone went is no leave-taking.
    expect(readLeaveTaking("left a note saying he's gone to the football game")).toMatchObject({ message: false, single: false, occasion: true });
    expect(readLeaveTaking("her phone is off because she's flying").explainedAbsence).toBe(true);
    // A reason never explains a person missing.
    expect(readLeaveTaking("her phone battery is dead and she's been missing since Saturday")).toMatchObject({ explainedAbsence: false, absent: true });
  });
});
