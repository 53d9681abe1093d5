// Skin, injuries, lumps and limbs: each everyday complaint's red flags (see complaint.ts for how an entry reads and how the policy uses it).
import { type Complaint, defineComplaint as C } from './complaint.js';

export const SKIN_LIMB_COMPLAINTS: readonly Complaint[] = [
  // Shingles, by name or by its shape: a band or cluster of blisters, or blisters with the nerve pain that comes with
  // and before them (tingling, burning, stabbing — the prodrome, NICE CKS Shingles: "tingly with little blisters" on
  // the forehead is the ophthalmic nerve's shingles until the eye is asked). Sight is at risk near the eye or the tip
  // of the nose, spread is a risk when immunity is low, and antivirals help within three days.
  C(
    'shingles',
    /带状疱疹|蛇盘疮|蛇缠腰|缠腰龙|(?:一串|一片|一簇|一排|一圈|一条|一溜)(?:的)?(?:小)?水(?:疱|泡)|水(?:疱|泡)[^。？！?!]{0,12}(?:刺痛|针扎|烧灼|火辣辣|灼痛|(?<!不)麻|一跳一跳|一抽一抽)|(?:刺痛|针扎|烧灼|火辣辣|灼痛|(?<!不)麻|一跳一跳|一抽一抽)[^。？！?!]{0,12}水(?:疱|泡)/,
    /\bshingles\b|\b(?:band|strip|cluster|line|patch|row) of (?:\w+ )?blisters\b|\bblisters?\b[^.?!]{0,40}\b(?:tingl\w*|burn(?:s|ing|y)?|sting(?:s|ing|y)?|stabb\w*|shoot\w*|prickl\w*)\b|\b(?:tingl\w*|burn(?:s|ing|y)?|sting(?:s|ing|y)?|stabb\w*|shoot\w*|prickl\w*)\b[^.?!]{0,40}\bblisters?\b/i,
    [
      '有没有长在眼睛周围、鼻尖上，或眼睛疼、看东西模糊？',
      '有没有免疫力低下（化疗、激素、器官移植、艾滋病），或疹子蔓延到全身？',
      '疹子出来几天了（抗病毒药最好在3天内开始）？有没有发烧、头痛、脖子硬？',
    ],
    [
      'Is it near the eye or on the tip of the nose, or any eye pain or blurred vision?',
      'Is your immune system weakened (chemotherapy, steroids, transplant, HIV), or is the rash spreading all over?',
      'How many days since the rash appeared (antivirals work best within 3 days)? Any fever, headache or stiff neck?',
    ],
    // Its tingling or burning is the shingles, not a numbness complaint.
    { supersedes: ['numbness'] },
  ),
  C(
    'hairLoss',
    /(?:掉|脱)(?:头)?发(?!烧|热|炎|作|生|现|育|展|出|放)|头发[^，。？]{0,6}掉|斑秃|秃/,
    /\bhair (?:loss|falling|is falling|coming out|thinning)\b|\blosing (?:my )?hair\b|\bbald\w*/i,
    ['是一块一块地掉、头皮有红斑鳞屑或瘢痕吗？', '有没有乏力、怕冷或怕热、体重变化、月经紊乱？', '最近有没有大病、分娩、节食或开始吃新药？'],
    [
      'Is it falling out in patches, or is the scalp red, scaly or scarred?',
      'Any tiredness, feeling cold or hot, weight change or irregular periods (thyroid, anaemia)?',
      'Any recent major illness, childbirth, crash diet or new medicine?',
    ],
  ),
  C(
    'sunburn',
    /晒伤|晒(?:得|的)?(?:红|疼|脱皮)|晒黑/,
    /\bsunburn\w*|\bsun ?burnt\b|\bburnt in the sun\b/i,
    ['有没有大片水泡、起泡面积大？', '有没有发烧发冷、头痛、恶心呕吐、头晕或意识糊涂？', '能喝水吗？尿量有没有明显减少？'],
    [
      'Any large blisters or blistering over a big area?',
      'Any fever or chills, headache, nausea or vomiting, dizziness or confusion?',
      'Can you drink? Are you passing much less urine?',
    ],
  ),
  C(
    'bite',
    /咬(?:了|伤|到)|被[^，。]{0,5}(?:狗|猫|老鼠|蛇|虫|蜂|蜘蛛)|抓伤|抓了|蛰/,
    /\bbitten\b|\b(?:got|was|been|dog|cat) bit\b|\bbit (?:me|my|him|her|by)\b|\bbites?\b|\bscratched by\b|\bstung\b|\bsting\b/i,
    [
      '伤口深不深、有没有出血不止？是在手、脸或关节上吗？',
      '是什么动物咬的？流浪的还是打过狂犬疫苗的？你打过狂犬、破伤风疫苗吗？',
      '伤口周围有没有红肿扩散、化脓，或者发烧？',
    ],
    [
      'Is it a deep or puncture wound, or still bleeding? Is it on the hand, face or over a joint?',
      'What animal was it — a stray, or vaccinated against rabies? Are your rabies and tetanus shots up to date?',
      'Any spreading redness, swelling, pus or fever?',
    ],
  ),
  C(
    'burn',
    /烫(?:伤|了|到)|烧伤|灼伤|被油(?:溅|烫)|开水/,
    /\bburn(?:ed|t|s)?\b(?! when)(?! on (?:peeing|urinat))|\bscald\w*/i,
    ['烫伤面积有没有超过手掌大小？是在脸、手、会阴或关节处吗？', '皮肤是发白、焦黑、没有痛感，还是起了大水泡？', '是电击、化学品烧伤，或者伤者是小孩、老人？'],
    [
      'Is it larger than the palm of the hand, or on the face, hands, genitals or a joint?',
      'Is the skin white, charred or numb, or are there large blisters?',
      'Was it electrical or chemical, or is the person a young child or elderly?',
    ],
  ),
  C(
    'lump',
    // A nodule found on a scan (甲状腺结节, "a nodule on my thyroid") is a lump: asked growth, hardness and pressure.
    /疙瘩|肿块|包块|硬块|淋巴结|结节|(?:长|鼓|起|有)了?(?:一)?个包/,
    /\blump\w*|\bswollen glands?\b|\blymph nodes?\b|\bmass\b|\bbump\b|\bnodules?\b/i,
    ['肿块超过两三周了吗？是在变大，摸着硬、推不动、不疼吗？', '有没有发烧、夜间盗汗、体重下降？', '有没有声音嘶哑、吞咽困难，或身上别处也有肿块？'],
    [
      'Has it been there more than 2–3 weeks? Is it growing, hard, fixed or painless?',
      'Any fever, night sweats or weight loss?',
      'Any hoarseness, trouble swallowing, or lumps elsewhere?',
    ],
  ),
  C(
    'wound',
    /伤口|割(?:伤|破|到)|划(?:伤|破)|切到|扎(?:伤|到|了)|刺伤/,
    /\bcut\b(?! (?:down|back|out|off))|\bwound\b|\blaceration\b|\bsliced\b|\bstabbed\b|\bstepped on (?:a )?nail\b|\bpuncture\b/i,
    [
      '按压10分钟还出血不止吗？伤口是不是又深又张开？',
      '手指或伤口以下有没有麻木、不能活动？',
      '伤口脏或是生锈的东西扎的吗？打过破伤风疫苗吗？有没有红肿扩散、发烧？',
    ],
    [
      'Still bleeding after 10 minutes of firm pressure? Is it deep or gaping?',
      'Any numbness or inability to move beyond the wound (fingers, toes)?',
      'Was it dirty or rusty, and is your tetanus up to date? Any spreading redness or fever?',
    ],
  ),
  C(
    'bruising',
    /淤青|瘀青|瘀斑|青一块紫一块|出血点/,
    /\bbruis\w*|\bpetechia\w*|\btiny red spots\b/i,
    ['没有碰撞也出现淤青吗？有没有牙龈出血、鼻出血？', '皮肤上有没有压不褪色的小红点，伴发烧或乏力？', '有没有在吃抗凝药、阿司匹林？'],
    [
      'Bruises without any knock? Any bleeding gums or nosebleeds?',
      'Any tiny red spots that do not fade when pressed, with fever or tiredness?',
      'Are you on blood thinners or aspirin?',
    ],
  ),
  C(
    'mole',
    /痣|黑斑|色素/,
    /\bmole\b|\bfreckle\b|\bdark spot\b|\bbirthmark\b/i,
    ['痣有没有变大、变形、颜色不均匀或边缘不规则？', '有没有出血、破溃、结痂或发痒？', '直径有没有超过6毫米？'],
    [
      'Is the mole getting bigger, changing shape, uneven in colour or with a ragged edge?',
      'Any bleeding, crusting, an open sore or itching?',
      'Is it wider than 6 mm?',
    ],
  ),
  C(
    'acne',
    /痘|粉刺|痤疮/,
    /\bacne\b|\bspots on (?:my )?face\b|\bpimples?\b|\bzits?\b/i,
    ['有没有又深又疼的囊肿结节，或开始留疤？', '有没有因此心情低落、不愿见人，甚至想伤害自己？', '有没有月经不规律、毛发变多（多囊卵巢）？'],
    [
      'Any deep painful cysts or nodules, or scarring?',
      'Is it affecting your mood or confidence, or any thoughts of self-harm?',
      'Any irregular periods or extra hair growth (hormones, PCOS)?',
    ],
  ),
  C(
    'pinworm',
    /屁股痒|肛门痒|挠屁股/,
    /\bscratch\w* (?:her|his|my) (?:bottom|bum)\b|\bitchy (?:bottom|bum)\b|\bthreadworms?\b|\bpinworms?\b/i,
    ['有没有分泌物、出血，或尿痛？', '皮肤有没有抓破、红肿渗液感染？', '家里其他人有没有同样的情况？'],
    ['Any discharge, bleeding, or pain or burning when weeing?', 'Is the skin broken, red, weeping or infected?', 'Does anyone else at home have the same?'],
  ),
  C(
    'knee',
    /膝盖|膝关节|腿(?:疼|痛)|脚踝|崴了|扭伤/,
    /\bknee\w*|\bankle\b|\bsprain\w*|\btwisted (?:my )?(?:ankle|knee)\b/i,
    ['关节有没有红、肿、发热，伴发烧？', '受伤后能不能负重走路？有没有卡住、打软腿或明显变形？', '小腿有没有肿胀压痛？'],
    [
      'Is the joint red, hot and swollen, or do you have a fever?',
      'After an injury, can you bear weight? Does it lock, give way, or look deformed?',
      'Any swelling or tenderness of the calf?',
    ],
  ),
  C(
    'foot',
    /脚(?:后跟|底|趾)?(?:疼|痛|肿)|足跟|足底/,
    /\bheel\b|\bfoot\b|\bfeet\b|\btoes?\b|\bplantar\b/i,
    ['有没有受伤后不能负重、明显变形？', '脚有没有红肿发热、伤口溃烂，或有糖尿病、脚发麻？', '小腿有没有肿胀、压痛？'],
    [
      'After an injury, can you not bear weight, or does it look deformed?',
      'Is the foot red, hot and swollen, or is there a wound or ulcer, diabetes or numbness?',
      'Any calf swelling or tenderness?',
    ],
  ),
  C(
    'back',
    /腰(?:疼|痛|酸)|背(?:疼|痛)|腰椎|后背/,
    /\bback(?:'s| is| has been)? (?:pain|ache|hurts?|hurting|killing|sore|playing up|gone)\b|\bback pain\b|\bbackache\b|\blower back\b|\bsciatica\b|\b(?:did|put|threw) my back\b/i,
    ['有没有会阴部（坐的部位）发麻、大小便失禁或解不出来？', '有没有腿脚无力、麻木越来越重？', '有没有发烧、体重下降、得过癌症，或外伤后出现、夜里疼醒？'],
    [
      'Any numbness around the groin or buttocks, or loss of bladder or bowel control?',
      'Any leg weakness or spreading numbness?',
      'Any fever, weight loss, past cancer, a recent injury, or pain that wakes you at night?',
    ],
  ),
  C(
    'limp',
    /瘸|跛|走路(?:一瘸|不稳|拐)/,
    /\blimp\w*/i,
    ['有没有发烧、关节红肿发热？', '能不能负重站立、走路？', '有没有夜里疼醒、无故淤青、脸色苍白乏力？'],
    ['Any fever, or a red hot swollen joint?', 'Can the child bear weight and walk?', 'Any pain at night, unexplained bruising, paleness or tiredness?'],
  ),
  C(
    'calf',
    /小腿(?:疼|痛|肿|酸)|腿肿|一条腿[^，。]{0,3}肿/,
    /\bcalf\b|\bcalves\b|\bleg (?:is )?swollen\b|\bswollen leg\b/i,
    ['有没有气短、胸痛、咳血或心慌？', '是一条腿肿吗？有没有发红、发热？', '最近有没有坐长途飞机、手术卧床，在吃避孕药或激素、怀孕？'],
    [
      'Any breathlessness, chest pain, coughing up blood or palpitations?',
      'Is only one leg swollen, red or warm?',
      'Any recent long flight, surgery or bed rest, the pill or HRT, or pregnancy?',
    ],
  ),
];
