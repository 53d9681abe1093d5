// An exposure to a poison of the knowledge table, read as parts: an agent (src/knowledge/toxic-agents.ts: fungi, plants,
// animals, chemicals and medicines with their names in both languages) × an act of exposure by one of its routes told as
// done near it (吃了/喝了/生吞/泡水喝, ate/drank/chewed/made tea from/sucked on; 沾到/溅到, got … on/splashed) × not a
// what-if, a denial, an animal, a story or a distant past × who was exposed (a young child, unless the act is the
// writer's own) × how much (a count of seeds or tablets told). The table, not the message, decides how dangerous it is:
// the amount that makes it an emergency for a child and for an adult, and whether a quiet phase or a lull ("今天好多了",
// "she seems fine", "不怎么疼") is what the poison looks like before the harm — then it lowers nothing. Pure; the rules
// raise only.
import { type Danger, type ExposureRoute, TOXIC_AGENTS, type ToxicAgent } from '../../knowledge/toxic-agents.js';
import { enNameForms, zhNameForms } from '../../knowledge/name-forms.js';
import { type PlainNames, plainNames, repairNames } from '../../knowledge/poison-names.js';
import type { SignClass } from '../../knowledge/sign-classes.js';
import { parseNumber } from '../red-flags/numbers.js';
import { writerActs, youngChild } from './child-medicine.js';
import type { ClinicalRule } from './clinical.js';
import { clinicalRule } from './clinical.js';
import { anyClass, signClassesIn, signClassesOf } from './exposure-signs.js';
import { readLateMushroomOnset } from './mushroom-onset.js';

// Every written form of a plain name (word order, plural, hyphen: name-forms.ts); a regex-fragment name as written.
const wordsEn = (xs: readonly string[]): string => xs.map((x) => `\\b${enNameForms(x)}\\b`).join('|');
const alt = (zh: readonly string[], en: readonly string[]): RegExp | null => {
  const parts = [...zh.map(zhNameForms), ...(en.length ? [wordsEn(en)] : [])].filter(Boolean);
  return parts.length ? new RegExp(`(?:${parts.join('|')})`, 'gi') : null;
};

interface CompiledAgent {
  agent: ToxicAgent;
  names: RegExp;
  named: RegExp | null;
  namedOne: RegExp | null;
  qualifiers: RegExp | null;
  safe: RegExp | null;
}
const one = (re: RegExp | null): RegExp | null => (re ? new RegExp(re.source, 'i') : null);
let compiled: CompiledAgent[] | undefined;
function agents(): CompiledAgent[] {
  compiled ??= TOXIC_AGENTS.map((agent) => ({
    agent,
    // A name that carries the danger by itself is a name too ("ate a death cap", "吃了毒蘑菇").
    names: alt([...agent.zh, ...(agent.named?.zh ?? [])], [...agent.en, ...(agent.named?.en ?? [])]) ?? /(?!)/g,
    named: agent.named ? alt(agent.named.zh, agent.named.en) : null,
    namedOne: one(agent.named ? alt(agent.named.zh, agent.named.en) : null),
    qualifiers: one(agent.qualifiers ? alt(agent.qualifiers.zh, agent.qualifiers.en) : null),
    safe: one(agent.safe ? alt(agent.safe.zh, agent.safe.en) : null),
  }));
  return compiled;
}

let names: PlainNames | undefined;
const toxicNames = (): PlainNames => (names ??= plainNames(TOXIC_AGENTS.flatMap((a) => [...a.zh, ...a.en, ...(a.named?.zh ?? []), ...(a.named?.en ?? [])])));

/** Acts told as done, by route. A taking of a counted tablet ("has taken one celphos tablet") is a swallowing: the
 *  fumigant and bait tablets are taken as pills are (s23 am005). */
export const ACTS: Record<ExposureRoute, RegExp> = {
  swallowed:
    /(?:吃|喝|吞|嚼|咽|尝|服|舔|含)(?:了|下|完|掉|光|破)|(?:刚|才|刚刚|今天|昨天|昨晚|前天|早上|中午|晚上)[^，。]{0,4}(?:吃|喝|吞|嚼|尝)过|咬(?:了|破|开)|误(?:服|食|吃|喝)|生吞|吃进|喝进|吞进|炒着吃|煮着吃|(?:放|塞)(?:进|到|在)嘴|含在嘴里|(?:泡|煮|煎|熬)(?:水|茶|汤|酒)(?:喝|吃)|\b(?:ate|eaten|eating|drank|drunk|drinking|swallowed|chewed|chewing|sipped|tasted|licked|sucked(?: on)?|bit (?:into|on|off|through|open|a|an|the)|bitten (?:into|through|open)|consumed|consuming|ingested|ingesting|gulped|downed|swigged|took (?:some|a (?:bit|little|spoonful|mouthful|swallow)|half)|(?:took|taken) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of|an?|half an?) (?:\w+ ){0,2}(?:tablets?|pills?|pellets?|sachets?|capsules?)|had (?:them|it|some|a few|one|two)|(?:had|put|stuck|popped|got) (?:\w+ ){0,3}(?:in|into) (?:his|her|their|my) mouth|took (?:a )?(?:sip|swig|gulp|mouthful|bite)|(?:a|one) (?:sip|swig|gulp|mouthful|bite) of|made (?:a )?(?:tea|brew|soup|infusion) (?:from|with|out of)|brewed|for (?:dinner|lunch|breakfast|tea|supper))\b/i,
  skin: /(?:沾|溅|弄|碰|滴|洒|泼|粘|蹭)(?:到|上|了)|接触(?:到|了)|\b(?:got (?:some |a (?:bit|drop|splash) )?(?:\w+ ){0,4}on (?:my|his|her|their|the)|splash\w*|spill\w*|spilt|dripped|touched|on my (?:hands?|fingers?|skin|arms?|legs?|face))\b/i,
};
/** A USE of a poison that reaches the skin and the lungs of the one using it: spraying, mixing, fumigating, dipping
 *  (打药, 喷药, 打完敌敌畏, sprayed malathion). Not an exposure by itself (a farmer sprays every week); with a body sign
 *  the agent's row names (drooling, tiny pupils, a collapse) it is the poisoning. */
export const USED =
  /(?:打|喷|洒|撒|施|配|兑|熏)(?:了|完|过|着)?[^，。,]{0,6}?(?:药|农药)|\b(?:spray\w*|applied|applying|fumigat\w*|dipp(?:ed|ing)|mix(?:ed|ing)|handl(?:ed|ing)|using|used|working with|worked with)\b/i;
/** The same use told by a verb right before the name (打完敌敌畏, 喷了乐果). */
const USED_BEFORE = /(?:打|喷|洒|撒|施|配|兑|熏|用)(?:了|完|过|着)?(?:点|些|一些)?$/;
/** The act denied, asked as a what-if or about safety, a prevention question. */
export const NOT_DONE =
  /没(?:有)?(?:吃|喝|沾|碰|溅|接触)|不敢吃|\b(?:didn'?t|did not|haven'?t|never|not) (?:eat|drink|touch|get|swallow|chew)(?:ed|es)?\b|\bno (?:skin )?contact\b|\bnothing (?:got )?on (?:my |the )?skin\b|\bgloves? (?:was|were) (?:intact|fine|ok)\b/i;
export const WHAT_IF =
  /如果|万一|要是|假如|会不会|会中毒吗|能吃吗|可以吃吗|能不能吃|怎么(?:做|吃|才|分辨|辨别|区分)|哪些(?:能|可以)|安全吗|要戴|\b(?:what if|if (?:you|someone|somebody|a person|a child|kids?|my|i)|is it safe|are (?:they|these|those|wild \w+) safe|can you eat|safe to (?:eat|forage|pick)|how (?:do|to|can) (?:i |you |we )?(?:tell|know|identify|spot)|tips|need (?:special )?gloves|should (?:i|we) wear)\b/i;
/** A what-if that is the writer's own event ("hypothetically … asking for me", "假设…其实就是我"). */
export const OWN_AFTER_ALL = /\basking for (?:me|myself)\b|\b(?:it'?s|it was|this is) me\b|其实(?:就)?是我|说的就是我/i;
/** The one exposed is an animal. */
export const ANIMAL = /狗|猫|宠物|\b(?:dog|puppy|cat|kitten|pet|horse)\b/i;
/** A story or a screen, not a person. */
export const STORY = /电视剧|电影|小说|剧里|新闻|报道|\b(?:film|movie|tv show|novel|episode|series|news|article)\b/i;
/** Already treated in hospital: the question is about after. */
export const TREATED = /住院|出院|治好|洗胃|抢救过来|\b(?:was|were|got) (?:treated|admitted|discharged)\b/i;
/** A distant past (years), not a course still running. */
export const DISTANT =
  /小时候|多年前|几年前|去年|\d+年前|[一二两三四五六七八九十]+年前|\b(?:years? ago|as a (?:kid|child)|when i was (?:a kid|young|little|\d+)|last year)\b/i;
/** Any symptom, for the agents that need one to be an emergency. */
const SYMPTOM =
  /吐|呕|泻|拉肚子|拉稀|腹痛|肚子(?:疼|痛)|胃(?:疼|痛)|恶心|发麻|麻木|嘴(?:巴)?麻|舌头麻|心慌|心跳|头晕|没力气|乏力|尿少|眼花|看不清|模糊|\b(?:vomit\w*|sick|diarrh\w*|threw up|throwing up|nause\w*|numb\w*|tingl\w*|palpitat\w*|dizz\w*|blur\w*|cramp\w*|stomach (?:pain|ache)|belly ?ache|tummy ?ache|jaundice\w*|racing heart)\b/i;

const SENTENCE = /[。！？!?\n]|\.(?:\s|$)/;
/** A correction of what was just said, not a taking back: a marker (no wait, actually, I mean, sorry, 不对, 说错了, 应该是)
 *  then the count that replaces the one told ("ate a yew berry. no wait, it was two", "吃了两颗白果，不对，是二十多颗").
 *  The later count wins (review s19 S17: the correction was read as "no" and cancelled the exposure). */
const CORRECTION =
  /^\s*(?:(?:no|nope|oh no|sorry|wait)[,\s]+(?:wait|actually|sorry|i mean|i think|make that)|no,? it was|actually|i mean|correction|make that|or rather|不对|不是|哦不|噢不|说错了|更正|应该是|其实是)[,，\s:：]*(?:it was |it's |that was |there were |she had |he had |they had |maybe |more like |是|有|吃了|应该是|大概)*(.*)$/i;
/** The count in a correction: a number word or digits, with or without a unit ("it was two", "是二十多颗", "5"). */
const CORRECTED_COUNT_EN =
  /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|a couple(?: of)?|several|a (?:whole )?handful)\b/i;
function correctedCount(clause: string): number {
  const c = CORRECTION.exec(clause);
  if (!c) return Number.NaN;
  const rest = (c[1] ?? '').trim();
  const zh = /^(\d+|[一二两三四五六七八九十百几]+)\s*(?:多|来)?\s*(?:颗|粒|个|片|枚|只|根)?/.exec(rest);
  if (zh?.[1] && /[\d一二两三四五六七八九十百几]/.test(zh[1])) return zhCount(zh[1]);
  const en = CORRECTED_COUNT_EN.exec(rest);
  if (!en) return Number.NaN;
  const w = en[1]!.toLowerCase();
  if (/handful/.test(w)) return 10;
  return VAGUE[w] ?? parseNumber(w) ?? Number.NaN;
}
/** The count a later clause of the sentence, or the next sentence, corrects the told one to (NaN when none does). */
function correctionAfter(rest: string, next: string): number {
  // Each later clause with what follows it ("不对，是二十多颗": the marker and its count in two clauses), then the next sentence.
  const starts = [...rest.matchAll(/[，,；;]/g)].map((m) => (m.index ?? 0) + 1);
  for (const clause of [...starts.map((at) => rest.slice(at)), next]) {
    const n = correctedCount(clause);
    if (Number.isFinite(n)) return n;
  }
  return Number.NaN;
}
/** A sentence that takes the one before back. */
export const RETRACTED =
  /^\s*(?:没有|没吃|没喝|不是|并没有|\b(?:no|nope|not really|not actually)\b(?!\s+(?:\w+\s+)?(?:vomit\w*|symptoms?|signs?|pain|problems?|reactions?|changes?|nausea|sick\w*|diarrh\w*|fever|rash\w*|bleed\w*|issues?|effects?|difference|drows\w*)\b))(?![^，,]{0,6}(?:事|问题|症状|反应|不舒服))/i;
/** How far from the agent's name an act, a qualifier or a safe word is read. */
const SPAN = 28;

export interface ToxicExposure {
  agent: ToxicAgent;
  route: ExposureRoute;
  /** A symptom is told anywhere in the message. */
  symptom: boolean;
  /** A young child is named (child-medicine.ts youngChild) and the act is not the writer's own: a small body, a dose
   *  that is lethal sooner. */
  child: boolean;
  /** How many seeds, tablets or pieces were told beside the name (NaN when untold). */
  count: number;
  /** What the table's amount makes of it. */
  level: 'emergency' | 'urgent';
}

/** A count of units beside the name: "二十多颗", "十几片", "8 of them", "a handful" (a handful is read as 10). */
const COUNT_ZH = /(\d+|[一二两三四五六七八九十百几]+)\s*(?:多|来)?\s*(?:颗|粒|个|片|枚|只|根)|(一把|一大把|一捧)/;
const COUNT_EN =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|a couple(?: of)?|several)\s+(?:or so\s+)?(?:of (?:them|those|these|my|his|her|the)\b|\w+\s+)?(?:seeds?|berries|nuts?|kernels?|pits?|tablets?|pills?|capsules?|beans?|leaves|pieces?)?|\b(a (?:whole )?handful|a (?:whole )?bunch|lots|loads)\b/i;
const VAGUE: Record<string, number> = { 几: 3, 'a few': 3, 'a couple': 2, 'a couple of': 2, several: 4 };
function zhCount(tok: string): number {
  if (tok === '几') return 3;
  // 十几 / 二十几: at least the tens said.
  return parseNumber(tok.replace(/几$/, '')) ?? Number.NaN;
}
function readCount(window: string): number {
  const zh = COUNT_ZH.exec(window);
  if (zh) return zh[2] ? 10 : zhCount(zh[1]);
  const en = COUNT_EN.exec(window);
  if (!en) return Number.NaN;
  if (en[2]) return 10;
  const w = en[1].toLowerCase();
  return VAGUE[w] ?? parseNumber(w) ?? Number.NaN;
}

/** What the table's amount for this person makes of the exposure (null: nothing this table reads). */
export function dangerLevel(d: Danger, symptom: boolean, count: number): 'emergency' | 'urgent' | null {
  if (d === 'none') return null;
  if (d === 'any') return 'emergency';
  if (d === 'symptom') return symptom ? 'emergency' : 'urgent';
  // A count told below the toxic amount stays urgent whatever the symptom (three ginkgo seeds and loose stools); an
  // untold count with a symptom is read as enough.
  if (Number.isFinite(count)) return count >= d.count ? 'emergency' : 'urgent';
  return symptom ? 'emergency' : 'urgent';
}

/** The exposures to a hidden- or delayed-danger poison the message tells as done (see the head of this file). `signs`:
 *  the classes of the signs the triage's one sign reader found in the message (read here when not given). */
export function readToxicExposures(told: string, signs?: ReadonlySet<SignClass>): ToxicExposure[] {
  const out: ToxicExposure[] = [];
  // The table's names read with the slips people make typing them (parraquat, 百草苦): knowledge/poison-names.ts.
  const text = repairNames(told, toxicNames());
  const anySymptom = SYMPTOM.test(text);
  let present = signs;
  // A sign of the agent's own harm (its row's classes), read by the triage's one sign reader.
  const ownSign = (a: ToxicAgent): boolean => (a.signs?.length ? anyClass((present ??= signClassesIn(text)), a.signs) : false);
  const young = youngChild(text);
  const sentences = text.split(SENTENCE);
  for (const [i, s] of sentences.entries()) {
    // Taken back at once by the next sentence ("我吃了夹竹桃？没有，是看错了", "Did she eat a yew berry? No, she only touched it").
    const next = sentences[i + 1] ?? '';
    if (RETRACTED.test(next) && !Number.isFinite(correctedCount(next))) continue;
    if (STORY.test(s) || DISTANT.test(s) || TREATED.test(s) || (WHAT_IF.test(s) && !OWN_AFTER_ALL.test(text))) continue;
    for (const c of agents()) {
      if (out.some((e) => e.agent === c.agent)) continue;
      c.names.lastIndex = 0;
      for (const m of s.matchAll(c.names)) {
        const at = m.index ?? 0;
        const window = s.slice(Math.max(0, at - SPAN), at + m[0].length + SPAN);
        // Where the food was bought is the agent's own safety (wild-mushroom's safe list), never every agent's.
        if (c.safe?.test(window)) continue;
        const isNamed = c.namedOne?.test(m[0]) === true;
        if (!isNamed && c.qualifiers && !c.qualifiers.test(window)) continue;
        if (NOT_DONE.test(s)) continue;
        const signed = ownSign(c.agent);
        // A use of a skin-route poison is the exposure once its own signs are told (a sprayer drooling, pupils tiny).
        const route =
          c.agent.routes.find((r) => ACTS[r].test(window)) ??
          (c.agent.routes.includes('skin') && signed && (USED.test(window) || USED_BEFORE.test(s.slice(Math.max(0, at - 8), at))) ? 'skin' : undefined);
        if (!route) continue;
        const act = ACTS[route].exec(window) ?? USED.exec(window);
        if (act && ANIMAL.test(window.slice(Math.max(0, act.index - 14), act.index))) continue;
        // The child is the one exposed unless the writer tells the act as their own ("我吃了白果，孩子2岁").
        const actAt = Math.max(0, at - SPAN) + (act?.index ?? 0);
        const child = young && !writerActs(s.slice(0, actAt));
        const corrected = correctionAfter(s.slice(at), next);
        const count = Number.isFinite(corrected) ? corrected : readCount(window);
        const symptom = anySymptom || signed;
        const danger = child ? c.agent.amount.child : c.agent.amount.adult;
        // The agent's own signs make any amount an emergency (a count below the toxic one is no reassurance then).
        const level = signed && danger !== 'none' ? 'emergency' : dangerLevel(danger, symptom, count);
        if (!level) continue;
        out.push({ agent: c.agent, route, symptom, child, count, level });
        break;
      }
    }
  }
  return out;
}

/** The emergency rules' ids of agents whose course is delayed begin so (triage.ts reads them as a finding no reader
 *  lowers); a prompt course's emergency is an ordinary rule finding ('toxic-agent-…'). */
export const DELAYED_POISON_PREFIX = 'delayed-poison-';
export const TOXIC_AGENT_PREFIX = 'toxic-agent-';
/** The same-day rules of an exposure below the table's emergency amount. */
export const POSSIBLE_POISON_PREFIX = 'possible-poison-';

const level = (e: ToxicExposure): 'emergency' | 'urgent' => e.level;

/** A wild mushroom meal with the sickness begun 6 h or more after it (mushroom-onset.ts): the amatoxin timeline, read
 *  when the table's own reading missed the meal (bought at a market but called wild, a cooking verb, the act far from the
 *  name). A delayed poison: its lull ("现在好多了") lowers nothing. */
export const LATE_MUSHROOM_ONSET_ID = `${DELAYED_POISON_PREFIX}mushroom-late-onset`;
const LATE_MUSHROOM_RULE: ClinicalRule = clinicalRule(
  LATE_MUSHROOM_ONSET_ID,
  'emergency',
  '吃野生蘑菇（菌子）六小时以上后才开始呕吐、腹泻（可能是致命的毒伞肽中毒，好转只是假象）',
  'vomiting or diarrhoea that began six hours or more after eating wild mushrooms (possible death-cap poisoning; feeling better is no reassurance)',
  '即使现在好多了也要立即去急诊：这种蘑菇中毒在呕吐腹泻后会有一段“好转期”，之后才出现肝损伤，需要尽早抽血检查和治疗。一起吃过的人（尤其老人、孩子）即使没有症状也要一起去。带上剩下的蘑菇或照片。',
  'Go to an emergency department now even if you feel better: with this kind of mushroom poisoning a spell of feeling better follows the vomiting and diarrhoea before the liver is harmed, and early blood tests and treatment matter. Everyone who ate them (especially older people and children) should go too, even without symptoms. Bring any left over or a photo.',
  (c) => readLateMushroomOnset(c.text),
);

export const TOXIC_EXPOSURE_RULES: readonly ClinicalRule[] = [
  LATE_MUSHROOM_RULE,
  ...TOXIC_AGENTS.flatMap((agent) => [
    clinicalRule(
      `${agent.course === 'delayed' ? DELAYED_POISON_PREFIX : TOXIC_AGENT_PREFIX}${agent.id}`,
      'emergency',
      `${agent.danger.zh}`,
      `${agent.danger.en}`,
      agent.routes.includes('skin')
        ? '立即拨打急救电话或去急诊，即使现在不太疼、看起来没事：先用大量流动清水持续冲洗，脱掉沾污的衣物和戒指，告诉医生是什么化学品（带上瓶子或拍照）。'
        : agent.course === 'delayed'
          ? '即使现在感觉好转或没有症状，也要立即拨打急救电话或去急诊：这种中毒的危险在几小时到几天后才出现，越早治疗越有效。不要自行催吐，带上剩下的东西或照片。'
          : '立即拨打急救电话或去急诊，路上也可以打中毒急救热线：这种中毒可以很快加重。不要自行催吐，不要等症状出现，带上剩下的东西或照片。',
      agent.routes.includes('skin')
        ? 'Call emergency services or go to an emergency department now, even if it hardly hurts or looks normal: keep rinsing under running water, take off soaked clothing and rings, and bring the bottle or a photo of its label.'
        : agent.course === 'delayed'
          ? 'Call emergency services or go to an emergency department now, even if you feel better or have no symptoms: the harm from this poison shows hours to days later and treatment works best early. Do not make yourself sick; bring what is left or a photo.'
          : 'Call emergency services or go to an emergency department now (poison control can advise on the way): this poisoning can get worse quickly. Do not make anyone sick or wait for symptoms; bring what is left or a photo.',
      (c) => readToxicExposures(c.text, signClassesOf(c.signs)).some((e) => e.agent === agent && level(e) === 'emergency'),
    ),
    clinicalRule(
      `${POSSIBLE_POISON_PREFIX}${agent.id}`,
      'urgent',
      `可能接触了：${agent.danger.zh}`,
      `possible exposure — ${agent.danger.en}`,
      '现在就打中毒急救热线或去医院，说清吃了什么、多少、什么时候；出现呕吐、腹泻、口舌发麻或心慌时立即拨打急救电话。保留剩下的东西或拍照。',
      'Call poison control or get seen now with what was taken, how much and when; if vomiting, diarrhoea, numbness of the mouth or a racing heart start, call emergency services. Keep what is left or a photo.',
      (c) => readToxicExposures(c.text, signClassesOf(c.signs)).some((e) => e.agent === agent && level(e) === 'urgent'),
    ),
  ]),
];
