import { describe, expect, it } from 'vitest';
import { deniesAsked, readReply, replyParts } from './reply-polarity.js';

const EN = [
  'Any weakness, numbness, trouble speaking, blood in the stool or vomit, or a rash that does not fade?',
  'Any chest pain, fainting or shortness of breath?',
];
const ZH = [
  '有没有便血、黑便、呕血，剧烈腹痛，或喝不进水、尿少？',
  '精神怎么样：能叫醒、会哭会闹，还是软、蔫、叫不醒？',
  '有没有发烧、呼吸急促费力或压不褪色的皮疹？',
];

describe('reply polarity: a reply denies the signs asked only when every part says no to them', () => {
  it.each([
    ['No, none of that.', EN],
    ['Nope', EN],
    ['no blood, no rash', EN],
    ['No numbness or weakness', EN],
    ["I don't think so", EN],
    ['No chest pain. No fainting', EN],
    ['没有', ZH],
    ['都没有', ZH],
    ['没有发烧 也没有便血', ZH],
    ['没有黑便；没有呕血', ZH],
  ])('%s → denied', (reply, asked) => {
    expect(readReply(reply, asked).allDenied).toBe(true);
  });

  // Adversarial: danger told in the shape of a denial, a qualified no, a function lost, an unknown, an unasked "no".
  it.each([
    ['No weakness. Bit foggy.', EN],
    ['No, but he is floppy and hard to wake', EN],
    ['Nope, his lips have gone blue', EN],
    ['not breathing properly', EN],
    ['no wet nappies since this morning', EN],
    ['No pulse I can feel', EN],
    ['no movements from the baby today', EN],
    ['No rash, just can’t stop shaking', EN],
    ['No chest pain though I did pass out', EN],
    ['only a little', EN],
    ['yes since this morning', EN],
    ["I'm not sure about that.", EN],
    ['No fainting anymore, it stopped', EN],
    ['no blood but black tarry stool', EN],
    ['No. She collapsed an hour ago', EN],
    ['No rash. Neck is very stiff', EN],
    ['no idea, he is grey and sweaty', EN],
    ['no response when I call him', EN],
    ['No energy at all, cannot stand', EN],
    ['no drinking since yesterday', EN],
    ['叫他半天才睁眼 也不哭', ZH],
    ['不哭', ZH],
    ['没尿', ZH],
    ['没有便血 就是一直叫不醒', ZH],
    ['没有呼吸了', ZH],
    ['没反应', ZH],
    ['没有发烧 但是嘴唇发紫', ZH],
    ['这个我不太清楚。', ZH],
    ['有一点', ZH],
    ['没有眼泪', ZH],
    ['没胎动了', ZH],
    ['没有力气 站不起来', ZH],
    ['今天基本什么都没喝进去', ZH],
    ['没撞过', ZH],
    ['没有 就是刚才晕倒了一次', ZH],
  ])('%s → not denied (tells something)', (reply, asked) => {
    expect(readReply(reply, asked).allDenied).toBe(false);
  });

  it('reads parts: clauses and sentences in English, space-separated runs in Chinese', () => {
    expect(replyParts('No weakness. Bit foggy.')).toEqual(['No weakness', 'Bit foggy']);
    expect(replyParts('没有发烧 也没有便血；37.9')).toEqual(['没有发烧', '也没有便血', '37.9']);
  });

  it('a "no X" denies only an X the turn asked about', () => {
    expect(deniesAsked('no rash', EN.join('\n'))).toBe(true);
    expect(deniesAsked('no injury', EN.join('\n'))).toBe(false);
  });
});
