// A person at a place of lethal danger now, read as a presentation, not a phrase: a present-tense position or presence
// (sitting, standing, legs over, "I'm on the bridge"; 坐在 / 站在 / 我在…桥上) at a lethal place (a roof edge, the top of a
// car park, a bridge, a railway line, crossing or platform with a train named, a harbour wall or the water with weights
// in the pockets; 天台 / 楼顶 / 桥 / 铁路 / 江边 / 站台) or a means
// at hand (a ligature on an anchor: a belt round the neck on a door handle), together with what a crisis assessment
// hears from there — a question about lethality, pain or the speed of dying ("does it hurt or is it quick", "是不是一下子
// 就没感觉了"), a farewell ("tell my mum I'm sorry"), resignation ("就这样吧", "I'm done"), a timed wait ("waiting for the
// 11.40 freight", "the tide's coming in", 等那趟货车) or the act itself announced ahead ("I'm going to step off when it
// comes", "下一趟车进站我就跳下去"). First or third person. A sightseer, a worker on a roof, a film
// scene or a hypothetical safety question ("if someone fell off our roof terrace…") is none: they name no position of
// the writer or of a named person, or a frame of work, leisure or fiction. Feeds the suicide screen (suicide.ts) as a
// high risk: an emergency with the crisis line.
import { hasStoryFrame, storyDenied } from './fiction.js';

/** A person placed: first person, a named other, or a bare position verb (texting style drops the subject). */
const POSITION_EN =
  /\b(?:(?:i'?m|im|i am|i've been|ive been|(?:he|she|they)(?:'s| is|'re| are| has been| have been)|my \w+(?: is|'s| has been))\s+(?:\w+ ){0,2}?)?(?:sat|sitting|standing|stood|perched|crouched|crouching|lying|waiting|hanging|climbed (?:up|over|onto)|on top of|up on|out on|at the top of)\b|\b(?:legs|feet) (?:are )?(?:dangling |hanging )?(?:over|off) (?:the )?(?:edge|wall|side|ledge|railings?|parapet)\b/i;
/** Bare presence at the place ("I'm on the bridge", "on the platform at the station": a text often opens with the place
 *  and drops the subject). A posture verb is one way of being there, not the only one. */
const PRESENCE_EN =
  /\b(?:i'?m|im|i am|i'?ve been|(?:he|she|they)(?:'s| is|'re| are)|my \w+(?: is|'s))\s+(?:\w+ ){0,2}?(?:on|at|by|under|over|up on|out on)\s+(?:the |a |this |that |my |our )?|^\s*(?:on|at|up on|out on) (?:the |a |this |that )?/i;
const PLACE_EN =
  /\b(?:roof(?:top)?(?: edge)?|ledge|parapet|(?:top (?:level|floor|deck|storey) of (?:the |a )?)?(?:multi[- ]?stor(?:e?y|ies)|car ?park)|bridge|viaduct|overpass|flyover|cliff(?: edge)?|(?:railway|rail|train) (?:line|lines|track|tracks|bridge|crossing)|the tracks|level crossing|platform edge|harbou?r wall|sea wall|pier|quay|dock|river ?bank|canal|reservoir|balcony (?:rail|railing|edge))\b/i;
/** A crossing or a platform is a railway's when the message names a train ("at the crossing … waiting for the freight",
 *  "on the platform … the fast train comes through"). */
const CROSSING = /\b(?:crossing|platform)\b/i;
const TRAIN = /\b(?:trains?|freight|express|railway|rail|tube|underground|subway|metro)\b/i;
/** Weights in the pockets by water: a means at hand whatever the place is called. */
const WEIGHTED_EN = /\b(?:stones?|rocks?|bricks?|weights?)\b[^.?!]{0,20}\bpockets?\b/i;
const WEIGHTED_ZH = /(?:口袋|兜)[^，。]{0,6}(?:石头|砖头?|重物)|(?:石头|砖头?)[^，。]{0,6}(?:口袋|兜)/;
/** Lethal places in Chinese (a platform counts when a train comes into it: 车进站, 地铁, 火车). */
const PLACE_ZH =
  '(?:天台|楼顶|顶楼|楼边|屋顶|窗台|阳台(?:边|外|栏杆)|护栏外|栏杆外|桥(?:上|边|栏)|大桥|铁路|铁轨|轨道|道口|江边|河边|海边|堤上|码头|悬崖|崖边|水库)';
const PRESENCE_ZH = new RegExp(`(?:我|他|她)(?:也|就|现在|正|还|一个人)?在[^，。]{0,10}${PLACE_ZH}`);
const PLATFORM_ZH = /(?:我|他|她)(?:也|就|现在|正|还|一个人)?在[^，。]{0,10}(?:站台|月台)/;
const TRAIN_ZH = /地铁|火车|列车|高铁|动车|车进站|进站/;
const POSITION_ZH = new RegExp(
  `(?:坐|站|蹲|爬|趴|躺|待|呆)(?:在|到|上)[^，。]{0,14}${PLACE_ZH}|(?:天台|楼顶|顶楼|屋顶|窗台|桥|铁路|铁轨|轨道|江边|河边|海边|码头|悬崖|崖边)[^，。]{0,6}(?:坐着|站着|蹲着|躺着|待着|呆着)|(?:腿|脚)[^，。]{0,4}(?:悬在|伸在|垂在|挂在)(?:外面|外边|空中|半空)`,
);
/** A ligature on an anchor: the means at hand, whatever tense the question is put in. */
const LIGATURE =
  /\b(?:belt|rope|cord|cable|scarf|tie|noose|ligature|dressing[- ]gown cord)\b[^.?!]{0,30}\b(?:round|around) (?:my|your|his|her|the) neck\b[^.?!]{0,40}\b(?:door ?handle|door|banister|bannister|hook|beam|rail|bed ?frame|pipe)\b|(?:皮带|绳子?|围巾|领带|腰带)[^，。]{0,8}(?:套|勒|缠|绕)[^，。]{0,4}(?:脖子|颈)[^，。]{0,12}(?:门把手?|门|栏杆|挂钩|横梁|床架|管子)/i;

/** A question about lethality, pain or the speed of dying. */
const LETHAL_QUESTION =
  /\b(?:does|would|will) it hurt\b(?= *(?:[.?!,]|$| or\b| much\b| to (?:die|fall|jump|land|hit)))|\bis it (?:quick|instant|fast|painless)\b|\bhow (?:long|quick(?:ly)?|fast) (?:does|would|will|until|before) (?:it|you|i|one|someone) (?:die|pass out|black out|lose consciousness|go|feel|hit)\b|\bhow long (?:does|would|will) it take\b(?= *(?:[.?!]|$| to (?:die|pass out|black out|lose|go|drown|hit|land|feel)| if\b))|\bwhat (?:does|would|will) (?:it|the (?:fall|impact|landing|water|train)) feel like\b|\b(?:would|will|do) (?:i|you|he|she) (?:feel|survive|know) (?:anything|it|the (?:fall|impact))\b|\b(?:high|far) enough to\b|\bkill (?:you|me) (?:outright|instantly)\b|是不是一下子|一下子就|会不会(?:疼|痛|死|有感觉|很快)|疼不疼|痛不痛|(?:就|会不会|是不是|还有没有)没?感觉|多久(?:才|会|能|就)?(?:死|没|晕|断气|失去意识|昏)|能不能(?:死|摔死)|死得了|摔得死|会摔死|够不够高|多快/i;
/** A farewell said from there. */
const FAREWELL =
  /\btell (?:\w+ ){0,3}(?:i'?m|im|i am|i was|he'?s|she'?s) sorry\b|\btell (?:\w+ ){0,3}i love (?:them|her|him|you)\b|\b(?:goodbye|bye) (?:everyone|all|mum|mom|dad)\b|\bsorry (?:for|about) everything\b|\bif anyone (?:reads|finds|sees) this\b|(?:告诉|跟)[^，。]{0,6}(?:我妈|我爸|爸妈|家里人?|他们)[^，。]{0,6}(?:对不起|我爱|别难过)|对不起(?:大家|爸妈|妈|爸|你们)|永别|再见了|给(?:我)?(?:妈|爸|爸妈|家里|家人|老婆|老公|孩子)[^，。]{0,4}的(?:信|遗书)|\b(?:a |the )?(?:note|letter) (?:for|to) (?:my|mum|mom|dad)\b/i;
/** An act into the danger announced by the person there, in the first person and ahead of it ("I'm going to step off
 *  when it comes", "等零点我就翻过栏杆", "下一趟车进站我就跳下去"): the plan itself, said from the place. A leisure act (a
 *  swim, a dive, a bungee jump) is a frame (FRAME). */
const ACT_EN =
  /\b(?:i'?m|im|i am) (?:just )?(?:going to|gonna|about to|ready to)|\bi'?ll\b|\bi will\b|\b(?:he|she)(?:'s| is) (?:going to|gonna|about to|threatening to)|(?:^|[,.;!?]\s*)(?:just |now )?(?:going to|gonna|about to)\b/i;
const ACT_VERB_EN =
  /^(?:\w+ ){0,2}?(?:step (?:off|out|in front|onto)(?! (?:the |a |at the )?(?:train|bus|tram|carriage|next|stop)\b)|jump(?: (?:off|from|in front|down|over|out)\b|(?= *(?:[.,!?]|$|when|as soon|once|now|tonight)))|throw (?:my|him|her)self|climb (?:over|out)|go over|let go|lie (?:down )?on (?:the )?(?:tracks?|line|rails)|walk (?:in|into|out into) (?:the )?(?:sea|water|river|lake))/i;
const ACT_ZH =
  /(?:就|要|准备|打算|会|想)(?:直接)?(?:跳下去|跳下|跳进|跳|翻过(?:栏杆|护栏|去)|翻出去|翻下去|迈出去|冲下去|冲出去|躺到|走进(?:海|河|江|水)|松手)/;
function announcesAct(text: string): boolean {
  if (ACT_ZH.test(text)) return true;
  for (const m of text.matchAll(new RegExp(ACT_EN.source, 'gi'))) if (ACT_VERB_EN.test(text.slice((m.index ?? 0) + m[0].length).trimStart())) return true;
  return false;
}
/** Resignation. */
const RESIGNED =
  /就这样吧|算了吧|不想(?:再)?撑了|没(?:什么|啥)?(?:意思|意义)了|到此为止|(?:一切|都)结束了|\b(?:i'?m|im) done\b|\bthat'?s it\b|\bit'?s over\b|\bno point (?:any ?more|anymore|now)\b|\bcan'?t do this any ?more\b/i;
/** A timed wait: a train, a tide, a time. */
const TIMED_WAIT =
  /\bwaiting (?:for|on) (?:the |a |that )?(?:\w+ ){0,3}?(?:train|freight|express|tide)\b|\b(?:the )?tides?'?s? (?:is |are )?coming in\b|\bwhen the (?:next )?(?:train|freight|tide)\b|等[^，。]{0,8}(?:火车|货车|列车|动车|高铁|那趟|涨潮|车过|点过)|(?:涨潮|火车|货车)[^，。]{0,4}(?:快|马上)(?:来|到)/i;
/**
 * "Tonight" / "right now" date a ligature question to now; at a place they are no wait of their own (a family on the
 * pier tonight, a crowd on the bridge right now for the fireworks).
 */
const NOW = /\btonight\b|\bright now\b|今晚|马上/i;

/** A frame of work, leisure or a hypothetical about someone in general: no person is at risk there. Work is the
 *  person's task there ("在楼顶施工", "fixing the gutters"), not the everyday use of the place ("每天上班等车的那个站").
 *  A story's frame is fiction.ts's (one reader of stories for the whole of triage). */
const FRAME =
  /\b(?:tourist|sightseeing|view|photos?|pictures?|selfies?|holiday|trip|fixing|repairing|roofer|roofing|scaffold\w*|gutters?|tiles|shift|on (?:the )?job|inspection|maintenance|survey(?:ing)?|fishing|climbing (?:wall|gym)|harness|swim(?:ming)?|dive|diving|bungee|paddle ?board\w*|kayak\w*)\b|(?:旅游|拍照|看风景|修(?:屋顶|房顶|水管)|干活|施工|在[^，。]{0,8}上班|上班(?:时|的时候)|钓鱼|游泳|跳水|蹦极)/i;
/** A hypothetical about someone in general ("if someone fell off our roof terrace…"). */
const HYPOTHETICAL = /\bif (?:someone|somebody|anyone|a person|a child|a kid|people|one|you)\b(?! (?:reads|finds|sees|gets) this)|如果有人|万一有人|要是有人/i;
/** Said not to be a hypothetical or not there for the leisure around ("not hypothetical", "我不是来看烟花的"): the frame
 *  is denied. */
const FRAME_DENIED =
  /\bnot (?:for )?(?:a |my )?(?:hypothetical(?:ly)?|asking for a friend)\b|\b(?:this|it) (?:isn'?t|is not) (?:a |for a )?(?:hypothetical|joke)\b|不是(?:开玩笑|假设)|不是来[^，。]{0,8}的|\bnot (?:here|there) (?:for|to)\b/i;
/** A swim one cannot do ("我不会游泳", "I can't swim") is no leisure there: it is what the water would do. */
const NO_SWIM =
  /(?:不会|不太会|不懂|没学过|学不会)(?:游泳|游|水)|\b(?:can'?t|cannot|can not|couldn'?t|don'?t know how to|never learned to|never learnt to|unable to) swim\b/gi;
/** Work, leisure or a hypothetical frame, unless denied; a farewell said from the place outweighs a work or leisure
 *  word (a sightseer says no goodbye to their mother). A story's frame is fiction.ts's. */
const framed = (text: string, farewell: boolean): boolean => {
  const t = text.replace(NO_SWIM, ' ');
  const frame = ((FRAME.test(t) && !farewell) || HYPOTHETICAL.test(t)) && !FRAME_DENIED.test(t);
  return frame || (hasStoryFrame(text) && !storyDenied(text));
};

export interface LethalPosition {
  /** How the person was placed: at a lethal place, weighted by water, or with a ligature on an anchor. */
  at: 'place' | 'weighted' | 'ligature';
  /** What was heard from there. */
  heard: ('lethality' | 'farewell' | 'resigned' | 'wait' | 'act')[];
}

function placed(text: string): LethalPosition['at'] | null {
  if (LIGATURE.test(text)) return 'ligature';
  if (WEIGHTED_EN.test(text) || WEIGHTED_ZH.test(text)) return 'weighted';
  if (POSITION_ZH.test(text) || PRESENCE_ZH.test(text) || (PLATFORM_ZH.test(text) && TRAIN_ZH.test(text))) return 'place';
  // English: a position or presence and a lethal place within one sentence.
  for (const s of text.split(/[.?!\n]+/))
    if ((POSITION_EN.test(s) || PRESENCE_EN.test(s)) && (PLACE_EN.test(s) || (CROSSING.test(s) && TRAIN.test(text)))) return 'place';
  return null;
}

/** How a person is placed at a lethal place now (a ledge, a roof's edge, a rail, a ligature), whatever was heard from
 *  there; null when nobody is. For line-after.ts, which pairs it with a burden wish said in the message. */
export const placedAtLethal = (text: string): LethalPosition['at'] | null => placed(text);

/** A person at a place of lethal danger now, with a lethality question, farewell, resignation or timed wait; or null. */
export function readLethalPosition(text: string): LethalPosition | null {
  const at = placed(text);
  if (!at) return null;
  if (framed(text, FAREWELL.test(text))) return null;
  const heard: LethalPosition['heard'] = [];
  if (LETHAL_QUESTION.test(text)) heard.push('lethality');
  if (FAREWELL.test(text)) heard.push('farewell');
  if (RESIGNED.test(text)) heard.push('resigned');
  if (TIMED_WAIT.test(text) || (at === 'ligature' && NOW.test(text))) heard.push('wait');
  if (at !== 'ligature' && announcesAct(text)) heard.push('act');
  // A ligature described in a question counts only when the question is someone's now: a time, or the frame denied.
  if (at === 'ligature' && !heard.includes('wait') && !FRAME_DENIED.test(text) && !storyDenied(text)) return null;
  return heard.length > 0 ? { at, heard } : null;
}
