// More presentation × discriminator rules, from the concepts that the rule layers alone missed on blind batch E (read
// as clinical ideas after its first-sight score, never as strings): pulmonary oedema, ectopic pregnancy, DKA, intussusception,
// child ingestion of adult medicines, a ruptured aneurysm or dissection, atypical MI in women, near-drowning,
// hypothermia, vomiting blood, electrical injury, wake-up stroke, infant respiratory distress and dehydration.
import type { ClinicalContext, ClinicalRule } from './clinical.js';
import { affirmed, ALTERED, SEVERE, clinicalRule } from './clinical.js';
import { matchesOf } from '../red-flags/match.js';
import { withMedicineClass } from './ingestion.js';
import { substanceSource } from './substances.js';

/** Every rule in this file is an emergency. */
const CR = (id: string, zh: string, en: string, adviceZh: string, adviceEn: string, test: ClinicalRule['test'], chronicDowngrade = false): ClinicalRule =>
  clinicalRule(id, 'emergency', zh, en, adviceZh, adviceEn, test, chronicDowngrade);
const has = (c: ClinicalContext, ...s: Parameters<ClinicalContext['signs']['has']>[0][]) => s.some((x) => c.signs.has(x));
const vital = (c: ClinicalContext, ...ids: string[]) => c.vitals.some((v) => ids.includes(v.id));
const young = (c: ClinicalContext) => c.modifiers.has('infant') || c.modifiers.has('child');

const ORTHOPNOEA =
  /(?:躺不下|躺不平|一躺(?:下)?就(?:憋|喘|咳)|坐着才能(?:喘|呼吸|睡))|\b(?:can'?t|cannot|unable to) lie (?:flat|down)\b|\bhave to sleep sitting up\b|\bpropped up on \w+ pillows\b/i;
const FROTHY = /粉红色?泡沫(?:样)?痰|泡沫痰|\bpink(?:ish)? (?:frothy|foamy)\b|\bfrothy (?:pink )?(?:sputum|spit|phlegm)\b/i;
const EARLY_PREGNANCY =
  /(?:怀孕|孕)\s*(?:[1-9]|1[0-2]|[一二三四五六七八九十])\s*(?:周|个?星期)|验孕棒[^，。]{0,4}(?:两道|二道|阳)|两道杠|月经推迟|停经|\b(?:[4-9]|1[0-2]) ?weeks? pregnant\b|\bpositive (?:pregnancy )?test\b|\bperiod is (?:late|\d+ days late)\b|\bmissed (?:my |her )?period\b|\babout (?:[4-9]|1[0-2]) weeks\b/i;
/** Past 24 weeks (viability; RCOG antepartum haemorrhage): 怀孕32周, 孕晚期, "30 weeks pregnant", third trimester. */
const LATE_PREGNANCY =
  /(?:怀孕|孕)\s*(?:2[4-9]|3\d|4[0-2]|二十[四五六七八九]|三十[一二三四五六七八九]?|四十[一二]?)\s*(?:\+\d)?\s*(?:周|个?星期)|孕晚期|妊娠晚期|怀孕[七八九]个?多?月|\b(?:2[4-9]|3\d|4[0-2]) ?(?:\+\d ?)?(?:weeks?|wks?) (?:pregnant|along|gestation)\b|\bthird trimester\b|\b(?:seven|eight|nine|[789]) months pregnant\b/i;
/** Bleeding named as bleeding (a "show" / 见红 at term is labour, not a haemorrhage). */
const PREGNANCY_BLEED = /(?:阴道)?(?:出血|流血)|\bbleed(?:ing|s)?\b|\bbled\b/i;
const ONE_SIDED_LOW =
  /(?:左|右|一侧|一边)(?:边|侧)?(?:下腹|小肚子|小腹)|\b(?:low(?:er)? (?:on the )?(?:left|right)|(?:left|right) (?:lower|low) (?:side|belly|tummy|abdomen)|one side of (?:my|her) (?:lower )?(?:belly|tummy|abdomen))\b|\bsharp pain low\b/i;
const ECTOPIC_SIGNS =
  /肩(?:膀)?尖?[^，。]{0,3}(?:疼|痛)|肛门[^，。]{0,3}(?:坠|胀)|头晕|眼前发黑|晕倒|出冷汗|\bshoulder[- ]tip\b|\bshoulder (?:is )?(?:hurting|pain)\b|\bfeel(?:ing)? (?:faint|dizzy|lightheaded)\b|\bfainted\b|\bpressure in (?:my|her) (?:bum|rectum|bottom)\b/i;
const KETONES_HIGH =
  /(?:尿)?酮(?:体)?[^，。\d]{0,4}(?:[3-4]\+|\+{3,4}|强阳|[2-9](?:\.\d)?)|烂苹果味|\bketones? (?:\w+ ){0,2}(?:[2-9](?:\.\d)?|high|large|dark purple)\b|\bfruity breath\b|\bbreath smells (?:like )?(?:fruit|pear drops|nail polish)/i;
const DKA_SIGNS =
  /吐|呕吐|肚子疼|腹痛|(?:喘气|呼吸)[^，。]{0,4}(?:深|快)|\bvomit\w*|\bthrowing up\b|\b(?:tummy|belly|stomach|abdominal) pain\b|\bbreathing (?:deep|fast|heavy)\w*/i;
const METER_HI = /(?:血糖仪|血糖)[^，。]{0,6}(?:显示|是)?\s*HI\b|\bmeter (?:just )?(?:says|reads|shows) (?:HI|high)\b|\bsugar (?:reads|says|is) HI\b/i;
const INTUSSUSCEPTION =
  /(?:阵发性|一阵一阵)[^，。]{0,6}(?:哭闹|哭)|果酱样|\bscreaming in (?:bouts|fits|episodes)\b|\bpulling (?:his|her|their) legs up\b|\bredcurrant jelly\b|\b(?:red )?jelly[- ]like (?:poo|stool)\b|\bpoo(?:p)? (?:looks )?like (?:red )?jelly\b/i;
/** A young child's ingestion; the medicine may be named before the act with a part of it after ("found my pills and ate
 *  some", "got hold of grandma's tablets, swallowed a few"). */
const CHILD_INGESTS =
  /(?:偷吃|误服|误吃|偷偷吃|吞(?:了|下)|咽(?:了|下)|翻出|自己拿)[^，。]{0,10}(?:药|片|胶囊|纽扣电池|电池|磁铁|磁珠)|(?:奶奶|爷爷|外婆|姥姥|外公|姥爷|妈妈|爸爸|大人)的[^，。]{0,6}(?:药|片)[^。！？]{0,8}(?<![没不未别]|没有)(?:吃|吞)|(?:翻(?:到|出)|找到|拿到|够到|摸到|偷拿)[^。！？]{0,10}(?:药|片|胶囊)[^。！？]{0,10}(?<![没不未别]|没有)(?:吃|吞|咽|嚼)|\b(?:swallowed|got into|ate|eaten|chewed) (?:\w+ ){0,5}(?:pills?|tablets?|capsules?|meds|medicine|button batter\w*|batter(?:y|ies)|magnets?)\b|\b(?:swallowed|got into|ate|eaten|chewed) (?:\w+ ){0,5}(?:amlodipine|nifedipine|verapamil|diltiazem|propranolol|metoprolol|atenolol|clonidine|glipizide|glibenclamide|glyburide|gliclazide|amitriptyline|nortriptyline|imipramine|methadone|buprenorphine|oxycodone|morphine|tramadol|hydrocodone|fentanyl|digoxin|iron|ferrous|chloroquine|hydroxychloroquine|warfarin|lithium|(?:blood pressure|heart|diabetes|sleeping|pain) (?:pills?|tablets?|meds|medicine))\b|\b(?:pills?|tablets?) (?:\w+ ){0,3}missing\b|\b(?:found|got hold of|got at|opened) (?:[\w'’]+ ){0,3}(?:pills?|tablets?|capsules?|meds|medicines?|medications?|pill bottle)\b[^.?!]{0,40}\b(?:ate|eaten|swallowed|chewed|had|took) (?:some|a few|one|two|several|a couple|them|it|one or two)\b/i;
const SEVERE_BACK_ABDO =
  /(?:腰|后背|背|肚子|腹)[^，。]{0,6}(?:突然)?[^，。]{0,4}(?:剧痛|撕裂|疼得厉害)|\bsudden (?:severe |terrible )?(?:pain in (?:his|her|my) (?:lower )?back|(?:lower )?back (?:and (?:tummy|belly|stomach) )?pain)/i;
const SHOCKY = /脸色(?:苍白|发白)|出冷汗|要晕|头晕|眼前发黑|\b(?:pale|clammy|sweaty|grey|gray)\b|\bfeels? faint\b|\bfainted\b/i;
const TEARING =
  /撕裂(?:样|般)?(?:的)?(?:疼|痛)|像被撕开|\b(?:tearing|ripping) (?:pain|sensation|feeling)\b|\bfeels? like (?:something )?(?:tearing|ripping)\b|\b(?:tearing|ripping) (?:through|into|to|right through) (?:to )?(?:my |his |her )?(?:back|chest|shoulder blades)\b/i;
const INTERSCAPULAR =
  /(?:肩胛骨?中间|两个肩胛|后背中间)[^，。]{0,6}(?:压|疼|痛|紧)|\bbetween (?:my|her|his) shoulder ?blades\b|\b(?:jaw|both arms|left arm|arms) (?:\w+ ){0,3}(?:heavy|achy|aching|ache)\b|(?:下巴|两个胳膊|胳膊)[^，。]{0,4}(?:沉|酸|发沉)/i;
const ACS_COMPANIONS = [
  /(?:喘不上气|气短|憋气)|\b(?:short of breath|breathless|can'?t catch (?:my|her|his) breath)\b/i,
  /(?:恶心|想吐)|\b(?:nause\w*|sick to (?:my|her|his) stomach|queasy)\b/i,
  /(?:冷汗|出汗|大汗|湿冷|一身汗|满头汗|浑身是汗|全是汗)|\b(?:clammy|sweat\w*)\b/i,
  /(?:累得要命|特别累|乏力|没劲)|\b(?:exhaust\w*|weird tiredness|really tired|wiped out)\b/i,
];
const DROWNING =
  /溺水|落水|呛水|淹|捞上来|水下|\bdrown\w*|\bwent under\b|\bunderwater\b|\bpulled (?:\w+ )?out of the (?:water|pool|river|lake|sea)\b|\bfound (?:\w+ )?(?:face down )?in the (?:pool|bath|water)\b/i;
const AFTER_DROWN = /咳|喘|呼吸|嗜睡|迷糊|发紫|犯困|\bcough\w*|\bbreathing (?:fast|hard|funny)|\bsleepy|\bdrowsy|\bconfus\w*|\bblue\b|\bfoam\w*/i;
const COLD = /冻|屋里[^，。]{0,4}冷|冰凉|浑身冰|\bfreezing\b|\bcold to (?:the )?touch\b|\bice cold\b|\bhypotherm\w*|\bout in the (?:cold|snow)\b/i;
const HYPOTHERMIA_SIGNS =
  /不(?:再)?打(?:寒)?颤了|嘟囔|说话含糊|迷糊|叫不醒|\bstopped shivering\b|\bmumbling\b|\bconfus\w*|\bslurr\w*|\bdrowsy\b|\bwon'?t wake\b/i;
const VOMIT_BLOOD =
  /吐(?:了)?[^，。]{0,6}(?:血|鲜血)|呕血|\b(?:vomit\w*|threw up|throwing up|brought up) (?:\w+ ){0,5}(?:bright red )?blood\b|\bblood (?:in|when) (?:\w+ ){0,2}(?:vomit|sick)\b/i;
const ELECTRIC =
  /触电|电击|被电(?:了|到|打)|漏电|电线|高压电|\b(?:electric(?:al)? shock|electrocut\w*|shock from (?:the )?(?:mains|socket|outlet|wire|cable)|got a shock\b[^.]{0,30}\b(?:mains|socket|outlet|wire|wiring|cable)|live wire|power line)\b/i;
const ONE_SIDED_LIMBS =
  /(?:左|右|一侧|一边|半边)(?:边|侧)?(?:的)?(?:胳膊|手|手臂)(?:和|跟|、)?(?:腿|脚)[^，。]{0,6}(?:不听使唤|没劲|无力|动不了|抬不起|拖|麻)|\b(?:left|right) (?:arm and leg|leg and arm|side)\b[^.]{0,25}\b(?:won'?t work|not working|weak|numb|dragging|heavy|useless|can'?t (?:move|lift))|\b(?:leg|foot) (?:is )?dragging\b/i;
const INFANT_WORK =
  /三凹|鼻翼扇动|哼哼|呻吟样呼吸|肋骨[^，。]{0,4}(?:凹|陷)|\bgrunt\w*|\bsucking in (?:under|between|below) (?:\w+ )?ribs\b|\bribs? (?:are |is )?(?:sucking|pulling|caving) in\b|\bnostrils? flar\w*|\bhead bobbing\b|\bretractions?\b/i;
const DEHYDRATION = [
  /(?:一整天|大半天|[六八十\d]+\s*个?小时)[^，。]{0,4}没(?:有)?尿|\bno wet nappy\b|\bhasn'?t (?:peed|had a wet (?:nappy|diaper))\b|\bno (?:wet )?(?:nappies|diapers|urine|pee)\b/i,
  /哭(?:了)?没(?:有)?(?:眼泪|泪)|\bno tears\b/i,
  /眼窝[^，。]{0,4}(?:凹|陷)|囟门[^，。]{0,4}(?:凹|陷)|\bsunken (?:eyes|fontanelle|soft spot)\b/i,
  /叫他[^，。]{0,4}(?:不太)?理|没精神|蔫|\b(?:floppy|lethargic|listless|not responding|unresponsive|very sleepy)\b/i,
];

const SPEECH_ODD =
  /(?:说话|讲话|口齿)[^，。]{0,4}(?:不清|不对劲|怪|含糊|不利索)|想不起(?:来)?词|找不到词|词不达意|\b(?:forgetting|can'?t find|cannot find|losing|mixing up) (?:\w+ )?words\b|\b(?:speech|words?|talking|voice) (?:\w+ ){0,2}(?:went |is |are |sounds? |seems? )?(?:funny|weird|strange|odd|garbled|jumbled|wrong|off)\b/i;
const LIMB_ODD =
  /(?:手|胳膊|腿|脚)[^，。]{0,4}(?:拿不住|握不住|不灵活|不听使唤|没劲|发麻|抬不起)|\b(?:can'?t|cannot|unable to) (?:hold|grip) (?:\w+ ){0,3}(?:in|with) (?:her|his|my|their) (?:right|left) hand\b|\b(?:hand|arm|leg|foot) (?:\w+ ){0,2}(?:clumsy|weak|numb|heavy|useless|dropping things)\b|\bdropping things\b|\b(?:face|mouth|smile) (?:\w+ ){0,2}(?:droop\w*|lopsided|crooked)\b/i;
// A hand that lost its grip today (FAST: arm weakness), told by what it can no longer do, not by the word "weak":
// 拿不稳筷子, 握不住杯子, 手没劲, "couldn't hold his fork", "keeps dropping her cup". Its own lists (session 36): LIMB_ODD
// above stays the partner of a speech change. A grip verb + its failure (不稳/不住) is the structure, not the object.
const GRIP_LOST =
  /(?:拿|握|抓|端|捏|夹|攥)(?:不|不太)(?:稳|住|起|牢)|(?:一直|老是|总是|老)?掉(?:了)?(?:筷子|勺子|碗|杯子|东西|调羹)|(?:筷子|勺子|碗|杯子|东西)[^，。]{0,4}(?:掉|滑)(?:了|下|到|落)|手[^，。]{0,3}(?:没(?:有)?[^，。]{0,2}(?:力|劲)|无力|不听使唤|使不上劲|发软|抬不起)|\b(?:couldn'?t|can'?t|cannot|unable to|struggl\w* to|won'?t) (?:hold|grip|grasp|pick up|lift)\b|\b(?:keeps?|kept|started|is|was|has been) dropping\b|\b(?:slipp\w*|fell|falling) out of (?:his|her|their|my) (?:\w+ )?hand\b|\b(?:hand|arm) (?:\w+ ){0,3}(?:won'?t (?:grip|work)|(?:is|went|gone|feels?) (?:\w+ )?(?:weak|useless|dead)|gave way|no strength)\b/i;
/** When it began: today or suddenly (a grip lost for years is a tremor or arthritis, read by CHRONIC_HAND). */
const ONSET_TODAY =
  /今天|今日|今早|早上|上午|中午|下午|刚才|刚刚|突然|忽然|一下子|昨晚|起床|醒来|从[^，。]{0,8}(?:开始|起)|\b(?:today|this (?:morning|afternoon|evening)|since (?:lunch|breakfast|dinner|this|last night|yesterday|he woke|she woke|they woke|waking)|suddenly|all of a sudden|out of nowhere|when (?:he|she|they|i) (?:woke|got up)|an? (?:hour|few hours) ago|just now|at (?:lunch|breakfast|dinner))\b/i;
/** Family words for an elder that the shared 'elderly' modifier does not list (its own list: the modifier keeps its meaning). */
const ELDER_KIN =
  /爷爷|奶奶|外公|外婆|姥姥|姥爷|阿爷|阿嫲|阿公|阿婆|\b(?:grand(?:d)?ad|grandpa|grandfather|grandma|grandmother|grandparent|nan|nana|nanna|granny|gran|grampa|gramps)\b/i;
/** Whose: an elder, or one named side (any age: a sudden one-sided loss is FAST whoever has it). */
const ONE_HAND = /(?:左|右)(?:手|胳膊|臂)|一(?:只|边|侧)(?:手|胳膊)|只手|\b(?:left|right|one) (?:hand|arm)\b/i;
/** A cause in the hand itself, or a grip that has been poor for long: not a stroke sign. Both hands = not one-sided. */
const CHRONIC_HAND =
  /好多年|多年|几年|很久|老毛病|一直(?:都|以来)|帕金森|震颤|手抖|关节炎|腱鞘炎|类风湿|痛风|两只手|双手|\b(?:for (?:years|months|ages|a long time)|always|tremor|parkinson\w*|arthriti\w*|rheumatoid|gout|shaky|both hands|carpal tunnel)\b/i;
const HAND_HURT =
  /(?:手|腕|手指|拇指|胳膊|肩|肘)[^，。]{0,4}(?:疼|痛|肿|扭|伤|骨折|割|烫)|扭(?:了|到|伤)|骨折|(?:割|烫|烧)(?:伤|到|了)|\b(?:wrist|hand|finger|thumb|arm|elbow|shoulder)s? (?:\w+ ){0,3}(?:hurts?|sore|pain\w*|swollen|sprained|injur\w*|broken|bruised)\b|\b(?:sprained|broke|cut|burnt|burned|hurt|injured|bruised) (?:his|her|their|my) (?:wrist|hand|finger|thumb|arm)\b|\bcold hands\b/i;
const HYPO_SIGNS = /冒汗|出汗|发抖|手抖|心慌|饿|没吃饭|\b(?:sweat\w*|shak\w*|trembl\w*|clammy|hungry|hasn'?t eaten|skipped (?:a )?meal)\b/i;
/** Swallowed a caustic, fuel, pesticide, toxic alcohol or battery (names from substances.ts). */
const SWALLOWED_ZH = substanceSource(['caustic', 'hydrocarbon', 'pesticide', 'toxicAlcohol', 'battery'], ['zh']);
const SWALLOWED_EN = substanceSource(['caustic', 'hydrocarbon', 'pesticide', 'toxicAlcohol'], ['en']);
const CAUSTIC = new RegExp(
  `(?:喝|吃|吞|舔|误服|误喝|误食)[^，。]{0,6}${SWALLOWED_ZH}|\\b(?:drank|drunk|swallowed|ate|sipped|licked|got into) (?:\\w+ ){0,4}${SWALLOWED_EN}|\\b(?:cleaning (?:cupboard|products?|stuff|spray|liquid)|under the (?:kitchen )?sink)\\b[^.]{0,40}\\b(?:drank|drunk|swallowed|ate|sipped)\\b|\\b(?:drank|swallowed|sipped) (?:some )?(?:cleaning|chemical)s?\\b`,
  'i',
);

const CORD =
  /脐带[^，。]{0,4}(?:脱出|掉出|露出|出来)|\b(?:umbilical )?cord (?:\w+ ){0,2}(?:coming out|is out|hanging out|prolaps\w*)\b|\bloop of (?:the )?cord\b/i;
const CONVULSING =
  /抽|抖个不停|浑身抖|\bjerk\w*|\bconvuls\w*|\bfitting\b|\bseiz\w*|\bshaking (?:all over|uncontrollably|and jerking)\b|\bcan'?t stop shaking\b/i;
const MINUTES = /(\d+|[一二两三四五六七八九十]+)\s*(?:多)?\s*(?:分钟|minutes?|mins?)/gi;
const BILIOUS = /吐[^，。]{0,3}(?:绿|胆汁)|\b(?:vomit\w*|throwing up|threw up|sick)\b[^.]{0,20}\b(?:green|bile|bilious)\b|\bgreen (?:vomit|bile)\b/i;
const ALLERGY_TRIGGER =
  /过敏|风团|荨麻疹|疹子|吃了[^，。]{0,8}(?:花生|芝麻|虾|蟹|坚果|海鲜)|蜇|\ballerg\w*|\bhives\b|\bwelts\b|\bstung\b|\bsting\b|\b(?:peanuts?|sesame|shellfish|prawns?|shrimp|nuts?)\b/i;
const ALLERGY_DANGER =
  /舌头[^，。]{0,3}(?:发厚|变厚|肿|大了|麻)|嘴唇[^，。]{0,3}肿|嗓子[^，。]{0,3}(?:紧|肿|堵)|喉咙[^，。]{0,3}(?:紧|肿|堵)|声音(?:嘶哑|哑了)|喘|头晕|要晕|\btongue (?:\w+ ){0,2}(?:thick|swollen|swelling|big|tingl\w*)\b|\bthroat (?:\w+ ){0,2}(?:tight|closing|swollen|itchy and tight)\b|\bhoarse\b|\bwheez\w*|\bfeel(?:s|ing)? faint\b|\bdizzy\b|\blips? (?:\w+ ){0,2}swell\w*/i;

function longFit(text: string): boolean {
  if (!CONVULSING.test(text)) return false;
  for (const m of matchesOf(MINUTES, text)) {
    const n = /^\d+$/.test(m[1] ?? '')
      ? Number(m[1])
      : (({ 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 } as Record<string, number>)[(m[1] ?? '').slice(-1)] ?? (/十/.test(m[1] ?? '') ? 10 : 0));
    if (n >= 5) return true;
  }
  return false;
}

export const MORE_CLINICAL_RULES: readonly ClinicalRule[] = [
  CR(
    'crushing-pain',
    '压榨样胸痛伴出汗、气短、恶心或放射痛（疑似心梗）',
    'crushing chest pain with sweating, breathlessness, nausea or spreading pain (possible heart attack)',
    '停止活动，坐下休息；不要自行开车去医院。',
    'Stop all activity and sit down; do not drive yourself to hospital.',
    (c) =>
      (has(c, 'crushing') && has(c, 'sweating', 'dyspnea', 'nauseaVomit', 'radiation', 'syncope', 'chestPain')) ||
      (c.presentations.has('chestPain') && has(c, 'crushing')),
    true,
  ),
  CR(
    'cord-prolapse',
    '脐带脱垂',
    'umbilical cord coming out (cord prolapse)',
    '立即呼叫急救；让产妇跪趴、臀部抬高，不要把脐带推回去。',
    'Call an ambulance now; get on hands and knees with hips raised, and do not push the cord back.',
    (c) => CORD.test(c.text),
  ),
  CR(
    'long-seizure',
    '抽搐持续5分钟以上',
    'a seizure lasting 5 minutes or more',
    '让患者侧卧，不要往嘴里塞东西，立即呼叫急救。',
    'Turn them on their side, put nothing in the mouth, and call an ambulance now.',
    (c) => longFit(c.text),
  ),
  CR(
    'bilious-vomiting',
    '婴幼儿吐绿色胆汁（疑似肠梗阻/肠扭转）',
    'green (bilious) vomiting in a baby or child (possible bowel obstruction)',
    '不要喂食，立即前往急诊。',
    'Do not feed; go to an emergency department now.',
    (c) => young(c) && affirmed(BILIOUS, c.text),
  ),
  CR(
    'anaphylaxis-signs',
    '疑似严重过敏反应（过敏后舌头/喉咙肿胀、声音嘶哑、喘或头晕）',
    'possible anaphylaxis (tongue or throat swelling, hoarse voice, wheeze or faintness after an allergen)',
    '如有肾上腺素笔立即在大腿外侧注射，平躺（呼吸困难可坐起），呼叫急救。',
    'Use an adrenaline auto-injector in the outer thigh now if available, lie down (sit up if breathing is hard), and call an ambulance.',
    (c) => ALLERGY_TRIGGER.test(c.text) && affirmed(ALLERGY_DANGER, c.text) && (c.presentations.has('allergy') || /风团|荨麻疹|hives|welts|疹/i.test(c.text)),
  ),
  CR(
    'stroke-speech-limb',
    '疑似中风（言语异常伴一侧手脚不灵活或口角歪斜）',
    'possible stroke (speech change with a clumsy or weak limb, or a drooping face)',
    '记下症状开始的时间，不要进食，立即呼叫急救。',
    'Note the time it started, give nothing by mouth, and call for an ambulance.',
    (c) => affirmed(SPEECH_ODD, c.text) && affirmed(LIMB_ODD, c.text),
    true,
  ),
  CR(
    'suspected-hypoglycaemia',
    '疑似严重低血糖（糖尿病患者出汗发抖伴意识改变）',
    'possible severe low blood sugar (a person with diabetes, sweaty or shaky and confused)',
    '如能安全吞咽，立即给含糖饮料；意识不清不要喂食，呼叫急救。',
    'If they can swallow safely, give a sugary drink now; if not fully awake, give nothing by mouth and call for an ambulance.',
    (c) => (c.modifiers.has('diabetic') || c.modifiers.has('insulin')) && affirmed(ALTERED, c.text) && affirmed(HYPO_SIGNS, c.text),
  ),
  CR(
    'caustic-ingestion',
    '误服腐蚀性或有毒化学品',
    'swallowed a caustic or toxic chemical',
    '不要催吐，不要自行中和；保留容器，立即呼叫急救或中毒热线。',
    'Do not make them vomit or give anything to neutralise it; keep the container and call emergency services or poison control now.',
    (c) => CAUSTIC.test(c.text),
  ),
  CR(
    'pulmonary-oedema',
    '疑似急性肺水肿（不能平卧、咳粉红色泡沫痰）',
    'possible fluid on the lungs (cannot lie flat, pink frothy sputum)',
    '保持坐位、双腿下垂，立即呼叫急救。',
    'Sit upright with legs down and call for an ambulance.',
    (c) => affirmed(ORTHOPNOEA, c.text) && (FROTHY.test(c.text) || c.modifiers.has('dialysis') || c.modifiers.has('heartDisease')),
  ),
  CR(
    'ectopic-pregnancy',
    '疑似宫外孕破裂（早孕一侧下腹痛伴出血、肩痛或头晕）',
    'possible ectopic pregnancy (early pregnancy with one-sided pain, bleeding, shoulder-tip pain or faintness)',
    '平躺，不要进食，立即呼叫急救。',
    'Lie down, eat or drink nothing, and call for an ambulance.',
    (c) => EARLY_PREGNANCY.test(c.text) && (ONE_SIDED_LOW.test(c.text) || c.presentations.has('abdominalPain')) && affirmed(ECTOPIC_SIGNS, c.text),
  ),
  CR(
    'late-pregnancy-bleeding',
    '孕24周以后阴道出血（产前出血）',
    'bleeding after 24 weeks of pregnancy (antepartum haemorrhage)',
    '平躺（左侧卧），垫上卫生巾观察出血量，立即去产科急诊或呼叫急救。',
    'Lie on your left side, wear a pad to see how much, and go to the maternity unit or call an ambulance now.',
    (c) => LATE_PREGNANCY.test(c.text) && affirmed(PREGNANCY_BLEED, c.text),
  ),
  CR(
    'diabetic-ketoacidosis',
    '疑似糖尿病酮症酸中毒',
    'possible diabetic ketoacidosis',
    '立即就医；能喝水就少量多次喝水，不要自行大量加胰岛素。',
    'Go now; sip water if able, and do not take large extra insulin doses on your own.',
    (c) =>
      (KETONES_HIGH.test(c.text) || METER_HI.test(c.text) || vital(c, 'very-high-glucose', 'high-glucose')) &&
      affirmed(DKA_SIGNS, c.text) &&
      (c.modifiers.has('diabetic') || c.modifiers.has('insulin') || METER_HI.test(c.text) || KETONES_HIGH.test(c.text)),
  ),
  CR(
    'intussusception',
    '疑似肠套叠（婴幼儿阵发性哭闹、蜷腿、果酱样便）',
    'possible intussusception (bouts of screaming with legs drawn up, pale or floppy between, jelly-like stool)',
    '立即前往急诊，不要喂食。',
    'Go to an emergency department now; do not feed.',
    (c) => young(c) && INTUSSUSCEPTION.test(c.text) && /果酱|jelly|苍白|蔫|软|\bpale\b|\bfloppy\b|\bvomit/i.test(c.text),
  ),
  CR(
    'child-ingestion',
    '儿童误服药物、纽扣电池或磁铁',
    'a child has swallowed medicine, a button battery or magnets',
    '保留药盒包装；不要催吐，立即就医或拨打急救电话。',
    'Keep the packet; do not make the child vomit; get emergency help now.',
    // Any medicine's name reads as its class word (ingestion.ts withMedicineClass: "found the paracetamol" reads "found the
    // pills      "), so every name in the drug lexicon is a medicine here, not only the words listed.
    (c) => young(c) && (CHILD_INGESTS.test(c.text) || CHILD_INGESTS.test(withMedicineClass(c.text))) && !/维生素|vitamin|软糖|gumm/i.test(c.text),
  ),
  CR(
    'aneurysm-or-shock-pain',
    '突发剧烈腰背或腹痛伴休克表现（疑似动脉瘤破裂）',
    'sudden severe back or belly pain with signs of shock (possible ruptured aneurysm)',
    '平躺，立即呼叫急救。',
    'Lie flat and call for an ambulance now.',
    (c) =>
      (SEVERE_BACK_ABDO.test(c.text) || (c.presentations.has('abdominalPain') && SEVERE.test(c.text))) &&
      (SHOCKY.test(c.text) || vital(c, 'shock-bp', 'shock-index', 'extreme-hr') || /动脉瘤|\baneurysm\b/i.test(c.text)),
  ),
  CR(
    'aortic-dissection',
    '疑似主动脉夹层（撕裂样胸背痛）',
    'possible aortic dissection (tearing chest or back pain)',
    '保持安静不动，立即呼叫急救。',
    'Keep still and call for an ambulance now.',
    (c) => affirmed(TEARING, c.text) && (c.presentations.has('chestPain') || /背|back/i.test(c.text)),
  ),
  CR(
    'atypical-coronary',
    '疑似不典型心梗（肩胛间、下巴或手臂压迫感伴气短、恶心、出汗或极度乏力）',
    'possible heart attack without typical chest pain (pressure between the shoulder blades, jaw or arms with breathlessness, nausea, sweating or exhaustion)',
    '停止活动，坐下休息；不要自行开车去医院。',
    'Stop all activity and sit down; do not drive yourself to hospital.',
    (c) =>
      (INTERSCAPULAR.test(c.text) || c.presentations.has('chestPain')) &&
      ACS_COMPANIONS.filter((re) => affirmed(re, c.text)).length >= 2 &&
      !/按[^，。]{0,3}(?:疼|痛)|\bwhen (?:i |he |she )?press/i.test(c.text),
    true,
  ),
  CR(
    'near-drowning',
    '溺水后（咳嗽、呼吸快或嗜睡）',
    'after a drowning (coughing, fast breathing or drowsiness)',
    '即使看起来已恢复，也需要立即就医观察。',
    'Even if they seem recovered, they need emergency care now.',
    (c) => DROWNING.test(c.text) && affirmed(AFTER_DROWN, c.text) && !/上(?:个)?(?:礼拜|星期|周|月)|last (?:week|month)|days? ago/i.test(c.text),
  ),
  CR(
    'hypothermia',
    '疑似严重低体温（寒冷中意识改变或不再发抖）',
    'possible severe hypothermia (confused or no longer shivering in the cold)',
    '移到温暖处，脱去湿衣服，用毯子包裹，立即呼叫急救。',
    'Move somewhere warm, remove wet clothes, wrap in blankets and call for an ambulance.',
    (c) => COLD.test(c.text) && (affirmed(HYPOTHERMIA_SIGNS, c.text) || affirmed(ALTERED, c.text)),
  ),
  CR(
    'vomiting-blood',
    '呕血',
    'vomiting blood',
    '侧卧防误吸，不要进食，立即呼叫急救。',
    'Lie on your side, take nothing by mouth, and call for an ambulance.',
    (c) => affirmed(VOMIT_BLOOD, c.text) && !/血丝|一点点血丝|\bstreaks?\b|\bspeck/i.test(c.text),
  ),
  CR(
    'electrical-injury',
    '触电后（即使看起来没事也需评估心脏）',
    'after an electric shock from mains power (the heart needs checking)',
    '先切断电源再接触伤者，立即就医。',
    'Cut the power before touching them and get emergency care now.',
    (c) =>
      ELECTRIC.test(c.text) &&
      !/静电|\bstatic\b|\btiny (?:zap|shock)\b|\btingle\b/i.test(c.text) &&
      /心|胸|烧|烫|晕|\bheart|\bchest|\bburn|\bthrew|\bthrown|\bfaint|\bpalpitation/i.test(c.text),
  ),
  CR(
    'one-sided-weakness',
    '一侧手脚无力或麻木（疑似中风）',
    'weakness or numbness of one side (possible stroke)',
    '记下症状开始（或最后正常）的时间，立即呼叫急救。',
    'Note when it started (or when last normal) and call for an ambulance.',
    (c) => affirmed(ONE_SIDED_LIMBS, c.text),
    true,
  ),
  CR(
    'acute-hand-weakness',
    '今天突然一侧手拿不稳、握不住东西（疑似中风）',
    'a hand that suddenly lost its grip today (possible stroke)',
    '记下症状开始（或最后正常）的时间，不要进食，立即呼叫急救。',
    'Note when it started (or when last normal), give nothing by mouth, and call for an ambulance.',
    (c) =>
      affirmed(GRIP_LOST, c.text) &&
      ONSET_TODAY.test(c.text) &&
      (c.modifiers.has('elderly') || ELDER_KIN.test(c.text) || affirmed(ONE_HAND, c.text)) &&
      !young(c) &&
      !CHRONIC_HAND.test(c.text) &&
      !HAND_HURT.test(c.text),
    true,
  ),
  CR(
    'infant-breathing-distress',
    '婴幼儿呼吸窘迫（呻吟、三凹征、鼻翼扇动）',
    'a baby or child working hard to breathe (grunting, sucking in under the ribs, flaring nostrils)',
    '保持孩子直立舒适，立即呼叫急救。',
    'Keep the child upright and comfortable and call for an ambulance.',
    (c) => young(c) && affirmed(INFANT_WORK, c.text),
  ),
  CR(
    'child-dehydration',
    '婴幼儿重度脱水（无尿、哭无泪、眼窝凹陷、精神差）',
    'severe dehydration in a baby or child (no urine, no tears, sunken eyes, drowsy)',
    '立即就医；途中少量多次喂口服补液盐。',
    'Go now; give small frequent sips of oral rehydration solution on the way.',
    (c) => young(c) && DEHYDRATION.filter((re) => affirmed(re, c.text)).length >= 2,
  ),
];
