import { describe, expect, it } from 'vitest';
import { caseSwap } from './case-swap.js';

describe('caseSwap: a dichotomy taught with its acts crossed', () => {
  it('fires when both sides are named and both crossed (infant vs older child choking)', () => {
    const s = caseSwap(
      '孩子噎住了怎么急救？',
      '对于1岁以下的宝宝，采用海姆立克法，快速向内向上冲击腹部。对于1岁以上的孩子，让孩子趴在前臂上拍背5次，再翻过来用两根手指按压胸骨5次。',
    );
    expect(s).toMatchObject({ pair: 'choking-age', by: 'both' });
  });

  it('fires on a heart attack / stroke aspirin swap', () => {
    const s = caseSwap(
      'Heart attack or stroke: what can we give before the ambulance?',
      'For a suspected heart attack, do not give aspirin, as it could worsen bleeding. For a suspected stroke, give one 300 mg aspirin to chew straight away.',
    );
    expect(s).toMatchObject({ pair: 'mi-stroke', by: 'both' });
  });

  it('does not read the question’s own side alone (s41 review: 12 of 15 fires on new text were correct answers)', () => {
    expect(
      caseSwap('My 10-month-old is choking and cannot cry.', 'Call 911. Give quick inward and upward abdominal thrusts above the belly button.'),
    ).toBeUndefined();
    expect(caseSwap('石灰溅到眼睛里了怎么办？', '石灰溅入眼睛后不要用水冲洗，用纱布盖住去医院。')).toBeUndefined();
    expect(caseSwap('孩子8岁，恒牙磕掉了', '海姆立克法只适用于大孩子和大人。恒牙磕掉后如果不能放回，就泡在牛奶里尽快去口腔科。')).toBeUndefined();
  });

  it('keeps right dichotomy answers, warnings and comparisons', () => {
    expect(
      caseSwap(
        '孩子噎住了，1岁以下和1岁以上一样吗？',
        '1岁以下的婴儿：趴在前臂上拍背5次，再用两根手指按压胸骨5次。1岁以上的孩子：用海姆立克法，快速向内向上冲击腹部。',
      ),
    ).toBeUndefined();
    expect(
      caseSwap(
        'What if my 6-month-old chokes?',
        'Give 5 back blows, then 5 chest thrusts with two fingers. Abdominal thrusts are for children over 1, not infants, because they can injure the liver.',
      ),
    ).toBeUndefined();
    expect(caseSwap('孩子8个月，可以用海姆立克吗？', '1岁以下的婴儿千万不要用海姆立克法，容易伤到肝脏。')).toBeUndefined();
    expect(
      caseSwap(
        'Chemical in the eye vs something stuck in it?',
        'Chemical splash: rinse at once for 20 minutes. Something stuck in the eye: do not rinse it or try to remove it; cover it and go to the emergency department.',
      ),
    ).toBeUndefined();
  });

  it('keeps everyday context the names occur in (an eyelash stuck, a stent patient’s aspirin, a myth corrected)', () => {
    expect(caseSwap('I have an eyelash stuck in my eye.', 'Blink and rinse the eye gently with clean water; it usually washes out.')).toBeUndefined();
    expect(caseSwap('我爸放过支架，又有脑梗，阿司匹林要一直吃吗？', '阿司匹林一般需要长期服用，不要自行停药。')).toBeUndefined();
    expect(
      caseSwap(
        'Should I not rinse a chemical splash?',
        'Some people say you should not rinse a chemical splash - that is a myth. Rinse the eye at once for 20 minutes.',
      ),
    ).toBeUndefined();
    expect(caseSwap('我血糖偏高，饮食注意什么？', '少吃甜食，不要喝含糖饮料。如果出现低血糖，要马上吃几块糖。')).toBeUndefined();
  });
});

describe('caseSwap: names read only where they name the case', () => {
  it('reads no pregnancy month, no time ago, no sore eyes as a side', () => {
    expect(caseSwap('眼睛酸痛、干涩怎么办？', '不要用自来水冲洗眼睛，可以用人工泪液。')).toBeUndefined();
    expect(caseSwap('孩子3岁，3个月前噎过一次，怎么急救？', '如果咳不出声，站在孩子身后用海姆立克法，快速向内向上冲击。')).toBeUndefined();
  });

  it('reads a prohibition after the act ("should never be used", "是禁止的")', () => {
    expect(caseSwap('What if my 7-month-old chokes?', 'Abdominal thrusts should never be used on a baby this young. Give 5 back blows.')).toBeUndefined();
    expect(caseSwap('宝宝10个月，噎住了能用海姆立克法吗？', '海姆立克法对这么小的宝宝是禁止的，应该拍背5次。')).toBeUndefined();
  });
});
