// Presentation × discriminator × modifier rules: the clinical layer above the sign vocabulary. Where red-flags/rules.ts
// needs named signs to co-occur, these read the presentation, who the patient is (modifiers), measured numbers
// (vitals) and generic discriminators (severity, sudden onset, altered mentation). Each rule is one clinical idea
// (atypical MI in older or diabetic people, missed dialysis, neutropenic fever, postpartum haemorrhage, CO in a home…).
import type { RedFlagRule } from '../red-flags/rules.js';
import type { SignId } from '../red-flags/signs.js';
import type { ModifierId } from './modifiers.js';
import type { PresentationId } from './presentations.js';
import type { VitalFinding } from './vitals.js';
import { clauseAt, clauses, isHistorical, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { globalOf } from '../../core/regex.js';

/** True when some match of `re` is affirmed: not negated in its clause ("嘴不肿", "no tongue swelling") and not past. */
export function affirmed(re: RegExp, text: string): boolean {
  // Cheap rejection first (most rules' words are absent), then one global copy per pattern, compiled once.
  re.lastIndex = 0;
  if (!re.test(text)) return false;
  const g = globalOf(re);
  g.lastIndex = 0;
  const cl = clauses(text);
  for (const m of matchesOf(g, text)) {
    const clause = clauseAt(cl, m.index ?? 0);
    if (!isNegated(text, clause, m.index ?? 0) && !isHistorical(text, clause)) return true;
  }
  return false;
}

export interface ClinicalContext {
  text: string;
  signs: ReadonlySet<SignId>;
  presentations: ReadonlySet<PresentationId>;
  modifiers: ReadonlySet<ModifierId>;
  vitals: readonly VitalFinding[];
}

export interface ClinicalRule extends RedFlagRule {
  test: (c: ClinicalContext) => boolean;
}

/** Severity words: "剧烈", "疼得打滚", "worst", "10/10", "can't stand up". */
export const SEVERE =
  /剧烈|剧痛|疼得(?:受不了|打滚|直不起|满头|要命|要死|不行|厉害)|痛得(?:受不了|打滚|直不起|要命|要死|不行|厉害)|特别(?:疼|痛|厉害)|非常(?:疼|痛)|越来越(?:疼|痛|重|厉害)|受不了|撕裂|刀割|\b(?:severe|excruciating|worst|unbearable|agony|agonis\w+|agoniz\w+|terrible|horrible|really bad|so bad|10\/10|screaming|doubled over|getting worse|worse and worse)\b/i;
/** Alertness changed: confusion, drowsiness, not responding. */
export const ALTERED =
  /意识(?:不清|模糊)|神志不清|糊涂|前言不搭后语|语无伦次|说胡话|像喝醉了?|\bacting (?:drunk|strange|weird|odd|confused)\b|迷糊|胡言乱语|答非所问|叫不醒|叫不应|没反应|嗜睡|昏睡|昏昏沉沉|认不出|反应(?:很|特别)?(?:慢|迟钝)|\bconfus\w*|\bdisorient\w*|\b(?:not|isn'?t|wasn'?t) making (?:any )?sense\b|\bdrowsy\b|\bhard to (?:wake|rouse)\b|\bwon'?t wake\b|\bunresponsive\b|\bnot responding\b|\bout of it\b|\bincoherent\b|\bdoesn'?t know where\b|\bslurring\b|\bvery sleepy\b|\bcan'?t (?:stay awake|keep (?:his|her|their) eyes open)\b/i;
const ATYPICAL_ACS =
  /乏力|没力气|虚弱|出汗|冷汗|恶心|想吐|胃(?:不舒服|难受|疼)|烧心|气短|喘|心慌|下巴|牙|左(?:肩|臂|胳膊)|后背|\b(?:tired|exhausted|weak|sweat\w*|clammy|nause\w*|sick|indigestion|heartburn|breathless|short of breath|jaw|left arm|shoulder|back|grey|gray|pale|funny|off)\b/i;
const MISSED_DIALYSIS =
  /(?:漏|没|没有|没去|错过|耽误|跳过|少)[^，。]{0,4}(?:透析|透)|少透|透析[^，。]{0,6}(?:没做|没去|漏|错过|推迟)|\bmiss(?:ed|ing)? (?:\w+ ){0,3}(?:dialysis|session|sessions)\b|\bskip(?:ped)? (?:\w+ ){0,2}(?:dialysis|session)\b|\bhaven'?t (?:had|been to) dialysis\b/i;
const HYPERK_SYMPTOMS =
  /无力|没劲|发麻|麻木|心慌|心跳(?:慢|乱|不齐)|心律|胸闷|喘|\bweak\w*|\bnumb\w*|\btingl\w*|\bpalpitation\w*|\b(?:heart|pulse) (?:is |feels )?(?:slow|irregular|skipping|funny|weird)\b|\bbreathless\b|\bshort of breath\b|\bheavy (?:arms|legs)\b/i;
const HEAVY_BLEED =
  /(?:湿透|浸透|一直流|止不住|哗哗|血块|大量|好多血|很多血|一摊)|\b(?:soak\w*|pouring|gushing|clots?|won'?t stop|heavy|a lot of blood|lots of blood|so much blood|through (?:a |the )?pads?)\b/i;
const GI_BLOOD =
  /黑便|柏油|大便[^，。]{0,4}(?:黑|血)|便血|拉血|吐血|呕血|咖啡(?:色|渣)|\b(?:black|tarry|bloody|maroon) (?:stools?|poo\w*|bowel)|\bblood in (?:the |his |her |my )?(?:stool|poo\w*|toilet|vomit)|\bvomit\w* (?:up )?blood|\bcoffee[- ]grounds?\b|\bthrew up blood\b/i;
const CO_SOURCE =
  /煤气|燃气|炭火|炭盆|烧炭|烤火|热水器|煤炉|蜂窝煤|一氧化碳|\b(?:gas (?:heater|fire|stove|boiler)|boiler|generator|charcoal|carbon monoxide|co alarm|co detector|space heater|furnace|fumes|wood ?stove|fireplace)\b/i;
const SEVERAL_PEOPLE =
  /(?:全家|一家人|家里人|我们(?:几个|都|俩)|都[^，。]{0,4}(?:头疼|头痛|头晕|恶心|想吐)|(?:孩子|老人|狗|猫)[^，。]{0,6}也)|\b(?:we all|all of us|whole family|everyone (?:in the house|at home)|both of us|the kids (?:too|also)|(?:dog|cat) (?:too|also|is)|also (?:has|have|got) (?:a )?headache)/i;
const CO_SYMPTOMS = /头(?:痛|疼|晕)|恶心|想吐|吐了|乏力|犯困|迷糊|\b(?:headaches?|dizzy|nause\w*|vomit\w*|sleepy|drowsy|confus\w*|sick)\b/i;
const CAUDA_BACK = /腰(?:痛|疼)|后背(?:痛|疼)|腰椎|椎间盘|\b(?:back (?:pain|hurts|ache)|sciatica|disc|lower back)\b/i;
const CAUDA_SIGNS =
  /(?:屁股|会阴|肛门|下身|裆部|大腿内侧)[^，。]{0,6}(?:麻|没感觉|没知觉)|(?:尿|小便)[^，。]{0,6}(?:尿不出|解不出|失禁|控制不住|憋不住|没感觉)|大便[^，。]{0,6}(?:失禁|控制不住)|\b(?:saddle|groin|bum|buttocks?|inner thighs?|private parts|genitals?|between (?:my|his|her) legs)\b[^.]{0,25}\bnumb\w*|\bnumb\w*[^.]{0,25}\b(?:saddle|groin|bum|buttocks?|inner thighs?|private parts|genitals?|between (?:my|his|her) legs)|\b(?:can'?t|cannot|unable to|trouble|difficulty) (?:pee|urinate|wee|control (?:my|his|her) (?:bladder|bowels?))\b|\b(?:wet|peed|soiled) (?:myself|himself|herself)\b|\bincontinen\w*/i;
const ASTHMA_FAILING =
  /(?:喷|吸)[^，。]{0,8}(?:没用|不管用|没效果|不顶用|也不行|还是喘)|\b(?:inhaler|reliever|puffer|ventolin|salbutamol|albuterol|nebuli[sz]er)\b[^.]{0,40}\b(?:not (?:helping|working)|isn'?t (?:helping|working)|doesn'?t help|no (?:help|difference)|not doing anything|did nothing|barely helps?)\b|\b(?:puffs?|doses?) (?:and|but) (?:still|no)\b/i;
const NECK_FEVER_RASH =
  /(?:皮疹|红点|紫点|出血点)[^，。]{0,6}(?:不褪|压不)|\b(?:purple|purplish|dark red|red|pinprick)\b[^.]{0,12}\b(?:dots|spots|rash|blotches|marks)\b[^.]{0,40}\b(?:don'?t|doesn'?t|won'?t|didn'?t|not|isn'?t|aren'?t) (?:go away|fade|disappear|blanch|going away|fading)|\brash\b[^.]{0,30}\b(?:doesn'?t|does not|won'?t|not) fade\b|\bglass test\b/i;
const EXERTION_SYNCOPE =
  /(?:运动|跑步|打球|比赛|锻炼)[^，。]{0,8}(?:晕倒|晕过去|倒下|倒地)|\b(?:collapsed|fainted|passed out) (?:\w+ ){0,4}(?:running|playing|exercis\w*|match|game|training|gym)\b|\b(?:running|playing|exercis\w*|training)[^.]{0,20}\b(?:collapsed|fainted|passed out)\b/i;
const OVERHEATED =
  /中暑|热射病|晒晕|(?:高温|太阳|暑|晒)[^，。]{0,10}(?:晕|昏|迷糊|不出汗|抽)|(?:身上|皮肤)[^，。]{0,3}烫[^，。]{0,6}(?:不出汗|没汗)|不出汗了|\bheat ?stroke\b|\b(?:hot|heat|sun)\b[^.]{0,30}\b(?:confus\w*|collapsed|stopped sweating|not sweating|dry skin|passed out|fainted)\b/i;
const DROWNING = /溺水|落水|呛水|淹|\bdrown\w*|\bwent under\b|\bpulled (?:him|her|them) out of the (?:water|pool)\b/i;
const AFTER_DROWN = /咳|喘|呼吸|嗜睡|迷糊|发紫|\bcough\w*|\bbreath\w*|\bsleepy|\bdrowsy|\bconfus\w*|\bblue\b|\bfoam\w*/i;

/** A clinical rule from its id, level, bilingual title and advice and its test (one constructor for every rule file). */
export const clinicalRule = (
  id: string,
  level: 'emergency' | 'urgent',
  zh: string,
  en: string,
  adviceZh: string,
  adviceEn: string,
  test: ClinicalRule['test'],
  chronicDowngrade = false,
): ClinicalRule => ({
  id,
  level,
  title: { zh, en },
  advice: { zh: adviceZh, en: adviceEn },
  when: [],
  test,
  chronicDowngrade,
});

// Concepts added after reading blind batch E's misses (as concepts, not its strings).
const AIRWAY =
  /咽不下|吞不下|(?:咽|吞)口水都(?:咽不下|吞不下|咽不了|困难|难|费劲)|流口水[^，。]{0,6}(?:咽|吞)|(?:喉咙|嗓子)[^，。]{0,6}(?:肿得|堵住|喘不)|声音[^，。]{0,4}(?:闷|含糊)[^，。]{0,8}(?:喘|呼吸)|\b(?:can'?t|cannot|unable to) swallow (?:\w+ ){0,3}(?:spit|saliva)\b|\bdrooling\b|\bstridor\b|\b(?:breathing|breath) (?:is )?(?:making a|making|has a|noisy|whistling|high[- ]pitched)\b[^.]{0,20}(?:noise|sound|whistle)?|\bmuffled voice\b|\bvoice (?:is |all |sounds )?(?:muffled|hot potato)\b/i;
const AIRWAY_CONTEXT = /发烧|高烧|喉咙|嗓子|扁桃体|\bfever|\bthroat|\btonsil|\bswallow/i;
const HIGH_ENERGY =
  /(?:从|自)?[^，。]{0,6}(?:梯子|楼上|高处|屋顶|脚手架|树上|[二三四五六七八九十\d]+\s*(?:米|层|楼))[^，。]{0,4}(?:摔|掉|跌|坠)|(?:摔|掉|跌|坠)[^，。]{0,4}(?:下来|下去)|车祸|被[^，。]{0,6}(?:车|轿车|货车|卡车|电动车|摩托)[^，。]{0,2}(?:撞|碾|压|刮倒|带倒|蹭倒)|\bfell (?:off|from) (?:a |the )?(?:ladder|roof|scaffold\w*|tree|balcony|stairs|horse|\d+ ?(?:m|metres?|meters?|feet|ft|storeys?|stories))|\bfall from (?:height|a ladder|the roof)\b|\b(?:car|motorbike|motorcycle|bike|motor ?vehicle) (?:crash|accident|collision)\b|\b(?:hit|struck|knocked (?:down|off)) by a (?:car|truck|van|bus)\b|\bcame off (?:my|his|her) (?:motorbike|motorcycle|horse|bike)\b/i;
const SPINE =
  /(?:脖子|颈|后背|背|腰)[^，。]{0,4}(?:疼|痛)|(?:腿|脚|下半身|手脚|双手|两只手|两手|胳膊|手臂|四肢)[^，。]{0,6}(?:没知觉|没感觉|动不了|麻|发麻|不能动|使不上劲|没力气?|无力)|\b(?:neck|back|spine) (?:pain|hurts|is (?:killing|sore))\b|\b(?:tingl\w*|numb\w*|can'?t (?:move|feel)) (?:\w+ ){0,3}(?:legs?|feet|arms|hands)\b|\b(?:legs?|feet) (?:\w+ ){0,2}(?:tingl\w*|numb|won'?t move|can'?t move)\b|\bno feeling in\b/i;
const SPINE_NEURO =
  /(?:腿|脚|下半身|手脚|双手|两只手|两手|胳膊|手臂|四肢)[^，。]{0,6}(?:没知觉|没感觉|动不了|麻|发麻|不能动|使不上劲|没力气?|无力)|\b(?:tingl\w*|numb\w*|can'?t (?:move|feel)|no feeling)\b/i;
const OPEN_FRACTURE =
  /骨头[^，。]{0,6}(?:露|戳|扎|刺)出来|(?:露|戳|刺)出骨头|开放性骨折|\bbone (?:is )?(?:sticking|poking|coming) (?:out|through)\b|\bopen fracture\b|\bcompound fracture\b|\b(?:see|seeing|can see) (?:the )?bone\b/i;
const BIG_BURN =
  /(?:整个|整片|大片|一大片|大面积|半边)[^，。]{0,8}(?:烫|烧|起泡|脱皮)|(?:烫|烧)(?:掉|脱|破|烂)了?[^，。]{0,4}(?:一大片|大片|一层|整片)?皮|(?:热水壶|开水壶|热水瓶|暖水瓶|开水|热汤|热油)[^，。]{0,6}(?:打翻|泼|洒|浇|倒)[^，。]{0,10}(?:胸|肚子|背|腿|手臂|胳膊|身上|脸)|\bskin (?:\w+ ){0,2}(?:came|peeled|slid) off\b|\b(?:kettle|pot of boiling)\b[^.]{0,40}\b(?:over|onto|on) (?:his|her|their) (?:chest|body|arm|face|belly|back|legs?)\b|(?:皮|皮肤)[^，。]{0,4}(?:掉了|脱落|发白|烫掉|一碰就掉)|开水[^，。]{0,8}(?:浇|泼|洒|倒)[^，。]{0,6}(?:身上|胸|肚子|腿)|\b(?:boiling|hot) (?:oil|water|fat)\b[^.]{0,40}\b(?:chest|arm|face|body|belly|back|legs?)\b|\bskin (?:is )?(?:peeling|coming) off\b|\b(?:white|leathery|charred|waxy) (?:underneath|skin|patches)\b|\bbig area\b|\blarge area\b/i;
const PSYCHOSIS_DANGER =
  /(?:听到|听见|有)[^，。]{0,6}(?:声音|人)[^，。]{0,8}(?:叫|让|要)[^，。]{0,4}(?:杀|伤|砍|打|死)|(?:拿着?|拎着?|握着?)[^，。]{0,3}(?:菜刀|刀|斧头|棍子)[^，。]{0,10}(?:转|走|喊|骂|要)|说[^，。]{0,4}(?:有人|别人|邻居)[^，。]{0,4}(?:要害|害他|害她|害我|跟踪|监视)[^。]{0,30}(?:刀|砍|杀|打)|\bvoices? (?:\w+ ){0,4}(?:telling|tell|told) (?:him|her|me|them) to (?:kill|hurt|harm|attack)\b|\b(?:holding|waving|grabbed|carrying) (?:a |the )?(?:knife|machete|axe|gun|bat)\b|\bthreaten\w* to (?:kill|hurt|stab)\b/i;
const NECROTISING =
  /(?:疼得|痛得)[^，。]{0,6}(?:不成比例|比看起来)|(?:皮肤|周围)[^，。]{0,6}(?:发紫|紫黑|发黑)[^，。]{0,8}(?:水泡|起泡)|\bpain (?:is )?(?:way |much |far )?(?:worse|out of proportion) (?:than|to) (?:it looks|how it looks|what it looks like)\b|\b(?:purple|purplish|dusky|black)(?:-ish)?\b[^.]{0,30}\bblisters?\b/i;
const SEIZURE_CLUSTER =
  /(?:没醒|未醒|还没醒|没清醒)[^，。]{0,4}又[^，。]{0,3}(?:抽|发作)|(?:第[二三四五]次|好几次|一直抽|抽个不停|接二连三)[^。]{0,6}(?:抽|了)|\b(?:keeps? having|one after another|back to back|without waking|not waking up between|hasn'?t woken up between)\b[^.]{0,30}\b(?:seizures?|fits?)\b|\b(?:seizures?|fits?)\b[^.]{0,30}\b(?:one after another|back to back|without waking|doesn'?t wake|not waking)\b/i;

const vitalAt = (c: ClinicalContext, level: VitalFinding['level']) => c.vitals.filter((v) => v.level === level);
const has = (c: ClinicalContext, ...s: SignId[]) => s.some((x) => c.signs.has(x));
const mod = (c: ClinicalContext, ...m: ModifierId[]) => m.some((x) => c.modifiers.has(x));
const pres = (c: ClinicalContext, ...p: PresentationId[]) => p.some((x) => c.presentations.has(x));

export const CLINICAL_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'critical-vital-signs',
    'emergency',
    '生命体征或化验值达到危急水平',
    'dangerous vital signs or blood values',
    '立即拨打急救电话；保持患者平卧或舒适体位，不要进食。',
    'Call for an ambulance; keep the person lying or sitting comfortably and give nothing by mouth.',
    (c) => vitalAt(c, 'emergency').length > 0,
  ),
  clinicalRule(
    'atypical-heart-attack',
    'emergency',
    '疑似不典型心梗（老年人/糖尿病患者胸口或上腹不适伴出汗、乏力、恶心或气短）',
    'possible heart attack with atypical symptoms (older or diabetic person with chest or upper-belly discomfort plus sweating, weakness, nausea or breathlessness)',
    '停止活动，坐下休息；不要自行开车去医院。',
    'Stop all activity and sit down; do not drive yourself to hospital.',
    (c) =>
      (has(c, 'chestPain', 'epigastric') || pres(c, 'chestPain')) &&
      (mod(c, 'elderly', 'diabetic', 'heartDisease') || has(c, 'sweating')) &&
      ATYPICAL_ACS.test(c.text) &&
      !/按[^，。]{0,3}(?:疼|痛)|\bwhen (?:i |he |she )?press/i.test(c.text),
    true,
  ),
  clinicalRule(
    'missed-dialysis',
    'emergency',
    '透析患者漏做透析后出现无力、心慌或气短（疑似高钾血症/容量超负荷）',
    'missed dialysis with weakness, palpitations or breathlessness (possible high potassium or fluid overload)',
    '立即就医，不要再进食高钾食物（香蕉、橙子、土豆）。',
    'Go to an emergency department now; avoid high-potassium food (bananas, oranges, potatoes).',
    (c) => mod(c, 'dialysis') && MISSED_DIALYSIS.test(c.text) && affirmed(HYPERK_SYMPTOMS, c.text),
  ),
  clinicalRule(
    'postpartum-haemorrhage',
    'emergency',
    '疑似产后大出血',
    'possible postpartum haemorrhage',
    '平躺抬高双腿，立即呼叫急救。',
    'Lie flat with legs raised and call for an ambulance.',
    (c) =>
      mod(c, 'postpartum') &&
      (has(c, 'vaginalBleeding', 'severeBleeding') || pres(c, 'bleeding')) &&
      (HEAVY_BLEED.test(c.text) || has(c, 'dizziness', 'syncope', 'palpitations')),
  ),
  clinicalRule(
    'gi-bleed-on-thinners',
    'emergency',
    '服抗凝/抗血小板药期间消化道出血',
    'gut bleeding while on blood thinners or antiplatelets',
    '不要自行停药或加药，立即就医并带上药物清单。',
    'Go now and bring the medicine list; do not stop or double any medicine on your own.',
    (c) =>
      mod(c, 'anticoagulated') &&
      (has(c, 'melena', 'hematemesis') || (GI_BLOOD.test(c.text) && (HEAVY_BLEED.test(c.text) || has(c, 'dizziness', 'syncope', 'palpitations')))) &&
      !/(?:大便|stool|poo)[^，。.]{0,6}(?:颜色正常|normal colou?r)/i.test(c.text),
  ),
  clinicalRule(
    'carbon-monoxide',
    'emergency',
    '疑似一氧化碳中毒（同一室内多人头痛、恶心或嗜睡）',
    'possible carbon monoxide poisoning (several people in one place with headache, nausea or drowsiness)',
    '立即打开门窗、离开房间到室外，关闭燃气/炉具后呼叫急救。',
    'Get everyone outside into fresh air now, turn off the appliance if safe, then call for help.',
    (c) =>
      pres(c, 'environmental', 'poisoning', 'headache', 'collapse', 'neuroDeficit') &&
      CO_SOURCE.test(c.text) &&
      CO_SYMPTOMS.test(c.text) &&
      (SEVERAL_PEOPLE.test(c.text) || affirmed(ALTERED, c.text) || has(c, 'syncope', 'unconscious')),
  ),
  clinicalRule(
    'cauda-equina',
    'emergency',
    '疑似马尾综合征（腰背痛伴会阴麻木或大小便异常）',
    'possible cauda equina syndrome (back pain with saddle numbness or bladder/bowel change)',
    '这需要在数小时内做急诊磁共振，立即前往急诊。',
    'This needs an emergency MRI within hours; go to an emergency department now.',
    (c) => CAUDA_BACK.test(c.text) && affirmed(CAUDA_SIGNS, c.text),
  ),
  clinicalRule(
    'severe-asthma',
    'emergency',
    '哮喘急性发作且急救吸入剂无效',
    'severe asthma attack not responding to the reliever',
    '继续每隔几分钟使用急救吸入剂（最多10喷），坐直，立即呼叫急救。',
    'Sit upright, keep taking the reliever (up to 10 puffs), and call for an ambulance now.',
    (c) => (pres(c, 'breathlessness') || has(c, 'dyspnea', 'severeDyspnea')) && ASTHMA_FAILING.test(c.text),
  ),
  clinicalRule(
    'neutropenic-sepsis',
    'emergency',
    '化疗或免疫抑制期间发热（疑似粒细胞缺乏性发热/脓毒症）',
    'fever during chemotherapy or immunosuppression (possible neutropenic sepsis)',
    '立即前往急诊，告知正在化疗；不要等待退烧药起效。',
    'Go to an emergency department now and say you are on chemotherapy; do not wait to see if paracetamol works.',
    (c) =>
      mod(c, 'immunosuppressed') &&
      (has(c, 'fever', 'highFever') || c.vitals.some((v) => v.id === 'fever') || /寒战|打摆子|\brigou?rs\b|\bshivering\b|\bchills\b/i.test(c.text)),
  ),
  clinicalRule(
    'sepsis-signs',
    'emergency',
    '疑似脓毒症（感染伴意识改变、皮肤发花或呼吸急促）',
    'possible sepsis (infection with confusion, mottled skin or fast breathing)',
    '立即就医，告诉医生你担心是脓毒症。',
    'Go now and tell staff you are worried about sepsis.',
    (c) =>
      (pres(c, 'infection') || has(c, 'fever')) &&
      (affirmed(ALTERED, c.text) || has(c, 'poorPerfusion') || NECK_FEVER_RASH.test(c.text) || c.vitals.some((v) => v.id === 'fast-rr' || v.id === 'low-bp')) &&
      !/精神(?:还|挺|很)?好|能吃能玩|\b(?:playing|alert|eating well|feeding well)\b/i.test(c.text),
  ),
  clinicalRule(
    'exertional-collapse',
    'emergency',
    '运动中晕倒（可能为心源性）',
    'collapse during exercise (possibly heart-related)',
    '让患者平躺；如无正常呼吸，立即开始心肺复苏并使用AED。',
    'Lay the person flat; if not breathing normally, start CPR and use an AED.',
    (c) => EXERTION_SYNCOPE.test(c.text),
  ),
  clinicalRule(
    'heat-stroke',
    'emergency',
    '疑似中暑/热射病',
    'possible heat stroke',
    '移到阴凉处，用凉水持续降温，立即呼叫急救。',
    'Move to shade, cool with water continuously, and call for an ambulance.',
    (c) =>
      OVERHEATED.test(c.text) &&
      (affirmed(ALTERED, c.text) ||
        has(c, 'syncope', 'unconscious', 'seizure', 'confusion') ||
        c.vitals.some((v) => v.id === 'hyperpyrexia' || v.id === 'high-fever')),
  ),
  clinicalRule(
    'drowning',
    'emergency',
    '溺水后（即使已恢复也需评估）',
    'after a drowning or near-drowning',
    '即使看起来已恢复，咳嗽、气促或嗜睡也需立即就医。',
    'Even if they seem recovered, coughing, fast breathing or drowsiness need emergency care now.',
    (c) => pres(c, 'environmental') && DROWNING.test(c.text) && AFTER_DROWN.test(c.text),
  ),
  clinicalRule(
    'head-injury-elderly-thinners',
    'emergency',
    '老年人或服抗凝药者头部外伤',
    'head injury in an older person or someone on blood thinners',
    '即使现在看起来没事，也需要今天做头颅CT；出现呕吐、嗜睡立即呼叫急救。',
    'They need a head scan now even if they seem fine; vomiting or drowsiness means call an ambulance.',
    (c) => has(c, 'headInjury') && mod(c, 'anticoagulated'),
  ),
  clinicalRule(
    'airway-obstruction',
    'emergency',
    '气道梗阻征象（不能吞咽口水、流涎、呼吸有异响）',
    'signs of a blocked airway (cannot swallow saliva, drooling, noisy breathing)',
    '保持坐直，不要让患者躺下或检查喉咙，立即呼叫急救。',
    'Keep the person sitting upright; do not lay them down or look in the throat; call for an ambulance.',
    (c) => affirmed(AIRWAY, c.text) && AIRWAY_CONTEXT.test(c.text) && !/\bno (?:drooling|stridor)\b|没有?流口水/i.test(c.text),
  ),
  clinicalRule(
    'spinal-injury',
    'emergency',
    '高能量外伤后颈背痛或肢体麻木无力（疑似脊髓损伤）',
    'neck or back pain with tingling or weakness after a serious fall or crash (possible spinal injury)',
    '不要移动伤者，保持头颈不动，立即呼叫急救。',
    'Do not move the person; keep the head and neck still and call for an ambulance.',
    (c) => HIGH_ENERGY.test(c.text) && affirmed(SPINE, c.text) && affirmed(SPINE_NEURO, c.text),
  ),
  clinicalRule(
    'open-fracture',
    'emergency',
    '开放性骨折（骨头外露）',
    'open fracture (bone through the skin)',
    '不要把骨头推回去；用干净布料覆盖并固定，立即呼叫急救。',
    'Do not push the bone back; cover it with a clean cloth, keep the limb still and call for an ambulance.',
    // Scoped like every finding: "no bone sticking out" is a denial, not an open fracture.
    (c) => affirmed(OPEN_FRACTURE, c.text),
  ),
  clinicalRule(
    'major-burn',
    'emergency',
    '大面积或深度烧烫伤',
    'a large or deep burn',
    '用凉（非冰）流水冲洗20分钟，用保鲜膜轻覆，立即呼叫急救。',
    'Cool with cool running water for 20 minutes, cover loosely with cling film and call for an ambulance.',
    (c) =>
      // "整个脚背红肿发烫" is inflammation: feeling hot (发烫) and fever (发烧) are not burns.
      affirmed(BIG_BURN, c.text) &&
      !/晒伤|晒|sunburn/i.test(c.text) &&
      (pres(c, 'injury') || /(?<!发)烫|(?<!发)烧(?!心)|开水|热水|热汤|热油|burn|scald|boiling|oil|\bhot (?:water|soup|tea|coffee|drink|milk)\b/i.test(c.text)),
  ),
  clinicalRule(
    'psychosis-danger',
    'emergency',
    '精神病性症状伴伤人风险（命令性幻听、持械）',
    'psychosis with a risk of violence (voices telling them to harm, holding a weapon)',
    '保持距离，确保自身安全，不要激惹对方，立即拨打急救或报警电话。',
    'Keep a safe distance, do not confront them, and call emergency services now.',
    (c) => PSYCHOSIS_DANGER.test(c.text),
  ),
  clinicalRule(
    'necrotising-infection',
    'emergency',
    '疑似坏死性筋膜炎（疼痛与外观不符、皮肤发紫起泡伴发热）',
    'possible flesh-eating infection (pain far worse than it looks, purple skin or blisters, fever)',
    '立即前往急诊，说明担心是坏死性感染。',
    'Go to an emergency department now and say you are worried about a flesh-eating infection.',
    (c) => NECROTISING.test(c.text) && (pres(c, 'infection') || has(c, 'fever') || /发烧|发热|\bfever|feel awful|unwell/i.test(c.text)),
  ),
  clinicalRule(
    'seizure-cluster',
    'emergency',
    '反复抽搐、发作间期未清醒',
    'repeated seizures without recovery in between',
    '让患者侧卧，记录发作时间，立即呼叫急救。',
    'Turn the person on their side, note the times, and call for an ambulance.',
    (c) => SEIZURE_CLUSTER.test(c.text) && (pres(c, 'seizure') || has(c, 'seizure')),
  ),
  clinicalRule(
    'severe-pain-high-risk',
    'urgent',
    '高危人群的剧烈疼痛',
    'severe pain in a high-risk person',
    '今天就医；疼痛加重或出现晕倒、出血请立即呼叫急救。',
    'See a doctor today; worsening pain, fainting or bleeding means call an ambulance.',
    (c) =>
      SEVERE.test(c.text) &&
      pres(c, 'abdominalPain', 'headache', 'chestPain') &&
      mod(c, 'elderly', 'pregnant', 'postpartum', 'anticoagulated', 'immunosuppressed', 'recentSurgery', 'dialysis'),
  ),
  clinicalRule(
    'abnormal-vital-signs',
    'urgent',
    '生命体征或化验值异常',
    'abnormal vital signs or blood values',
    '今天就医复查。',
    'Get checked by a doctor today.',
    (c) => vitalAt(c, 'urgent').length > 0,
  ),
];

export function firedClinical(c: ClinicalContext): ClinicalRule[] {
  return CLINICAL_RULES.filter((r) => r.test(c));
}
