import { describe, expect, it } from 'vitest';
import { agentRouteConflict, agentRoutes } from './test-agent-route.js';
import { nameContradictsGold } from './test-name-gloss.js';
import { verifyTestOrder } from './test-order.js';

const acc = (gold: string, answer: string) => verifyTestOrder(JSON.stringify({ tests: [answer] }), { tests: [gold] }, {}).acc;

describe('the route of a challenge test’s agent (#18, s43)', () => {
  it('reads a route word before a challenge word, or the abbreviation; the name outside brackets decides', () => {
    expect(agentRoutes('口服葡萄糖耐量试验')).toEqual(['oral']);
    expect(agentRoutes('静脉葡萄糖耐量试验')).toEqual(['intravenous']);
    expect(agentRoutes('Intravenous glucose tolerance test')).toEqual(['intravenous']);
    expect(agentRoutes('IVGTT')).toEqual(['intravenous']);
    expect(agentRoutes('75g OGTT')).toEqual(['oral']);
    expect(agentRoutes('静脉葡萄糖耐量试验（OGTT）')).toEqual(['intravenous']);
    expect(agentRoutes('葡萄糖耐量试验（OGTT）')).toEqual(['oral']);
    expect(agentRoutes('葡萄糖耐量试验')).toEqual([]);
    expect(agentRoutes('Chest CT with IV contrast')).toEqual([]);
    expect(agentRouteConflict('葡萄糖耐量试验', ['口服葡萄糖耐量试验'])).toBe(false);
  });
  it('the verifier: another route is not paid (s42 review b03, b08, b13), the same route or none still is', () => {
    expect(acc('口服葡萄糖耐量试验', '静脉葡萄糖耐量试验')).toBe(false);
    expect(acc('口服葡萄糖耐量试验', '静脉葡萄糖耐量试验（OGTT）')).toBe(false);
    expect(acc('静脉葡萄糖耐量试验', '口服葡萄糖耐量试验')).toBe(false);
    expect(acc('OGTT', 'Intravenous glucose tolerance test')).toBe(false);
    expect(acc('口服葡萄糖耐量试验', 'Oral glucose tolerance test (OGTT)')).toBe(true);
    expect(acc('葡萄糖耐量试验', 'Oral glucose tolerance test')).toBe(true);
    expect(acc('葡萄糖耐量试验', '静脉葡萄糖耐量试验')).toBe(true);
  });
});

describe('a name and its gloss (#18, s43)', () => {
  it('a Chinese name contradicting the gold is not paid through an English gloss (s42 review b12)', () => {
    expect(nameContradictsGold('经胸超声心动图（transoesophageal echocardiography）', ['经食管超声心动图'])).toBe(true);
    expect(acc('经食管超声心动图', '经胸超声心动图（transoesophageal echocardiography）')).toBe(false);
  });
  it('an abbreviation or a same-language bracket decides nothing here; a gloss restating the name still pays', () => {
    expect(nameContradictsGold('静脉肾盂造影（IVP）', ['静脉尿路造影'])).toBe(false);
    expect(nameContradictsGold('骨髓穿刺涂片（骨髓细胞学）', ['骨髓细胞学检查'])).toBe(false);
    expect(acc('经食管超声心动图', '经食管超声心动图（transoesophageal echocardiography）')).toBe(true);
    expect(acc('经食管超声心动图', 'Transoesophageal echocardiography (TEE)')).toBe(true);
  });
});

describe('the route written after the test, or abbreviated with a space (#18, s43)', () => {
  it('reads 葡萄糖耐量试验（静脉法） and "IV GTT"', () => {
    expect(agentRoutes('葡萄糖耐量试验（静脉法）')).toEqual(['intravenous']);
    expect(agentRoutes('葡萄糖耐量试验(口服法)')).toEqual(['oral']);
    expect(agentRoutes('IV GTT')).toEqual(['intravenous']);
    // Venous blood is the specimen of an oral test, not a route.
    expect(agentRoutes('静脉血浆葡萄糖耐量试验')).toEqual([]);
    expect(acc('口服葡萄糖耐量试验', '口服葡萄糖耐量试验（静脉血浆）')).toBe(true);
    expect(acc('葡萄糖耐量试验（静脉法）', '口服葡萄糖耐量试验')).toBe(false);
  });
});
