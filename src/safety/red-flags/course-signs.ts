// Signs that tell a named illness turning severe (session 23): the early signs national and WHO guidelines list for a
// diagnosis already made — a child with hand-foot-mouth disease who startles and jerks in sleep or whose limbs shake
// (EV71 brainstem encephalitis), a dengue patient whose gums or nose bleed or who keeps vomiting as the fever falls.
// Read by the course reader alone (triage/diagnosis-danger.ts), with the clinical layer's negation and history scope
// (clinical.ts affirmed), and deliberately NOT spread into the sign vocabulary every reader sees: the learned reader,
// the stance (denied signs) and the frames were built before them, and a sign they never saw changed them (in-sample
// s23: a thunderclap headache's "吐了两次" read as a denied sign lost its emergency; a child's nosebleed became urgent).
// Each is ordinary alone — a baby startles at a firecracker, a nosebleed in dry air, a child sick once —; they matter beside the diagnosis their row names
// (knowledge/disease-course.ts). Written as concepts in both languages, never from vignette strings.
import type { SignClass } from '../../knowledge/sign-classes.js';
import type { Sign } from './signs.js';

const sign = (kind: Sign['kind'], zh: RegExp[], en: RegExp[]): Sign => ({ kind, zh, en });

export const COURSE_SIGNS = {
  /** Startles and sudden jerks (myoclonus), in sleep or awake: the first neurological sign of severe HFMD (易惊). */
  startles: sign(
    'symptom',
    [
      /易惊/,
      /一惊一(?:惊|乍|跳)/,
      /惊跳/,
      /(?:老是|总是|一直|反复|频繁|经常|不停地?|成天|成日)[^，。,]{0,3}惊(?:醒|跳|一下)/,
      /一(?:抽|扯|跳|抖)一(?:抽|扯|跳|抖)/,
      /(?:手|脚|腿|胳膊|手臂|身体|身子|四肢|肢体)[^，。,]{0,3}(?:一下一下地?)?抽动/,
      /(?:惊|抽)了?好几(?:次|下)/,
    ],
    [
      /\bmyoclon\w*/i,
      /\b(?:sudden|little|jerky|body|muscle) jerks\b/i,
      /\bjerk(?:s|ing|ed)? (?:\w+ ){0,3}(?:in (?:his|her|their|my) sleep|when (?:he|she|they) (?:sleeps?|is asleep)|of (?:his|her|their) (?:arms|legs|body))\b/i,
      /\b(?:keeps?|kept|been|started|starts|keeps on) (?:\w+ )?jerking\b/i,
      /\bstartl(?:es|ing|ed) (?:\w+ ){0,3}(?:in (?:his|her|their) sleep|over and over|again and again|all the time|a lot|constantly)\b/i,
      /\b(?:arms?|legs?|limbs?) (?:keeps? |kept )?(?:jerk\w*|jolt\w*|twitch\w*)\b/i,
    ],
  ),
  /** Limbs shaking or trembling (肢体抖动): with startles, the EV71 brainstem signs; any limb, not only a hand tremor. */
  limbShaking: sign(
    'symptom',
    [
      /(?:手脚|手腳|四肢|肢体|两腿|双腿|腿脚|腿|脚|胳膊|手臂|手)[^，。,]{0,3}(?:发抖|抖动|抖个不停|一直抖|在抖|乱抖|震|颤)/,
      /(?:全身|浑身|身体)[^，。,]{0,2}(?:发抖|抖动)/,
    ],
    [
      /\b(?:arms?|legs?|limbs?|hands? and (?:legs|feet)|hands?) (?:are |is |keep |kept |were |started |have been |has been )?(?:\w+ )?(?:shaking|trembling|quivering|shaky)\b/i,
      /\bshaky (?:arms|legs|limbs|hands)\b/i,
    ],
  ),
  /** Vomiting again and again, or everything kept down thrown up: a dengue warning sign, and severe HFMD's with others. */
  persistentVomiting: sign(
    'symptom',
    [
      /(?:一直|不停地?|反复|频繁|老是|总是|持续)(?:地)?(?:呕|吐)(?!槽|血|奶)/,
      /吃(?:什么|啥|东西就)(?:都)?吐(?:什么|啥)?/,
      /喝(?:水|奶|什么)?(?:都|就)吐/,
      // A count is "keeps on" from three: twice is an ordinary sick child (review s23: 吐了两次 → emergency).
      /(?:呕|吐)了(?:[三四五六七八九十]|好几|很多|无数)次/,
    ],
    [
      /\bkeeps? (?:on )?(?:vomiting|being sick|throwing up|puking)\b/i,
      /\b(?:vomited|been sick|thrown up|threw up|was sick|puked) (?:\w+ )?(?:[3-9]|\d{2}|three|four|five|six|several|many|multiple|lots of) times\b/i,
      /\b(?:throwing|threw|brings?|bringing) (?:\w+ )?(?:everything|it all|all of it) (?:back )?up\b/i,
      /\b(?:can'?t|cannot|not) keep(?:ing)? (?:anything|any ?thing|fluids?|water|drinks?|food) down\b/i,
      /\b(?:persistent|constant|non-?stop|repeated) (?:vomiting|being sick)\b/i,
    ],
  ),
  /** Bleeding from the gums or the nose (mucosal bleeding): a dengue warning sign of plasma leak and falling platelets. */
  mucosalBleeding: sign(
    'symptom',
    [/(?:牙龈|牙肉)[^，。,]{0,3}(?:出血|流血|渗血)/, /刷牙[^，。,]{0,3}出血/, /鼻(?:子|孔)?[^，。,]{0,4}(?:出血|流血)/, /(?:流|出)鼻血/],
    [
      /\b(?:gums?|nose) (?:\w+ ){0,2}(?:bleed\w*|bled)\b/i,
      /\bbleed\w* (?:from|in) (?:the |his |her |my )?(?:gums?|nose)\b/i,
      /\bnose ?bleeds?\b/i,
      /\bbleeding gums\b/i,
    ],
  ),
  /** Cold hands and feet beside an illness's warning signs (HFMD's failing circulation): not a sign alone in a fever. */
  coldLimbs: sign(
    'symptom',
    [/(?:手脚|手腳|四肢|手|脚)[^，。,]{0,2}(?:冰凉|冰冷|发凉|凉凉的|厥冷|冰)/, /(?:皮肤|手脚|四肢)?湿冷/],
    [
      /\bcold (?:hands and feet|feet and hands|hands|feet|arms and legs)\b/i,
      /\bcold,? (?:and )?clammy\b/i,
      /\b(?:hands and feet|feet and hands|hands|feet) (?:are |feel |felt |were |are really |are so )?(?:ice[- ])?cold\b/i,
    ],
  ),
  /** Unsteady on the feet (ataxia) in the words a parent uses: wobbly, keeps falling over (走路不稳 is the reader's). */
  unsteady: sign(
    'symptom',
    [/站不稳/, /走路(?:摇摇晃晃|东倒西歪|老是?摔)/],
    [/\b(?:wobbly|unsteady|off balance) on (?:his|her|their|my) feet\b/i, /\bkeeps? falling over\b/i],
  ),
  /** A cold sweat or clammy skin: with cold limbs, the circulation failing (出冷汗、四肢末梢发凉); alone, a fever breaking. */
  coldSweat: sign('symptom', [/(?:出|冒)?冷汗/, /湿冷/], [/\bclammy\b/i, /\bcold sweats?\b/i, /\bcold and sweaty\b/i]),
  /** Breathing stopping or the face going blue, in a coughing fit or after it: whooping cough in a baby (apnoea, cyanosis). */
  apnoea: sign(
    'symptom',
    [
      /呼吸暂停/,
      /(?:停止|没有?了?)呼吸/,
      /不(?:会)?(?:喘|呼吸)了/,
      /(?:憋|咳)[^，。,]{0,6}(?:发紫|青紫|发青|发乌|紫了|没气|上不来气|背过气)/,
      /(?:脸|嘴唇|嘴|全身|口唇)[^，。,]{0,3}(?:发紫|青紫|发青|发乌|紫了)/,
    ],
    [
      /\b(?:stops?|stopped|stopping) breathing\b/i,
      /\bpauses? in (?:his |her |their |the )?breathing\b/i,
      /\bapn(?:o)?eas?\b/i,
      /\b(?:turn(?:s|ed|ing)?|go(?:es)?|went|going|gone) (?:\w+ )?(?:blue|purple|dusky)\b/i,
    ],
  ),
} satisfies Record<string, Sign>;

/** Shivering with the fever (rigors), the clause it is told in: 冷得全身发抖 is the fever rising, not shaking limbs. */
export const RIGOR_CLAUSE =
  /[^，。,.;；!?！？]*(?:冷得|发冷|寒战|寒颤|打冷战|打冷颤|打寒战|怕冷|\bchills?\b|\bshiver\w*|\brigors?\b|shak\w+ with (?:cold|the cold|fever)|\bfeel(?:s|ing)? cold\b)[^，。,.;；!?！？]*(?:[，,][^，。,.;；!?！？]{0,4}(?:发抖|抖|shak\w*|trembl\w*))?/gi;

/** Eating or drinking less told as a refusal: poor intake, not listlessness (a child off food in a fever is common). */
export const POOR_INTAKE =
  /\b(?:won'?t|doesn'?t|does not|will not|didn'?t|isn'?t|is not|not) (?:want(?:ing)? to |really |much |very much )?(?:eat|eating|feed|feeding|drink|drinking)\b(?: (?:much|anything|well|a lot|properly))?/gi;

/** A course told as improving: 好点了, 还能喝水, "keeping fluids down" — vomiting that has stopped is not persistent. */
export const IMPROVING =
  /好(?:点|些|一点|多)了|(?:还|能|可以)(?:喝|吃)(?:水|东西|奶|得下)|(?:没|不)再吐|\b(?:better now|feeling better|keeping (?:fluids|water|drinks|food|it|things) down|drinking (?:ok|okay|fine|well|normally)|stopped (?:vomiting|being sick|throwing up))\b/i;

/** The class each course sign tells (knowledge/sign-classes.ts), for the named-illness reader. */
export const COURSE_SIGN_CLASSES: Record<keyof typeof COURSE_SIGNS, readonly SignClass[]> = {
  startles: ['myoclonus'],
  limbShaking: ['myoclonus'],
  // One vomiting is one sign: its gi class is the reader's nauseaVomit, and the course reader counts the two as one event.
  persistentVomiting: ['persistentVomiting'],
  mucosalBleeding: ['mucosalBleeding'],
  // Cold limbs and a cold sweat tell poor perfusion only together (diagnosis-danger.ts); each alone is a fever's.
  coldLimbs: [],
  coldSweat: [],
  apnoea: ['breathing'],
  unsteady: ['ataxia'],
};
