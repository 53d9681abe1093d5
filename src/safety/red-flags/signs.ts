// The vocabulary of warning signs, in Chinese and English. Rules (rules.ts) combine these by id.
// "symptom" signs are suppressed only by negation or a past-history clause; "event" signs (disease names such as
// "stroke", "anaphylaxis", "suicide") are also suppressed in educational questions ("what is anaphylaxis").

export interface Sign {
  kind: 'symptom' | 'event';
  zh: RegExp[];
  en: RegExp[];
}

import { COLLOQUIAL_WORDINGS } from './colloquial-wordings.js';
import { CONCEPT_SIGNS } from './concept-signs.js';
import { MORE_CONCEPT_SIGNS } from './more-concepts.js';
import { MORE_WORDINGS } from './more-wordings.js';

const sign = (kind: Sign['kind'], zh: RegExp[], en: RegExp[]): Sign => ({ kind, zh, en });

export const SIGNS = {
  chestPain: sign(
    'symptom',
    [/胸(?:口|部|前区|前|骨后|膛)?(?:痛|疼|闷|憋|压迫|发紧|紧缩|压榨|像压)/, /心口[^，。,]{0,8}(?:痛|疼|闷|憋|堵|压|难受)/, /胸(?:口|部)[^，。,]{0,10}?(?:压着|压住|堵着|压得|疼|痛|闷|发紧)/, /胸(?:骨|前|膛)?(?!外科|片|部?CT|部?X|水|腔镜)[^，。,]{0,6}?(?:压着疼|压着痛|压着|压得慌)/],
    [/\bchest (?:pain|pian|pani|pressure|tightness|discomfort|hurts?|aches?|heaviness|is (?:tight|heavy)|feels (?:tight|heavy|like))/i, /\b(?:tight(?:ness)?|pressure|squeezing|pain|heaviness|burning|ache) (?:in|across) (?:the )?chest\b/i, /\bchset (?:pain|pressure)/i, /\bpain in (?:the (?:middle|center|centre|left side|front) of )?(?:my|his|her|the|their) chest/i, /\b(?:tight(?:ness)?|pressure|squeezing|pain|heaviness) (?:in|across|around|on) (?:my|his|her|the|their) chest/i, /\b(?:weight|elephant|something heavy|a brick|a rock)[^.,]{0,15}on (?:my|his|her|their) chest/i, /\bpain in (?:my|his|her|the|their) chest/i, /\b(?:my|his|her|their) chest (?:hurts|feels|felt|is|was)\b/i, /\b(?:tight|tightness|squeez\w*|pressure|heavy|heaviness|crushing|pressing|aching)\b(?: \w+){0,3} (?:in|on|across|around) (?:the )?(?:(?:middle|centre|center|front|left side) of )?(?:my|his|her|their|the) chest\b/i],
  ),
  /** "面瘫"/Bell's palsy names a condition: facial droop unless the question is about treatment or history. */
  facialPalsyMention: sign('event', [/面瘫/, /面神经麻痹/], [/\bbell'?s palsy\b/i, /\bfacial palsy\b/i]),
  /** Status epilepticus by name: a prolonged seizure unless the question is educational. */
  statusEpilepticusMention: sign('event', [/癫痫持续(?:状态)?/], [/\bstatus epilepticus\b/i]),
  /** Named chest-pain syndromes: count as chest pain unless the question is educational. */
  anginaMention: sign('event', [/心绞痛/], [/\bangina\b/i]),
  dyspnea: sign(
    'symptom',
    [/呼吸困难/, /喘不(?:上|过|动|来)(?:来)?气/, /上气不接下气/, /气短/, /气促/, /透不过气/, /上不来气/, /喘憋/, /呼吸急促/, /呼吸费力/, /憋气/, /憋得慌/, /气喘吁吁/, /喘得[^，。,]{0,2}厉害/, /喘鸣/, /哮鸣/, /(?:有点|有些|很|特别|一直|直)喘/, /呼吸[^，。,]{0,2}(?:急|快|促|费力|困难)/, /(?:喘气|呼吸)[^，。,]{0,2}(?:费劲|费力|困难|吃力)/],
    [/\bshort(?:ness)? of breath/i, /\bbreathless/i, /\b(?:difficulty|trouble|struggling|hard|problems?) (?:to )?breath(?:e|ing)/i, /\bgasping/i, /\bcan'?t (?:catch (?:my|his|her) )?breath\b/i, /\bwinded\b/i, /\bbreathing (?:is )?(?:hard|difficult|labou?red|fast)/i, /\bsob\b/, /\bwheez/i, /\bout of breath\b/i],
  ),
  severeDyspnea: sign(
    'symptom',
    [/(?:完全|根本|几乎)喘不(?:上|过)气/, /憋得说不出话/, /(?:嘴唇|口唇|脸色?|面色|指甲|手指|指尖|嘴)[^，。,]{0,4}(?:发?紫|发绀|青紫|发?青)/, /(?:坐着|躺着|躺下|休息|不动)[^，。,]{0,3}(?:也|都|还)(?:喘|憋|上不来气)/, /说话[^，。,]{0,3}(?:说不成句|说不完整|断断续续)/, /(?:往里凹|三凹征|肋骨[^，。]{0,3}凹陷|锁骨上[^，。]{0,3}凹)/, /呼吸(?:停止|停了|没了)/, /没有?呼吸了?/, /不(?:会)?呼吸了/, /窒息/, /噎住/, /卡住喉咙/],
    [/\b(?:can'?t|cannot|can not|unable to) breathe\b(?! through (?:my|his|her|the) nose)/i, /\b(?:not|isn'?t|is not|wasn'?t|no longer) breathing\b/i, /\bstopped breathing\b/i, /\blips? (?:\w+ ){0,2}(?:blue|bluish|purple|purplish|grey|gray|dusky)/i, /\b(?:ribs|skin between (?:the |his |her )?ribs) (?:are |is )?(?:sucking|pulling) in\b/i, /\bretractions\b/i, /\bturning blue\b/i, /\bchoking\b/i, /\bcan (?:barely|hardly) breathe\b/i, /\b(?:barely|hardly) breathing\b/i, /\b(?:nails|fingers|fingertips|face) (?:are |is |turning |look |going )?(?:blue|purple|grey|gray)/i, /\bbreathless (?:at rest|sitting still|lying down)/i, /\bcan only (?:say|speak|get out) (?:a few|one or two|single|two) words?\b/i, /\b(?:can'?t|cannot|unable to) (?:finish|complete) (?:a |his |her |my )?sentences?\b/i, /\bcan'?t (?:speak|talk) (?:in )?(?:full )?sentences/i],
  ),
  sweating: sign('symptom', [/大汗/, /冷汗/, /出汗(?:很多|不止)/, /(?:浑身|满头|满身|一身|全身)[^，。,]{0,2}(?:是)?汗/, /出了?(?:很多|好多|一身)(?:冷)?汗/, /(?:头上|脸上|身上|额头|手心)[^，。,]{0,3}(?:是|全是)?(?:冷)?汗/, /冒汗/, /虚汗/, /(?:一直|不停|直|狂|老是|止不住)(?:地)?(?:出|流|冒)(?:冷)?汗/, /汗(?:流|如雨|淋淋|涔涔|湿透)/, /(?:衣服|衣裳)[^，。,]{0,4}(?:汗)?湿透/], [/\bsweat(?:ing|y)\b/i, /(?<!night )\bsweats\b/i, /\b(?:drenched|soaked|pouring) (?:in|with) sweat/i, /\bcold sweat/i, /\bclammy\b/i, /\bdiaphore/i]),
  radiation: sign(
    'symptom',
    [/放射(?:到|至)/, /(?:向|往)[^，。,]{0,3}(?:臂|胳膊|肩|背|下巴|下颌|颈|脖子)[^，。,]{0,3}(?:放射|窜|扩散|蔓延)/, /(?:疼|痛|放射|窜|扩散|蔓延|牵扯|连)(?:到|至|着)(?:了)?(?:左|右)?(?:手臂|胳膊|臂|肩膀?|后背|背部?|下巴|下颌|牙|脖子|颈部?)/, /(?:左)?(?:手臂|胳膊|肩膀?|下巴|下颌|后背|背部)(?:也)?(?:痛|疼|麻|发麻)/, /左手(?:也)?(?:发麻|麻木|麻了|疼)/, /牵扯(?:到)?(?:左)?(?:手臂|胳膊|肩|背|下巴)/],
    [/\bradiat(?:es|ing) (?:in)?to\b/i, /\bspread(?:s|ing)? (?:in)?to (?:my |his |her )?(?:left )?(?:arm|jaw|neck|back|shoulder)/i, /\b(?:left )?arm (?:pain|numbness|is numb|feels numb|hurts)/i, /\bjaw (?:pain|hurts)/i, /\b(?:going|moving|spreading|shooting|travel(?:l)?ing|radiating) (?:down |up )?(?:in)?to (?:my|his|her) (?:left )?(?:arm|jaw|neck|back|shoulder)/i, /\b(?:jaw|left arm|left shoulder)(?: and (?:(?:his|her|my) )?(?:left )?(?:arm|jaw|shoulder|neck))? (?:feels?|felt|is|are|went|going|gone) (?:\w+ ){0,2}(?:heavy|numb|weird|tingly|tingling|achy|aching|funny|dead|sore)/i],
  ),
  crushing: sign('symptom', [/压榨/, /濒死感/, /像(?:石头|大石)压/, /要死了/], [/\bcrushing\b/i, /\belephant\b/i, /\blike a (?:heavy )?weight\b/i, /\bsqueez(?:ing|ed)\b/i, /\bimpending doom\b/i]),
  nauseaVomit: sign('symptom', [/恶心/, /呕吐/, /想吐/, /吐了/, /(?:一直|不停|反复|老是|还在)(?:地)?吐/, /上吐下泻/], [/\bnause(?:a|ous)/i, /\bvomit/i, /\bthrowing up\b/i, /\bthrew up\b/i, /\bsick to (?:my|his|her) stomach\b/i, /\bqueasy\b/i]),
  syncope: sign(
    'symptom',
    [/晕倒/, /晕厥/, /昏倒/, /晕过去/, /意识丧失/, /昏过去/, /突然倒地/, /失去知觉/, /倒在地上/, /倒地不起/, /(?:突然|一下子|当场|直接)[^，。,]{0,3}(?:倒下|栽倒|瘫倒|倒了|晕了)/, /(?:倒下|栽倒|瘫倒)(?:了|去)/, /一头栽/],
    [/\bfaint(?:ed|ing)?\b/i, /\bpass(?:ed)? out\b/i, /\b(?:keeled|toppled) over\b/i, /\b(?:dropped|fell|slumped) (?:to the (?:floor|ground)|down) (?:and|unconscious|out cold)\b/i, /\bslumped (?:over|down)\b/i, /\bblacked out\b/i, /\bcollapsed?\b/i, /\bsyncope\b/i],
  ),
  dizziness: sign('symptom', [/头晕/, /头昏/, /眼前发黑/, /站不稳/, /站不住/, /心慌/], [/\bdizz(?:y|iness)\b/i, /\blight-?headed/i, /\bweak and pale\b/i]),
  cardiacEvent: sign(
    'event',
    [/(?:突然|刚刚|刚才|正在|好像|可能|是不是|怀疑)[^，。]{0,4}(?:心梗|心肌梗死|心肌梗塞|心脏病发作?)/, /(?:心梗|心肌梗死|心脏病)发作了?/],
    [/\b(?:having|is having|had|think (?:i'?m|i am|he'?s|she'?s|he is|she is) having) an? heart attack/i, /\bheart attack (?:right )?now\b/i, /\bcardiac arrest\b/i],
  ),
  faceDroop: sign(
    'symptom',
    [/口角(?:歪斜|下垂|歪)/, /嘴(?:巴|角)?(?:歪|斜)/, /口眼歪斜/, /(?:一边|一侧|半边)的?嘴角[^，。,]{0,4}(?:流口水|下垂|歪)/, /嘴角(?:一直)?流口水/, /(?:一侧|半边|左边|右边)(?:脸|面部?)(?:麻|木|下垂|歪|没知觉|不能动)/, /脸歪/, /(?:一边|一侧|半边|左边|右边|左侧|右侧)的?(?:脸|面部?|嘴角?|口角)[^，。,]{0,4}(?:耷拉|塌|歪|斜|垂|往下掉|不对称)/, /(?:嘴|嘴角|口角|脸)[^，。,]{0,2}(?:耷拉|往一边|歪向)/],
    [/\bface (?:is |was )?(?:droop|lopsided|uneven)/i, /\bdroop(?:ing|y) (?:face|mouth|smile|eyelid and mouth)/i, /\b(?:mouth|smile) (?:is )?(?:droop|crooked|lopsided|uneven)/i, /\bone side of (?:my|his|her|the) face (?:is |was |went )?(?:numb|droop|weak|fallen)/i, /\bface (?:has )?fallen on one side\b/i, /\b(?:face|mouth|smile) (?:looks |seems |is |went )?(?:lopsided|crooked|droopy|uneven)/i],
  ),
  armWeak: sign(
    'symptom',
    [/(?:一侧|单侧|半边|半侧|一边|左边?|右边?|左侧|右侧)(?:的)?(?:肢体|手脚|手|胳膊|手臂|腿|脚|身体?|半身)[^，。,]{0,2}(?:无力|麻木|发麻|不能动|动不了|没(?:有)?力气?|不听使唤|抬不起来?)/, /半身不遂/, /偏瘫/, /(?:手|胳膊|手臂)(?:突然)?抬不起来/, /(?:左|右|一只)(?:手|胳膊|手臂|腿|脚)[^，。,]{0,3}(?:拿不住|握不住|抬不起|使不上劲|没劲|不听使唤)/],
    [/\b(?:sudden )?(?:weakness|numbness|weak|numb|paralys(?:is|ed)) (?:in|on|of|down) (?:one|the (?:left|right)|(?:his|her|my) (?:left|right)) (?:side|arm|leg|hand)/i, /\b(?:left|right|one) (?:arm|leg|side|hand)(?: is| feels| went| has gone| has)? (?:suddenly )?(?:weak|numb|limp|paralyzed|dead|heavy)/i, /\bcan'?t (?:lift|raise|move) (?:my|his|her) (?:left |right )?(?:arm|leg)/i, /\barm (?:is )?(?:suddenly )?(?:weak|limp|drifting)/i, /\b(?:left|right) (?:arm|leg) (?:suddenly )?(?:gave out|gave way|buckled|went dead)/i, /\b(?:can'?t|cannot|unable to) (?:move|feel) (?:the )?(?:left|right|one) side of (?:his|her|my|the|their) (?:body|face)/i],
  ),
  speech: sign(
    'symptom',
    [/(?:说话|讲话|言语|口齿)[^，。,]{0,4}(?:不清|含糊|含含糊糊|不利索|大舌头)/, /口齿不清/, /言语不清/, /吐字不清/, /说不出话/, /说不清(?:楚)?话/, /话[^，。,]{0,2}说不(?:清|利索|明白)/, /舌头[^，。,]{0,2}(?:发硬|不听使唤|打结)/, /不能说话/, /讲话含糊/, /大舌头/, /失语/, /语无伦次/],
    [/\bslurr(?:ed|ing)\b/i, /\bspeech (?:\w+ ){0,2}(?:slurred|garbled|jumbled|strange|weird|confused|gibberish)/i, /\bcan'?t (?:speak|talk|get (?:his|her|my|the) words out)\b/i, /\b(?:trouble|difficulty) (?:speaking|talking|finding words)/i, /\bwords (?:are |were )?(?:jumbled|garbled|coming out wrong)/i, /\bunable to speak\b/i, /\bwords (?:make|made|making) no sense\b/i, /\btalking (?:gibberish|nonsense)\b/i],
  ),
  visionLoss: sign(
    'symptom',
    [/突然(?:一只眼)?(?:睛)?(?:看不见|看不清|失明|视力(?:丧失|下降)|眼前发黑)/, /一只眼(?:睛)?突然(?:看不见|失明|黑了)/, /突然(?:看东西)?重影/],
    [/\bsudden(?:ly)? (?:loss of vision|vision loss|went blind|blind|can'?t see|lost (?:my|his|her) (?:vision|sight))/i, /\blost (?:the )?(?:vision|sight) in (?:one|my|his|her)/i, /\bsudden double vision\b/i, /\bcurtain (?:over|coming down over) (?:my|his|her|one) eye/i],
  ),
  strokeEvent: sign(
    'event',
    [/(?:突然|刚刚|刚才|正在|好像|可能|是不是|怀疑)[^，。]{0,4}(?:中风|脑卒中|脑梗|脑出血|脑溢血)/, /(?:中风|脑梗|脑出血|脑溢血)了/],
    [/\b(?:having|is having|think (?:i'?m|i am|he'?s|she'?s|he is|she is|mom is|dad is) having|just had|might be having) an? stroke/i, /\bstroke (?:right )?now\b/i],
  ),
  thunderclap: sign(
    'symptom',
    [/(?:突然|突发)[^，。]{0,6}(?:剧烈|非常严重|爆炸样?|炸裂样?|撕裂样?)[^，。]{0,3}头(?:痛|疼)/, /(?:这辈子|一辈子|有生以来|从来没有过)[^，。]{0,6}(?:最|这么)(?:严重|厉害|剧烈)的?头(?:痛|疼)/, /头(?:痛|疼)欲裂/, /雷击样头痛/, /头[^，。,]{0,5}(?:要?炸开|炸裂|要?爆炸|要?裂开)/],
    [/\bworst headache (?:of|in) (?:my|his|her|their) life\b/i, /\bthunderclap\b/i, /\bsudden(?:ly)?,? (?:severe|excruciating|explosive|intense|blinding) headache/i, /\bheadache (?:that )?came on (?:suddenly|in seconds|like a thunderclap)/i],
  ),
  severeHeadache: sign('symptom', [/剧烈头(?:痛|疼)/, /头(?:痛|疼)得(?:厉害|受不了|要命|要?炸)/, /头[^，。,]{0,5}(?:要?炸开|炸裂|要?裂开)/], [/\b(?:severe|terrible|excruciating|pounding|splitting|blinding|unbearable|really bad|very bad|bad|awful|horrible|massive|killer) headache/i]),
  blurredVision: sign('symptom', [/视物模糊/, /看东西[^，。]{0,2}模糊/, /眼前冒金星/, /眼花/, /看不清/], [/\bblurr(?:y|ed) vision\b/i, /\bvision (?:is |went |got )?(?:blurry|blurred)/i, /\bseeing (?:spots|stars|flashing lights)/i]),
  severeBleeding: sign(
    'symptom',
    [/大出血/, /血流不止/, /出血不止/, /止不住(?:的)?血/, /血止不住/, /喷血/, /大量出血/, /流了(?:很多|好多|一大滩)血/, /血流如注/, /(?:血|出血)[^，。]{0,8}(?:止不住|压不住)/, /血[^，。]{0,4}(?:往外冒|往外涌|往外喷|喷出来)/, /血[^，。]{0,3}(?:哗哗|汩汩|直流|一直流|流个不停|不停地流)/, /按[^，。]{0,6}(?:还在流|止不住|不止)/],
    [/\bbleeding (?:heavily|profusely|a lot|badly|everywhere)/i, /\bheavy bleeding\b/i, /\bwon'?t stop bleeding\b/i, /\b(?:can'?t|cannot|can not) stop (?:the )?bleeding/i, /\bbleeding (?:that |which )?(?:won'?t|doesn'?t|does not|will not) stop/i, /\bspurting blood\b/i, /\bblood (?:is |was )?(?:spurting|pouring|gushing|pumping|squirting)/i, /\bblood (?:won'?t|will not|doesn'?t|does not) stop\b/i, /\bblood (?:\w+ ){0,3}(?:pouring|gushing|spurting|pumping|streaming|keeps? (?:coming|pouring|flowing|running))/i, /\b(?:stabbed|gunshot|been shot|shot (?:in|through) the)\b/i, /\b(?:gushing|pouring) (?:out )?blood/i, /\bsoak(?:ing|ed) through\b/i, /\b(?:lots|a lot|pool) of blood\b/i, /\bblood everywhere\b/i, /\bsevere bleeding\b/i, /\bha?emorrhaging\b/i, /\b(?:massive|major|severe|heavy|postpartum) ha?emorrhage/i, /\bsoak(?:ing|ed|s)? (?:through )?(?:a |one |more than one |\d+ )?(?:pads?|tampons?|towels?) (?:every|an|in|per|each) /i, /\b(?:large|big|huge|massive|golf[- ]ball) (?:blood )?clots\b/i],
  ),
  hematemesis: sign(
    'symptom',
    [/吐血/, /呕血/, /呕吐物[^，。]{0,4}(?:血|咖啡)/, /大口咯血/, /咯血[^，。]{0,4}(?:很多|大量|一口一口|不止)/, /咳出(?:大量|很多|一口)(?:鲜)?血/, /(?:咳|咯|吐|呕)[^，。]{0,8}(?:一大口|大口|大量|很多|好多|一口一口|一碗|一大滩|一滩|满地)[^，。]{0,4}血/, /(?:咳|咯|吐|呕)出?了?(?:一?大?口)?鲜血/, /(?:吐|呕)[^，。,]{0,8}(?:咖啡色|咖啡样|咖啡渣|暗红色|血块)/],
    [/\bvomit(?:ing|ed|s)? (?:up )?(?:bright red )?blood/i, /\b(?:throwing|threw|throw|brought|bringing) up (?:(?:large amounts?|lots|a lot|cups|mouthfuls|loads) of |bright red |dark |fresh )?blood/i, /\bvomit\w* (?:(?:large amounts?|lots|a lot|cups|mouthfuls) of )blood/i, /\bcough(?:ing|ed)? up (?:a lot of |lots of |large amounts of |cups of )blood/i, /\bblood in (?:my |his |her )?vomit/i, /\bcoffee[- ]grounds?\b/i],
  ),
  melena: sign(
    'symptom',
    [/黑便/, /柏油(?:样)?便/, /大便(?:发黑|是黑色)/, /便血[^，。]{0,4}(?:很多|大量|一马桶)/, /拉(?:了)?(?:很多|好多)?血/, /黑色的?(?:大便|便便|粪便)/, /(?:拉|便)[^，。]{0,4}(?:一马桶|一盆|很多|好多|大量)(?:的)?血/, /(?:大便|粪便)[^，。]{0,3}(?:发黑|黑色|漆黑|像柏油)/],
    [/\bblack,? (?:and )?tarry/i, /\btarry stools?/i, /\bblack stools?\b/i, /\b(?:lots of|large amounts? of|a lot of) blood in (?:my |his |her |the )?(?:stool|toilet)/i],
  ),
  throatSwelling: sign(
    'symptom',
    [/喉咙(?:发)?(?:肿|紧|堵|发紧)/, /喉头水肿/, /嗓子(?:肿|发紧|堵)/, /舌头(?:肿|发肿)/, /嘴唇(?:肿|发肿)/, /(?:脸|嘴)(?:一下子)?肿(?:起来)?了/],
    [/\b(?:throat|tongue|lips?|face) (?:is |are |feels? |has |started |starting )?(?:swelling|swollen|swelled|swell(?:ing)? up|puffed up|closing|tight|thick)/i, /\bswollen (?:throat|tongue|lips?|face)/i, /\bthroat (?:is )?closing/i],
  ),
  allergen: sign(
    'symptom',
    [/过敏/, /吃了[^，。]{0,8}(?:花生|海鲜|虾|蟹|芒果|坚果)/, /被[^，。]{0,3}(?:蜜蜂|马蜂|黄蜂|蜂|虫)(?:蜇|蛰|叮|咬)/, /(?:打针|输液|注射|吃药|用药)(?:后|以后|的时候|时|中|过程中)/, /青霉素/, /头孢/],
    [/\ballerg/i, /\bpeanuts?\b/i, /\b(?:bee|wasp|hornet) sting/i, /\bstung\b/i, /\b(?:shellfish|shrimp|prawns?|crab|lobster|seafood|sesame|(?:tree )?nuts|cashews?|almonds?|walnuts?|pecans?|pistachios?|hazelnuts?|eggs?|milk|wheat|soy|fish|kiwi)\b/i, /\bafter (?:taking|the injection|the shot|eating|starting)/i, /\bpenicillin\b/i, /\bamoxicillin\b/i],
  ),
  hives: sign('symptom', [/荨麻疹/, /全身[^，。]{0,4}(?:红疹|疹子|风团|皮疹|红斑|疙瘩)/, /风疹块/, /(?:身上|全身|浑身)[^，。]{0,4}(?:好多|很多|一片|一片片)(?:的)?(?:包|疙瘩|红疹|风团|疹子)/], [/\bhives\b/i, /\bwelts\b/i, /\brash all over\b/i]),
  anaphylaxisEvent: sign('event', [/过敏性休克/, /严重过敏反应/], [/\banaphyla(?:xis|ctic)\b/i]),
  suicidalIntent: sign(
    'symptom',
    [/想死/, /不想活/, /活着没(?:有)?(?:意思|意义)/, /轻生/, /结束(?:自己的)?生命/, /了结自己/, /割腕/, /想(?:去)?跳楼/, /想(?:去)?跳河/, /离开这个世界/, /寻死/, /死了(?:就)?(?:算了|一了百了)/, /伤害自己/, /自残/, /一了百了/, /遗书/, /活不下去/, /(?:从|去)[^，。]{0,4}(?:楼上|楼顶|天台|桥上|阳台|窗户)[^，。]{0,2}跳/, /是个?累赘/, /结束(?:这一切|一切)/, /囤[^，。]{0,4}(?:药|安眠药)/, /想不开/, /(?:没有我|没了我|我不在了?)[^，。,]{0,4}(?:会|就)?(?:更好|轻松)/, /(?:药|绳子)[^，。,]{0,3}(?:都)?(?:准备|攒|买)好了/, /撑不下去/, /活(?:着)?(?:太)?(?:累|痛苦)[^，。]{0,6}(?:想死|不想活|解脱)/],
    [/\b(?:want|wanted|going|plan(?:ning)?|thinking about|thought about|tempted) to (?:kill|hurt|harm) (?:my|him|her)sel(?:f|ves)/i, /\b(?:end|ending|ended) (?:my|it) (?:own )?(?:life|all)\b/i, /\bbought (?:a )?(?:rope|gun)\b/i, /\b(?:jump|jumping) (?:off|from) (?:a|the|this|that) (?:bridge|building|roof|balcony|cliff)\b/i, /\bplanning to (?:die|end it)\b/i, /\bwant (?:it|this|everything|all of this) to (?:be over|end)\b/i, /\bdon'?t want to (?:live|be alive|wake up|be here)/i, /\bbetter off dead\b/i, /\bno reason to live\b/i, /\btake my (?:own )?life\b/i, /\bcut(?:ting)? myself\b/i, /\b(?:cut|cutting|slit|slashed) (?:my|his|her) wrists?\b/i, /\bself[- ]harm/i, /\bwant to die\b/i, /\bwish i (?:was|were) dead\b/i, /\b(?:everyone|everybody|they|my family|the world)(?: would)? (?:be )?better off without me\b/i, /\b(?:got|have|saved|stockpiled|collected|hoarded) (?:up )?(?:the |my |all the |enough )?(?:pills|tablets|rope|gun)(?: \w+){0,2} (?:ready|saved up|to end)/i, /\b(?:goodbye|suicide) (?:letters?|notes?)\b/i, /\bgiving away (?:all )?(?:my|his|her) (?:things|stuff|possessions)/i],
  ),
  suicideMention: sign('event', [/自杀/], [/\bsuicid(?:e|al)\b/i]),
  // The accidental-ingestion pattern skips a repeated dose of one's own medicine ("took my amlodipine twice"): a
  // pharmacist question when the person says they feel fine; with symptoms or someone else's pills it still counts.
  ingestion: sign(
    'symptom',
    [/(?:喝|吃|服|吞)了?[^，。]{0,6}(?:农药|百草枯|敌敌畏|除草剂|杀虫剂|消毒液|漂白剂|84|洁厕|洗洁精|老鼠药|鼠药|汽油|煤油|防冻液)/, /误服/, /误食/, /(?:吃|服|吞)了?(?:一整|一|整|半)(?:瓶|盒|板|把)[^，。]{0,4}(?:药|片)?/, /(?:吃|服)(?:用)?了?(?:大量|几十|一大把)[^，。]{0,6}(?:药|片|粒)/, /药物过量/, /一氧化碳中毒/, /煤气中毒/, /吞了[^，。]{0,6}(?:电池|磁铁|纽扣)/, /毒蘑菇/, /(?:空的?|吃空的?)药(?:瓶|盒)/, /(?:烧炭|炭火|煤炉|炭盆|燃气热水器|煤气)[^。]{0,14}(?:头晕|头痛|恶心|晕倒|晕过去|昏迷)/, /(?:洗衣凝珠|洗衣液|洗洁精|消毒液|消毒水|漂白|农药|敌敌畏|百草枯|甲醇|工业酒精|老鼠药|鼠药|除草剂|杀虫剂|防冻液|纽扣电池|磁铁|干燥剂)[^，。]{0,8}(?:吃|喝|吞|咽|舔)/, /(?:一|整|半)(?:瓶|盒|板)[^，。]{0,6}(?:药|片)[^，。]{0,3}(?:都|全)?(?:吃|服|吞)了/, /吃错(?:了)?药/, /(?:偷吃|误吃|乱吃)[^，。]{0,8}(?:药|片|粒)/, /吃[^，。]{0,4}野(?:生)?蘑菇/, /野(?:生)?蘑菇[^，。]{0,8}(?:吃|吐|泻|拉肚子|中毒|晕)/, /(?:吃|服|吞)(?:用)?了?(?:几十|[二三四五六七八九]十|\d{2,})多?(?:片|粒|颗)/, /(?:吃|服|吞)(?:用)?了?[^，。]{0,4}(?:几十|[二三四五六七八九]十|\d{2,})多?(?:片|粒|颗)/],
    [/\bswallow(?:ed)? [^.,]{0,25}(?:bleach|detergent|pills|tablets|battery|batteries|magnets?|antifreeze|drain cleaner|pesticide|poison|pods?)/i, /\bdrank [^.,]{0,20}(?:bleach|antifreeze|pesticide|weed ?killer|poison|cleaner|gasoline|kerosene)/i, /\btook (?:a |the |an )?(?:whole|entire) (?:bottle|pack|box|packet)/i, /\btook (?:too many|all (?:my|his|her|the)|\d{2,}) (?:pills|tablets|sleeping pills)/i, /\btook (?:a bunch|a handful|a lot|lots|a fistful|a whole load) of [^.,]{0,30}(?:pills|tablets|meds|medication|medicine)/i, /\btook (?:all|the whole bottle|a whole bottle|an entire bottle) (?:of )?(?:my |his |her |the )?[a-z ]{0,20}(?:pills|tablets|meds|medications?|medicines?|antidepressants|painkillers|insulin)\b/i, /\b(?:charcoal|generator|gas heater|space heater|furnace|car running)[^.]{0,40}(?:dizzy|headache|nause|passed out|unconscious|vomit)/i, /\bcarbon monoxide\b/i, /\b(?:an |the )?empty (?:pill |medicine |prescription )?(?:bottle|blister packs?|packets?) of\b/i, /\bate [^.,]{0,20}(?:wild mushrooms?|rat poison|laundry pods?|poison pellets)/i, /\b(?:rat|mouse) poison\b/i, /\b(?:got into|bit|chewed|ate|swallowed|drank) [^.]{0,30}(?:pods?|bleach|detergent|antifreeze|batteries|battery|drain cleaner)\b/i, /\b(?:got into|found and ate|has eaten|ate some of) [^.]{0,30}(?:pills|tablets|meds|medicine|medication|vitamins)\b/i, /\baccidentally (?:took|swallowed|ate|drank|gave (?:him|her|them))\b(?![^.?!]{0,40}\b(?:multi)?vitamins?\b)(?![^?!]{0,50}\b(?:twice|a second dose|two doses|an extra dose|double dose)\b[^?!]{0,40}\b(?:feel(?:s|ing)? (?:completely |totally |perfectly )?(?:fine|ok|okay|normal|well)|no symptoms)\b)/i, /\b(?:took|taken|swallowed|had|downed|popped|ate) (?:about |around |like |over |nearly |maybe |roughly |at least |more than |almost )?(?:1\d|[2-9]\d|\d{3}|ten|twelve|fifteen|twenty|thirty|forty|fifty)\+? (?:\w+ ){0,2}(?:tylenol|paracetamol|acetaminophen|panadol|ibuprofen|advil|motrin|aspirin|benadryl|diphenhydramine|xanax|valium|ambien|sleeping pills|iron pills|antidepressants|painkillers|pills?|tablets?|caps(?:ules)?|tabs)\b/i, /\btook (?:a |an )?(?:double|extra|wrong) (?:dose|pills?)\b/i, /\b(?:took|taken|swallowed|ate|had|downed) (?:about |around |like |over |nearly |maybe |roughly |at least |more than )?(?:[2-9]\d|\d{3}|twenty|thirty|forty|fifty|dozens? of)\b[^.,]{0,25}(?:pills|tablets|capsules|caps|tabs)\b/i, /\b(?<!food )poison(?:ed|ing)\b/i],
  ),
  overdoseMention: sign('event', [/吃药过量/, /过量服用/, /(?<!食物|酸)中毒/], [/\boverdos(?:e|ed|ing)\b/i, /\bOD(?:'?d|ed|ing)?\b(?= on\b| last\b|$|[.,!])/]),
  infant: sign(
    'symptom',
    [/(?:\d+|[一二两三四五六七八九十几]+)多?\s*(?:天|周|星期)(?:大的?|的)(?:宝宝|婴儿|孩子|宝|儿子|女儿|小孩)/, /新生儿/, /(?:[12]|一|两|二)(?:个)?(?:多)?月(?:大的?|的)(?:宝宝|婴儿|孩子|宝|女儿|儿子|小孩)/, /(?:宝宝|婴儿|孩子|宝)(?:才|刚|出生|刚出生|只有)(?:\d{1,2}|[一二三四五六七八九十几]+)(?:天|周)/, /(?:宝宝|婴儿|孩子|宝)(?:\d{1,2}|[一二三四五六七八九十几]+)(?:天|周)大/, /出生(?:\d{1,2}|[一二三四五六七八九十几]+)(?:天|周)/, /(?:宝宝|婴儿|孩子|宝)(?:才|刚|刚满|只有)?(?:[12]|一|两)个(?:多)?月(?:大)?(?![前后])/, /满月/],
    [/\bnewborn\b/i, /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten|twelve)[- ](?:day|week)s?[- ]old\b/i, /\b(?:[12]|one|two)[- ]months?[- ]old\b/i, /\bneonate\b/i, /\b(?:baby|infant|son|daughter) is (?:\d{1,2}|one|two|three|six|eight) (?:days|weeks) old\b/i, /\b(?:baby|infant) is (?:[12]|one|two) months? old\b/i],
  ),
  fever: sign(
    'symptom',
    [/发烧/, /发热/, /体温[^，。]{0,8}(?:3[89]|4[0-2])/, /(?:量了?|测了?|烧到|达到|有|肛温|腋温)\s*(?:3[89]|4[0-2])(?:\.\d)?(?!\d)/, /(?:发烫|滚烫|烫手|摸着?(?:很|好)?烫)/, /高烧/, /烧到/, /(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|℃|°)/],
    [/\bfever/i, /\bfebrile\b/i, /\b(?:temperature|temp) (?:of |is |was )?(?:3[89]|4[0-2]|1\d\d)/i, /\b(?:3[89]|4[0-2])(?:\.\d)?\s*°?\s*c\b/i, /\b10[0-6](?:\.\d)?\s*°?\s*f\b/i, /\b3[89](?:\.\d)?\s*(?:°|degrees|under the arm|in the armpit|rectal(?:ly)?|orally)/i, /\b(?:feels?|felt|is) (?:very )?(?:hot|warm) to (?:the )?touch\b/i],
  ),
  highFever: sign('symptom', [/高烧不退/, /(?:39\.[5-9]|4[0-2](?:\.\d)?)\s*(?:度|℃|°)/, /烧到(?:39\.[5-9]|4[0-2])/], [/\b(?:39\.[5-9]|4[0-2](?:\.\d)?)\s*°?\s*c\b/i, /\b10[3-6](?:\.\d)?\s*°?\s*f?\b(?=[^\d]|$)/i, /\bhigh fever\b/i]),
  unconscious: sign(
    'symptom',
    [/昏迷/, /叫不醒/, /不省人事/, /人事不省/, /没有?意识/, /意识不清/, /失去意识/, /呼之不应/, /(?:叫|喊|拍)(?:他|她|孩子|老人|人)?(?:都|也)?没(?:有)?反应/, /(?:叫|喊|摇|拍)(?:他|她|也|都)?不(?:太)?醒/, /(?:他|她|人|孩子|老人)没(?:有)?反应了/, /(?:一直|始终|还是)(?:没|没有|不)(?:醒|清醒|睁眼)/, /(?:晕|昏|倒)[^，。,]{0,6}(?:叫不醒|没反应|不醒)/, /(?:叫|喊|摇|拍)[^，。]{0,6}(?:都|也|还)(?:没|没有|不)(?:醒|反应|应|答应|回应|睁眼)/, /(?:叫|喊)[^，。,]{0,3}(?:也|都)?不(?:应|答应|回应)/],
    [/\bunconscious\b/i, /\b(?:hasn'?t|has not|not|didn'?t|won'?t|hasnt|isnt) (?:yet )?(?:come|came|coming) (?:round|around|to)\b/i, /\bstill (?:out cold|not awake|not responding)/i, /\bunresponsive\b/i, /\bwon'?t wake (?:up)?\b/i, /\bcan'?t (?:be )?(?:woken|wake (?:him|her|them))/i, /\bnot (?:responding|waking)\b/i, /\b(?:not|isn'?t|is not|wasn'?t|no longer|stopped) breathing\b/i],
  ),
  seizure: sign(
    'symptom',
    [/抽搐/, /抽筋[^，。]{0,4}(?:口吐白沫|翻白眼)/, /癫痫发作/, /口吐白沫/, /抽风/, /惊厥/, /羊(?:癫|角)疯/, /(?:突然|浑身|全身|手脚)[^，。,]{0,3}抽(?:起来|动|个不停|了)/, /(?:眼睛|眼珠)?[^，。,]{0,2}(?:往上)?翻白眼/, /眼睛[^，。,]{0,3}(?:往上|向上)翻/, /(?:又|开始|突然)抽(?:了|起来)/, /抽了(?:一|两|几|好几)(?:次|回|下)/],
    [/\bseiz(?:ure|ing)/i, /\bconvuls/i, /\bfitting\b/i, /\b(?:having|had|has|having another) (?:a )?fits?\b/i, /\b(?:jerking|shaking) all over\b/i, /\b(?:was|were|is|started|kept|began|body|arms? and legs?|limbs?) (?:\w+ )?(?:jerking|convulsing|twitching all over)\b/i],
  ),
  longSeizure: sign(
    'symptom',
    [/抽搐[^，。]{0,6}(?:五分钟|5分钟|好几分钟|十分钟|10分钟|不停|不止|停不下来)/, /一直(?:在)?抽搐/, /(?:五|5|十|10|好几|几|二十|20)\s*分钟[^，。]{0,4}(?:还在抽|还没停|没停|不停|还抽)/, /抽(?:了|搐了)?(?:快|近|将近|差不多|大概)?(?:五|5|十|10|好几|几|二十|20)\s*分钟/, /(?:一次接一次|一阵接一阵|接二连三|连续(?:发作|抽)|反复(?:发作|抽))/, /(?:中间|之间)[^，。,]{0,4}(?:没|没有|不)(?:醒|清醒)/],
    [/\bseizure (?:that )?(?:won'?t stop|lasting|has lasted|lasted|for (?:more than |over )?(?:\d+|five|ten) minutes)/i, /\b(?:fitting|seizing|convulsing) for (?:more than |over )?(?:\d+|five|ten)/i, /\bback-to-back seizures\b/i, /\b(?:one seizure after another|seizures? (?:keep|keeps) coming|not waking (?:up )?between)/i, /\bseizure[^.]{0,40}(?:not stopped|hasn'?t stopped|won'?t stop|still going|ongoing)/i, /\bseizure[^.]{0,40}\b(?:[5-9]|\d{2}|five|six|seven|eight|ten|fifteen) minutes/i],
  ),
  confusion: sign(
    'symptom',
    [/意识模糊/, /神志不清/, /糊涂/, /糊里糊涂/, /(?:人|他|她)?(?:不认人|不清醒)/, /胡言乱语/, /说胡话/, /认不出人/, /迷迷糊糊/, /犯迷糊/, /嗜睡/, /反应迟钝/, /反应(?:很|特别|有点)?慢/, /迷糊/, /(?:越来越|一直|老是)(?:想睡|嗜睡|困|睡)/, /叫[^，。,]{0,3}反应/, /(?:叫|喊|摇)[^，。]{0,6}(?:眯|睁)[^，。]{0,4}(?:又睡|就睡|又闭)/],
    [/\bconfus(?:ed|ion)\b/i, /\bdisoriented\b/i, /\bnot making sense\b/i, /\bdelirious\b/i, /\bvery (?:drowsy|sleepy)\b/i, /\bhard to wake\b/i, /\b(?:very |really |more and more |increasingly )(?:drowsy|sleepy|lethargic)\b/i, /\bout of it\b/i, /\b(?:barely|hardly) (?:responding|responsive|rousable|wakes? up)\b/i, /\bfloppy\b/i],
  ),
  stiffNeck: sign(
    'symptom',
    [/脖子(?:发)?(?:硬|僵)/, /颈(?:部|项)?(?:强直|僵硬|发硬)/, /脖子不能(?:低|弯|动)/, /低不下头/, /脖子[^，。]{0,3}(?:低不下|弯不下|转不动)/],
    [/\bstiff neck\b/i, /\bneck (?:is |feels |looks )?(?:(?:very|really|so|super|quite|extremely) )?stiff\b/i, /\bstiff(?:ness)? (?:in|of) (?:the|my|his|her) neck/i, /\bcan'?t (?:bend|touch) (?:my|his|her) (?:neck|chin)/i],
  ),
  purpuricRash: sign(
    'symptom',
    [/皮疹[^，。]{0,6}(?:压不褪|按压不退|不褪色|压了不褪)/, /紫癜/, /(?:全身|身上|皮肤|腿上)[^，。]{0,8}(?:出血点|瘀点|瘀斑)/, /紫红色[^，。]{0,4}(?:点|斑|疹)/, /紫色(?:的)?(?:斑点|疹子)/],
    [/\brash (?:that )?(?:doesn'?t|does not|won'?t) (?:fade|blanch|go away when pressed)/i, /\bnon-?blanching\b/i, /\bpurple (?:spots|rash|blotches)/i, /\bpetechia/i],
  ),
  headInjury: sign(
    'symptom',
    [/(?:头|脑袋|头部)[^，。]{0,2}(?:被)?(?:撞|摔|磕|碰|打)(?:伤|到|了|破)/, /(?:摔|撞|磕|碰|打)(?:到|伤|破)了?(?:头|脑袋|头部|后脑)/, /(?:后脑勺?|脑袋|头)(?:先)?着地/, /(?:头|脑袋|后脑勺?|额头)[^，。,]{0,2}(?:撞|磕|摔|砸|碰)(?:在|到)/, /(?:摔|撞|磕|砸)(?:了|到了?|伤了?|破了?)(?:一下)?(?:头|脑袋|头部|后脑勺?)/],
    [/\bhit (?:my|his|her|their) head/i, /\bhead injury\b/i, /\b(?:hit|struck|kicked|punched|knocked) (?:in|on) the head\b/i, /\bfell [^.]{0,25}head/i, /\b(?:bumped|banged|struck|smacked|whacked|cracked) (?:my|his|her|their) head/i, /\bhead (?:hit|struck|smacked|slammed (?:into|on)) (?:the )?(?:floor|ground|pavement|curb|kerb|concrete|wall|table|dashboard)/i],
  ),
  severeBurn: sign(
    'symptom',
    [/大面积(?:烧伤|烫伤)/, /(?:化学品|消毒液|漂白剂|84|洁厕灵|石灰|强酸|强碱|碱液|酸液|水泥|清洁剂)[^，。]{0,6}(?:溅|进|弄|喷)[^，。]{0,3}眼/, /(?:烧伤|烫伤)[^，。]{0,6}(?:大面积|一大片|整个)/, /化学(?:品)?(?:烧伤|灼伤)/, /电击伤/, /触电/, /被(?:高压)?电(?:击|到|打)/, /(?:开水|热油|沸水|热水)[^，。]{0,8}(?:烫|浇|泼|洒)[^，。]{0,6}(?:胸|背|脸|全身|大片|肚子)/],
    [/\b(?:large|severe|major|extensive|deep|third[- ]degree) burns?\b/i, /\b(?:bleach|chemical|acid|lye|cleaner|lime|cement|ammonia)[^.]{0,25}(?:in|into) (?:my|his|her|their|the) eyes?\b/i, /\bburn(?:ed|t|s)? (?:over |on |covering )?(?:the |his |her |my )?(?:whole|entire|large area)/i, /\b(?:got|had|received|suffered|was given) an? electric(?:al)? shock\b/i, /\belectrical burn/i, /\belectrocut/i, /\bchemical burn/i, /\bboiling (?:water|oil)\b[^.]{0,40}\b(?:onto|over|on) (?:her|him|my|them)sel(?:f|ves)\b/i, /\bburns? (?:over|on|covering|all over) (?:her|his|my|the|their) (?:chest|back|face|arms|legs|body)/i],
  ),
  rigidAbdomen: sign('symptom', [/肚子(?:硬得?像|变得?)?(?:板|木板|石头)一样/, /板状腹/, /腹部(?:僵硬|板硬)/, /肚子[^，。,]{0,3}(?:硬邦邦|梆硬|硬得)/], [/\brigid (?:abdomen|belly|stomach)/i, /\b(?:abdomen|belly|stomach) is (?:hard as a board|rigid|board-?like)/i]),
  severeAbdominal: sign(
    'symptom',
    [/剧烈(?:的)?(?:腹痛|肚子疼|肚子痛|胃痛)/, /(?:肚子|腹部|小腹|下腹)剧痛/, /(?:肚子|腹部|小腹|下腹)[^，。,]{0,4}(?:疼|痛)得(?:厉害|打滚|受不了|直不起腰)/, /(?:腹痛|肚子疼)[^，。]{0,4}(?:剧烈|难忍|打滚)/, /腹部剧痛/],
    [/\b(?:severe|excruciating|unbearable|worst|intense|sharp) (?:abdominal|stomach|belly|lower abdominal|pelvic) pain/i, /\b(?:stomach|abdominal|belly) pain (?:is )?so (?:bad|severe)/i, /\bdoubled over in pain\b/i],
  ),
  abdominalPain: sign('symptom', [/腹痛/, /(?:肚子|腹部|小腹|下腹|肚脐)[^，。,]{0,4}(?:疼|痛)/], [/\b(?:sharp|severe|bad|stabbing|cramping) pain (?:in|on) (?:my|the|her|one) (?:left|right|lower)? ?(?:side|abdomen|belly|pelvis)/i, /\bpain on (?:my|one|the) (?:left|right) side\b/i, /\b(?:abdominal|stomach|belly|pelvic|lower abdominal) (?:pain|cramps?)/i, /\bcramping\b/i, /\b(?:belly|stomach|tummy|abdomen) (?:is |feels |has been )?(?:\w+ ){0,3}(?:painful|sore|hurting|aching|killing)/i, /\b(?:belly|stomach|tummy) ?ache\b/i]),
  pregnancy: sign('symptom', [/怀孕/, /孕\s*\d+\s*周/, /停经/, /孕期/, /孕(?:早|中|晚)期/, /(?:妊娠|怀孕|孕)[^，。,]{0,2}(?:\d+|[一二三四五六七八九十几]+)\s*(?:周|个月)/, /孕妇/, /妊娠/, /怀了/], [/\bpregnan(?:t|cy)\b/i, /\bweeks pregnant\b/i, /\bmissed (?:my )?period\b/i, /\b(?:i'?m|i am|she'?s|she is|(?:wife|partner|girlfriend|daughter) is|at) (?:about |nearly |almost |only )?\d{1,2}(?:\+\d)? (?:weeks|wks)\b(?! (?:ago|later|post|after))/i, /\b\d{1,2} (?:weeks|wks) (?:along|gestation)\b/i, /\bbraxton hicks\b/i, /\b(?:first|second|third) trimester\b/i]),
  vaginalBleeding: sign('symptom', [/阴道(?:出血|流血)/, /下(?:面|身)(?:出血|流血)/, /见红/, /流血/, /出血/], [/\bvaginal bleeding\b/i, /\bbleeding\b/i, /\bspotting\b/i]),
  lowSugar: sign('symptom', [/(?:打了|打完|注射了?|注射完|用了)胰岛素[^，。]{0,6}(?:没吃饭|没进食|没吃东西)/, /低血糖/, /血糖(?:很|特别|太|非常)?低/, /血糖[^，。\d]{0,4}(?:[0-2]\.\d|[12])(?!\d)/], [/\blow blood sugar\b/i, /\bhypoglyc(?:a)?emi/i, /\b(?:blood sugar|glucose|bg) (?:is |was |of |reading )?(?:only |very |really )?(?:low|[1-4]\d\s*(?:mg|$|\b))/i, /\b(?:took|injected|gave|had) (?:his |her |my )?insulin (?:and|but) (?:didn'?t|did not|hasn'?t|has not) eat/i, /\bsugar (?:is |was |of |reading |level )?(?:only |very |really )?(?:[1-4]\d\b|[1-2]\.\d\b)/i, /\b(?:blood sugar|sugar|glucose|bg)\b (?:(?:is|was|of|reads?|reading|level|says|shows|at|only|very|really|just|down to|dropped to) )+(?:[1-3]\d|[1-2]\.\d)\b(?!\s*(?:\.\d|mmol))/i]),
  highSugar: sign('symptom', [/血糖[^，。\d]{0,6}(?:2[5-9]|[3-9]\d)(?:\.\d)?/, /血糖仪[^，。]{0,4}(?:HI|Hi|显示高)/, /烂苹果味/, /酮症酸中毒/, /(?:尿)?酮体?[^，。,]{0,3}(?:阳性|很高|偏高|高|\+)/], [/\b(?:blood sugar|glucose) [^.]{0,10}(?:[4-9]\d\d)\b/i, /\bmeter (?:says|reads|shows) (?:hi|high)\b/i, /\bfruity breath\b/i, /\bketoacidosis\b/i, /\bdka\b/i, /\bketones? (?:are |is |were )?(?:high|large|very high|positive|moderate|\+)/i, /\b(?:high|large|moderate) ketones\b/i]),
  bpCrisis: sign('symptom', [/血压[^，。\d]{0,6}(?:1[89]\d|2\d\d)\s*[\/／]/, /收缩压[^，。\d]{0,4}(?:1[89]\d|2\d\d)/, /高压[^，。\d]{0,4}(?:1[89]\d|2\d\d)/], [/\b(?:blood pressure|bp)[^.\d]{0,12}(?:1[89]\d|2\d\d)\s*\/\s*\d+/i]),
  testicular: sign('symptom', [/睾丸[^，。]{0,4}(?:突然|剧烈)?(?:疼|痛|肿痛)/, /蛋(?:蛋)?突然(?:很)?疼/, /(?:睾丸|蛋蛋|阴囊|卵蛋)[^，。,]{0,4}(?:突然|突发|剧烈|猛地|一下子)?[^，。,]{0,2}剧痛/, /(?:睾丸|蛋蛋|阴囊|卵蛋)[^，。,]{0,4}(?:突然|突发)[^，。,]{0,3}(?:疼|痛|肿)/, /(?:睾丸|蛋蛋|阴囊)[^，。,]{0,3}(?:疼|痛)得(?:厉害|受不了|直|打滚|要命)/], [/\bsudden (?:severe )?(?:testic(?:le|ular)|scrotal) pain/i, /\b(?:testicle|testicular|scrotal) pain (?:came on )?sudden/i, /\btesticular torsion\b/i, /\b(?:severe|bad|sudden|intense|terrible|excruciating|sharp) pain in (?:his|my|the|one) (?:left |right )?(?:testicles?|testis|scrotum|balls?)\b/i]),
  // ---- concept signs that only matter in combination (rules.ts): each alone is ordinary ----
  /** Any headache; escalates only with a worst-ever qualifier or a danger sign. */
  headache: sign('symptom', [/头(?:痛|疼)/, /(?<![骨指舌拳里外码馒奶锄丫眉])头[^，。,骨]{0,3}(?:痛|疼)(?!爱)/, /脑(?:壳|瓜|门)[^，。,]{0,2}(?:痛|疼)/, /脑袋(?:痛|疼)/, /偏头痛/], [/\bhead ?aches?\b/i, /\bhead (?:hurts|is pounding|is killing)/i, /\bmigraine\b/i]),
  /** "Worst ever" framing: a superlative about pain, said in any of its everyday forms. */
  worstEver: sign('symptom', [/(?:这辈子|一辈子|有生以来|从来|从小到大)[^，。,]{0,6}(?:最|没|没有|没这么|未)(?:这么|这样)?(?:严重|厉害|剧烈|疼|痛)/, /从(?:没|来没|未)(?:这么|这样)(?:疼|痛)过/], [/\bworst (?:pain|headache|head pain) (?:ever|of (?:my|his|her) life|i'?ve ever had)/i, /\bnever (?:had|felt) (?:a )?(?:pain|headache) like this\b/i, /\bworst (?:ever|i'?ve ever)/i]),
  /** A duration of five minutes or more (for seizures). */
  fiveMinutesPlus: sign('symptom', [/(?:五|5|六|6|七|7|八|8|十|10|十几|好几|二十|20|三十|30|半个小时|半小时|一个小时)\s*(?:多)?分钟/, /半(?:个)?小时/], [/\b(?:[5-9]|\d{2}|five|six|seven|eight|ten|fifteen|twenty|thirty) (?:\+ )?min(?:ute)?s?\b/i, /\bhalf an hour\b/i]),
  /** A burn or scald of any size; escalated by burnDanger or breathing trouble. */
  burn: sign('symptom', [/烫伤/, /烧伤/, /灼伤/, /(?:开水|热水|沸水|热油|火|蒸汽)[^，。,]{0,6}(?:烫|烧)/, /被[^，。,]{0,4}(?:烫|烧)(?:了|到|伤)/, /着火/, /火灾/], [/\bburn(?:ed|t|s)?\b/i, /\bscald(?:ed|s)?\b/i, /\b(?:house|kitchen|car) fire\b/i]),
  /** What makes a burn an emergency: large area, face/chest/airway, blistering over a region, smoke inhalation. */
  burnDanger: sign('symptom', [/(?:整个|整片|大片|一大片|全身|浑身|大面积|半个身子)[^，。,]{0,8}(?:起泡|水泡|烫|烧|红肿|脱皮|焦)/, /(?:胸口|胸前|肚子|腹部|背|后背|脸|面部|会阴|手掌)[^，。,]{0,5}(?:都|全)?(?:起泡|起了?水?泡|烧焦|焦黑)/, /(?:胸口|胸前|肚子|腹部|后背|脸|面部|会阴)[^，。,]{0,3}(?:都|全|被)[^，。,]{0,4}(?:烫伤|烧伤|烫|烧)/, /(?:烧焦|焦黑|发白发硬)/, /吸入[^，。,]{0,3}(?:烟|浓烟)/, /(?:声音|嗓子)[^，。,]{0,3}(?:嘶哑|哑了)/], [/\b(?:face|chest|back|genitals|hands?|whole arm|whole leg|neck)\b[^.]{0,25}\b(?:burn(?:ed|t)|blister(?:ed|ing|s)|scald(?:ed)?)/i, /\bburn(?:ed|t|s)?\b[^.]{0,25}\b(?:face|chest|back|genitals|neck)\b/i, /\b(?:hoarse|singed|soot)\b/i, /\bsmoke inhalation\b/i, /\bcharred\b/i, /\bblisters? (?:all over|covering|over (?:his|her|the) (?:chest|back|belly))/i]),
  /** A board-hard belly on touch, in its own clause ("摸上去硬邦邦的"). */
  boardLike: sign('symptom', [/硬邦邦/, /梆硬/, /(?:像|跟)(?:木)?板(?:子)?一样/, /硬得像(?:石头|木板|板)/, /一(?:碰|按|摸)就(?:疼|痛)得/], [/\bhard as a board\b/i, /\bboard-?like\b/i, /\b(?:belly|abdomen|stomach) (?:is |feels )?(?:rock[- ]hard|rigid|very hard)/i]),
  /** Pain in the testicles or scrotum, any wording; escalated by onset, swelling or vomiting (rules.ts). */
  scrotalPain: sign('symptom', [/(?:睾丸|蛋蛋|阴囊|卵蛋|下面的蛋)[^，。,]{0,4}(?:疼|痛)/], [/\bpain (?:in|on) (?:his|my|the|one|their) (?:left |right )?(?:balls?|testicles?|testis|testes|scrotum|nuts)\b/i, /\b(?:testicle|testicular|scrotal|ball) pain\b/i, /\b(?:balls?|testicles?|scrotum) (?:hurts?|is killing|are killing)/i]),
  /** Swelling mentioned anywhere; only meaningful in a combination. */
  swelling: sign('symptom', [/肿(?:了|起来|胀|大)/], [/\bswollen\b/i, /\bswelling\b/i]),
  /** Sudden onset: the time course that separates torsion, bleeds and clots from slower problems. */
  suddenOnset: sign('symptom', [/突然/, /突发/, /猛地/, /一下子/, /(?:半夜|夜里|睡觉时)[^，。,]{0,3}(?:疼|痛)醒/], [/\bsudden(?:ly)?\b/i, /\ball of a sudden\b/i, /\bwoke (?:\w+ )?up (?:with|screaming|crying|in pain)/i, /\bout of nowhere\b/i]),
  ...CONCEPT_SIGNS,
  ...MORE_CONCEPT_SIGNS,
} satisfies Record<string, Sign>;

export type SignId = keyof typeof SIGNS;

// Fold the colloquial wordings into their signs once, at load (an unknown id is a typo and fails loudly).
for (const [id, extra] of [...Object.entries(COLLOQUIAL_WORDINGS), ...Object.entries(MORE_WORDINGS)]) {
  const target = (SIGNS as Record<string, Sign>)[id];
  if (!target) throw new Error(`colloquial/more-wordings.ts: unknown sign "${id}"`);
  target.zh.push(...extra.zh);
  target.en.push(...extra.en);
}

/** A mention of the key sign also counts as the value sign ("angina" is chest pain). */
export const SIGN_IMPLIES: Partial<Record<SignId, SignId>> = {
  anginaMention: 'chestPain',
  facialPalsyMention: 'faceDroop',
  statusEpilepticusMention: 'longSeizure',
};
