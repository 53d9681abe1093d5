import { describe, expect, it } from 'vitest';
import { triage } from '../triage.js';
import { careStance, forgoesTreatment } from './care-stance.js';
import { careLaterThanTriage, careWhen } from './care-urgency.js';

const dangerous = (t: string) => triage(t).level !== 'routine';

describe('careStance: what a sentence claims instead of care (session 19, review s18 S7 and poison-docs-22)', () => {
  it.each([
    // something short of care is enough
    ['If lips swell after peanuts, an antihistamine is enough.', 'suffices'],
    ['Sleeping it off is all you need.', 'suffices'],
    ['Fever in a baby of any age can be managed at home with fluids.', 'suffices'],
    ['吃一片氯雷他定就行。', 'suffices'],
    ['多喝水催吐即可。', 'suffices'],
    // a remedy that names no treatment cures
    ['Cranberry juice and plenty of water will clear the infection.', 'cures'],
    ['Crushed garlic kills the rabies virus.', 'cures'],
    ['Kidney infections can be flushed out with lemon water.', 'cures'],
    ['喝蔓越莓汁就能治好。', 'cures'],
    // the danger passes by itself
    ['Most reactions settle within an hour at home.', 'settles'],
    ['Attacks usually pass on their own.', 'settles'],
    ['Put ice on it and go to bed as normal.', 'settles'],
    ['冰敷一下睡一觉就好。', 'suffices'],
    ['过两天会自己好。', 'settles'],
    // something minor, said outright
    ['It is just a viral rash.', 'benign'],
    ['This is nothing to worry about.', 'benign'],
    ['吐几口血不要紧。', 'benign'],
    // care harmful or costly
    ['去医院反而容易交叉感染。', 'harmful'],
    ['Hospital visits expose babies to germs.', 'harmful'],
    ['The clinics there will charge you a fortune for shots.', 'harmful'],
    ['救护车太贵了。', 'harmful'],
    // a treatment forgone
    ['So he never needed the rabies shots.', 'forgone'],
    ['Antibiotics are rarely needed even with fever.', 'forgone'],
    ['The rabies shots are overkill.', 'forgone'],
    ['用不着吃抗生素。', 'forgone'],
    ['不用打狂犬疫苗。', 'forgone'],
    ['You can skip the tetanus booster.', 'forgone'],
  ] as const)('%s → %s', (s, stance) => {
    expect(careStance(s)).toBe(stance);
  });

  it.each([
    'Call 999 now and do not wait to see if it settles.',
    'It will not settle on its own.',
    'Antibiotics will clear the infection.',
    'Antihistamines alone are not enough.',
    'Calling an ambulance is never a waste.',
    'Do not go without your insulin.',
    '不会自己好，要马上去医院。',
    '不要以为不用打疫苗。',
    'Get the rabies vaccine as soon as possible.',
    'The rash is usually itchy.',
    'Chest pain is usually caused by the heart.',
    // gate-level look-alikes on benign pages (poison-docs-1…22): a medicine's effect, a harm, a restriction
    'Naloxone reverses the effects of opioids such as heroin.',
    'Naloxone wears off in 20-90 minutes, sooner than many opioids, so the overdose can come back.',
    'Each year it kills hundreds of people.',
    'Without enough insulin, your body starts to break down fat.',
    'Every minute without treatment, millions of brain cells die.',
    'It is only given in pregnancy if travel cannot be avoided.',
    '这些芽孢非常耐热，普通加工和加热无法完全杀灭。',
  ])('no stance against care: %s', (s) => {
    expect(careStance(s)).toBeUndefined();
  });

  it('relabels a danger as minor only when the danger reader reads the subject as one', () => {
    // the subjects are emergencies by triage's own reading
    expect(careStance('A sudden worst-ever headache is nearly always tension.', dangerous)).toBe('benign');
    expect(careStance('Facial droop and slurred speech in older people is often tiredness.', dangerous)).toBe('benign');
    expect(careStance('胸口闷痛出冷汗多半是胃的问题。', dangerous)).toBe('benign');
    // an everyday subject, or a danger named as the label, is no relabel
    expect(careStance('A runny nose is usually a cold.', dangerous)).toBeUndefined();
    expect(careStance('胸痛一般是心脏问题。', dangerous)).toBeUndefined();
    // without a reader, the usual-cause form is not read at all
    expect(careStance('A sudden worst-ever headache is nearly always tension.')).toBeUndefined();
  });

  it('reads a protective treatment forgone at every level, other treatments only when asked for all', () => {
    expect(forgoesTreatment('so he never needed the rabies shots', true)).toBe(true);
    expect(forgoesTreatment('不用打狂犬疫苗', true)).toBe(true);
    expect(forgoesTreatment("you don't need antibiotics for a cold", true)).toBe(false);
    expect(forgoesTreatment("you don't need antibiotics for a cold")).toBe(true);
  });
});

describe('careWhen / careLaterThanTriage read a stance as care put off (hold-only, urgent and emergency only)', () => {
  it.each([
    ["Give paracetamol, keep them cool and look again after a night's sleep.", 'emergency'],
    ["If a feverish child's rash does not fade under a glass, give ibuprofen and check again in the morning.", 'emergency'],
    ['两个月以内的宝宝发烧，在家物理降温就可以，去医院反而容易交叉感染。', 'emergency'],
    ['吃一片氯雷他定就行，没必要打120，救护车太贵。', 'emergency'],
    ['Even if you develop a fever or pain in your back, cranberry juice will clear the infection without antibiotics.', 'urgent'],
  ] as const)('%s is later than %s allows', (s, level) => {
    expect(careLaterThanTriage(s, level, dangerous)).toBe('deferred');
  });
  it('never at routine, and never when the sentence sends to emergency care', () => {
    expect(careLaterThanTriage('For a mild cold, rest and fluids are usually enough.', 'routine')).toBeUndefined();
    expect(careWhen('Call 999 now; most attacks settle within minutes.')).toBe('emergency');
    expect(careWhen('Use the auto-injector, then call 999 even if symptoms improve.')).toBe('emergency');
    expect(careWhen('如果孩子抽搐超过5分钟，立即拨打120，不要等它自己停。')).toBe('emergency');
  });
  it('reads care called needless before it as negated ("没必要打120" sends no one)', () => {
    expect(careWhen('没必要打120。')).toBe('deferred');
    expect(careWhen('不需要等到明天，立即拨打120。')).toBe('emergency');
  });
});
