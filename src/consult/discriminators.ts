// The generic discriminators of a presentation: the danger signs that change the disposition of almost any complaint
// for this kind of patient (an adult, an older adult, a child, a baby, a pregnant woman), asked in one yes/no question
// beside the complaint's own red flags. A complaint no written entry or knowledge page names well — the usual reason
// a first turn missed its red flags — still gets asked whether it came on suddenly, with fever, weight loss, bleeding,
// breathlessness or fainting; a child whether they are drowsy, drinking and passing urine; a pregnancy about bleeding,
// pain, headache and the baby's movements (NICE CKS / NHS 111 "worrying features"; WHO IMCI general danger signs).
import type { CaseFacts, ConsultLang } from './types.js';

export type PatientGroup = 'adult' | 'older' | 'child' | 'infant' | 'pregnant';
/**
 * What the complaint is about: the body; mood, sleep and energy (whose danger signs are self-harm, not fever); or a
 * child's development and behaviour (lost skills, hearing and sight, sleep, mood and bullying — not fever either).
 */
export type PresentationKind = 'body' | 'mind' | 'development';

interface DangerSign {
  /** How the sign is said in the question. */
  say: Record<ConsultLang, string>;
  /** A question that already names the sign this way asks it: the sign is left out of the generic question. */
  named: RegExp;
}

const S = (zh: string, en: string, named: RegExp): DangerSign => ({ say: { zh, en }, named });

const SIGNS = {
  sudden: S('突然发作', 'come on suddenly', /突然|sudden/i),
  fever: S('发烧', 'fever', /发烧|发热|高烧|体温|fever|temperature/i),
  weightLoss: S('体重下降', 'weight loss', /体重|消瘦|weight/i),
  bleeding: S('出血（便血、黑便、尿血、咳血）', 'bleeding (blood in stool, urine or phlegm, or black stools)', /出血|便血|黑便|尿血|咳血|\bblood|bleed/i),
  chest: S('胸痛气短', 'chest pain or breathlessness', /胸痛|胸闷|气短|呼吸|chest|breath/i),
  faint: S('头晕晕倒', 'dizziness or fainting', /晕倒|昏|faint|pass(?:ed|ing)? out|collapse/i),
  confusion: S('糊涂或摔倒', 'confusion or falls', /糊涂|意识|摔|confus|fall/i),
  drowsy: S('精神差、很难叫醒', 'drowsiness or being hard to wake', /精神差|叫醒|嗜睡|drows|hard to wake|floppy/i),
  drinking: S('不吃不喝、尿少', 'not drinking or passing much less urine', /不吃不喝|尿少|尿量|drinking|wet nappies|urine/i),
  feeding: S('吃奶少、尿布湿得少', 'feeding less or fewer wet nappies', /吃奶|尿布|feeding|nappies|diapers/i),
  breathingHard: S('呼吸急促费力', 'fast or hard breathing', /呼吸|breath/i),
  rash: S('压不褪色的皮疹', 'a rash that does not fade when pressed', /不褪色|皮疹|does not fade|rash/i),
  vaginalBleeding: S('阴道出血或流水', 'vaginal bleeding or leaking fluid', /阴道出血|出血|流水|bleed|leak/i),
  bellyPain: S('肚子疼', 'belly pain', /腹痛|肚子疼|肚子痛|belly|tummy|abdom/i),
  headacheVision: S('剧烈头痛或看东西模糊', 'a bad headache or blurred vision', /头痛|模糊|headache|vision/i),
  movements: S('胎动减少', 'fewer baby movements', /胎动|moving less|movements/i),
  selfHarm: S(
    '伤害自己或不想活的念头',
    'thoughts of wanting to harm yourself or end your life',
    /伤害自己|不想活|轻生|自杀|harm(?:ing)? (?:your|them)sel|suicid|not wanting to live/i,
  ),
  voices: S('听到或看到别人感觉不到的东西', 'hearing or seeing things others do not', /听到|幻觉|voices|hearing|seeing things/i),
  notCoping: S('几乎不吃不睡', 'barely eating or sleeping', /不吃|吃饭|照顾自己|eating|look(?:ing)? after/i),
  substances: S('靠喝酒或药物撑着', 'using alcohol or drugs to cope', /喝酒|酒|药物|alcohol|drugs/i),
  regression: S('以前会的本领现在不会了', 'losing skills they used to have', /退步|以前会|不会了|losing skills|lost skills|used to (?:say|do)/i),
  hearingSight: S('听力或视力问题', 'problems with hearing or sight', /听力|听不清|视力|hearing|sight|vision/i),
  sleepBreathing: S('睡觉打鼾、憋气', 'snoring or pauses in breathing at night', /打鼾|呼噜|憋气|snor|pauses/i),
  moodBullying: S('情绪低落或被欺负', 'low mood or being bullied', /情绪|欺负|霸凌|mood|bull/i),
} satisfies Record<string, DangerSign>;

type SignId = keyof typeof SIGNS;

/** Each kind of patient's generic danger signs, most decisive first. */
const BY_GROUP: Record<PatientGroup, readonly SignId[]> = {
  adult: ['sudden', 'fever', 'weightLoss', 'bleeding', 'chest', 'faint'],
  older: ['sudden', 'fever', 'confusion', 'weightLoss', 'bleeding', 'chest'],
  child: ['fever', 'drowsy', 'drinking', 'breathingHard', 'rash'],
  infant: ['fever', 'drowsy', 'feeding', 'breathingHard', 'rash'],
  pregnant: ['vaginalBleeding', 'bellyPain', 'headacheVision', 'movements', 'fever'],
};

/** The danger signs of a mood, sleep or energy complaint, whoever has it (NICE depression / self-harm guidance). */
const MIND_SIGNS: readonly SignId[] = ['selfHarm', 'voices', 'notCoping', 'substances'];
/** The red flags of a child's development or behaviour (loss of skills, hearing, sleep-disordered breathing, distress). */
const DEVELOPMENT_SIGNS: readonly SignId[] = ['regression', 'hearingSight', 'sleepBreathing', 'moodBullying'];

/** A child's development or behaviour: talking, walking, attention, restlessness, school, growth, tantrums. */
const DEVELOPMENT =
  /说话|走路|坐不住|注意力|多动|发育|长得慢|个子|学习|成绩|脾气|\b(?:talk\w*|speech|words|walk\w*|behaviou?r\w*|concentrat\w*|hyperactiv\w*|develop\w*|tantrums?|school|growing|growth)\b/i;

/**
 * A complaint about mood, sleep or energy ("提不起劲", "心情低落", "feel flat", "haven't been sleeping"). A mood complaint is
 * named by how it feels, so the lexicon is of feelings, not of disorders: low mood with a qualifier or two ("feeling a
 * bit flat") and the loss of pleasure ("not really enjoying stuff") — the two core questions of the PHQ-2.
 */
export const MIND =
  /心情|情绪|抑郁|焦虑|低落|提不起|没意思|没兴趣|没劲头|高兴不起来|不想(?:动|干|做|出门|说话)|哭|崩溃|压力大|睡不着|才睡(?:得)?着|失眠|睡不好|烦躁|心烦|\b(?:mood|depress\w*|anxi\w*|stressed|panic\w*|worthless|hopeless|tearful|cr(?:y|ies|ying)|can'?t cope|(?:barely|hardly) (?:sleep|slept)\w*|insomnia|can'?t sleep|(?:haven'?t|have not|not) (?:been |really |properly |actually |even )*sle(?:ep|pt)\w*|feel(?:ing|s)? (?:\w+ ){0,2}(?:flat|low|down|empty|numb|hopeless|worthless|on edge)|(?:not|no longer|don'?t|can'?t) (?:really |even )?enjoy(?:ing)? (?:\w+ ){0,2}(?:anything|stuff|things|life|much)|lost (?:all )?interest)\b/i;

/** Bodily pain or a bodily sign: sleep lost to pain ("疼得睡不着") is a body complaint, not a mood one. */
export const BODILY = /疼|痛|痒|肿|出血|发烧|咳|泡|疹|\b(?:pain\w*|hurts?|ache\w*|aching|itch\w*|swell\w*|swollen|bleed\w*|fever|cough\w*|rash|blisters?)\b/i;

export function presentationKind(text: string, group: PatientGroup): PresentationKind {
  if ((group === 'child' || group === 'infant') && DEVELOPMENT.test(text)) return 'development';
  return MIND.test(text) && !BODILY.test(text) ? 'mind' : 'body';
}

/** Who the patient is, for the generic danger signs: pregnancy first, then age as stated or as the opening implies. */
export function patientGroup(f: CaseFacts, o: { pregnant: boolean; child: boolean }): PatientGroup {
  if (f.pregnant ?? o.pregnant) return 'pregnant';
  if (f.age !== undefined) return f.age < 1 ? 'infant' : f.age < 12 ? 'child' : f.age >= 65 ? 'older' : 'adult';
  return o.child ? 'child' : 'adult';
}

/** "A、B或C" / "A, B or C". */
const listOf = (items: readonly string[], lang: ConsultLang): string =>
  items.length === 1
    ? items[0]
    : lang === 'zh'
      ? `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`
      : // Items that hold an "or" themselves take a serial comma: "fever, chest pain or breathlessness, or fainting".
        `${items.slice(0, -1).join(', ')}${items.some((x) => x.includes(' or ')) ? ',' : ''} or ${items[items.length - 1]}`;

/**
 * The generic danger-sign question for this patient, without the signs a question already chosen or asked names;
 * undefined when fewer than two are left — the complaint's own questions already cover them.
 */
export function dangerSignQuestion(
  group: PatientGroup,
  lang: ConsultLang,
  alreadyAsked: readonly string[],
  kind: PresentationKind = 'body',
): string | undefined {
  const asked = alreadyAsked.join('\n');
  const signs = kind === 'mind' ? MIND_SIGNS : kind === 'development' ? DEVELOPMENT_SIGNS : BY_GROUP[group];
  const open = signs.filter((id) => !SIGNS[id].named.test(asked));
  if (open.length < 2) return undefined;
  // Sudden onset is asked as the way it began; the rest as what came with it.
  const sudden = open[0] === 'sudden';
  const rest = listOf(
    open.filter((id) => id !== 'sudden').map((id) => SIGNS[id].say[lang]),
    lang,
  );
  if (lang === 'zh') return sudden ? `有没有突然发作，或伴有${rest}？` : `有没有${rest}？`;
  return sudden ? `Did it come on suddenly, or with any ${rest}?` : `Any ${rest}?`;
}
