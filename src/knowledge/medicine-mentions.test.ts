// The one molecule reader (medicine-mentions.ts): a brand, salt, dosage form or source word is the molecule; a stereo or
// chemical prefix of a class glued to a known name is another molecule, the same in English and Chinese.
import { describe, expect, it } from 'vitest';
import { moleculesNamed } from './medicine-mentions.js';

const one = (t: string) => [...moleculesNamed(t)];

describe('molecules a short text names', () => {
  it.each([
    ['Depakote', 'sodium valproate'],
    ['丙戊酸钠片', 'Epilim'],
    ['重组人胰岛素', '生物合成人胰岛素注射液'],
    ['左甲状腺素钠片', 'levothyroxine'],
    ['阿莫西林克拉维酸钾', '阿莫西林克拉维酸'],
    ['头孢曲松钠', 'ceftriaxone'],
    ['Keppra', '开浦兰'],
    ['Valium', '安定'],
    ['noradrenaline', '去甲肾上腺素'],
    ['norepinephrine', '去甲腎上腺素'],
    ['肝素钠', '肝素'],
  ])('%s is %s', (a, b) => expect(one(a)).toEqual(one(b)));

  it.each([
    ['氧氟沙星', '左氧氟沙星'],
    ['adrenaline', 'noradrenaline'],
    ['肾上腺素', '异丙肾上腺素'],
    ['omeprazole', 'esomeprazole'],
    ['citalopram', 'escitalopram'],
    ['阿莫西林', '阿莫西林克拉维酸'],
    ['phenytoin', 'fosphenytoin'],
  ])('%s is not %s', (a, b) => {
    expect(one(a)).toHaveLength(1);
    expect(one(b)).toHaveLength(1);
    expect(one(a)).not.toEqual(one(b));
  });

  it('reads an English name only as a whole word', () => {
    expect(one('the answer is lorazepam')).toHaveLength(1);
    expect(one('heparinoid-like xyzheparin')).toEqual([]);
    expect(one('oxygen and fluids')).toEqual([]);
  });
});
