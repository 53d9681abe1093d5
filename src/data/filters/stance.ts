// What a clause of an answer does with the act it names: forbids it, permits or recommends it, or neither. Read by
// the clause's modality, not by listing whole unsafe sentences: a permission is a modal of possibility on an act
// ("you can drink", "可以喝酒"), an evaluation of it ("is fine", "没关系", "the safest painkiller", "a good option"), an
// imperative ("give her…"), or a denied prohibition or effect ("no need to avoid", "不用特意避开", "doesn't affect",
// "不会发生反应"); a prohibition is a negative modal or a warning ("avoid", "must not", "不要", "禁用", "risk").
// A denied prohibition is read first and masked, so "no need to avoid" is no "avoid"; a permission negated where it
// stands ("not safe", "不合适") is a prohibition. A clause that forbids anything is never read as a permission, and a
// permission that only holds after a time ("48 hours after the last dose", "停药72小时后") permits nothing now.
// Curation batches 2–15: the answers that permitted alcohol on metronidazole or ibuprofen beside warfarin said so in
// a dozen ways ("is fine as long as", "you can drink", "一般没事", "there is no need to avoid"). Pure.

export type Stance = 'forbid' | 'permit' | 'none';

/** A prohibition or effect denied: the act is allowed. */
const DENIED_PROHIBITION = new RegExp(
  [
    "\\b(?:no need|don't need|do not need|doesn't need|does not need|needn't|not necessary|no reason|nothing)\\s+(?:\\w+\\s+){0,2}(?:to\\s+)?(?:avoid|stop|wait|worry|cut out|restrict|skip|abstain|give up|change)",
    '\\bno (?:\\w+\\s+)?(?:restrictions?|dietary restrictions?)\\b',
    "\\b(?:does not|doesn't|do not|don't|won't|will not|wouldn't)\\s+(?:\\w+\\s+)?(?:interact|affect|react|matter|cause (?:any )?(?:problems?|issues?|a reaction))\\b",
    '\\bno (?:\\w+\\s+){0,2}(?:interactions?|reactions?|problems?)\\b',
    "\\b(?:isn't|is not|aren't|are not) (?:a |any )?(?:problem|issue|concern)\\b",
    '(?:不用|不必|无需|无须|不需要|没必要|用不着)[^，。；,;]{0,6}?(?:避开|避免|忌|戒|停|等|担心|顾虑|特意|刻意|限制)',
    '不会[^，。；,;]{0,8}?(?:反应|影响|冲突|相互作用|有事|有问题)',
    '(?:无|没有|不存在)(?:任何|什么|明显的?)?[^，。；,;]{0,4}?(?:相互作用|冲突|影响|禁忌|问题)',
  ].join('|'),
  'giu',
);

/** A permission, recommendation or favourable evaluation of the act. */
const PERMIT = new RegExp(
  [
    '\\b(?:can|may|could)\\s+(?:still\\s+|safely\\s+|also\\s+|just\\s+|certainly\\s+)?(?:take|use|give|have|drink|eat|continue|keep|try|start|get|ask for|go ahead|enjoy)\\b',
    '\\b(?:is|are|was|be|will be|would be|should be)\\s+(?:\\w+\\s+)?(?:fine|ok|okay|safe|harmless|allowed|suitable|appropriate|acceptable)\\b',
    "\\b(?:it's|that's|they're)\\s+(?:\\w+\\s+)?(?:fine|ok|okay|safe)\\b",
    '\\b(?:fine|ok|okay|safe) (?:to|alongside|with|together|in moderation|as long as)\\b',
    '\\b(?:best|safest|good|great|ideal|preferred|first-line|better|excellent)\\s+(?:\\w+\\s+){0,2}?(?:option|choice|thing|way|painkiller|pain reliever|antibiotic|medicine|medication|treatment|drug|remedy|bet)s?\\b',
    '\\bdrug of choice\\b',
    // A benefit told with a modal recommends the act ("honey can soothe the cough", "可以缓解咳嗽").
    '\\b(?:can|may|will)\\s+(?:really\\s+|also\\s+)?(?:help|soothe|relieve|ease|settle|calm)\\b',
    '\\bworks? (?:well|best|better|fine)\\b',
    '\\brecommend(?:s|ed)?\\b',
    '^(?:please\\s+|just\\s+)?(?:give|take|use|try|start|have)\\b',
    '可以(?=[^，。；,;]{0,8}?(?:喝|吃|用|服|饮|选|给|试|继续|照常|同服|合用|口服|使用|应用|缓解|减轻|帮助|退烧|止咳|止痛)|[，。；,;!！]?$)',
    '(?<!不)能(?:喝|吃|用|服)',
    '没事|没关系|不要紧|无妨|没(?:有)?(?:什么)?问题|问题不大|不碍事|无碍|放心|安全|(?:最|很|比较)?(?:适合|合适)',
    '首选|推荐|建议[^，。；,;]{0,8}?(?:用|服|吃|喝|选|给)',
    '效果(?:很|最|比较|更)?(?:好|不错)',
    '照常|适量即可|就行',
  ].join('|'),
  'giu',
);

/** A prohibition or a warning about the act. */
const FORBID = new RegExp(
  [
    "\\b(?:avoid\\w*|don't|do not|never|must not|mustn't|should not|shouldn't|cannot|can't|not (?:be )?(?:safe|recommended|advised|suitable|allowed)|unsafe|dangerous|contraindicated|not allowed|refrain|abstain|steer clear|risks?|reactions?|interact\\w*|no alcohol|stop)\\b",
    '不要|(?<![特区分个告级类性差识鉴辨派])别|禁|忌|不能|不可|不宜|不应|切勿|勿|避免|避开|慎|不建议|不推荐|危险|风险|反应|戒|不行|不适合|不合适|不安全',
  ].join('|'),
  'iu',
);

/** A permission negated where it stands ("not safe", "isn't fine", "不合适", "并不推荐"). */
const NEGATED_HERE =
  /(?:不|没有?|未|非|别|勿|无法)(?:太|很|是|一定|那么|十分|完全|算|建议)?\s*$|(?:\b(?:not|never|no|hardly)\b|n't\b)(?:\s+(?:\w+|be))?(?:\s+(?:very|really|generally|usually|always|necessarily|considered|a|the|an|be))?\s*$/iu;

/** Only after a time from now or from the last dose: nothing is permitted during the course. */
const AFTER_ONLY =
  /\b(?:after (?:finishing|completing|stopping|you (?:finish|complete|stop))|(?:\d+|one|two|three|four|a few|several)\s*(?:hours?|days?|weeks?|months?) after|after (?:the|your) (?:last|final) (?:dose|capsule|tablet|pill|injection)|(?:wait|not) until|wait|once (?:you(?:'ve| have)? )?(?:finish|complete|stop)\w*)\b|(?:停药|疗程结束|用药结束|最后一[次剂]|吃完药?)(?:以|之)?后(?![^，。；,;]{0,8}内)|(?:\d+|[一二三四五六七八九十两半]+)\s*个?(?:小时|天|日|周|星期)(?:以上)?(?:以|之)?后|(?:喝酒|饮酒|酒)(?:以|之)?后\s*(?:\d+|[一二三四五六七八九十两半]+)\s*个?(?:小时|天|日|周)|等到|才(?:可以|能)/iu;
const DURING = /\b(?:while|during|whilst|on (?:this|the|these|it|them|your)|alongside|with)\b|期间|同时|正在|的时候|之内|内/iu;

/** Reported speech or a question: the clause asserts nothing. */
const NOT_ASSERTED =
  /[?？]\s*$|\b(?:some (?:people|say)|myths?|people (?:think|believe|say)|it is (?:often )?said|you may have heard)\b|有人(?:说|认为)|说法|误区|以为/iu;

/** The clause's stance on the act it names (pure). */
export function clauseStance(clause: string): Stance {
  if (NOT_ASSERTED.test(clause)) return 'none';
  const denied = [...clause.matchAll(DENIED_PROHIBITION)];
  let rest = clause;
  for (const m of denied) rest = rest.replace(m[0], ' '.repeat(m[0].length));
  if (FORBID.test(rest)) return 'forbid';
  let permitted = denied.length > 0;
  for (const m of rest.matchAll(PERMIT)) {
    if (NEGATED_HERE.test(rest.slice(Math.max(0, (m.index ?? 0) - 24), m.index))) return 'forbid';
    permitted = true;
  }
  if (!permitted) return 'none';
  if (AFTER_ONLY.test(clause) && !DURING.test(clause)) return 'none';
  return 'permit';
}
