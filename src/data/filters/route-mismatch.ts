// A substance advised by a route it must never take (issue #17, dangerous remedy): the answer has someone drink, swallow
// or take by mouth what is made for the skin or is a poison swallowed — eucalyptus oil stirred into warm milk, boric
// acid capsules by mouth, a fish gallbladder swallowed whole, "food grade" hydrogen peroxide in water. The words of
// such an answer are new each time (a new oil, a new folk cure); what is cheap to read reliably is the STRUCTURE: an
// agent from the not-by-mouth lookup (knowledge/not-by-mouth.ts, built from the chemical and poison tables) bound to
// an act of ingestion in one sentence —
//   verb → agent:       "喝几滴风油精", "drink a few drops of hydrogen peroxide" (only quantity words between);
//   agent → drink:      "鱼胆一个，用温开水整颗吞服", "eucalyptus oil stirred into warm milk" (a drink is swallowed);
//   agent → by mouth:   "boric acid: take 600 mg capsules by mouth", "碘伏可以口服" (the route word ends the act).
// The default is INVERTED toward keeping: a sentence with any negator, harm, accident, condition, report, past event
// or question
// reads as no advice, and so does an answer that warns of the same agent anywhere or rebuts it in the next sentence —
// the reader drops only a clean, affirmative instruction to ingest. It only adds drops; it lowers no medical decision.
import { readingForm } from '../../core/han-variants.js';
import { type NotByMouthAgent, notByMouthAgents } from '../../knowledge/not-by-mouth.js';

export interface RouteMismatch {
  agent: string;
  from: NotByMouthAgent['from'];
  by: 'verb-first' | 'agent-drink' | 'by-mouth';
  span: string;
}

// Acts of ingestion. 吃/喝 with 了/过 (a told event) never reach here: the gap words below hold no aspect particle.
const INGEST_ZH = '(?:喝下?|饮用|饮下|服用|口服|内服|吞服|吞下|吞|咽下|送服|冲服|吃下|吃|食用|灌服)';
const INGEST_EN = '(?:drink|drinking|swallow|swallowing|sip|sipping|ingest|ingesting)';
// Only quantity and preparation words may stand between a verb and its agent ("喝几滴", "a few drops of diluted").
const MOD_ZH =
  '(?:一点|一些|点|些|少量|少许|适量|几滴|几口|一小口|一口|一小勺|一勺|半勺|[一半][小大]?[杯碗勺匙]|稀释(?:过)?的|兑水的|新鲜的?|整颗|整个|一个|一颗|[\\d.]+\\s*(?:毫升|ml|滴|克|g|%|％)?|的)';
const MOD_EN =
  '(?:\\s+|a|an|one|two|half|quarter|some|little|few|diluted|food[- ]grade|\\d+(?:\\.\\d+)?\\s*(?:%|ml|mls|drops?|teaspoons?|tsp|capfuls?)?|drops?|sip|capful|teaspoon|spoonful|glass|cup|of)';
// Between an agent and its vehicle: amounts, mixing and containers; then the vehicle; then the act.
const PREP_ZH = '(?:[\\s\\d.%％，,]|滴|几|一|两|个|颗|枚|只|些|少量|少许|点|勺|毫升|ml|兑|加|掺|混|调|入|进|到|在|于|倒|放|泡|溶|化|和|用|以|的|半|杯|碗|匙)';
const VEHICLE_ZH = '(?:温开水|凉开水|白开水|开水|温水|凉水|清水|水|牛奶|奶|果汁|蜂蜜水|茶水|茶|粥)';
const AFTER_ZH = '(?:[\\s，,]|里|中|内|后|一起|送|冲|整颗|整个|搅匀|搅拌|调匀|摇匀|给孩子|给宝宝|给他|给她|让孩子|让他|让她|再|然后|直接)';
const PREP_EN =
  '(?:[\\s,:%]|\\([^)]{0,40}\\)|add|activated|drops?|mixed|stirred|added|dissolved|diluted|put|in|into|to|with|a|an|one|half|glass|cup|teaspoon|tablespoon|spoonful|litre|liter|bottle|jug|ml|of|warm|hot|cold|some|little|few|and|\\d+)';
const AFTER_EN = '(?:[\\s,]|and|then|it|at bedtime|before bed|for (?:the child|your child|him|her|them) to)';
// A drink is swallowed whatever verb is told; plain water is also a bowl for steam or a bath, so it needs the verb.
const DRINK_ZH = '(?:温开水|凉开水|白开水|牛奶|奶|果汁|蜂蜜水|茶水|粥)';
const DRINK_EN = '(?:milk|juice|tea|honey|(?:glass|cup) of (?:warm |cold )?water)';
// The route word ends the act: what follows is the clause's end, a frequency or an amount of the agent itself, never
// another medicine ("口服一周泼尼松" is another drug's course).
const BY_MOUTH_ZH =
  '(?:口服|内服|吞服|喝下去?|[饮喝吃吞]落去?)(?=$|[\\s，。；、,.;:：）)]|每|[一二两三半\\d]+小?[天日次周个勺口杯匙毫滴片粒颗]*(?:$|[\\s，。；、,.;]|次)|即可|就|也)';
const BY_MOUTH_EN = '(?:by mouth|orally|internally)';

// The agent used by another route in the same sentence: a rub, a wash, a steam, a rinse spat out.
const OTHER_ROUTE =
  /涂|擦|抹|敷|搽|洗|冲|消毒|外用|漱|熏|泡脚|泡澡|浴|滴眼|滴耳|滴鼻|喷|贴|塞|阴道|按摩|闻|吸入|\b(?:apply|applied|rub|rubbed|spray|wash|rinse|clean|gargle|insert|dab|soak|wipe|inhale|steam|bath|vagina|vaginal|massage|diffuser|humidifier|skin|chest|mouthwash|spit)/iu;
// Words a right answer uses around a remedy it warns of: negation, harm, accident, condition, report, rebuttal.
const NOT_NEGATION = /不适|不舒服|不良|不振|不畅|不足|不全|不齐|不调|不少|不错|不久|不断|不仅|不但|不管|不理想|不好|不佳|不明显|不见效/gu;
// 毒 inside these is a virus, a disinfection or a quack's "toxins", not a warning of the agent.
const NOT_HARM = /病毒|消毒|杀毒|排毒|毒素|解毒/gu;
const NEGATOR =
  /不|别|勿|禁|忌|莫|避免|防止|以免|免得|没有|无|\b(?:not|never|no|avoid|don't|dont|nor|without|instead|rather|stop|shouldn't|mustn't|can't|cannot)\b|n't/iu;
const HARM =
  /毒|危险|伤害|损伤|烧伤|灼伤|腐蚀|致命|死亡|误|意外|不小心|千万|警惕|有害|害处|副作用|风险|急诊|中毒|催吐|洗胃|错误|谬|无效|没用|\b(?:toxic|poison\w*|danger\w*|harm\w*|fatal|burns?|accident\w*|emergency|risk\w*|overdose|unsafe|false|wrong|ineffective|myth|debunked|evidence)\b/iu;
const CONDITION = /如果|若|万一|假如|要是|一旦|\b(?:if|in case|unless|should (?:he|she|they|you) (?:drink|swallow))\b/iu;
// An ingestion told as a past event (a history, "前年喝农药被抢救回来", "约2小时前口服百草枯") is no advice.
const TOLD_EVENT =
  /前年|去年|昨天|昨晚|今早|刚才|刚刚|之前|以前|曾经?|被抢救|[\d一二两三四五六七八九十半几]+\s*(?:个)?(?:多)?(?:小时|分钟|天|周|星期|月|年)(?:前|以前)|\b(?:ago|yesterday|last (?:night|week|month|year)|earlier|previously)\b/iu;
// Review fix s42: an ingestion told as what it does, not advised — "口服汽油后常出现口腔烧灼感", "口服百草枯后数天内会出现
// 肺纤维化", "Drinking antifreeze … leads to kidney failure": the act as subject, then its course or effect.
const DESCRIBED =
  /(?:口服|误服|服用|喝下?|饮用?|吞服?|吞下|吃下?|食用)[^，。；,;]{1,12}?后(?:[^，。；,;]{0,4}?)(?:常|多|即(?!可)|立即|随即|出现|感到|引起|导致|数[天日小分周]|几[天日小分周]|\d+\s*[天日小分周]|[一二三四五六七八九十半]+[天日小分周个]|会(?:出现|引起|导致|造成|发生))|^(?:drinking|swallowing|ingesting|ingestion of|eating)\b[^.;]{0,60}?\b(?:causes?|caused|leads? to|results? in|produces?|brings on|can (?:cause|lead to)|may (?:cause|lead to))\b/iu;
const REPORTED =
  /有人说|听说|据说|网上|传言|谣言|号称|宣称|声称|所谓|误区|\b(?:(?:some|many) people (?:say|claim|believe|think)|people say|claims?|claimed|is said|rumou?rs?|your friend|according to)\b/iu;

// A next sentence that turns back to what was just said ("这种做法很危险", "That is dangerous", "But it can poison").
const REBUTS = /^(?:这|此|该|但|不过|然而|其实|可是|\b(?:that|this|these|those|such|but|however|actually|in fact)\b)/iu;

interface Compiled {
  agent: NotByMouthAgent;
  name: RegExp;
  safe?: RegExp;
}
let compiled: Compiled[] | undefined;
// The gate: every name's leading literal (two Han characters, or a Latin word of three letters or more), so an answer
// naming no agent costs one scan; a name with no such literal is read by its regex.
let hanPairs: Set<string> | undefined;
let latinHeads: string[] = [];
let unliteral: RegExp[] = [];
function literalHead(fragment: string): string {
  const f = fragment.replace(/^\(\?<[!=][^)]*\)/u, '');
  const m = /^[^\\()[\]{}?*+|.^$]*/u.exec(f)?.[0] ?? '';
  return /^[?*{]/u.test(f.slice(m.length)) ? m.slice(0, -1) : m;
}
function agents(): Compiled[] {
  if (compiled) return compiled;
  const pairs = new Set<string>();
  const heads = new Set<string>();
  const slow: RegExp[] = [];
  compiled = notByMouthAgents()
    .filter((a) => a.zh.length || a.en.length)
    .map((a) => {
      for (const frag of [...a.zh, ...a.en]) {
        const head = literalHead(frag).toLowerCase();
        if (/^\p{Script=Han}{2}/u.test(head)) pairs.add(head.slice(0, 2));
        else if (/^[a-z0-9][a-z0-9-]{2,}/u.test(head)) heads.add(head.split(' ')[0] as string);
        else slow.push(new RegExp(frag, 'iu'));
      }
      const parts = [...a.zh.map((z) => `(?:${z})`), ...a.en.map((e) => `\\b(?:${e})s?\\b`)];
      return {
        agent: a,
        name: new RegExp(parts.join('|'), 'giu'),
        ...(a.safe.length ? { safe: new RegExp(a.safe.join('|'), 'iu') } : {}),
      };
    });
  hanPairs = pairs;
  latinHeads = [...heads];
  unliteral = slow;
  return compiled;
}
/** One pass over the whole answer: most answers name no agent at all. */
function namesAgent(text: string): boolean {
  agents();
  const lower = text.toLowerCase();
  for (let i = 0; i + 1 < lower.length; i++) if (hanPairs?.has(lower.slice(i, i + 2))) return true;
  if (latinHeads.some((h) => lower.includes(h))) return true;
  return unliteral.some((r) => r.test(text));
}

const VERB_FIRST = new RegExp(`(?:${INGEST_ZH}${MOD_ZH}{0,4}|\\b${INGEST_EN}\\b${MOD_EN}{0,14})$`, 'iu');
const AGENT_DRINK_ZH = new RegExp(`^${PREP_ZH}{0,12}?(?:${VEHICLE_ZH}${AFTER_ZH}{0,6}?${INGEST_ZH}|(?<other>${DRINK_ZH}))`, 'u');
const AGENT_DRINK_EN = new RegExp(
  `^${PREP_EN}{0,16}?(?:\\b(?:water|milk|juice|tea|honey)\\b${AFTER_EN}{0,6}?\\b${INGEST_EN}\\b|(?<other>\\b${DRINK_EN}\\b))`,
  'iu',
);
const TAKE_BEFORE = new RegExp(`\\b(?:take|taking)\\b${MOD_EN}{0,14}$`, 'iu');
const TAKEN_IN = /^[^.;]{0,40}?\b(?:in|with|into) (?:a (?:glass|cup) of )?(?:warm |cold )?(?:water|juice|milk)\b/iu;
const TAKE_AFTER = /^[^.;]{0,20}?\btake\b[^.;]{0,30}?\b(?:in|with|into) (?:a (?:glass|cup) of )?(?:warm |cold )?(?:water|juice|milk)\b/iu;
// Past a comma, only the agent's own preparation and giving may stand before the act ("煤油，兑在一小杯温水里给孩子喝下",
// "风油精，搅匀后给孩子喝下", "白花油，俾佢飲落去"); a name of anything else (another medicine) ends the binding.
const CONT_ZH = `(?:${PREP_ZH}|${VEHICLE_ZH}|${AFTER_ZH}|小|大|搅匀|[给让俾畀叫](?:他|她|佢|孩子|宝宝|小孩|病人))`;
// Review fix s42: the route word binds only within the agent's own clause and item — a comma, an enumeration mark or a
// conjunction starts another medicine ("炉甘石洗剂止痒，氯雷他定糖浆口服", "乳膏（尤卓尔）和氯雷他定片口服",
// "mupirocin ointment and take cephalexin by mouth").
const BY_MOUTH = new RegExp(
  `^(?:(?:(?![和与及并])[^。；;.!?！？，,、]){0,12}?(?:[，,]${CONT_ZH}{0,14}?)?${BY_MOUTH_ZH}|(?:(?!\\b(?:and|or|plus|then)\\b)[^。；;.!?！？，,]){0,40}?\\b${BY_MOUTH_EN}\\b)`,
  'iu',
);

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?\n])|(?<=[.;])\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function negated(s: string): boolean {
  return NEGATOR.test(s.replace(NOT_NEGATION, ''));
}
function harmTold(s: string): boolean {
  return HARM.test(s.replace(NOT_HARM, ''));
}
function warns(s: string): boolean {
  return negated(s) || harmTold(s);
}

/** Where the sentence binds an agent to an act of ingestion, the first binding read; undefined when none. */
function ingestion(s: string): RouteMismatch | undefined {
  for (const { agent, name, safe } of agents()) {
    name.lastIndex = 0;
    for (let m = name.exec(s); m; m = name.exec(s)) {
      if (safe?.test(s)) break;
      const before = s.slice(0, m.index);
      const after = s.slice(m.index + m[0].length);
      const base = { agent: m[0], from: agent.from };
      if (VERB_FIRST.test(before)) return { ...base, by: 'verb-first', span: s };
      // "take X drops in water": take is an ingestion only with the drink or the route told after the agent.
      if (TAKE_BEFORE.test(before) && TAKEN_IN.test(after)) return { ...base, by: 'verb-first', span: s };
      // "chlorine dioxide: take 6 drops in water": the agent, then take, then the drink.
      if (TAKE_AFTER.test(after)) return { ...base, by: 'agent-drink', span: s };
      const drink = AGENT_DRINK_ZH.exec(after) ?? AGENT_DRINK_EN.exec(after);
      // A drink named without a verb is the act only when nothing in the sentence gives the agent another route.
      if (drink && !(drink.groups?.other && OTHER_ROUTE.test(s))) return { ...base, by: 'agent-drink', span: s };
      const mouth = BY_MOUTH.exec(after);
      if (mouth && !OTHER_ROUTE.test(mouth[0])) return { ...base, by: 'by-mouth', span: s };
    }
  }
  return undefined;
}

/**
 * Pure: the first clean instruction in the answer to take by mouth something that must not be (not-by-mouth lookup),
 * or undefined. The question is read only to skip an answer that repeats a question's own sentence.
 */
export function routeMismatch(question: string, answer: string): RouteMismatch | undefined {
  const text = readingForm(answer);
  if (!namesAgent(text)) return undefined;
  const asked = new Set(sentencesOf(readingForm(question)));
  const sentences = sentencesOf(text);
  for (const [i, s] of sentences.entries()) {
    if (asked.has(s) || /[？?]$|吗$/u.test(s)) continue;
    if (warns(s) || CONDITION.test(s) || REPORTED.test(s) || TOLD_EVENT.test(s) || DESCRIBED.test(s)) continue;
    const hit = ingestion(s);
    if (!hit) continue;
    // A rebuttal in the next sentence ("这种做法很危险", "That is a myth") or a warning of the same agent anywhere.
    const next = sentences[i + 1];
    if (next && REBUTS.test(next) && harmTold(next)) continue;
    const same = new RegExp(hit.agent.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');
    if (sentences.some((o, j) => j !== i && same.test(o) && warns(o))) continue;
    return hit;
  }
  return undefined;
}
