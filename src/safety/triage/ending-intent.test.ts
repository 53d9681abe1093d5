// A stated intent to end one's own life read as method × intent × a word of its end, and a farewell message followed
// by silence (s30, #19; blind triage-at at076/at079/at086/at088 and the s29 family-history review's fb13 were emergencies
// or routine with no crisis line). Figures of speech, ordinary travel, a window cleaned, the gas stove, a pet minded while
// away, a story and a past attempt treated years ago are not read as one.
import { describe, expect, it } from 'vitest';
import { readBenchProbes } from '../../../test/helpers/bench-probes.js';
import { triageDetail } from '../triage.js';
import { readEndingIntent } from './ending-intent.js';
import { normaliseText } from './normalise.js';

const read = (t: string) => readEndingIntent(normaliseText(t));
const blind = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-at.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-at.jsonl: no row ${id}`);
  return row.text;
};

const FB13 = "My brother killed himself at 24 and my dad did too. I've been thinking about ending it the same way. Is depression genetic?";

const STATED = [
  '我爸今晚喝多了，说明天一早就开车去撞桥墩，这样大家就都解脱了，现在关在房间里',
  '室友说她已经想好了，周末就从宿舍楼顶跳下去，反正也没人在乎她',
  '我打算明晚把燃气打开，门窗都关好，这样就一了百了',
  '外婆说她准备今晚走进河里，叫我们以后不要管她了',
  '弟弟发消息说他要骑摩托冲下悬崖，让大家别找他，然后手机就关机了',
  '我哥三年前上吊走的，我现在也想跟他一样结束，我已经想好了',
  '他說今晚要開車去撞牆，叫我們都不要管他，然後拿了車鑰匙就走了',
  '佢話今晚揸車去撞山，叫我哋唔好理佢，跟住就拎咗鎖匙出門口',
  '我諗好咗聽日晚自習就喺嗰度跳落去，咁就一了百了，天台我睇咗好多次',
  "my dad's been drinking and says he's going to drive his car into a wall tonight, told us not to bother about him and took the keys",
  "I've decided. Tomorrow I'm going to jump off the multi-storey car park and then it'll all be over.",
  "my gran told me she's going to turn the gas on tonight and go to sleep, nobody cares about her anyway, and now she won't open the door",
  'Mum took her own life when I was 15. Lately I keep thinking about doing it the same way.',
  "My brother says he's going to walk into the sea tonight and that it will all be over. He's not picking up now.",
  "I'm going to step in front of a train tomorrow morning, nobody will even notice.",
  "my mate said he'd drive off the pier tonight, then his phone went dead",
  '我要从十八楼跳下去，再见了',
  '阿爸话今晚就去跳海，叫我哋唔好揾佢',
  '奶奶说等我们都走了就把煤气打开，这样就不拖累大家了',
];

const FAREWELL = [
  "he messaged the group 'thanks for everything guys, take care of Luna for me' and his phone is going straight to voicemail",
  '同学刚在群里说谢谢大家这些年的照顾，帮我照顾好我的猫，现在电话打不通',
];

const NOT_ENDING = [
  '作业太多了烦得想跳楼，哈哈，有没有什么提高效率的方法',
  "this exam will kill me, I'd rather die than sit through another revision session. any tips for memorising drug names?",
  '周末打算开车去山里露营，山路上容易晕车，有什么药可以提前吃',
  '明天要从五楼窗户外面擦玻璃，有恐高症，怎么缓解紧张',
  '晚上要把煤气打开炖汤，煤气灶打火的时候有点味道，正常吗',
  "can you look after Bruno for me while I'm in Spain next week? cheers for everything, my phone will be off on the flight. what vaccines does a dog need for kennels?",
  '我哥十年前跳楼自杀未遂，后来治疗得很好，现在结婚生子了，想问问这类病会遗传吗',
  'My uncle tried to hang himself years ago, he was treated and has been well for a decade. Is depression genetic?',
  '开车差点撞到山边护栏，吓死了，现在心跳还有点快，要不要去医院查一下',
  "I'm going to drive into the city tomorrow for my appointment, it'll all be over by lunch. should I fast before a blood test?",
  '消防演习明天从三楼窗户用缓降器下去，我有点腿软，会不会低血糖',
  "My brother killed himself last year. I'm scared I'll end up the same way. How do I find a therapist?",
  'going to jump off the diving board at the pool tomorrow for the first time, nervous! how do I stop water going up my nose?',
  '小说里主角说要开车去撞山，大家都不要管他，这个情节写得真不真实',
  "can you take care of the cat for me this weekend? thanks for everything, I'll be back Sunday. how often should she eat?",
  '他说晚上要开车去山顶看星星，大家都不要管他，我担心山路夜里不安全，晕车怎么办',
  '我爸以前喝醉了总说要开车去撞山，大家都不要管他，后来戒酒了，现在挺好的，想问戒酒后失眠怎么办',
  '如果有人说要开车去撞墙，大家都不要管他，这种情况应该怎么劝？我在写心理课的作业',
  "I'm going to drive into the lake car park tomorrow for the fun run, nobody will notice if I walk half of it. what should I eat before?",
  "thanks for everything, can you look after Bruno for me? I'm off to hospital for my knee op tomorrow and my phone will be off. how long is recovery?",
  "Mum said she'll turn the gas on tonight for the heating, nobody cares about the bill anyway. Is a gas heater safe overnight?",
  '我们住五楼，明天就从那里搬下去了，这样装修的事就都结束了，搬家腰扭了怎么办',
  '看了一个电影，男主说要开车去撞山，让大家都不要管他，后来被救了，这种情节现实中多吗',
  "I'm going to turn the gas on tonight to make soup, my phone's off so don't bother about me",
  '孩子说明天要从滑梯上面跳下去，别管他，会不会摔伤',
  "He's going to jump off the bridge into the lake at the summer festival, it's a tradition, goodbye dignity",
  "look after Max for me tonight, thanks for everything, my phone's off because I'm at the concert",
  '我们明天要从十楼坐电梯下去，这样就都结束了，终于搬完家了',
];

// The s30 review's over-calls (its S2 rows, all START-level again after the review fix) and the older over-calls the
// reader held against the self-harm frames: going downstairs, a child's slide with the flat's floor named elsewhere, a
// condition (再让我…就), a fear with suicidality denied, a fire-sale price, cliff jumping for sport, a video game, a cold
// plunge, a boat launched, a gas meter read, a move, farewells before emigrating, study abroad, a posting, a festival.
const REVIEW_S2 = {
  b03: '我们家住六楼没电梯，我妈说等会就从楼上下去买菜，让我别管她，她膝盖一下楼梯就疼，吃什么药好',
  b51: '我妈说明天从阳台上下去收衣服，别管她，她有高血压头晕，要紧吗',
  b57: '個仔話聽日要由滑梯頂跳落去，叫我唔好理佢，我哋住十樓，會唔會整親',
  b44: '再让我考一次驾照科目二我就要开车撞墙了，再见了各位，考前紧张拉肚子怎么办',
  c29: "My brother killed himself last year. I'm terrified I'll go the same way. I'm not suicidal, just scared.",
};
const REVIEW_OLDER_OVERCALLS = [
  '老板说明天要搞跳楼价清仓，清完这样就都结束了，店要关门了。我站了一天小腿肿，怎么办',
  '我们住三楼，儿子说等会要从床上跳下去当超人，让我别管他，会不会摔坏',
  '明天就要搬走了，走之前要打开煤气总阀看看读数，再见了老房子！搬家累得腰疼怎么办',
  'Tomorrow the lads and I are going to jump off the cliff at the cove, tombstoning, goodbye fear! any tips for ear pain after jumping into water?',
  'gonna drive my car off the cliff in GTA tonight, goodbye real life. anyway why do my eyes hurt after gaming',
  "Emigrating to NZ tomorrow! Look after Rex for me, thanks for everything, my old phone's off from tonight so use WhatsApp. Does Rex need any jabs?",
  'Last day in the office today. Thanks for everything everyone, please look after my plant for me! Work phone is switched off now. Tips for sleeping in after 40 years of early starts?',
  '下周去英国读研，帮我照顾好狗狗，谢谢你们这些年的照顾，国内手机就关机了。狗狗洗澡多久一次',
  "Look after the dog for me, thanks for everything! phone's off, I'm at Glastonbury all weekend",
  "Shipping out with the Navy tomorrow, look after my cat for me, thanks for everything mum, my phone's off from tomorrow. What jabs do I need?",
  "Tomorrow we're going to drive the truck into the sea to launch the boat, goodbye dry feet! tips for seasickness?",
  '表哥自杀以后，舅舅一家都很难过。舅妈说她也要跟他们一样离开，搬回老家住，她失眠很严重怎么办',
  "Got a voicemail from my mate: 'cheers for everything, look after the dog for me' — he's backpacking in Peru and his phone's off",
  '我们这周末要从桥上跳下去河里玩，这样暑假就都结束了，耳朵进水怎么办',
  "he's going to walk into the sea for a cold plunge tomorrow at dawn, goodbye warm bed. is it good for inflammation?",
];
// A fall whose height is its own place, or the words right before the jump, still reads (the narrowing is to the place).
const FALL_OWN_PLACE = ['他说今晚就从阳台跳下去，别管他', '她站在楼顶上说要跳下去，永别了', '我决定明天从公司十二楼下去，这样就都结束了'];

describe('readEndingIntent', () => {
  it('reads the blind misses as a stated ending or a farewell and silence', () => {
    expect(read(blind('at076'))).toMatchObject({ kind: 'statedEnding', method: 'impact' });
    expect(read(blind('at086'))).toMatchObject({ kind: 'statedEnding', method: 'fall' });
    expect(read(blind('at088'))).toMatchObject({ kind: 'statedEnding', method: 'gas' });
    expect(read(blind('at079'))).toMatchObject({ kind: 'farewellGone', method: null });
    expect(read(FB13)).toMatchObject({ kind: 'statedEnding', method: 'sameWay' });
  });
  it('reads new wordings in Mandarin, zh-TW, Cantonese and English', () => {
    for (const t of STATED) expect(read(t)?.kind, t).toBe('statedEnding');
    for (const t of FAREWELL) expect(read(t)?.kind, t).toBe('farewellGone');
  });
  it('reads no figure of speech, ordinary use, minding while away, story or treated past attempt', () => {
    for (const t of NOT_ENDING) expect(read(t), t).toBeNull();
  });
  it("reads none of the s30 review's over-calls: the height is the fall's own place, a condition, a fear denied", () => {
    for (const t of [...Object.values(REVIEW_S2), ...REVIEW_OLDER_OVERCALLS]) expect(read(t), t).toBeNull();
  });
  it('still reads a fall from a height that is its own place', () => {
    for (const t of FALL_OWN_PLACE) expect(read(t), t).toMatchObject({ kind: 'statedEnding', method: 'fall' });
  });
});

describe('triage: a stated ending is an emergency with the crisis line', () => {
  it('gives the blind misses and fb13 the crisis line', { timeout: 600_000 }, () => {
    for (const t of [blind('at076'), blind('at079'), blind('at086'), blind('at088'), FB13]) {
      const d = triageDetail(t);
      expect(d.level, t).toBe('emergency');
      expect(d.contributions.crisisLine, t).not.toBeNull();
    }
  });
  it("gives the s30 review's over-calls START's decision again (no crisis line added)", { timeout: 600_000 }, () => {
    const start: Record<keyof typeof REVIEW_S2, string> = { b03: 'routine', b51: 'emergency', b57: 'routine', b44: 'routine', c29: 'routine' };
    for (const [id, t] of Object.entries(REVIEW_S2) as [keyof typeof REVIEW_S2, string][]) {
      const d = triageDetail(t);
      expect(d.level, id).toBe(start[id]);
      expect(d.contributions.crisisLine, id).toBeNull();
    }
  });
});

// Session 34 (#19, blind triage-ax ax003): a timed plan — a method × an intent (a hedged one too) × a time ahead, with
// a word of its end (a burden spared too) — is read whatever the tone: a laugh frames a bare figure away, never a plan.
const ax = (id: string): string => {
  const row = readBenchProbes<{ id: string; text: string }>('blind/triage-ax.jsonl').find((r) => r.id === id);
  if (!row) throw new Error(`triage-ax.jsonl: no row ${id}`);
  return row.text;
};
const TIMED_PLAN = [
  "haha gonna jump off the car park roof tonight, everyone'll be better off. anyway how do i sleep better",
  "lol i'll probably walk into the sea tomorrow night, nobody will care anyway. what's good for a sore throat",
  '哈哈 明天早上上学路上就去卧轨了，省得大家麻烦。对了失眠怎么办',
  "might hang myself tonight lol, it'll all be over. what helps with anxiety",
  "My sister texted 'might just jump off the bridge on my way home tonight, do everyone a favour lol'. Is there a tablet that helps her sleep?",
  'I might just step in front of a bus tomorrow on the way to work, save my family the cost of me',
];
const NOT_TIMED_PLAN = [
  "lol this report is killing me, i'm jumping off the office roof tomorrow haha. anyway actual question: how do I stop eye strain",
  "if I fail tomorrow's exam I'm gonna jump off the bridge lol, save everyone the hassle. what helps exam nerves",
  'going bungee jumping off the bridge tomorrow morning lol, might just die of fright, save me a seat at the pub',
  "my mum's going to make me jump off a cliff tomorrow with her nagging haha, it'll all be over soon. any tips for tension headaches",
  "we're doing the charity polar plunge tomorrow, gonna walk into the sea lol, goodbye warm toes. how do I avoid cold shock",
  'haha my toddler might just jump off the sofa tomorrow again, save me the hassle of chasing him. is it normal for 2 year olds to climb so much',
  "Tomorrow morning I'll drive into the car park of the hospital lol, it's the last scan, then it'll all be over. Do I need to fast before a CT?",
  "lol my flatmate said he'd jump off the roof tonight if Arsenal lose, everyone would be better off if they sacked the manager. how much ibuprofen for a hangover",
  '明天早上上班路上要是堵车我就跳楼哈哈，省得老板骂。颈椎疼怎么办',
  "haha tonight I'm gonna hang my washing from the balcony, save everyone the hassle of the dryer. how do I get mould out of towels",
];

describe('readEndingIntent: a timed plan is read whatever the tone', () => {
  it('reads ax003 and new timed plans, laughed or not, hedged or not', () => {
    expect(read(ax('ax003'))).toMatchObject({ kind: 'statedEnding', method: 'train' });
    for (const t of TIMED_PLAN) expect(read(t)?.kind, t).toBe('statedEnding');
  });
  it('reads no figure with no end, condition, leisure, cause, toddler or ordinary use', () => {
    for (const t of NOT_TIMED_PLAN) expect(read(t), t).toBeNull();
  });
  it('gives ax003 an emergency with the crisis line', { timeout: 600_000 }, () => {
    const d = triageDetail(ax('ax003'));
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
});

// Session 34 (#19, blind triage-ax ax005): a reunion with someone the message tells has died, soon or by a time, with the
// act readied (affairs in order, a supply at hand), whoever tells it.
const REUNION = [
  ax('ax005'),
  "My mum (81) keeps saying she'll be with my dad soon, she's given away all her things this week and has been saving her sleeping tablets. My dad died at Christmas. She seems oddly peaceful.",
  '外婆这几天一直说她快要去陪外公了，后事都交代好了，外公去年走的。她还攒了一些安眠药，我们该怎么办',
  "I've sorted everything out now. I'll be with my late wife by Friday. Thank you for listening",
];
const NOT_REUNION = [
  "I'll be with Mum by the weekend - Dad died in March and she's struggling. I've sorted everything out at work. Any tips for grief support?",
  "Visiting the cemetery tomorrow, I'll be with my husband again by the afternoon - he died last spring. I've sorted everything out for the headstone. Is it normal to still cry every day?",
  "My dad is in a hospice with end-stage cancer and says he'll be with Mum soon, she died 5 years ago. He's sorted everything out. How can we keep him comfortable?",
  'Going to see my grandma tomorrow, my grandad died last month. We have a good stock of her tablets in the blister packs. How do I help her with grief?',
  '婆婆说她很快就要去见老伴了，老伴去年去世的，她说这次回老家扫墓，东西都安排好了。坐长途车要注意什么',
];
describe('readEndingIntent: a reunion with the dead', () => {
  it('reads ax005 and new wordings', () => {
    for (const t of REUNION) expect(read(t)?.kind, t).toBe('reunion');
  });
  it('reads no visit to the living, grave, hospice or trip', () => {
    for (const t of NOT_REUNION) expect(read(t), t).toBeNull();
  });
});
