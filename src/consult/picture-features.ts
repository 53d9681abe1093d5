// The features emergency pictures are made of (emergency-pictures.ts), each by its own words in both languages and the
// words that must stand beside them in the sentence: a reading of what, where and what brings it on (pain + chest +
// breathing in is pleuritic pain, whatever the order), not a list of whole phrases. This reader's own lists: the triage's
// sign words (safety/red-flags/signs.ts) keep their meaning for the readers that use them.
import { FAINT, SHOULDER_TIP } from './ectopic-signs.js';
import type { FeatureWords } from './picture-frame.js';

export type FeatureId =
  | 'clot-risk'
  | 'one-leg'
  | 'breathless'
  | 'pleuritic'
  | 'coughed-blood'
  | 'faint'
  | 'shoulder-tip'
  | 'belly-pain'
  | 'vaginal-bleeding'
  | 'unprotected-sex'
  | 'period-missing'
  | 'fever'
  | 'stiff-neck'
  | 'non-fading-rash'
  | 'confused-or-unrousable'
  | 'mottled-or-blue'
  | 'chest-pain'
  | 'pain-spreading'
  | 'sweating'
  | 'gut-bleeding'
  | 'dizzy-or-racing'
  | 'testis-pain'
  | 'sudden'
  | 'vomiting'
  | 'testis-sudden'
  | 'testis-vomiting'
  | 'diabetes'
  | 'sugar-very-high'
  | 'thirst'
  | 'passing-urine-a-lot'
  | 'deep-fast-breathing'
  | 'back-pain'
  | 'saddle-numb'
  | 'cannot-pee';

const PAIN_EN = /\b(?:pain(?:s|ful)?|hurts?|hurting|sore|ache|aches|aching|stabbing|sharp|catch(?:es)?)\b/i;
const PAIN_ZH = /疼|痛/;
const PAIN = new RegExp(`${PAIN_EN.source}|${PAIN_ZH.source}`, 'i');
/** Exercise, a knock or a pull explains a sore calf or chest (not a clot's or the heart's pain). */
const STRAIN =
  /\b(?:pulled|strain\w*|sprain\w*|cramp\w*|running|ran|jog\w*|football|soccer|rugby|gym|work(?:ed)? out|workout|lifting|tore|torn|kicked|knock\w*|bruis\w*|fell|fall|tripped)\b|抽筋|跑步|运动|健身|扭|撞|摔|拉伤|踢球|打球/i;

/** The testis named in a sentence: a torsion's sudden onset or vomiting is told beside its pain (review s33 cp-b22). */
const TESTIS = /\b(?:testic\w*|testes|testis|balls?|nuts|scrotum|scrotal)\b|睾丸|蛋蛋|阴囊|小鸡鸡/i;

/** The pain's onset told in its own sentence: "it came on", "the pain started", 疼起来. */
const PAIN_ONSET = /\b(?:it|the pain|pain)\b (?:\w+ ){0,2}?(?:came on|come on|started|start|began|begin|hit|kicked in)\b|(?:疼|痛)起来|开始(?:疼|痛)/i;

const FEATURES_BASE: Record<Exclude<FeatureId, 'testis-sudden' | 'testis-vomiting'>, FeatureWords> = {
  // NICE NG158: surgery, immobility, a long journey, the weeks after a birth, pregnancy, cancer — the clot's soil.
  'clot-risk': {
    pastCounts: true,
    re: /\b(?:surgery|operation|op|operated|(?:knee|hip) (?:replacement|replaced)|(?:had|got) my (?:knee|hip) (?:replaced|done)|c-?section|caesarean|cesarean|plaster cast|in a cast|in plaster|bed[- ]?(?:rest|bound|ridden)|immobili[sz]ed|long[- ]haul|long flight|\d{1,2}[- ]?h(?:ou)?rs? (?:flight|drive|journey)|flew (?:back )?(?:from|in from)|gave birth|had (?:my|the|our) baby|postpartum|post-?natal|chemo\w*)\b|手术|开刀|置换|剖腹产|剖宫产|生完(?:孩子|宝宝)|产后|坐月子|打了?石膏|卧床|长途(?:飞行|飞机|坐车|火车|汽车)|坐了\d+个?(?:多)?小时(?:的)?(?:飞机|车|火车)|化疗/i,
    situation: true,
    // "Surgery" as a place (the GP surgery gave me antibiotics) or a workplace (手术室护士) is no operation (review s33
    // cp-b01, cp-b07).
    unless:
      /\b(?:gp'?s?|doctor'?s|doctors'?|local|the practice|dental|vet'?s?) surgery\b|\b(?:the|at the|from the) surgery (?:gave|said|rang|called|told|prescribed|phoned|sent|gives|says)\b|\b(?:rang|called|phoned|went to|go to|down at) the surgery\b|手术室|手术台/i,
  },
  // A swollen, tender or painful calf or one leg (a clot's leg is one leg: both legs or ankles are the heart's or the
  // veins').
  'one-leg': {
    re: /\b(?:calf|(?:left|right|one|that|operated|bad|other) (?:leg|calf|thigh)|leg on (?:that|one|the (?:left|right)) side)\b|小腿|(?:左|右|一(?:侧|边|条))(?:腿|小腿|下肢|大腿)/i,
    with: [
      /\b(?:swell\w*|swollen|puff(?:y|ed up)|tender|sore|pain\w*|aching|hurts?|red|hot|warm|tight|bigger|larger|fatter|hard)\b|肿|胀|疼|痛|发红|发热|发烫|变粗|粗了|硬/i,
    ],
    unless: new RegExp(`\\bboth\\b|\\bcalves\\b|\\blegs\\b|\\bankles\\b|两(?:条|边|侧)?(?:小)?腿|双(?:小)?腿|双下肢|都肿|${STRAIN.source}`, 'i'),
  },
  breathless: {
    re: /\bbreathless\w*|\bshort(?:ness)? of breath\b|\bout of breath\b|\b(?:can'?t|cannot|couldn'?t|struggling to|struggle to|hard to|trouble|difficulty) (?:catch(?:ing)? (?:my |his |her )?|get(?:ting)? (?:my |a |his |her )?)?breath(?:e|ing)?\b|\bpuffed(?: out)?\b|\bwinded\b|\bgasping\b|气短|气促|气急|喘不(?:上|过)气|呼吸困难|上不来气|透不过气|憋气|走[^，。]{0,6}(?:就)?喘/i,
  },
  // Pain in the chest (or ribs) brought on by breathing in: the pleura's pain, in any order.
  pleuritic: {
    re: PAIN,
    with: [
      /\b(?:chest|ribs?|lungs?)\b|胸|肋/i,
      /\b(?:breath(?:e|es|ing)? in|deep breaths?|breath(?:e|ing)? deep(?:ly)?|inhal\w*|take a breath|(?:when|if|as) i breathe)\b|吸气|深呼吸|呼吸(?:时|的时候)|喘气(?:时|的时候)/i,
    ],
  },
  'coughed-blood': {
    re: /\bcough(?:ed|ing|s)? up (?:\w+ ){0,4}?blood\b|\bcough(?:ed|ing)? (?:\w+ ){0,3}?blood\b|\bblood(?:y|[- ]stained|[- ]streaked)? (?:in (?:my |the )?)?(?:phlegm|sputum|mucus)\b|\b(?:phlegm|sputum|mucus) (?:\w+ ){0,4}?blood(?:y)?\b|\bha?emoptysis\b|咳血|咯血|痰[^，。]{0,4}血|咳出[^，。]{0,4}血|血痰/i,
  },
  faint: {
    re: FAINT,
    // A faint at a blood test, a needle or the sight of blood is the body's reflex to it; one after drink is the drink's.
    unless:
      /\b(?:drunk|drinking|hangover|alcohol|party|pint|pints)\b|喝多|喝醉|喝酒|\b(?:price|prices|cost|costs|bill|quote|saw what|the news)\b|价格|多少钱|块钱|账单|费用|吓|\b(?:blood (?:test|draw|sample)s?|bloods|(?:took|taking|take|drew|drawing|draw) (?:my |some |a )?blood|blood (?:was |being )?(?:taken|drawn)|needles?|injections?|jabs?|vaccin\w*|sight of blood)\b|抽血|验血|打针|扎针|晕血|晕针|看到血|见到血/i,
  },
  'shoulder-tip': { re: SHOULDER_TIP },
  'belly-pain': {
    re: /\b(?:tummy|belly|stomach|abdomen|abdominal|pelvic|pelvis|lower (?:left|right)|groin|ovary|side|low (?:down )?(?:on|in) (?:the|my) (?:left|right)|cramps|cramping)\b|肚子|小腹|下腹|腹部|腹痛|左下|右下|小肚子/i,
    with: [new RegExp(`${PAIN.source}|\\bcramp\\w*|绞|坠`, 'i')],
    unless: /\b(?:chest|calf|calves|leg|legs|foot|feet|toes?|hand|hands)\b|胸|腿|脚/i,
  },
  'vaginal-bleeding': {
    re: /\b(?:bleeding|spotting|blood)\b[^.?!]{0,30}\b(?:down below|vagina\w*|pad|knickers|underwear|pants)\b|\b(?:vaginal(?:ly)? bleed\w*|spotting|brown discharge)\b|阴道出血|下面出血|见红|(?:内裤|卫生巾|护垫)[^，。]{0,6}(?:血|咖啡色|褐色)|(?:咖啡色|褐色)(?:的)?分泌物/i,
    unless: /\b(?:nose|gums?|cut|wound|stool|poo|poop|urine|pee|cough\w*)\b|鼻|牙龈|伤口|大便|小便|尿|咳/i,
  },
  // Sex without protection or with its failure: a pregnancy possible though none is told (NICE NG126: pregnancy is
  // possible in anyone of reproductive age until excluded).
  'unprotected-sex': {
    re: /\bunprotected (?:sex|intercourse)\b|\b(?:sex|intercourse) without (?:a )?(?:condom|protection|contraception)\b|\b(?:condom|johnny) (?:broke|split|came off|slipped)\b|\b(?:missed|forgot(?: to take)?) (?:my |a |two |some |a couple of )?(?:pill|pills)\b|\bmorning[- ]after pill\b|\bplan b\b|\bemergency contraception\b|\bnot (?:using|on) (?:any )?(?:contraception|protection|birth control)\b|\b(?:didn'?t|did not|don'?t|do not|never|weren'?t|wasn'?t) (?:use|using|wear|wearing|take|taking) (?:a |any )?(?:condom|protection|contraception|birth control)\b|\bno (?:contraception|protection)\b|\bcould (?:be|i be) pregnant\b|\bmight (?:be|i be) pregnant\b|\bmaybe pregnant\b|无保护|没(?:怎么|有)?(?:做|采取|戴|用)?(?:任何)?(?:避孕|安全措施|保护措施|套)|避孕失败|套(?:子)?(?:破了|掉了)|忘(?:了)?吃(?:避孕)?药|紧急避孕|事后(?:避孕)?药|毓婷|可能怀孕/i,
    denialInside: true,
    pastCounts: true,
  },
  // A period missing for weeks, told in words the late-period reading (must-ask.ts) does not hold.
  'period-missing': {
    re: /\b(?:haven'?t|have not|hasn'?t|has not|not) (?:had|seen|got) (?:a|my|her) period (?:for|in|since)\b|\bno period (?:for|in|since)\b|\b(?:my |her )?period (?:hasn'?t|has not|didn'?t|did not) (?:come|arrive|start|started|show|shown)\b|\bmissed (?:a|my|her|two) periods?\b|月经[^，。]{0,4}没来|(?:大姨妈|例假)[^，。]{0,4}没来/i,
    unless: /\bthe change\b|\b(?:menopaus\w*|perimenopaus\w*|hysterectomy|coil|mirena|implant|injection|depo|breastfeeding)\b|绝经|更年期|子宫切除|上环|哺乳/i,
    denialInside: true,
    pastCounts: true,
  },
  fever: {
    re: /\b(?:fever|feverish|febrile|high temp(?:erature)?|burning up|rigou?rs|shaking chills|temp(?:erature)? (?:of |is |was |hit |reached |went up to )?(?:3[89]|4[0-2])(?:[.,]\d)?|(?:3[89]|4[0-2])(?:[.,]\d)? ?(?:°|degrees|c\b))|发烧|发热|高烧|低烧|烧到|寒战|打寒颤|3[89](?:\.\d)?度|4[01](?:\.\d)?度|3[89](?:\.\d)?℃/i,
  },
  'stiff-neck': {
    unless: new RegExp(
      `\\b(?:slept|sleeping|sleep) (?:funny|awkward\\w*|wrong\\w*|badly)\\b|\\bcrick\\b|\\bpillow\\b|\\bwhiplash\\b|落枕|睡歪|睡姿|${STRAIN.source}`,
      'i',
    ),
    re: /\bstiff(?:ness)? (?:in (?:my|his|her|the) )?neck\b|\bneck (?:is |feels |was |got |has gone )?(?:really |very |so |a bit )?(?:stiff|rigid)\b|\bcan'?t (?:bend|move|put|touch) (?:my|his|her) (?:neck|chin|head)\b|\bchin (?:to|on) (?:his|her|my|the) chest\b|脖子[^，。]{0,3}(?:硬|僵)|颈(?:部|项|子)?[^，。]{0,2}(?:强直|僵硬|发硬|硬)|低不了头|头低不下去/i,
  },
  // A rash that does not fade under a glass (NICE NG240): purple spots, pinpricks, petechiae.
  'non-fading-rash': {
    re: /\b(?:doesn'?t|does not|didn'?t|did not|won'?t|don'?t|do not|not) (?:fade|go away|disappear|blanch|go white)\b[^.?!]{0,30}\b(?:glass|press\w*|tumbler)\b|\b(?:glass|press\w*|tumbler)\b[^.?!]{0,30}\b(?:doesn'?t|does not|didn'?t|did not|won'?t|don'?t|do not|not) (?:fade|go away|disappear|blanch|go white)\b|\bnon-?blanching\b|\bpurpl\w* (?:spots|rash|blotches|marks|dots)\b|\bpin-?prick\w*\b|\bpetechia\w*|\bpurpura\b|按(?:压)?(?:了)?(?:也)?不(?:褪色|消|退|变白)|压(?:了)?(?:也)?不褪色|紫(?:色|红色)?(?:的)?(?:斑|点|疹)|出血点|瘀点|瘀斑/i,
    denialInside: true,
  },
  'confused-or-unrousable': {
    // Now and then ("sometimes confused", 有时候糊涂) is a course over days, not a new change.
    unless: /\b(?:sometimes|at times|now and then|on and off|some days)\b|有时|时好时坏|偶尔/i,
    re: /\b(?:confused|confusion|not making sense|talking nonsense|delirious|disorient(?:at)?ed|(?:hard|difficult|impossible) to wake|won'?t wake(?: up)?|can'?t (?:be )?(?:woken|roused|wake (?:him|her))|unresponsive|not responding|floppy)\b|糊涂|说胡话|神志不清|意识不清|叫不醒|昏睡|不认人|反应(?:很)?(?:迟钝|差)/i,
    denialInside: true,
  },
  'mottled-or-blue': {
    re: /\bmottled\b|\bblotchy (?:skin|legs|arms)\b|\b(?:lips|skin|face) (?:are |is |look(?:s|ing)? |gone |going |turning |turned )?(?:blue|grey|gray|ashen)\b|\bblue lips\b|花斑|皮肤发花|嘴唇发紫|嘴唇发青|脸色发青|全身发紫/i,
  },
  'chest-pain': {
    re: /\bchest (?:pains?|ache|aching|pressure|heaviness|tightness|discomfort|hurts?)\b|\b(?:pain|ache|pressure|heaviness|tightness|squeezing|crushing|weight) (?:in|across|on|over) (?:the (?:middle|centre|center) of )?(?:my|the|his|her) chest\b|\bchest (?:feels|is|felt) (?:heavy|tight|crushed|squeezed)\b|胸(?:口|部|前|骨后)?[^，。]{0,3}(?:痛|疼|压着|压榨|绞痛|憋闷|紧缩|闷痛)|心口[^，。]{0,2}(?:痛|疼|压)/i,
    unless: new RegExp(
      `\\b(?:sometimes|occasionally|comes and goes|now and then|every now and again|often|every time|usually|regularly|on exertion|when i (?:walk|climb|exercise|hurry))\\b|偶尔|有时|一阵一阵|经常|每次|老是|\\bwhen i press\\b|\\bpress(?:ing)? on it\\b|\\btender to (?:the )?touch\\b|\\bcoughing fit\\b|按(?:着|压)(?:就)?(?:痛|疼)|一按就|${STRAIN.source}`,
      'i',
    ),
  },
  'pain-spreading': {
    re: /\b(?:spread\w*|radiat\w*|going|goes|went|moving|moves|shoot\w*|travel\w*)\b[^.?!]{0,12}\b(?:in)?to (?:my |the |his |her |both )?(?:left |right )?(?:arms?|jaw|neck|shoulders?|back)\b|\b(?:left arm|jaw) (?:pain|ache|hurts|aching|numb|heavy|tingl\w*)\b|放射|窜到|传到|牵扯到|(?:左)?(?:胳膊|手臂|下巴|下颌)[^，。]{0,4}(?:也)?(?:痛|疼|麻|酸)/i,
  },
  sweating: {
    re: /\b(?:sweat(?:y|ing)|clammy|cold sweat|drenched in sweat|pouring with sweat)\b|出(?:冷)?汗|冒(?:冷)?汗|大汗|一身汗/i,
    unless: /\bnight sweats?\b|盗汗|晚上出汗|夜里出汗/i,
  },
  // Black, tarry stools or blood (or coffee grounds) vomited: bleeding high in the gut. Iron or bismuth blackens stools.
  'gut-bleeding': {
    re: /\b(?:black|tarry|tar-like|jet[- ]black) (?:stools?|poo|poop|bowel movements?|motions?)\b|\b(?:stools?|poo|poop|motions?) (?:is |are |was |were |has |have |had )?(?:look(?:s|ed)? |gone |turned |been |become )?(?:black|tarry|like tar)\b|\bmela?ena\b|\b(?:vomit\w*|threw up|throwing up|been sick|being sick) (?:\w+ ){0,3}?blood\b|\bcoffee[- ]grounds?\b|黑便|大便[^，。]{0,3}黑|拉黑(?:色)?(?:的)?|柏油(?:样)?便|吐血|呕血|吐[^，。]{0,4}咖啡(?:色|渣)/i,
    unlessAnywhere: /\b(?:iron|ferrous|bismuth|pepto|blueberr\w*|liquorice|licorice|beetroot)\b|铁剂|补铁|硫酸亚铁|铋|甜菜/i,
  },
  'dizzy-or-racing': {
    re: /\b(?:dizzy|dizziness|light-?headed|woozy)\b|\bheart (?:is |was |keeps |feels like it'?s )?(?:racing|pounding|going (?:really |very )?fast)\b|头晕|眼前发黑|心慌|心跳(?:很|特别|好)?快/i,
  },
  'testis-pain': {
    re: /\b(?:testic\w*|testes|testis|balls?|nuts|scrotum|scrotal)\b|睾丸|蛋蛋|阴囊|小鸡鸡|下面(?:的)?(?:蛋|睾丸)/i,
    with: [new RegExp(`${PAIN.source}|\\bagony\\b|肿`, 'i')],
    unless: /\b(?:ball (?:game|sport)|tennis ball|cricket ball|football|basketball|kicked (?:a|the) ball)\b/i,
  },
  sudden: {
    // "Suddenly noticed" governs the noticing, not the pain.
    unless: /\bsudden(?:ly)? (?:noticed|realised|realized|remembered|found)\b/i,
    re: /\bsudden\w*|\ball of a sudden\b|\bcame on (?:quickly|fast|suddenly|out of nowhere)\b|\bout of (?:the )?(?:nowhere|blue)\b|\bwoke (?:him |her |me )?up (?:with|in|screaming|crying)\b|\bwoken (?:up )?by (?:the )?pain\b|突然|一下子|疼醒|痛醒/i,
  },
  vomiting: {
    // Sick after a night's drinking is the drink's (review s33 cp-b22).
    unless: /\b(?:drunk|hangover|hungover|alcohol|booze|pints?|night out|big night|party)\b|喝多|喝醉|喝酒|宿醉/i,
    re: /\b(?:vomit\w*|threw up|throwing up|thrown up|been sick|being sick|keeps being sick|puk\w*)\b|呕吐|吐了|一直吐|吐(?:个)?不停/i,
  },
  diabetes: {
    re: /\bdiabet\w*|\binsulin\b|\bt[12]dm?\b|\b(?:i'?m|i am|he'?s|she'?s|is|have|has|with) (?:a )?type ?(?:1|one|2|two)\b|[12一二]型糖尿|糖尿病|胰岛素/i,
    situation: true,
  },
  // A glucose of 20 mmol/L (360 mg/dL) or more, or a meter past its range (HI): with vomiting, fast breathing or
  // drowsiness, ketoacidosis or a hyperosmolar state until excluded (JBDS-IP, NICE NG17/NG28).
  'sugar-very-high': {
    re: /\b(?:sugars?|glucose|bg|blood sugar)\b[^.?!\d]{0,20}(?:(?:2\d|3\d)(?:\.\d)?(?!\d| ?(?:mins?|minutes|hours?|hrs?|days?|units?))|(?:3[6-9]\d|[4-9]\d\d)(?!\d)|\bhi\b)|\b(?:sugars?|glucose) (?:is |are |was |were )?(?:off the (?:scale|charts?)|through the roof|too high to read)\b|\bmeter (?:just )?(?:says|reads|shows|showing|reading|said) (?:hi|high)\b|血糖[^，。\d]{0,8}(?:(?:2\d|3\d)(?:\.\d)?|爆表|测不出|显示HI|HI)/i,
  },
  thirst: {
    // Drinking on purpose to keep fluids up in a tummy bug is no thirst (review s33 cp-b20).
    unless: /\b(?:hydrat\w*|rehydrat\w*|dioralyte|electrolytes?|fluids up)\b|补水|补液/i,
    re: /\b(?:(?:very|really|always|so|constantly|extremely) thirsty|drinking (?:loads|lots|a lot|tons|gallons|constantly|all the time)|can'?t stop drinking|never stops drinking)\b|总是?口渴|特别渴|老是渴|很渴|喝(?:很多|好多|大量|特别多)(?:的)?水/i,
  },
  'passing-urine-a-lot': {
    re: /\b(?:peeing|weeing|urinating|going to the toilet|going to the loo|wetting) (?:loads|a lot|lots|all the time|constantly|so much|more than usual|every)\b|\bwetting the bed again\b|\bpeeing loads\b|尿[也都还]?(?:很|特别|好|超)?多|老是尿|总(?:想|要|是)?(?:尿|上厕所)|尿频|频繁(?:上厕所|小便|尿)|又开始尿床/i,
  },
  'deep-fast-breathing': {
    re: /\bbreathing (?:\w+ ){0,2}?(?:fast|deep(?:ly)?|heavy|heavily|quick(?:ly)?|rapid(?:ly)?)\b|\b(?:fast|deep|rapid|heavy|sighing) breath(?:ing|s)\b|\bfruity breath\b|\bpear drops?\b|\bbreath smells? (?:of|like|sweet|fruity)\b|呼吸[^，。]{0,3}(?:深|快|急|粗)|烂苹果味|呼气有(?:水果|丙酮)味/i,
  },
  'back-pain': {
    re: /\b(?:(?:lower|low|upper|my|his|her) back|backache|back pain|sciatica|lumbar)\b|腰|后背|背(?:痛|疼)/i,
    with: [new RegExp(`${PAIN.source}|\\bsciatica\\b|\\bbackache\\b`, 'i')],
  },
  // Numbness where one sits (the saddle) or of the genitals and back passage: the cauda equina's sign (NICE CKS).
  'saddle-numb': {
    re: /\b(?:numb\w*|tingl\w*|pins and needles|can'?t feel|no feeling|lost (?:the )?feeling)\b|麻|没(?:有)?(?:感觉|知觉)/i,
    with: [
      /\b(?:bum|bottom|buttocks?|backside|genitals?|privates|saddle|between (?:my|the) legs|down below|back passage|when i wipe)\b|肛门|会阴|外阴|下身|私处|鞍区/i,
    ],
    // Numbness down one leg from the buttock is a trapped nerve root's (sciatica), not the saddle's.
    // Numb from sitting on a hard chair or a bike saddle is pressure, not the saddle's loss (review s33 cp-b18).
    unless:
      /\b(?:leg|legs|thigh|calf|foot|feet|knee|toes?)\b|腿|脚|膝|\b(?:sit|sits|sitting|sat|chair|seat|on the saddle|bike|cycl\w*|ride|rides|riding)\b|坐久|久坐|坐(?:了)?太久|骑车|骑自行车/i,
    denialInside: true,
  },
  'cannot-pee': {
    re: /\b(?:can'?t|cannot|couldn'?t|unable to|haven'?t been able to) (?:pee|wee|urinate|pass urine|empty my bladder)\b|\b(?:wet|wetting) myself\b|\bno control (?:of|over) (?:my )?(?:bladder|bowels?)\b|\b(?:lost|losing) control of (?:my )?(?:bladder|bowels?)\b|尿不出|排不出尿|小便失禁|大小便失禁|控制不住(?:大|小)便|尿失禁/i,
    denialInside: true,
    // An infection or a stone's pain with passing water is not the nerves' retention.
    // ... nor a leak on sneezing, coughing, laughing or jumping (stress incontinence).
    unless:
      /\b(?:burn\w*|sting\w*|uti|infection|cystitis|stones?|prostate|sneez\w*|laugh\w*|cough\w*|jump\w*|nearly wet)\b|烧|灼|刺痛|尿痛|尿路感染|结石|膀胱炎|前列腺|打喷嚏|咳嗽|大笑|跳/i,
  },
};

export const FEATURES: Record<FeatureId, FeatureWords> = {
  ...FEATURES_BASE,
  // A torsion's onset or vomiting in the same sentence as the testis (a night out's vomiting or a pain "slowly getting
  // better" told apart from it is no torsion picture).
  // A sentence telling the pain's own onset ("it came on suddenly", 突然疼起来) speaks of the testis pain told before it.
  'testis-sudden': { ...FEATURES_BASE.sudden, with: [new RegExp(`${TESTIS.source}|${PAIN_ONSET.source}`, 'i')] },
  'testis-vomiting': { ...FEATURES_BASE.vomiting, with: [TESTIS] },
};
