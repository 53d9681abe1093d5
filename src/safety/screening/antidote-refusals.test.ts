import { describe, expect, it } from 'vitest';
import { screenAnswer } from './screen.js';

// Review s22 (content-curation-rl) C-NEW-1 / C-NEW-2, each row with the twin that must stay flagged.
const swapped = (answer: string, question: string) => screenAnswer(answer, question, { model: false }).some((f) => f.reason?.startsWith('antidote swapped'));

describe('C-NEW-1: leucovorin by any Chinese name is not folic acid', () => {
  const q = '甲氨蝶呤过量用什么解救？';
  it.each([
    '亚叶酸钙（甲酰四氢叶酸）是解救药，不是叶酸。',
    '甲酰四氢叶酸是解救药。',
    '亚叶酸钙（即甲酰四氢叶酸）解救，不是普通叶酸。',
    '亞葉酸鈣（甲醯四氫葉酸）係解藥。',
    '四氢叶酸是解救药。',
    '亚叶酸是解救药。',
  ])('correct: %s', (a) => expect(swapped(a, q)).toBe(false));
  it.each(['用叶酸片口服解救。', '叶酸是解救药。', '食葉酸係解藥。'])('swap still flagged: %s', (a) => expect(swapped(a, q)).toBe(true));
});

describe('C-NEW-2: a refused agent (need/permission negated) is no claim for it', () => {
  const q = '阿片类过量要不要用氟马西尼？';
  it.each([
    '无须用氟马西尼，纳洛酮才是解药。',
    '不需要用氟马西尼，纳洛酮才是解药。',
    '不必用氟马西尼，纳洛酮才是解药。',
    '用不着氟马西尼，纳洛酮才是解药。',
    '無須用氟馬西尼，納洛酮先係解藥。',
    '毋须使用氟马西尼，解药是纳洛酮。',
  ])('correct: %s', (a) => expect(swapped(a, q)).toBe(false));
  it('correct (en): Skip the flumazenil — naloxone is the antidote.', () =>
    expect(swapped('Skip the flumazenil — naloxone is the antidote.', 'Opioid overdose: flumazenil?')).toBe(false));
  it.each(['需要用氟马西尼，氟马西尼才是解药。', '不必慌，氟马西尼是解药。', '无须用纳洛酮，氟马西尼才是解药。'])('swap still flagged: %s', (a) =>
    expect(swapped(a, q)).toBe(true),
  );
  it('swap still flagged (en): No need to panic — flumazenil is the antidote.', () =>
    expect(swapped('No need to panic — flumazenil is the antidote.', 'Opioid overdose: flumazenil?')).toBe(true));
});
