// Session 31 review (consult #14): a reply clause about another person — or told with he/she/they — is still the
// patient's answer. The reply-as-answer masking (reverted; bench/results/consult-s31-reply-as-answer.patch) blanked
// such clauses where the opening read as the writer's own and lowered 38 of the reviewer's probes: a partner, grandchild
// or "my 18mo" read as the writer ("he's floppy and very hard to wake" dropped), "they" that is the symptom ("they don't
// fade under a glass"), another adult measuring or finding the patient ("the nurse took it: 172/114", "my boyfriend
// found passed out"), a partner writing for a pregnant woman, a shared exposure (CO, a meningitis contact); and in-sample
// consult-cases-33 c33-052 lost its emergency ("dad had a heart attack at 60"). Each row must end at least where the
// session's start design ended (6e929f47), the level given; rows from /work/coord/reviews-s31/consult-probes.jsonl, run
// as the reviewer ran them: the reply answers the first question turn, then "No"/"没有".
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { nextConsultStep, warmRedFlagRanking } from './index.js';

const RANK = { routine: 0, urgent: 1, emergency: 2 } as const;

function level(opening: string, reply: string): keyof typeof RANK {
  const zh = /[\u4e00-\u9fff]/.test(opening);
  const t: ChatMessage[] = [{ role: 'user', content: opening }];
  for (let g = 0; g < 6; g++) {
    const s = nextConsultStep(t, { maxTurns: 2 });
    if (s.action === 'answer') return s.triage.level;
    t.push({ role: 'assistant', content: s.text }, { role: 'user', content: g === 0 ? reply : zh ? '没有' : 'No' });
  }
  throw new Error('no answer');
}

beforeAll(() => warmRedFlagRanking());

describe("a reply about another person, or told with he/she/they, stays the patient's answer", () => {
  it.each([
    ['rc002', 'had my baby 10 days ago, headache all day', 'the nurse took it at the clinic: 172/114', 'emergency'],
    ['rc003', '生完宝宝两周，我头很痛', '护士量了一下170/112', 'emergency'],
    ['rc004', '我产后10天，头痛得厉害', '我妈帮忙量了血压180/120', 'emergency'],
    ['rc006', '产后两周，我头痛眼花', '婆婆刚才量的165/112', 'emergency'],
    ['rc008', "I'm 7 weeks pregnant with cramps on one side", 'my partner called an ambulance because fainted in the shower', 'emergency'],
    ['rc009', "I'm 7 weeks pregnant with cramps on one side", 'my boyfriend found passed out on the bathroom floor', 'urgent'],
    ['rc010', '8 weeks pregnant, bleeding and pain', 'my wife is soaking a pad every hour now with big clots', 'emergency'],
    ['rc011', '8 wks pregnant, spotting and cramps', 'my wife fainted in the kitchen ten minutes ago', 'emergency'],
    ['rc013', '怀孕7周，小腹一边痛', '老婆刚才在厕所晕倒了', 'emergency'],
    ['rc019', "I've got a headache and feel sick since we turned the heating on", 'my flatmate has the same headache and was sick this morning', 'emergency'],
    ['rc021', '我头晕恶心，热水器用的是煤气', '我妈也头晕，刚才还吐了', 'emergency'],
    ['rc022', "I've got a headache and nausea, the CO alarm went off earlier", "my partner's got the same and he's really drowsy", 'emergency'],
    ['rc027', "I've got a high temperature and stiff-ish neck", 'my boyfriend was taken into hospital with meningococcal meningitis on Tuesday', 'emergency'],
    ['rc030', 'I have a fever and a rash on my legs', "they don't fade under a glass, they're purple", 'emergency'],
    ['rc031', "I'm 32 weeks pregnant and having tightenings", "they're every 3 minutes now and getting stronger", 'urgent'],
    ['rc035', 'I get palpitations', 'they came with a blackout this morning', 'urgent'],
    ['rc041', "I've got chest tightness, a little", 'my wife called 999 as lips were going blue', 'emergency'],
    ['rc046', '我今天早上晕倒了', '朋友看着抽了一分钟多', 'emergency'],
    ['rc051', 'I have sudden weakness in my arm', 'my husband pointed out the left side of the face is drooping', 'emergency'],
    ['rc063', "I'm 12 days postpartum with a headache", 'my husband took it: 168/114', 'emergency'],
    ['rc064', "I'm 12 days postpartum with a headache", 'mum checked 168/114 just now', 'emergency'],
    ['rd003', "my other half isn't well, pain in the chest", "he's cold and clammy and grey", 'emergency'],
    ['rd005', 'my fiance has a bad headache', "it came on suddenly, she's vomiting and her neck is stiff", 'emergency'],
    ['rd006', 'my grandson has a temperature', "he's floppy and very hard to wake", 'emergency'],
    ['rd008', 'my granddaughter has a high temperature', "she's floppy and won't wake properly", 'emergency'],
    ['rd009', 'my nephew has been vomiting', "he's drowsy and hard to wake, and there's a purple rash", 'emergency'],
    ['rd010', 'my stepson has a fever', "he's breathing really fast and his lips look blue", 'emergency'],
    ['rd011', '我孙子发烧了', '他现在叫不醒，软软的', 'emergency'],
    ['rd015', '我先生胸口不太舒服', '他满头大汗，脸色灰白', 'urgent'],
    ['rd017', '我对象怀孕7周，出血', '她一小时湿透一片卫生巾，还有血块', 'emergency'],
    ['rd019', 'my missus is 7 weeks pregnant with pain on one side', 'she fainted and has shoulder tip pain', 'emergency'],
    ['rd020', 'my spouse is 8 weeks pregnant and bleeding', "she's soaking a pad every hour with clots", 'emergency'],
    ['rd021', 'my bf has a really bad headache', "he's confused and slurring his words", 'emergency'],
    ['rd022', 'my old man has chest pain', "he's grey and sweating", 'emergency'],
    ['re001', "my 18mo has a fever and I'm worried", "she's floppy and really hard to wake", 'emergency'],
    ['re002', "my 9 month has a temp of 38.5, I'm not sure what to do", "he's breathing really fast and grunting", 'emergency'],
    ['re004', "my lad has a high temperature, I'm worried", "he's floppy and won't wake properly", 'emergency'],
    ['re005', 'I think my little one has a fever', "she's limp and hard to wake", 'emergency'],
  ] as const)('%s: %s / %s → at least %s', (_id, opening, reply, start) => {
    expect(RANK[level(opening, reply)]).toBeGreaterThanOrEqual(RANK[start]);
  });
});
