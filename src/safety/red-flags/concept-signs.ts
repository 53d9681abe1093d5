// Concept signs added after blind batch C (Nov 2026): each is ordinary alone and matters only in the clinical
// combinations of rules.ts (PE, posterior stroke, suicide plans, child ingestion, sepsis, acute abdomen, pre-eclampsia,
// abruption, skull-base fracture). Written as concepts in both languages, never from vignette strings.
import type { Sign } from './signs.js';

const sign = (kind: Sign['kind'], zh: RegExp[], en: RegExp[]): Sign => ({ kind, zh, en });

export const CONCEPT_SIGNS = {
  /** Any blood coughed up (a streak is enough when paired with sudden breathlessness: PE). */
  hemoptysis: sign(
    'symptom',
    [/(?:咳|咯)[^，。,]{0,4}血/, /痰[^，。,]{0,3}(?:带|有)[^，。,]{0,2}血/],
    [
      /\bcough(?:ed|ing|s)? (?:up )?(?:a (?:little|bit of|few streaks of) |some |streaks? of )?blood/i,
      /\bblood(?:y| in (?:my|his|her|the)) (?:sputum|phlegm|mucus|spit)/i,
      /\bha?emoptysis\b/i,
    ],
  ),
  /** A swollen, sore or hot calf: the leg half of a DVT → PE story. */
  legClot: sign(
    'symptom',
    [/(?:小腿|腿肚子?|腓肠肌)[^，。,]{0,4}(?:肿|疼|痛|发红|发热|发硬|胀)/, /一(?:条|只)腿[^，。,]{0,3}(?:肿|粗)/, /深静脉血栓/],
    [
      /\bcalf (?:\w+ ){0,2}(?:sore|swollen|painful|tender|hurts?|hurting|red|hot|warm|aching|cramp)/i,
      /\b(?:sore|swollen|painful|tender|red|hot) calf\b/i,
      /\bone leg (?:is |looks |got )?(?:\w+ )?(?:swollen|bigger|puffy)/i,
      /\b(?:dvt|deep vein thrombosis|blood clot in (?:my|his|her|the) leg)\b/i,
    ],
  ),
  /** Clot risk: long-haul travel, recent surgery, bed rest, just gave birth. */
  clotRisk: sign(
    'symptom',
    [
      /(?:长途|长时间|十几个小时|\d{2}\s*(?:多)?个?小时)[^，。]{0,6}(?:飞机|航班|火车|坐车|开车|飞行)/,
      /(?:飞机|航班)[^，。]{0,6}(?:十几个小时|\d{2}\s*(?:多)?个?小时)/,
      /(?:手术|开刀|剖腹产|剖宫产|分娩|生产)[^，。,]{0,2}(?:后|以后|完|第[一二三四五六七八九十\d]+天)/,
      /(?:刚|才)?(?:做完|做了)[^，。]{0,6}(?:手术|剖腹产|剖宫产)/,
      /(?:卧床|躺)[^，。]{0,4}(?:好几天|几天|一周|一个星期|很久)/,
      /(?:刚|才)生(?:完)?(?:孩子|宝宝)/,
      /产后/,
    ],
    [
      /\b(?:long[- ]haul|long|\d{2}\+? ?(?:hours?|hrs?)) (?:flight|plane|drive|car ride|bus ride|train)/i,
      /\bflew (?:back |in |home )?(?:from|to)\b/i,
      /\b(?:\d{2}\+?|ten|twelve|fifteen|twenty) (?:hours?|hrs?) (?:on|in) (?:a |the )?(?:plane|flight|car|bus)/i,
      /\b(?:had|after|since) (?:my |his |her |a |an )?(?:\w+ )?(?:surgery|operation|op|knee replacement|hip replacement|c-section)\b/i,
      /\b(?:bed ?rest|bedridden|laid up)\b/i,
      /\b(?:just|recently) (?:gave birth|had (?:a|the|her|my) baby)/i,
      /\bpostpartum\b/i,
    ],
  ),
  /** Chest pain on breathing in (pleuritic): with clot risk, a PE pattern. */
  pleuritic: sign(
    'symptom',
    [/(?:吸气|深呼吸|呼吸)[^，。,]{0,4}(?:胸|胸口)?[^，。,]{0,2}(?:疼|痛|刺痛)/],
    [
      /\b(?:hurts|pain|sharp pain|stabbing pain) (?:\w+ ){0,2}(?:when|to|if) (?:i |he |she |they )?(?:breathe|take a (?:deep )?breath|breathing in|inhale)/i,
      /\bpleuritic\b/i,
    ],
  ),
  /** Racing or skipping heart. */
  palpitations: sign(
    'symptom',
    [/心跳[^，。,]{0,3}(?:很快|特别快|好快|加速|乱|不齐|漏跳|停跳)/, /心(?:慌|悸)/, /心脏[^，。,]{0,3}(?:乱跳|狂跳|砰砰)/],
    [
      /\bheart (?:is |was |keeps )?(?:racing|pounding|skipping|fluttering|beating (?:really |very |so )?fast|going (?:crazy|a mile))/i,
      /\bpalpitations?\b/i,
      /\b(?:irregular|racing|skipping) (?:heart ?beat|pulse)/i,
    ],
  ),
  /** Seeing double: with unsteadiness, vomiting or headache, a posterior-circulation stroke. */
  doubleVision: sign(
    'symptom',
    [/(?<!严)重影(?!响)/, /复视/, /一个(?:东西|人)看成两个/],
    [/\bdouble vision\b/i, /\bseeing (?:two of everything|double)\b/i, /\beverything (?:looks|is) double\b/i],
  ),
  /** Sudden loss of balance: walking veers, can't stand or walk straight. */
  ataxia: sign(
    'symptom',
    [/走路[^，。,]{0,4}(?:往一边|偏|歪|不稳|打晃|摇晃|踉跄|走不直|像喝醉)/, /(?:站|坐)都?(?:站|坐)?不稳/, /走不了直线/, /天旋地转/],
    [
      /\b(?:can'?t|cannot|unable to) (?:walk|stand) (?:straight|up straight|without (?:falling|help))/i,
      /\b(?:walking|walks|staggering|stumbling|veering|leaning|falling) (?:\w+ ){0,2}(?:to one side|sideways|like (?:he|she|i)'?s? (?:is )?drunk)/i,
      /\b(?:lost|losing) (?:his |her |my )?balance\b/i,
      /\bunsteady on (?:his|her|my) feet\b/i,
      /\broom (?:is )?spinning\b/i,
    ],
  ),
  /** Goodbye behaviour: letters, giving things away, thanking and releasing people. */
  farewell: sign(
    'symptom',
    [
      /(?:东西|衣服|宠物|猫|狗)[^，。]{0,4}(?:都|全)?送(?:人|给)/,
      /(?:写|留)(?:了|好了)?[^，。]{0,4}(?:信|遗言|遗嘱)/,
      /(?:交代|安排)(?:好)?(?:了)?后事/,
      /(?:以后|今后)?不(?:用|要)(?:再)?(?:管|找|担心)我/,
      /(?:谢谢|感谢)[^。]{0,12}(?:照顾|陪伴|对我的好)/,
      /(?:永别|来世再见|下辈子见|最后一次)/,
      /再也不会(?:麻烦|打扰)/,
    ],
    [
      /\b(?:wrote|written|writing|left|leaving) (?:\w+ ){0,2}(?:letters?|notes?|goodbyes?) (?:to|for) (?:my|his|her|their|the|everyone)/i,
      /\bgave away (?:all )?(?:my|his|her|their) /i,
      /\b(?:saying|said|say) goodbye to (?:everyone|everybody|my|his|her)/i,
      /\b(?:when|after) i'?m gone\b/i,
      /\b(?:take care of|look after) (?:my|the) (?:kids|dog|cat|children) for me\b/i,
      /\bthis is goodbye\b/i,
      /\bwon'?t be (?:around|here) (?:much longer|anymore|tomorrow)/i,
      /\bthank(?:s| you) for (?:everything|always being there|putting up with me)/i,
    ],
  ),
  /** Lethal means at hand or a dangerous place reached. */
  lethalMeans: sign(
    'symptom',
    [
      /(?:枪|绳子|绳索|刀片|安眠药|农药|炭)[^，。]{0,4}(?:拿出来|准备好|买好|买了|攒|放在)/,
      /(?:在|站在|坐在|爬上|爬到|上了|去了)[^，。]{0,6}(?:楼顶|天台|顶楼|桥上|大桥|江边|河边|窗台|阳台边)/,
      /烧炭/,
    ],
    [
      /\b(?:got|took|have|has|loaded|holding|bought|found|get) (?:out )?(?:\w+'?s? ){0,2}(?:gun|pistol|rifle|shotgun|noose|rope)\b/i,
      /\b(?:gun|pistol|rifle) (?:out|loaded|is loaded|in (?:my|his|her) (?:hand|lap))/i,
      /\b(?:on|at) the (?:edge|ledge|roof|rooftop|bridge|top of the building)\b/i,
      /\b(?:saved|saving|stockpiled|stockpiling|hoarded|collected) (?:up )?(?:my |his |her )?(?:pills|meds|tablets)/i,
    ],
  ),
  /** Hopelessness or being a burden. */
  despair: sign(
    'symptom',
    [/绝望/, /没(?:有)?希望/, /活着[^，。]{0,4}(?:没意思|好累|太累|没意义)/, /(?:拖累|累赘)/, /崩溃/, /撑不住/],
    [
      /\bhopeless\b/i,
      /\bno (?:point|way out|hope)\b/i,
      /\bcan'?t (?:go on|take (?:it|this) anymore|do this anymore)\b/i,
      /\b(?:a |such a )?burden\b/i,
      /\bnothing (?:matters|to live for)\b/i,
    ],
  ),
  /** A child (age stated or implied). */
  child: sign(
    'symptom',
    [/孩子|宝宝|小孩|儿子|女儿|娃|幼儿|(?:^|[^\d])(?:[1-9]|1[0-2]|[一二两三四五六七八九十])(?:岁|周岁)(?:半)?(?:多)?(?:的)?(?:孩子|男孩|女孩|宝宝|儿子|女儿)?/],
    [
      /\b(?:my|our|his|her|the) (?:son|daughter|kid|kids|child|children|baby|toddler|little one|boy|girl|grandson|granddaughter|nephew|niece)\b/i,
      /\b(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|yr)s?[- ]old\b/i,
      /\b(?:toddler|child|kid|preschooler|infant)\b/i,
      /\b(?:[1-9]|1[0-9]|twenty)[- ]months?[- ]old\b/i,
    ],
  ),
  /** Medicine in a child's mouth: pills, tablets, a bottle found open. */
  pillIngestion: sign(
    'symptom',
    [
      /(?:偷吃|误吃|偷偷吃|自己(?:拿|翻|找)[^，。]{0,6}吃)[^，。]{0,8}(?:药|片|胶囊|药丸)/,
      /(?:翻|拿|够)(?:到|出|着)?了?[^，。]{0,6}(?:药瓶|药盒|药箱|药)[^，。]{0,6}(?:吃|吞|咽|嚼|舔)/,
      /药[^，。]{0,8}(?:少了(?:好几|几|一些|两|三|\d+)?(?:片|粒|颗)|不见了|被(?:他|她|孩子|宝宝)?吃)/,
      /(?:大人|爷爷|奶奶|外婆|外公|爸爸|妈妈|我)的[^，。]{0,6}(?:药|药片)[^，。]{0,4}(?:吃|吞)/,
    ],
    [
      /\b(?:swallowed|ate|eaten|chewed|chewing|sucked|sucking)(?: on)? (?:\w+ ){0,3}(?:my|mom'?s|mum'?s|dad'?s|grandma'?s|grandpa'?s|granny'?s|nana'?s|someone'?s|our|the adults?'?|a bottle of|the bottle of) (?:\w+ ){0,3}(?:pills?|tablets?|meds|medicines?|medications?|capsules?|gummies)\b/i,
      /\bgot into (?:\w+ ){0,4}(?:pills?|tablets?|meds|medicines?|medications?|medicine cabinet|pill bottle|pill organi[sz]er|purse)/i,
      /\b(?:pills?|tablets?) (?:\w+ ){0,3}missing\b/i,
      /\bfound (?:him|her|them) with (?:\w+ ){0,3}(?:pills?|tablets?|pill bottle|meds)/i,
    ],
  ),
  /** Lethargy in a febrile child: floppy, barely rousable, far less alert than usual. */
  lethargy: sign(
    'symptom',
    [
      /精神(?:特别|非常|极|很|极其)?(?:差|萎靡|不好)/,
      /没(?:有)?精神/,
      /蔫/,
      /(?:叫|喊|摇)[^，。]{0,6}(?:眯|睁)[^，。]{0,4}(?:又睡|就睡|又闭)/,
      /软(?:绵绵|塌塌|趴趴)/,
      /(?:一直|总是|老是)(?:昏)?睡/,
    ],
    [
      // "limp" as a state however it is joined ("she's limp", "feverish and limp", "gone limp"), not a gait — the noun
      // after an article or a determiner ("a slight limp", "his limp") or the limp of a walk ("limp on his left
      // leg", "limp when she walks"). Going limp ("went limp on the sofa", "goes limp when I pick her up") is the state
      // whatever follows.
      /\b(?:floppy|listless|lethargic)\b|\b(?:go|goes|going|gone|went|turn(?:s|ed|ing)?|become|becomes|became|fell|falls)\s+(?:all\s+|completely\s+|totally\s+|really\s+|very\s+)?limp\b|(?<!\b(?:a|an|the|slight|bad|noticeable|his|her|my|their|your|its)\s+)\blimp\b(?!\s+(?:on (?:(?:his|her|my|their|the|one|a|that) )?(?:left |right |bad |sore |injured )?(?:leg|foot|feet|side|knee|ankle|hip|heel|toe)s?\b|(?:when|while) (?:\w+ )?(?:walk|walks|walking|run|runs|running|stand|stands|standing)\b|in (?:his|her|my|their) (?:walk|gait|step)|handshake|hair))/i,
      /\b(?:barely|hardly) (?:responding|responsive|opens? (?:his|her|their) eyes|wakes?)/i,
      /\bunusually (?:sleepy|drowsy|quiet)\b/i,
      /\bnot (?:himself|herself|themselves)\b/i,
      /\b(?:won'?t|doesn'?t|does not|will not) (?:play|feed|eat|drink|wake properly)\b/i,
    ],
  ),
  /** Mottled, grey or blue skin: poor perfusion (cold hands alone are common early in any fever, so not here). */
  poorPerfusion: sign(
    'symptom',
    [/皮肤[^，。,]{0,3}(?:发花|花斑|花花的|大理石)/, /(?:脸色|皮肤)[^，。,]{0,3}(?:发灰|发青|灰白)/],
    [/\bmottled\b/i, /\bblotchy (?:skin|legs|arms)\b/i, /\b(?:skin|face|lips) (?:\w+ )?(?:grey|gray|ashen|blue|bluish)\b/i],
  ),
  /** Little or no urine: a dehydration/shock sign. */
  lowUrine: sign(
    'symptom',
    [/尿[^，。,]{0,3}(?:很少|特别少|少了|不多|没有?)/, /(?:没|不)(?:怎么)?(?:尿|撒尿|尿尿)/],
    [
      /\b(?:no|barely any|hardly any|few|not many) (?:wet )?(?:nappies|diapers)\b/i,
      /\bhasn'?t (?:peed|urinated|wet)\b/i,
      /\b(?:barely|hardly|not) (?:peeing|urinating)\b/i,
    ],
  ),
  /** Pain in the right lower belly, or pain that moved there from the navel. */
  rlqPain: sign(
    'symptom',
    [/右下腹[^，。,]{0,6}(?:疼|痛)?/, /(?:肚子|腹部)?右下(?:边|方|侧)?[^，。,]{0,4}(?:疼|痛)/, /(?:肚脐|脐)周[^。]{0,12}(?:转移|移|挪)到[^，。]{0,4}右下/],
    [
      /\b(?:lower right|right lower) (?:side|abdomen|belly|stomach|quadrant|tummy|part)/i,
      /\bmoved (?:down )?to (?:the |my |his |her )?(?:lower right|right lower|right side)/i,
      /\bright (?:iliac|lower quadrant)\b/i,
    ],
  ),
  /** Peritonism: pain jolted by walking, coughing, bumps or letting go after pressing. */
  peritonism: sign(
    'symptom',
    [/(?:走路|咳嗽|颠|跳|翻身|深呼吸)[^，。]{0,6}(?:更)?(?:疼|痛)/, /(?:按下去|按压)[^，。]{0,6}(?:松开|松手)[^，。]{0,4}(?:更)?(?:疼|痛)/, /反跳痛/],
    [
      /\bhurts (?:\w+ ){0,3}when (?:i |he |she |they )?(?:walk|cough|move|jump|sneeze|go over bumps)/i,
      /\b(?:walking|coughing|moving|bumps) (?:\w+ ){0,2}(?:makes|made) it (?:worse|hurt)/i,
      /\brebound\b/i,
    ],
  ),
  /** Bowel obstruction: no gas passed (constipation alone is ordinary), a distended belly, vomit that smells of stool. */
  obstipation: sign(
    'symptom',
    [/(?:不|没|没有)(?:再)?(?:排气|放屁|放过屁)/, /(?:屁|气)(?:也|都)?(?:没|不)(?:放|排)/, /肛门停止排气/],
    [/\b(?:hasn'?t|has not|haven'?t|have not|hadn'?t|not|no|can'?t|cannot) (?:\w+ ){0,2}(?:passed (?:any )?(?:gas|wind)|farted|fart)\b/i],
  ),
  distension: sign(
    'symptom',
    [/(?:肚子|腹部)[^，。,]{0,4}(?:胀|鼓|膨)/],
    [
      /\b(?:belly|stomach|abdomen|tummy) (?:is |looks |got |getting |feels )?(?:\w+ )?(?:swollen|bloated|distended|huge|blown up|tight as a drum)/i,
      /\bdistended\b/i,
    ],
  ),
  feculentVomit: sign(
    'symptom',
    [/吐[^，。]{0,8}(?:粪|屎)(?:味|臭|样)/],
    [/\b(?:vomit\w*|throwing up|threw up)[^.]{0,30}(?:smells? like|tastes? like) (?:poop|poo|feces|faeces|shit|stool)/i, /\bfeculent\b/i],
  ),
  /** Flashing lights or spots in vision (pre-eclampsia), distinct from a sudden curtain. */
  visualSpots: sign(
    'symptom',
    [/(?:眼前|眼睛|两眼)[^，。,]{0,3}(?:冒金星|闪光|亮点|黑点|闪)/, /冒金星/, /看东西[^，。,]{0,3}(?:模糊|有闪光|有亮点)/],
    [
      /\bseeing (?:\w+ )?(?:spots|stars|flashes|flashing (?:lights|spots)|sparkles|zigzags)/i,
      /\b(?:flashing|flickering) (?:lights|spots)\b/i,
      /\bspots (?:in|before) (?:my|her) (?:eyes|vision)/i,
      /\bvision (?:is |went |got )?(?:blurry|blurred|fuzzy|funny|weird)/i,
    ],
  ),
  /** Face or hands swelling (pregnancy). */
  faceHandSwelling: sign(
    'symptom',
    [/(?:脸|面部|眼皮|手|手指)[^，。,]{0,4}(?:肿|浮肿|水肿)/],
    [/\b(?:face|hands|fingers|eyelids)\b[^.]{0,20}\b(?:swollen|puffy|swelling|swelled)/i, /\b(?:swollen|puffy) (?:face|hands|fingers)/i],
  ),
  /** Pain under the right ribs / upper belly (HELLP). */
  ruqPain: sign(
    'symptom',
    [/(?:右上腹|右肋下|心窝|上腹|胃)[^，。,]{0,4}(?:疼|痛)/],
    [/\bpain (?:under|below) (?:my|her|the) (?:right )?ribs\b/i, /\b(?:upper right|right upper) (?:belly|abdomen|stomach|side)/i],
  ),
  /** Belly hard or tense all the time (abruption). */
  hardBelly: sign(
    'symptom',
    [/(?:肚子|腹部|子宫)[^，。,]{0,4}(?:发硬|硬硬的|硬得|一直硬|很硬|变硬|紧绷)/],
    [/\b(?:belly|stomach|abdomen|tummy|uterus|bump) (?:is |feels |got |went )?(?:\w+ )?(?:hard|rigid|tight|tense)(?! to)/i],
  ),
  /** Reduced or absent fetal movement. */
  reducedFetalMovement: sign(
    'symptom',
    // Every wording of movements that are fewer, weaker or gone: said of the movements (胎动少了, movements have
    // stopped), of the baby (宝宝一上午没动静, the baby has stopped kicking, baby is moving less) or of the mother not
    // feeling them (感觉不到胎动, I can't feel the baby move, haven't felt any kicks since…; "not … yet" is early
    // pregnancy, no complaint).
    [
      /胎动[^，。,]{0,4}(?:少|减少|没了|没有|不动|变少|很弱|变弱|停|消失|不明显)/,
      /(?:宝宝|孩子|胎儿)[^，。,]{0,6}(?:不动了|没动|不怎么动|动得少|动得很少|动(?:得|的)?比[^，。,]{0,5}(?:少|弱)|没(?:什么)?动静|不踢|停止(?:胎)?动)/,
      /(?<!还[^，。,]{0,2})(?:(?:感觉|摸|觉)不到|没(?:有|怎么|太)?(?:感觉|感)到)[^，。,]{0,2}(?:胎动|(?:宝宝|孩子|胎儿)[^，。,]{0,2}动)/,
    ],
    [
      /\bbaby (?:hasn'?t|has not|isn'?t|is not|hasnt|isnt|stopped|not|hardly|barely) (?:been )?(?:mov|kick)/i,
      /\b(?:reduced|decreased|less|fewer|no) (?:fetal |foetal |baby )?(?:movements?|kicks)\b/i,
      /\bbaby(?:'s| has| had| have)? (?:\w+ )?(?:stopped|quit|stop) (?:moving|kicking|wriggling)\b/i,
      /\bbaby(?:'s| is| has| has been)? (?:moving|kicking) (?:a lot |much |way |far |so |a bit )?less\b/i,
      /\bbaby(?:'s| has| is)? (?:gone|been|become) (?:very |really |so |completely )?(?:quiet|still)\b/i,
      /\b(?:movements?|kicks|kicking) (?:have |has |had )?(?:\w+ )?(?:stopped|slowed(?: down)?|gone quiet|become (?:weaker|less))\b/i,
      /\b(?:can'?t|cannot|couldn'?t|haven'?t|have not|hasn'?t|didn'?t|did not|not|no longer|stopped) (?:been able to )?(?:feel|felt|feeling) (?:the |my |her |any )?(?:baby|bub|kicks?|movements?|(?:him|her) (?:move|kick))\b(?! (?:at all )?yet)(?![^.?!]{0,25}\byet\b)/i,
    ],
  ),
  /** Clear fluid from the nose or ear after a blow: skull-base fracture. */
  csfLeak: sign(
    'symptom',
    [/(?:耳朵|耳|鼻子|鼻)[^，。,]{0,4}(?:流|出|淌)[^，。,]{0,4}(?:清水|清亮|透明|水样|水|液体|血水)/],
    [
      /\b(?:clear|watery) (?:fluid|liquid|stuff) (?:\w+ ){0,3}(?:from|out of|coming out of|leaking from|dripping from) (?:his|her|my|the|their) (?:ear|nose)/i,
      /\b(?:ear|nose) (?:is )?(?:leaking|dripping|draining) (?:clear|watery)/i,
      /\bblood (?:\w+ ){0,2}(?:from|out of) (?:his|her|my|the) ears?\b/i,
    ],
  ),
  /** One pupil bigger than the other. */
  unequalPupils: sign(
    'symptom',
    [/瞳孔[^，。]{0,6}(?:一大一小|不(?:一样|等)大|比另一[只个]大|放大)/],
    [/\b(?:one pupil|pupils?) (?:\w+ ){0,3}(?:bigger|larger|unequal|different sizes?|blown|dilated)/i],
  ),
  /** On anticoagulants: any bump to the head becomes an emergency. */
  anticoagulant: sign(
    'symptom',
    [/(?:华法林|利伐沙班|达比加群|阿哌沙班|抗凝药|抗凝)/],
    [/\b(?:warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|blood thinners?)\b/i],
  ),
  /** Electrical injury of any size: current can stop the heart even when the burn looks small. An 'event' so that
   *  safety questions ("how to prevent electric shock") stay routine. */
  electricShock: sign(
    'event',
    [
      /(?<!像|似|如同|跟)触电(?!(?:一样|似的|般|的感觉))/,
      /(?:被|让)电(?:了|到|击|打)/,
      /漏电/,
      /电(?:到|击)(?:了)?/,
      /(?:被)?雷(?:击|劈)/,
      /(?:摸|碰|抓)[^，。]{0,6}(?:电线|电闸|插座|电源)/,
    ],
    [
      /\b(?:touched|grabbed|hit|contact with) (?:a |the )?(?:live|exposed|bare|high[- ]voltage) (?:wire|cable|line)/i,
      /(?<!like (?:an? )?|as if (?:from )?an? )\belectric(?:al)? shocks?\b(?! (?:like|sensation|feeling|pain))/i,
      /\b(?:got|was|been) (?:shocked|zapped|electrocuted) (?:by|from)\b/i,
      /\b(?:high|mains) voltage\b/i,
      /\bstruck by lightning\b/i,
    ],
  ),
  /** First seizure ever: needs same-hour assessment even if it stopped; an 'event' so that school questions stay routine. */
  firstSeizure: sign(
    'event',
    [/(?:从来|以前|之前|从)(?:都)?(?:没|没有|未)(?:有)?(?:抽|抽搐|抽过|癫痫|发作)/, /第一次(?:抽|发作|犯)/],
    [
      /\bnever (?:had|had a|been diagnosed with) (?:a )?(?:seizures?|fits?|epilepsy)\b/i,
      /\bfirst (?:ever )?(?:seizure|fit|convulsion)\b/i,
      /\bno history of (?:seizures|epilepsy)\b/i,
    ],
  ),
  /** Jerking or repeated fits without waking between. */
  seizureCluster: sign(
    'symptom',
    [/(?:没|还没|未)(?:完全)?(?:醒|清醒)[^。]{0,8}又(?:抽|发作|开始)/, /又(?:抽|发作)了?(?:一次|一回)/, /抽了(?:两|三|好几|几)(?:次|回)/],
    [
      /\b(?:another|a second|a third) (?:seizure|fit)\b[^.]{0,30}(?:before|without) (?:waking|coming round|coming to)/i,
      /\b(?:two|three|several|multiple|\d) (?:seizures|fits) (?:in a row|back to back|in an hour|today)/i,
    ],
  ),
} satisfies Record<string, Sign>;
