import { describe, expect, it } from 'vitest';
import { triage } from '../safety/triage.js';
import { holdSourceAdvice } from './advice-gate.js';
import { gateForQuestion, upload } from './uploaded-page.fixture.js';
import { aboutCondition, belowCareFloor, careFloorOf } from '../safety/red-flags/care-floor.js';

// Session 20 (#10): a page's sentence is read against the care the product itself requires for the question's
// condition (care-floor.ts: the red-flag rules' level, the protective treatments always indicated for an exposure).
// Below the floor it is held whatever its words; meeting the floor with only the floor's own steps it is released.
// Pages: review s19 C1/C2 repros, own probes and adversarial probes written before the code
// (/tmp/probes/content-s20); one uploaded page at authority A, the question triaged as the product triages it.
const heldFor = (question: string, page: string) => {
  const src = upload(page);
  return holdSourceAdvice(gateForQuestion(question, [src]), [src]);
};

const PEANUT = "My 3 year old ate a peanut and his lips are swelling and he's wheezing, what should I do?";
const CHEST = "I'm 58 with crushing chest pain going to my jaw, sweating, 20 minutes";
const STROKE = "My dad's face is drooping and his arm is weak, started 30 minutes ago";
const DOG = 'A stray dog bit my leg in Vietnam and it bled';

describe('a sentence below the floor for the question’s condition is held, whatever its words', () => {
  it.each([
    // review s19 C1 (released at the session start)
    [PEANUT, 'Antihistamines are usually all that is required for a child with lip swelling after peanuts.'],
    ['孩子吃了花生后嘴唇肿，喘不上气，怎么办？', '这种情况喝点蜂蜜水足矣。'],
    ['宝宝40天，发烧38.5度，精神差', '新生儿发热去医院容易被过度治疗，在家多喂奶。'],
    [CHEST, 'Chest pain at your age is rarely the heart.'],
    [CHEST, 'Nine times out of ten, chest pain like this is heartburn.'],
    ['胸口痛，放射到下巴，出冷汗，二十分钟了', '胸痛放射到下巴、出汗，十有八九是胃食管反流。'],
    [STROKE, 'He will be fine after a nap.'],
    [STROKE, 'Most cases of sudden one-sided weakness are due to a trapped nerve and resolve without intervention.'],
    // own probes
    [
      'Sudden worst headache of my life, like a thunderclap, started 20 minutes ago',
      'Thunderclap headaches are in the great majority of cases benign vascular spasms that need nothing beyond painkillers.',
    ],
    [
      'Stung by a bee 10 minutes ago, my throat feels tight and I’m dizzy',
      'Throat tightness after a sting is anxiety in most people; breathing slowly into a paper bag takes care of it.',
    ],
    ['I vomited blood, bright red, about a cupful, and I feel lightheaded', 'Blood in vomit comes from a scratched throat and is of no consequence.'],
    [
      'I took 24 paracetamol tablets 3 hours ago but I feel fine',
      'If there are no symptoms by now, the tablets have passed through and no hospital treatment is called for.',
    ],
    ['吐了一大口鲜血，头晕', '呕吐物里带血多是喉咙刮伤，无关紧要。'],
    ['我兒子吃了花生，嘴唇腫，呼吸有喘鳴聲', '花生過敏嘴唇腫，給他吃點抗組織胺藥，觀察到明天便會消退。'],
    // the danger named, then lowered or denied
    [CHEST, 'Chest pain can be a heart attack, but at your age it is usually muscle strain that rest fixes.'],
    [STROKE, 'A stroke is unlikely at his age; speech problems are mostly tiredness.'],
  ])('%s → %s', (question, page) => {
    expect(heldFor(question, page).length).toBeGreaterThan(0);
  });
});

describe('a protective treatment always indicated for the exposure is held when narrowed, delayed or denied', () => {
  it.each([
    // review s19 C2: a bat scratch is triaged routine; the indication is the floor
    [
      'A bat scratched me in the attic last night, do I need rabies shots?',
      'Washing with soap is sufficient; vaccination is only for bites that bleed heavily.',
    ],
    [
      'A bat scratched me in the attic last night, do I need rabies shots?',
      "Bat scratches don't call for post-exposure treatment if you scrub the wound well.",
    ],
    [DOG, 'Rabies vaccine is only worth having if the dog later dies or falls ill within 10 days.'],
    [DOG, 'Get the rabies vaccine within a week of the bite.'],
    [DOG, 'Start the rabies jabs at your next GP appointment.'],
    ['被狗咬了，流血了', '被狗咬后用肥皂水冲洗伤口15分钟，如果伤口没出血就不用打疫苗。'],
    ['昨天被流浪狗咬了手，出血了，要怎么办', '狂犬疫苗只有在狗十天内死掉的情况下才有打的必要。'],
    ['被蝙蝠抓了一下', '被蝙蝠抓伤后尽快接种狂犬疫苗，如果没出血可以只打一针。'],
  ])('%s → %s', (question, page) => {
    const held = heldFor(question, page);
    expect(held.length).toBeGreaterThan(0);
  });

  it('says what the knowledge gives for the exposure', () => {
    const [h] = heldFor(DOG, 'Rabies vaccine is only worth having if the dog later dies or falls ill within 10 days.');
    expect(h?.floor).toBe('narrower');
    expect(h?.guidance).toMatch(/post-exposure treatment at once/);
  });
});

describe('a sentence that meets the floor with only the floor’s own steps is released', () => {
  it.each([
    [PEANUT, 'Use the adrenaline auto-injector in the outer thigh straight away and call 999, even if symptoms seem to be improving.'],
    ['孩子吃了花生，嘴唇肿，喘不上气', '出现嘴唇肿胀和喘息时，立即使用肾上腺素笔，并拨打120。'],
    [
      'My husband suddenly can’t speak properly and his face is drooping',
      'Note the time the symptoms started and call 999 immediately; do not wait to see if they go away.',
    ],
    [DOG, 'Wash the wound with soap and running water for 15 minutes and get post-exposure rabies vaccination the same day.'],
    ['被狗咬了，流血了', '被狗咬伤后应立即用肥皂水冲洗伤口15分钟，并尽快接种狂犬疫苗。'],
    [
      'There was a bat in my bedroom when I woke up, no bite that I can see',
      'Anyone who wakes with a bat in the room should get rabies post-exposure treatment, even if no bite is seen.',
    ],
    ['Type 1 diabetic, vomiting since last night, ketones 3.4', 'With vomiting and ketones above 3, go to A&E straight away and keep taking your insulin.'],
    // review s19 C4 stays released
    ["I'm 58, crushing chest pain for 40 minutes spreading to my jaw, sweating", 'Go to A&E now even though the queue may be long.'],
  ])('%s → %s', (question, page) => {
    expect(heldFor(question, page)).toEqual([]);
  });

  // Adversarial: the release frame wrapped around a harm, a restriction or a wait — all stay held.
  it.each([
    [PEANUT, 'Call 999 and give him two antihistamine tablets.'],
    [PEANUT, 'Call 999, and while you wait give him a spoonful of honey.'],
    [PEANUT, 'Use the EpiPen and call 999 only if he gets worse.'],
    [PEANUT, 'Use the adrenaline pen, then call 999 if the symptoms return.'],
    [PEANUT, "Call 999 if the EpiPen doesn't work."],
    [PEANUT, 'Use the adrenaline auto-injector and lie him down; an ambulance is only needed if there is no improvement.'],
    ['孩子吃了花生，嘴唇肿，喘不上气', '立即使用肾上腺素笔，如果十分钟后还不好再打120。'],
    ['孩子吃了花生，嘴唇肿，喘不上气', '马上打120，同时给他喝点醋。'],
    [CHEST, 'Call 999 now or drive him to A&E yourself.'],
    ['My husband suddenly can’t speak properly and his face is drooping', 'Call 999 immediately and give him an aspirin.'],
    [
      'My son is having a fit, it started 3 minutes ago and he is not responding',
      'Note the time the seizure started; call 999 if it lasts more than 10 minutes.',
    ],
    ['My 2 year old drank some bleach 10 minutes ago', 'Call 999 now and give her 2 teaspoons of salt water.'],
    [DOG, 'Wash the bite with soap and water and get the rabies vaccine only if the dog dies.'],
    [DOG, 'Get post-exposure rabies vaccination the same day; immunoglobulin is unnecessary for bites on the leg.'],
  ])('%s → %s', (question, page) => {
    expect(heldFor(question, page).length).toBeGreaterThan(0);
  });
});

describe('the floor itself', () => {
  it('comes from the red-flag rules the question fires, and an exposure whatever its triage', () => {
    const chest = careFloorOf(CHEST, triage(CHEST));
    expect(chest?.level).toBe('emergency');
    expect(chest?.conditions).toContain('chest-pain-cardiac');
    const bat = 'A bat scratched me in the attic last night';
    expect(careFloorOf(bat, triage(bat))?.indications.map((i) => i.id)).toEqual(['rabies-pep']);
    const cold = 'I have had a mild cold with a runny nose for 2 days';
    expect(careFloorOf(cold, triage(cold))).toBeUndefined();
  });

  it('reads a page about the condition by the rules’ own signs, not only the words of the question', () => {
    const floor = careFloorOf(STROKE, triage(STROKE))!;
    expect(aboutCondition('Facial drooping in older men is usually Bell’s palsy.', floor)).toBe(true);
    expect(aboutCondition('Store tablets below 25 degrees.', floor)).toBe(false);
  });

  it('a danger told in the predicate meets nothing lower: it stands', () => {
    const q = 'my toddler has a fever and a rash that does not fade under a glass';
    const floor = careFloorOf(q, triage(q))!;
    const dangerous = (t: string) => triage(t).level !== 'routine';
    expect(belowCareFloor('A rash that does not fade under a glass in a child with a fever is a medical emergency.', floor, true, dangerous)).toBeUndefined();
    expect(
      belowCareFloor('Spots that stay under a glass are mostly a viral rash and can be reviewed at a routine appointment.', floor, true, dangerous),
    ).toBeDefined();
  });
});
