// A broad complaint → red-flag map: for each everyday complaint (by body site or system), the findings that would turn
// it from self-care into same-day or emergency care, written the way primary-care referral guidance (NICE CKS "red
// flags", NHS 111 dispositions, Chinese general-practice textbooks) lists them. Each question names its red flags
// concretely ("有没有A、B或C？" / "Any A, B or C?"), so the policy can test what a "yes" would do to the triage
// (policy.ts ranks questions by that). Complaints the triage layer treats as high-risk presentations (chest pain,
// breathlessness, headache, abdominal pain, bleeding, pregnancy…) take their questions from the triage itself; this
// map covers the rest, and SITE_SCREENS below cover a complaint that no entry names, by body site.

export interface Complaint {
  id: string;
  zh: RegExp;
  en: RegExp;
  ask: { zh: string[]; en: string[] };
}

const C = (id: string, zh: RegExp, en: RegExp, askZh: string[], askEn: string[]): Complaint => ({ id, zh, en, ask: { zh: askZh, en: askEn } });

export const COMPLAINTS: readonly Complaint[] = [
  C(
    'hoarseness',
    /声音(?:嘶)?哑|嗓子哑|嗓音|失声|说不出话来/,
    /\bhoarse\w*|\blost my voice\b|\bvoice (?:is|has gone|gone)\b|\braspy\b/i,
    ['有没有吞咽困难、呼吸费力或咳血？', '嘶哑超过三周了吗？有没有抽烟、脖子上摸到肿块？', '有没有体重下降？'],
    [
      'Any trouble swallowing or breathing, or coughing up blood?',
      'Has it lasted more than 3 weeks? Do you smoke, or is there a lump in the neck?',
      'Any weight loss?',
    ],
  ),
  C(
    'nosebleed',
    /流鼻血|鼻(?:子)?出血|鼻血/,
    /\bnose ?bleeds?\b|\bbleeding (?:from|nose)\b|\bblood (?:from|out of) (?:my |his |her )?nose\b/i,
    ['按压鼻翼20分钟还止不住吗？有没有头晕、脸色发白？', '有没有在吃抗凝药或阿司匹林，血压高不高？', '有没有牙龈出血、身上无故淤青或出血点？'],
    [
      'Does it keep bleeding after 20 minutes of firm pressure? Any dizziness or paleness?',
      'Are you on blood thinners or aspirin, or is your blood pressure high?',
      'Any bleeding gums, unexplained bruises or tiny red spots on the skin?',
    ],
  ),
  C(
    'hairLoss',
    /掉头发|脱发|头发掉|斑秃|秃/,
    /\bhair (?:loss|falling|is falling|coming out|thinning)\b|\blosing (?:my )?hair\b|\bbald\w*/i,
    ['是一块一块地掉、头皮有红斑鳞屑或瘢痕吗？', '有没有乏力、怕冷或怕热、体重变化、月经紊乱？', '最近有没有大病、分娩、节食或开始吃新药？'],
    [
      'Is it falling out in patches, or is the scalp red, scaly or scarred?',
      'Any tiredness, feeling cold or hot, weight change or irregular periods (thyroid, anaemia)?',
      'Any recent major illness, childbirth, crash diet or new medicine?',
    ],
  ),
  C(
    'mouthUlcer',
    /溃疡|口疮|嘴里(?:长|起)|舌头(?:上)?(?:长|起|疼)|口腔/,
    /\bmouth ulcers?\b|\bulcers? (?:in|on) (?:my |the )?(?:mouth|tongue)\b|\bcanker\b|\bsore on (?:my |the )?(?:tongue|gum|lip)\b/i,
    ['超过三周还没愈合吗？是不疼、摸着发硬，或有白斑红斑？', '有没有抽烟、嚼槟榔？', '有没有生殖器溃疡、眼睛发红、关节痛、腹泻、发烧或体重下降？'],
    [
      'Has it lasted more than 3 weeks without healing? Is it painless, hard, or a white or red patch?',
      'Do you smoke or chew betel or tobacco?',
      'Any genital ulcers, red eyes, joint pain, diarrhoea, fever or weight loss?',
    ],
  ),
  C(
    'heartburn',
    /烧心|反酸|胃灼热|胸口(?:烧|火辣)|反流|打嗝反酸/,
    /\bheartburn\b|\breflux\b|\bacid\b|\bindigestion\b|\bburning (?:in|behind) (?:my |the )?(?:chest|breastbone)\b/i,
    ['有没有吞咽困难、咽东西噎住的感觉？', '有没有呕血、吐咖啡色东西或黑便？体重有没有下降？', '是不是一活动、爬楼就胸闷胸痛、出汗，休息能缓解？'],
    [
      'Any trouble swallowing, or food sticking on the way down?',
      'Any vomiting blood or coffee-ground material, black stools, or weight loss?',
      'Does chest discomfort come on with exertion or climbing stairs, with sweating, and ease with rest?',
    ],
  ),
  C(
    'hiccups',
    /打嗝|呃逆/,
    /\bhiccups?\b|\bhiccoughs?\b/i,
    ['打嗝超过48小时了吗？', '有没有头晕、手脚麻木无力、说话不清、看东西重影、走路不稳？', '有没有胸痛胸闷、吞咽困难或反酸？'],
    [
      'Have they lasted more than 48 hours?',
      'Any dizziness, numbness or weakness, slurred speech, double vision or unsteady walking?',
      'Any chest pain, trouble swallowing or reflux?',
    ],
  ),
  C(
    'tinnitus',
    /耳鸣|耳朵[^，。]{0,4}(?:嗡嗡|响|鸣|有声)/,
    /\btinnitus\b|\bringing in (?:my |the )?ears?\b|\b(?:buzzing|whooshing|humming) in (?:my |the )?ears?\b|\bears? (?:are |is )?ringing\b/i,
    ['有没有突然听力下降、听不清或耳朵发闷？', '是一侧还是两侧？声音是不是和心跳、脉搏一样一跳一跳的？', '有没有眩晕、天旋地转、站不稳或脸部麻木无力？'],
    [
      'Any sudden loss of hearing or a blocked feeling in the ear?',
      'Is it in one ear or both? Does it pulse in time with your heartbeat?',
      'Any vertigo or spinning, unsteadiness, or numbness or weakness of the face?',
    ],
  ),
  C(
    'breastLump',
    /乳房|乳腺|胸部(?:有|长|摸到)[^，。]{0,4}(?:疙瘩|包块|肿块|硬块)|乳头/,
    /\bbreast\b|\bnipple\b/i,
    [
      '乳房皮肤有没有凹陷、橘皮样、发红，乳头有没有内陷、溢液或出血？',
      '肿块是硬的、推不动、在变大吗？',
      '腋下有没有摸到肿块？家里有没有人得过乳腺癌或卵巢癌？',
    ],
    [
      'Any dimpling, orange-peel or red skin, or a nipple that is pulled in, leaking or bleeding?',
      'Is the lump hard, fixed in place, or getting bigger?',
      'Any lump in the armpit? Any breast or ovarian cancer in the family?',
    ],
  ),
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
    'constipation',
    /便秘|没(?:有)?大便|不(?:解|拉)大便|大便(?:干|硬|困难)|排便困难/,
    /\bconstipat\w*|\b(?:haven'?t|hasn'?t|has not|have not) (?:pooed|pooped|had a bowel movement|done a poo)\b|\bcan'?t poo\b|\bno bowel movement\b/i,
    ['有没有不排气、肚子胀得厉害、呕吐？', '大便里有没有血或黑便？体重有没有下降？', '是不是最近才出现的排便习惯改变（尤其50岁以上）？肚子剧烈疼吗？'],
    [
      'Are you unable to pass wind, with a swollen belly or vomiting?',
      'Any blood in the stool or black stools? Any weight loss?',
      'Is this a new change in bowel habit (especially over 50)? Any severe belly pain?',
    ],
  ),
  C(
    'eyelidTwitch',
    /眼皮(?:一直)?跳|眼睑(?:跳|抽)|眼皮抽/,
    /\beye(?:lid)? (?:keeps )?twitch\w*|\btwitch\w* (?:eye|eyelid)\b/i,
    ['抽动有没有扩散到脸颊、嘴角？', '有没有眼皮下垂、一侧脸无力或口角歪斜？', '眼睛有没有红、痛或视力下降？已经持续几周了吗？'],
    [
      'Has the twitching spread to the cheek or mouth?',
      'Any drooping eyelid, weakness on one side of the face or a drooping mouth?',
      'Is the eye red or painful, or is vision affected? Has it lasted weeks?',
    ],
  ),
  C(
    'nocturia',
    /起夜|夜尿|晚上[^，。]{0,4}(?:起来|起床)[^，。]{0,3}(?:尿|上厕所|小便)|晚上(?:老|总|经常)?(?:上厕所|尿尿|小便)/,
    /\bnocturia\b|\b(?:get|getting|wake|waking) up (?:at night )?to (?:pee|wee|urinate)\b|\bpee(?:ing)? at night\b/i,
    ['有没有口渴、喝水多、体重下降？', '排尿有没有费力、尿线变细、尿不尽，或尿里有血？', '有没有脚踝肿、躺平气短？'],
    [
      'Any thirst, drinking a lot, or weight loss?',
      'Any straining, a weak stream, not emptying fully, or blood in the urine?',
      'Any ankle swelling or breathlessness lying flat?',
    ],
  ),
  C(
    'lump',
    /疙瘩|肿块|包块|硬块|淋巴结|长了个包|鼓了个包/,
    /\blump\w*|\bswollen glands?\b|\blymph nodes?\b|\bmass\b|\bbump\b/i,
    ['肿块超过两三周了吗？是在变大，摸着硬、推不动、不疼吗？', '有没有发烧、夜间盗汗、体重下降？', '有没有声音嘶哑、吞咽困难，或身上别处也有肿块？'],
    [
      'Has it been there more than 2–3 weeks? Is it growing, hard, fixed or painless?',
      'Any fever, night sweats or weight loss?',
      'Any hoarseness, trouble swallowing, or lumps elsewhere?',
    ],
  ),
  C(
    'vision',
    /视力|看(?:东西|不清|不见)|视物|模糊|眼前(?:发黑|有黑影|闪光)/,
    /\bvision\b|\bblurr\w*|\bcan'?t see\b|\bsight\b|\bfloaters?\b|\bflashes\b/i,
    [
      '是突然出现的吗？是一只眼睛吗？有没有像幕布遮住、闪光或大量黑影？',
      '眼睛有没有疼、发红、看灯有彩虹圈、头痛呕吐？',
      '有没有一侧手脚无力、说话不清？有没有糖尿病、高血压？',
    ],
    [
      'Did it come on suddenly, in one eye? Any curtain or shadow, flashes or a shower of floaters?',
      'Any eye pain, redness, halos around lights, headache or vomiting?',
      'Any weakness on one side or slurred speech? Any diabetes or high blood pressure?',
    ],
  ),
  C(
    'eyeInjury',
    /眼睛(?:里)?(?:进|有)(?:了)?(?:东西|沙子|异物)|眼睛被|溅到眼睛|眼(?:睛)?(?:外伤|受伤)/,
    /\bsomething in (?:my |his |her |the )?eye\b|\b(?:eye|eyes) (?:injur\w*|hit|splash\w*)\b|\bsplash\w* in (?:my |the )?eye\b|\bgrit in\b/i,
    ['是不是化学品溅入眼睛？', '是不是敲打金属、打磨时有东西高速飞进眼睛？', '视力有没有下降？是不是剧痛、睁不开眼、怕光？'],
    [
      'Was it a chemical splash?',
      'Did something fly in at speed (hammering, grinding or drilling metal)?',
      'Is vision reduced? Is it very painful, hard to open, or sensitive to light?',
    ],
  ),
  C(
    'redEye',
    /眼睛[^，。]{0,4}(?:红|充血|干涩|磨|疼|痛|痒)|红眼|结膜|眼(?:白|球)?(?:出血|血红)/,
    /\bred eyes?\b|\beyes? (?:are |is |feels? )?(?:\w+ )?(?:red|bloodshot|gritty|sore|itchy|dry|watery)\b|\bconjunctivitis\b|\bpink ?eye\b/i,
    ['眼睛疼得厉害吗？视力有没有下降、怕光？', '有没有戴隐形眼镜？是一只眼还是两只？', '有没有看灯出现彩虹圈、头痛呕吐？'],
    [
      'Is it painful, or is vision reduced or light hurting the eye?',
      'Do you wear contact lenses? Is it one eye or both?',
      'Any halos around lights, headache or vomiting?',
    ],
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
    'snoring',
    /打鼾|打呼噜|呼噜|打呼/,
    /\bsnor\w*/i,
    ['睡觉时有没有憋气、呼吸暂停或憋醒？', '白天是不是特别困、开车时会打瞌睡？', '有没有高血压、早上起来头痛？'],
    [
      'Any pauses in breathing, choking or gasping during sleep?',
      'Very sleepy in the day, or nodding off while driving?',
      'Any high blood pressure or morning headaches?',
    ],
  ),
  C(
    'palpitations',
    /心慌|心悸|心跳(?:快|乱|漏|不齐|停)|早搏|心(?:脏)?(?:突突|扑通|乱跳)/,
    /\bpalpitations?\b|\bheart (?:keeps )?(?:skipping|racing|pounding|fluttering|flutters|skips)\b|\bskipped beats?\b|\birregular heart\w*/i,
    ['有没有晕倒或快要晕倒、胸痛、气短？', '是不是在运动时发作？心跳是不是持续很快（每分钟150次以上）？', '家里有没有人年纪轻轻猝死？'],
    [
      'Any fainting or near-fainting, chest pain or breathlessness?',
      'Does it come on during exercise, or is the heart fast for a long time (over 150 a minute)?',
      'Any sudden death at a young age in the family?',
    ],
  ),
  C(
    'neck',
    /脖子|颈(?:部|椎)?(?:疼|痛|僵|硬|酸)|落枕/,
    /\bneck\b/i,
    ['有没有发烧、头痛、怕光、皮疹或意识糊涂？', '是不是受伤、摔倒或车祸后出现的？', '有没有手臂麻木、无力？'],
    [
      'Any fever, headache, light hurting the eyes, a rash or confusion?',
      'Did it start after an injury, fall or crash?',
      'Any numbness or weakness in the arms?',
    ],
  ),
  C(
    'discharge',
    /白带|分泌物|下面(?:痒|有味|流)|阴道|外阴/,
    /\bdischarge\b|\bvaginal\b|\bdown there\b|\bthrush\b|\bitch\w* (?:down there|vagina)\b/i,
    ['有没有发烧、下腹痛或腰痛？', '有没有同房后出血、两次月经之间出血或绝经后出血？', '有没有可能怀孕？最近有没有新的性伴侣？'],
    [
      'Any fever, lower belly pain or back pain?',
      'Any bleeding after sex, between periods, or after the menopause?',
      'Could you be pregnant? Any new sexual partner recently?',
    ],
  ),
  C(
    'rectalBleeding',
    /便血|大便(?:有|带)血|擦(?:屁股|的时候)[^，。]{0,4}血|纸上(?:有|带)血|厕纸|肛门|痔疮|屁股(?:疼|出血)/,
    /\bblood (?:when i wipe|on (?:the )?(?:toilet )?paper|in (?:my |the )?(?:stool|poo))\b|\brectal\b|\bbottom\b|\bpiles\b|\bhaemorrhoids?\b|\bhemorrhoids?\b|\bbleeding from (?:my )?(?:bum|bottom|back passage)\b/i,
    ['血是暗红色、黑色，或和大便混在一起吗？有没有头晕、乏力？', '有没有体重下降、大便习惯改变，或年龄超过50岁？', '肛门有没有肿块或剧痛？'],
    [
      'Is the blood dark or black, or mixed in with the stool? Any dizziness or tiredness?',
      'Any weight loss, change in bowel habit, or are you over 50?',
      'Any lump or severe pain at the anus?',
    ],
  ),
  C(
    'tooth',
    /牙(?:疼|痛|龈|齿)|智齿|蛀牙/,
    /\btooth\w*|\bteeth\b|\bdental\b|\bgums?\b|\bwisdom\b/i,
    ['脸有没有肿，肿到眼睛或脖子？有没有发烧？', '有没有吞咽困难、呼吸困难或张不开嘴？', '牙疼或下巴疼是不是一活动就加重，伴胸闷出汗？'],
    [
      'Any facial swelling spreading towards the eye or neck? Any fever?',
      'Any trouble swallowing or breathing, or difficulty opening the mouth?',
      'Does the tooth or jaw pain come on with exertion, with chest tightness or sweating?',
    ],
  ),
  C(
    'heavyPeriods',
    /月经(?:量)?(?:多|大|一直不干净|淋漓)|经血|例假(?:量)?多|大姨妈(?:量)?多/,
    /\bheavy periods?\b|\bperiods? (?:are |is )?(?:\w+ ){0,2}heavy\b|\bheavy (?:menstrual )?bleeding\b|\bflooding\b/i,
    ['是不是每小时就要换一片卫生巾，有没有头晕、心慌、快晕倒？', '有没有可能怀孕？', '有没有同房后出血、两次月经之间出血或绝经后出血？'],
    [
      'Are you soaking a pad every hour, or dizzy, breathless or faint?',
      'Could you be pregnant?',
      'Any bleeding after sex, between periods or after the menopause?',
    ],
  ),
  C(
    'periodPain',
    /痛经|月经(?:来|期)?[^，。]{0,4}(?:疼|痛)|来月经[^，。]{0,6}(?:疼|痛)|经期(?:疼|痛)/,
    /\bperiod pain\b|\bpainful periods?\b|\bcramps\b|\bdysmenorrh\w*/i,
    ['疼痛是不是越来越重，或平时、同房时、排便时也疼？', '有没有可能怀孕？有没有发烧、异常白带？', '月经量有没有明显变多、有大血块？'],
    [
      'Is the pain getting worse, or also there between periods, during sex or when opening your bowels?',
      'Could you be pregnant? Any fever or unusual discharge?',
      'Has the bleeding become much heavier, with large clots?',
    ],
  ),
  C(
    'missedPeriod',
    /月经(?:推迟|没来|不来|晚了)|停经|例假没来|大姨妈没来/,
    /\bmissed (?:my )?period\b|\blate period\b|\bperiod (?:is )?late\b|\bno period\b/i,
    ['做过验孕吗？有没有一侧下腹痛？', '有没有阴道出血、头晕或肩膀痛？', '有没有体重明显变化、乳头溢液？'],
    [
      'Have you done a pregnancy test? Any pain on one side of the lower belly?',
      'Any vaginal bleeding, dizziness or shoulder-tip pain?',
      'Any big weight change or nipple discharge?',
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
    'tremor',
    /手抖|发抖|颤抖|抖动|哆嗦/,
    /\bshak\w*|\btremor\w*|\btrembl\w*/i,
    ['是不是突然出现的？有没有一侧无力、说话不清？', '有没有心慌、怕热出汗、体重下降？', '最近有没有停酒、换药或用新药？'],
    [
      'Did it start suddenly? Any weakness on one side or slurred speech?',
      'Any racing heart, feeling hot and sweaty, or weight loss?',
      'Any recent stop in drinking alcohol, or a new or changed medicine?',
    ],
  ),
  C(
    'ear',
    /耳朵(?:疼|痛|流|痒|堵|闷)|耳(?:痛|道|屎)|中耳炎|听力|听不清|拽耳朵|抓耳朵/,
    /\bear\w*|\bhearing\b|\bpull\w* (?:at )?(?:her|his|my) ear\b/i,
    ['有没有高烧、耳朵流脓流水？', '耳朵后面有没有红肿、耳朵被顶出来？', '有没有突然听力下降、眩晕、脸部无力，或孩子精神差、脖子硬？'],
    [
      'Any high fever, or pus or fluid coming from the ear?',
      'Any redness or swelling behind the ear, or the ear pushed forward?',
      'Any sudden hearing loss, vertigo, facial weakness, or (in a child) drowsiness or a stiff neck?',
    ],
  ),
  C(
    'sleep',
    /失眠|睡不着|睡不好|早醒|入睡困难/,
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
    'thirst',
    /口渴|口干|喝水(?:特别|很)?多|多饮多尿/,
    /\bthirst\w*|\bdrinking (?:loads|a lot|lots)\b|\bdry mouth\b/i,
    ['有没有体重下降、尿特别多？', '有没有恶心呕吐、肚子痛、呼吸深快、犯困？', '测过血糖吗？'],
    ['Any weight loss or passing a lot of urine?', 'Any nausea or vomiting, tummy pain, deep fast breathing or drowsiness?', 'Has blood sugar been checked?'],
  ),
  C(
    'swallowing',
    /吞咽困难|咽不下|(?:吃东西|吃饭)[^，。]{0,3}(?:噎|卡)|噎(?:住|着)/,
    /\btrouble swallowing\b|\bhard to swallow\b|\bfood (?:gets )?stuck\b|\bdysphagia\b/i,
    ['连口水都咽不下、流口水，或呼吸困难吗？', '有没有体重下降、越来越难咽？', '有没有呕血、黑便或声音嘶哑？'],
    [
      'Unable to swallow even saliva, drooling, or trouble breathing?',
      'Any weight loss, or is it getting steadily harder?',
      'Any vomiting blood, black stools or hoarseness?',
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
    'cold',
    /感冒|流鼻涕|鼻塞|打喷嚏|着凉/,
    /\bcold\b(?! sore)|\bflu\b|\brunny nose\b|\bblocked nose\b|\bstuffy\b|\bsneez\w*/i,
    ['有没有呼吸困难、胸痛，或嘴唇发紫？', '高烧超过三天，或脖子硬、皮疹压不褪色？', '眼睛周围有没有红肿，或脸部、耳朵剧痛？'],
    [
      'Any trouble breathing, chest pain or blue lips?',
      'A high fever for more than 3 days, a stiff neck, or a rash that does not fade when pressed?',
      'Any swelling around the eye, or severe face or ear pain?',
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
    'breath',
    /口臭|嘴里有味/,
    /\bbad breath\b|\bhalitosis\b/i,
    ['有没有牙龈肿痛出血、牙齿松动？', '有没有咳脓痰、发烧、鼻涕带血或有臭味？', '有没有吞咽困难、体重下降，或呼气有烂苹果味伴口渴？'],
    [
      'Any swollen or bleeding gums or loose teeth?',
      'Any coughing up pus-like phlegm, fever, or blood-stained or foul nasal discharge?',
      'Any trouble swallowing, weight loss, or fruity-smelling breath with thirst?',
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
    'bloodPressure',
    // A reading, not the disease name: "high blood pressure, how is it treated" is a knowledge question.
    /血压[^，。]{0,6}\d{2,3}\s*[/／]\s*\d{2,3}|血压[^，。]{0,4}(?:偏高|升高|突然高)/,
    /\b(?:blood pressure|bp)\b[^.?!]{0,30}\b\d{2,3}\s*\/\s*\d{2,3}\b|\b\d{2,3}\s*\/\s*\d{2,3}\b[^.?!]{0,20}\b(?:blood pressure|bp)\b/i,
    ['有没有剧烈头痛、看东西模糊、胸痛、气短，或手脚无力麻木、说话不清？', '血压有没有到180/110以上？隔一会儿复测还是这么高吗？', '有没有怀孕？'],
    [
      'Any severe headache, blurred vision, chest pain, breathlessness, or weakness, numbness or slurred speech?',
      'Is it 180/110 or higher, and is it still high on a repeat reading at home?',
      'Could you be pregnant?',
    ],
  ),
  C(
    'hypo',
    /低血糖/,
    /\bhypos?\b|\bhypoglyc\w*|\blow (?:blood )?sugars?\b/i,
    ['有没有昏过去、抽搐、意识糊涂，或需要别人帮忙才缓过来？', '有没有在开车时发生？', '夜里会不会发生，发作前还能感觉到心慌出汗等预兆吗？'],
    [
      'Any passing out, fits, confusion, or needing someone else to help you recover?',
      'Has it happened while driving?',
      'Do they happen at night, and do you still get warning signs like shaking and sweating?',
    ],
  ),
  C(
    'erection',
    /勃起|阳痿|硬不起来/,
    /\berection\w*|\berectile\b|\bimpoten\w*/i,
    ['活动、爬楼时有没有胸痛胸闷、气短？', '有没有口渴、尿多、血糖高（糖尿病）？', '有没有在用硝酸甘油等治心绞痛的药？'],
    [
      'Any chest pain or breathlessness on exertion or climbing stairs (heart)?',
      'Any thirst, weeing a lot, or high sugar (diabetes)?',
      'Do you use nitrate medicines such as a GTN angina spray?',
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
    'menopause',
    /潮热|更年期|绝经/,
    /\bhot flush\w*|\bhot flash\w*|\bmenopaus\w*|\bnight sweats\b/i,
    ['绝经后或月经间期有没有阴道出血？', '有没有血栓、乳腺癌、中风或偏头痛病史（关系到能否用激素）？', '有没有心情低落、焦虑？'],
    [
      'Any bleeding after the menopause or between periods?',
      'Any past blood clot, breast cancer, stroke or migraine (matters for HRT)?',
      'Any low mood or anxiety?',
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
  C(
    'coldSore',
    /唇疱疹|嘴唇[^，。]{0,3}(?:起泡|水泡)|上火起泡/,
    /\bcold sores?\b|\bherpes\b|\bfever blister\b/i,
    ['有没有长到眼睛附近，眼睛疼或视力变化？', '有没有免疫力低下（化疗、激素、器官移植）？', '有没有湿疹，水泡是不是大片扩散？'],
    [
      'Is it near the eye, or any eye pain or change in vision?',
      'Is your immune system weakened (chemotherapy, steroids, transplant)?',
      'Do you have eczema, or is it spreading widely?',
    ],
  ),
  C(
    'pinworm',
    /屁股痒|肛门痒|挠屁股/,
    /\bscratch\w* (?:her|his|my) (?:bottom|bum)\b|\bitchy (?:bottom|bum)\b|\bthreadworms?\b|\bpinworms?\b/i,
    ['有没有分泌物、出血，或尿痛？', '皮肤有没有抓破、红肿渗液感染？', '家里其他人有没有同样的情况？'],
    ['Any discharge, bleeding, or pain or burning when weeing?', 'Is the skin broken, red, weeping or infected?', 'Does anyone else at home have the same?'],
  ),
];

/** Body-site screens for a complaint no entry above names: the red flags any complaint at that site shares. */
export const SITE_SCREENS: readonly Complaint[] = [
  C(
    'site:head',
    /头|脸|面部/,
    /\bhead\b|\bface\b|\bfacial\b/i,
    ['有没有突然剧烈的头痛、呕吐、意识模糊、脸歪或手脚无力？'],
    ['Any sudden severe headache, vomiting, confusion, face drooping or weakness?'],
  ),
  C(
    'site:eye',
    /眼/,
    /\beyes?\b/i,
    ['眼睛有没有疼、视力下降、怕光，或是外伤、化学品溅入？'],
    ['Any eye pain, loss of vision, light sensitivity, an injury or a chemical splash?'],
  ),
  C(
    'site:ear',
    /(?<![木银])耳/,
    /\bears?\b|\bearache\b/i,
    ['听力有没有突然下降、一侧听不清，或耳鸣跟着心跳一跳一跳？', '有没有头晕、天旋地转、走路不稳、脸麻或嘴歪，耳朵流脓或发烧？'],
    [
      'Any sudden or one-sided loss of hearing, or a noise that beats in time with your pulse?',
      'Any vertigo or spinning, unsteadiness, facial numbness or droop, discharge from the ear or fever?',
    ],
  ),
  C(
    'site:jaw',
    /下巴|下颌|腮帮|颞颌/,
    /\bjaw\b/i,
    ['下巴疼是不是一活动、爬楼就出现，伴胸闷胸痛或出汗？', '有没有太阳穴痛、梳头时头皮痛、视力模糊，或发烧、脸肿、牙疼？'],
    [
      'Does the jaw pain come on with exertion, such as climbing stairs, with chest tightness or sweating?',
      'Any pain at the temples, scalp tenderness, blurred vision, or fever, facial swelling or toothache?',
    ],
  ),
  C(
    'site:mouthThroat',
    /嘴|口|舌|喉|嗓|咽|噎/,
    /\bmouth\b|\btongue\b|\bthroat\b|\bswallow\w*/i,
    ['有没有吞咽困难、咽不下口水、呼吸费力，或体重下降、超过三周不好？'],
    ['Any trouble swallowing or breathing, drooling, weight loss, or has it lasted more than 3 weeks?'],
  ),
  C(
    'site:bowel',
    /肚子|腹|胃|大便|拉|便/,
    /\bstomach\b|\btummy\b|\bbelly\b|\bbowels?\b|\bpoo\w*|\bstools?\b|\bthe runs\b/i,
    ['有没有便血、黑便、呕血，剧烈腹痛，或喝不进水、尿少？'],
    ['Any blood in the stool, black stools or vomiting blood, severe belly pain, or unable to keep fluids down?'],
  ),
  C(
    'site:urine',
    /尿|小便/,
    /\burine\b|\bpee\w*|\bwee\b/i,
    ['有没有尿血、发烧发冷、腰一侧疼，或尿不出来？'],
    ['Any blood in the urine, fever or chills, pain in one side of the back, or unable to pass urine?'],
  ),
  C(
    'site:limb',
    /手|脚|腿|胳膊|关节|腰|背|指|趾/,
    /\barms?\b|\blegs?\b|\bhands?\b|\bfingers?\b|\btoes?\b|\bnails?\b|\bjoints?\b|\bback\b/i,
    ['有没有受伤后变形不能动、红肿发热伴发烧、一侧无力麻木，或小腿肿痛？'],
    ['Any deformity after an injury, a red hot swollen joint with fever, one-sided weakness or numbness, or a swollen painful calf?'],
  ),
  C(
    'site:skin',
    /皮肤|身上|疹|红|肿/,
    /\bskin\b|\brash\b|\bred\b|\bswollen\b/i,
    ['有没有红肿扩散、发热化脓、发烧，或压不褪色的皮疹？'],
    ['Any spreading redness, heat or pus, fever, or a rash that does not fade when pressed?'],
  ),
  C(
    'site:mind',
    /心情|情绪|脾气|发脾气|闹|不说话|坐不住|注意力|压力/,
    /\bmood\b|\bfeeling (?:\w+ )?(?:down|low)\b|\btantrums?\b|\bbehaviou?r\b|\banxious\b|\bstress\w*|\bin (?:her|his) room\b/i,
    ['有没有伤害自己或别人的想法或行为，或者不想活的念头？'],
    ['Any thoughts or acts of harming themselves or others, or of not wanting to live?'],
  ),
  C(
    'site:weight',
    /体重|瘦|消瘦/,
    /\bweight\b|\bthin\b/i,
    ['有没有发烧、夜间盗汗、口渴尿多、吞咽困难或大便带血？'],
    ['Any fever, night sweats, thirst and passing a lot of urine, trouble swallowing, or blood in the stool?'],
  ),
  C(
    'site:genital',
    /下面|私处|阴|睾丸|蛋蛋/,
    /\bgenital\w*|\btesticle\w*|\bpenis\b|\bscrotum\b|\bballs?\b/i,
    ['有没有突然剧痛、肿胀、发烧，或异常出血？'],
    ['Any sudden severe pain, swelling, fever or unusual bleeding?'],
  ),
];

/** A body site or function named in the message (any language) — the broadest sign that it is about a complaint. */
export const mentionsSite = (text: string): boolean => SITE_SCREENS.some((c) => c.zh.test(text) || c.en.test(text));

/** The named complaints of the text, or, when none is named, the screens of the body sites it mentions. */
export function findNamedComplaints(text: string): Complaint[] {
  return COMPLAINTS.filter((c) => c.zh.test(text) || c.en.test(text));
}

export function findComplaints(text: string): Complaint[] {
  const named = COMPLAINTS.filter((c) => c.zh.test(text) || c.en.test(text));
  return named.length ? named : SITE_SCREENS.filter((c) => c.zh.test(text) || c.en.test(text));
}

/**
 * What a "yes" to a red-flag question states, for testing it against the triage: the question without its asking
 * frame ("有没有A、B或C？" → "A、B或C"; "Any A, B or C?" → "A, B or C").
 */
export function affirmationOf(question: string): string {
  // Every asking frame goes, not only the first: "有没有" left inside would read as a negation ("没有").
  return question
    .replace(/有没有|是不是|是否|有无|会不会|吗/g, '')
    .replace(/[？?]/g, '. ')
    .replace(/(^|\.\s+)(?:any|is|are|does|did|has|have|was|were)\s+(?:there\s+|it\s+|the\s+\w+\s+|you\s+)?/gi, '$1')
    .trim();
}
