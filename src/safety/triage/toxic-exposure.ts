// An exposure to a poison whose danger is hidden or delayed, read as parts: an agent from the knowledge table
// (src/knowledge/toxic-agents.ts: wild mushrooms, hydrofluoric acid, methanol/antifreeze, castor beans, fish
// gallbladder, aconite, nitrite) × an act of exposure by one of its routes told as done near it (吃了/喝了/生吞,
// ate/drank/chewed; 沾到/溅到, got … on/splashed) × not a what-if, a denial, an animal, a story or a distant past. The
// table, not the message, decides how dangerous it is: a quiet phase or a lull ("今天好多了", "she seems fine", "不怎么
// 疼") is what these poisons look like before the harm, so it lowers nothing. Agents lethal at any amount are an
// emergency on exposure; the others (wild mushrooms, aconite) with any symptom, and urgent (poison control now)
// without one. Pure; the rules raise only.
import { type ExposureRoute, TOXIC_AGENTS, type ToxicAgent } from '../../knowledge/toxic-agents.js';
import { youngChild } from './child-medicine.js';
import type { ClinicalRule } from './clinical.js';
import { clinicalRule } from './clinical.js';

const wordsEn = (xs: readonly string[]): string => xs.map((x) => `\\b${x}\\b`).join('|');
const alt = (zh: readonly string[], en: readonly string[]): RegExp | null => {
  const parts = [...zh, ...(en.length ? [wordsEn(en)] : [])].filter(Boolean);
  return parts.length ? new RegExp(`(?:${parts.join('|')})`, 'gi') : null;
};

interface CompiledAgent {
  agent: ToxicAgent;
  names: RegExp;
  named: RegExp | null;
  qualifiers: RegExp | null;
  safe: RegExp | null;
}
let compiled: CompiledAgent[] | undefined;
function agents(): CompiledAgent[] {
  compiled ??= TOXIC_AGENTS.map((agent) => ({
    agent,
    names: alt(agent.zh, agent.en) ?? /(?!)/g,
    named: agent.named ? alt(agent.named.zh, agent.named.en) : null,
    qualifiers: agent.qualifiers ? alt(agent.qualifiers.zh, agent.qualifiers.en) : null,
    safe: agent.safe ? alt(agent.safe.zh, agent.safe.en) : null,
  }));
  return compiled;
}

/** Acts told as done, by route. */
const ACTS: Record<ExposureRoute, RegExp> = {
  swallowed:
    /(?:吃|喝|吞|嚼|咽|尝|服)(?:了|过|下|完|掉|光)|误(?:服|食|吃|喝)|生吞|吃进|喝进|炒着吃|煮着吃|\b(?:ate|eaten|eating|drank|drunk|drinking|swallowed|chewed|chewing|sipped|tasted|had (?:them|it|some|a few|one|two)|took (?:a )?(?:sip|swig|gulp|mouthful)|(?:a|one) (?:sip|swig|gulp|mouthful) of|for (?:dinner|lunch|breakfast|tea|supper))\b/i,
  skin: /(?:沾|溅|弄|碰|滴|洒|泼|粘|蹭)(?:到|上|了)|接触(?:到|了)|\b(?:got (?:some |a (?:bit|drop|splash) )?(?:\w+ ){0,4}on (?:my|his|her|their|the)|splash\w*|spill\w*|spilt|dripped|touched|on my (?:hands?|fingers?|skin|arms?|legs?|face))\b/i,
};
/** The act denied, asked as a what-if or about safety, a prevention question. */
const NOT_DONE =
  /没(?:有)?(?:吃|喝|沾|碰|溅|接触)|不敢吃|\b(?:didn'?t|did not|haven'?t|never|not) (?:eat|drink|touch|get|swallow|chew)(?:ed|es)?\b|\bno (?:skin )?contact\b|\bnothing (?:got )?on (?:my |the )?skin\b|\bgloves? (?:was|were) (?:intact|fine|ok)\b/i;
const WHAT_IF =
  /如果|万一|要是|假如|会不会|会中毒吗|能吃吗|可以吃吗|能不能吃|怎么(?:做|吃|才|分辨|辨别|区分)|哪些(?:能|可以)|安全吗|要戴|\b(?:what if|if (?:you|someone|somebody|a person|a child|kids?|my|i)|is it safe|are (?:they|these|those|wild \w+) safe|can you eat|safe to (?:eat|forage|pick)|how (?:do|to|can) (?:i |you |we )?(?:tell|know|identify|spot)|tips|need (?:special )?gloves|should (?:i|we) wear)\b/i;
/** A what-if that is the writer's own event ("hypothetically … asking for me", "假设…其实就是我"). */
const OWN_AFTER_ALL = /\basking for (?:me|myself)\b|\b(?:it'?s|it was|this is) me\b|其实(?:就)?是我|说的就是我/i;
/** The one exposed is an animal. */
const ANIMAL = /狗|猫|宠物|\b(?:dog|puppy|cat|kitten|pet|horse)\b/i;
/** A story or a screen, not a person. */
const STORY = /电视剧|电影|小说|剧里|新闻|报道|\b(?:film|movie|tv show|novel|episode|series|news|article)\b/i;
/** Already treated in hospital: the question is about after. */
const TREATED = /住院|出院|治好|洗胃|抢救过来|\b(?:was|were|got) (?:treated|admitted|discharged)\b/i;
/** A distant past (years), not a course still running. */
const DISTANT =
  /小时候|多年前|几年前|去年|\d+年前|[一二两三四五六七八九十]+年前|\b(?:years? ago|as a (?:kid|child)|when i was (?:a kid|young|little|\d+)|last year)\b/i;
/** Any symptom, for the agents that need one to be an emergency. */
const SYMPTOM =
  /吐|呕|泻|拉肚子|拉稀|腹痛|肚子(?:疼|痛)|胃(?:疼|痛)|恶心|发麻|麻木|嘴(?:巴)?麻|舌头麻|心慌|心跳|头晕|没力气|乏力|尿少|眼花|看不清|模糊|\b(?:vomit\w*|sick|diarrh\w*|threw up|throwing up|nause\w*|numb\w*|tingl\w*|palpitat\w*|dizz\w*|blur\w*|cramp\w*|stomach (?:pain|ache)|belly ?ache|tummy ?ache|jaundice\w*|racing heart)\b/i;

const SENTENCE = /[。！？!?\n]|\.(?:\s|$)/;
/** How far from the agent's name an act, a qualifier or a safe word is read. */
const SPAN = 28;

export interface ToxicExposure {
  agent: ToxicAgent;
  route: ExposureRoute;
  /** A symptom is told anywhere in the message. */
  symptom: boolean;
  /** A young child is named (child-medicine.ts youngChild): a small body, a dose that is lethal sooner. */
  child: boolean;
}

/** The exposures to a hidden- or delayed-danger poison the message tells as done (see the head of this file). */
export function readToxicExposures(text: string): ToxicExposure[] {
  const out: ToxicExposure[] = [];
  const symptom = SYMPTOM.test(text);
  const child = youngChild(text);
  for (const s of text.split(SENTENCE)) {
    if (STORY.test(s) || DISTANT.test(s) || TREATED.test(s) || (WHAT_IF.test(s) && !OWN_AFTER_ALL.test(text))) continue;
    for (const c of agents()) {
      if (out.some((e) => e.agent === c.agent)) continue;
      c.names.lastIndex = 0;
      for (const m of s.matchAll(c.names)) {
        const at = m.index ?? 0;
        const window = s.slice(Math.max(0, at - SPAN), at + m[0].length + SPAN);
        if (c.safe) {
          c.safe.lastIndex = 0;
          if (c.safe.test(window) || /买的|超市|菜市场|市场上|饭店|餐馆|外卖/.test(window)) continue;
        }
        const isNamed = c.named !== null && new RegExp(c.named.source, 'i').test(m[0]);
        if (!isNamed && c.qualifiers && !new RegExp(c.qualifiers.source, 'i').test(window)) continue;
        if (NOT_DONE.test(s)) continue;
        const route = c.agent.routes.find((r) => ACTS[r].test(window));
        if (!route) continue;
        const act = ACTS[route].exec(window);
        if (act && ANIMAL.test(window.slice(Math.max(0, act.index - 14), act.index))) continue;
        out.push({ agent: c.agent, route, symptom, child });
        break;
      }
    }
  }
  return out;
}

/** The emergency rules' ids begin so (triage.ts reads them as a finding no reader lowers). */
export const DELAYED_POISON_PREFIX = 'delayed-poison-';

const level = (e: ToxicExposure): 'emergency' | 'urgent' => (e.agent.anyAmount || e.symptom || e.child ? 'emergency' : 'urgent');

export const TOXIC_EXPOSURE_RULES: readonly ClinicalRule[] = TOXIC_AGENTS.flatMap((agent) => [
  clinicalRule(
    `${DELAYED_POISON_PREFIX}${agent.id}`,
    'emergency',
    `${agent.danger.zh}`,
    `${agent.danger.en}`,
    agent.routes.includes('skin')
      ? '立即拨打急救电话或去急诊，即使现在不太疼、看起来没事：先用大量流动清水持续冲洗，脱掉沾污的衣物和戒指，告诉医生是什么化学品（带上瓶子或拍照）。'
      : '即使现在感觉好转或没有症状，也要立即拨打急救电话或去急诊：这种中毒的危险在几小时到几天后才出现，越早治疗越有效。不要自行催吐，带上剩下的东西或照片。',
    agent.routes.includes('skin')
      ? 'Call emergency services or go to an emergency department now, even if it hardly hurts or looks normal: keep rinsing under running water, take off soaked clothing and rings, and bring the bottle or a photo of its label.'
      : 'Call emergency services or go to an emergency department now, even if you feel better or have no symptoms: the harm from this poison shows hours to days later and treatment works best early. Do not make yourself sick; bring what is left or a photo.',
    (c) => readToxicExposures(c.text).some((e) => e.agent === agent && level(e) === 'emergency'),
  ),
  clinicalRule(
    `possible-poison-${agent.id}`,
    'urgent',
    `可能接触了：${agent.danger.zh}`,
    `possible exposure — ${agent.danger.en}`,
    '现在就打中毒急救热线或去医院，说清吃了什么、多少、什么时候；出现呕吐、腹泻、口舌发麻或心慌时立即拨打急救电话。保留剩下的东西或拍照。',
    'Call poison control or get seen now with what was taken, how much and when; if vomiting, diarrhoea, numbness of the mouth or a racing heart start, call emergency services. Keep what is left or a photo.',
    (c) => readToxicExposures(c.text).some((e) => e.agent === agent && level(e) === 'urgent'),
  ),
]);
