// Suicide-risk screen, graded like a clinician's (ideation → plan → means → timing → farewell), first or third
// person ("I", "my son", "我朋友"). Any current ideation, self-harm or farewell behaviour with means, timing or despair
// is an emergency; farewell behaviour alone is urgent with questions. Negation, past history and educational
// framing are judged per clause by the shared context helpers, so "他去年想过轻生，现在很好" stays routine.
import { clauseAt, clauses, isEducational, isNegated, sentenceBounds } from '../red-flags/context.js';
import {
  isHistoricalAt,
  isReportedQuestion,
  maskBereavement,
  NOT_WANTING,
  PAST_ATTEMPT,
  readSelfHarm,
  readWarningSigns,
  type SelfHarmReading,
  warningSignsCombine,
} from './self-harm-reader.js';
import { hasStoryFrame, storyDenied } from './fiction.js';
import { matchesOf } from '../red-flags/match.js';
import { isAccidentalInjury } from './wound.js';
import { readLethalPosition } from './lethal-place.js';
import { readSupplyInquiry, tellsSetback } from './supply-inquiry.js';
import { type ComponentReading, type RiskComponent, readComponents } from './suicide-components.js';
import { readPresentSelfHarm } from './present-self-harm.js';
import { readStatedPlan } from './stated-plan.js';
import { readSuicideStage } from './suicide-stage.js';
import { readDeliberateIngestion } from './deliberate-act.js';
import { readLeaveTaking } from './leave-taking.js';
import { readEndingIntent } from './ending-intent.js';
import { readToldCrisis } from './told-crisis.js';
import { readMethodAsked } from './method-asked.js';
import { readMeansAcquired } from './means-acquired.js';
import { readIndirectCourse } from './indirect-course.js';
import { readPlaceContemplated } from './place-contemplated.js';
import { readStockpileLoss } from './stockpile-loss.js';
import { identifiesWithSuicideStory, isStudyQuestion } from './study-frame.js';

export type SuicideComponent =
  | 'ideation'
  | 'passive'
  | 'plan'
  | 'means'
  | 'timing'
  | 'farewell'
  | 'selfHarm'
  | 'despair'
  /** Someone unreachable, missing or shut in (self-harm-reader.ts). */
  | 'unreachable'
  /** Low mood named (self-harm-reader.ts); alone never a risk. */
  | 'lowMood';

/** The screen's words for each component (also read by self-harm-frames.ts on the rest of a framed message). */
export const LEX: Readonly<Record<Exclude<SuicideComponent, 'unreachable' | 'lowMood'>, RegExp>> = {
  ideation:
    /想死(?![你您他她咱])|这辈子就到这|下辈子再|不想活|活不下去|活够了|不如死了|死了算了|一死了之|了结(?:自己|生命|这一切|余生)|结束(?:自己的?|我的|他的|她的)?生命|轻生|自杀|寻死|想离开这个世界|想走了算了|跳楼|跳河|跳江|跳海|跳桥|卧轨|上吊|割腕|喝农药|服毒|(?:不|唔)想再(?:活|做人)|\bkill(?:ing)? (?:my|him|her|them)sel(?:f|ves)\b|\bsuicid\w*|\bend (?:it all|my life|his life|her life|their life|things|everything)\b|\bwants? to die\b|\bwanna die\b|\bwant(?:ed|s)? to be dead\b|\bbetter off dead\b|\btake (?:my|his|her|their) (?:own )?life\b|\bunalive\b|\bkms\b|\bhang (?:my|him|her)self\b|\bjump (?:off|in front)\b|\b(?:i'?m|im|i am) (?:just )?jumping (?:off|from) (?:the |a |this |that |my |our )?(?:\w+ ){0,2}?(?:roof(?:top)?|bridge|building|balcony|cliff|ledge|tower|car ?park|window|overpass|flyover)\b|\b(?:i'?m|im|i am) (?:just )?jumping in front of\b|\bno reason to (?:live|go on)\b|\bdon'?t want to (?:live|be alive|exist)\b/i,
  passive:
    /不配活|不该活(?:着|在)|活着[^，。]{0,4}多余|\b(?:don'?t|do not) deserve to (?:live|be alive|exist)\b|让自己消失|想消失|\bmake (?:it|everything) (?:all )?stop\b|\bwant(?:ed|s)? (?:it|everything|it all) (?:all )?to (?:stop|end)\b|想让(?:这)?一切(?:都)?(?:停下来|结束)|不想醒来|不想再醒|消失(?:就好|算了|掉)|活着[^，。]{0,4}(?:没(?:啥|什么)?意思|没(?:啥|什么)?意义|没(?:啥|什么)?盼头|没劲|太累|好累|受罪|遭罪)|(?:想|希望|但愿|要是)[^，。]{0,6}(?:睡过去|一睡不醒|不醒来|醒不来)|\bwish (?:i|he|she) (?:wouldn'?t|would not|didn'?t|did not|couldn'?t|won'?t|could (?:just )?(?:not|never)|(?:just )?(?:not|never)) wake(?: up)?\b|\b(?:tired|sick|weary) of (?:living|life|being alive)\b|\bdone with (?:life|living)\b|没有?(?:活下去的)?意义|\bbetter off without me\b|\b(?:don'?t|do not) want to (?:be here|wake up)\b|\bnot (?:be|being) (?:here|around) anymore\b|\bwish (?:i|he|she) (?:was|were|wasn'?t|weren'?t) (?:dead|here|born|alive)\b|\bdisappear forever\b|\bcan'?t (?:go on|do this anymore|keep going)\b|\bno point (?:in )?(?:living|going on|anything)\b|\b(?:don'?t|do not|no longer) (?:really )?care (?:if|whether) (?:i|he|she) (?:wake up|live|die|make it)\b|不在乎(?:死活|醒不醒|活不活)/i,
  plan: /(?:门缝|窗缝|窗户|门窗)[^，。]{0,6}(?:封|贴|堵)(?:好|死|上|住)|\b(?:sealed|taped) (?:up )?(?:the )?(?:room|door|doors|windows|gaps|vents)\b|(?:搜|查)(?:索|了|过)?[^，。]{0,12}(?:会死|致死|自杀)|计划|打算|想好了(?:怎么|方法|办法)?|决定了|准备好了|已经准备|安排好了|查了[^，。]{0,6}(?:方法|怎么|多少)|\bplan(?:s|ned|ning)?\b|\bdecided\b|\bfigured out how\b|\bready to\b|\b(?:researched|looked up|googled|searching) (?:how|ways|methods|what dose|lethal)\b|\bgoing to do it\b|\bhow many (?:pills|tablets) (?:it takes|would)\b/i,
  means:
    /安眠药|\btablets\b|\bmeds\b|(?:攒|存|囤|藏)(?:了|着)?[^，。]{0,8}(?:药|片)|一(?:整)?(?:瓶|盒)[^，。]{0,4}(?:药|安眠药)|吗啡|芬太尼|羟考酮|(?<!活性)炭(?:和|跟|、)|绳子|绳索|刀片|农药|百草枯|敌敌畏|木炭|烧炭|炭盆|煤气|天台|楼顶|顶楼|桥上|大桥|铁轨|窗台|窗户?[^，。]{0,4}(?:打开|开着|开了|推开)|(?:站|坐|爬)(?:在|到|上)[^，。]{0,3}(?:窗|阳台|栏杆)|(?:家里|身边|手里|抽屉里?|柜子里)有(?:一把)?(?:猎|手)?枪|\bpills?\b|\bstockpil\w*|\bsaved up\b|\brope\b|\bnoose\b|\bgun\b|\brifle\b|\bpistol\b|\bfirearm\b|\bshotgun\b|\brazor\b|\bblades?\b|\bbridge\b|\broof(?:top)?\b|\bledge\b|\bwindow (?:is |was )?(?:open|wide open)\b|\bopened the window\b|\bbalcony (?:rail|railing|edge)\b|\btrain tracks\b|\bcharcoal\b|\bmorphine\b|\boxycodone\b|\bfentanyl\b|\bopioids?\b|\bexhaust\b|\bhose(?:pipe)?\b(?=[^.?!]{0,40}\b(?:exhaust|car|garage|engine|window)\b)|\b(?:exhaust|car|garage|engine)\b[^.?!]{0,40}\bhose(?:pipe)?\b|\bbottle of\b|\bcar running\b/i,
  timing:
    /今晚|今天晚上|今夜|明天|这周末|这个周末|马上|过完[^，。]{0,6}(?:就|以后)|等[^，。]{0,8}(?:之后|以后|走了)就|\btonight'?s?\b|\btomorrow\b|\bthis (?:weekend|week)\b|\bwhen (?:everyone|they|you)(?:'re| are) (?:asleep|gone|out)\b|\bafter (?:the|my|his|her) \w+\b(?= i| he| she)|\bsoon\b|\bright now\b/i,
  farewell:
    /遗书|信(?:都|已经)?写好了?[^，。]{0,4}放|(?:就)?想(?:跟|和|对)[^，。]{0,6}说(?:声|一声)?再见|遗言|遗嘱|告别|道别|永别|谢谢(?:你|你们)?(?:这些年|为我做的一切|所有)|(?:把|将)(?:狗|猫|宠物)[^，。]{0,4}(?:送|交)给|交代(?:好)?(?:了)?后事|把[^，。]{0,8}(?:送人|送给|都给)|东西[^，。]{0,4}送(?:人|给|掉)|以后[^，。]{0,6}(?:照顾好|拜托)|帮我照顾|谢谢你们这些年|对不起(?:大家|你们|所有人)|最后(?:一次|一面)|再也不会|不会再麻烦|密码[^，。]{0,4}(?:告诉|发给)|\bgoodbye\b|\bfarewell\b|\b(?:suicide |goodbye |final )?(?:note|letter)s?\b(?= (?:to|for|on|saying)|$|[.,!?])|\bsaid (?:his |her |their |my )?goodbyes?\b|\bgiv(?:e|ing|en) (?:away|out) (?:\w+ ){0,2}(?:stuff|things|belongings|possessions|games|clothes|guitar|pets?|dog|cat)\b|\b(?:giv(?:e|ing|en)|gave) (?:all )?(?:of )?(?:my|his|her|their) (?:stuff|things|belongings|possessions) away\b|\bgave (?:away|out) (?:\w+ ){0,2}(?:stuff|things|belongings|possessions|games|clothes|guitar|pets?|dog|cat)\b|\bupdated? (?:\w+ )?will\b|\bwon'?t (?:be around|need (?:it|them|this) anymore|be a burden)\b|\btake care of (?:the|my|mum|mom|dad) \w+ for me\b|\bthank(?:ed|s)? (?:\w+ )?for everything\b|\bsorry for everything\b|\bgave (?:his|her|their) (?:dog|cat|pets?) (?:away|to)\b|\bsold (?:all )?(?:of )?(?:his|her|their) (?:stuff|things|belongings|gaming|games|guitar)|\b(?:for the|one) last time\b|\blast (?:message|text)\b|\bpasswords?\b/i,
  selfHarm:
    /(?:手腕|腕部?|手臂|胳膊|小臂|前臂|大腿|伤口|口子)[^，。]{0,6}(?:是)?我?自己(?:割|划)的|\b(?:wrists?|(?:fore)?arms?|thighs?)\b[^.?!]{0,30}\b(?:i did (?:it |this |that |them |one )?(?:to )?myself|self[- ]inflicted)\b|自残|自伤|(?:拿|用)?刀[^，。]{0,3}划(?:了|伤|破)?(?:自己|手|腿|大腿|胳膊|腕)|割(?:了|伤|破)?(?:自己|手腕|手臂|胳膊|腕)|(?:手腕|腕部|小臂|前臂)(?:上)?(?:划|割)(?:了|开|破|伤|得|的)|(?:用刀|刀片)[^，。]{0,4}划|划(?:了|伤)?(?:自己|手腕|手臂|胳膊)|烫(?:伤)?自己|\bcut(?:ting|s)? (?:my|him|her|them)sel(?:f|ves)\b|\bcut (?:my|his|her) (?:wrists?|(?:fore)?arms?|legs?|thighs?|stomach|belly)\b|\bslash(?:ed|es|ing)? (?:my|his|her|their) wrists?\b|\bself[- ]?harm\w*\b|\bslit\b|\bburn(?:ed|t|ing)? (?:my|him|her)self\b|\bhurt(?:ing)? (?:my|him|her)self\b/i,
  despair:
    /绝望|没(?:有)?希望|(?:不想|不愿)再(?:麻烦|拖累)(?:任何人|大家|你们|家里|孩子)|看不到希望|撑不下去|撑不住|不想再撑|撑不落去|(?:拖累|累赘)|崩溃|\bhopeless\b|\bno hope\b|\bno way out\b|\bburden\b|\bcan'?t take (?:it|this) anymore\b|\bworthless\b|\btrapped\b/i,
};

/** Explicit safety statements: no plan, would not act, someone is with them, not suicidal self-harm. */
const SAFETY =
  /没有?(?:具体)?(?:计划|打算)|不会(?:做傻事|去做|真的)|不想死|不是想死|(?:有人|男朋友|女朋友|家人|老公|老婆|妈妈)[^，。]{0,4}(?:陪着|在身边|在旁边)|\bno plans?\b|\bwouldn'?t (?:actually )?(?:do|act)\b|\bdon'?t think i'?d (?:do|act)\b|\bnot (?:trying|wanting) to (?:kill|die|end)\b|\bwasn'?t trying to (?:kill|die|end)\b|\bi'?m safe\b|\b(?:is|are) (?:here )?with me\b|\bjust how i cope\b|\b(?:doesn'?t|don'?t|does not|do not) want to (?:die|kill|end)\b|\bhelps (?:me|her|him|them) cope\b|帮(?:我|她|他)?(?:缓解|发泄)/i;
/** Someone with them: part of a safety statement about a risk that was heard, never a risk statement on its own (a
 *  spinal injury "lying still, my wife is with me" was screened moderate suicide risk). */
const COMPANION = /(?:有人|男朋友|女朋友|家人|老公|老婆|妈妈)[^，。]{0,4}(?:陪着|在身边|在旁边)|\b(?:is|are) (?:here )?with me\b/i;
/** "Safe" or "no plans" said of something else — the weather, a trip, the weekend ("i'm safe from the storm", "no plans
 *  for the weekend", "safe to drive", 没打算出门): no safety statement about self-harm. */
const OTHER_SAFETY =
  /\bi'?m safe (?:from|now that|and sound|to (?:drive|travel|fly|go|take|use|eat|drink))\b|\bno plans? (?:for|this|on|at|to (?:go|travel|visit|see|meet|move|drive|eat|work))\b|没有?(?:具体)?(?:计划|打算)(?:去|出门|出去|旅游|回家|周末|假期|吃)/gi;
/** Session 44 (blind triage-bh bh018 问下长期压力大会不会真的把血压搞高): a Chinese A-not-A question (会不会, 能不能, 是不是) asks;
 *  the 不会 inside it states nothing, so "会不会真的" is no "不会真的" safety statement. Masked before SAFETY reads. */
const A_NOT_A = /([会能要是有可])不\1/g;
const speaksSafety = (text: string): boolean => SAFETY.test(text.replace(OTHER_SAFETY, ' ').replace(A_NOT_A, '   '));
/** A safety statement made anywhere in the message ("she doesn't want to die, it just helps her cope", "I'm safe right
 *  now"), whatever the screen graded: a companion alone is none, and neither is safety said of something else. */
export const statesSafety = (text: string): boolean => speaksSafety(text.replace(COMPANION, ' '));
/** The sentence around an offset. */
const sentenceAt = (text: string, at: number): string => {
  const { start, end } = sentenceBounds(text, at);
  return text.slice(start, end);
};
/** A wound at the wrist or forearm: where self-injury is done. */
const SELF_HARM_SITE_WOUND =
  /(?:手腕|腕部|腕上|小臂|前臂)[^，。]{0,8}(?:口子|伤口|割|划|流血|出血|血)|(?:割|划)(?:过|了|伤|破)?(?:手腕|腕|小臂|前臂)|\b(?:wrists?|forearms?)\b[^.?!]{0,30}\b(?:cuts?|gash\w*|wounds?|bleeding|slashed|sliced)\b|\b(?:cuts?|gash\w*|wounds?|slashes)\b[^.?!]{0,20}\b(?:wrists?|forearms?)\b/i;
const SUPERFICIAL = /不深|浅|结痂|已经不流血|止住了|\bshallow\b|\bsuperficial\b|\bstopped bleeding\b|\bscabbed\b|\bnot deep\b/i;

export const STOCKPILE =
  /(?:攒|存|囤|藏|储)(?:埋|了|着)?[^，。]{0,8}(?:药|片)|(?:药|片|颗|粒|唑仑|安定)[^。]{0,20}(?:攒|存|囤|藏|储)(?:在|着|了|起来|埋|光|好)|\b(?:saving|saved|stockpil\w*|hoarding|collecting|(?:putting|put|setting|set|keeping|kept|squirrel+ing|squirrel+ed|stash(?:ing|ed)) (?:aside|away|back)) (?:up )?(?:\w+ ){0,2}(?:pills|tablets|meds|medication|sleeping pills|insulin(?: pens)?|pens|injections|syringes)\b|\b(?:pills|tablets|meds|medication|painkillers)\b (?:\w+ ){0,2}(?:saved|stashed|stockpiled|hoarded|put aside|set aside)\b(?! (?:my|his|her|your|their|our) li(?:fe|ves)\b| (?:me|him|her|us|them)\b)/i;

/** Self-harm told as done before (a past attempt, or cutting or burning before): a risk factor, not a present act. */
const SELF_HARM_BEFORE = new RegExp(
  `${PAST_ATTEMPT.source}|\\b(?:she|he|they|i)(?:'s| has| have|'ve)? (?:cut|self-harmed|burned|burnt|hurt (?:her|him|them|my)sel(?:f|ves))(?: (?:her|him|them)sel(?:f|ves))? before\\b|(?:以前|之前|曾经)[^，。]{0,4}(?:割|划|自残|伤害自己)过?`,
  'i',
);

/** A stockpile told as now, not in the history of a past attempt ("overdosed years ago on pills I had saved up"). */
function stockpiledNow(text: string): boolean {
  const m = STOCKPILE.exec(text);
  if (!m) return false;
  const cl = clauses(text);
  // The stockpiling is told where its verb is: a match that begins on the medicine of a past attempt in the clause
  // before ("十年前吞过药，这周又偷偷把药都攒起来了") is read in the verb's clause, not the history's.
  const at = m.index + m[0].length - 1;
  return !isHistoricalAt(maskBereavement(text), clauseAt(cl, at), at) && !isNegated(text, clauseAt(cl, at), at);
}

/** An intent to swallow the whole of a means: "I'm going to take them all", "gonna swallow all of them", 我要全吃了. */
const TAKE_ALL =
  /\b(?:going to|gonna|i'?ll|i will|about to|want to|wanna)\s(?:take|swallow|down|have)\s(?:them|these|those|it|the (?:\w+ )?(?:pills|tablets|lot))\s(?:all|at once)\b|\b(?:going to|gonna|i'?ll|i will|about to|want to|wanna)\s(?:take|swallow|down)\sall\s(?:of\s)?(?:them|these|those|the|my)\b|(?:要|准备|打算|想)[^，。]{0,4}(?:全|都)(?:部)?(?:吃|吞|喝)(?:了|掉|下)/i;

/** Looking up how much or how to die: lethality research, in the first or third person. */
const LETHALITY =
  /\b(?:most |least painful |quickest )?painless (?:way|method)s?\b(?=\s*(?:[.?!,]|$|to (?:go|die|end|do it|kill|not wake)|out\b|for me|asking for me))|(?:不痛苦|无痛苦?|没有?痛苦)的?(?:死法|自杀|走法|方法(?:死|走|结束))|(?:搜|查)(?:索|了|过)?[^，。]{0,12}(?:会死|致死|死人|自杀)|问(?:了|过)[^，。]{0,12}(?:会死|致死|死人)|多少[^，。]{0,10}(?:会死|致死|(?:就)?(?:不醒|醒不过来))|\blethal dose\b|\bhow long (?:does|would|will) it take (?:to die|for (?:me|him|her|someone|a person) to die)\b(?! (?:down|off|out|away))|\b(?:max(?:imum)?|most|how (?:much|many))\b[^.?!]{0,50}\b(?:before (?:it'?s|it is|it gets|you die|it kills)|to (?:be )?(?:fatal|lethal|kill)|(?:is|would be|gets?) (?:fatal|lethal|deadly)|would (?:kill|stop (?:\w+'?s? )?heart|be enough to (?:kill|die)))\b|最多[^，。]{0,10}(?:会死|致死|致命)|\b(?:fatal|lethal) (?:amount|number)\b|\bhow many\b[^.?!]{0,40}\b(?:to die|to not wake up|not wake up|kill (?:me|myself|you))\b|\b(?:searched|searching|googled|looked up|looking up)\b[^.]{0,40}\b(?:lethal|fatal|kill|die|overdose)\b/i;

/** A search for how to hang oneself, told by whoever found it ("he searched 'how long does it take to hang yourself'"):
 *  the method question and its search act together. A song's or film's scene looked up is not; told as history
 *  ("two years ago, doing well now") it is read in its clause (searchedHangingNow). Its own complement can make it an
 *  exercise: upside down, from a pull-up bar, on an inversion table, for back pain or spinal decompression. */
const SEARCHED_HANGING =
  /\b(?:search(?:ed|ing|es)?|googled|looked up|looking up|typed)\b[^.]{0,40}\b(?:how (?:long (?:does|would|will) it take )?to|ways? to|best way to) hang (?:your|one|ur|him|her|my|them)sel(?:f|ves)\b(?![^.?!]{0,30}\b(?:lyrics?|song|film|movie|scene|meme|quote|episode|video game)\b)(?!\s+(?:upside[- ]down|by (?:the|your|one'?s) (?:feet|legs|knees|ankles|hands|arms)|(?:from|on|off) (?:a|an|the|my|his|her|their) (?:pull-?up |chin-?up |doorway |gym )?(?:bar|rings?|inversion|monkey bars|frame))\b)(?![^.?!]{0,60}\b(?:back pain|decompress\w*|spin(?:e|al)|sciatica|stretch\w*|inversion|dead ?hangs?|traction|posture|grip strength|climbing)\b)/i;
function searchedHangingNow(text: string): boolean {
  const m = SEARCHED_HANGING.exec(text);
  // A search in a story, a screenplay or a study question is the story's (fiction.ts, as every warning sign reads it).
  if (!m || (hasStoryFrame(text) && !storyDenied(text)) || isStudyQuestion(text)) return false;
  const cl = clauses(text);
  const at = m.index + m[0].length - 1;
  return !isHistoricalAt(maskBereavement(text), clauseAt(cl, at), at) && !isNegated(text, clauseAt(cl, m.index), m.index);
}

/** "doesn't want to die", "不是想死": a denied wish right before the mention (the shared negation reads only "not"/"no"). */
/** A conditional about people in general ("if students are thinking about suicide", "如果有人想自杀"). */
const CONDITIONAL = /\b(?:if|when|whenever|in case)\b|如果|假如|万一|要是/i;
const GENERIC_GROUP =
  /\b(?:students?|people|someone|somebody|anyone|a person|teens?|teenagers|adolescents|young people|kids|pupils|patients|clients|they|they'?re|them|their)\b|有人|别人|学生|人们|孩子们|青少年|年轻人|小孩子|一个人/i;
const NAMED_PERSON = /\b(?:i|i'm|me|my|he|she|his|her)\b|我|他|她/i;

/** A mention inside a conditional clause about a group, in a message that names nobody: hypothetical, not a risk. */
function isGenericConditional(text: string, clause: { start: number; end: number }, at: number): boolean {
  const head = text.slice(Math.max(0, at - 120), at);
  const cut = head.search(/[^.?!。？！]*$/);
  const sentence = head.slice(cut);
  if (!CONDITIONAL.test(sentence) || !GENERIC_GROUP.test(sentence)) return false;
  void clause;
  // "im a teacher" names the writer, not a patient: only a named patient in the mention's sentence overrides.
  // The mention's own sentence only: "…if teens think of suicide, what are the signs? Our child is fine" names no patient.
  const ahead = text.slice(at, Math.min(text.length, at + 40));
  const end = ahead.search(/[.?!。？！]/);
  const sentenceText = text.slice(Math.max(0, at - 120) + cut, at) + (end >= 0 ? ahead.slice(0, end) : ahead);
  return !NAMED_PERSON.test(sentenceText.replace(/\b(?:i'?m|i am) an? \w+/gi, ''));
}

export interface SuicideScreen {
  components: SuicideComponent[];
  /** An explicit safety statement lowered a bare ideation or self-harm mention to moderate. */
  safetyStated?: boolean;
  /** A death figure about everyday strain laughed off before the real question was the whole risk (taken-back.ts):
   *  graded moderate, a same-day check-in with the crisis line. */
  takenBack?: boolean;
  /** A mention sat only in a question someone else asked ("asked me if I self-harm, I said no"). */
  reported?: boolean;
  /** high: emergency; moderate: urgent with questions; none. */
  risk: 'high' | 'moderate' | 'none';
}

const GLOBAL = (Object.entries(LEX) as [SuicideComponent, RegExp][]).map(([id, re]) => [id, new RegExp(re.source, 'gi')] as const);

/** Reader-only context (low mood, someone unreachable) is reported only when it contributed to a risk. */
export function screenSuicide(text: string): SuicideScreen {
  const s = stockpileLoss(
    placeContemplated(
      indirectCourse(
        suicideStage(
          meansAcquired(
            methodAsked(
              toldCrisis(
                endingIntent(
                  warningSigns(deliberateAct(statedPlan(presentAct(combineComponents(gradeScreen(text), readComponents(text), text), text), text), text), text),
                  text,
                ),
                text,
              ),
              text,
            ),
            text,
          ),
          text,
        ),
        text,
      ),
      text,
    ),
    text,
  );
  if (s.risk !== 'none') return s;
  const components = s.components.filter((c) => c !== 'lowMood' && c !== 'unreachable');
  return s.reported && components.length === 0 ? { ...s, components } : { risk: 'none', components };
}

/** The stage a suicidal course has reached (suicide-stage.ts, C-SSRS behaviour: preparatory acts, an interrupted or
 *  aborted attempt, a lethality question with the means at hand, an act in progress or done): high risk, raise only,
 *  whoever tells it and whatever method it names or does not. */
function suicideStage(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high') return s;
  const st = readSuicideStage(text);
  if (st === null) return s;
  const how: SuicideComponent[] = st.stage === 'preparatory' ? ['ideation', 'farewell'] : ['ideation', 'plan', 'means'];
  return { components: [...new Set<SuicideComponent>([...s.components, ...how])], risk: 'high' };
}

/** A clinician or pharmacist asking about someone in their care ("I'm a GP. A patient told me…"): a question of practice. */
const CLINICIAN_ASKS =
  /\b(?:i'?m|i am|as) an? (?:gp|doctor|nurse|pharmacist|paramedic|psychiatrist|psychologist|therapist|counsell?or|social worker|teacher|medical student)\b[\s\S]{0,80}\b(?:patients?|clients?|customers?|students?|pupils?)\b|我是(?:医生|护士|药剂师|药师|心理咨询师|老师)[\s\S]{0,40}(?:患者|病人|顾客|来访者|学生)/i;

/** Two suicide warning signs of different types told now (self-harm-reader.ts readWarningSigns: a method question and
 *  "it's for me", affairs in order and a method asked, a burden statement and a gun, an edge and a message sent without
 *  knowing why): high risk, raise only — not in a story, a study question or a statement of safety. */
function warningSigns(s: SuicideScreen, text: string): SuicideScreen {
  if (
    s.risk === 'high' ||
    s.safetyStated ||
    (hasStoryFrame(text) && !storyDenied(text)) ||
    isStudyQuestion(text) ||
    statesSafety(text) ||
    CLINICIAN_ASKS.test(text)
  )
    return s;
  // The screen's own passive wish, despair and wish are the writer's ending a means question may stand beside alone.
  const signs = readWarningSigns(text, [LEX.passive, LEX.despair, LEX.ideation]);
  // The screen's own passive wish, read in its clause (活着没意思, "can't go on"), is the finality a means sought is read
  // beside; beside any other sign it stays what it was. Its despair words are not: "hopeless with tech", 快崩溃了 over a
  // crying baby are said of a day, not of a life.
  const ending = signs.includes('meansSought') && s.components.includes('passive');
  if (!warningSignsCombine(ending ? [...signs, 'finality'] : signs)) return s;
  return { components: [...new Set<SuicideComponent>([...s.components, 'ideation', 'plan'])], risk: 'high' };
}

/** A self-harm act told now beside a wish or intent in any frame (present-self-harm.ts): high risk, raise only — a
 *  question ("How do I prevent suicide?"), a past attempt or a safety word elsewhere does not lower it. */
function presentAct(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high') return s;
  const p = readPresentSelfHarm(text);
  if (p === null) return s;
  const how: SuicideComponent[] = p.act === 'shutIn' ? ['unreachable', 'farewell'] : ['means', 'plan'];
  return { components: [...new Set<SuicideComponent>([...s.components, 'ideation', ...how])], risk: 'high' };
}

/** A plan stated with its means or its time (stated-plan.ts): high risk, raise only, whoever says it. */
function statedPlan(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high') return s;
  const plan = readStatedPlan(text);
  if (plan === null) return s;
  return { components: [...new Set<SuicideComponent>([...s.components, 'ideation', 'plan', 'means'])], risk: 'high' };
}

/** An ending stated as method × intent × a word of its end, or a farewell message and silence (ending-intent.ts): high
 *  risk, raise only, whoever says it. */
function endingIntent(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high') return s;
  const e = readEndingIntent(text);
  if (e === null) return s;
  const how: SuicideComponent[] =
    e.kind === 'farewellGone' ? ['farewell', 'unreachable'] : e.kind === 'reunion' ? ['ideation', 'plan'] : ['ideation', 'plan', 'means'];
  return { components: [...new Set<SuicideComponent>([...s.components, ...how])], risk: 'high' };
}

/** A crisis told without a method word (told-crisis.ts): an overdose said to be done, means at hand with a lethal amount
 *  known or no hope of lasting, a said ending and now shut in, fresh cuts and shut in, dying together with one's child:
 *  high risk, raise only, whoever says it. */
function toldCrisis(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high') return s;
  const t = readToldCrisis(text);
  if (t === null) return s;
  const how: SuicideComponent[] =
    t.kind === 'freshInjuryShutIn' ? ['selfHarm', 'unreachable'] : t.kind === 'saidUnreachable' ? ['ideation', 'unreachable'] : ['ideation', 'plan', 'means'];
  return { components: [...new Set<SuicideComponent>([...s.components, ...how])], risk: 'high' };
}

/** A method-seeking question asked with one's own access (method-asked.ts: "从几楼跳下去不会疼？我住18楼", "how many
 *  would it take to not wake up, I have 40"): a plan and its means, high risk, raise only. */
function methodAsked(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high' || readMethodAsked(text) === null) return s;
  return { components: [...new Set<SuicideComponent>([...s.components, 'ideation', 'plan', 'means'])], risk: 'high' };
}

/** A lethal means got or searched, then an ending said or the person unreachable (means-acquired.ts: "下单了一堆安眠药，
 *  想着到货了就彻底结束吧", "locked in his room, not answering, searched rat poison"): high risk, raise only. */
function meansAcquired(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high') return s;
  const m = readMeansAcquired(text);
  if (m === null) return s;
  const how: SuicideComponent[] = m.how === 'unreachable' ? ['means', 'unreachable'] : ['ideation', 'plan', 'means'];
  return { components: [...new Set<SuicideComponent>([...s.components, ...how])], risk: 'high' };
}

/** An ending said indirectly (a burden, a reunion with the dead, affairs settled then a going) by the one who has a lethal
 *  means ready or researched for its sufficiency (indirect-course.ts: "she said the baby would be better off without her
 *  … googling how many units of insulin would be enough"): a plan and its means, high risk, raise only, whoever tells it. */
function indirectCourse(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high') return s;
  const c = readIndirectCourse(text);
  if (c === null) return s;
  return { components: [...new Set<SuicideComponent>([...s.components, 'passive', 'plan', 'means'])], risk: 'high' };
}

/** The writer's thought of an act at a lethal place (place-contemplated.ts: "I keep driving past the reservoir and thinking
 *  how easy it would be to just keep going"): method ideation, a wish and its place — high risk, raise only. */
function placeContemplated(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high' || readPlaceContemplated(text) === null) return s;
  return { components: [...new Set<SuicideComponent>([...s.components, 'passive', 'means'])], risk: 'high' };
}

/** The writer's medicine saved up now after a death, no purpose named (stockpile-loss.ts: "since Margaret died … I've been
 *  putting aside my heart tablets"): a preparatory act in its course — high risk, raise only. */
function stockpileLoss(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high' || !stockpiledNow(text)) return s;
  const m = STOCKPILE.exec(text);
  if (!m || !readStockpileLoss(text, m.index)) return s;
  return { components: [...new Set<SuicideComponent>([...s.components, 'means', 'plan'])], risk: 'high' };
}

/** A poisoning told as done with its purpose said ("on purpose", "to end it", 故意; deliberate-act.ts): self-poisoning,
 *  high risk, raise only. */
function deliberateAct(s: SuicideScreen, text: string): SuicideScreen {
  if (s.risk === 'high' || !readDeliberateIngestion(text)) return s;
  return { components: [...new Set<SuicideComponent>([...s.components, 'ideation', 'plan', 'means'])], risk: 'high' };
}

/** What a social goodbye may not sit beside: any wish, means, despair, injury, plan or low mood. */
const OTHER_RISK: readonly SuicideComponent[] = ['ideation', 'passive', 'means', 'despair', 'selfHarm', 'plan', 'lowMood'];
const RISK_RANK = { none: 0, moderate: 1, high: 2 } as const;
/** What a risk is acted on with: a plan or method, a means, a chosen time, a farewell act. */
const ACTING: readonly (SuicideComponent | RiskComponent)[] = ['plan', 'means', 'timing', 'farewell', 'closing'];
/** The component readers' acts (suicide-components.ts). */
const STRONG_ACTS: readonly RiskComponent[] = ['means', 'timing', 'farewell', 'closing'];

/**
 * The component rule over the screen's grade and the component readers (suicide-components.ts): ideation (a wish,
 * passive or indirect) with any of a plan, a means, a chosen time or a farewell act is high risk (emergency, crisis
 * line); ideation alone is at least moderate (urgent, crisis line); a self-injury done now is high (moderate when said
 * to be superficial). Raise only. A lowering (ideation with plan and intent denied by the writer → moderate) was built
 * and turned off after session 14's review: denials are hedged ("至少今晚不会", "not sure I can stay safe"), sit beside a
 * recent attempt, drink, a letter written or abuse, and 不会做饭 reads as one — 22 reviewer emergencies went urgent.
 */
function combineComponents(s: SuicideScreen, c: ComponentReading, text: string): SuicideScreen {
  const has = (x: SuicideComponent | RiskComponent): boolean => (s.components as readonly string[]).includes(x) || c.found.includes(x as RiskComponent);
  const wish = has('ideation') || has('passive');
  // Acts read by the component readers or named by the screen's means and farewell words — not its bare time and plan
  // words ("明天", "计划"), which are every message's.
  const strongActs = new Set<string>([...c.found.filter((x) => STRONG_ACTS.includes(x)), ...s.components.filter((x) => x === 'means' || x === 'farewell')]);
  // A feared act ("怕他做傻事", "scared she'll do something stupid") names ideation beside one act: alone it is as often
  // a worry about foolishness ("怕我妈做傻事，总乱买保健品"). An ending decided in everyday words ("我已经想好了怎么结束",
  // "worked out how I'll do it") ends a novel or a task as often: ideation beside two.
  const feared = (c.found.includes('feared') && strongActs.size >= 1) || (c.found.includes('indirect') && strongActs.size >= 2);
  const injury = c.found.includes('selfHarm');
  // A farewell act the readers found counts as the screen's own does: beside despair, low mood or someone unreachable.
  // Two preparatory acts together — a farewell act and medicine saved up now (C-SSRS preparatory behaviour) — are as much.
  const farewellInDistress = c.found.includes('farewell') && (has('despair') || has('lowMood') || has('unreachable') || stockpiledNow(text));
  const risk: SuicideScreen['risk'] =
    (wish && ACTING.some(has)) || feared || farewellInDistress || (injury && !SUPERFICIAL.test(text)) ? 'high' : wish || injury ? 'moderate' : 'none';
  // Raised: the components join the screen's. Not raised: the screen's reading stands as it was (its components are
  // also what the learned reader reads, and it was trained on them).
  if (RISK_RANK[risk] > RISK_RANK[s.risk]) {
    const added = c.found.map((x): SuicideComponent => (x === 'feared' || x === 'indirect' ? 'ideation' : x === 'closing' ? 'farewell' : x));
    return { ...s, risk, components: [...new Set<SuicideComponent>([...s.components, ...added])] };
  }
  return s;
}

/** A Chinese chat message typed without stops sets its clauses apart with spaces: a past time in one ("她上个月说过老家有
 *  农药") is no history of another ("刚发了朋友圈说“这辈子就到这了”然后就关机了"). The spaces read as commas, offsets kept. */
const spacedClauses = (text: string): string => text.replace(/(?<=[\u4e00-\u9fff”"』」])\s+(?=[\u4e00-\u9fff“"『「])/g, (m) => '，'.repeat(m.length));

function gradeScreen(text: string): SuicideScreen {
  const cl = clauses(spacedClauses(text));
  const historyText = maskBereavement(spacedClauses(text));
  const found = new Set<SuicideComponent>();
  let farewellCues = 0;
  let reported = false;
  for (const [id, g] of GLOBAL) {
    g.lastIndex = 0;
    for (const m of matchesOf(g, text)) {
      const start = m.index ?? 0;
      const clause = clauseAt(cl, start);
      if (isReportedQuestion(text, start) || isGenericConditional(text, clause, start)) {
        reported = true;
        continue;
      }
      if (
        isNegated(text, clause, start) ||
        isHistoricalAt(historyText, clause, start) ||
        NOT_WANTING.test(text.slice(Math.max(clause.start, start - 24), start + m[0].length))
      )
        continue;
      if ((id === 'ideation' || id === 'selfHarm') && isEducational(text, clause)) continue;
      const injuryClause = text.slice(clause.start, clause.end);
      // The purpose may be told in the next clause of the sentence ("cut my forearm with a box cutter, I wanted to feel
      // something"): an injury said on purpose anywhere in its sentence is no accident.
      if (id === 'selfHarm' && isAccidentalInjury(injuryClause, sentenceAt(text, start))) continue;
      found.add(id);
      if (id !== 'farewell') break;
      farewellCues++;
    }
  }
  // The structural reader: intent frame + act, mass ingestion, repeated injury, farewell, unreachable, low mood.
  const reading: SelfHarmReading = readSelfHarm(text);
  const r = new Set(reading.slots);
  if (r.has('intendedAct')) found.add('ideation').add('plan');
  // A past attempt told as history and gone back to now ("…lately I keep thinking about doing it again"): ideation now.
  if (r.has('returnToAttempt')) found.add('ideation');
  if (r.has('repeatedInjury')) found.add('selfHarm');
  if (r.has('farewell')) found.add('farewell');
  if (r.has('unreachable')) found.add('unreachable');
  // Someone who shut themselves away, found with a wound at a self-harm site (a wrist or forearm cut, bleeding): the
  // discovery of a self-harm, told by the one who found it, with no self-harm word ("锁在卫生间里…手腕上很深的口子").
  if (r.has('unreachable') && SELF_HARM_SITE_WOUND.test(text) && !isAccidentalInjury(text)) found.add('selfHarm');
  if (r.has('lowMood')) found.add('lowMood');
  // Doing what the character of a suicide story did, wished or intended (study-frame.ts): ideation told through the story.
  if (identifiesWithSuicideStory(text)) found.add('ideation');
  // A farewell read as an act of leave-taking (leave-taking.ts): a note or message whose content takes leave is a
  // farewell act in any words ("对不起爸爸妈妈，我先走了", whoever wrote it); a goodbye set on an ordinary occasion (an
  // airport, a job, a move) with nothing else of risk heard is a social one; and a phone off for an ordinary reason told
  // (flying, a dead battery) is no one unreachable.
  const leave = readLeaveTaking(text);
  if (leave.message || (leave.single && leave.absent)) found.add('farewell');
  if ((leave.message || leave.single) && leave.absent) found.add('unreachable');
  // Never when the screen itself reads the person as unreachable now (its own lexicon: 失联, "phone's off", "haven't heard
  // from her"; review s20 S4) — leave-taking.ts's narrower lists must not delete the screen's farewell.
  const unreachableNow = (r.has('unreachable') || found.has('unreachable')) && !(leave.explainedAbsence && !leave.message);
  if (leave.occasion && !unreachableNow && !OTHER_RISK.some((c) => found.has(c)) && !r.has('preparation')) {
    found.delete('farewell');
    farewellCues = 0;
  }
  if (leave.explainedAbsence && !leave.message) found.delete('unreachable');
  // Method preparation: a lethal means acquired or hidden is a means; sealing a room beside a combustible means, or
  // preparation beside any distress or farewell act, is a plan (no suicide word needed).
  if (r.has('preparation')) found.add('means');
  if (r.has('sealing') && (r.has('preparation') || found.has('means'))) found.add('plan');
  const has = (c: SuicideComponent) => found.has(c);
  const distress = has('ideation') || has('passive') || has('despair') || has('farewell') || has('lowMood') || has('unreachable') || has('selfHarm');
  // A whole supply swallowed in distress, or a saved-up supply swallowed (an overdose whatever is said about mood).
  // A poison swallowed on purpose, or a whole supply, right after a row is self-poisoning too (the commonest way it
  // presents), even when the person says nothing about mood.
  const ingested = r.has('massIngestion') || r.has('poisonIngestion');
  if (ingested && (distress || r.has('conflict') || STOCKPILE.test(text))) found.add('means').add('plan');
  // A person at a place of lethal danger now (or with a ligature at hand) asking how it feels or how long it takes,
  // saying goodbye, resigned or waiting for the train or the tide (lethal-place.ts): a means and a plan, high risk.
  const position = readLethalPosition(text);
  if (position) {
    found.add('means').add('plan');
    if (position.heard.includes('farewell')) found.add('farewell');
    return { components: [...found], risk: 'high' };
  }
  const structural = structuralRisk(text, reading, has);
  const intent = has('ideation') || has('passive');
  // Means/timing/plan words are everyday ("pills", "tonight"): they count only beside ideation, farewell or despair.
  const components = [...found];
  // Means saved up now is acting too (C-SSRS preparatory behaviour): a "no plan" beside it is no safety statement.
  const acting = has('plan') || has('means') || has('timing') || has('farewell') || stockpiledNow(text);
  // Passive thoughts or non-suicidal self-harm, with an explicit safety statement and nothing acted on: urgent.
  // A companion alone is no safety statement about nothing: the statement needs a risk it speaks to.
  const spokenTo = has('ideation') || has('passive') || has('selfHarm') || has('despair') || has('lowMood') || statesSafety(text);
  if (
    speaksSafety(text) &&
    spokenTo &&
    !acting &&
    (!has('ideation') ||
      /better off without me|不想死|不是想死|\bnot (?:trying|wanting)|\bwasn'?t trying|\b(?:doesn'?t|don'?t|does not|do not) want to (?:die|kill|end)\b/i.test(
        text,
      )) &&
    (!has('selfHarm') || SUPERFICIAL.test(text))
  ) {
    return { components, risk: 'moderate', safetyStated: true };
  }
  if (has('ideation') || has('selfHarm') || structural) return { components, risk: 'high' };
  if (has('passive') && (has('plan') || has('means') || has('timing') || has('farewell') || has('despair'))) return { components, risk: 'high' };
  if (has('farewell') && (has('means') || has('timing') || has('despair') || has('plan'))) return { components, risk: 'high' };
  if (has('despair') && has('means') && has('plan')) return { components, risk: 'high' };
  // Stockpiled medicine with a plan or a time ("saving my pills… tonight"), or several goodbye behaviours together.
  if (STOCKPILE.test(text) && (has('plan') || has('timing') || has('despair') || has('passive'))) return { components, risk: 'high' };
  // Researching a lethal dose or method is a plan; with means at hand (pills missing, a bridge) it is high risk.
  if (has('plan') && has('means') && LETHALITY.test(text)) return { components, risk: 'high' };
  // Asking how much of a medicine would kill, unframed as study or safety, is screened as a plan (telephone-triage
  // practice: a lethality question is a suicide-risk question until shown otherwise).
  if (
    LETHALITY.test(text) &&
    // A course named excuses a lethality question only when the writer is not its object and no supply is at hand
    // ("for my pharmacology assignment … how many paracetamol would kill me, I have 60 at home": study-frame.ts).
    !(
      /\b(?:school|homework|essay|nursing|pharmacology) (?:project|class|exam|assignment)\b(?<!not for a school project)|作业|考试|课上/i.test(text) &&
      isStudyQuestion(text)
    )
  )
    return { components: [...new Set<SuicideComponent>([...components, 'plan'])], risk: 'high' };
  if (searchedHangingNow(text)) return { components: [...new Set<SuicideComponent>([...components, 'plan'])], risk: 'high' };
  // A hypothetical or a question about swallowing all, a whole container or a large amount of one's own (or a named
  // person's) supply ("what would happen if I took all my sleeping pills", "如果我把安眠药全吃了会怎么样",
  // supply-inquiry.ts) is a method inquiry: at least moderate (urgent, the crisis line); high beside any other cue — a
  // wish, despair, low mood, a farewell, a plan, a time, a stockpile, a past attempt, a setback (a failed exam) or the
  // thought dwelt on ("I have been thinking lately", "最近总在想").
  if (readSupplyInquiry(text) !== null) {
    const cued =
      has('ideation') ||
      has('passive') ||
      has('despair') ||
      has('farewell') ||
      has('plan') ||
      has('timing') ||
      has('lowMood') ||
      has('unreachable') ||
      has('selfHarm') ||
      STOCKPILE.test(text) ||
      PAST_ATTEMPT.test(text) ||
      tellsSetback(text);
    const withMeans = new Set<SuicideComponent>([...components, 'means']);
    return cued ? { components: [...withMeans.add('plan')], risk: 'high' } : { components: [...withMeans], risk: 'moderate' };
  }
  if (farewellCues >= 2) return { components, risk: 'high' };
  if (intent || (has('farewell') && /[他她]|\b(?:he|she|they|my (?:son|daughter|friend|brother|sister|husband|wife|partner|mum|mom|dad))\b/i.test(text)))
    return { components, risk: 'moderate' };
  return reported ? { components, risk: 'none', reported } : { components, risk: 'none' };
}

/**
 * Risk from the reader's structure alone: a mass ingestion in distress; a farewell act with someone unreachable or
 * in low mood; someone unreachable in low mood with means at hand or despair.
 */
function structuralRisk(text: string, reading: SelfHarmReading, has: (c: SuicideComponent) => boolean): boolean {
  const r = new Set(reading.slots);
  if (r.has('sealing') && has('means')) return true;
  if (r.has('preparation') && (has('farewell') || has('despair') || has('lowMood') || has('passive') || has('unreachable') || has('ideation'))) return true;
  if ((r.has('massIngestion') || r.has('poisonIngestion')) && has('plan')) return true;
  if (has('farewell') && (has('unreachable') || has('lowMood'))) return true;
  // Someone shut away and not answering is the third-person alarm; after a row or in low mood with a lethal means at
  // hand (a smell of burning charcoal behind the door), or in low mood on a history of self-harm (history is context of
  // a present risk, scope.ts), it is a risk now, whatever words of suicide are missing. A means with neither (gas in a
  // bathroom where someone collapsed) is an accident's.
  if (has('unreachable') && has('means') && (r.has('conflict') || has('lowMood'))) return true;
  // A past attempt told as history, and a lethal means made ready now (a rope bought, pills saved: read per clause, so
  // the means of the attempt itself is history): the history is the context that makes the means a plan.
  if (SELF_HARM_BEFORE.test(text) && (r.has('preparation') || stockpiledNow(text))) return true;
  // A past attempt and a farewell act now (belongings given away, a goodbye: read per clause, so the attempt's own
  // story is history): the C-SSRS preparatory act on a history of an attempt (review s19 S13).
  if (SELF_HARM_BEFORE.test(text) && has('farewell')) return true;
  // A means made ready (the pills lined up) and said to be taken whole ("I'm going to take them all", 我要全吃了): the
  // readied means and the intent on it are the plan, with or without a history or a word of suicide.
  if (r.has('preparation') && TAKE_ALL.test(text)) return true;
  return has('unreachable') && has('lowMood') && (has('despair') || SELF_HARM_BEFORE.test(text));
}

/** A crisis line in the user's language and country (the emergency number is always given too). */
export function crisisLine(locale: string | undefined, lang: 'zh' | 'en'): string {
  const l = (locale ?? '').toLowerCase();
  if (lang === 'zh' || l.startsWith('zh')) {
    if (l.includes('tw')) return '安心专线 1925';
    if (l.includes('hk')) return '撒玛利亚防止自杀会 2389 2222';
    return '全国心理援助热线 12356（或北京心理危机干预中心 010-82951332）';
  }
  if (l.endsWith('gb') || l.endsWith('uk') || l.endsWith('ie')) return 'Samaritans 116 123';
  if (l.endsWith('au')) return 'Lifeline 13 11 14';
  if (l.endsWith('nz')) return 'Need to Talk? call or text 1737';
  return '988 Suicide & Crisis Lifeline (call or text 988 in the US and Canada)';
}
