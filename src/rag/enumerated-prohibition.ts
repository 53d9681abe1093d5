// Session 42 (content #10): the scope of a Chinese prohibition over its enumeration. "不要自行停药、换药或调整剂量" and
// "不能代替降压药、降糖药或抗凝药" list the objects of ONE negated verb with the enumeration comma 、; the gate's clause split
// cuts the list at 、 and read "换药或调整剂量" / "降糖药" as free acts — a change permitted, a medicine named — so a page
// forbidding every change on one's own was held (p45-054, p45-074; the same form on 17 pages of older batches).
// Read by FORM, not by which change is named: an item after 、 that has no verb, agent, modal or replacement of its own
// is governed by the head clause's negated verb. Release-side, so every guard keeps an item that carries its own act
// (a permission, an immediacy, an agent, a replacement target, a folk product, a number, its own negator) read as before.

/** What the head clause's negated verb is: forbidding a change made alone, or forbidding a replacement of a treatment. */
export type ListHead = 'change' | 'replace';

// A change of a medicine as a verb-object compound ("停药", "减量", "调整剂量", "漏服", "加倍").
const CHANGE_ZH = /停|减|加量|加药|加服|加倍|换药|转药|换用|更换|调整|改变|漏服|断药|间断|中断|隔天/u;
const REPLACE_ZH = /代替|替代|取代/u;
// A prohibition or an inability said of the replacement ("不能代替", "不可替代", "无法取代", "切勿用…代替").
const NEGATED_REPLACE = /(?:不能|不可以|不可|无法|不应|不宜|不要|切勿|勿|别)[^，。；、]{0,12}?(?:代替|替代|取代)/u;
const PARTIAL = /完全|全部|彻底|百分|完整|马上|立刻|立即|一下子|长期|短期|暂时|单独|单靠|直接|一次|总是|永远/u;
// An agent of the change ("不要让医生给你加药", "帮你停药"): the head is then about someone else's act, not the reader's own.
const AGENT = /让|帮|替你|给你|由|找/u;
// What makes an item an act of its own: a permission or assurance, an immediacy, an agent, a replacement target, a folk
// product or seller, a count, or a negator of its own ("、不要物理降温").
const OWN_ACT =
  /可以|可|能|就行|即可|就好|没问题|没事|放心|安全|直接|马上|立即|立刻|一次|全部|让|帮|找|给|改用|换成|改为|改成|改喝|改吃|代替|替代|取代|茶|草本|胶囊|偏方|秘方|调理|食疗|针灸|拔罐|保健|本店|我们|\d|[一二两三四五六七八九十半]片|不|别|勿|没/u;
// A folk remedy or product: never the treatment a replacement is forbidden for, never the subject that "cannot replace" a
// medicine when it is itself a prescribed medicine.
const FOLK = /中药|中成药|草药|偏方|秘方|保健|食疗|饮食|运动|调理|茶|针灸|拔罐|按摩|锻炼/u;
// A treatment a replacement may be forbidden for.
const TREATMENT_ZH = /药|胰岛素|疫苗|化疗|放疗|靶向|透析|手术|治疗/u;
const JOINER = /^(?:或者|或是|或|和|以及|及|与|跟)/u;
const PIECES = /或者|或是|或|和|以及|及|与|跟|等/u;
const ITEM_MAX = 10;

/**
 * Is `c` a head whose negated verb can govern an enumeration after it: a prohibition (`prohibits`, the gate's own reading
 * of the clause) of a change of one's own, or any negated replacement of a treatment by something that is no prescribed
 * medicine ("保健品不能替代降糖药")? Chinese only: the enumeration comma is the form read.
 */
export function listHeadOf(c: string, prohibits: boolean, medicine: (t: string) => boolean): ListHead | undefined {
  if (!/\p{Script=Han}/u.test(c) || AGENT.test(c) || /\d/u.test(c)) return undefined;
  const neg = NEGATED_REPLACE.exec(c);
  // "不能完全代替", "不能长期替代": a degree or a time under the negator leaves a partial or a short replacement permitted.
  if (neg && PARTIAL.test(neg[0])) return undefined;
  // "能不能用中药代替激素？", "可不可以…": the A-not-A question asks, it negates nothing (p10-068).
  if (neg && (/[能可]$/u.test(c.slice(0, neg.index)) || /[?？吗]/u.test(c))) return undefined;
  if (neg) {
    const subject = c.slice(0, neg.index);
    const object = c.slice(neg.index + neg[0].length);
    const subjectOk = !medicine(subject) || FOLK.test(subject);
    return subjectOk && (TREATMENT_ZH.test(object) || medicine(object)) && !FOLK.test(object) ? 'replace' : undefined;
  }
  // A product of the page's own ("不要停用我们的降糖茶、减量") is no prescribed medicine kept: no list read under it.
  return prohibits && CHANGE_ZH.test(c) && !FOLK.test(c) && !/我们|本店/u.test(c) ? 'change' : undefined;
}

/** Is `item` (the clause after 、) governed by the head's negated verb: a bare list of changes, or of treatments? */
export function governedItem(head: ListHead, item: string): boolean {
  const body = item
    .trim()
    .replace(JOINER, '')
    .replace(/[。；;！!？?]+$/u, '');
  if (!body || OWN_ACT.test(body) || REPLACE_ZH.test(body)) return false;
  const pieces = body
    .split(PIECES)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0) return false;
  return pieces.every((p) => {
    if ([...p].length > ITEM_MAX) return false;
    if (head === 'change') return CHANGE_ZH.test(p);
    return TREATMENT_ZH.test(p) && !FOLK.test(p);
  });
}
