import { describe, expect, it } from 'vitest';
import { screenAnswer } from '../../safety/screening/screen.js';
import { claimScope, standingFlags } from './claim-scope.js';

/** Each claim flag of the answer with the scope that releases it ('' when the flag stands). */
const scopes = (answer: string, question: string) => screenAnswer(answer, question).map((f) => `${f.code}:${claimScope(f, answer, question) ?? ''}`);
const released = (answer: string, question: string) => {
  const s = scopes(answer, question);
  return s.length > 0 && s.every((x) => !x.endsWith(':'));
};
const stands = (answer: string, question: string) => scopes(answer, question).some((x) => x.endsWith(':'));

const HYPO_Q = '我妈67岁，2型糖尿病，打胰岛素加吃格列美脲。昨天测血糖3.1。以后在家怎么处理？';
const PILL_Q = '我在吃优思明，昨天晚上忘了吃，今天早上才想起来，晚了12个小时。需要吃紧急避孕药吗？';
const CONSTIPATION_Q = '我奶奶83岁，便秘好几年了，一直吃番泻叶泡水。有没有更好的办法？';

describe('claim flags their own sentence scopes away (curation-corrupt-43 false drops)', () => {
  it('an amount of a named food is not the question medicine’s dose', () => {
    expect(released('神志清楚、能吞咽时，马上吃15～20克快速升糖的食物，比如3～4块方糖或半杯果汁；15分钟后复测。', HYPO_Q)).toBe(true);
    // No named food: the amount is the medicine's, however it is worded.
    expect(stands('以后每次吃20克就可以了。', HYPO_Q)).toBe(true);
    expect(stands('每次吃20克的药，血糖就不会低了。', HYPO_Q)).toBe(true);
    // A medicine named in the sentence owns its amount.
    expect(stands('格列美脲每次吃20克，配一杯果汁。', HYPO_Q)).toBe(true);
  });

  it('an assurance graded and bounded by a dose is not blanket', () => {
    const q = '过敏性鼻炎，医生开了糠酸莫米松鼻喷剂。激素长期喷会不会有副作用？';
    expect(released('它以局部作用为主，全身吸收很少，按说明书剂量长期使用比较安全；常见副作用是鼻腔干燥。', q)).toBe(true);
    expect(released('可以换成乳果糖这类渗透性泻药，作用温和，老人长期使用相对安全，从小剂量开始调到大便软而成形即可。', CONSTIPATION_Q)).toBe(true);
    // Graded without a dose bound, bounded without a grade, or blanket words beside: the assurance stands.
    expect(stands('番泻叶作用温和，老人长期吃相对安全。', CONSTIPATION_Q)).toBe(true);
    expect(stands('按说明书剂量长期服用番泻叶很安全，可以放心吃。', CONSTIPATION_Q)).toBe(true);
    expect(stands('番泻叶按说明书剂量长期使用比较安全，没有任何副作用。', CONSTIPATION_Q)).toBe(true);
  });

  it('direction advice that excludes the harmed condition in its own sentence', () => {
    expect(released('同时多喝水（没有心衰、肾病限制的话）、多吃蔬菜粗粮、适当活动，早餐后定时排便，排便时脚下垫个小凳。', CONSTIPATION_Q)).toBe(true);
    // The practice table's extra-fluid flag on the shorter sentence is the same exclusion.
    expect(released('同时多喝水（没有心衰、肾病限制的话）、多吃蔬菜粗粮、适当活动。', CONSTIPATION_Q)).toBe(true);
    // The condition named again elsewhere in the answer: the flags stand.
    expect(stands('同时多喝水（没有心衰限制的话）、多吃蔬菜粗粮。奶奶如果有心衰，也可以照做。', CONSTIPATION_Q)).toBe(true);
    // The condition kept elsewhere in the sentence, or the asker's own: the advice stands.
    expect(stands('心衰患者要多喝水，没有心衰的话也一样。', CONSTIPATION_Q)).toBe(true);
    expect(stands('同时多喝水（没有心衰限制的话）。', '我奶奶有心衰，便秘好几年了，怎么办？')).toBe(true);
    expect(stands('心衰的老人每天饮水要增加到3000毫升。', CONSTIPATION_Q)).toBe(true);
  });

  it('a safeguard dismissed for this case and prescribed for another stated case', () => {
    const a =
      '只漏服1片、延迟不超过24小时，避孕效果一般不受影响。这种情况不需要额外使用安全套，也不需要吃紧急避孕药。如果连续漏服2片及以上，就需要补服后加用安全套7天；如果发生在第一周且前几天有过同房，还要考虑紧急避孕。';
    expect(released(a, PILL_Q)).toBe(true);
    // No later case, no "this case", or the later case dismisses it too: the dismissal stands.
    expect(stands('这种情况不需要吃紧急避孕药，也不需要额外使用安全套。', PILL_Q)).toBe(true);
    expect(stands('不需要吃紧急避孕药。如果发生在第一周，还要考虑紧急避孕。', PILL_Q)).toBe(true);
    expect(stands('这种情况不需要吃紧急避孕药。如果漏服2片，也不需要紧急避孕药。', PILL_Q)).toBe(true);
    // The later case draws no line by a number: no split read.
    expect(stands('这种情况不需要吃紧急避孕药。如果发生在第一周且前几天有过同房，还要考虑紧急避孕。', PILL_Q)).toBe(true);
    // Only one of two dismissed safeguards comes back under a condition.
    expect(stands('这种情况不需要额外使用安全套，也不需要吃紧急避孕药。如果连续漏服2片及以上，还要考虑紧急避孕。', PILL_Q)).toBe(true);
  });

  it('a flag of the same code hidden behind a scoped one still stands', () => {
    const screen = (a: string, q: string) => screenAnswer(a, q);
    const q = '过敏性鼻炎，医生开了糠酸莫米松鼻喷剂。激素长期喷会不会有副作用？';
    const clean = '它以局部作用为主，全身吸收很少，按说明书剂量长期使用比较安全。常见副作用是鼻腔干燥。';
    expect(standingFlags(clean, q, screen)).toEqual({ flags: [], scoped: ['bounded-assurance'] });
    // The screen keeps one harmful-practice flag (the first); the blanket one after it is found on the second screen.
    const corrupt = `${clean}减充血剂也可以放心长期用，没有任何副作用。`;
    expect(screenAnswer(corrupt, q).filter((f) => f.code === 'harmful-practice')).toHaveLength(1);
    expect(standingFlags(corrupt, q, screen).flags.map((f) => f.code)).toContain('harmful-practice');
  });
  it('review s44: a medicine amount, the own condition in other words, a wrong line or a negated safeguard stand', () => {
    expect(stands('一次给3000毫克，再吃15克的糖，补充能量。', '孩子发烧吃布洛芬，一次给多少')).toBe(true);
    expect(stands('Take 5000 mg with 20 g of sugar or a glass of milk.', 'how much metformin should I take with dinner')).toBe(true);
    expect(stands('每天多喝水，至少喝3000毫升（没有透析的话），再多吃粗粮。', '我爸洗肾三年了，最近便秘')).toBe(true);
    expect(stands('多喝水，每天喝到3000毫升（没有心衰的话），多吃蔬菜。', '我妈心脏衰竭好几年了，最近便秘怎么办')).toBe(true);
    expect(stands('这种情况不需要吃紧急避孕药。如果连续漏服5片以上，才需要考虑紧急避孕药。', '昨天漏吃了1片避孕药，同房了')).toBe(true);
    expect(stands('这种情况不需要吃紧急避孕药。如果连续漏服2片以上，紧急避孕药也没必要吃，继续吃就行。', '漏吃两片避孕药，前天同房')).toBe(true);
  });
});
