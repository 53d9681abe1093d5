// An injury told by how it happened. "Banged my head… got a decent lump", "ran into the table, big egg on his forehead",
// "摔了一屁股，胯骨疼": the mechanism (a knock, a fall, a twist) says what the lump, swelling or pain is — the injury's
// consequence, not a lump to be asked about growth and night sweats, nor a plaster's side effect. So the mechanism
// decides the case's first question: the injured site's own discriminators, which separate the injury that needs
// imaging or the emergency department from the one to manage at home, and, for a fall, why it happened (a fall from a
// faint or a dizzy turn is a different case from a trip). Written from NICE NG232 Head injury (1.1–1.3: loss of
// consciousness, vomiting, drowsiness, amnesia, worsening headache, anticoagulants), the Ottawa ankle and knee rules,
// NICE CG124 Hip fracture (cannot bear weight, leg shortened and turned out), the scaphoid signs of a wrist fall, and
// NICE CG161 Falls in older people (the cause of the fall: syncope, dizziness, palpitations).
//
// Pure: reads the opening only (the replies answer the questions this asks; they do not re-open the mechanism).
import type { Complaint } from './complaint.js';
import type { ConsultLang } from './types.js';

/** A knock, a fall or a twist — said of the body (not "fell asleep", "knock it on the head", "hair falling out"). */
// 碰到 alone is also "to come across" (碰到个问题), 摔东西 is throwing things: only a knock to the body is read.
const MECHANISM_ZH =
  /摔(?!东西|碗|门|杯|手机)|掉(?:下来|下去|到地上|地上)|跌(?:倒|了|一跤)|滑(?:倒|了一跤|了一下|一跤)|绊(?:倒|了一跤)|磕|撞(?!见)|碰伤|崴|扭(?:伤|了|到)|砸(?:到|了|伤)/;
// Each verb whole ("banging headache", "bumpy", "fell ill", "a fall in blood pressure", "slipped disc" are no injury).
const MECHANISM_EN =
  /\b(?:bang(?:ed)?|bump(?:ed)?|knock(?:ed)? (?:my|his|her|their|it)(?! on the head)|hit (?:my|his|her|their) (?:head|face|knee|elbow|hip)|(?:ran|walked|run|walk) into|fell(?! asleep| pregnant| for| out| ill| behind| apart| off the wagon| in love| over (?:my|his|her|their) words)|fallen(?! asleep| pregnant| ill| behind)|(?:a|had a|two|three|\d) falls?(?! in| of)|fall(?:ing)? (?:off|over|down|from)|slipp?(?:ed|ing)(?! (?:a )?discs?)|tripp?(?:ed|ing)|twist(?:ed|ing)? (?:my|his|her|their|an?)|roll(?:ed)? (?:my|his|her|their) ankle|went over on|sprain(?:ed)?|came off (?:my|his|her|their|a|the) (?:bike|bicycle|scooter|horse|skateboard))\b/i;
/** A fall (not a knock or a twist). */
const FALL = /摔|跌|滑|绊|掉|\b(?:fell|fallen|falls?|falling|slipp?(?:ed|ing)|tripp?(?:ed|ing))\b/i;
/**
 * A mechanism denied or only nearly happening, in the words just before it in its clause ("don't remember bumping into
 * anything", "差点摔倒", "没磕没碰", "didn't fall"): no injury is told — unexplained bruises are a bleeding question.
 */
const NOT_TOLD =
  /(?:没|没有|不记得|未|差点|险些|几乎|\b(?:no|not|never|without|didn'?t|don'?t|doesn'?t|haven'?t|hasn'?t|can'?t remember|nearly|almost)\b)[^，,。.;；!?！？]{0,24}$/i;
/** A child written about ("toddler", "my 3 year old", 孩子): a child's fall with no site named is asked as a head injury. */
const CHILD =
  /宝宝|婴儿|孩子|小孩|娃|儿子|女儿|\b(?:baby|toddler|child|kid|son|daughter|boy|girl|infant|little one|\d{1,2}[- ]?(?:months?|mo|years?|yrs?|y)[- ]?old|\d{1,2}yo)\b/i;
/** An older faller (65 or over, or a parent or grandparent written about): why they fell is asked (NICE CG161). */
const ELDER =
  /爸|妈|奶奶|外婆|姥姥|爷爷|外公|姥爷|老人|婆婆|公公|\b(?:dad|mum|mom|father|mother|nan|nana|nanna|gran|granny|grandad|granddad|grandpa|grandma|grandfather|grandmother|elderly)\b/i;

/** The mechanisms the text tells (each a knock, fall or twist not denied in the words before it). */
function toldMechanisms(text: string): string[] {
  const out: string[] = [];
  for (const re of [MECHANISM_ZH, MECHANISM_EN]) {
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) {
      if (!NOT_TOLD.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) out.push(m[0]);
    }
  }
  return out;
}

type Site = 'head' | 'hip' | 'ankle' | 'knee' | 'wrist';

/** The injured site, most dangerous first (a fall onto the hip that also bumped the head is asked about the head). */
const SITES: readonly { site: Site; zh: RegExp; en: RegExp }[] = [
  // 头晕, 头疼 are symptoms, not the head struck: a headache after a fall is asked whether the head was hit.
  { site: 'head', zh: /头(?!晕|昏|疼|痛|发|一次|回)|脑袋|额|脸|面部/, en: /\b(?:head|forehead|face|skull|temple|eyebrow)\b/i },
  { site: 'hip', zh: /屁股|胯|髋|臀|大腿根|尾骨/, en: /\b(?:hips?|bottom|bum|pelvis|tailbone|coccyx)\b/i },
  { site: 'ankle', zh: /脚|踝|足/, en: /\b(?:ankles?|foot|feet)\b/i },
  { site: 'knee', zh: /膝/, en: /\bknees?\b/i },
  { site: 'wrist', zh: /手腕|腕|手(?!机|术|续|指甲)|胳膊|前臂/, en: /\b(?:wrists?|hands?|arms?|forearms?)\b/i },
];

// Every question asks its danger signs as present ("Any…", "有没有…"), so a "Yes" chip always means a danger sign
// and a "No" never hides one (a mixed question — "could you walk four steps?" — would invert the chip's meaning).
const ASK: Record<Site | 'fall', Record<ConsultLang, string>> = {
  head: {
    zh: '有没有碰到头后昏过去（哪怕一会儿）、呕吐、犯困叫不醒、糊涂或想不起事、头痛越来越重？有没有在吃抗凝药（华法林、利伐沙班等）？',
    en: 'Any of these since the knock: knocked out even briefly, vomiting, drowsiness, confusion or memory loss, a headache getting worse? Any blood thinners (warfarin, apixaban)?',
  },
  hip: {
    zh: '有没有站不起来、那条腿不能负重走路，或者腿变短、往外翻？',
    en: 'Any trouble standing or putting weight on that leg to walk, or does the leg look shorter or turned out?',
  },
  ankle: {
    zh: '有没有脚踝两侧的骨头或脚背中间按着疼、受伤后走不了四步，或者变形、脚发麻发凉？',
    en: 'Any bone tenderness when pressed (the knobbly bones of the ankle or the middle of the foot), unable to walk four steps straight after, a deformity, or a numb or cold foot?',
  },
  knee: {
    zh: '有没有受伤后走不了四步、膝盖弯不到九十度、变形、几个小时内就肿起来，或者卡住、打软腿？',
    en: 'Any of these: unable to walk four steps after it or to bend the knee to a right angle, a deformity, swelling within hours, locking or giving way?',
  },
  wrist: {
    zh: '有没有变形、拇指根部的凹窝按着疼，或者手发麻、发凉、发白？',
    en: 'Is it deformed, or tender in the hollow at the base of the thumb? Any numbness, or a cold or pale hand?',
  },
  fall: {
    zh: '摔倒前有没有头晕、眼前发黑或晕过去、胸闷心慌，还是绊倒滑倒的？有没有碰到头？',
    en: 'What caused the fall: dizziness, a blackout or faint, chest pain or a racing heart, or a trip? Was the head hit?',
  },
};

/** Where a sentence ends (a full stop only before a space or at the end: 3.5 is a number). */
const SENTENCE_END = /[。；;!！?？\n]|\.(?=\s|$)/;
/** Words of a lump, a swelling or a redness — what a knock leaves behind. */
const CONSEQUENCE = /疙瘩|肿块|包块|硬块|包|肿|红|淤青|青紫|\b(?:lumps?|bumps?|egg|swell\w*|swollen|red|bruis\w*|puffy)\b/i;
/** A skin complaint no knock makes (a rash, blisters, spots): the skin screen stays beside any injury. */
const SKIN_OF_ITS_OWN = /疹|泡|痒|\b(?:rash\w*|blisters?|spots?|itch\w*|hives)\b/i;

export interface Injury {
  /** The injured site, when named. */
  site?: Site;
  fall: boolean;
  /**
   * The entries the injury's consequence words would call up in its place (a lump after a knock is a bump, not a lump
   * to be asked about night sweats): only where every sentence naming a lump, swelling or redness also tells the
   * knock or names the injured site, and no rash or blister is told — a lump or rash of its own keeps its questions.
   */
  supersedes: readonly string[];
}

function consequencesOnly(opening: string, site: Site | undefined): boolean {
  const siteRe = site ? SITES.find((x) => x.site === site) : undefined;
  return opening
    .split(SENTENCE_END)
    .filter((x) => CONSEQUENCE.test(x))
    .every((x) => toldMechanisms(x).length > 0 || (siteRe !== undefined && (siteRe.zh.test(x) || siteRe.en.test(x))));
}

/** The injury an opening tells by its mechanism, or undefined when it tells none. */
export function readInjury(opening: string, age?: number): Injury | undefined {
  const told = toldMechanisms(opening);
  if (told.length === 0) return undefined;
  const fell = told.some((m) => FALL.test(m));
  const child = age !== undefined ? age < 12 : CHILD.test(opening) && !ELDER.test(opening);
  const older = !child && (age !== undefined ? age >= 65 : ELDER.test(opening));
  // A child's fall with no site named is asked as a head injury (a small child lands head first; NICE NG232 asks the
  // same signs of a child).
  const site = SITES.find((s) => s.zh.test(opening) || s.en.test(opening))?.site ?? (fell && child ? 'head' : undefined);
  // Why they fell changes the case for an older faller (a faint, an arrhythmia); a younger adult's fall with no site
  // named ("fell down the stairs, my chest hurts") and a knock with none ("bumped the trolley, huge bruise") are left to
  // the complaint's own entries and the triage's injury questions.
  const fall = fell && older;
  if (!site && !fall) return undefined;
  const local = consequencesOnly(opening, site);
  const supersedes = [
    ...(local ? ['lump'] : []),
    ...(local && !SKIN_OF_ITS_OWN.test(opening) ? ['site:skin'] : []),
    // The limb screen's deformity and the head screen's vomiting and confusion are the site questions' own.
    ...(site ? ['site:limb', 'site:head'] : []),
  ];
  return { site, fall, supersedes };
}

/**
 * The injury's questions as a complaint entry: the site's discriminators first, then why the fall happened. A fall
 * onto the head keeps both (the head question asks the knock; the fall question asks its cause).
 */
export function injuryEntry(injury: Injury): Complaint {
  const ids = [...(injury.site ? [injury.site] : []), ...(injury.fall ? (['fall'] as const) : [])];
  return {
    id: `injury:${ids.join('+')}`,
    zh: /$^/,
    en: /$^/,
    ask: { zh: ids.map((i) => ASK[i].zh), en: ids.map((i) => ASK[i].en) },
    supersedes: injury.supersedes,
  };
}
