import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersOtherSubject, countMedicalTextWords, keysOf, type MedicalTextWords } from './answer-subject.js';
import { loadMedicalTextWords } from './medical-text-words.js';

// The medical reference texts the example pipeline names (../shared/data/kb): a disease KG and MedQuAD.
const kb = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'kb');
const haveKb = existsSync(join(kb, 'disease-kg-zh')) && existsSync(join(kb, 'medquad'));
let medicalText: MedicalTextWords | undefined;
const words = (): MedicalTextWords => (medicalText ??= loadMedicalTextWords([join(kb, 'disease-kg-zh'), join(kb, 'medquad')]));

describe('keysOf and countMedicalTextWords', () => {
  it('reads Chinese naming words by segmentation, not pronoun pairs, and English plurals as singulars', () => {
    const k = keysOf('不客气，希望您有所帮助。路由器放在房屋中间');
    expect(k.has('路由器')).toBe(true);
    expect(k.has('您有')).toBe(false);
    expect(keysOf('my fingernails').has('finge')).toBe(true);
    expect(keysOf('the nails').has('nail')).toBe(true);
  });
  it('counts a word once it is in enough texts', () => {
    const m = countMedicalTextWords(['高血压 头痛', '高血压', '高血压 排骨'], 3);
    expect(m.has('高血压')).toBe(true);
    expect(m.has('排骨')).toBe(false);
  });
});

describe.skipIf(!haveKb)('answersOtherSubject with the knowledge graph and MedQuAD as medical text', () => {
  it('reads an answer about a mortgage or a router as another subject (c34-024, c35-095)', () => {
    const mortgage = answersOtherSubject(
      "What are the early signs of Parkinson's disease?",
      'Choosing the right mortgage depends on your long-term plans. A fixed-rate mortgage gives you predictable monthly payments for the whole term, which is useful if you expect interest rates to rise. A variable (tracker) mortgage usually starts with a lower rate but can go up or down with the central bank rate. Consider the arrangement fees, early repayment charges and whether you can make overpayments. It is a good idea to speak to an independent broker who can compare deals across the market.',
      { medicalText: words() },
    );
    expect(mortgage?.subject).toContain('mortg');
    const router = answersOtherSubject(
      '男，45岁，最近两个月老是失眠，入睡困难，夜里醒好几次，多梦，白天没精神，是怎么回事？',
      '你好，关于你说的这个情况，首先要检查一下路由器的摆放位置，尽量放在房屋中间较高的地方，避免被墙体、鱼缸、微波炉遮挡。然后登录路由器管理后台，把信道改成干扰少的频段，双频路由器优先连接5G频段，网速会快很多。如果面积比较大，可以考虑加装一个无线中继器或者组建mesh网络。定期重启路由器也有帮助。',
      { medicalText: words() },
    );
    expect(router?.subject).toContain('路由器');
  }, 120_000);

  it('keeps answers that broaden, list lay steps or echo the question (c32-049, c22-010, c20-066, a hospital bag)', () => {
    const keep: [string, string][] = [
      [
        '最近半年失眠，入睡要一两个小时，早上五点多就醒，白天没精神，不想吃安眠药，有什么办法？',
        '你好，可以先从调整睡眠行为做起，这也是慢性失眠的首选治疗（失眠的认知行为治疗）：1.固定起床时间，周末也一样；2.困了才上床，躺了20分钟左右还睡不着就起来做点放松的事，有困意再回床；3.床只用来睡觉，不在床上玩手机、看剧；4.白天不补觉，午睡不超过30分钟；5.下午以后不喝咖啡、浓茶，晚上不喝酒；6.睡前1小时放下手机，做放松训练。坚持几周通常会有改善。',
      ],
      [
        '打嗝打了十几分钟了停不下来，有没有事',
        '一般没事，多数几分钟到几小时自己会停。可以试试小口慢慢喝温水、屏气十几秒。如果持续打嗝超过48小时，或者伴有胸痛、呕吐、吞咽困难，再去消化内科看看。',
      ],
      [
        'small white spots on a few of my fingernails, been there a while, no pain. is this calcium deficiency?? do i need bloodwork',
        "Hi. These are called leukonychia, and they are almost always from minor knocks to the base of the nail that you don't even remember. Not calcium deficiency - that's a myth. They grow out with the nail over a few months. No tests needed and no need to see a doctor. Only get it checked if the whole nail turns white, or you get a dark streak or the nail is lifting. Regards",
      ],
      [
        'What should I pack in my hospital bag for labour? Due in 3 weeks.',
        "Congratulations! Pack it now so it's ready. For you: your maternity notes, a dressing gown and slippers, two or three loose nightdresses or big T-shirts, maternity pads, comfortable knickers, a nursing bra, toiletries, a phone charger with a long cable, snacks and drinks, and a going-home outfit. For the baby: three or four vests and sleepsuits, a hat, nappies, muslins and a blanket. You'll need a rear-facing car seat fitted before you leave hospital.",
      ],
      [
        '宝宝1岁半，晚上睡觉老是踢被子，怕着凉，有什么办法？',
        '你好，孩子踢被子很常见，多数是因为盖得太多、睡得太热。可以给孩子穿分腿式的睡袋，这样踢了被子也不会着凉。室温保持在20到24度左右，被子不要太厚，摸孩子后颈部温热不出汗就说明盖得合适。睡前不要让孩子太兴奋，也不要吃得太饱。',
      ],
    ];
    for (const [q, a] of keep) expect(answersOtherSubject(q, a, { medicalText: words() })).toBeUndefined();
  }, 120_000);

  it('does not judge an answer too short to repeat anything', () => {
    expect(answersOtherSubject('膝盖疼怎么办', '建议去骨科看看。', { medicalText: words() })).toBeUndefined();
  }, 120_000);
});
