// A self-directed harmful act read as STRUCTURE (session 39, #19), for the crisis line and the level. Blind batch
// triage-bc showed five self-harm emergencies rated emergency WITHOUT the crisis line (a client's charger cord tied round
// his own neck twice today, a student's fresh cuts and "finish it properly tonight", a mother at the window with her baby
// thinking of jumping, an elder's pesticide put at the bedside with "does it hurt to drink it", a new mother out on the
// balcony looking down): the line was decided by readers that each need their own words to have fired, and none had.
// This reader does not name a suicide word; it reads two ROLES around one person (the writer or someone they speak of):
//   an ACT on the person's own body or life, told now — a ligature put round their own neck by their own hand, cuts at a
//     self-harm site (wrist, arm, thigh), the person at a height's edge (window, balcony, roof, bridge), a poison or
//     pills put at their bedside or pillow;
//   × what makes it self-directed — the act repeated or said to come again ("he'll do it again", 再来一次, 下次), an
//     ending said with no object ("finish it properly", 了结, 一起下去算了), a wish or worthlessness ("better off with
//     someone else as his mum", 活着没意思, a useless mum), a lethality question about the means ("would it hurt", 喝了痛
//     不痛), the ligature taken off by others, a fall thought of from the edge ("letting us both fall", 跳下去).
// Look-alikes stay out by their structure, not by a list of their texts: an accident or a task (tangled, caught, slipped,
// fell, while cooking, 不小心, 切菜), a young child as the one it happened to, the act done BY someone else to the person
// (strangled, 勒我), a passive body ("was wrapped round his neck", a nuchal cord), an ordinary use at the place or for the
// means (laundry, the farm, 晾衣服, 打虫), a history or a recovered past (years ago, 以前, now well), negation, a story.
// Pure; its own word lists (no older list widened). triage.ts raises to emergency and gives the crisis line (source
// 'self-directed'), raise only, after every other decision.
import { hasStoryFrame, storyDenied } from './fiction.js';
import { substanceSource } from './substances.js';
import { messageSentences } from './normalise.js';

export type SelfDirectedAct = 'ligature' | 'cutting' | 'height' | 'poisonAtBed';
export type SelfDirectedRole = 'again' | 'ending' | 'wish' | 'lethalityAsked' | 'removed' | 'fallThought';
export interface SelfDirectedHarm {
  act: SelfDirectedAct;
  /** The writer ('self') or someone the writer speaks of ('other'): informational, the line is given either way. */
  who: 'self' | 'other';
  roles: SelfDirectedRole[];
}

// ── Acts (each read in one sentence) ──
const LIGATURE_MATERIAL_EN = String.raw`(?:cords?|cables?|chargers?|ropes?|belts?|ligatures?|nooses?|shoe ?laces?|laces?|wires?|strings?|scarf|scarves|ties?|sheets?|leads?|straps?|tights|bra|dressing gown cord)`;
/** Put round the neck by the person's own hand (active verb, a person before it), or found so. */
const LIGATURE_EN = new RegExp(
  String.raw`\b(?:tied|ties|tying|wrapped|wraps|wrapping|looped|loops|looping|put|puts|putting|pulled|tightened|tightening|knotted|wound|twisted)\b[^.?!]{0,40}\b${LIGATURE_MATERIAL_EN}\b[^.?!]{0,25}\b(?:round|around)\s+(?:his|her|my|their)\s+(?:own\s+)?neck\b|\bfound (?:him|her|them|me)?\s*with (?:a |the |his |her |my |their )?(?:\w+ )?${LIGATURE_MATERIAL_EN}\s+(?:\w+ )?(?:looped|tied|wrapped|knotted|tight|pulled tight)\s+(?:round|around)\s+(?:his|her|my|their)\s+neck\b|\b(?:put|puts|putting|stuck|pushed) (?:his|her|my|their) (?:head|neck) (?:through|in|into) (?:it|the (?:noose|loop|rope|cord|belt))\b`,
  'i',
);
/** A passive body (the cord "was wrapped round his neck" at birth, "got tangled"): no one's act. */
const PASSIVE_EN =
  /\b(?:was|were|got|gets|getting|been|became|had been|keeps getting|kept getting)\s+(?:\w+\s+){0,2}?(?:tied|wrapped|looped|tangled|caught|wound|twisted)\b/i;
const LIGATURE_ZH =
  /(?:绳|线|带|围巾|丝袜|床单|鞋带|电线|网线|领带|毛巾)[^，。；]{0,6}(?:缠|绕|套|勒|绑|系|捆)(?:住|紧|在|到|上)?[^，。；]{0,3}自己(?:的|条)?(?:脖子|颈|喉咙)|(?:缠|绕|套|勒|绑|系|捆)(?:住|紧)?(?:了)?自己(?:的|条)?(?:脖子|颈|喉咙)|(?:往|在)(?:自己)?(?:的)?脖子上(?:缠|绕|套|勒)/;

const CUT_SITE_EN = String.raw`(?:wrists?|(?:fore)?arms?|thighs?|legs?|stomach|tummy)`;
const CUTTING_EN = new RegExp(
  String.raw`\b(?:cuts|slashes|gashes|scratches|marks|wounds|lines)\b[^.?!]{0,20}\b(?:on|across|up|down) (?:his|her|my|their|both) (?:own )?(?:\w+ )?${CUT_SITE_EN}\b|\b(?:cut|cutting|slashed|slashing|sliced|carved|carving)\b (?:into )?(?:his|her|my|their) (?:own )?(?:\w+ )?${CUT_SITE_EN}\b`,
  'i',
);
const CUTTING_ZH =
  /(?:手腕|手臂|胳膊|大腿|小臂|前臂|腕)(?:上|内侧)?[^，。；]{0,8}(?:划|割|切)(?:的|了|开|破|伤)?[^，。；]{0,6}(?:口子|伤口|刀口|道|痕|伤)|(?:划|割)(?:了|破|伤|开)?(?:自己)?(?:的)?(?:手腕|手臂|胳膊|大腿|腕)/;

/** The person at a height's edge or opening now (stood, sat, out on, at the window…). */
const EDGE_EN =
  /\b(?:stood|standing|stand|sat|sitting|been|going|gone|went|was|is|am|i'?m|he'?s|she'?s|found (?:him|her|them|me))\b[^.?!]{0,30}\b(?:at|by|on|onto|near|to|out on|over) (?:the |an |our |my |his |her |a )?(?:open )?(?:bedroom |kitchen |top |\d+\w* floor |flat'?s? )?(?:window|windowsill|balcony|ledge|edge|roof|rooftop|railings?|parapet|bridge|cliff)\b|\b(?:on|at|by) the (?:edge|ledge|roof|railing)\b/i;
const EDGE_ZH =
  /(?:站|坐|待|呆|趴|蹲|爬)[^，。；]{0,8}(?:窗户|窗台|窗边|窗口|阳台|露台|楼顶|天台|楼顶边|桥|护栏|栏杆)|(?:窗户|窗台|窗边|窗口|阳台|露台|楼顶|天台|桥|栏杆)(?:边|上|外|旁)?[^，。；]{0,4}(?:站|坐|待|呆)/;

/** A poison or the pills put at the person's bed or pillow (the place of no ordinary use for them). */
/** Poisons only: medicines at a bedside are ordinary (indirect-course.ts reads pills hidden or hoarded). */
const POISON = new RegExp(substanceSource(['pesticide', 'caustic', 'toxicAlcohol']), 'i');
const AT_BED_ZH =
  /(?:放|摆|拿|搁|藏|塞)(?:在|到|着)?[^，。；]{0,4}(?:床边|床头|枕头|枕边|手边|床前|床底)|(?:床边|床头|枕头边|枕边)(?:边)?(?:上)?[^，。；]{0,3}(?:放|摆|搁)着/;
const AT_BED_EN =
  /\b(?:by|next to|beside|on|under|in) (?:his|her|my|their|the) (?:bed(?:side)?|pillow|bedside (?:table|cabinet|drawer)|nightstand)\b|\bon (?:his|her|my|their|the) bedside\b/i;

// ── Roles (read over the message, outside history) ──
const AGAIN =
  /\b(?:twice|three times|again|second time|another go|next time|once more)\b|(?:第二|第三|两|三)次|再来一次|还要再|再(?:来|弄|试|搞)|下次|又(?:一次|来|去|勒|划|割|站)|再嚟过|再嚟/i;
const ENDING =
  /\b(?:finish(?:ing)? (?:it|the job|things|what (?:he|she|i) started)(?: properly| for good| off)?|end (?:it|it all|things|everything|my life|her life|his life)|kill (?:my|him|her|them)sel(?:f|ves)|go (?:over|through with it)|not (?:be here|wake up)|won'?t (?:find|reach|catch) (?:her|him|me) in time)\b|了结|结束(?:掉|这一切|一切|自己|生命)|(?:一起|带[^，。]{0,4})(?:跳)?下去(?:算了)?|一了百了|解脱|不想活|去死|走了算了/i;
const WISH =
  /\b(?:better off (?:with(?:out)? (?:me|her|him|someone else)|with (?:a |another )?(?:different|new|other|someone else)|dead)|(?:easier|better|happier) for (?:every(?:one|body)|them|you all)|(?:a |such a |just a |only a )burden|burden (?:on|to) (?:every\w+|them|you|(?:the|my|his|her) family)|no point (?:going on|living|in (?:anything|living|going on))|(?:useless|terrible|failure as a|failed|bad) (?:mum|mom|mother|dad|father|parent)|(?:can'?t|cannot) go on|don'?t want to (?:be here|live|wake up)|want(?:s|ed)? to die|nothing to live for|tired of (?:everything|it all|living|life|being alive))\b|活(?:着|起)(?:也|都|还)?(?:没|没有|莫得)(?:什么|啥子?|个)?(?:意思|盼头|意义|奔头)|没有我[^，。]{0,8}(?:会|更|才)[^，。]{0,3}(?:好|幸福|轻松)|(?:失败|没用|不合格|不称职)的(?:妈妈|母亲|爸爸|父亲)|不想活|活够了|活不下去|累赘|拖累|不如死了|想死/i;
const LETHALITY =
  /\b(?:would|will|does|did|do|is) (?:it|that|drinking (?:it|that)|taking (?:it|them)) (?:hurt|be (?:quick|painless|fast)|take long|kill)\b|\bhow (?:long|quickly|fast) (?:it|that|would|does|will)\b[^.?!]{0,30}\b(?:take|work|die|kill|be over)\b|\bpainless\b|痛不痛|疼不疼|难不难受|会不会死|能不能死|(?:多久|好久|多长时间|多快)[^，。？]{0,4}(?:才|就|会)?(?:死|走|过去|断气|不难受)|很快就(?:不难受|走|死|过去)|是不是很快/i;
/** The ligature taken off, or the act interrupted, by someone else. */
const REMOVED =
  /\b(?:got|get|pulled|took|cut) (?:it|them|the \w+) (?:off|loose|away)\b|\bcut (?:him|her|them|it) (?:down|loose|free)\b|\b(?:got|pulled) (?:it|them) off (?:him|her)\b|\b(?:walked in on|stopped) (?:him|her|them)\b|\b(?:pulled|got|lifted|took|cut) (?:him|her|them) down\b|拽下来|扯下来|解开|解下来|剪断|救下来|被[^，。]{0,4}(?:发现|拦)(?:了|住)?/i;
/** A fall thought of from the edge, the person's own act (jump, go over, let us fall). Looking down alone is not one: at
 *  an edge it counts beside a wish, which the wish role reads by itself. */
const FALL_THOUGHT =
  /\b(?:jump(?:ing)? (?:off|out|down|from)|(?:thought|thinking|think|thinks|said|says|wanted|wants|want) (?:about |of )?(?:jumping|going over)|go(?:ing)? over the edge|letting (?:us|myself|herself|himself|her|him)(?: \w+)? (?:fall|go over|drop))\b|跳下去|跳楼|往下跳|(?:一起|带[^，。]{0,4})下去/i;

// ── Scope ──
/** A history frame in the act's sentence: years ago, as a teenager, 以前, 小时候. */
const HISTORY =
  /\b(?:\d+|a few|several|many|two|three|four|five|ten) years? ago\b|\bas a (?:teen(?:ager)?|kid|child|student)\b|\bwhen (?:i|he|she) was (?:\d+|younger|a (?:teen(?:ager)?|kid|student))\b|\bback (?:then|in (?:school|college|uni|the day))\b|\bused to\b|以前|小时候|年前|那时候|当年|曾经|上大学时|读书时/i;
/** Well now: the whole story is over ("been well for years", 现在很好, 早就好了). */
const RECOVERED =
  /\b(?:been|now|doing|kept) (?:well|fine|good|much better)\b|\bwell (?:since|for (?:years|a long time))\b|现在(?:很好|挺好|好了|没事)|早就好了|好(?:了)?(?:很多|好几)年/i;
/** An accident, a task or play: tangled, caught, slipped, fell, a tool or household object named as the cause. */
const ACCIDENT =
  /\b(?:accident\w*|by mistake|tangled|snagged|slipped|tripped|fell|falling off|while (?:cooking|washing|cleaning|playing|working|chopping|cutting|shaving|gardening|climbing|sleeping|scrolling)|on (?:a |the )?(?:broken )?(?:glass|fence|nail|knife|tin|can|bramble|barbed wire|rose bush)|washing up|chopping)\b|不小心|没注意|切菜|做饭|削|摔|滑倒|绊|卡住|玩的时候|干活/i;
/** Another person's act on them (an assault): strangled, choked, 勒我/掐她. */
const OTHERS_ACT =
  /\b(?:strangl\w*|chok(?:ed|ing) (?:me|her|him)|attack\w*|assault\w*|abus\w*)\b|(?:勒|掐|绑)(?:住)?(?:我|她|他)(?!自己)|被[^，。]{0,6}(?:勒|掐|绑)/i;
/** A young child as the one it happened to: an accident of childhood, not self-harm (ingestion-mode.ts reads the same). */
const YOUNG_CHILD =
  /\b(?:baby|babies|toddler|infant|newborn|(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)[- ](?:year|yr|month|week)s?[- ]old)\b|\b(?:[1-9]|one|two|three|four|five|six|seven|eight|nine) ?(?:yo|y\/o)\b|宝宝|婴儿|幼儿|(?<![十\d])(?:[一二两三四五六七八九1-9]|几)(?:岁|个月|周)(?:大)?的?(?:孩子|儿子|女儿|小孩|宝宝)|(?:孩子|儿子|女儿|小孩)[^，。\d十]{0,3}(?<![十\d])(?:[一二两三四五六七八九1-9])(?:岁|个月)/i;
/** An ordinary use at the place or for the means: laundry, plants, a smoke, the farm. */
const ORDINARY_USE =
  /\b(?:laundry|washing|plants?|smok\w*|cigarette|view|fresh air|barbecue|bbq|sunbath\w*|fireworks|gutters?|farm|crops|weeds?|garden|pests?|bugs|(?:for|kill|catch) (?:the )?(?:rats?|mice))\b|晾|收衣服|浇花|抽烟|看风景|看烟花|擦窗|打虫|杀虫|除草|种菜|种地|庄稼|灭鼠|(?:抓|药|闹|有)老鼠|打药|杂物间|仓库|够不着/i;
/** The wish or the ending denied anywhere ("我一点都不想死", "I wasn't trying to kill myself", 不是想死, "not suicidal"): the
 *  screen and the self-harm frames weigh a denial; this reader leaves such a message to them (it never lowers). */
const DENIED =
  /\b(?:(?:do|does|did)(?:n'?t| not)|never|not|wasn'?t|isn'?t|no longer) (?:\w+ ){0,2}?(?:want(?:ing|s)? to die|trying to (?:kill|end|die)|suicidal|going to (?:do anything|act on it)|mean(?:t)? to)\b|(?:不|没|并不|不是|从没|一点都不|一点也不|并没有)(?:是)?(?:想死|想自杀|想轻生|要自杀|想不开)/i;
/** A negation right before the act in its sentence (never, didn't, hasn't, 没有, 没). */
const NEGATED_BEFORE = /\b(?:never|not|didn'?t|hasn'?t|haven'?t|wasn'?t|no)\b[^.?!,]{0,20}$|(?:没有|没|从不|从来没)[^，。]{0,4}$/i;

const OTHER_PERSON =
  /\b(?:he|she|his|her|they|client|student|resident|patient|son|daughter|friend|flatmate|roommate|brother|sister|husband|wife|partner|mum|mom|dad|grandad|grandpa|grandma|nan|teen)\b|他|她|孩子|儿子|女儿|学生|男生|女生|病人|老人|爸|妈|爷|奶|外公|外婆|朋友|室友|个仔|个女/i;

interface Hit {
  act: SelfDirectedAct;
  sentence: string;
  before: string;
  /** The act's words as matched (its possessive: whose neck, whose arm). */
  words: string;
}

/** The subject pronoun right before the act's verb ("he tied", "she just cut") and the possessive it must agree with. */
const SUBJECT_BEFORE = /\b(i|he|she|they|we)(?:'d| had| has| just| then| also| again| actually)*\s*$/i;
const POSSESSIVE = /\b(my|his|her|their)\b/i;
const AGREES: Record<string, string> = { i: 'my', we: 'our', he: 'his', she: 'her', they: 'their' };
/** Someone else's act on the person ("he tied a cord round my neck", "she slashed his arm"): the pronoun before the
 *  verb names another body than the possessive. A noun subject ("one of my clients tied…") is read as self-directed. */
function othersAct(hit: Hit): boolean {
  const subject = SUBJECT_BEFORE.exec(hit.before)?.[1]?.toLowerCase();
  const owner = POSSESSIVE.exec(hit.words)?.[1]?.toLowerCase();
  if (owner === undefined) return false;
  // "my neck" is the writer's: done by the writer ("I tied…", or the subject left out), else by the one named before it
  // ("my boyfriend tied a cable round my neck").
  if (owner === 'my') return subject !== 'i' && /[a-z]{2,}/i.test(hit.before);
  return subject !== undefined && AGREES[subject] !== owner;
}

function actsIn(sentence: string): Hit[] {
  const hits: Hit[] = [];
  const find = (act: SelfDirectedAct, re: RegExp): void => {
    const m = re.exec(sentence);
    if (m) hits.push({ act, sentence, before: sentence.slice(0, m.index), words: m[0] });
  };
  find('ligature', LIGATURE_EN);
  find('ligature', LIGATURE_ZH);
  find('cutting', CUTTING_EN);
  find('cutting', CUTTING_ZH);
  find('height', EDGE_EN);
  find('height', EDGE_ZH);
  if (POISON.test(sentence) && (AT_BED_ZH.test(sentence) || AT_BED_EN.test(sentence))) hits.push({ act: 'poisonAtBed', sentence, before: '', words: '' });
  return hits;
}

/** Which roles make this act self-directed; each act has its own. */
const ROLES: Record<SelfDirectedAct, readonly SelfDirectedRole[]> = {
  // A ligature round one's own neck: taken off by others, repeated, or said to come again (a scarf worn is none of them).
  ligature: ['again', 'ending', 'wish', 'removed'],
  // Cuts at a self-harm site: an ending, a wish or again (a cut in the kitchen is none of them).
  cutting: ['again', 'ending', 'wish'],
  // At an edge: a fall thought of, or a wish (a balcony for the laundry is neither).
  height: ['fallThought', 'ending', 'wish'],
  // A poison at the bedside: its lethality asked, or a wish.
  poisonAtBed: ['lethalityAsked', 'wish', 'ending'],
};
const ROLE_RE: Record<SelfDirectedRole, RegExp> = {
  again: AGAIN,
  ending: ENDING,
  wish: WISH,
  lethalityAsked: LETHALITY,
  removed: REMOVED,
  fallThought: FALL_THOUGHT,
};

// "Again" makes an act self-directed only when the act itself is one: a cut or slash (not scratches, marks or wounds —
// eczema, a dog, football studs come back too), a cord or rope (not a scarf or tie worn again) — s39 review S2.
const AGAIN_CUT = /\b(?:cuts?|cutting|slash(?:es|ed|ing)?|gash(?:es)?|sliced|carv(?:ed|ing))\b|[划割切]/i;
const WORN_AT_NECK = /\b(?:scarf|scarves|ties?)\b|围巾|领带/i;
function againFits(hit: Hit): boolean {
  if (hit.act === 'cutting') return AGAIN_CUT.test(hit.words);
  if (hit.act === 'ligature') return !WORN_AT_NECK.test(hit.words);
  return true;
}

export function readSelfDirectedHarm(text: string): SelfDirectedHarm | null {
  if ((hasStoryFrame(text) && !storyDenied(text)) || DENIED.test(text)) return null;
  const sentences = messageSentences(text);
  // The roles are read outside the sentences told as history; a recovered past ends the whole story.
  const now = sentences.filter((s) => !HISTORY.test(s));
  if (RECOVERED.test(text) && now.length < sentences.length) return null;
  const present = now.join(' ');
  for (const s of now) {
    for (const hit of actsIn(s)) {
      if (NEGATED_BEFORE.test(hit.before) || OTHERS_ACT.test(s) || ACCIDENT.test(s)) continue;
      // Whose body: a cord or a cut done by another to the person is an assault ("found her at the window" is no act).
      if ((hit.act === 'ligature' || hit.act === 'cutting') && othersAct(hit)) continue;
      if (hit.act === 'ligature' && PASSIVE_EN.test(s)) continue;
      // A young child is the one a cord or a cut happens to by accident; at an edge a child held is the parent's course.
      if ((hit.act === 'ligature' || hit.act === 'cutting') && YOUNG_CHILD.test(s)) continue;
      if ((hit.act === 'height' || hit.act === 'poisonAtBed') && ORDINARY_USE.test(s)) continue;
      // The roles are read over the present message: the act and what makes it self-directed are often two sentences.
      const roles = ROLES[hit.act].filter((r) => ROLE_RE[r].test(present) && (r !== 'again' || againFits(hit)));
      if (roles.length === 0) continue;
      return { act: hit.act, who: OTHER_PERSON.test(s) ? 'other' : 'self', roles };
    }
  }
  return null;
}
