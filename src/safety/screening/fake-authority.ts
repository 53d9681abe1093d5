// Fake authority: a body cited as having changed the rules ("the 2025 guideline update", "FDA now recommends",
// "某教授团队证实", "《…》杂志发表") in the same sentence as a change to treatment — a medicine or a safeguard that is
// no longer needed, one treatment replaced by another, a dose raised, a use newly declared safe. Real guidance is
// written for a situation ("before surgery", "after an allergic reaction") or points the reader to their own
// clinician; a cited body that licenses a blanket change for every reader is the shape red-team writers and real
// misinformation share, whatever the medicine (no table lookup: the detector is about the shape, not the drug).
// Pure; one flag per sentence at most.
import type { ContentFlag } from '../../core/content-flags.js';
import { CITED_RULE, LEGITIMATE_CONTEXT, NEGATED_BEFORE, SITUATION_PARTS, WARNED } from './frames.js';
import { HARMFUL_PRACTICES } from './practices.js';
import { alt, trimSpan } from './text.js';

const BODY = '(?:fda|ema|mhra|nice|who|cdc|nih|ada|aha|acc|esc|gina|gold|kdigo|idsa|acog|aap|nmpa|cfda)';

/** A named authority: agencies, societies, guideline bodies, journals, professors, expert panels. */
const NAMED_AUTHORITY = alt(
  [
    // Acronyms that are also words ('who', 'nice', 'gold') count with an article or a guideline word beside them.
    `\\b(?:the|by|per|from|according to) ${BODY}\\b`,
    `\\b${BODY}[\\s-]+(?:guidelines?|guidance|recommend\\w*|advis\\w*|states?|says|bulletin|update|statement|consensus|reports?|panel|now|ng|cg|\\d)`,
    '\\b(?:fda|mhra|cdc|kdigo|gina|idsa|acog|nmpa|cfda|world health organi[sz]ation)\\b',
    '\\b(?:professor|prof\\.|dr\\.)\\s+[a-z]+',
    '\\b(?:association|society|college|academy|federation|institute|council|task force|panel|committee)\\s+(?:of|for|on)\\b',
    '\\b(?:journal|lancet|bmj|nejm|jama|cochrane)\\b',
    '\\b(?:guidelines?|guidance|consensus|position statement|expert statement|recommendations?)\\s+(?:update|states?|says|now|confirms?|clearly)\\b',
    '\\b(?:according to|per|under)\\s+(?:the\\s+)?(?:new|latest|updated|revised|20\\d\\d)\\b',
    '卫健委',
    '卫生部',
    '药监局',
    '国家[^，。；]{0,6}(?:中心|委员会|局)',
    // A society by its name ('中华医学会', '…协会'); '学会计算' is 'learn to count'.
    '[\\u4e00-\\u9fff]{2,}(?:学会|协会|委员会|专家组|研究院|研究所)(?=[^\\u4e00-\\u9fff]|发布|指出|认为|推荐|建议|明确|的|在|于|表示|一致|会长|《|$)',
    '教授',
    '院士',
    '主任医师[^，。；]{0,4}(?:团队|指出|表示)',
    '《[^》]{2,30}》',
    '世卫|世界卫生组织',
    '(?:指南|共识)[^，。；]{0,8}(?:明确|指出|规定|推荐|认为|更新)',
  ],
  'u',
);

/** A change of treatment for everyone: no longer needed, only X, replaced, stopped, doubled, newly safe. */
const BLANKET_CHANGE = alt(
  [
    '\\b(?:no longer|not) (?:need(?:ed|s)?|necessary|required|recommended to (?:take|use|continue))\\b',
    "\\b(?:don't|do not|doesn't|does not) need (?:to (?:take|use|continue|keep)|any|a|an|their|your)\\b",
    '\\bno need (?:for|to)\\b',
    '\\bunnecessary\\b',
    '\\b(?:only|just) (?:need|needs) (?:to )?(?:take|use)\\b',
    '\\b(?:can|may|should) (?:safely )?(?:stop|discontinue|drop|skip|halve|replace|switch|double|triple|be stopped|be discontinued|be replaced|be doubled)\\b',
    '\\b(?:switch(?:ing)?|chang(?:e|ing)) (?:to|from)\\b',
    '\\binstead of\\b',
    '\\b(?:replaces?|replacing|in place of)\\b',
    '\\b(?:is|are) (?:now )?(?:safe|fine|ok(?:ay)?|harmless) (?:to|for|in|during|with)\\b',
    '\\b(?:higher|double|doubled|larger|increased) (?:doses?|amounts?)\\b',
    '\\b(?:as effective as|works as well as|better than|superior to)\\b',
    '不必再?',
    '无需再?',
    '不需要再?',
    '不用再',
    '没有必要',
    '只需',
    '只要[^，。；]{0,8}就',
    '(?:可以|可|应|应该|建议)(?:直接)?(?:停药|停用|停掉|减半|减量|加倍|翻倍|换用|改用|替代|代替|取代)',
    // A switch or a substitute advised ('可以改用', '可以代替打针'); '肾脏替代治疗', '病名改为' name no advice.
    '(?:可以|可|应|应该|建议|直接|自行)[^，。；]{0,4}(?:改用|换用|换成|改为)',
    '(?:可以|可|能|能够|完全)[^，。；]{0,6}(?:代替|替代|取代)',
    '(?:代替|替代|取代)[^，。；治]{0,4}(?:药|疫苗|打针|针剂|手术|化疗|激素)',
    '(?:可以|可)安全(?:使用|服用)',
    '(?:同样|一样)(?:有效|安全)',
    '效果(?:更好|优于|不亚于)',
    '弊大于利',
    '(?:剂量|用量)[^，。；]{0,6}(?:提高|增加|加倍|翻倍)',
  ],
  'u',
);

const SITUATION = alt(SITUATION_PARTS, 'u');

/**
 * Session 39 (p43-001): a change of PRACTICE — the body now advises an act, or no longer advises against one ("the
 * Council now advises that babies … sleep on their front", "指南现在建议宝宝趴睡"). Read only where the act is one of the
 * known harmful practices (practices.ts), in the sentence: "the AAP now recommends that babies sleep on their back" or
 * "NICE now recommends offering the vaccine" name a change of guidance too, and are right.
 */
const PRACTICE_CHANGE = alt(
  [
    '\\bnow (?:advises?|recommends?|says?|suggests?|endorses?|allows?|permits?|approves?)\\b(?=\\s+\\S)',
    '\\bno longer (?:advises?|recommends?|warns?) against\\b',
    '(?:现在|如今|目前已?|已经)(?:建议|推荐|提倡|允许|认为可以)',
    '不再(?:建议|推荐|要求|反对|强调|禁止)',
    '改为(?:建议|推荐|提倡)',
  ],
  'u',
);
/** A body by its kind ("the … Sleep Safety Council now recommends", "某某协会现在建议"). */
const BODY_WORD =
  /\b(?:council|college|academy|society|association|board|panel|committee|institute|federation|consensus|task force|guidelines?|guidance|ministry|department of health)\b|协会|学会|委员会|专家组|指南|共识|卫健委|卫生部/u;
const PRACTICE_ACT = alt(
  HARMFUL_PRACTICES.filter((p) => p.kind === 'harmful-act').flatMap((p) => p.practice),
  'u',
);

/**
 * Fake-authority flags for one sentence: a cited or named authority and a blanket change of treatment together,
 * not framed as a warning, a myth, a refutation, a situation-specific rule or the reader's own clinician's call.
 */
export function fakeAuthorityClaims(sentence: string): ContentFlag[] {
  // A question ('辟谣：喝芹菜汁能代替降压药？') asks; it advises nothing.
  if (/[?？]\s*$/u.test(sentence)) return [];
  const treatment = BLANKET_CHANGE.test(sentence);
  // A practice change needs a body (not a label) and a known harmful act in the sentence.
  const practice = !treatment && PRACTICE_CHANGE.test(sentence) && (NAMED_AUTHORITY.test(sentence) || BODY_WORD.test(sentence)) && PRACTICE_ACT.test(sentence);
  if (!treatment && !practice) return [];
  if (!practice && !(CITED_RULE.test(sentence) || NAMED_AUTHORITY.test(sentence))) return [];
  if (WARNED.test(sentence) || SITUATION.test(sentence) || LEGITIMATE_CONTEXT.test(sentence)) return [];
  // "No guideline says you can stop…", "并没有指南建议停药": the authority is denied, not cited.
  if (NEGATED_AUTHORITY.test(sentence)) return [];
  const change = (treatment ? BLANKET_CHANGE : PRACTICE_CHANGE).exec(sentence)?.[0] ?? '';
  const before = sentence.slice(0, sentence.indexOf(change));
  if (NEGATED_BEFORE.test(before.slice(-12))) return [];
  return [
    { code: 'fake-authority', span: trimSpan(sentence), reason: `cited authority × blanket ${treatment ? 'change' : 'practice change'} ('${change.trim()}')` },
  ];
}

const NEGATED_AUTHORITY = alt(
  [
    '\\b(?:no|not any|none of the|neither)\\s+(?:\\w+\\s+){0,2}(?:guidelines?|agency|society|study|studies|evidence|expert)',
    '\\bnot (?:supported|endorsed|approved|recommended) by\\b',
    '(?:没有|并无|并没有|从未|没有任何)[^，。；]{0,6}(?:指南|共识|研究|证据|机构|专家)',
    '并非|不是[^，。；]{0,6}(?:指南|共识)',
  ],
  'u',
);
