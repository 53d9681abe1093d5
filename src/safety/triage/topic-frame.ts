// A suicide or self-harm word that is the TOPIC of the message, not anyone's present act (session 44, #19; blind
// triage-bh bh105 "a support group for people bereaved by suicide. My brother died three years ago", bh037 我是心理学研究生，
// 在写一篇关于青少年非自杀性自伤的综述 — both emergency with the crisis line, both routine). Read by FORM, never by topic words
// alone: the suicide word is a noun inside one of two frames —
//   BEREAVEMENT: the cause of another person's death or the attribute of the bereaved ("bereaved by suicide", "lost my
//     brother to suicide", "died by suicide", "suicide loss", 自杀身亡, 因自杀去世, 自杀者家属);
//   A WORK'S SUBJECT: the complement of a piece of writing or research ("a literature review on self-harm", "my
//     dissertation about suicide prevention", 一篇关于青少年自伤的综述, 自杀预防的课题).
// The reader only returns the frame's words; triage.ts decides the message WITHOUT them and keeps that decision only when
// the rest has no suicide reading at all (no wish, means, plan, farewell, injury, crisis line) and is no higher — exactly
// the figure-of-speech contract (figure-of-speech.ts). So any first-person intent, plan, means or farewell anywhere else
// ("…and I want to join him", "I've been saving my pills") keeps the whole decision with its line. It also steps aside,
// whatever the rest, on a message that names the writer's own act in the frame's place ("my suicide attempt", "my self-
// harm"), a present or recent time on the death ("last night", 刚刚, "this morning": a fresh loss is a crisis of its own),
// or the frame's words in a question about method or amount. Pure; its own word lists.

export interface TopicFrame {
  /** Offsets and lengths of the frame's words. */
  spans: readonly (readonly [at: number, length: number])[];
  /** The message with the frame's words blanked (same offsets). */
  rest: string;
  kind: 'bereavement' | 'work';
}

/** The suicide or self-harm noun. */
const SUICIDE_NOUN_EN = '(?:suicides?|self[- ]?harm(?:ing)?|self[- ]?injury|nssi)';
/** A noun the suicide word may modify ("her suicide attempt", "his suicide note"): then it names an act or a risk, not a death. */
const NOT_A_DEATH = String.raw`(?!\s*(?:attempts?|notes?|letters?|plans?|risk|threats?|thoughts?|ideation|watch|pact|bids?|try|tries|messages?|texts?|videos?|search\w*|methods?|hotline|line)\b)`;
/** Another person's death by suicide, or the bereaved named by it. */
const BEREAVEMENT_EN = new RegExp(
  String.raw`\b(?:bereaved|bereavement|affected|touched|impacted) (?:by|through|after) (?:a |the )?suicides?\b${NOT_A_DEATH}|\b(?:lost|losing) (?:my|his|her|their|our|a|two) (?:\w+ ){0,2}(?:to|through) suicide\b|\b(?:died|dying|death|deaths|passed away) (?:by|from|of|through) suicide\b|\bsuicide (?:loss|losses|bereavement)\b|\bsurvivors? of suicide loss\b|\b(?:people|families|those) bereaved by suicide\b`,
  'gi',
);
/** Another's suicide named as a possession ("his suicide", "my brother's suicide"): read only with a death or a loss told
 *  in the message, since the bare possessive may be of an act or a threat. */
const POSSESSED_EN = new RegExp(
  String.raw`\b(?:his|her|their|(?:my|our) (?:\w+ )?(?:brother|sister|son|daughter|dad|father|mum|mom|mother|husband|wife|partner|friend|cousin|uncle|aunt|grandad|grandfather|nan|grandma|grandmother|colleague|classmate)'?s) suicide\b${NOT_A_DEATH}`,
  'gi',
);
const DEATH_TOLD =
  /\b(?:died|death|dead|passed away|lost|funeral|grave|bereave\w*|grie(?:f|ving|ve)|anniversary|memorial)\b|去世|过世|离世|身亡|走了|葬礼|忌日/i;
const BEREAVEMENT_ZH =
  /(?:哥哥|姐姐|弟弟|妹妹|儿子|女儿|爸爸|父亲|妈妈|母亲|丈夫|老公|妻子|老婆|朋友|同学|同事|亲人|家人|舅舅|叔叔|姑姑|阿姨|表哥|表姐|爷爷|奶奶|他|她)[^，。！？我]{0,8}?自杀(?:身亡|去世|离世|过世|死了|走了)|(?:因|由于)自杀(?:身亡|去世|离世|过世|而死)|死于自杀|自杀者?(?:遗属|亲属|家属)/g;
/** A piece of writing or research whose subject the self-harm word is. */
const WORK_EN = new RegExp(
  String.raw`\b(?:a|an|the|my|our|this|his|her) (?:[\w-]+ ){0,2}?(?:review|paper|essay|thesis|dissertation|research|study|presentation|lecture|seminar|article|report|project|assignment|module|training|workshop|policy|guidelines?) (?:on|about|into|of|regarding|looking at|exploring) (?:the )?(?:(?!(?:my|me|i|myself|mine|why|how)\b)[\w-]+ ){0,4}?${SUICIDE_NOUN_EN}(?: (?:prevention|awareness|risk (?:assessment|factors)|rates?|research|policy|training|in (?:young people|adolescents|teenagers|teens|students|adults|men|women)))?\b${NOT_A_DEATH}`,
  'gi',
);
/** 关于…的 + a work noun (综述/论文/研究…), or the self-harm word + a research noun (自杀预防的课题). */
const WORK_ZH =
  /关于(?:(?![我为怎])[^，。！？]){0,12}?(?:非自杀性)?(?:自杀|自伤|自残|轻生)[^，。！？]{0,8}?的?(?:综述|论文|研究|报告|课题|讲座|文章|调查|课程|培训|项目|作业|演讲)|(?:非自杀性)?(?:自杀|自伤|自残)(?:行为)?(?:预防|干预|研究|流行病学)?的?(?:综述|论文|课题|讲座|调查研究|文献)/g;
/** The writer as the one who acts or is studied in the frame's place: kept whole. */
const OWN_ACT =
  /\bmy (?:own )?(?:suicide|suicidal|self[- ]?harm\w*|attempt|overdose)\b|\b(?:i|i'?ve|i have) (?:attempted|tried to (?:kill|end))\b|我(?:自己)?(?:也)?(?:想|要|打算|准备)?(?:自杀|自残|自伤|轻生)|我的(?:自杀|自残|自伤)/i;
/** A fresh loss: the death told as just now or within days — a crisis of its own, read whole. */
const FRESH =
  /\b(?:last night|this morning|today|yesterday|tonight|just now|(?:a|one|two|few) (?:days?|hours?) ago|this week|last week)\b|昨晚|昨天|今天|今早|刚刚|刚才|前天|这几天|上周|这周/i;
/** A method or amount question: a study of lethality is the screen's to read. */
const METHOD = /\bhow (?:many|much)\b|\b(?:lethal|fatal|painless|quickest|method|methods|dose)\b|多少|致死|方法|怎么死|无痛/i;

/** In the REST, a first-person wish or intent whose object is not asking, finding or talking (想问一下, "want to talk to
 *  others who get it" are the question's; "I want to join him", 我也想跟他一样走了算了 are not), or an identification with the
 *  dead (like him, 跟他一样, 去陪她): the screen reads a wish only through its suicide word, which the frame took away, so
 *  any such form keeps the whole decision. */
const REST_WISH =
  /(?:我|咱)[^，。！？]{0,4}?(?:想|要|打算|准备|希望|决定)(?!(?:问|找|了解|知道|咨询|请教|学习|聊|说说|认识|参加|加入(?:互助|支持)|写|查|看看|帮|支持|陪(?:伴)?(?:朋友|孩子|家人)))|\bi(?:'m| am| was|'ve| have)? (?:\w+ )?(?:want|wanna|wanted|plan|planning|intend|going|gonna|keep thinking|thinking|think|wish|need)\b(?! (?:to )?(?:talk|speak|chat|ask|know|find|learn|understand|read|meet|connect|share|hear|join (?:a|an|the|some) (?:support )?(?:group|session|charity|class)|support|help|write|research|look|get (?:some )?(?:advice|support|help|counselling|counseling|therapy)|see (?:a|my) (?:gp|doctor|counsell?or|therapist))\b)/i;
const MADE_ME = /\b(?:makes?|made|making) me (?:want|wanna|think|feel like)\b|让我(?:也)?(?:想|觉得)/i;
const IDENTIFY =
  /一样|那样|像(?:他|她|他们)|陪(?:他|她)|找(?:他|她)去|去找(?:他|她)|\b(?:like (?:him|her|them|he did|she did)|same (?:way|thing)|join (?:him|her|them)|be with (?:him|her|them)|see (?:him|her|them) again)\b/i;

/** Distress told anywhere in the rest: the bereaved are a risk group of their own, so any such word keeps the whole. */
const DISTRESS =
  /\b(?:point|hopeless|cope|coping|go on|anymore|any more|no longer|tired of|give up|gave up|alone|lonely|empty|numb|worthless|burden|can'?t (?:sleep|stop|take|handle|do)|struggl\w*|dark|blame)\b|没意思|没意义|撑不|受不了|绝望|累了|不想|活着|孤独|崩溃|自责|怪我|睡不着|走不出/i;
/** What each clause of the rest may be (figure-of-speech.ts's fail-closed shape): the frame's own clause, a question or a
 *  request for information, the death told as past (…years ago, 三年前), the writer said to be doing all right, or who the
 *  writer is (a student, a nurse, 研究生). Any other statement keeps the whole decision. */
const QUESTION_CLAUSE =
  /[?？]|\b(?:what|how|which|where|any|anything|anyone|anybody|is it|is there|are there|can you|could you|should|recommend\w*|tips|resources?|advice|suggest\w*)\b|有哪些|什么|吗|哪里|哪儿|怎么|有没有|推荐|请问|注意/i;
const REQUEST_CLAUSE =
  /(?:想|希望|需要)(?:问|找|了解|知道|咨询|请教|参加|加入)|\b(?:want|wanted|like|looking|look|need|hoping) (?:to |for )?(?:ask|talk|speak|find|know|learn|chat|meet|connect|a (?:support )?group|some (?:support|advice)|resources)\b/i;
const PAST_CLAUSE =
  /\b(?:\w+ (?:years?|months?) ago|in (?:19|20)\d\d|when (?:i|he|she) was (?:\d+|young|little|a (?:kid|child|teen\w*)))\b|(?:[一二两三四五六七八九十几\d]+|好几|多)年(?:前|了)|那年|小时候/i;
const OK_CLAUSE =
  /\b(?:doing|feel(?:ing)?|i'?m|i am) (?:\w+ )?(?:alright|all right|ok|okay|fine|well|better)\b|\bcoping (?:ok|okay|well|fine)\b|还好|挺好|没事|好多了|走出来了|平静/i;
const ROLE_CLAUSE =
  /\b(?:i'?m|i am) (?:a |an )?(?:\w+ ){0,3}(?:student|researcher|teacher|nurse|doctor|gp|counsell?or|psychologist|social worker|lecturer|volunteer|trainee)\b|我是[^，。]{0,10}(?:学生|研究生|博士|老师|护士|医生|社工|咨询师|志愿者|研究员)/i;
/** Writing, preparing or studying: the act a work frame is the object of. */
const WORK_VERB =
  /\b(?:writing|write|doing|working on|preparing|prepare|researching|planning (?:a|an|the|our)|running|organi[sz]ing|teaching|giving|presenting|reviewing)\b|(?:在|正在)?(?:写|做|准备|研究|整理|开展|组织)/i;
/** The writer as the object in the frame's clause ("it made me want to", "for me"). */
const ME = /\b(?:me|myself)\b/i;
const CLAUSES = /[^.?!。？！\n,，;；]+[.?!。？！\n,，;；]*/g;
const contentless = (c: string): boolean => !/[a-z\u4e00-\u9fff]/i.test(c);

function everyClauseAllowed(text: string, rest: string, spans: readonly (readonly [number, number])[]): boolean {
  for (const m of text.matchAll(CLAUSES)) {
    const at = m.index ?? 0;
    const clause = m[0];
    const restClause = rest.slice(at, at + clause.length);
    if (contentless(restClause)) continue;
    // The frame's own clause: what is left of it beside the frame must be an allowed kind too, or the work or the search
    // the frame is the object of ("在写一篇…", "our GP suggested I look for a group for people …"), with no "me" in it.
    if (spans.some(([a, n]) => a < at + clause.length && a + n > at)) {
      if (ME.test(restClause)) return false;
      if ([QUESTION_CLAUSE, REQUEST_CLAUSE, PAST_CLAUSE, OK_CLAUSE, ROLE_CLAUSE, WORK_VERB].some((re) => re.test(restClause))) continue;
      return false;
    }
    if ([QUESTION_CLAUSE, REQUEST_CLAUSE, PAST_CLAUSE, OK_CLAUSE, ROLE_CLAUSE].some((re) => re.test(clause))) continue;
    return false;
  }
  return true;
}

const blank = (text: string, spans: readonly (readonly [number, number])[]): string => {
  let rest = text;
  for (const [at, n] of spans) rest = rest.slice(0, at) + ' '.repeat(n) + rest.slice(at + n);
  return rest;
};

/** The topic frame's words in a message and the message without them; null when none is read or the message steps aside. */
export function readTopicFrame(text: string): TopicFrame | null {
  if (OWN_ACT.test(text) || METHOD.test(text)) return null;
  const spans: [number, number][] = [];
  let kind: TopicFrame['kind'] = 'work';
  for (const re of DEATH_TOLD.test(text) ? [BEREAVEMENT_EN, POSSESSED_EN, BEREAVEMENT_ZH] : [BEREAVEMENT_EN, BEREAVEMENT_ZH]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      spans.push([m.index ?? 0, m[0].length]);
      kind = 'bereavement';
    }
  }
  if (kind === 'bereavement' && FRESH.test(text)) return null;
  for (const re of [WORK_EN, WORK_ZH]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) spans.push([m.index ?? 0, m[0].length]);
  }
  if (spans.length === 0) return null;
  const rest = blank(text, spans);
  if (REST_WISH.test(rest) || IDENTIFY.test(rest) || MADE_ME.test(rest) || DISTRESS.test(rest) || !everyClauseAllowed(text, rest, spans)) return null;
  return { spans, rest, kind };
}
