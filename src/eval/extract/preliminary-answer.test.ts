import { describe, expect, it } from 'vitest';
import { letterContext, readChoiceAnswer } from './final-answer.js';
import { preliminaryAnswer } from './preliminary-answer.js';

// Session 43: a first answer the reply itself labels preliminary, replaced by a slot labelled final
// (preliminary-answer.ts). Replies of extract-aw (xaw-041), extract-an (xan-010), extract-ad (xad-114) and look-alikes
// from bench/extract-s43-self-probes.jsonl.
const labour = { A: '从规律宫缩开始到宫口开全', B: '从宫口开全到胎儿娩出', C: '从胎儿娩出到胎盘娩出', D: '胎盘娩出后2小时内' };
const warfarin = { A: '利福平', B: '胺碘酮', C: '氟康唑', D: '卡马西平', E: '甲硝唑' };
const ppi = { A: 'Ranitidine', B: 'Omeprazole', C: 'Sucralfate', D: 'Misoprostol' };
const read = (reply: string, options: Record<string, string>, multi = false) => readChoiceAnswer(reply, { options, multi });

describe('a preliminary answer slot replaced by a final one', () => {
  it('credits the final slot when both are labelled slots opening their lines (xaw-041, xan-010, xad-114)', () => {
    const xaw041 =
      '初步答案：B\n\n再核对一下产程的划分：第一产程是宫颈扩张期，第二产程……我记得教材上把胎儿娩出之后到胎盘娩出称为第二产程，也就是胎盘娩出期，而宫口开全到胎儿娩出属于第一产程的活跃期末段。\n\n最终答案：C';
    expect(read(xaw041, labour)).toMatchObject({ value: 'C', status: 'ok' });
    const xan010 =
      '初步答案：A、C\n\n再检查一遍：利福平和卡马西平是肝药酶诱导剂，会减弱华法林作用，不选；氟康唑抑制CYP2C9，会显著增强华法林作用，之前漏了。\n\n最终答案：ACE';
    expect(read(xan010, { A: '胺碘酮', B: '利福平', C: '甲硝唑', D: '卡马西平', E: '氟康唑' }, true)).toMatchObject({ value: 'ACE', status: 'ok' });
    expect(read('Preliminary answer: A\n\nRe-checking: ranitidine is reversible.\n\nFinal answer: B', ppi)).toMatchObject({ value: 'B' });
    expect(read('Tentative answer: (C)\n\nNo — sucralfate coats the ulcer base.\n\nFinal answer: (B)', ppi).value).toBe('B');
  });

  it('blanks only the preliminary sentence, and keeps a gloss in brackets out of its letters', () => {
    const text = '初步答案：A（肠套叠需要解除梗阻）。\n\n复核：首选空气灌肠复位。\n\n最终答案：B';
    const form = preliminaryAnswer(text, letterContext({ options: { A: '手术', B: '空气灌肠复位', C: '观察', D: '抗生素' } }));
    expect(form).toMatchObject({ from: 0, final: 'B' });
    expect(text.slice(form?.from, form?.to)).toBe('初步答案：A（肠套叠需要解除梗阻）。');
  });

  it('reads nothing new when the final slot hedges, asks, is conditioned, is followed by anything, or is not alone', () => {
    expect(read('Preliminary answer: A\n\nI am torn.\n\nFinal answer: B or A', ppi).value).toBeNull();
    // A final slot that asks is no form (an older reader still takes the first slot here: s43-l02, unchanged from START).
    expect(preliminaryAnswer('Initial answer: A\n\nHmm, maybe the PPI instead?\n\nFinal answer: B?', letterContext({ options: ppi }))).toBeNull();
    expect(read('Initial answer: B\n\nFinal answer: C if the patient is pregnant, otherwise B.', ppi).value).toBeNull();
    expect(read('Initial answer: A\n\nFinal answer: B\n\nFinal answer: C', ppi).value).toBeNull();
    expect(read('Initial answer: A\n\nBoth protect the stomach.\n\nFinal answer: B, D', ppi).value).toBeNull();
    expect(read('Preliminary answer: B\n\nThe best-known one is not listed.\n\nFinal answer: E', ppi).value).toBeNull();
    const dm = { A: '格列本脲', B: '二甲双胍', C: '阿卡波糖', D: '吡格列酮' };
    expect(read('初步答案：B\n\n复核：若肾功能不全则不能用二甲双胍。\n\n最终答案：C（若eGFR<30）', dm).value).toBeNull();
    expect(read('初步答案：D\n\n再想想二甲双胍更合适。\n\n最终答案：B\n\n不过D也不能完全排除，我不太确定。', dm).value).toBeNull();
    // A correction after the final slot: the final slot is not credited (the own-retraction reader reads C, as at START).
    expect(read('初步答案：D\n\n最终答案：B\n\n等等，不对，应该是C。', dm).value).not.toBe('B');
    // A final slot led in by a condition: a line ending on a colon, or a last sentence that sets one.
    expect(read('Initial answer: B\n\nIf she is pregnant, though:\nFinal answer: D', ppi).value).toBeNull();
    expect(read('Initial answer: B\n\nIf she were pregnant the choice would differ.\nFinal answer: D', ppi).value).toBeNull();
    expect(read('初步答案：B\n\n若患者肾功能不全，则不同。\n最终答案：C', dm).value).toBeNull();
    expect(read('初步答案：B\n\n对于肾功能不全者：\n最终答案：C', dm).value).toBeNull();
    // Review s43: a case scope anywhere between the slots, a question between them, or slots quoted after a colon lead-in.
    expect(read('Initial answer: A\n\nThat is for a non-pregnant adult. For pregnant women it is different.\nFinal answer: D', ppi).value).toBeNull();
    expect(read('Initial answer: A\n\nIn pregnancy, however, things change.\nFinal answer: D', ppi).value).toBeNull();
    expect(read('初步答案：B\n\n孕妇则不同，要换药。\n最终答案：C', dm).value).toBeNull();
    expect(read('初步答案：B\n\n要是合并严重肾功能不全，就不一样了。\n最终答案：D', dm).value).toBeNull();
    expect(read('Initial answer: B\n\nPregnant? Then it changes.\nFinal answer: D', ppi).value).toBeNull();
    expect(read('I cannot answer without the figure. The required format would look like this:\nInitial answer: A\nFinal answer: B', ppi).value).toBeNull();
    // A bare 初步 is no label ("初步复苏包括…"), and a label inside a sentence is no slot.
    expect(preliminaryAnswer('初步复苏包括保暖。\n\n最终答案：B', letterContext({ options: warfarin }))).toBeNull();
    expect(preliminaryAnswer('I think the initial answer: A was wrong.\nFinal answer: B', letterContext({ options: ppi }))).toBeNull();
  });
});
