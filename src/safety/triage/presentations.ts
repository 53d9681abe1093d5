// Presentations, as in the Manchester Triage System and telephone-triage protocols: what the message is about
// (chest pain, breathlessness, bleeding…), before any discriminator decides how urgent it is. A high-risk
// presentation whose discriminators are unknown is never routine (safety net): it becomes urgent and carries the
// questions that would settle it (`Triage.ask`). Wordings are concept lexicons in both languages, matched on the
// typo-normalised text.
import { nursingMother } from './modifiers.js';
import { clauseAt, clauses, isEducational, isHistorical, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';

export type PresentationId =
  | 'chestPain'
  | 'breathlessness'
  | 'neuroDeficit'
  | 'headache'
  | 'abdominalPain'
  | 'bleeding'
  | 'pregnancy'
  | 'mentalHealth'
  | 'poisoning'
  | 'allergy'
  | 'infection'
  | 'injury'
  | 'paediatric'
  | 'metabolic'
  | 'renal'
  | 'environmental'
  | 'collapse'
  | 'seizure';

export interface Presentation {
  id: PresentationId;
  zh: RegExp;
  en: RegExp;
  /** Two to four questions whose answers decide emergency vs urgent vs routine. */
  ask: { zh: string[]; en: string[] };
}

const p = (id: PresentationId, zh: RegExp, en: RegExp, askZh: string[], askEn: string[]): Presentation => ({ id, zh, en, ask: { zh: askZh, en: askEn } });

export const PRESENTATIONS: readonly Presentation[] = [
  p(
    'chestPain',
    /胸(?:口|部|前|骨后|膛)?[^，。,]{0,4}(?:痛|疼|闷|憋|紧|压|难受|不舒服)|心口[^，。,]{0,4}(?:痛|疼|闷|堵|压|难受)|心前区|(?:捂|按|抓)着(?:胸口|胸|心口)/,
    /\b(?:grabb\w*|clutch\w*|holding|clasping) (?:at )?(?:his|her|my|their) chest\b|\bchest\b[^.,]{0,25}\b(?:pain|hurts?|hurting|tight\w*|pressure|heavy|heaviness|discomfort|aches?|aching|squeez\w*|burning|weird|funny)|\b(?:pain|pressure|tightness|heaviness|discomfort)\b[^.,]{0,15}\bchest\b|\bangina\b/i,
    [
      '疼痛是压榨样、闷痛，还是按压某一点才疼？',
      '是否向左臂、下巴或后背放射，或伴出冷汗、气短、恶心？',
      '什么时候开始的，现在还在疼吗？',
      '年龄多大，有没有高血压、糖尿病、心脏病？',
    ],
    [
      'Is it a pressing or squeezing pain, or only sore when you press one spot?',
      'Does it spread to the arm, jaw or back, or come with sweating, breathlessness or nausea?',
      'When did it start, and is it still there now?',
      'How old is the person, and is there diabetes, high blood pressure or heart disease?',
    ],
  ),
  p(
    'breathlessness',
    /喘不(?:上|过|动)|上不来气|透不过气|呼吸(?:困难|急促|费力|不畅)|气(?:短|促|急|喘)|憋气|憋得慌|哮喘|喘息|喘得/,
    /\bbreath\w*\b[^.,]{0,20}\b(?:short|hard|difficult|fast|trouble|struggl\w*|can'?t|laboured|labored)|\b(?:short|shortness|out|struggling|trouble|difficulty|hard|hardly|barely) (?:of |to |for |catching )?breath\w*|\bwheez\w*|\basthma\b|\bgasping\b|\bbreathless\w*/i,
    [
      '坐着休息时也喘吗？能说完整的一句话吗？',
      '嘴唇或指甲有没有发紫？',
      '是突然开始的吗？有没有胸痛、咳血或一侧小腿肿？',
      '如有哮喘，急救吸入剂用了有没有效果？',
    ],
    [
      'Is the person breathless at rest, and can they speak in full sentences?',
      'Are the lips or fingernails blue or grey?',
      'Did it start suddenly, with chest pain, coughing blood or a swollen calf?',
      'If asthma: is the reliever inhaler helping at all?',
    ],
  ),
  p(
    'neuroDeficit',
    /(?:手|脚|胳膊|腿|半边|一侧|一边|脸)[^，。,]{0,4}(?:麻|无力|没劲|不听使唤|动不了|抬不起)|嘴[^，。,]{0,2}(?:歪|斜)|说话[^，。,]{0,4}(?:不清|含糊|不利索)|口齿不清|看东西[^，。,]{0,4}(?:重影|模糊|看不见)|走路[^，。,]{0,4}(?:不稳|歪)|反应(?:慢|迟钝)|糊涂|胡言乱语|意识不清|叫不醒|认不出/,
    /\bnumb\w*|\bweak(?:ness)? (?:in|on|down)\b|\bdroop\w*|\bslurr\w*|\bconfus\w*|\bdouble vision\b|\bcan'?t (?:move|lift|feel|speak|talk|find (?:his|her|my) words)\b|\b(?:not|isn'?t) making sense\b|\bdisorient\w*|\bunsteady\b|\bwobbly\b|\bdrowsy\b|\bhard to wake\b|\bwon'?t wake\b|\bnot (?:himself|herself|themselves)\b|\bout of it\b|\bincoherent\b/i,
    ['症状是几点开始的？是突然出现的吗？', '有没有口角歪斜、一侧手脚无力、说话不清？', '现在是否已完全恢复？', '有没有头部外伤、低血糖或服用抗凝药？'],
    [
      'Exactly when did it start, and did it come on suddenly?',
      'Is there a drooping face, a weak arm or leg on one side, or slurred speech?',
      'Has it completely gone now?',
      'Any head injury, low blood sugar, or blood thinners?',
    ],
  ),
  p(
    'headache',
    /头(?:痛|疼)|脑袋(?:痛|疼)|偏头痛|头要炸/,
    /\bhead ?aches?\b|\bmigraine\b|\bhead (?:hurts|is (?:killing|pounding|splitting))\b|\bpain in (?:my|his|her) head\b/i,
    [
      '是不是突然发生、几秒内达到最痛，是这辈子最痛的一次吗？',
      '有没有脖子僵硬、发烧、呕吐、意识模糊或手脚无力？',
      '最近有没有头部外伤，是否在服抗凝药？',
      '如果在怀孕或刚生完孩子：有没有看东西模糊、脸手浮肿？',
    ],
    [
      'Did it come on suddenly, reaching its worst within seconds — the worst ever?',
      'Is there a stiff neck, fever, vomiting, confusion or weakness?',
      'Any recent head injury, or blood thinners?',
      'If pregnant or recently delivered: blurred vision or swollen face and hands?',
    ],
  ),
  p(
    'abdominalPain',
    /(?:肚子|腹部?|胃|小腹|下腹|上腹|右下腹|左下腹|肚脐)[^，。,]{0,4}(?:痛|疼|绞|胀|难受)|腹痛|肚子疼/,
    /\b(?:belly|stomach|tummy|abdomen|abdominal|gut|side)\b[^.,]{0,20}\b(?:pain|hurts?|hurting|cramps?|ache|aching|agony|swollen|bloated|hard)|\b(?:pain|cramps?) in (?:my|his|her|the) (?:belly|stomach|tummy|abdomen|side)\b/i,
    ['疼痛是不是持续加重、碰一下或走路都疼，肚子发硬？', '有没有发烧、反复呕吐、呕血、黑便或不排气？', '是否怀孕或可能怀孕？', '年龄多大，是否服抗凝药？'],
    [
      'Is the pain constant and getting worse, is the belly hard, or does walking or a bump hurt?',
      'Any fever, repeated vomiting, vomiting blood, black stools, or no wind passed?',
      'Could the person be pregnant?',
      'How old is the person, and are they on blood thinners?',
    ],
  ),
  p(
    'bleeding',
    /出血|流血|血流|吐血|呕血|咳血|咯血|便血|黑便|大便[^，。,]{0,4}(?:黑|血)|尿血|血尿|阴道[^，。,]{0,4}血|见红|血[^，。,]{0,2}止不住/,
    /\bbleed\w*|\bblood\w*\b[^.,]{0,20}\b(?:stool|poo|vomit|pee|urine|cough|everywhere|won'?t stop|soak\w*)|\b(?:black|tarry) (?:stool|poo|poop)\w*|\bvomit\w* blood\b|\bcough\w* (?:up )?blood\b|\bhaemorrh\w*|\bhemorrh\w*/i,
    [
      '出血量多少？按压10分钟能不能止住？',
      '有没有头晕、心慌、出冷汗、脸色苍白或晕倒？',
      '是否在服华法林、阿司匹林等抗凝/抗血小板药？',
      '如果是怀孕或产后出血：一小时湿透几片卫生巾？',
    ],
    [
      'How much blood, and does firm pressure for 10 minutes stop it?',
      'Any dizziness, racing heart, cold sweat, pale skin or fainting?',
      'Is the person on warfarin, aspirin or another blood thinner?',
      'If pregnant or after birth: how many pads are soaked in an hour?',
    ],
  ),
  p(
    'pregnancy',
    /怀孕|孕\d+周|孕[一二三四五六七八九十]+(?:周|个月)|孕(?:早|中|晚)期|妊娠|产后|坐月子|胎动|见红|破水|宫缩/,
    /\bpregnan\w*|\b\d{1,2} (?:weeks?|wks?) (?:pregnant|along)\b|\bpost-?partum\b|\bgave birth\b|\bc-?section\b|\bwaters? (?:broke|breaking)\b|\bcontractions?\b|\bbaby (?:hasn'?t|isn'?t|not) (?:moving|kicking)\b|\bfetal movement\b/i,
    ['怀孕多少周，或生完孩子多久？', '有没有阴道出血、持续腹痛或肚子发硬？', '胎动比平时少吗？有没有破水？', '有没有剧烈头痛、看东西模糊、脸手浮肿？'],
    [
      'How many weeks pregnant, or how long since the birth?',
      'Any vaginal bleeding, constant belly pain or a hard belly?',
      'Is the baby moving less than usual? Have the waters broken?',
      'Any severe headache, blurred vision, or swollen face and hands?',
    ],
  ),
  p(
    'mentalHealth',
    /抑郁|焦虑|崩溃|绝望|想不开|情绪[^，。,]{0,4}(?:低落|很差|失控)|幻听|幻觉|被害|躁狂|自残|轻生/,
    /\bdepress\w*|\bhopeless\b|\bpanic\b|\bhallucinat\w*|\bhearing voices\b|\bparanoi\w*|\bmanic\b|\bpsychos\w*|\bself[- ]?harm\w*|\bsuicid\w*|\bcrisis\b/i,
    ['现在有没有伤害自己或结束生命的想法？', '有没有具体的计划，或者手边有药物、刀具等工具？', '现在身边有人陪着吗？', '有没有已经做出伤害自己的行为？'],
    [
      'Are there thoughts of harming oneself or ending one’s life right now?',
      'Is there a plan, or pills, a weapon or another means at hand?',
      'Is someone with the person now?',
      'Has any self-harm already happened?',
    ],
  ),
  p(
    'poisoning',
    /中毒|误服|误食|误吃|偷吃|吃多了药|过量|吞了|喝了[^，。,]{0,6}(?:农药|洗|消毒|酒精|汽油|药)|一氧化碳|煤气/,
    /\bpoison\w*|\boverdos\w*|\bswallow\w*|\bingest\w*|\bate (?:some|a few|the|his|her|my)? ?(?:pills?|tablets?|berries|mushrooms?|detergent|pods?)\b|\btook (?:too many|a bunch|a handful|\d+)\b|\bcarbon monoxide\b|\bbleach\b|\bdrank (?:some )?(?:bleach|antifreeze|cleaner|chemicals?)\b/i,
    ['吃/喝了什么，大概多少，什么时候？', '现在清醒吗？有没有嗜睡、呕吐、抽搐或呼吸困难？', '请保留药瓶或包装；是否有意服用？'],
    [
      'What was taken, how much, and when?',
      'Is the person awake and alert, or drowsy, vomiting, seizing or breathing badly?',
      'Keep the container. Was it taken on purpose?',
    ],
  ),
  p(
    'allergy',
    /过敏|荨麻疹|风团|嘴唇[^，。,]{0,4}肿|舌头[^，。,]{0,4}肿|喉咙[^，。,]{0,4}(?:肿|紧|发紧)|嗓子[^，。,]{0,4}(?:肿|紧)/,
    /\ballerg\w*|\bhives\b|\bwelts\b|\b(?:lips?|tongue|throat|face) (?:is |are |feels? )?(?:swell\w*|swollen|tight|closing)|\banaphyla\w*|\bepipen\b/i,
    [
      '有没有喉咙发紧、声音嘶哑、吞咽或呼吸困难？',
      '有没有头晕、晕倒或脸色苍白？',
      '接触了什么（食物、药物、蜂蜇）？多久以前？',
      '有没有肾上腺素笔，是否已经用了？',
    ],
    [
      'Any throat tightness, hoarse voice, trouble swallowing or breathing?',
      'Any dizziness, fainting or pale, clammy skin?',
      'What was the trigger (food, medicine, sting), and how long ago?',
      'Is there an adrenaline auto-injector, and has it been used?',
    ],
  ),
  p(
    'infection',
    /发烧|发热|高烧|烧到|低烧|寒战|打摆子|感染|化脓|红肿热痛/,
    /\bfever\w*|\bfebrile\b|\bhigh temp\w*|\brigou?rs\b|\bchills\b|\bshivering\b|\binfect\w*|\bsepsis\b|\bseptic\b|\bpus\b|\bcellulitis\b/i,
    [
      '体温多少？精神状态怎样，能不能正常叫醒、对答？',
      '有没有皮疹压不褪色、脖子僵硬、皮肤发花或手脚冰冷？',
      '有没有呼吸急促、心跳很快、尿很少？',
      '是否在化疗、用免疫抑制药，或年龄很小/很大？',
    ],
    [
      'What is the temperature, and is the person alert and making sense?',
      'Any rash that does not fade under a glass, stiff neck, mottled skin or cold hands and feet?',
      'Fast breathing, racing heart, or very little urine?',
      'Is the person on chemotherapy or immunosuppressants, very young or elderly?',
    ],
  ),
  p(
    'injury',
    /摔|跌倒|撞|车祸|砸|骨折|外伤|伤口|割伤|烫伤|烧伤|咬伤|扭伤/,
    /\bfell\b|\bfall(?:en)?\b|\bhit (?:his|her|my|their) head\b|\bcrash\w*|\baccident\b|\binjur\w*|\bwound\b|\bcut (?:my|his|her)\b|\bbroken? (?:arm|leg|bone|wrist|hip|ankle)\b|\bfracture\w*|\bburn\w*\b|\bbitten\b|\bbite\b|\bsprain\w*/i,
    ['伤在哪里？有没有昏迷、呕吐、意识模糊？', '出血能不能止住？肢体是否变形、不能动？', '是否在服抗凝药，或年龄65岁以上？'],
    [
      'Where is the injury? Any loss of consciousness, vomiting or confusion?',
      'Does pressure stop any bleeding? Is a limb deformed or unable to move?',
      'Is the person on blood thinners, or 65 or older?',
    ],
  ),
  p(
    'paediatric',
    /宝宝|婴儿|新生儿|小孩|孩子|娃|儿子|女儿/,
    /\bbaby\b|\binfant\b|\bnewborn\b|\btoddler\b|\b(?:my|our) (?:son|daughter|kid|child|boy|girl)\b/i,
    [
      '孩子多大？（3个月以下发烧需立即就医）',
      '精神怎么样：能叫醒、会哭会闹，还是软、蔫、叫不醒？',
      '吃奶/喝水和尿量怎么样？',
      '有没有呼吸费力、皮疹压不褪色或抽搐？',
    ],
    [
      'How old is the child? (Any fever under 3 months needs care now.)',
      'Is the child alert and responsive, or floppy, drowsy and hard to wake?',
      'Feeding, drinking and wet nappies: normal or much less?',
      'Any working hard to breathe, a rash that does not fade under a glass, or a fit?',
    ],
  ),
  p(
    'metabolic',
    /血糖|低血糖|高血糖|酮症|酮体|尿酮|糖尿病/,
    /\b(?:blood )?sugars?\b|\bglucose\b|\bhypo(?:glyc\w*)?\b|\bhyper(?:glyc\w*)?\b|\bketon\w*|\bdka\b|\bdiabet\w*/i,
    ['现在血糖是多少？', '人是否清醒，能不能自己吃东西？', '有没有呕吐、腹痛、呼吸深快或尿酮阳性？'],
    [
      'What is the blood sugar reading now?',
      'Is the person awake and able to eat or drink safely?',
      'Any vomiting, belly pain, deep fast breathing or ketones?',
    ],
  ),
  p(
    'renal',
    /少尿|无尿|尿不出|尿(?:很|特别)少|(?:漏|没|错过)[^，。]{0,3}透析/,
    /\bmiss(?:ed|ing)? (?:\w+ )?dialysis\b|\bcan'?t pee\b|\bno urine\b|\bhaven'?t peed\b|\bunable to urinate\b/i,
    ['上次透析是什么时候，有没有漏做？', '有没有心慌、心跳慢或不齐、四肢无力发麻？', '有没有气短、躺不平或明显浮肿？'],
    [
      'When was the last dialysis session, and was one missed?',
      'Any palpitations, slow or irregular heartbeat, or weakness and tingling?',
      'Breathlessness, unable to lie flat, or marked swelling?',
    ],
  ),
  p(
    'environmental',
    /中暑|热射病|高温|冻伤|失温|冻僵|溺水|呛水|落水|触电|电击|雷击|一氧化碳|煤气|炭火|燃气/,
    /\bheat ?stroke\b|\bheat exhaustion\b|\boverheat\w*|\bhypotherm\w*|\bfrostbite\b|\bdrown\w*|\bwent under\b|\belectric\w* shock\b|\belectrocut\w*|\bshocked by\b|\blightning\b|\bcarbon monoxide\b|\bgenerator\b|\bfumes\b|\bgas leak\b/i,
    [
      '人现在清醒吗？呼吸正常吗？',
      '体温是多少（过高或过低）？',
      '家里其他人或宠物是否也有头痛、恶心、乏力？（一氧化碳）',
      '触电后有没有心慌、烧伤或曾失去意识？',
    ],
    [
      'Is the person awake and breathing normally?',
      'What is the body temperature (very high or very low)?',
      'Are others in the home (or pets) also headachy, nauseous or drowsy? (carbon monoxide)',
      'After an electric shock: any palpitations, burns, or loss of consciousness?',
    ],
  ),
  p(
    'collapse',
    /晕倒|晕过去|昏倒|昏迷|倒地|不省人事|叫不醒|没反应|失去意识/,
    /\bcollaps\w*|\bpassed out\b|\bfaint\w*|\bblack(?:ed)? out\b|\bunconscious\b|\bunresponsive\b|\bwon'?t wake\b|\bnot responding\b/i,
    ['现在醒了吗？能正常对答吗？', '晕倒前有没有胸痛、心慌、气短或剧烈头痛？', '有没有抽搐、摔伤头部，或是在运动中晕倒？'],
    [
      'Is the person awake now and talking normally?',
      'Before it: chest pain, palpitations, breathlessness or a severe headache?',
      'Any jerking, head injury, or did it happen during exercise?',
    ],
  ),
  p(
    'seizure',
    /抽搐|抽风|羊癫疯|癫痫|惊厥|口吐白沫|翻白眼/,
    /\bseiz\w*|\bfits?\b|\bconvuls\w*|\bshaking all over\b|\bjerking\b|\bepilep\w*/i,
    ['抽了多长时间？是否超过5分钟，或连续几次之间没醒？', '是第一次抽搐吗？', '现在是否已清醒、呼吸正常？'],
    [
      'How long did it last — over 5 minutes, or repeated without waking in between?',
      'Is this the first ever seizure?',
      'Is the person awake and breathing normally now?',
    ],
  ),
];

/** Presentations that can hide an emergency: never routine without an answer to their questions. */
// Pregnancy and childhood are who the patient is (modifiers), not what is wrong: they sharpen the net, never open it.
export const HIGH_RISK: ReadonlySet<PresentationId> = new Set([
  'chestPain',
  'breathlessness',
  'neuroDeficit',
  'headache',
  'abdominalPain',
  'bleeding',
  'mentalHealth',
  'poisoning',
  'allergy',
  'infection',
  'injury',
  'metabolic',
  'renal',
  'environmental',
  'collapse',
  'seizure',
]);

export interface PresentationHit {
  id: PresentationId;
  text: string;
}

/** Affirmed, current, non-educational mentions of each presentation. */
const GLOBAL = PRESENTATIONS.map((pres) => ({
  pres,
  res: [pres.zh, pres.en].map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)),
}));

export function findPresentations(text: string): PresentationHit[] {
  const cl = clauses(text);
  const out: PresentationHit[] = [];
  // A nursing mother's own breast complaint is not a child's presentation (modifiers.ts nursingMother).
  const mother = nursingMother(text);
  for (const { pres, res } of GLOBAL) {
    if (mother && pres.id === 'paediatric') continue;
    for (const g of res) {
      g.lastIndex = 0;
      let hit: string | undefined;
      for (const m of matchesOf(g, text)) {
        const clause = clauseAt(cl, m.index ?? 0);
        if (isNegated(text, clause, m.index ?? 0) || isHistorical(text, clause) || isEducational(text, clause)) continue;
        hit = m[0];
        break;
      }
      if (hit) {
        out.push({ id: pres.id, text: hit });
        break;
      }
    }
  }
  return out;
}

export function askFor(ids: readonly PresentationId[], lang: 'zh' | 'en', max = 4): string[] {
  const qs: string[] = [];
  for (const id of ids) {
    const pres = PRESENTATIONS.find((x) => x.id === id);
    for (const q of pres?.ask[lang] ?? []) if (!qs.includes(q)) qs.push(q);
    if (qs.length >= max) break;
  }
  return qs.slice(0, Math.max(2, Math.min(max, qs.length)));
}
