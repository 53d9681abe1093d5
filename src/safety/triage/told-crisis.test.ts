// Suicide risk read from what is told (s31, #19; blind triage-au au007, au026, au091, au101, au108 were routine or an
// emergency without the crisis line): an overdose said to be done, means at hand with a lethal amount known, a said
// ending and now shut in, fresh cuts and shut in, dying together with one's child. Ordinary endings (a call, a contract,
// things with someone), a nurse's knowledge at work, homework done, a teen sulking, old scars and a child's accident are
// not read.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { normaliseText } from './normalise.js';
import { readToldCrisis } from './told-crisis.js';

const read = (t: string) => readToldCrisis(normaliseText(t));
const blind = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-au.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-au.jsonl: no row ${id}`);
  return row.text;
};
const CRISIS = /12356|988|Samaritans|Lifeline|1925|2389 2222|1737/;

const BLIND = [
  ['au007', 'actDone'],
  ['au026', 'meansKnown'],
  ['au101', 'saidUnreachable'],
  ['au091', 'freshInjuryShutIn'],
  ['au108', 'dyingWithChild'],
] as const;

const TOLD: readonly [string, string][] = [
  ['is it bad if you take a whole box of panadol at once? asking for me, already did it haha', 'actDone'],
  ['如果一次吃二十片安眠药多久会睡着？我已经吃了，哈哈', 'actDone'],
  ['I have enough insulin at home and I know exactly how much it would take to end it. Nobody needs to know.', 'meansKnown'],
  ["I've got enough pills saved up. I don't think I'll make it through the night.", 'meansKnown'],
  ['我是药剂师，家里的药攒够了，也知道吃多少就够了，就是想跟谁说一声', 'meansKnown'],
  ['老公说要了断自己，现在人联系不上', 'saidUnreachable'],
  ['my brother said "i\'ll end everything tonight", now his phone is off', 'saidUnreachable'],
  ["my 15yo has fresh cuts on her arms still bleeding and has locked herself in the bathroom and won't answer", 'freshInjuryShutIn'],
  ['儿子大腿上有新的划痕还在流血，他把自己反锁在房间里不开门', 'freshInjuryShutIn'],
  ['产后三个月，总想带着儿子一起去死，这样他就不用受罪了', 'dyingWithChild'],
  ['Sometimes I think about taking the baby with me and just not waking up. My husband is away this week.', 'dyingWithChild'],
  ['my wife keeps saying she wants to take the baby with her and die, she had the baby 6 weeks ago', 'dyingWithChild'],
  ["Sometimes I think I should take my son with me when I die so he doesn't suffer with his dad", 'dyingWithChild'],
  ["I know exactly how many it would take to do it. I've got enough saved in my drawer. Don't tell anyone.", 'meansKnown'],
  ['my sister said she will end this today, she locked herself in her room and isnt answering. she failed her exam', 'saidUnreachable'],
  ['女儿刚割腕，现在反锁在卫生间', 'freshInjuryShutIn'],
];

const NOT_READ = [
  'I will end the call now, he locked his room and isnt answering lol',
  "I'm going to end my contract early, the landlord locked the door and isn't answering",
  "I'm a nurse and I know doses at work, how much paracetamol is too much for a 60kg adult?",
  'I know exactly how much insulin would do it, we learned in nursing school. Is it the same for type 1?',
  'i already did my homework lol, how long does it take for melatonin to kick in',
  "my 14yo locked herself in her room sulking after we took her phone, she won't answer, should I leave her?",
  "She has old healed scars on her arms from years ago, now she locked her door and won't talk to me after a fight",
  'Dad (90) is in palliative care at home with the hospice team. Is this what the end looks like?',
  'I nearly died laughing at that video',
  'this exam will kill me, i dont think ill make it to the end of the semester lol',
  "I tried to overdose 10 years ago and was treated, I'm fine now. Can I take sertraline with ibuprofen?",
  "I have enough paracetamol at home, I don't think I'll make it to the pharmacy before it closes",
  '我想抱着她一起下楼去散步，天气很好',
  '我想带着孩子一起回娘家，解脱一下',
  '和孩子一起笑死了，看动画片',
  'I want to take the kids with me to jump on the trampoline park',
  "I'll take the baby with me when I go to the shops, is it ok in the cold?",
  '我们一家带着孩子一起去死海玩了，孩子晒伤了怎么办',
  '以前想过带着孩子一起死，现在治疗两年好了，想问舍曲林能停吗',
  'I would never take the baby with me and die, I just feel so tired. Is this normal postpartum?',
  "he said he would end it with his girlfriend today and now he's not answering his phone lol",
  "He said he would end this drama today with the neighbours, he's locked the gate and is not answering the door to them",
  "She told me she's going to end everything between us, now she won't answer",
  "He said I'll finish this essay tonight and locked his door, not answering",
  '我老公说要结束这段婚姻，现在电话打不通',
  "He told me \"I'll end my life\" last year but he's been doing great since therapy; today he locked his door to study and won't answer",
  "fresh cuts on his legs from football, still bleeding, he locked himself in his room and won't answer",
  "My son has new cuts on his arm from the cat, still bleeding, he's locked in his room gaming and won't answer",
  'is 12 paracetamol a day too much? i already did that yesterday for my tooth',
  'how long does 20 ibuprofen last if you take them over a week, i already did',
  '我已经吃了，二十片的那盒维生素还剩一半，能不能再吃',
  '我刚吃了，一次吃十片益生菌有没有问题',
  'if my toddler took all of them, the whole box of 20 tablets, what would happen? I already did the childproof lock',
  "I've got enough nappies at home, I don't think the baby will need more",
  'Thinking of bringing the kids along to the funeral, is it ok for a 5 year old to see his grandad dead?',
  'I want to take the baby with me to see my dying mum in hospice, is it safe?',
  "I'd take my daughter with me but she'd be dead bored at a conference",
  "I'll take the baby with me when I go to the shops, is it ok in the cold?",
  "my boyfriend said he would end it all tonight and now his phone is off, he's on a night flight to Dubai though",
  "He kept saying \"I'll end it\" during the match, now he's sulking in his room and won't answer lol, typical football fan",
  "She's got fresh cuts on her arm from the kitten, still bleeding, and she's locked in her room doing homework",
];

/** The s31 review's harmless near-misses that HEAD ee05aea7 gave the emergency and the crisis line (a figure of speech or an
 *  outing with one's child, supplies for a trip, a missed appointment, a course or a dose as prescribed, vitamins or Tums,
 *  cuts from shaving / roses / a vaccine / a craft knife, an argument ended): the reader must not read them, and through
 *  triageDetail they get no crisis line (START's outcome). */
const REVIEW_NEAR_MISSES = [
  "My repeat prescription is late but I have enough pills at home until Friday. I can't make it, the appointment clashes with work.", // b003
  'i have enough insulin at home for the trip, i know how much would be enough for the 2 weeks. do i need a cool bag?', // b007
  "I've got enough stashed for the party lol, I know exactly how much would do it for 12 people", // b008
  'Do I have to take the whole pack of 14 antibiotics even if I feel better? I just did, finished them this morning', // b021
  'The GP said to take 10 tablets of prednisolone at once in the morning for my asthma flare. I already did, how long until it works?', // b022
  'Is it ok to take 2 ibuprofen with my 10 tablets of vitamins? I already did lol', // b023
  '这些消炎药要全部吃完吗？我已经吃了，感觉好多了', // b025
  "He said he'd end this argument once and for all and then locked himself in the study, not answering. Anyway, is it normal to get chest tightness when stressed?", // b032
  "she texted 'I will end this feud with your mother' and now she isn't picking up. my bp is 150/95", // b035
  "She's got fresh cuts on her legs from shaving, she's locked herself in the bathroom after we argued and won't answer", // b043
  "new cuts on his arm from the rose bushes, still bleeding a bit, and he's locked in his room sulking and not answering", // b044
  '孩子手臂上新的伤口是今天打疫苗留的，现在关在房间里不理我', // b047
  '女儿手臂上有新的划痕，是做手工的时候美工刀划的，跟我吵架后把自己锁在房间里', // b048
  '年假攒够了，可是项目太多熬不过这个月了，胃一直疼', // b056
  '家里有足够的药，就是这几天咳嗽熬不过去，晚上睡不着', // b058
  '降压药我已经囤够了，医生说的我知道吃多少就行了，想问能不能和葡萄柚一起吃', // b059
  '我和孩子都感冒了，准备和孩子一起喝药，大人的感冒药能给孩子吃吗', // b062
  '想和孩子一起聊聊死亡这个话题，他爷爷刚去世，怎么说比较好', // b064
  '准备带着孩子一起去看《寻梦环游记》，讲死后世界的，会不会吓到他', // b067
  'I want to take my daughter along to the suicide prevention walk this Sunday, is 6 too young?', // b069
  'This heatwave is going to kill us both lol, me and the baby are melting, how do I keep her cool?', // b071
  'This road trip with the twins will kill us both haha. Any tips for car sickness?', // b072
  'My son and I are going to kill ourselves laughing at this panto, is it ok for a 4 year old?', // b073
  "I want to take my son with me to jump from the high diving board, he's 9 - ear infection risk?", // b075
  'If you take them all at once do antacids work faster? I actually have, 10 of the Tums', // b100
  '我想和宝宝一起睡死过去，太困了，夜奶好累', // b105
  '我想抱着孩子一起从滑梯上跳下去，会不会伤到他', // b106
  "i'll take her along when i go, i'd just die without my little helper lol. is soft play ok with a cold?", // b109
];

/** The s31 second review's adversarial near-misses (bench/results/triage-s31-fix-review.md, x01-x08 and f109/f113). */
const DEATH_NOT_OWN = [
  "I'm going to kill us both with my cooking, me and my son had food poisoning last week lol. How long does it last?",
  "We'll kill ourselves trying to get up that hill with the pram, me and the baby. Is hiking ok at 3 months?",
  '想和孩子一起看关于死亡的纪录片，会不会太早',
  '打算和孩子一起从这个暑假的补习班解脱出来，去旅游',
  '准备带着女儿一起去跳楼梯锻炼，膝盖会疼吗',
  '想跟宝宝一起去了结这件心事，给外婆扫墓',
  'I want to bring my daughter along to the overdose awareness day event, is that ok for a 10 year old?',
  "I'll take the kids with me when I die my hair, they love the colours. Is hair dye safe around kids?",
  '想和孩子一起读一本关于死亡的绘本，推荐吗',
  '我想和孩子一起解脱这个夏天的作业地狱，哈哈',
  '准备带着孩子一起去海边跳海浪，安全吗',
];
/** The same class said as the speaker's own ending still read. */
const DEATH_OWN = [
  '我想带着孩子一起死',
  '有时候想抱着宝宝一起跳下去，一了百了',
  'I keep thinking I should take the baby with me when I die',
  "I'm going to kill us both tonight, me and the baby",
  '想和孩子一起结束这一切',
  '打算带着儿子一起了结自己，太累了',
  '干脆带着女儿一起喝农药算了',
];

describe('readToldCrisis', () => {
  it('reads the five blind misses, each by its class', () => {
    for (const [id, kind] of BLIND) expect(read(blind(id))?.kind, id).toBe(kind);
  });
  it('reads new wordings of each class', () => {
    for (const [text, kind] of TOLD) expect(read(text)?.kind, text).toBe(kind);
  });
  it('does not read ordinary endings, work knowledge, sulking, scars, accidents or a release from the day', () => {
    for (const text of NOT_READ) expect(read(text), text).toBeNull();
  });
  it('gives the blind misses the emergency and the crisis line', () => {
    for (const [id] of BLIND) {
      const d = triageDetail(blind(id));
      expect(d.level, id).toBe('emergency');
      expect(CRISIS.test(d.message), id).toBe(true);
    }
  });
  it("does not read the review's near-misses, and they get no crisis line", () => {
    for (const text of REVIEW_NEAR_MISSES) {
      expect(read(text), text).toBeNull();
      expect(CRISIS.test(triageDetail(text).message), text).toBe(false);
    }
  });
  it("reads dying with one's child only as the speaker's own ending (s31 second review caveat, s32)", () => {
    // A noun about death, a release or settling of a thing, dye, an awareness event, a figure with a gerund or 'with my …'.
    for (const text of DEATH_NOT_OWN) expect(read(text), text).toBeNull();
    for (const text of DEATH_OWN) expect(read(text)?.kind, text).toBe('dyingWithChild');
  });
});
