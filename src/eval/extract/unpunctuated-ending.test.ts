// Session 17: a reply that ends without a full stop is cut off only when it stops where a sentence cannot end (clause
// punctuation, an English function word, an option label); a casual reply ("so B obv") is read by its letters only, and a
// Chinese reply ending on a character only by a letter committed in an earlier, complete sentence. A walk's conclusion in a
// paragraph of its own, or naming an option the walk passed, is no walk item; a clause naming an option by part of its
// words after another option's modifier ("oral vancomycin") names neither. Sentences of our own, not from any batch; the
// no-credit half are truncations, hedges and look-alikes in the shapes these changes release.
import { describe, expect, it } from 'vitest';
import { readChoiceAnswer } from './final-answer.js';

const en = { A: 'Acetaminophen', B: 'Stop carbimazole and start IV antibiotics', C: 'Dantrolene', D: 'Bromocriptine', E: 'Cyproheptadine' };
const vanc = { A: 'Intravenous metronidazole', B: 'Oral clindamycin', C: 'Intravenous vancomycin', D: 'Oral ciprofloxacin', E: 'Oral fidaxomicin' };
const zh = { A: '粉红色泡沫痰', B: '铁锈色痰', C: '砖红色胶冻样痰', D: '果酱样痰', E: '大量脓臭痰' };
const read = (out: string, options: Record<string, string>, multi = false) => readChoiceAnswer(out, { options, multi }).value;

describe('casual endings are answers', () => {
  it.each([
    ['lol classic agranulocytosis. STOP the drug. so B obv', en, 'B'],
    ['MRSA needs vanc.\n\n→ Pick: B) vancomycin', en, 'B'],
    ['so i think its option C because it works on the ryanodine receptor in the muscle', en, 'C'],
    ['这题选B啊，老考点了。顺便记一下其他几个：粉红泡沫痰→急性左心衰', zh, 'B'],
  ] as const)('%s', (out, options, want) => expect(read(out, options)).toBe(want));
});

describe("a walk's conclusion is no walk item", () => {
  it('in a paragraph of its own', () => {
    expect(read('Eliminate:\nA — sulfonylureas\nB — TZDs\nC — gliptins\nE — flozins\n\nWhat remains is D.', en)).toBe('D');
  });
  it('naming an option the walk already passed', () => {
    const rows = '| | fits |\n|---|---|\n| A | no |\n| B | yes |\n| C | no |\n| D | no |\n| E | no |';
    expect(read(`${rows}\n\nBacterial meningitis → option B.`, en)).toBe('B');
  });
  it('the last item of a walk still commits to nothing', () => {
    expect(read('Scores:\nA — 3\nB — 2\nC — 4\nD — 9', en)).toBeNull();
  });
});

describe('truncations, hedges and look-alikes stay unanswered', () => {
  it.each([
    ['Let us go through: A. X — ✓ classic.\nB. Y — ✓ known.\nC. Z — causes the opposite picture. So', en, true],
    ['I was thinking B at first but the presenta', en, false],
    ['I was leaning towards B because the pati', en, false],
    ['I was thinking B at first but the presentation', en, false],
    ['Let me think. A is wrong, C is wrong. B is tempting but', en, false],
    ['B is tempting, though the answer is', en, false],
    ['Going through them: A — no. B — yes. C — no. D — hmm, that one is', en, false],
    ['| Option | Assessment |\n|---|---|\n| A | Delays treatment — ✗ |\n| B | Immediate', en, false],
    ['The answer could be B or C honestly idk', en, false],
    ['maybe B tbh', en, false],
    ['B or D, cant decide lol', en, false],
    ['not B obv', en, false],
    ['A and C obv', en, false],
    ['Hmm B? or C? not sure tbh', en, false],
    ['so its B obv, or maybe C', en, false],
    ['If it were a child I would go B but for adults idk', en, false],
    ['B looks right but honestly I cannot decide between B and D', en, false],
    ['A is out. C is out. so B or D really', en, false],
    ['its B if shes pregnant otherwise D lol', en, false],
    ['The answer is B. Wait, actually maybe it is D, I am not sure about th', en, false],
    ['逐项分析：\nA项：血红蛋白降低，这一项', zh, false],
    ['逐项看：青霉素过敏性休克是最典型的Ⅰ型。接下来看B，新生儿溶血症', zh, true],
    ['A项：错误。\nB项：正确。\nC项：需要结合', zh, true],
    ['这题选B吧？不太确定', zh, false],
    ['这题我觉得是B或者C', zh, false],
    ['答案可能是B，但是也可能', zh, false],
    ['我选B，不过C也不能排除吧', zh, false],
    ['A不对，C不对，剩下B和D都有可能', zh, false],
    ['Answer: Oral vancomycin', vanc, false],
    ['Answer: Oral vancomycin.', vanc, false],
    ['The drug of choice is oral vancomycin.', vanc, false],
  ] as const)('%s', (out, options, multi) => expect(read(out, options, multi)).toBeNull());
  it('the option said with all its words is still read', () => {
    const jaundice = {
      A: 'Biliary atresia',
      B: 'Congenital hypothyroidism',
      C: 'Rhesus haemolytic disease',
      D: 'Physiological jaundice',
      E: 'Neonatal hepatitis',
    };
    expect(read('Thriving, day 4, unconjugated bilirubin below thresholds.\n\nSo after rechecking: it is physiological neonatal jaundice.', jaundice)).toBe(
      'D',
    );
  });
});

// After READY, own adversarial probes: read from prose alone, a clause that only says an option could be right, or a choice
// told of others, committed the writer at the session start ("B could be right." → B, "Everyone says B lol." → B).
describe('a possibility or a choice told of others is no answer', () => {
  it.each([
    ['B could be right.', en],
    ['B might be it', en],
    ['B might be it.', en],
    ['Everyone says B lol.', en],
    ['people usually pick B here, which is a trap.', en],
    ['Most students choose B', en],
    ['大家都选B。', zh],
    ['很多人会选B', zh],
  ] as const)('%s', (out, options) => expect(read(out, options)).toBeNull());
  it.each([
    ['Many people pick B, but the answer is C.', en, 'C'],
    ['有人选B，但正确答案是C。', zh, 'C'],
    ['B, which could be given IV.', en, 'B'],
    ['B; the fever might be central.', en, 'B'],
    ['So B.', en, 'B'],
  ] as const)('%s', (out, options, want) => expect(read(out, options)).toBe(want));
});

// After READY, own probes: a walk cut on one of its own lines without a full stop had its earlier verdict credited
// (walkCutOff). The same walk with every verdict given is still read.
describe('a walk cut on its own line is no answer', () => {
  const ascites = { A: 'Cirrhosis', B: 'Congestive heart failure', C: 'Nephrotic syndrome', D: 'Budd-Chiari syndrome', E: 'Peritoneal carcinomatosis' };
  const walk = 'A. wrong.\nB. correct — classic presentation.\nC. wrong.\nD. this one is also consistent with the clinical';
  it.each([
    [walk, true],
    [walk, false],
    ['A ✓\nB ✓\nC ✗\nD ✓ since hepatic outflow obstruction raises sinusoidal', true],
  ] as const)('%s (multi %s)', (out, multi) => expect(read(out, ascites, multi)).toBeNull());
  it('every verdict given in a table is read', () => {
    expect(read('| Option | Verdict |\n|---|---|\n| A | yes |\n| B | yes |\n| C | no |\n| D | yes |\n| E | no |', ascites, true)).toBe('ABD');
  });
});

// After READY, own probes: a reply without a full stop that turned away from its letter (a contrast after it) was cut while
// changing its mind; "搞不清" after a letter is doubt ("我觉得是B。但是老师说是C。我也搞不清" was credited B at the start).
describe('a turn away before the stop, or doubt after the letter, is no answer', () => {
  it.each([
    ['一开始想选B。但仔细看题干，应该考虑', zh],
    ['我觉得是B。但是老师说是C。我也搞不清', zh],
    ['Initially B. But reconsidering the muscle rigidity, the better answer would be', en],
  ] as const)('%s', (out, options) => expect(read(out, options)).toBeNull());
});
