// Physical signs read as a body part or function × a change of it, in one clause, from closed lexicons — not as
// sentences. A sign is dangerous by what it says about a body system: the airway (throat, voice, tongue, lips) changed
// after an allergen; the heart racing with the brain short of blood (can't speak, blacking out); the body cold with the
// mind slowed; a baby's movements fewer late in pregnancy; a diabetic foot turning black. Each lexicon is the closed set
// of words for the part and for the change, in both languages, in any order inside the clause, so "喉咙痒，声音有点哑",
// "my voice went croaky", "宝宝今天不怎么踢我了", "haven't felt her kick since yesterday" are read by the same parts.
// A clause that denies the change or calls the part normal is no sign. Pure; the rules raise only.
import { ALTERED, type ClinicalRule, clinicalRule } from './clinical.js';

const CLAUSE = /[，,。.;；!?！？\n]|\bbut\b|但是|不过/;
const clauses = (text: string): string[] => text.split(CLAUSE).filter((c) => c.trim());
const DENIED_OR_NORMAL = /正常|没有?(?!什么动静)|不(?!怎么|太|到)|\b(?:no|not|normal|fine|okay|ok|never)\b|n't\b/i;
/** A change feared or supposed, not told ("worried my throat would close", "会不会喉咙肿"). */
const FEARED = /担心|害怕|怕|会不会|万一|如果|要是|\b(?:worried|afraid|scared|fear\w*|would|might|could|if|in case|what if)\b/i;
/** A part × a change in one clause, the clause not denying or fearing it (unless the denial IS the change: "haven't
 *  felt"). */
function partChanged(text: string, part: RegExp, change: RegExp, denialIsChange = false): boolean {
  return clauses(text).some((c) => part.test(c) && change.test(c) && !FEARED.test(c) && (denialIsChange || !DENIED_OR_NORMAL.test(c)));
}

// --- the airway after an allergen ---------------------------------------------------------------------------------
/** What sets off anaphylaxis: a sting or bite of an insect, a food allergen, a new medicine or injection. */
const ALLERGEN =
  /蛰|蜇|叮|(?:蜜蜂|马蜂|黄蜂|胡蜂|蜂)|吃了[^，。]{0,6}(?:花生|坚果|虾|蟹|海鲜|贝|芒果|鸡蛋|牛奶)|打(?:了)?(?:针|青霉素|头孢)|输液|\b(?:stung|sting|stings|bee|wasp|hornet|yellow ?jacket|bitten|ate (?:\w+ ){0,3}(?:peanuts?|nuts?|shellfish|prawns?|shrimp|sesame|eggs?)|(?:after|since) (?:the |an? |his |her |my )?(?:injection|jab|antibiotic|penicillin|amoxicillin))\b/i;
const AIRWAY_PART = /喉咙|嗓子|咽喉|喉头|声音|嗓音|舌头|嘴唇|\b(?:throat|voice|tongue|lips?)\b/i;
const AIRWAY_CHANGE =
  /紧|痒|肿|哑|变(?:了|粗|尖|小)?|堵|卡|怪|不对劲|说不出|\b(?:tight\w*|clos\w*|swell\w*|swollen|itch\w*|scratch\w*|hoarse|croak\w*|raspy|husky|funny|different|weird|strange|muffled|thick|changed|gone)\b/i;

// --- the heart racing with too little blood to the brain -----------------------------------------------------------
const RACING_HEART =
  /心跳[^，。,]{0,6}(?:快|乱|猛|厉害)|心(?:慌|悸)|心脏[^，。,]{0,4}(?:狂跳|砰砰|咚咚|跳得)|\b(?:heart|pulse) (?:is |was |keeps |started |has been )?(?:\w+ )?(?:pounding|racing|hammering|thumping|going (?:crazy|mad|like)|beating (?:\w+ )?(?:fast|hard))|\bpalpitations?\b/i;
const BRAIN_SHORT =
  /说不出话|话都说不出|说不了话|上气不接下气|眼前发黑|眼前一黑|要晕|快晕|晕倒|晕过去|站不住|\b(?:can'?t|cannot|couldn'?t|unable to) (?:get (?:a|the) words? out|speak|talk|finish (?:a|my) sentences?|string a sentence)|\b(?:faint\w*|pass(?:ing|ed)? out|black(?:ing|ed)? out|going to pass out|about to faint|collaps\w*)\b/i;

/** Tongue-tied by nerves or a crush (a speech, an exam, someone liked): a racing heart and no words is that, not a
 *  collapse. */
const NERVES = /紧张|演讲|上台|考试|面试|害羞|喜欢的人|暗恋|表白|\b(?:nervous|stage fright|speech|presentation|exam|interview|crush|shy)\b/i;

/** Standing up or climbing: a blackout on rising or breathlessness on stairs is another story (orthostatic, anaemia). */
const POSTURAL = /站起来|起身|蹲|爬楼|上楼|\b(?:stand(?:s|ing)? up|get(?:s|ting)? up|on the stairs|climbing)\b/i;
/** Both in one sentence, in the same or the next clause, neither clause denied ("No chest pain or palpitations",
 *  "没有晕倒过"), the blackout not one of standing up, and not nerves. */
function racingWithCollapse(text: string): boolean {
  if (NERVES.test(text)) return false;
  for (const sentence of text.split(/[。！？!?\n；;]|\.(?:\s|$)/)) {
    const cs = clauses(sentence);
    const racing = cs.flatMap((c, i) => (RACING_HEART.test(c) && !DENIED_OR_NORMAL.test(c.replace(RACING_HEART, ' ')) ? [i] : []));
    // The sign's own negative words ("说不出话", "can't speak") are the sign, not its denial.
    const short = cs.flatMap((c, i) => (BRAIN_SHORT.test(c) && !DENIED_OR_NORMAL.test(c.replace(BRAIN_SHORT, ' ')) && !POSTURAL.test(c) ? [i] : []));
    if (racing.some((i) => short.some((j) => Math.abs(i - j) <= 1))) return true;
  }
  return false;
}

// --- cold with the mind slowed ------------------------------------------------------------------------------------
/** The whole body cold, or a night out in the cold — not cold hands or feet, which most people have. */
const BODY_COLD =
  /(?:身上|浑身|全身|身体|皮肤|摸着|摸起来)[^，。,]{0,4}(?:冰凉|冰冷|冰|凉透|冻)|冻僵|冻了一[夜晚宿]|在外面冻|失温|\b(?:cold to (?:the )?touch|(?:he|she|they|body|skin)(?:'s| is| was| feels?| felt)? (?:\w+ )?(?:ice[- ]cold|freezing(?: cold)?|stone cold)|hypotherm\w*|(?:out|outside|lying|fell asleep|slept|stuck) (?:\w+ ){0,3}in the (?:snow|cold|freezing)|all night (?:in the cold|outside))\b/i;
const MIND_SLOWED = new RegExp(`${ALTERED.source}|含糊|口齿不清|说话不清|嘟囔|\\b(?:mumbl\\w*|slurr\\w*|drows\\w*|sleepy|groggy|not making sense)\\b`, 'i');

// --- fewer fetal movements late in pregnancy ----------------------------------------------------------------------
/** A gestation in weeks ("32 weeks", "孕30周", "怀孕35週" after the simplified rewrite). */
const WEEKS = /(\d{1,2})\s*(?:\+\d)?\s*(?:周|weeks?|wks?)\b|(\d{1,2})\s*周/i;
const LATE_PREGNANCY = /孕晚期|快生了|预产期|\b(?:third trimester|due (?:date|in|next)|full term|overdue)\b/i;
const PREGNANT = /怀孕|孕|胎|\b(?:pregnan\w*|weeks? along|expecting|baby bump|gestation)\b/i;
/** The baby's movement: a movement noun, or a moving verb whose subject is the baby (or him/her in a pregnancy). */
const MOVEMENT =
  /(?:宝宝|胎儿)[^，。,]{0,6}(?:安静|没动静)|\b(?:baby|bub)\b(?=[^.,;]{0,24}\b(?:quiet\w*|still)\b)|胎动|(?:宝宝|宝贝|胎儿|孩子|小家伙|他|她)[^，。,]{0,8}(?:动|踢|翻|蹬)|\b(?:kick\w*|mov(?:e|es|ed|ing|ement|ements)|wriggl\w*|squirm\w*|flutter\w*|active)\b/i;
const FEWER =
  /少|弱|没(?:有|怎么|什么)?|几乎没|不怎么|不太|不(?:动|踢)|停|安静|感觉不到|摸不到|\b(?:less|fewer|slow\w*|quiet\w*|still|stopped|hardly|barely|weaker|reduced|decreased|no|not|haven'?t|hasn'?t|can'?t|cannot|didn'?t|isn'?t)\b/i;
/** Not yet felt (early pregnancy): a veto only where no gestation of 24 weeks or more is told — at 36 weeks "还没感觉到
 *  胎动" / "haven't felt the baby move yet today" and a first pregnancy are the sign (review s19 S2). */
const NOT_YET = /还没|第一次|\b(?:yet|first time)\b/i;
/** A question of when to expect them. */
const WHEN_QUESTION = /\b(?:when (?:will|should|do)|how many weeks)\b/i;
/** Told moving plenty now ("moving lots", "moves lots now", "kicks a lot again now"); a habit ("usually kicks a lot")
 *  is not now (review s19 O3). */
const MOVING_NOW =
  /(?:又|还在|一直在|正在|现在)[^，。,不没停]{0,4}(?:动|踢)|动得(?:很|挺)?(?:欢|多|厉害)|\b(?:moving|kicking) (?:lots|a lot|loads|plenty|like crazy|normally)\b|\b(?:moves|kicks|moved|kicked) (?:lots|a lot|loads|plenty|like crazy|normally)(?: again)?,? (?:now|again|today)\b|\bnow (?:(?:he|she|it|the baby|baby) )?(?:moves|kicks|is moving|is kicking) (?:lots|a lot|loads|plenty|normally)\b|\b(?:now|just) (?:felt|started) (?:him|her|it|the baby) (?:move|kick)/i;
/** The baby named with a gestation in weeks is a pregnancy ("39 weeks and the baby stopped moving"). */
const BABY = /宝宝|宝贝|胎儿|\b(?:baby|bub)\b/i;
/** A baby's age in weeks, not a gestation ("my baby is 30 weeks old", "宝宝30周大"). */
const WEEKS_OLD = /\bweeks? old\b|周大/i;
/** A clause of nothing after a clause of movement ("baby usually kicks a lot, but today nothing at all"). */
const NOTHING_NOW = /没动静|一点都?没|\bnothing at all\b|\b(?:today|now|since \w+)\b[^.,;]{0,12}\bnothing\b/i;
function fewerFetalMovements(text: string): boolean {
  if (WHEN_QUESTION.test(text) || MOVING_NOW.test(text)) return false;
  const w = WEEKS.exec(text);
  const weeks = w ? Number(w[1] ?? w[2]) : Number.NaN;
  // The gestation handles early pregnancy: "not yet" vetoes only where it is not told to be 24 weeks or more.
  if (!(Number.isFinite(weeks) && weeks >= 24) && NOT_YET.test(text)) return false;
  // A gestation told beside a kick, or the baby beside a movement, is a pregnancy ("32 weeks and I haven't felt her
  // kick", "39 weeks and the baby stopped moving").
  if (!PREGNANT.test(text) && !(Number.isFinite(weeks) && (/\bkick\w*|踢/i.test(text) || (BABY.test(text) && MOVEMENT.test(text) && !WEEKS_OLD.test(text)))))
    return false;
  // Movements are felt from about 18–24 weeks; a count that matters is from 24 (viability) on.
  if (Number.isFinite(weeks) ? weeks < 24 || weeks > 43 : !LATE_PREGNANCY.test(text) && !/胎动|\bkicks?\b/i.test(text)) return false;
  const cs = clauses(text);
  return cs.some((c, i) => MOVEMENT.test(c) && (FEWER.test(c) || (i + 1 < cs.length && NOTHING_NOW.test(cs[i + 1] ?? ''))));
}

// --- a diabetic foot turning black --------------------------------------------------------------------------------
const DIABETES = /糖尿病|血糖高|\bdiabet\w*|\bsugar\b/i;
const FOOT = /脚|足|趾|\b(?:foot|feet|toes?|heel)\b/i;
const GANGRENE = /发黑|变黑|黑了|黑紫|坏死|溃烂|烂了|流脓|化脓|发臭|臭味|\b(?:black\w*|gangren\w*|rott\w*|necro\w*|ulcer\w*|pus|smells?|stinks?|oozing)\b/i;

export const SIGN_GRAMMAR_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'allergen-airway-change',
    'emergency',
    '被蛰/接触过敏原后喉咙发紧发痒、声音改变或舌唇肿胀（过敏反应累及气道）',
    'after a sting or an allergen the throat is tight or itchy, the voice has changed, or the tongue or lips swell (an allergic reaction reaching the airway)',
    '立即拨打急救电话。有肾上腺素笔（EpiPen）立即在大腿外侧注射；让患者坐着（呼吸困难时）或平躺抬腿（头晕时），不要走动，等待急救。',
    'Call emergency services now. If there is an adrenaline auto-injector (EpiPen), use it in the outer thigh now; sit up if breathing is hard or lie flat with legs raised if faint, do not walk about, and wait for the ambulance.',
    (c) => ALLERGEN.test(c.text) && partChanged(c.text, AIRWAY_PART, AIRWAY_CHANGE),
  ),
  clinicalRule(
    'racing-heart-with-collapse-signs',
    'emergency',
    '心跳很快并且说不出话、眼前发黑或要晕倒',
    'a racing heart with being unable to speak, blacking out or about to faint',
    '立即拨打急救电话，坐下或躺下，不要自己开车去医院。',
    'Call emergency services now; sit or lie down and do not drive yourself.',
    (c) => racingWithCollapse(c.text),
  ),
  clinicalRule(
    'cold-and-slowed',
    'emergency',
    '身体冰冷并且迷糊、嗜睡或说话含糊（低体温）',
    'cold to the touch and drowsy, confused or mumbling (hypothermia)',
    '立即拨打急救电话。移到温暖处，脱掉湿衣服，用毯子包住躯干慢慢复温，不要用热水烫或搓四肢。',
    'Call emergency services now. Move them somewhere warm, remove wet clothes and wrap the body in blankets; do not use hot water or rub the limbs.',
    (c) => BODY_COLD.test(c.text) && MIND_SLOWED.test(c.text),
  ),
  clinicalRule(
    'fewer-fetal-movements',
    'emergency',
    '孕24周以后胎动减少或感觉不到胎动',
    'fewer or no baby movements after 24 weeks of pregnancy',
    '现在就联系产科急诊或直接去医院做胎心监护，不要等到明天，也不要靠喝冷水、吃东西来“叫醒”宝宝。',
    'Contact your maternity unit or go in now for monitoring — do not wait until tomorrow or try to make the baby move with cold drinks or food.',
    (c) => fewerFetalMovements(c.text),
  ),
  clinicalRule(
    'diabetic-foot-gangrene',
    'urgent',
    '糖尿病足发黑、溃烂或发臭（可能坏疽或感染）',
    'a diabetic foot or toe turning black, ulcerated or smelling (possible gangrene or infection)',
    '今天就去医院（糖尿病足或外科门诊/急诊），不要艾灸、热敷或泡脚；出现发烧、发冷或红肿迅速蔓延时立即去急诊。',
    'Get seen today (diabetic foot clinic or emergency department); do not soak, heat or treat it at home, and go to the emergency department now if fever, chills or fast-spreading redness start.',
    (c) => DIABETES.test(c.text) && partChanged(c.text, FOOT, GANGRENE, true),
  ),
];
