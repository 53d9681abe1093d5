// Chest, gut, urinary, sexual and reproductive organs, and readings (blood pressure, sugar): each everyday complaint's red flags (see complaint.ts for how an entry reads and how the policy uses it).
import { type Complaint, defineComplaint as C } from './complaint.js';

export const TRUNK_COMPLAINTS: readonly Complaint[] = [
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
    'thirst',
    /口渴|口干|喝水(?:特别|很)?多|多饮多尿/,
    /\bthirst\w*|\bdrinking (?:loads|a lot|lots)\b|\bdry mouth\b/i,
    ['有没有体重下降、尿特别多？', '有没有恶心呕吐、肚子痛、呼吸深快、犯困？', '测过血糖吗？'],
    ['Any weight loss or passing a lot of urine?', 'Any nausea or vomiting, tummy pain, deep fast breathing or drowsiness?', 'Has blood sugar been checked?'],
  ),
  C(
    'bloodPressure',
    // A reading, not the disease name: "high blood pressure, how is it treated" is a knowledge question. The reading
    // may sit in the sentence after the one that names blood pressure ("what's a normal BP? the pharmacy machine said
    // 152/94"), or be told by what measured it ("the machine said 152/94", "量了一下150/95") without the name.
    /血压[^。]{0,20}?\d{2,3}\s*[/／]\s*\d{2,3}|\d{2,3}\s*[/／]\s*\d{2,3}[^。]{0,10}?血压|血压[^，。]{0,4}(?:偏高|升高|突然高)|(?:量|测)(?:了|出来?|的)[^，。]{0,6}(?:9\d|1\d\d|2[0-4]\d)\s*[/／]\s*\d{2,3}/,
    /\b(?:blood pressure|bp)\b[^\n]{0,60}?\b\d{2,3}\s*\/\s*\d{2,3}\b|\b\d{2,3}\s*\/\s*\d{2,3}\b[^\n]{0,40}?\b(?:blood pressure|bp)\b|\b(?:machine|monitor|cuff|reading|measured|checked|came (?:out|back) at)\b[^.?!]{0,20}\b(?:9\d|1\d\d|2[0-4]\d)\s*\/\s*\d{2,3}\b/i,
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
];
