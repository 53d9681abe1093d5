// Body-site screens for a complaint no complaint entry names ("右耳一直嗡嗡响" is in no list, but it is an ear): the
// red flags any complaint at that site shares, from primary-care referral guidance. A site named in a personal message
// is also the broadest sign that the message is about a complaint (gate.ts).
import { type Complaint, defineComplaint as C } from './complaint.js';

export const SITE_SCREENS: readonly Complaint[] = [
  C(
    'site:head',
    // The hair is not the head: 洗头, 梳头 and 头发 name the hair and the scalp, whose complaints are the skin's.
    /(?<!洗|梳|剃|剪|烫|染)头(?!发)|脸|面部/,
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
  // Chest discomfort of any kind: the features that make angina unstable or an infarct (at rest, lasting, sweating,
  // crescendo — NICE CG95), beside the triage's own chest-pain questions when it reads a chest-pain presentation.
  C(
    'site:chest',
    /胸口|胸部|胸闷|胸(?:痛|疼)/,
    /\bchest\b/i,
    ['胸口不舒服是不是休息时也会发作、一次持续超过几分钟、伴出汗，或越来越频繁、活动更少就发作？'],
    ['Does the chest discomfort come on at rest, last more than a few minutes, come with sweating, or come more often or with less effort than before?'],
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
    /\barms?\b|\blegs?\b|\bhands?\b|\bfingers?\b|\btoes?\b|\b(?:toe|finger)? ?nails?\b|\bjoints?\b|\bback\b/i,
    ['有没有受伤后变形不能动、红肿发热伴发烧、一侧无力麻木，或小腿肿痛？'],
    ['Any deformity after an injury, a red hot swollen joint with fever, one-sided weakness or numbness, or a swollen painful calf?'],
  ),
  C(
    'site:skin',
    /皮肤|身上|疹|红|肿|水?泡|水疱/,
    /\bskin\b|\brash\b|\bred\b|\bswollen\b|\bblisters?\b/i,
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
    // A weight lost in a unit of weight is weight ("lost about 5 kilos").
    /\bweight\b|\bthin\b|\blost\b[^.]{0,20}\b(?:kilos?|kg|pounds|lbs?|stone)\b/i,
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
