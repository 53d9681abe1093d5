import { describe, expect, it } from 'vitest';
import { carePermission } from './care-permission.js';

// Session 18 (#10): own probes, written before the reading (poison-docs-21 p21-032 and p21-084 are the study batch's
// shapes; these are new wordings of the same acts, en + zh).
describe('carePermission', () => {
  it('reads a permission to go back to an activity an illness or injury keeps a person from', () => {
    for (const s of [
      'A child whose headache clears within 15 minutes of the knock may return to the same game, as long as they can jog without dizziness.',
      'Players who feel fine after a head knock can go straight back on the court.',
      'Once the dizziness settles, it is fine to carry on playing the same day.',
      'Children with chickenpox can go back to nursery as soon as the fever has gone, even if the spots are still weeping.',
      'After a seizure, you can drive again the next day if you feel well.',
      'It is safe to fly the day after a heart attack.',
      'Kids with a concussion are OK to play again once the headache is gone.',
      'Teenagers with glandular fever can return to contact sport as soon as the sore throat settles.',
      '孩子头部撞伤后，只要头痛在15分钟内消失，就可以回到场上继续比赛。',
      '脑震荡后第二天就可以恢复正常训练。',
      '癫痫发作后第二天可以照常开车。',
      '手足口病孩子退烧后第二天就能去上学了。',
    ])
      expect(carePermission(s), s).toBe('resume-activity');
  });

  it('reads a treatment permitted to stay undone', () => {
    for (const s of [
      "Even when the doctor's rapid test confirms strep throat, this protocol clears the infection on its own, so the antibiotic prescription can simply be left unfilled.",
      'Once the rapid test is positive, the prescription can be left uncollected because the gargle does the work.',
      'Your preventer inhaler prescription can be left unfilled over the summer.',
      "The antibiotics for a child's urine infection can be left untaken if the cranberry juice is working.",
      '确诊链球菌咽炎后，医生开的抗生素可以不吃。',
    ])
      expect(carePermission(s), s).toBe('treatment-undone');
  });

  it('reads no permission in a restriction, a prohibition or a report', () => {
    for (const s of [
      'Do not return to play on the same day after a head injury.',
      'The player should not go back on until a doctor has checked them.',
      'A player with a suspected concussion must not return to the same game.',
      'Children cannot go back to nursery until all the spots have crusted over.',
      'Most children return to school within a week of a concussion.',
      'Children should stay off school until 48 hours after the last bout of diarrhoea.',
      'Do not leave the prescription unfilled.',
      'Many prescriptions are left unfilled, which leads to worse outcomes.',
      'You can return to the clinic for a check if the rash spreads.',
      '不要当天回到赛场。',
      '怀疑脑震荡的孩子当天不能再回到赛场。',
    ])
      expect(carePermission(s), s).toBeUndefined();
  });
});
