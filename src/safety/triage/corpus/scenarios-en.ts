// English clinical frames for the triage corpus. Each frame is one presentation × discriminator story with several
// wordings; the label follows LABELLING.md. Slots: {S} subject, {has} {is} {was} {feels} {cant} {doesnt} {keeps}
// {says} verb forms, {his} {him} {he} pronouns. `who` restricts the persona (an infant frame needs a baby).
import type { Scenario } from './scenario.js';

const E = (presentation: string, who: Scenario['who'], texts: string[]): Scenario => ({ presentation, level: 'emergency', who, texts });
const U = (presentation: string, who: Scenario['who'], texts: string[]): Scenario => ({ presentation, level: 'urgent', who, texts });
const R = (presentation: string, who: Scenario['who'], texts: string[]): Scenario => ({ presentation, level: 'routine', who, texts });

export const EN_SCENARIOS: readonly Scenario[] = [
  // ---- chest pain ----
  E('chestPain', 'adult+', [
    '{S} {has} crushing chest pain that started 20 minutes ago and {he} is sweating buckets',
    '{S} {has} a heavy pressure in the middle of {his} chest going down {his} left arm',
    '{his} chest feels tight like someone is sitting on it and {he} {is} short of breath',
    '{S} {has} chest pain spreading to {his} jaw, {he} looks grey and clammy',
    "sudden tightness across {his} chest with nausea and cold sweat, it won't go away",
    '{S} {has} had chest pressure for an hour now, took antacids, no change, now {he} {is} sweaty and pale',
    "squeezing chest pain while shovelling snow that hasn't stopped after resting",
    '{his} chest is burning and {his} left arm feels heavy and numb, {he} {is} throwing up',
  ]),
  E(
    'chestPain',
    ['elderly'],
    [
      '{S} {has} felt really tired and sick all morning and now {says} there is a weird discomfort in {his} upper stomach and {he} {is} sweaty',
      '{S} is diabetic and {has} been breathless and exhausted since this morning with an odd ache in {his} chest',
      '{S} {keeps} saying {his} jaw and shoulder ache and {he} {is} clammy, no real chest pain',
      '{S} suddenly {feels} faint, nauseous and short of breath, hands are cold and sweaty',
    ],
  ),
  U('chestPain', 'adult+', [
    '{S} {has} had a dull chest ache on and off for a few days, no other symptoms',
    'sharp chest pain when {he} breathe deeply since yesterday, no shortness of breath',
    'chest tightness when climbing stairs over the last 2 weeks, goes away with rest',
    '{S} had 10 minutes of chest pressure yesterday while walking, fine since',
  ]),
  R('chestPain', 'adult', [
    'sharp pain in {his} chest only when {he} press on one rib, started after lifting boxes',
    '{his} chest muscle is sore after bench press at the gym yesterday',
    'what are the warning signs of a heart attack? asking so I know for my parents',
    '{S} had a heart attack in 2019 and is doing well now, can {he} drink coffee?',
    'no chest pain, no breathlessness, just want to know if cholesterol 6.1 is high',
    'heartburn after spicy food, same as usual, antacids help',
  ]),
  // ---- breathing ----
  E('breathlessness', 'any', [
    '{S} can barely breathe, {he} can only say a few words at a time',
    '{his} lips are turning blue and {he} is gasping for air',
    "{S} {has} asthma and the inhaler isn't helping at all, {he} {is} struggling to talk",
    'took 10 puffs of the blue inhaler and {he} is still wheezing and getting drowsy',
    "{S} suddenly couldn't catch {his} breath after the long flight and {his} calf is swollen",
    '{S} is breathing really fast and the skin between {his} ribs is sucking in',
    "{he} choked on a piece of meat and can't speak or cough",
    '{S} {is} wheezing badly and {his} fingers look grey, ventolin not doing anything',
  ]),
  U('breathlessness', 'adult+', [
    '{S} {has} been more breathless than usual walking to the shops this week, can still talk normally',
    'cough with green phlegm and a bit short of breath for 3 days, temp 38.2',
    '{his} asthma is worse since the cold weather, using the reliever 3 times a day but can talk fine',
  ]),
  R('breathlessness', 'adult', [
    'a bit out of breath after running 5k, recovers in a couple of minutes, is that normal?',
    'how often should I replace my asthma inhaler? it has been well controlled for years',
    'stuffy nose and mild cough from a cold, breathing fine',
    'what is the difference between asthma and COPD?',
  ]),
  // ---- neuro / stroke ----
  E('neuroDeficit', 'adult+', [
    '{his} face suddenly drooped on one side and {his} speech is slurred',
    "{S} suddenly can't lift {his} right arm and {his} words are coming out jumbled",
    "{S} woke up and can't move {his} left leg, {his} mouth looks crooked",
    '{S} suddenly lost vision in one eye like a curtain came down',
    "{S} {is} suddenly seeing double and can't walk straight, {he} {keeps} vomiting",
    "{S} {is} confused and not making sense, {he} doesn't know where {he} is",
    "{S} {is} suddenly very dizzy, the room is spinning, {he} can't stand and is slurring",
    'one side of {his} body went numb half an hour ago and {he} {is} talking funny',
  ]),
  U('neuroDeficit', 'adult+', [
    'last week {S} had 5 minutes of numbness in one hand that went away completely',
    'tingling in both feet for a few weeks, worse at night',
    '{S} {has} had dizziness when standing up quickly for a few days',
  ]),
  R('neuroDeficit', 'adult', [
    '{S} had a stroke 3 years ago and recovered well, what foods help prevent another one?',
    'what does FAST stand for in stroke?',
    'my foot falls asleep when I sit cross-legged, it goes away when I move',
    'numb lip after the dentist injection this morning, wearing off now',
  ]),
  // ---- headache ----
  E('headache', 'adult+', [
    '{S} suddenly got the worst headache of {his} life, like being hit with a bat, and threw up',
    'thunderclap headache that came on in seconds during sex',
    '{S} {has} a severe headache with a stiff neck and fever and the light hurts {his} eyes',
    'terrible headache after hitting {his} head, now {he} {is} drowsy and vomiting',
    '{S} {has} a pounding headache, BP is 210/125 and {his} vision is blurry',
  ]),
  U('headache', 'adult+', [
    "{S} {has} had a bad headache for 3 days that painkillers don't touch, no other symptoms",
    'headache and a temperature of 38.5 since yesterday, neck is fine',
  ]),
  R('headache', 'adult', [
    'usual migraine with aura, same as always, can I take ibuprofen with my triptan?',
    'tension headache after a long day at the computer, better after sleep',
    'headache from a hangover, what helps?',
    'what causes cluster headaches?',
  ]),
  // ---- abdominal ----
  E('abdominalPain', 'adult+', [
    "{his} belly is rock hard and {he} is in agony, can't move",
    'pain started around {his} belly button and moved to the lower right, now {he} {has} a fever and it hurts to walk',
    '{S} {hasnt} passed wind for 2 days, {his} stomach is swollen and {he} {keeps} vomiting',
    '{S} {is} vomiting something that looks like coffee grounds and feels faint',
    'sudden severe pain in {his} belly going through to the back and {he} looks pale and sweaty',
  ]),
  E(
    'abdominalPain',
    ['elderly'],
    [
      '{S} {has} terrible stomach pain out of proportion, {he} {has} atrial fibrillation and is on nothing for it',
      '{S} on blood thinners {has} severe belly pain and black stools',
    ],
  ),
  U('abdominalPain', 'adult+', [
    'pain in the lower right tummy since this morning, no fever, can walk',
    '{S} {has} had vomiting and diarrhoea for 2 days and is getting dizzy when standing',
    'burning when peeing and pain in {his} side with fever',
  ]),
  R('abdominalPain', 'adult', [
    'bloated after a big dinner, passed wind and feel better',
    'mild period cramps, same as every month',
    'stomach upset after eating street food, one loose stool, otherwise fine',
    'what foods help with IBS?',
  ]),
  // ---- bleeding ----
  E('bleeding', 'adult+', [
    "{S} cut {his} arm on glass and the blood is spurting and won't stop with pressure",
    '{S} {is} vomiting bright red blood',
    '{S} {has} had black tarry stools since yesterday and just fainted in the bathroom',
    '{S} {is} on warfarin and {has} blood in {his} poo and feels dizzy',
    '{S} takes clopidogrel and aspirin after a stent and {has} passed a lot of dark blood',
    '{S} {is} coughing up mouthfuls of blood',
    "nosebleed for 40 minutes that won't stop, {he} {is} on blood thinners and looks pale",
  ]),
  U('bleeding', 'adult+', [
    'blood in {his} pee since this morning, no pain',
    'nosebleed on and off today, stops with pressure',
    'a small amount of blood on the toilet paper for a few days and some dizziness',
  ]),
  R('bleeding', 'adult', [
    'a bit of bright red blood on the tissue after a hard poo, no pain, feel fine',
    'nosebleed for 5 minutes that stopped with pinching, happens when the air is dry',
    'gums bleed a little when brushing, how to fix?',
    'my poo went black since starting iron tablets, otherwise fine',
  ]),
  // ---- pregnancy / postpartum ----
  E(
    'pregnancy',
    ['pregnant'],
    [
      '{S} {has} heavy bleeding and constant pain and {his} belly feels hard',
      '{S} {has} a terrible headache, seeing flashing lights and {his} face and hands are swollen',
      "the baby hasn't moved all day, normally kicks a lot",
      '{his} waters broke and {he} can feel the cord',
      '{S} had a fit and is now very drowsy',
      "{S} {has} severe pain under the ribs on the right and a headache that won't go",
    ],
  ),
  E(
    'pregnancy',
    ['postpartum'],
    [
      '{S} {is} soaking a pad every 20 minutes with big clots and feels dizzy',
      "{S} suddenly can't breathe and {his} heart is racing",
      '{S} {has} a fever, shivering, smelly discharge and {he} looks unwell',
      '{S} {has} a severe headache and blurred vision since this morning',
    ],
  ),
  U(
    'pregnancy',
    ['pregnant'],
    [
      'a bit of brown spotting, no pain, baby moving normally',
      "{S} {has} been vomiting all day and can't keep water down",
      'burning when peeing and lower tummy ache',
    ],
  ),
  R(
    'pregnancy',
    ['pregnant'],
    [
      'mild morning sickness, still eating and drinking, any tips?',
      'which foods should I avoid while pregnant?',
      'ankles a little swollen in the evenings, blood pressure normal at the check-up, no headache',
      'is it safe to fly at 20 weeks?',
    ],
  ),
  // ---- mental health / suicide ----
  E('mentalHealth', 'adult', [
    'I have been saving up my pills and I plan to take them all tonight',
    "{S} texted me goodbye and said sorry for everything, {he} isn't answering the phone",
    "{S} gave away {his} guitar and games and wrote letters to everyone, {he} {has} been saying {he} won't be around",
    "I don't want to be alive anymore, I looked up how many tablets it would take",
    '{S} is standing on the roof saying {he} is going to jump',
    "I cut my wrists and it won't stop bleeding",
    "I can't do this anymore, I have the rope ready",
    '{S} said everyone would be better off without {him} and {he} {has} a gun in the house',
    'I want to kill myself',
    'i just want to end it all tonight, nobody would care',
  ]),
  E('mentalHealth', 'adult', [
    '{S} {is} hearing voices telling {him} to hurt people and {he} {has} a knife',
    "{S} hasn't slept in 4 days, thinks the neighbours are poisoning {him} and is threatening them",
  ]),
  U('mentalHealth', 'adult', [
    "I feel very low most days and can't get out of bed, no thoughts of harming myself",
    '{S} {has} been having panic attacks every day this week',
    '{S} {has} stopped eating and barely talks since {his} breakup',
  ]),
  R('mentalHealth', 'adult', [
    'I had depression years ago and am well now, what are early signs of relapse?',
    'writing a school essay on suicide prevention, what warning signs should friends look for?',
    'my therapist asked if I had thoughts of self-harm and I said no, is that a normal question?',
    'how do I support a friend who is grieving?',
    'can sertraline be taken long term?',
  ]),
  // ---- poisoning ----
  E('poisoning', 'any', [
    "{S} swallowed a bunch of {his} grandma's heart pills",
    '{S} took about 30 paracetamol last night and {says} {he} feels fine',
    '{S} drank some bleach by accident and {his} mouth is burning',
    '{S} ate a dishwasher pod and is coughing',
    '{S} took a whole bottle of sleeping tablets with vodka',
    '{S} is really drowsy and we found an empty bottle of {his} antidepressants',
    '{S} ate wild mushrooms and {has} been vomiting for hours',
  ]),
  U('poisoning', 'any', ['{S} took one extra blood pressure tablet by mistake and {feels} a bit lightheaded']),
  R('poisoning', 'any', [
    'I accidentally took my vitamin twice today, feel fine',
    'how much paracetamol is safe in a day for an adult?',
    '{S} licked a bit of toothpaste, is that ok?',
    'what should I keep in a first aid kit for poisoning?',
  ]),
  // ---- allergy ----
  E('allergy', 'any', [
    '{S} ate a peanut and {his} lips and tongue are swelling and {he} {is} wheezing',
    'stung by a bee, hives all over and {his} throat feels tight',
    'after the new antibiotic {S} {has} a rash everywhere, feels faint and dizzy',
    "{his} throat is closing up after eating prawns, {he} {has} an epipen but we haven't used it",
  ]),
  U('allergy', 'any', ['{his} lips are a bit swollen after a new lipstick, breathing fine', 'hives on {his} arms after a new medicine, no other symptoms']),
  R('allergy', 'any', [
    'how do I use an epipen correctly? {he} is fine right now',
    'itchy eyes and sneezing in spring, which antihistamine?',
    'small itchy rash around {his} mouth after mango, throat and breathing fine',
  ]),
  // ---- infection / sepsis ----
  E('infection', 'any', [
    '{S} {has} a high fever, is confused and {his} skin looks blotchy and mottled',
    "fever with a rash that doesn't fade when I press a glass on it",
    '{S} {is} on chemotherapy and {has} a temperature of 38.4 with shivering',
    '{S} {has} a fever and is breathing really fast, heart rate 130, BP 85/50',
    "{S} {has} a fever and stiff neck and can't stand the light",
    "{S} {has} a fever and hasn't peed all day, {his} hands and feet are ice cold and {he} {is} barely responding",
  ]),
  U('infection', 'adult+', [
    'temperature of 39.6 for two days with body aches, drinking fine',
    'a red hot swollen patch on {his} leg spreading since yesterday, no fever',
    'fever and pain when peeing, lower back ache',
  ]),
  R('infection', 'adult', [
    'got a cold, temp 37.8, bit achy, otherwise fine',
    'sore throat for 2 days, no fever, eating fine',
    'do I need antibiotics for a cold?',
    'what is the incubation period for flu?',
  ]),
  // ---- children & infants ----
  E(
    'paediatric',
    ['infant'],
    [
      '{S} {has} a temperature of 38.3',
      '{S} is floppy, not feeding and really hard to wake up',
      '{S} {is} breathing fast with grunting and {his} lips look blue',
      '{S} {has} a fever and a bulging soft spot on {his} head',
      "{S} {has} been vomiting green and won't feed",
    ],
  ),
  E(
    'paediatric',
    ['child'],
    [
      "{S} {has} a fever, {is} very sleepy and {has} purple spots that don't fade",
      '{S} swallowed a button battery',
      "{S} got into the medicine cabinet, we don't know how many pills {he} took",
      '{S} {has} been floppy and not responding properly since the fever started',
      '{S} had a fit that has lasted more than 5 minutes',
    ],
  ),
  U(
    'paediatric',
    ['child'],
    [
      '{S} {has} had a fever of 39 for three days, still drinking',
      '{S} {has} a barking cough and noisy breathing at night, settles when calm',
      '{S} {has} had diarrhoea for 2 days and fewer wet nappies',
    ],
  ),
  R(
    'paediatric',
    ['child', 'infant'],
    [
      '{S} had {his} vaccines yesterday and has a temp of 38.0, feeding well and smiley',
      '{S} bumped {his} head on the table 2 days ago, small bruise, totally normal since',
      '{S} has a runny nose and is playing happily, no fever',
      'how much ibuprofen can a 4 year old have?',
    ],
  ),
  // ---- metabolic ----
  E('metabolic', 'adult+', [
    '{S} {is} diabetic, {his} sugar is 2.1 and {he} {is} confused and sweaty',
    '{his} blood sugar reads HI, {he} {is} vomiting and breathing deep and fast',
    'sugar is 34 mmol and {he} {is} very drowsy',
    '{S} on insulin and is not making sense, glucose 45 mg/dl',
    'type 1, ketones 3.8, vomiting and stomach pain',
  ]),
  U('metabolic', 'adult+', [
    'sugars have been 15 to 18 for a few days with a cold, ketones 0.4, eating fine',
    '{S} had a low of 3.2 this morning, fixed it with juice, feels ok now, should we adjust the insulin?',
  ]),
  R('metabolic', 'adult', [
    'fasting sugar around 7, on metformin, can I eat fruit?',
    'what is a normal HbA1c?',
    'diabetic for 10 years, stable, what exercise is best?',
  ]),
  // ---- renal ----
  E('renal', 'adult+', [
    '{S} missed dialysis twice this week and now {his} legs feel weak and heavy and {his} heart is skipping',
    "{S} {is} on dialysis, skipped Friday's session, now short of breath and can't lie flat",
    'potassium came back 7.1 on {his} blood test and the lab called',
  ]),
  U('renal', 'adult+', [
    '{S} {has} hardly peed today and {his} ankles are more swollen',
    '{his} kidney function got worse on the last blood test, GP wants a repeat',
  ]),
  R('renal', 'adult', ['what can I eat on a low potassium diet?', '{S} is on dialysis three times a week and doing well, can {he} travel?']),
  // ---- environmental ----
  E('environmental', 'any', [
    'we all have headaches and feel sick since we turned on the gas heater, the dog is sleepy too',
    '{S} collapsed after working in the heat all day, {he} {is} confused and not sweating',
    '{S} was pulled out of the pool and {is} coughing and very drowsy',
    '{S} touched a live wire and was thrown back, {his} heart is racing',
    '{S} was found outside in the snow, very cold and confused',
    '{S} was struck by lightning but is talking',
  ]),
  U('environmental', 'any', [
    '{S} got heat exhaustion at the match, rested in the shade, still a headache',
    '{S} {has} mild frostbite on {his} fingers, they are white and numb',
  ]),
  R('environmental', 'any', [
    'where should I put a carbon monoxide alarm?',
    'got a tiny static zap from a light switch, feel normal',
    'sunburn on {his} shoulders with a few tiny blisters, what helps?',
    '{S} swallowed some pool water last week and has been totally fine',
  ]),
  // ---- injury ----
  E('injury', 'any', [
    '{S} fell off a ladder, hit {his} head and is vomiting and confused',
    '{S} is on warfarin and hit {his} head on the floor',
    '{S} {has} clear fluid dripping from {his} nose after the fall',
    'car crash, {his} leg is bent the wrong way and {he} {is} pale',
    '{S} {has} burns all over {his} chest and arms from a pan fire',
    "back pain after lifting and now numb between {his} legs and can't pee",
  ]),
  U('injury', 'any', [
    'twisted {his} ankle, swollen and can barely walk on it',
    'cut on {his} hand that is gaping, bleeding stopped with pressure',
    '{S} fell and {his} wrist looks swollen and hurts to move',
  ]),
  R('injury', 'any', [
    'small cut on {his} finger from a knife, stopped bleeding, how to clean it?',
    'stubbed {his} toe, bruised but can walk',
    'minor burn from a pan, red patch, no blisters',
    '{S} fell 3 days ago and {has} a bruise, feels fine',
  ]),
  // ---- collapse & seizure ----
  E('collapse', 'any', [
    "{S} collapsed and isn't responding when we shout {his} name",
    '{S} fainted while playing football and is still very pale',
    '{S} passed out, came round but {is} confused and {his} chest hurts',
    '{S} is not breathing',
  ]),
  E('seizure', 'any', [
    '{S} {has} been having a seizure for over 5 minutes',
    '{S} had two fits in a row without waking up in between',
    '{S} had {his} first ever seizure and is still very drowsy',
    '{S} {is} pregnant and just had a seizure',
  ]),
  U('collapse', 'adult', ['{S} fainted once this morning after standing up fast, fine now but still a bit lightheaded']),
  R('seizure', 'any', [
    '{S} {has} epilepsy, had {his} usual one-minute seizure and recovered as normal, just like the care plan',
    "should you put something in someone's mouth during a seizure?",
    '{S} had febrile seizures as a toddler, can {he} get a driving licence now?',
  ]),
  // ---- other emergencies ----
  E('testicular', 'adult', ['sudden severe pain in one testicle an hour ago with vomiting', '{his} testicle is swollen and really painful since waking up']),
  R('general', 'any', [
    'what vitamins should I take in winter?',
    'how much water should I drink each day?',
    'can I drink coffee with my blood pressure tablets?',
    'what are good exercises for lower back pain?',
    'is it ok to take paracetamol with ibuprofen?',
    'how long does a cold usually last?',
  ]),
];
