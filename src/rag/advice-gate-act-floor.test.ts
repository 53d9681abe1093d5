import { describe, expect, it } from 'vitest';
import { holdSourceAdvice } from './advice-gate.js';
import { gateForQuestion, upload } from './uploaded-page.fixture.js';

// Session 21 (#10, review s20 K2/K3): own probes written before the code (/tmp/probes/content-s21/probes.tsv; one
// uploaded page at authority A, the question triaged as the product triages it). K2: after an exposure whose protective
// treatment is always indicated, a sentence about it must give the treatment at once, tell the danger, be its first aid
// or send to care today — its act on the treatment read with negation (zh/yue/en) and time. K3: a call for emergency
// care vouches for the call only; every other clause must be what the product's own guidance says to do while waiting.
const heldFor = (question: string, page: string) => {
  const src = upload(page);
  return holdSourceAdvice(gateForQuestion(question, [src]), [src]);
};

describe('a protective treatment denied, deferred or narrowed, or a harmful step riding on a call, is held', () => {
  it.each([
    [
      'I pricked my finger on a used syringe in the park this morning',
      'Post-exposure HIV medication is something you can sort out at your next GP appointment in a couple of weeks.',
    ],
    ['A needle from a sharps bin went into my thumb at work an hour ago', "There's no hurry about PEP; the window is really a month or more."],
    [
      "The condom split last night and I don't know his status",
      'Most people after a split condom can simply get tested in three months instead of taking any pills.',
    ],
    ["The condom split last night and I don't know his status", 'PEP is overkill after a single encounter.'],
    ['我昨天被别人用过的针头扎到了手指', '阻断药不急，下个月体检的时候再问医生就行。'],
    ['我昨天被别人用过的针头扎到了手指', '针扎感染的几率很低，吃阻断药没必要。'],
    ['昨晚安全套破了，对方情况不清楚', '這種情況等三個月後去驗血就可以，阻斷藥不用吃。'],
    ['琴晚安全套爆咗，唔知對方有冇病', '阻斷藥唔使急，過多兩個禮拜先食都得。'],
    ['A stray dog bit my ankle in Thailand yesterday and it bled a little', 'You can leave the rabies jabs until you get home next month.'],
    ['A stray dog bit my ankle in Thailand yesterday and it bled a little', "If the dog looked healthy there's no reason to bother with vaccination."],
    ['A bat was flying around my bedroom when I woke up', 'Bat encounters without a visible wound pose no rabies risk.'],
    ['A bat was flying around my bedroom when I woke up', 'Nobody needs shots just because a bat was in the room.'],
    ['My son was scratched by a kitten we found on the street', 'Kitten scratches are harmless and need nothing more than a plaster.'],
    ['My son was scratched by a kitten we found on the street', 'Wait and see whether the kitten gets sick before thinking about injections.'],
    ['被流浪猫抓伤了，出了一点血', '猫抓伤一般不会得狂犬病，观察一下就好。'],
    ['被流浪猫抓伤了，出了一点血', '狂犬疫苗等十天后看猫有没有死再决定打不打。'],
    ['畀隻流浪狗咬咗一啖，有少少血', '狗仔咬親唔緊要，唔使去打針。'],
    ['畀隻流浪狗咬咗一啖，有少少血', '咁細個傷口，搽啲藥膏就得，唔駛打狂犬針。'],
    ['被狗舔了手上的伤口', '被狗舔一下不用打疫苗，洗洗手就行了。'],
    ['A monkey bit my hand at the temple in Bali', "Monkey bites rarely carry rabies, so a course of injections isn't usually warranted."],
    ['A fox bit me while I was camping', "A tetanus booster is all you'll need after a fox bite."],
    ['I was bitten by a raccoon in my garage', 'Raccoon bites heal on their own; vaccination can be skipped.'],
    [
      'My wife has crushing chest pain spreading to her left arm and she is sweating',
      'Call 999, and get her to walk up and down the stairs to see if the pain changes.',
    ],
    [
      'My wife has crushing chest pain spreading to her left arm and she is sweating',
      'Dial 999 straight away, then give her a large glass of whisky to calm her.',
    ],
    ['My toddler swallowed bleach about ten minutes ago', 'Call an ambulance and make him vomit by putting your fingers down his throat.'],
    ['My toddler swallowed bleach about ten minutes ago', 'Ring 999 now and give him vinegar to neutralise it.'],
    ['My child poured boiling water on his arm, the skin is blistering', 'Call 999 and put butter on the burn while you wait.'],
    ['My child poured boiling water on his arm, the skin is blistering', 'Phone for an ambulance and pop the blisters so the heat escapes.'],
    ['My 6 year old has a high fever and a headache and a rash', 'Call an ambulance and give her aspirin to bring the fever down.'],
    ["My dad's face is drooping and his speech is slurred since 20 minutes", 'Call 999 and give him a couple of aspirin and some water while you wait.'],
    ["My dad's face is drooping and his speech is slurred since 20 minutes", 'Call 999, but if he seems better in ten minutes you can cancel it.'],
    ['My friend is having a seizure and it has lasted 6 minutes', "Call 999 and put a spoon in his mouth so he doesn't bite his tongue."],
    ['My friend is having a seizure and it has lasted 6 minutes', 'Call an ambulance and hold his arms and legs down firmly until the shaking stops.'],
    ['孩子喝了消毒水，十分钟前', '立即拨打120，同时用手指抠喉咙让孩子把消毒水吐出来。'],
    ['老公胸口压榨样疼痛，出冷汗，放射到左臂', '赶快打120，等救护车时让他爬几层楼梯看看疼痛有没有变化。'],
    ['孩子被开水烫伤手臂，起了水泡', '马上打120，并在烫伤处涂上牙膏降温。'],
    ['朋友抽搐超过五分钟了', '拨打120，并往他嘴里塞一根筷子防止咬舌头。'],
    ['爸爸突然口角歪斜，说话不清楚，二十分钟了', '打120，然后给他喂几片阿司匹林和水。'],
    ['我阿媽心口好痛，出晒冷汗', '即刻打999，等車嘅時候畀佢飲杯熱酒暖下個心。'],
    ['My partner took 40 paracetamol an hour ago', 'Call 999 and meanwhile make her drink salt water to bring it back up.'],
    ["I'm having an asthma attack and my inhaler isn't helping", 'Call 999 and breathe into a paper bag until they arrive.'],
    ['My baby is 3 weeks old and has a temperature of 38.6', 'Take her to A&E now, and wrap her in extra blankets to sweat the fever out.'],
    [
      "I'm 58 with crushing chest pain going to my jaw, sweating, 20 minutes",
      'Call 999 now and loosen tight clothing, then drink a strong coffee to keep your heart going.',
    ],
    [
      "My dad's face is drooping and his speech is slurred since 20 minutes",
      'Call 999 and let him lie down, and rub his weak arm hard to get the blood flowing.',
    ],
    ["Blood is spurting from a deep cut on my arm and won't stop", 'Call 999 and put flour on the wound to stop the bleeding.'],
    ['My friend is having a seizure and it has lasted 6 minutes', 'Call 999 and splash cold water on his face to wake him up.'],
    ['朋友抽搐超过五分钟了', '立即拨打120，掐人中让他醒过来。'],
    ['孩子喝了消毒水，十分钟前', '赶紧打120，先给孩子喝一大杯牛奶中和一下。'],
    ["My husband collapsed and isn't breathing", 'Call 999, then wait to see if he starts breathing again before starting anything.'],
    ["My son was stung by a bee and his throat is swelling and he's wheezing", 'Call 999 and give him a hot shower to open his airways.'],
    ['My 2 year old swallowed a button battery 10 minutes ago', 'Call 999 and give her some bread to push the battery down.'],
    ["I'm having an asthma attack and my inhaler isn't helping", 'Ring 999, then lie down flat and hold your breath for as long as you can.'],
  ])('%s → %s', (question, page) => {
    expect(heldFor(question, page).length).toBeGreaterThan(0);
  });
});

describe('the treatment given at once, the danger told, or the guidance’s own step beside the call, stands', () => {
  it.each([
    ["The condom split last night and I don't know his status", 'Emergency HIV PEP should be started as soon as possible, ideally within 24 hours.'],
    [
      'A stray dog bit my ankle in Thailand yesterday and it bled a little',
      'Wash the bite with soap and running water for 15 minutes and get rabies post-exposure vaccination today.',
    ],
    ['被流浪猫抓伤了，出了一点血', '立即用肥皂水和流动清水冲洗伤口15分钟，并尽快到犬伤门诊接种狂犬病疫苗。'],
    ['A bat was flying around my bedroom when I woke up', 'Contact with a bat, even without a visible bite, needs rabies vaccination straight away.'],
    ['My wife has crushing chest pain spreading to her left arm and she is sweating', 'Call 999 immediately and have her sit down and rest while you wait.'],
    ['My friend is having a seizure and it has lasted 6 minutes', 'Call 999 and move hard objects away from him; do not put anything in his mouth.'],
    ['朋友抽搐超过五分钟了', '马上拨打120，移开周围的硬物，不要往嘴里塞任何东西。'],
    ["My dad's face is drooping and his speech is slurred since 20 minutes", 'Call 999 now and note the time the symptoms started.'],
    ['My toddler swallowed bleach about ten minutes ago', 'Call 999 now and do not make him sick.'],
    [
      'A stray dog bit my ankle in Thailand yesterday and it bled a little',
      'Rabies is almost always fatal once symptoms appear, which is why the vaccine is given straight after a bite.',
    ],
    ['畀隻流浪狗咬咗一啖，有少少血', '用番梘同清水沖洗傷口十五分鐘，然後即刻去醫院打狂犬疫苗。'],
    ['My 2 year old swallowed a button battery 10 minutes ago', 'Call 999 or go straight to A&E now, and bring the battery packaging with you.'],
    ["I'm 58 with crushing chest pain going to my jaw, sweating, 20 minutes", 'Call 999 now and loosen any tight clothing.'],
    ["My husband collapsed and isn't breathing", 'Call 999 and start CPR straight away: push hard and fast in the centre of the chest.'],
    ["Blood is spurting from a deep cut on my arm and won't stop", 'Call 999 and press hard on the wound with a clean cloth.'],
    ['孩子喝了消毒水，十分钟前', '立即拨打120，保留消毒水的瓶子，不要催吐。'],
    ["My son was stung by a bee and his throat is swelling and he's wheezing", 'Use his adrenaline auto-injector now and call 999.'],
    ["I'm having an asthma attack and my inhaler isn't helping", 'Call 999 and sit upright, leaning slightly forward.'],
    ['My partner took 40 paracetamol an hour ago', 'Call 999 and keep the empty packets to show the paramedics.'],
  ])('%s → %s', (question, page) => {
    expect(heldFor(question, page)).toEqual([]);
  });
});
