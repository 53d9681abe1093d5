// The whole person: energy, sleep, mood, memory, nerves, drink, and babies and children: each everyday complaint's red flags (see complaint.ts for how an entry reads and how the policy uses it).
import { type Complaint, defineComplaint as C } from './complaint.js';

export const WHOLE_PERSON_COMPLAINTS: readonly Complaint[] = [
  C(
    'alcohol',
    /喝多了|喝醉|醉酒|宿醉|喝了(?:很多|好多|一斤|半斤)?酒|酒后/,
    /\bhangover\b|\bhung ?over\b|\bdrunk\b|\btoo much (?:to drink|alcohol|booze)\b|\bheavy night\b|\bbig night\b|\bbinge\b/i,
    [
      '人是否清醒、能叫醒？有没有呼吸很慢、抽搐或意识糊涂？',
      '有没有吐血、吐咖啡色东西或黑便？',
      '有没有看东西模糊（喝过散装酒、自酿酒吗）？最近有没有吃头孢、甲硝唑等药？',
    ],
    [
      'Is the person fully awake and easy to rouse? Any slow breathing, seizures or confusion?',
      'Any vomiting blood or coffee-ground material, or black stools?',
      'Any blurred vision (homemade or unlabelled spirits)? Any antibiotics like metronidazole taken recently?',
    ],
  ),
  C(
    'tremor',
    /手抖|发抖|颤抖|抖动|哆嗦/,
    // "Shake" of the body, not of an illness one cannot shake off ("can't shake this cough").
    /\bshak(?:y|ing|iness|es)\b|\b(?:hands?|arms?|legs?|head|fingers?|body|i) (?:\w+ )?shake\b|\btremor\w*|\btrembl\w*/i,
    ['是不是突然出现的？有没有一侧无力、说话不清？', '有没有心慌、怕热出汗、体重下降？', '最近有没有停酒、换药或用新药？'],
    [
      'Did it start suddenly? Any weakness on one side or slurred speech?',
      'Any racing heart, feeling hot and sweaty, or weight loss?',
      'Any recent stop in drinking alcohol, or a new or changed medicine?',
    ],
  ),
  C(
    'sleep',
    /失眠|睡不着|睡不好|早醒|入睡困难|才睡(?:得)?着/,
    /\binsomnia\b|\bcan'?t sleep\b|\bnot sleeping\b|\btrouble sleeping\b|\bcan'?t get to sleep\b/i,
    ['最近心情低落、对什么都没兴趣吗？有没有伤害自己或不想活的念头？', '睡觉打鼾有没有憋气？夜里有没有胸闷气短、疼痛？', '有没有喝酒、咖啡或吃药影响睡眠？'],
    [
      'Any low mood or loss of interest? Any thoughts of harming yourself or not wanting to live?',
      'Any snoring with pauses in breathing, or breathlessness or pain at night?',
      'Any alcohol, caffeine or medicines that might affect sleep?',
    ],
  ),
  C(
    'mood',
    /抑郁|焦虑|心情[^，。]{0,2}(?:不好|差|低落)|情绪[^，。]{0,2}(?:低落|不好|差)|压力大|崩溃|想哭/,
    /\bdepress\w*|\banxi\w*|\blow mood\b|\bpanic\b|\bstressed\b|\bfeeling down\b|\bcan'?t cope\b/i,
    [
      '有没有伤害自己或不想活的念头？有没有具体的想法或计划？',
      '有没有整晚不睡、听到别人听不到的声音？',
      '有没有影响到吃饭、工作和照顾自己？有没有喝酒或用药来缓解？',
    ],
    [
      'Any thoughts of harming yourself or not wanting to live? Any plan?',
      'Any nights without sleep, or hearing voices others cannot hear?',
      'Is it stopping you eating, working or looking after yourself? Any alcohol or drugs to cope?',
    ],
  ),
  C(
    'appetiteChild',
    /不爱吃饭|不吃饭|挑食|胃口(?:差|不好)|没胃口|不吃奶/,
    /\bnot eating\b|\bwon'?t eat\b|\bpicky eater\b|\bpoor appetite\b|\bfussy eater\b|\bnot feeding\b/i,
    ['体重、身高增长正常吗？最近体检生长曲线有没有掉下来？', '精神好不好、还爱玩吗？', '有没有发烧、呕吐、腹泻、肚子疼，尿量减少？'],
    [
      'Is weight and height growing normally on the growth chart?',
      'Is the child lively and playing as usual?',
      'Any fever, vomiting, diarrhoea, tummy pain, or fewer wet nappies?',
    ],
  ),
  C(
    'bedwetting',
    /尿床|遗尿/,
    /\bbed-?wetting\b|\bwet(?:s|ting)? the bed\b/i,
    ['是以前已经不尿床了，最近突然又开始吗？', '有没有口渴、喝水多、尿多、体重下降？', '有没有尿痛、尿频、发烧，白天也尿裤子或便秘？'],
    [
      'Was the child dry before and has started again recently?',
      'Any thirst, drinking a lot, passing a lot of urine, or weight loss?',
      'Any pain or burning on peeing, fever, daytime wetting or constipation?',
    ],
  ),
  C(
    'tired',
    /乏力|没(?:有)?力气|(?:很|特别|总是|老是)累|疲劳|没精神/,
    /\btired\b|\bexhausted\b|\bfatigue\w*|\bno energy\b|\bworn out\b/i,
    ['有没有体重下降、发烧或夜间盗汗？', '有没有气短、胸痛、脸色苍白或黑便？', '有没有口渴尿多，或心情低落、不想活的念头？'],
    [
      'Any weight loss, fever or night sweats?',
      'Any breathlessness, chest pain, paleness or black stools?',
      'Any thirst and passing a lot of urine, or low mood or thoughts of not wanting to live?',
    ],
  ),
  C(
    'numbness',
    /麻|刺痛感|针扎/,
    /\bnumb\w*|\btingl\w*|\bpins and needles\b/i,
    ['是突然出现的吗？有没有脸歪、一侧手脚无力、说话不清？', '有没有手没劲、拿不住东西、肌肉变瘦？', '是不是从脖子、腰向下放射？有没有糖尿病，两只脚都麻？'],
    [
      'Did it come on suddenly? Any face drooping, weakness on one side or slurred speech?',
      'Any weakness, dropping things or muscle wasting?',
      'Does it spread from the neck or back? Any diabetes, or numbness in both feet?',
    ],
  ),
  // A child's development (talking, walking, playing) behind others of the age: the red flags that make it a referral
  // rather than watchful waiting are skills lost, hearing, and social communication (pointing, eye contact, answering to
  // the name) — NICE CG128 Autism in under 19s (recognition), RCPCH/NHS developmental red flags.
  C(
    'development',
    /不会说话|还不会(?:说|讲|走|叫)|说话(?:晚|迟|少|不清)|语言发育|发育(?:迟缓|落后|慢)|(?:只会|就会)(?:叫|说)[^，。]{0,6}(?:爸|妈)|走路(?:晚|迟)|还不会走/,
    /\b(?:speech|language|talking|walking) (?:delay\w*|is (?:late|behind|slow))\b|\b(?:late talker|not (?:talking|walking|saying (?:any|many) words)|(?:only|just) (?:says|saying) (?:like |about )?(?:a (?:few|couple of) words|\w+ words|(?:mama|mummy|mum|mom|dada|daddy|dad)\b)|(?:isn'?t|is not|hasn'?t started) (?:talking|walking|saying)|developmental delay|behind (?:other|his|her|the other) (?:kids|children|babies)|milestones?)\b/i,
    ['孩子有没有原来会的本事（说的话、走路、玩法）又不会了？', '听力怎么样：叫名字有反应吗，对声音有反应吗？', '会不会用手指东西给你看、跟你对视、对你笑？'],
    [
      'Has the child lost any words or skills they used to have?',
      'How is their hearing: do they turn to their name and respond to sounds?',
      'Do they point to show you things, make eye contact and smile back at you?',
    ],
  ),
  C(
    'baby',
    /宝宝|婴儿|新生儿|小月龄|满月/,
    /\bbaby\b|\binfant\b|\bnewborn\b/i,
    ['宝宝多大了？三个月以下有没有发烧（38℃以上）？', '有没有吃奶少、精神差、很难叫醒、身体发软？', '有没有吐绿色的东西、前囟门鼓起，或尿布明显变少？'],
    [
      'How old is the baby? Under 3 months with a temperature of 38 °C or more?',
      'Feeding much less, floppy, drowsy or hard to wake?',
      'Any green vomit, a bulging soft spot, or far fewer wet nappies?',
    ],
  ),
  C(
    'memory',
    /记性|健忘|忘事|记不住|糊涂/,
    /\bforget\w*|\bmemory\b|\bconfus\w*|\bdementia\b/i,
    ['是几天内突然变糊涂的吗？有没有发烧、感染或时好时坏？', '有没有走丢、忘关煤气炉子、开车出状况等安全问题？', '最近有没有换药、喝酒？'],
    [
      'Did it come on suddenly, over days? Any fever, infection, or confusion that comes and goes?',
      'Any safety problems — getting lost, leaving the cooker or gas on, driving?',
      'Any new medicines or alcohol?',
    ],
  ),
];
