// Typo and colloquial tolerance before any rule reads the text. English: a word within edit distance 1 (2 for long
// words) of a medical word is read as that word ("chset", "breahting", "unconcious", "siezure"). Chinese: common
// homophone slips from pinyin input ("呼吸困男", "晕到", "抽蓄") and lay terms ("心口窝" → chest). Curly apostrophes
// become straight ones; Chinese numerals after a vital-sign cue become digits ("心跳一百八" → 180). Each replacement keeps
// word boundaries, so negation and clause scopes are unchanged.
import { cantoneseAsMandarin, isCantonese } from '../../core/cantonese-reading.js';
import { toSimplified } from '../../core/han-variants.js';
import { correctCounts } from './count-correction.js';
import { parseNumber } from '../red-flags/numbers.js';
import { unquoteQuantities } from './quoted-quantity.js';

/** Medical words people misspell; common English words are left alone because they are not in this list. */
const EN_MEDICAL = [
  'chest',
  'pain',
  'pressure',
  'breath',
  'breathe',
  'breathing',
  'breathless',
  'shortness',
  'unconscious',
  'conscious',
  'bleeding',
  'blood',
  'vomiting',
  'vomited',
  'seizure',
  'seizures',
  'seizing',
  'stroke',
  'swelling',
  'swollen',
  'throat',
  'tongue',
  'suicide',
  'suicidal',
  'pregnant',
  'pregnancy',
  'overdose',
  'toddler',
  'overdosed',
  'pills',
  'tablets',
  'dizzy',
  'dizziness',
  'sweating',
  'sweaty',
  'numb',
  'numbness',
  'slurred',
  'slurring',
  'drooping',
  'headache',
  'stomach',
  'abdomen',
  'abdominal',
  'fainted',
  'fainting',
  'collapsed',
  'confused',
  'confusion',
  'fever',
  'rash',
  'allergic',
  'allergy',
  'reaction',
  'anaphylaxis',
  'asthma',
  'inhaler',
  'wheezing',
  'diabetic',
  'diabetes',
  'insulin',
  'sugar',
  'glucose',
  'potassium',
  'dialysis',
  'kidney',
  'heart',
  'attack',
  'palpitations',
  'racing',
  'pounding',
  'crushing',
  'squeezing',
  'tightness',
  'radiating',
  'shoulder',
  'arm',
  'jaw',
  'weakness',
  'paralysed',
  'paralyzed',
  'vision',
  'double',
  'blurry',
  'blurred',
  'worst',
  'sudden',
  'suddenly',
  'severe',
  'terrible',
  'unbearable',
  'nausea',
  'nauseous',
  'clammy',
  'pale',
  'grey',
  'gray',
  'blue',
  'lips',
  'fingers',
  'ambulance',
  'emergency',
  'hospital',
  'contractions',
  'bleed',
  'miscarriage',
  'postpartum',
  'placenta',
  'movements',
  'kicking',
  'poison',
  'poisoning',
  'swallowed',
  'bleach',
  'carbon',
  'monoxide',
  'generator',
  'drowned',
  'drowning',
  'electric',
  'shock',
  'lightning',
  'hypothermia',
  'heatstroke',
  'temperature',
  'breathes',
  'choking',
  'choked',
  'wheeze',
  'sepsis',
  'infection',
  'shivering',
  'mottled',
  'floppy',
  'lethargic',
  'drowsy',
  'responsive',
  'unresponsive',
  'meningitis',
  'stiff',
  'neck',
  'testicle',
  'testicles',
  'scrotum',
  'groin',
  'bladder',
  'bowel',
  'bowels',
  'numbness',
  'tingling',
  'paracetamol',
  'tylenol',
  'acetaminophen',
  'ibuprofen',
  'aspirin',
  'warfarin',
  'clopidogrel',
  'antidepressants',
  'hallucinating',
  'voices',
  'goodbye',
  'himself',
  'herself',
  'myself',
  'yourself',
  'kill',
  'killing',
  'die',
  'dying',
  'unconsciousness',
  'coughing',
  'cough',
  'vomit',
  'diarrhea',
  'diarrhoea',
  'dehydrated',
  'urine',
  'peeing',
  'stool',
  'black',
  'tarry',
  'swallowing',
  'speaking',
  'talking',
  'walking',
  'balance',
  'dialysis',
  'missed',
  'session',
];

const DICT = new Set(EN_MEDICAL);
const BY_LEN = new Map<number, string[]>();
for (const w of DICT) {
  const list = BY_LEN.get(w.length) ?? [];
  list.push(w);
  BY_LEN.set(w.length, list);
}

// Three reusable rows (no allocation per comparison): this runs for every longer English word of every message.
const ROWS = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau–Levenshtein (optimal string alignment) with an early exit above `max`. Words over 60 letters are not compared. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || a.length > 60 || b.length > 60) return max + 1;
  let prev2 = ROWS[0]!;
  let prev = ROWS[1]!;
  let cur = ROWS[2]!;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

/** Everyday English words that sit one edit from a medical word and must never be "corrected". */
const KEEP = new Set([
  // Swallowing verbs the ingestion readers know ("downed a bottle of pills" is no "drowned").
  'downed',
  'chess',
  'chase',
  'best',
  'rest',
  'test',
  'west',
  'paint',
  'pan',
  'pin',
  'pains',
  'bread',
  'breed',
  'bleeping',
  'blind',
  'blond',
  'blonde',
  'die',
  'dig',
  'dies',
  'pill',
  'tables',
  'tablet',
  'numbs',
  'dizzy',
  'sugars',
  'heat',
  'hearty',
  'heard',
  'hears',
  'earth',
  'arms',
  'army',
  'armed',
  'jam',
  'raw',
  'jaws',
  'worse',
  'worth',
  'words',
  'pal',
  'pole',
  'gravy',
  'grew',
  'glue',
  'lip',
  'lips',
  'finger',
  'stroke',
  'strike',
  'strokes',
  'stoke',
  'shock',
  'stock',
  'shook',
  'sock',
  'block',
  'back',
  'lack',
  'slack',
  'neck',
  'deck',
  'check',
  'peck',
  'stiff',
  'staff',
  'stuff',
  'sniff',
  'kill',
  'skill',
  'till',
  'will',
  'fill',
  'hill',
  'mill',
  'bill',
  'kilt',
  'dying',
  'tying',
  'lying',
  'drying',
  'dye',
  'do',
  'due',
  'dice',
  'diet',
  'died',
  'missed',
  'mixed',
  'kissed',
  'cough',
  'tough',
  'rough',
  'bough',
  'dough',
  'tongue',
  'ton',
  'rash',
  'cash',
  'wash',
  'dash',
  'bash',
  'rush',
  'mash',
  'lash',
  'hash',
  'sash',
  'racing',
  'facing',
  'lacing',
  'pacing',
  'tracing',
  'bleed',
  'breed',
  'blue',
  'clue',
  'flue',
  'glue',
  'true',
  'sue',
  'bluer',
  'pale',
  'male',
  'sale',
  'tale',
  'bale',
  'pile',
  'pole',
  'gale',
  'vale',
  'grey',
  'prey',
  'gray',
  'pray',
  'fray',
  'tray',
  'gay',
  'arm',
  'art',
  'arc',
  'farm',
  'harm',
  'warm',
  'charm',
  'jar',
  'jab',
  'jay',
  'joy',
  'paw',
  'law',
  'saw',
  'raw',
  'vomit',
  'limit',
  'stool',
  'stood',
  'spool',
  'school',
  'tool',
  'pool',
  'cool',
  'fool',
  'poison',
  'prison',
  'session',
  'lession',
  'cession',
  'fever',
  'never',
  'fewer',
  'lever',
  'sever',
  'severe',
  'sincere',
  'double',
  'bubble',
  'trouble',
  'doable',
  'blurry',
  'flurry',
  'hurry',
  'worry',
  'heart',
  'heard',
  'hear',
  'art',
  'cart',
  'dart',
  'part',
  'tart',
  'start',
  'smart',
  'chart',
  'attack',
  'attach',
  'cough',
  'couch',
  'touch',
  'vision',
  'vivian',
  'pregnant',
  'sudden',
  'sodden',
  'hidden',
  'bidden',
  'shoulder',
  'smoulder',
  'boulder',
  'sweaty',
  'sweat',
  'sweet',
  'sweating',
  'breath',
  'breathe',
  'breadth',
  'bath',
  'both',
  'fainted',
  'painted',
  'tainted',
  'rainier',
  'pale',
  'panel',
  'navel',
  'throat',
  'threat',
  'thread',
  'throw',
  'throne',
  'throats',
  'seizure',
  'seized',
  'seize',
  'sizes',
  'leisure',
  'bowel',
  'towel',
  'vowel',
  'dowel',
  'bowels',
  'towels',
  'vowels',
  'urine',
  'urne',
  'urge',
  'purge',
  'stiffness',
  'voices',
  'vices',
  'choices',
  'tingling',
  'tinkling',
  'jingling',
  'balance',
  'valance',
  'ambulance',
  'walking',
  'talking',
  'balking',
  'stalking',
  'speaking',
  'sneaking',
  'creaking',
  'peaking',
  'leaking',
  'shock',
  'floppy',
  'sloppy',
  'choppy',
  'poppy',
  'glucose',
  'sucrose',
  // Found by auditing replacements on 3,000 real consumer questions: everyday words one edit from a medical word.
  'taking',
  'doing',
  'peeling',
  'cooking',
  'contusion',
  'waking',
  'smelling',
  'grown',
  'concussion',
  'cushing',
  'inhale',
  'paler',
  'sweats',
  'movement',
  'voice',
  'bloody',
  'terribly',
  'making',
  'baking',
  'faking',
  'going',
  'being',
  'having',
  'pulls',
  'polls',
  'cheat',
  'crest',
  'brood',
  'stoop',
  'couch',
  'coach',
  'shack',
  'smock',
  'wurst',
  'misses',
  'spearing',
  'dyeing',
  'walling',
  'ditzy',
  'confuses',
  'plain',
  'breach',
  'breeding',
  'lighting',
  'groan',
  'grain',
  'bowed',
  'bowls',
  'blank',
  'block',
  'tardy',
  'messed',
  'swearing',
  'seating',
  'sadden',
  'severs',
  'sevens',
  'raging',
  'racking',
  'kidneys',
  'stools',
  'infections',
  'attacks',
  'breaths',
  'paralysis',
  'infectious',
  'shocks',
  'contracting',
  'hallucinations',
  // One letter from a chemical's name: 'at the beach' is not bleach, 'a leech' not leach.
  'beach',
  'beaches',
  'bleak',
  'leech',
]);

// Corrections are pure and words repeat across messages: remember them (bounded).
const CACHE = new Map<string, string>();

function fuzzyWord(word: string): string {
  const hit = CACHE.get(word);
  if (hit !== undefined) return hit;
  const out = correct(word);
  if (CACHE.size > 20_000) CACHE.clear();
  CACHE.set(word, out);
  return out;
}

function correct(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length < 5 || DICT.has(lower) || KEEP.has(lower) || /\d/.test(lower)) return word;
  const max = lower.length >= 9 ? 2 : 1;
  let best: string | undefined;
  let bestD = max + 1;
  for (let len = lower.length - max; len <= lower.length + max; len++) {
    for (const cand of BY_LEN.get(len) ?? []) {
      // The first letter is almost never the typo in real messages; requiring it keeps false corrections down.
      if (cand[0] !== lower[0]) continue;
      // Two edits only between long words ("unconsious" → "unconscious"), never a long word onto a short one.
      if (max === 2 && cand.length < 9 && Math.abs(cand.length - lower.length) > 0) continue;
      const d = editDistance(lower, cand, max);
      if (d < bestD) {
        bestD = d;
        best = cand;
      }
    }
  }
  return best && bestD <= max ? best : word;
}

/** Pinyin-input slips and lay terms → the words the lexicons know. Same meaning, clearer spelling. */
const ZH_SLIPS: [RegExp, string][] = [
  [/呼吸困男|呼吸困南/g, '呼吸困难'],
  [/晕到|昏到/g, '晕倒'],
  [/抽蓄|抽畜|抽出(?=了|来|个不停)/g, '抽搐'],
  [/昏米|婚迷/g, '昏迷'],
  [/中封|中疯/g, '中风'],
  [/过民|过悯/g, '过敏'],
  [/自沙|自杀了/g, '自杀'],
  // 农要 is 农药 typed by pinyin (nóng yào); 务农要 (farming needs) is a word.
  [/(?<!务)农要/g, '农药'],
  [/胸扣|凶口|兄口/g, '胸口'],
  [/凶闷|胸门/g, '胸闷'],
  [/心梗塞/g, '心肌梗塞'],
  [/喘不上起|喘不过起/g, '喘不上气'],
  [/头通|头同/g, '头痛'],
  [/肚子通/g, '肚子痛'],
  [/出学|出雪/g, '出血'],
  [/吐学|吐雪/g, '吐血'],
  [/心口窝/g, '心口'],
  [/上不来起/g, '上不来气'],
  [/出冷汉|冷汉/g, '冷汗'],
  [/发少|发骚(?=\d|了|到)/g, '发烧'],
  [/嘴唇发子|嘴唇发紫色/g, '嘴唇发紫'],
  [/羊角风|羊羔风/g, '羊癫疯'],
  [/拉黑屎|屙黑屎|拉的是黑的/g, '黑便'],
  [/屙血|拉血/g, '便血'],
  [/没气了|没了气/g, '没有呼吸了'],
  [/背过气去|背过气/g, '晕过去'],
  [/不醒人事/g, '不省人事'],
  [/心绞通/g, '心绞痛'],
];

/**
 * Southwestern Mandarin (Sichuan, Chongqing) written forms → Mandarin: 啥子 what, 没得 + a noun not-have, 活起 living (活起来
 * "come alive" is Mandarin and stays), 屋头 at home, 床边边 by the bed. Words no Mandarin message writes in these senses, so
 * every zh reader (the suicide screen's 活着没什么意思, the self-directed harm reader's bedside) applies unchanged.
 */
const ZH_SOUTHWEST: [RegExp, string][] = [
  [/啥子/g, '什么'],
  [/没得(?=什么|啥|意思|意义|盼头|奔头|用|办法)/g, '没有'],
  [/活起(?!来)/g, '活着'],
  [/屋头/g, '家里'],
  [/(床|枕头|窗子|窗户)边边/g, '$1边'],
];

/**
 * Cantonese colloquial written forms → the Mandarin words the lexicons know (Hong Kong / Guangdong messages): 咗 is the
 * perfective 了, 食/饮 are eat/drink, 细路/BB are a child/baby, 畀 is the passive 被, 冇/唔 are negations. Compounds
 * that keep 食/饮 in Mandarin too (食物, 饮料, 饮食…) are left alone.
 */
const ZH_CANTONESE: [RegExp, string][] = [
  [/咗/g, '了'],
  [/肚屙|屙肚|肚痾|痾肚/g, '拉肚子'],
  [/(?<=[一两二三四五六七八九十半几成])日(?![本子记期])/g, '天'],
  [/食(?![物品欲堂谱材道管疗用盐])/g, '吃'],
  [/(?<![冷热餐])饮(?![料品食用水机])/g, '喝'],
  [/细路(?:仔|女)?|细蚊仔|啲细路/g, '小孩'],
  [/(?<![A-Za-z])BB(?![A-Za-z])|(?<![A-Za-z])bb(?![A-Za-z])|B女|B仔/g, '宝宝'],
  [/老豆|老窦|阿爸/g, '爸爸'],
  [/阿婆|婆婆/g, '奶奶'],
  [/阿公/g, '爷爷'],
  // 畀/俾 after a verb of handing over is 'give to' (交晒俾我: handed it all to me; 晒 there is 'all of it'), not the
  // passive 畀 below: a handing-over act reads as the Mandarin 交给 the farewell readers know.
  [/([交送派还借卖分])晒(?:俾|畀)/g, '全$1给'],
  [/([交送派还借卖分])(?:俾|畀)/g, '$1给'],
  [/畀/g, '被'],
  // 冇人 is 'nobody' (冇人接: nobody answers), not 没有人 — the unreachable reader knows 没人接. 冇人听 is left to the
  // 没有人听 → 没人接 row below (nobody picks up the phone).
  [/冇人(?!听)/g, '没人'],
  [/冇/g, '没有'],
  // 唔好 is "don't" (唔好怪我: don't blame me), 多谢 thanks, 咁多 so many, 冇人听 nobody picks up the phone.
  [/唔好/g, '不要'],
  [/唔/g, '不'],
  [/多谢/g, '谢谢'],
  [/咁多/g, '这么多'],
  [/没有人听/g, '没人接'],
  [/系咪/g, '是不是'],
  [/谂/g, '想'],
  [/嘅/g, '的'],
  [/而家/g, '现在'],
  [/眼瞓/g, '困'],
  [/瞓/g, '睡'],
  [/成身/g, '全身'],
  [/喺/g, '在'],
  [/佢/g, '他'],
  // Added with the traditional-character reader (Hong Kong messages are mostly written in traditional characters):
  // 讲嘢 is to talk, 企 to stand (企业/企图/企鹅 are Mandarin), 晕低 to faint, 睇/见到 to see/look, 攰 tired, 嚟 come.
  [/讲嘢|讲说话/g, '说话'],
  [/嘢/g, '东西'],
  [/晕低/g, '晕倒'],
  [/(?<!屋)企(?![业图鹅划])/g, '站'],
  [/睇(?=到|见|唔|不|下)/g, '看'],
  [/见到/g, '看到'],
  [/攰/g, '累'],
  // 揸 is to hold or grip, 口歪 a mouth pulled to one side, 晒 after a verb of eating or saving is 'all of it'.
  [/揸/g, '拿'],
  [/口歪/g, '嘴歪'],
  // 黐脷根 is a tongue-tie (舌系带短), a child's mouth, not speech gone wrong. 黐脷/黐脷筋 itself: stickyTongueAsSlur below.
  [/黐脷根/g, '舌系带短'],
  [/(?<=[吃喝吞储攒])(?:埋)?晒/g, '光'],
  [/嚟/g, '来'],
  // 头先 is 'just now' (頭先割咗手), 停唔到/止唔到 'won't stop' (after 唔 → 不), 啲 a measure word ('some', 'the').
  [/头先/g, '刚才'],
  [/(?:停|止)不到/g, '止不住'],
  [/啲/g, '些'],
  // 我哋/你哋/佢哋 are we/you/they (唔想再拖累我哋: not wanting to burden us any more; 矇矇哋 'a bit blurry' is no
  // plural); 依家 is 'now' like 而家.
  [/(?<=[我你他她])哋/g, '们'],
  [/依家/g, '现在'],
  // 成樽/成盒 right after an intake verb is 'a whole bottle/box' (食咗成樽药 = 吃了一整瓶药), the mass-ingestion reader's 一整瓶;
  // after 把/将 it is as often a bottle poured out to count (将成樽药倒晒出嚟数过), so not there.
  // Review fix (s29): only when a medicine follows (成樽药, 成盒安眠药, 成樽止咳水, 成盒必理通, a drug name's ending) — 成樽水 (thirst), 成盒朱古力 (a dog's
  // chocolate) stay as typed, not a mass ingestion.
  [
    /(?<=(?:[吃喝吞])了?)成(?:樽|瓶)(?=[^，。！？,.!?]{0,6}(?:药|丸|片|胶囊|止咳|咳水|糖浆|药水|必理通|必理痛|普拿疼|扑热息痛|唑仑|西泮|安定|洛尔|地平|他汀|沙星|霉素|西林|普利|沙坦|双胍|洛芬|panadol|tylenol))/gi,
    '一整瓶',
  ],
  [
    /(?<=(?:[吃喝吞])了?)成([盒板排包])(?=[^，。！？,.!?]{0,6}(?:药|丸|片|胶囊|止咳|咳水|糖浆|药水|必理通|必理痛|普拿疼|扑热息痛|唑仑|西泮|安定|洛尔|地平|他汀|沙星|霉素|西林|普利|沙坦|双胍|洛芬|panadol|tylenol))/gi,
    '一整$1',
  ],
  // Session 40: 成樽 after an intake verb before a household poison (飲咗成樽漂白水, 成樽农药) is 'a whole bottle' too;
  // 成樽水/成樽酒 stay as typed.
  [/(?<=(?:[吃喝吞])了?)成(?:樽|瓶)(?=[^，。！？,.!?]{0,4}(?:漂白|农药|百草枯|敌敌畏|杀虫|除草|老鼠药|鼠药|洁厕|消毒|防冻|天拿水|通渠))/g, '一整瓶'],
  // Session 40: 把口 is 'the mouth' before a droop (把口有啲歪, 把口歪咗), 揸唔实 'can't grip' (拿不稳), 面青青/面青 'ashen'
  // (脸色苍白), and a blow 撞落/撞亲 个肚(度) 'into the belly' (撞到肚子): the stroke and trauma readers' Mandarin words.
  [/把口(?=(?:有些|有点|好|都|开始)?歪)/g, '嘴'],
  [/(?<=拿)不(?:实|稳阵|定)/g, '不稳'],
  [/面(?:青青|青口唇白|色青青|都青埋|青)(?![菜椒])/g, '脸色苍白'],
  [/(?<=[撞打踢顶])(?:落|亲|中|到)?(?:个)?肚(?:度|处)?(?![子痛疼屙])/g, '到肚子'],
  // 活落去/撑落去 is 'go on living / hold on' (活下去, 撑下去); 落去 elsewhere is 'go down' and stays.
  [/(?<=[活撑捱顶熬])落去/g, '下去'],
  // 屋契/楼契 is the house deed (房产证), 袋咗 a thing 'pocketed' (taken along), 条绳 a rope (绳子).
  [/屋契|楼契/g, '房产证'],
  [/(?<=[他她我你])袋(?=了|住|埋)/g, '拿'],
  [/(?<=[条根])绳(?![子索套])/g, '绳子'],
];

/** "一百八" is 180 in speech (not 108); "三十九度五" is 39.5. */
function zhNumber(n: string): number | null {
  const colloquial = /^([一二两三四五六七八九])百([一二三四五六七八九])$/.exec(n);
  if (colloquial) return (parseNumber(colloquial[1]!) ?? 0) * 100 + (parseNumber(colloquial[2]!) ?? 0) * 10;
  return parseNumber(n);
}

// Chinese numerals right after a vital-sign cue become digits, so the vital-sign reader compares them as numbers.
const ZH_VITAL_NUMERAL =
  /((?:心跳|心率|脉搏)(?:[^，。\d]{0,2}?(?:一分钟|每分钟))?|每分钟|血压|高压|低压|体温|烧到|发烧|血糖|血氧|血钾|钾)([^，。\d零〇一二两三四五六七八九十百]{0,4})([零〇一二两三四五六七八九十百]{1,6})(?:(度|点)([一二三四五六七八九]))?/g;

/**
 * Words that name something other than the finding they contain, rewritten before every lexicon reads them:
 * - a condition named after a symptom it is not: hay fever (allergic rhinitis, no raised temperature), cabin or spring
 *   fever, the herb feverfew, 枯草热 / 花粉热;
 * - a side effect asked about or wished away in a medicine — "tablets that don't make you drowsy", "non-drowsy", "will
 *   it make me sleepy?", "without the drowsiness", "不会犯困的药", "吃了会不会嗜睡": a property of the medicine being
 *   chosen, not the person's alertness. A side effect reported as happening ("they made him so drowsy he won't
 *   wake") is left alone.
 */
const SEDATING = String.raw`(?:drowsy|drowsiness|sleepy|sleepiness|tired|groggy|sedated|sedation)`;
const NOT_FINDINGS: [RegExp, string][] = [
  [/\bhay[- ]?fever(?:ish)?\b/gi, 'allergic rhinitis'],
  [/\b(?:cabin|spring) fever\b/gi, 'restlessness'],
  [/\bfeverfew\b/gi, 'herbal remedy'],
  [/枯草热|花粉热/g, '过敏性鼻炎'],
  // en: negated or wished-away causation ("don't/won't/doesn't make you drowsy", "not cause drowsiness").
  [
    new RegExp(
      String.raw`\b(?:do|does|did|will|would|should|could|can|wo|ca)(?:n'?t| not) (?:\w+ )?(?:make|making|leave|cause|causing) (?:you|me|him|her|them|us|one|people|anyone|kids|children)? ?(?:feel )?(?:so |too |very |really )?${SEDATING}\b`,
      'gi',
    ),
    'non-sedating',
  ],
  [
    new RegExp(
      String.raw`\b(?:not|never|nothing|no(?:thing)? that) (?:\w+ )?(?:make|makes|making|cause|causes|causing) (?:you|me|him|her|them|us|one|people)? ?(?:feel )?(?:so |too |very |really )?${SEDATING}\b`,
      'gi',
    ),
    'non-sedating',
  ],
  [/\b(?:non|less|low|no)[- ]?(?:drowsy|drowsiness|sedating|sedative)\b/gi, 'non-sedating'],
  [new RegExp(String.raw`\bwithout (?:the |any |causing |making (?:you|me) )?${SEDATING}\b`, 'gi'), 'non-sedating'],
  // en: the side effect asked about ("will it make me drowsy?", "do antihistamines cause drowsiness?").
  [
    new RegExp(
      String.raw`\b(?:do|does|will|would|can|could|might|may|is|are) (?:it|this|that|these|those|they|\w+ (?:tablets?|pills?|medicines?|meds|drugs?)|antihistamines?|\w+ine|\w+ol) (?:\w+ )?(?:make|cause|give) (?:you|me|him|her|them|us)? ?(?:feel )?(?:\w+ )?${SEDATING}\b[^.!?]{0,40}\?`,
      'gi',
    ),
    'non-sedating?',
  ],
  [new RegExp(String.raw`\b${SEDATING} (?:as a )?side[- ]effects?\b|\bside[- ]effects? (?:like|such as|of|including) ${SEDATING}\b`, 'gi'), 'side effects'],
  // zh: 不会犯困的药, 吃了不犯困, 不嗜睡的抗过敏药, 会不会犯困/嗜睡, 没有嗜睡副作用.
  [/(?:不会|不)(?:让人|令人|使人)?(?:犯困|嗜睡|发困|想睡)(?=的|[^，。？?]{0,6}(?:药|片|胶囊))/g, '无镇静作用'],
  [/(?<=(?:药|片|胶囊|吃了|服了|用了)[^，。？?]{0,6})(?:会不会|会)(?:让人|令人|使人)?(?:犯困|嗜睡|发困|想睡)(?=[吗呢？?])/g, '有无镇静作用'],
  [/(?:没有|无|不带)?(?:犯困|嗜睡)(?:的)?副作用/g, '副作用'],
];

/**
 * 黐脷/黐脷筋 (a 'sticky tongue') is slurred or lisping speech: Mandarin 大舌头, the stroke reader's word, only when it
 * came on now — an onset in its sentence (突然, 头先, 啱啱, 今朝, 之后, 开始, 变咗; c35-006: 阿嫲今朝…之后讲嘢有啲黐脷) — or
 * beside another stroke sign in the message (口歪, 一边手, 揸唔稳). In everyday Cantonese it is mostly a lifelong lisp, a
 * child's speech, a drunk's or a numbed mouth's, a poor accent or a sweet stuck to the tongue (review s30 b35–b44, d03):
 * those keep the word unread, as before the mapping.
 */
const STICKY_TONGUE = /黐脷(?!根)(?:筋)?/g;
const STICKY_TONGUE_ANY = /黐脷(?:根|筋)?/g;
const STICKY_ONSET =
  /突然|忽然|一下子|头先|頭先|啱啱|刚刚|刚才|今朝|今早|今日|今天|寻晚|尋晚|琴晚|昨晚|之后|之後|跟住|开始|開始|变咗|變咗|变了|变得|\b(?:sudden(?:ly)?|all of a sudden|this morning|just now|started|went|after)\b/i;
const STICKY_NOT_NOW =
  /成日|一直|一向|细个|細個|自细|由细|从细|成世人|一世|天生|从来|從來|从小|習慣|习惯|照旧|照舊|冇变|冇變|没变|唔变|醉|麻醉|剥牙|剝牙|脱牙|拔牙|补牙|杜牙|牙医|牙醫|洗牙|英文|普通话|普通話|国语|國語|日文|外语|外語|糖(?!尿)|香口胶|口香糖|\b(?:always|since (?:childhood|birth|(?:s?he|i) was (?:a )?(?:kid|child|little))|drunk|dentist|anaesthetic|anesthetic|numb)\b/i;
const STICKY_CHILD_AGE = /(\d{1,2}|[一两二三四五六七八九十]{1,2})\s*(?:岁|歲)/g;
const STICKY_STROKE_SIGN =
  /口歪|嘴歪|面歪|口[^，。,.！？!?]{0,3}歪|半边|半邊|一边(?:手|脚|腳|身|面)|一邊(?:手|脚|腳|身|面)|(?:左|右)(?:手|脚|腳|边|邊)[^，。,.！？!?]{0,6}(?:冇力|无力|無力|没力|揸唔|拿不|麻)|揸唔稳|揸唔穩|揸唔住|拿不稳|拿不住|\b(?:face (?:drooping|droops|dropped)|droop\w*|arm (?:weak|numb)|one side)\b/i;
const ZH_SMALL: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function stickyTongueAsSlur(text: string): string {
  if (!text.includes('黐脷')) return text;
  const strokeSign = STICKY_STROKE_SIGN.test(text);
  // Beside another stroke sign even 黐脷根 (else a tongue-tie) is speech gone wrong: 讲嘢黐脷根 after 把口歪 (session 40).
  return text.replace(strokeSign ? STICKY_TONGUE_ANY : STICKY_TONGUE, (m: string, at: number) => {
    if (strokeSign) return '大舌头';
    const before = text.slice(0, at);
    const start = Math.max(before.search(/[。！？!?\n][^。！？!?\n]*$/) + 1, 0);
    const rest = text.slice(at);
    const endRel = rest.search(/[。！？!?\n]/);
    const sentence = text.slice(start, endRel < 0 ? text.length : at + endRel);
    if (!STICKY_ONSET.test(sentence) || STICKY_NOT_NOW.test(sentence)) return m;
    // A child's age in the sentence (我个仔三岁): a child's lisp, not a new slur.
    for (const a of sentence.matchAll(STICKY_CHILD_AGE)) {
      const n = /^\d+$/.test(a[1]) ? Number(a[1]) : a[1].length === 1 ? (ZH_SMALL[a[1]] ?? 99) : 99;
      if (n <= 12) return m;
    }
    return '大舌头';
  });
}

/** How normaliseText reads a message. */
export interface ReadingOptions {
  /** Apply the written-Cantonese reading (core/cantonese-reading.ts) after the older table. Default true; false reads the
   *  text as the older table alone did before session 37 (triage.ts triageDetail decides a Cantonese message both ways
   *  and keeps the higher: the reading may only add). An option passed down the call, not module state. */
  cantoneseReading?: boolean;
}

/** Whether normaliseText would apply the written-Cantonese reading to this message. */
export const readsAsCantonese = (input: string): boolean => isCantonese(toSimplified(input.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"')));

export function normaliseText(input: string, options: ReadingOptions = {}): string {
  // Traditional characters first (one for one), so the Cantonese forms and every zh lexicon read simplified text.
  let text = toSimplified(input.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"'));
  // A quantity in quotation or emphasis marks ('a lot', *loads*, "一大把") reads as its words (quoted-quantity.ts).
  text = unquoteQuantities(text);
  text = stickyTongueAsSlur(text);
  // Written Cantonese (core/cantonese-reading.ts), judged on the text as typed: after the older table below, its grammar
  // (晒, 埋, 落去, 俾, V唔到, 好 + a state) and everyday words read in Mandarin, so every zh rule applies to it.
  const cantonese = options.cantoneseReading !== false && isCantonese(text);
  for (const [re, to] of ZH_CANTONESE) text = text.replace(re, to);
  if (cantonese) text = cantoneseAsMandarin(text);
  for (const [re, to] of ZH_SOUTHWEST) text = text.replace(re, to);
  for (const [re, to] of ZH_SLIPS) text = text.replace(re, to);
  // A count corrected upward ('3, no wait, it was 30', '两片，不对，是二十片') is read as the later count (count-correction.ts).
  text = correctCounts(text);
  text = text.replace(ZH_VITAL_NUMERAL, (m, cue: string, gap: string, num: string, unit?: string, frac?: string) => {
    const n = zhNumber(num);
    if (n === null || n < 2) return m;
    const decimal = frac ? `.${parseNumber(frac) ?? 0}` : '';
    return `${cue}${gap}${n}${decimal}${unit === '度' ? '度' : ''}`;
  });
  text = text.replace(/(\d)(\s*[/／]\s*)([零〇一二两三四五六七八九十百]{1,6})/g, (m, d: string, slash: string, num: string) => {
    const n = zhNumber(num);
    return n === null ? m : `${d}${slash}${n}`;
  });
  // "od'd", "OD'ed", "ODed", "o.d.'d" are 'overdosed' (review s19 S11); an upper-case OD before 'on' is the noun ("OD on
  // my tramadol"). A lower-case 'od' alone is the prescriber's once daily and stays.
  // 'odd' and 'oded' are words: the lower-case forms need the apostrophe.
  text = text
    .replace(/\bo\.?d\.?'e?d\b/gi, 'overdosed')
    .replace(/\bOD(?:'?ed|'d)\b/g, 'overdosed')
    .replace(/\bo\.?d\.?'ing\b|\bOD'?ing\b/g, 'overdosing')
    .replace(/\bOD(?=\s+on\b)/g, 'overdose');
  // English words only (Latin letters); Chinese runs are untouched.
  text = text.replace(/[A-Za-z]+/g, (w) => fuzzyWord(w));
  for (const [re, to] of NOT_FINDINGS) text = text.replace(re, to);
  return text;
}

/** A message's sentences for the self-harm readers: split at . ? ! 。 ？ ！ and line breaks, the mark kept. */
export function messageSentences(text: string): string[] {
  return text.match(/[^.?!。？！\n]+[.?!。？！]*/g) ?? [];
}
