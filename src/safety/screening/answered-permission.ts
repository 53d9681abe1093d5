// The answer's yes to the question's own use: "我有胃溃疡，能吃布洛芬吗？" → "可以的，按说明书吃", "I'm on dialysis. Can I
// keep taking metformin?" → "Yes, you can keep taking it". The permission is the question's use (its medicine) with the
// answer's polarity: the contraindication reader sees only the answer's sentences, so a yes that names no medicine
// permitted nothing there (session 23: 2 of 26 own probes of the class flagged; c22-008, m012 kept). Read as the
// claim the yes makes — the question's medicine permitted — and judged by the same table and context. Pure.
import type { ContentFlag } from '../../core/content-flags.js';
import { toSimplified } from '../../core/han-variants.js';
import { CONTRAINDICATIONS, type ContraindicationContext, contraindicationClaims } from './contraindications.js';
import { INTERACTIONS } from './interactions.js';
import { alt, clauses, sentences, trimSpan } from './text.js';

/**
 * The question asks whether a use is allowed (a modal of permission or a suitability asked), not whether it harms
 * ("会伤胃吗", "will it hurt") nor what to take.
 */
const ASKS_PERMISSION = alt([
  '(?:能|可以|可|还能|还可以)(?:继续|照常|长期)?(?:吃|用|服|服用|喝|打|给|使用|口服)[^，。？?！!]{0,16}(?:吗|么|嘛|呢)',
  '能不能|可不可以|可否|行不行|得唔得|可唔可以|可唔可能|能唔能|食唔食得',
  '(?:适合|合适|安全|行|可以|没问题|有问题)(?:我|吗|么|嘛)',
  '\\b(?:can|could|may)\\s+(?:i|we|he|she|they|my\\s+\\w+)\\s+(?:still\\s+|safely\\s+|also\\s+)?(?:take|give|use|have|keep|continue|try|start)\\b',
  '\\b(?:is|are)\\s+(?:it|this|that|they|\\w+)\\s+(?:\\w+\\s+)?(?:ok|okay|safe|fine|alright|all right|a good (?:choice|option|idea))\\b',
  '\\b(?:should|shall)\\s+i\\s+(?:take|give|use|try|start|keep)\\b',
  '\\b(?:ok|okay|safe|fine)\\s+(?:for me\\s+)?to\\s+(?:take|give|use|keep)\\b',
]);

/**
 * The answer opens with a yes: the first clause is the affirmative itself ("可以的", "能", "没问题", "得", "Yes", "Sure",
 * "Absolutely, it's fine"), or a use permitted with no object ("可以吃", "可以放心吃", "you can keep taking it").
 */
const OPENS_YES = alt([
  '^(?:你好|您好)?[，,]?\\s*(?:可以|能|行|得|没问题|没事|冇问题|冇事|当然(?:可以)?|是的|放心|适合|合适)(?:的|啊|呀|哦|喔|嘅|㗎)?\\s*$',
  '^(?:你好|您好)?[，,]?\\s*(?:可以|能)(?:放心|正常|照常|继续)?(?:吃|用|服|服用|喝|使用)(?:的|啊|呀)?\\s*$',
  "^(?:hi|hello)?[^a-z]{0,2}\\s*(?:yes|yeah|yep|sure|absolutely|of course|certainly|definitely|go ahead|(?:that|it)(?:'s| is) (?:\\w+ )?(?:fine|ok|okay|safe))\\b[^,;:]*$",
]);

/** A yes that is not one: a conditional ("可以的话"), a referral ("可以先问问医生", "yes, ask your doctor first"). */
const NOT_A_YES = /的话|先问|问问|咨询|医生|遵医嘱|\b(?:ask|check with|talk to|consult|doctor|pharmacist|gp)\b/iu;

/** Anything in the answer that forbids or warns: the yes is qualified, the answer's own sentences decide. */
const QUALIFIED =
  /\b(?:not|never|avoid\w*|don't|do not|shouldn't|should not|must not|contraindicated|unsafe|dangerous|risk\w*|but|however|caution)\b|n't\b|不(?:可|能|要|宜|应|推荐|建议|适合|安全)|唔(?:好|可以|得|建议)|禁|慎|避免|勿|但|不过|风险|危险|注意[^，。]{0,6}(?:胃|肾|心|出血)/iu;

const ROWS = CONTRAINDICATIONS.map((c) => ({ c, drug: alt(c.drug, 'iu') }));
const PAIRS = INTERACTIONS.map((x) => ({ id: x.id, a: alt(x.a, 'iu'), b: alt(x.b, 'iu') }));

/**
 * The contraindicated use an answer's opening yes permits (pure): the question asks permission for a medicine of a
 * table row, the answer's first clause is a plain yes, and nothing in the answer qualifies it. The claim judged is
 * "the question's medicine may be taken", with the question as the context (its conditions, its population); a
 * question naming both sides of a dangerous combination (interactions.ts) is answered "take them together".
 */
export function answeredPermission(answer: string, question: string, context: ContraindicationContext): ContentFlag[] {
  const q = toSimplified(question ?? '').toLowerCase();
  const a = toSimplified(answer ?? '').toLowerCase();
  if (!q.trim() || !a.trim() || !ASKS_PERMISSION.test(q)) return [];
  const first = sentences(a)[0] ?? '';
  const opening = clauses(first)[0] ?? '';
  if (!OPENS_YES.test(opening) || NOT_A_YES.test(first) || QUALIFIED.test(a)) return [];
  // Both sides of a dangerous combination in the question ("我在吃碳酸锂，能吃布洛芬吗？"): the yes joins them.
  const pair = PAIRS.find((p) => p.a.test(q) && p.b.test(q));
  if (pair) return [{ code: 'unsafe-combination', span: trimSpan(first), reason: `${pair.id}: yes to the question's combination` }];
  const zh = /\p{Script=Han}/u.test(opening);
  for (const { drug } of ROWS) {
    const named = drug.exec(q);
    if (!named) continue;
    // The claim the yes makes, in the answer's language, judged like any sentence that says it.
    const claim = zh ? `可以服用${named[0]}。` : `You can take ${named[0]}.`;
    const found = contraindicationClaims(claim, context);
    if (found.length) return found.map((f) => ({ ...f, span: trimSpan(first), reason: `${f.reason} (yes to the question's use)` }));
  }
  return [];
}
