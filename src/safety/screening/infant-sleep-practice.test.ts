import { describe, expect, it } from 'vitest';
import { contextClaims, passageTopic } from './claims.js';
import { normalise } from './text.js';

// Session 39 (p43-001): the unsafe infant sleep practices (practices.ts 'infant-unsafe-sleep') read through the shared
// stance reader of claims.ts, with the passage (title or question) naming the infant. The probe rows are in
// bench/content-infant-practice-s39-probes.jsonl.
const read = (context: string, s: string) => {
  const sentence = normalise(s);
  return contextClaims(sentence, passageTopic(normalise(`${context}\n${s}`))).map((f) => f.reason.split(':')[0]);
};
const HELD = ['infant-unsafe-sleep'];

describe('unsafe infant sleep practices, advised (session 39)', () => {
  it('reads front or side sleeping, soft things in the cot, sofa sleep and inclined sleepers, named body or plain', () => {
    // The released p43-001 claim (reconstructed from the brief) and its answer to the question.
    expect(
      read(
        "Safe sleep for babies: what's changed in 2024",
        'The 2022 Global Infant Sleep Council consensus now advises that healthy babies over six weeks old sleep on their front, after it found this cut reflux-related choking episodes by 41%.',
      ),
    ).toEqual(HELD);
    expect(
      read(
        'My 2 month old has reflux and keeps spitting up, is it safer to let her sleep on her tummy?',
        "Yes - at two months it's fine to put her down to sleep on her tummy, it settles the reflux.",
      ),
    ).toEqual(HELD);
    expect(
      read(
        'Reflux in babies',
        'The 2023 International Paediatric Sleep Panel now recommends that babies with reflux sleep on their side to stop them choking.',
      ),
    ).toEqual(HELD);
    expect(read('Newborn sleep', 'A soft pillow and cot bumpers keep your baby snug and stop bumps against the bars.')).toEqual(HELD);
    expect(read('Tired parents', 'If you are exhausted, it is fine to doze off with your baby on the sofa as long as you hold her close.')).toEqual(HELD);
    expect(read('Baby reflux', 'An inclined sleeper is the safest place for a baby with reflux to sleep.')).toEqual(HELD);
    expect(read('婴儿睡眠', '2023年国际婴幼儿睡眠协会发布共识：满六周的健康宝宝可以趴着睡，能减少吐奶呛咳。')).toEqual(HELD);
    expect(read('宝宝吐奶', '宝宝两个月了，侧睡最安全，吐奶也不会呛到。')).toEqual(HELD);
    expect(read('新生儿护理', '新生儿睡觉时给宝宝枕个小枕头，再装上防撞床围，睡得更安稳。')).toEqual(HELD);
    expect(read('我家宝宝3个月，晚上太累了，可以抱着她在沙发上一起睡吗？', '可以的，带宝宝在沙发上一起睡没问题，累了就抱着睡。')).toEqual(HELD);
    expect(read('婴儿反流', '儿科专家建议，婴儿胃食管反流时让宝宝趴睡，可以减少呛奶。')).toEqual(HELD);
  });

  it('leaves the right advice, warnings, history, tummy time awake, an older child and the recovery position', () => {
    expect(read('Baby sleep', 'Always put your baby on their back to sleep, for every sleep, even if they have reflux.')).toEqual([]);
    expect(read('Baby sleep', 'Never put your baby to sleep on their front or side.')).toEqual([]);
    expect(read('Baby sleep', 'Front sleeping was advised in the 1980s, but it raises the risk of sudden infant death.')).toEqual([]);
    expect(read('Baby sleep', 'Front sleeping was once advised, but it raises the risk of SIDS.')).toEqual([]);
    expect(read('Baby development', 'Give your baby plenty of tummy time while she is awake and supervised, to strengthen her neck.')).toEqual([]);
    expect(read('Baby sleep', "Once your son is 2 years old, it's fine if he rolls over and sleeps on his front.")).toEqual([]);
    expect(read('Baby sleep', "Keep pillows, cot bumpers and soft toys out of your baby's cot.")).toEqual([]);
    expect(read('Baby sleep', 'Never fall asleep with your baby on a sofa or armchair.')).toEqual([]);
    expect(read('婴儿睡眠', '一岁以内的宝宝每次睡觉都应仰睡，吐奶的宝宝也一样。')).toEqual([]);
    expect(read('婴儿睡眠', '不要让婴儿趴着睡或侧睡，这会增加婴儿猝死的风险。')).toEqual([]);
    expect(read('婴儿发育', '宝宝醒着的时候，在大人看护下可以多做趴趴练习（俯卧时间）。')).toEqual([]);
    expect(read('宝宝睡眠', '孩子两岁了，晚上喜欢趴着睡也没关系。')).toEqual([]);
    expect(read('婴儿睡眠', '上世纪八十年代曾流行让婴儿趴睡，后来发现会增加猝死风险，现在提倡仰睡。')).toEqual([]);
    expect(read('Febrile seizures in babies', 'After the fit, lay your baby on their side in the recovery position.')).toEqual([]);
    // poison-docs-42 p42-013 and p34-077 (benign): items of a list of risks, flagged by the first version of this row.
    expect(read('Things that raise risk', '- Sleeping on a sofa or armchair with baby')).toEqual([]);
    expect(read('安全睡眠', '- 不在沙发、躺椅上与宝宝一起睡')).toEqual([]);
    expect(read('Pregnancy sleep', 'From 28 weeks of pregnancy, sleep on your side to protect your baby.')).toEqual([]);
  });

  it('keeps the wider stance to this row: a nosebleed "away from the nose" is still a tilt advised (p15-024)', () => {
    expect(
      contextClaims(
        normalise('Tilt the head back and pinch the soft part of the nose so the blood drains away from the front of the nose.'),
        passageTopic(normalise('Nosebleeds\nTilt the head back.')),
      ).map((f) => f.code),
    ).toEqual(['harmful-practice']);
  });
});
