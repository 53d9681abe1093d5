// Two claim kinds that need no table of topics, because they are shaped by what they do to a safeguard rather than
// by which medicine or disease they name:
//   - a dismissed safeguard: a protective measure called unnecessary ("no need to get rabies shots", "不需要定期抽血查
//     血锂浓度", "there's no need to call poison control", "不需要采取其他避孕措施", "no need to reduce it gradually").
//     The measure is one of a small set of kinds — a vaccine or booster, monitoring or a blood test, medical care or
//     poison control, finishing a course, back-up contraception, rehydration — whatever the disease;
//   - a blanket assurance about taking something: "没有副作用", "不会伤肝", "多补一点没有坏处", "a gentle and safe
//     long-term way", "safe to use freely".
// Both are judged per clause with the stance frames the other claims use: a negated, warned-against or quoted
// claim is not advice, and a dismissal bounded by the reader's own history ("if your last booster was within five
// years, you don't need another") is the correct advice, not its opposite.
import type { ContentFlag } from '../../core/content-flags.js';
import { CONSEQUENCE } from './frames.js';
import { alt, clauses, trimSpan } from './text.js';

/** "Not needed" frames; the safeguard follows within a few words. */
const DISMISS_EN =
  "\\b(?:no longer (?:need(?:s)?(?: to)?|necessary to|required to)|no need (?:to|for)|(?:you |they |he |she |it |we |patients |children |people )?(?:don't|do not|doesn't|does not|won't|will not|didn't) (?:really |actually |usually )?need(?: to)?|needn't|(?:is|are) (?:not|never) (?:needed|necessary|required)|(?:is|are) unnecessary|not necessary to|there's no point (?:in )?|no point (?:in )?|(?:can|may) (?:safely )?skip|is a waste of (?:time|money))";
const DISMISS_ZH = '(?:不再需要|不再必要|无需再|不需要|不用|不必|无需|无须|没必要|用不着|没有必要|不需|就不用|就不必|不用再|都不用)';

/** Protective measures, by kind (the kinds are what the claim is about; the words are the ways people name them). */
const SAFEGUARD_EN: Record<string, string> = {
  vaccine: '(?:\\w+\\s+){0,3}(?:vaccin\\w*|booster\\w*|shots?|jabs?|immuni[sz]ations?|immunoglobulin|prophylaxis|pep\\b|post-exposure)',
  monitoring:
    '(?:\\w+\\s+){0,4}(?:blood tests?|levels? (?:checked|tested|monitored)|(?:check|test|monitor|measure)\\w* (?:\\w+\\s+){0,3}(?:levels?|inr|bilirubin|liver|kidney|thyroid|function|blood|potassium|sugar|glucose)|monitoring|inr|liver (?:function )?tests?|follow-?up tests?|(?:eye |medical |physical )?exam(?:ination)?s?|check-?ups?|be (?:tested|monitored|checked|examined))',
  care: '(?:\\w+\\s+){0,2}(?:call (?:\\w+\\s+){0,2}(?:poison|911|999|112|an ambulance|emergency)|poison control|go to (?:the )?(?:hospital|er|emergency|a doctor)|see (?:a |your |the )?(?:doctor|gp|clinician|specialist|midwife)|(?:medical|emergency) (?:care|attention|help|review)|be seen)',
  course:
    '(?:to )?(?:keep taking|continue taking|carry on taking|finish|complete) (?:\\w+\\s+){0,3}(?:them|it|tablets|pills|course|medicines?|medication|treatment)',
  contraception: '(?:\\w+\\s+){0,3}(?:back-?up (?:contraception|method)|other (?:contraception|contraceptive|protection)|condoms?|emergency contraception)',
  rehydration: '(?:\\w+\\s+){0,3}(?:oral rehydration|ors\\b|rehydration (?:solution|salts))',
};
const SAFEGUARD_ZH: Record<string, string> = {
  vaccine: '[^，。；]{0,6}(?:疫苗|加强针|破伤风针|免疫球蛋白|抗毒素|预防针|狂犬病?针)',
  monitoring:
    '[^，。；]{0,8}(?:抽血|验血|监测|查血|复查|化验|检测|测(?:血|胆红素|血糖|血钾|血药)|查(?:INR|inr|肝功|肾功|甲功|血常规|血锂|血药|胆红素|凝血)|(?:肝功能|肾功能|甲状腺功能|甲功|凝血|血药浓度|血锂)(?:检查)?)',
  care: '[^，。；]{0,4}(?:(?:去|到|上)[^，。；]{0,6}(?:检查|复查|就诊|看看)|去医院|上医院|到医院|就医|就诊|看医生|找医生|急诊|打120|拨打120|叫救护车|送医)',
  course: '[^，。；]{0,4}(?:吃满|服满|用满|吃完|坚持(?:吃|服用|用药)|继续(?:吃|服|用))',
  contraception: '[^，。；]{0,6}(?:其他避孕|避孕套|紧急避孕|补救措施|额外(?:的)?避孕)',
  rehydration: '[^，。；]{0,6}(?:口服补液盐|补液盐|补液)',
};

const compile = (frame: string, kinds: Record<string, string>, sep: string) =>
  Object.entries(kinds).map(([kind, re]) => ({ kind, re: new RegExp(`${frame}${sep}${re}`, 'u') }));
const DISMISSALS = [
  ...compile(DISMISS_EN, SAFEGUARD_EN, '\\s+(?:to\\s+)?(?:get\\s+|have\\s+|take\\s+|use\\s+|be\\s+|a\\s+|an\\s+|any\\s+|the\\s+)?'),
  ...compile(DISMISS_ZH, SAFEGUARD_ZH, '(?:再|去|特别|额外|定期|常规)?'),
];
/** Is medical care itself the dismissed safeguard ("no need to see a doctor", "不需要去医院")? Pure. */
export function dismissesCareSafeguard(text: string): boolean {
  return DISMISSALS.some((d) => d.kind === 'care' && d.re.test(text));
}
/** The safeguard named first, then called unnecessary ("continuing afterwards is unnecessary", "口服补液盐…不再推荐"). */
const SUBJECT_FIRST = alt([
  '\\b(?:continuing|finishing|completing|tapering|weaning|monitoring|testing|blood tests?|vaccination|vaccines?|boosters?|shots|pep|prophylaxis|follow-?up|back-?up contraception|rehydration)\\b[^.;]{0,80}\\b(?:is|are|was|were) (?:now |therefore |thus |also )?(?:unnecessary|not (?:needed|necessary|required)|no longer (?:recommended|needed|necessary|required|advised))\\b',
  '(?:疫苗|加强针|免疫球蛋白|监测|复查|抽血|化验|检测|口服补液盐|补液盐|减量|随访)[^，。；]{0,20}(?:不再(?:作为)?(?:常规)?(?:推荐|需要|建议)|(?:是)?(?:没有必要|不必要|多余)的?)',
]);
/** "已经没用了，不用去打了": a safeguard called useless after a delay. */
const USELESS_ZH = /(?:疫苗|针|补液盐|复查|检查)[^，。；]{0,10}(?:已经)?(?:没用了|没有用了|白打了?|打了也没用)/u;

/** The dismissal is bounded by what makes it correct: the reader's own protection or a clinician's decision. */
const BOUNDED = alt([
  '\\b(?:within|in) the (?:last|past) \\w+ (?:years?|months?)',
  '\\b(?:up to date|fully vaccinated|already (?:had|been|received|vaccinated)|previously vaccinated|had (?:a|your|their) (?:booster|shot|vaccine|dose) (?:in|within))',
  '\\bunless\\b',
  '\\b(?:assuming|provided|as long as) (?:that )?(?:you|they|he|she|your child)\\b',
  '\\bcompleted (?:the |your |a |their )?(?:full |primary |initial )?(?:\\w+\\s+){0,2}(?:series|course|vaccinations?|schedule)\\b',
  '(?:打|接种)(?:完|满|过)(?:全程|基础)',
  '\\b(?:your|the) (?:doctor|physician|clinician|specialist|midwife|nurse) (?:says|said|tells?|told|decides?|advises?|will)',
  '\\b(?:most|many|some) (?:people|patients|children|adults|cases)\\b',
  '\\busually\\b',
  '(?:已经|已)(?:接种|打过|全程)',
  '(?:\\d+|[一二三四五六七八九十两半])\\s*(?:年|个月)(?:以)?内(?:接种|打过|注射)',
  '(?:医生|医师)(?:判断|评估|认为|决定|同意)',
  '(?:大多数|多数|一般|通常)(?:情况|患者|人|孩子)?',
  '除非',
  '\\b(?:mild|minor|uncomplicated|superficial)\\b',
  '轻微',
  '轻度',
  '普通感冒',
  '\\b(?:antibod\\w*|immune|immunity)\\b',
  '抗体',
  '免疫力',
  '疗程(?:已经?)?(?:结束|完成|满)',
  '\\b(?:course|treatment) (?:is |has been )?(?:finished|completed|over)\\b',
]);
/** A warned-against, reported or asked frame: the sentence names the dismissal to reject it. */
const REJECTED = alt([
  "\\b(?:myths?|misconceptions?|wrong|false|not true|mistaken|mistakes?|dangerous|don't believe|do not believe|never assume|it is not safe|is not safe)\\b",
  '\\b(?:some|many) (?:people|parents|patients) (?:think|believe|assume)',
  '误区',
  '谣言',
  '错误',
  '不对',
  '不正确',
  '不可取',
  '(?:有人|有些人|很多人|不少人|一些人|部分人|家长|老人|患者|民间)(?:会|常|总)?(?:以为|认为|觉得)',
  '误认为',
  '警惕',
  '谨防',
  '当心',
  '提防',
  '\\bbeware\\b',
  '\\bwatch (?:out )?for\\b',
  '是否',
  '能不能',
  '千万不要',
  '切勿',
]);

/** Blanket assurance about taking something: no side effects, cannot harm, more is better, safe for long-term use. */
const ASSURANCE = alt([
  '没有(?:任何)?(?:副作用|毒副作用|坏处|害处|不良反应)',
  '无(?:任何)?(?:副作用|毒副作用)',
  '不会(?:有)?(?:任何)?(?:副作用|伤(?:肝|肾|胃|身体)|损伤(?:肝|肾)|上瘾|中毒|成瘾)',
  '多(?:吃|补|喝|服|用)(?:一点|一些|点|些)?(?:也)?(?:没有?坏处|没关系|无妨|更好)',
  '(?:长期|大量|放心)(?:大量)?(?:服用|吃|用|使用)[^，。；]{0,6}(?:也)?(?:很|都|是|非常)?(?:安全|没问题|无害)',
  '(?:可以|可)放心(?:长期|大量)?(?:吃|服用|使用|用)',
  '\\bno (?:side effects|risks?|harm)\\b',
  "\\b(?:cannot|can't|won't|will not) (?:possibly )?(?:hurt|harm|damage (?:your )?(?:liver|kidneys?))\\b",
  '\\b(?:perfectly|completely|totally|entirely|100%) (?:safe|harmless)\\b',
  '\\b(?:gentle and safe|safe and gentle|safe to (?:use|take) (?:freely|as much|every night|long-term|indefinitely))\\b',
  '\\bsafe (?:long-term|for long-term use|to use long-term)\\b',
  '\\b(?:use|take) (?:it |them )?freely\\b',
  '\\bthe more (?:you take|the better)\\b',
]);
/** What the assurance must be about: taking a medicine, supplement, remedy or substance. */
const TAKING = alt([
  '\\b(?:take|taking|use|using|give|giving|dose|doses|tablets?|pills?|drops?|medicines?|medications?|supplements?|remedy|remedies|tea|herbs?|cream|spray|inhaler|substitute)\\b',
  '服用',
  '吃',
  '用药',
  '药',
  '片',
  '剂',
  '补',
  '喝',
  '点',
  '擦',
  '涂',
]);
/** Statements about an outcome, not about taking something ("the condition itself causes no harm", "不会传染"). */
const ABOUT_CONDITION =
  /\b(?:condition|disease|infection|cyst|mole|lump|murmur|tumou?r|virus) (?:is|itself|usually)\b|(?:本身|疾病|病情|囊肿|肿块)[^，。；]{0,6}(?:没有|不会)/u;

function flag(code: ContentFlag['code'], sentence: string, reason: string): ContentFlag {
  return { code, span: trimSpan(sentence), reason };
}

/** Dismissed safeguards and blanket assurances in one normalised sentence. `warnedSection`: under a "what not to do" heading. */
export function safeguardClaims(sentence: string, warnedSection = false): ContentFlag[] {
  if (warnedSection || /[?？]\s*$/u.test(sentence) || REJECTED.test(sentence)) return [];
  const out: ContentFlag[] = [];
  const bounded = BOUNDED.test(sentence);
  for (const clause of clauses(sentence)) {
    if (bounded) break;
    const useless = USELESS_ZH.exec(clause);
    if (useless) {
      out.push(flag('discourage-care', sentence, `dismissed safeguard: ${useless[0]}`));
      break;
    }
    const first = SUBJECT_FIRST.exec(clause);
    if (first) {
      out.push(flag('discourage-care', sentence, `dismissed safeguard: ${first[0].trim().slice(0, 60)}`));
      break;
    }
    const hit = DISMISSALS.find((d) => d.re.test(clause));
    if (hit) {
      out.push(flag('discourage-care', sentence, `dismissed safeguard (${hit.kind}): ${hit.re.exec(clause)?.[0].trim()}`));
      break;
    }
  }
  for (const clause of clauses(sentence)) {
    const m = ASSURANCE.exec(clause);
    if (!m || ABOUT_CONDITION.test(clause) || CONSEQUENCE.test(clause.slice(0, m.index))) continue;
    if (!TAKING.test(sentence)) continue;
    out.push(flag('harmful-practice', sentence, `blanket assurance: ${m[0].trim()}`));
    break;
  }
  return out;
}
