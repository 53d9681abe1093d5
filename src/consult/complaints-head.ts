// Head, senses, mouth and throat: each everyday complaint's red flags (see complaint.ts for how an entry reads and how the policy uses it).
import { type Complaint, defineComplaint as C } from './complaint.js';

export const HEAD_COMPLAINTS: readonly Complaint[] = [
  C(
    'hoarseness',
    /声音(?:嘶)?哑|嗓子哑|嗓音|失声|说不出话来/,
    /\bhoarse\w*|\blost my voice\b|\bvoice (?:is|has gone|gone)\b|\braspy\b|\bcroaky\b/i,
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
    'vision',
    // 眼前 is the field of vision: whatever is seen there (黑点飘, 闪光, 发黑) is a change in sight, not the eye's surface.
    /视力|看(?:东西|不清|不见)|视物|模糊|眼前/,
    /\bvision\b|\bblurr\w*|\bcan'?t see\b|\bsight\b|\bfloaters?\b|\bflashes\b|\bin front of (?:my|his|her|their) eyes?\b/i,
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
    // The eye and its change a few words apart, as the Chinese pattern reads them ("my eye has gone red and sore").
    /\bred eyes?\b|\beyes?\b(?:\W+\w+){0,3}?\W+(?:red|bloodshot|gritty|sore|itchy|dry|watery)\b|\bconjunctivitis\b|\bpink ?eye\b/i,
    ['眼睛疼得厉害吗？视力有没有下降、怕光？', '有没有戴隐形眼镜？是一只眼还是两只？', '有没有看灯出现彩虹圈、头痛呕吐？'],
    [
      'Is it painful, or is vision reduced or light hurting the eye?',
      'Do you wear contact lenses? Is it one eye or both?',
      'Any halos around lights, headache or vomiting?',
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
    'neck',
    // Neck pain or stiffness; a lump in the neck is the lump entry's ("脖子前面有个包").
    /脖子(?:[^，。,]{0,3})(?:疼|痛|僵|硬|酸|扭|转不动)|颈(?:部|椎)?(?:疼|痛|僵|硬|酸)|落枕/,
    /\bneck\b(?![^.?!]{0,30}\b(?:lump|swelling|bump|gland)s?\b)/i,
    ['有没有发烧、头痛、怕光、皮疹或意识糊涂？', '是不是受伤、摔倒或车祸后出现的？', '有没有手臂麻木、无力？'],
    [
      'Any fever, headache, light hurting the eyes, a rash or confusion?',
      'Did it start after an injury, fall or crash?',
      'Any numbness or weakness in the arms?',
    ],
  ),
];
