// Session 25: a reply in traditional script or Cantonese, and its options, are read in core's one reading form
// (han-variants.ts commitmentReadingForm) before any reader sees them, so the simplified-Mandarin lexicons read 故C錯,
// 皆正確, 首選, 答案係, 我揀 and the Cantonese negations 唔得/唔係/唔好 as they read 错, 正确, 首选, 答案是, 我选, 不行/不是/不要.
// Rows from bench/extract-s25-reading-form-probes.jsonl; the no-credit half are negations, hedges, questions, third
// parties and conditionals that must stay unanswered (before this change several were read only because the script hid
// the negation's word, e.g. 維拉帕米係唔得嘅 → D).
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const se = { A: '劳拉西泮', B: '苯妥英钠', C: '丙戊酸钠', D: '左乙拉西坦' };
const dig = { A: '胺碘酮', B: '苯妥英钠', C: '普罗帕酮', D: '维拉帕米', E: '利多卡因' };
const digTrad = { A: '胺碘酮', B: '苯妥英鈉', C: '普羅帕酮', D: '維拉帕米', E: '利多卡因' };
const ape = { A: '氢氯噻嗪口服', B: '乙酰唑胺静脉注射', C: '螺内酯口服', D: '呋塞米静脉注射' };
const dkaTrad = { A: '庫斯莫爾呼吸', B: '呼氣帶有水果味', C: '代謝性鹼中毒', D: '明顯脫水', E: '腹痛、噁心嘔吐' };
// The item's question, as the verifier passes it: without one a reply's rejections may be its answer (final-answer.ts).
const questions = new Map<Record<string, string>, string>([
  [dig, '洋地黄中毒引起的快速性室性心律失常，首选的治疗药物是'],
  [digTrad, '洋地黄中毒引起的快速性室性心律失常，首选的治疗药物是'],
  [se, '癫痫持续状态首选的药物是'],
]);
const read = (out: string, options: Record<string, string>, multi = false) => readChoiceAnswer(out, { options, multi, question: questions.get(options) }).value;

describe('traditional script and Cantonese are read as the lexicons are written', () => {
  it.each([
    ['首選勞拉西泮。', se, false, 'A'],
    ['應該用呋塞米靜脈注射啦。', ape, false, 'D'],
    ['DKA 是高陰離子間隙代謝性酸中毒，不是鹼中毒，故C錯。A、B、D及E皆正確。', dkaTrad, true, 'ABDE'],
    ['C錯，其餘都正確。', dkaTrad, true, 'ABDE'],
    ['呢題答案係D。', ape, false, 'D'],
    ['唔係D，係B。', dig, false, 'B'],
    ['唔好揀C，應該揀A。', se, false, 'A'],
    ['我唔揀B，揀C。', se, false, 'C'],
    ['B係錯嘅，應該揀A。', se, false, 'A'],
    ['呢個關係到劑量，答案係B。', digTrad, false, 'B'],
  ] as const)('%s → %s', (out, options, multi, want) => expect(read(out, options, multi)).toBe(want));

  it.each([
    ['維拉帕米係唔得嘅，會加重傳導阻滯。', dig],
    ['維拉帕米唔得，會加重傳導阻滯。', dig],
    ['維拉帕米唔好用。', dig],
    ['維拉帕米唔係首選。', dig],
    ['首選唔係D。', dig],
    ['A定係B，我唔肯定。', se],
    ['答案係A定B？', se],
    ['上次個醫生揀咗A，我未決定。', se],
    ['冇一個選項係啱嘅。', se],
    ['答案係A，跟住D，唔確定次序。', se],
    ['我覺得係B，但係唔肯定。', se],
    ['我觉得是B，但不肯定。', se],
    ['B係錯嘅。', se],
  ] as const)('%s → no answer', (out, options) => expect(read(out, options)).toBeNull());

  it('a rejection alone answers nothing on a multi-answer item', () => expect(read('故C錯。', dkaTrad, true)).toBeNull());
});
