// A structural reader of exposures whose danger is the situation, not a red-flag word: it reads a message for its
// parts — an agent (a burning fuel in a closed space; a medicine with a narrow margin between dose and poisoning),
// how the person met it (indoors with the windows shut, "on lithium for years", a precipitant such as days of
// vomiting, a new interacting medicine or an extra dose) and the symptoms that agent causes — and reports an exposure
// only when the parts fit together. The clinical rules (clinical-context.ts) grade what it finds. Medicine names come
// from the knowledge base's drug alias table (src/knowledge/drugs.ts: generic, English and brand names), so a brand
// the table knows is read as its generic.
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { affirmed } from './clinical.js';
import { escapeRegExp } from '../../core/regex.js';

// --- Carbon monoxide: combustion + enclosed space (or several people ill) + symptoms ------------------------------
/** Something burning: a fuel, or a device that burns one. */
const COMBUSTION =
  /炭|煤|柴火|燃气|煤气|液化气|天然气|火锅|烤火|取暖器|暖炉|热水器|发电机|汽车[^，。]{0,4}(?:发动|没熄火|开着)|车[^，。]{0,3}(?:没熄火|打着火)|\b(?:charcoal|coal|propane|kerosene|paraffin heater|gas (?:heater|fire|stove|boiler|cooker|ring)|boiler|generator|barbecue|bbq|grill|brazier|hot ?pot|camping stove|wood ?(?:stove|burner)|log burner|fireplace|furnace|space heater|engine (?:running|on)|car (?:running|idling)|exhaust)\b/i;
/** A closed or small space, or a shut room. */
const ENCLOSED =
  /屋里|屋内|室内|房间|家里|在家|车库|地下室|帐篷|车里|车内|卫生间|浴室|洗澡|门窗[^，。]{0,4}(?:关|闭)|关(?:着|紧|好)?[^，。]{0,2}(?:门窗|窗)|窗[^，。]{0,3}(?:关|没开|不开)|不通风|密闭|\b(?:indoors?|inside|in the (?:house|flat|apartment|room|kitchen|bedroom|living room|garage|tent|caravan|cabin|basement|bathroom|car|van)|garage|tent|caravan|basement|cabin|windows? (?:shut|closed)|(?:shut|closed) (?:the )?windows?|no ventilation|poorly ventilated|sealed)\b/i;
const CO_SYMPTOM =
  /头(?:痛|疼|晕)|恶心|想吐|呕吐|吐了|乏力|没力气|犯困|嗜睡|迷糊|糊涂|晕倒|昏倒|晕过去|站不稳|胸闷|心慌|\b(?:headaches?|dizz\w*|nause\w*|vomit\w*|threw up|throwing up|sick|drowsy|sleepy|confus\w*|faint\w*|passed out|collapsed|weak|chest pain|breathless)\b/i;
/** More than one person (or a pet) ill at once: the household points to the air, not to an illness. */
const SEVERAL =
  /全家|一家人|家里人|(?:我们|大家|几个人|[两三四五六几]个人)[^，。]{0,4}都|都[^，。]{0,3}(?:头痛|头疼|头晕|恶心|想吐)|(?:孩子|老人|狗|猫)[^，。]{0,6}也|\b(?:we all|all of us|both of us|whole family|everyone|the (?:kids|children) (?:too|also|as well)|(?:dog|cat) (?:too|also|as well|is)|(?:my )?(?:husband|wife|partner) and i (?:both|all)|both (?:have|got|feel))\b/i;
/** Asking how to prevent it, no one ill now. */
const PREVENTION =
  /怎么(?:防|预防|避免)|如何(?:防|预防)|要不要装|报警器有用|\bhow (?:do|can|should) (?:i|we) (?:prevent|avoid|stay safe)\b|\bis it safe to\b|\bdo i need a (?:co )?(?:alarm|detector)\b|报警器|探测器|\b(?:alarm|detector)s?\b/i;

const CO_WORD = /一氧化碳|煤气中毒|\bcarbon monoxide\b|\bco (?:alarm|detector|poisoning)\b/i;

/** A question about preventing carbon monoxide poisoning (alarms, heaters, hotpot indoors) with no one ill now. */
export function isCoPreventionQuestion(text: string): boolean {
  return (COMBUSTION.test(text) || CO_WORD.test(text)) && PREVENTION.test(text) && !affirmed(CO_SYMPTOM, text);
}

export interface CoExposure {
  /** Symptoms present, several people ill. */
  symptoms: boolean;
  several: boolean;
}

/** A combustion source in a closed space (or several people ill beside one) with symptoms. */
export function readCarbonMonoxide(text: string): CoExposure | null {
  if (!COMBUSTION.test(text) || PREVENTION.test(text)) return null;
  const several = SEVERAL.test(text);
  if (!ENCLOSED.test(text) && !several) return null;
  const symptoms = affirmed(CO_SYMPTOM, text);
  if (!symptoms) return null;
  return { symptoms, several };
}

// --- Medicine toxicity: a narrow-margin medicine + taking it + the toxicity it causes -------------------------------
type ToxSign = 'neuro' | 'tremor' | 'gi' | 'cardiac' | 'visual' | 'bleeding' | 'resp' | 'mucosa' | 'seizure' | 'hypo';

/** Toxicity signs, each a class of finding (not a sentence). */
const SIGN: Record<ToxSign, RegExp> = {
  neuro:
    /糊涂|迷糊|说胡话|意识(?:不清|模糊)|反应(?:很|特别)?(?:慢|迟钝)|嗜睡|昏睡|叫不醒|走路[^，。]{0,4}(?:不稳|打晃|摇晃|踉跄)|站不稳|说话[^，。]{0,4}(?:不清|含糊)|\b(?:confus\w*|not making sense|muddled|drowsy|very sleepy|hard to wake|unsteady|stumbling|staggering|falling over|can'?t walk straight|wobbly|slurr\w*|ataxi\w*|disorient\w*)\b/i,
  tremor: /手抖|发抖|抖得|颤抖|肌肉[^，。]{0,3}(?:跳|抽)|\b(?:shak\w*|trembl\w*|tremor|twitch\w*|jerk\w*)\b/i,
  gi: /呕吐|吐了|想吐|恶心|拉肚子|腹泻|没胃口|\b(?:vomit\w*|threw up|throwing up|being sick|nause\w*|diarrh\w*|off (?:her|his|my) food|no appetite)\b/i,
  cardiac:
    /心跳[^，。]{0,4}(?:慢|乱|不齐|很快|特别快)|脉搏[^，。]{0,4}(?:慢|乱)|心慌|心悸|晕倒|\b(?:pulse|heart ?rate|heart)\b[^.]{0,20}\b(?:slow|irregular|racing|skipping|low|4\d|3\d)\b|\bpalpitation\w*|\b(?:fainted|passed out|blacked out)\b/i,
  visual:
    /看(?:东西)?[^，。]{0,6}(?:发黄|发绿|黄色|绿色|光圈|模糊|重影)|\b(?:yellow|green)\w*\b[^.]{0,20}\b(?:vision|tinge|tint|everything)|\beverything (?:looks|is|seems) (?:yellow|green)|\b(?:halos?|blurred vision|double vision)\b/i,
  bleeding:
    /出血|流血|牙龈[^，。]{0,3}血|鼻血|尿[^，。]{0,3}(?:血|红)|黑便|青一块紫一块|瘀青|\b(?:bleed\w*|bruis\w*|nosebleed\w*|blood in (?:the |his |her |my )?(?:urine|pee|stool|poo))\b/i,
  resp: /呼吸[^，。]{0,4}(?:慢|浅|弱)|叫不醒|嘴唇发紫|\b(?:breathing (?:is )?(?:slow|shallow)|slow breathing|pinpoint pupils|blue lips)\b/i,
  mucosa: /口腔溃疡|嘴里[^，。]{0,3}(?:溃疡|烂)|\b(?:mouth ulcers?|sores in (?:the|her|his|my) mouth)\b/i,
  seizure: /抽搐|抽筋|抽了|\b(?:seizure|fit|fitting|convuls\w*)\b/i,
  hypo: /出冷汗|手抖[^，。]{0,4}出汗|低血糖|\b(?:hypo\b|sweaty and shaky|low (?:blood )?sugar)\b/i,
};

interface Profile {
  /** Canonical Chinese generic names in the knowledge base's alias table (src/knowledge/drugs.ts). */
  drugs: string[];
  /** Signs of this medicine's toxicity; `serious` ones alone (with a precipitant) make an emergency. */
  signs: ToxSign[];
  serious: ToxSign[];
}

/** Medicines whose poisoning looks like an illness (narrow therapeutic index), grouped by what their toxicity does. */
const PROFILES: Record<string, Profile> = {
  lithium: { drugs: ['碳酸锂'], signs: ['neuro', 'tremor', 'gi', 'seizure'], serious: ['neuro', 'seizure'] },
  digoxin: { drugs: ['地高辛'], signs: ['gi', 'visual', 'cardiac', 'neuro'], serious: ['visual', 'cardiac', 'neuro'] },
  theophylline: { drugs: ['茶碱', '氨茶碱'], signs: ['gi', 'cardiac', 'seizure', 'tremor'], serious: ['seizure', 'cardiac'] },
  antiepileptic: { drugs: ['苯妥英', '卡马西平', '丙戊酸钠'], signs: ['neuro', 'gi', 'visual'], serious: ['neuro'] },
  methotrexate: { drugs: ['甲氨蝶呤'], signs: ['mucosa', 'bleeding', 'gi'], serious: ['bleeding', 'mucosa'] },
  colchicine: { drugs: ['秋水仙碱'], signs: ['gi', 'neuro', 'cardiac'], serious: ['neuro', 'cardiac'] },
  opioid: { drugs: ['吗啡', '曲马多', '可待因'], signs: ['resp', 'neuro', 'seizure'], serious: ['resp', 'neuro'] },
  sulfonylurea: { drugs: ['格列美脲', '格列齐特'], signs: ['hypo', 'neuro', 'seizure'], serious: ['neuro', 'seizure'] },
  amiodarone: { drugs: ['胺碘酮'], signs: ['cardiac', 'neuro'], serious: ['cardiac'] },
};

/** Extra names the alias table does not hold (lay and class names), per profile. */
const EXTRA_NAMES: Record<string, string[]> = {
  lithium: ['锂盐', '锂', 'priadel', 'camcolit', 'lithobid'],
  digoxin: ['lanoxin', '强心药'],
  theophylline: ['uniphyllin', 'aminophylline'],
  antiepileptic: ['dilantin', 'epilim'],
  opioid: ['oxycodone', 'fentanyl', 'oxycontin', '羟考酮', '芬太尼'],
  sulfonylurea: ['gliclazide', 'glipizide', 'glibenclamide', 'glyburide', '格列本脲', '格列吡嗪'],
};

/** Taking the medicine now (not a question about starting it). */
const ON_IT = /在吃|一直吃|长期吃|每天吃|吃了?[^，。]{0,4}(?:年|个月)|服用|在用|\b(?:on|taking|takes|been taking|prescribed|uses?)\b|吃|服/i;
/** Something that tips a stable dose into poisoning: dehydration, a new interacting medicine, a dose change, kidneys. */
const PRECIPITANT =
  /拉肚子|腹泻|呕吐|吐了?[^，。]{0,4}(?:天|次)|没怎么(?:吃|喝)|吃不下|喝不下|脱水|发烧|新(?:开|加)了?[^，。]{0,6}药|加(?:了)?量|多吃了|吃(?:了)?两次|吃重了|吃多了|肾(?:功能)?[^，。]{0,3}(?:不好|差|衰)|抗生素|消炎药|止痛药|布洛芬|利尿|\b(?:diarrh\w*|vomit\w*|throwing up|not (?:eating|drinking)|dehydrat\w*|fever|new (?:\w+ )?(?:medicine|medication|tablets?|pills?|antibiotic|water pill)|started (?:on )?(?:an? )?(?:\w+ )?(?:antibiotic|water pill|diuretic|ibuprofen|painkiller)|antibiotics?|ibuprofen|naproxen|nsaids?|water pills?|diuretics?|dose (?:was )?(?:increased|doubled|went up|changed)|double(?:d)? (?:dose|up)|took (?:it )?twice|extra (?:dose|tablet)|kidney (?:problems?|function|disease|failure))\b/i;

let names: { profile: string; re: RegExp }[] | undefined;
/** Name patterns per profile, built once from the knowledge base's alias table. */
function nameTable(): { profile: string; re: RegExp }[] {
  if (names) return names;
  const aliases = parseSeedAliases();
  names = Object.entries(PROFILES).map(([profile, p]) => {
    const all = new Set<string>([...(EXTRA_NAMES[profile] ?? [])]);
    for (const d of p.drugs) {
      all.add(d);
      for (const a of aliases[d] ?? []) all.add(a);
    }
    const latin = [...all].filter((n) => /[a-z]/i.test(n)).map(escapeRegExp);
    const han = [...all].filter((n) => !/[a-z]/i.test(n)).map(escapeRegExp);
    const parts = [...(han.length ? [`(?:${han.join('|')})`] : []), ...(latin.length ? [`\\b(?:${latin.join('|')})\\b`] : [])];
    return { profile, re: new RegExp(parts.join('|'), 'i') };
  });
  return names;
}

export interface Toxicity {
  profile: string;
  signs: ToxSign[];
  precipitant: boolean;
}

/**
 * A narrow-margin medicine being taken, with its toxicity signs: two or more of its signs including a serious one, or
 * one serious sign with a precipitant. A tolerated side effect ("mild tremor on lithium, is that normal?") is not.
 */
export function readToxicity(text: string): Toxicity | null {
  for (const { profile, re } of nameTable()) {
    if (!re.test(text) || !ON_IT.test(text)) continue;
    const p = PROFILES[profile]!;
    const signs = p.signs.filter((s) => affirmed(SIGN[s], text));
    const serious = signs.some((s) => p.serious.includes(s));
    const precipitant = affirmed(PRECIPITANT, text);
    if (!serious) continue;
    if (signs.length >= 2 || precipitant) return { profile, signs, precipitant };
  }
  return null;
}
