// Review s11d (re-review of the triage #19 fixes at c8e52a60): each sentence below was an emergency at 648194d3 (most
// with the crisis line) and was lost by the scope reader's blanking or by the wound reader's accident mechanism. The
// fix is structural: analyse.ts blanks no clause by scope, and a wound's mechanism (glass, a fall, a trip) never reads a
// self-harm cut away (wound.ts). Arterial bleeding told by its beat or jet is severe bleeding (signs.ts).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

const CRISIS = /12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/;

const emergency = (t: string, crisis: boolean): void => {
  const d = triageDetail(t);
  expect(d.level, t).toBe('emergency');
  if (crisis) expect(d.message, t).toMatch(CRISIS);
};

describe('a self-harm cut told with a fall, glass or a trip keeps the emergency and the crisis line (wound.ts)', () => {
  it.each([
    ['I cut my wrist on broken glass because I wanted to die.'],
    ['I cut my wrist on broken glass, I wanted it to be over.'],
    ['I cut my forearm open, got dizzy and fell off the chair, blood is dripping.'],
    ['我在手腕上划了几道，头晕摔了一跤，血还在流'],
    ['我割了手腕 头晕摔倒了 血还在流'],
    ['我划了手腕好几刀 刚才撞到了门 很晕'],
    ['I cut my wrists, I feel dizzy like I might fall over.'],
    ["my daughter cut her wrists and fell down in the bathroom, she's pale and drowsy"],
    ["I cut my wrist and it's bleeding, I tripped on the way to get a towel."],
    ['I cut my wrists, blood on my desk, I feel faint'],
    ['I cut my wrists while the kids were cycling outside'],
    ["I cut my wrists and fell on the floor, there's blood everywhere."],
    ["I smashed the mirror and cut my wrists on the glass, it won't stop bleeding."],
    ["I used my dad's razor from his shaving bag to cut my wrists, it's bleeding a lot"],
    ['手腕被我用刀片划了好几道，血止不住'],
    ['我用刀片割了手腕，血止不住，刚才头晕撞到了门'],
    ["I've been cutting myself for months, tonight I went too deep and fell over in the bathroom, it's bleeding through the towels."],
    ["my friend cut her wrists and fell on the bathroom floor, there's blood everywhere"],
    ["I cut my thigh on a sheet of metal, it's pumping blood and I feel faint."],
    // Own variations.
    ['I slit my wrists on a broken bottle in the kitchen and I keep falling over, it will not stop'],
    ['我拿碎玻璃割了手腕，站起来的时候摔倒了，血流了一地'],
  ])('%s → emergency with the crisis line', (t) => emergency(t, true));
});

describe('a story being read or written, a pet at the vet or "if someone" beside a real person blanks nothing (analyse.ts)', () => {
  it.each([
    ['My husband was reading a novel about the war when he got crushing chest pain and went grey and sweaty.', false],
    ['Mum was reading a book about gardening when her face drooped on one side and her speech went slurred.', false],
    ['My daughter was writing a story about a horse when she had a seizure and stopped breathing.', false],
    ['She was reading a story about cats to our toddler when he swallowed a button battery.', false],
    ["I'm reading a book about trains to my grandson, he suddenly went limp and floppy with a purple rash.", false],
    ['We were reading a story about a dragon when Grandpa collapsed and stopped breathing.', false],
    ['老公在写剧本里那场车祸的戏，写着写着突然倒地抽搐，叫不醒', false],
    ['姐姐在写小说的时候中途突然倒地抽搐叫不醒嘴唇发紫', false],
    ['我儿子在写故事里的情节，写着写着脸歪了，手抬不起来', false],
    ['The vet is treating our dog for rat poison. The twins ate some too and are bleeding from the gums.', true],
    ['我家狗吃了老鼠药，送到宠物医院了，它在打针。我儿子也吃了几颗，他牙龈出血，尿也是红的', false],
    ["Took our dog to the vet for a wasp sting. He's fine but now she's been stung too, her lips and throat are swelling and she can't breathe.", false],
    ["Jack swallowed dog worming tablets, the vet says they are toxic, he's 2 and very sleepy and not responding.", false],
    ['万一有人脖子僵硬身上有按不褪色的皮疹怎么办 我儿子', false],
    // Own variations.
    ['Dad was writing a poem about the sea when he suddenly could not lift his right arm and his words came out wrong.', false],
    ['我女儿在看一本关于小狗的书，看着看着突然抽搐，嘴唇发紫', false],
  ] as const)('%s → emergency', (t, crisis) => emergency(t, crisis));
});

describe('arterial bleeding told by its beat or its jet is severe bleeding (signs.ts)', () => {
  it.each([
    ['My son gashed his leg on a fence and the blood is pulsing out with every heartbeat.'],
    ["He caught his arm on a window, it's spurting and we can't stop it."],
    ['我爸切菜切到手腕了，血一跳一跳地往外冒'],
    ['工地上小腿被钢筋划开，伤口在喷血'],
  ])('%s → emergency (severe-bleeding)', (t) => {
    const d = triageDetail(t);
    expect(d.level, t).toBe('emergency');
    expect(d.reasons.join(','), t).toMatch(/severe-bleeding|bleeding/);
  });
  it('a heart pumping fast or a spray is no bleeding', () => {
    expect(triageDetail('My heart is pumping fast after two coffees.').reasons.join(',')).not.toMatch(/severe-bleeding/);
    expect(triageDetail('用喷雾喷了喉咙还是疼').reasons.join(',')).not.toMatch(/severe-bleeding/);
  });
});
