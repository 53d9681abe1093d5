import { describe, expect, it } from 'vitest';
import { contrastRoutes, routeConflict } from './test-route.js';
import { verifyTestOrder } from './test-order.js';

const acc = (gold: string, answer: string) => verifyTestOrder(JSON.stringify({ tests: [answer] }), { tests: [gold] }, {}).acc;

describe('the route of a contrast study (#18, s42)', () => {
  it('reads a route word before another organ study, or a route abbreviation; 静脉 of a venogram is its site', () => {
    expect(contrastRoutes('静脉肾盂造影')).toEqual(['intravenous']);
    expect(contrastRoutes('逆行肾盂造影')).toEqual(['retrograde']);
    expect(contrastRoutes('排泄性尿路造影')).toEqual(['intravenous']);
    expect(contrastRoutes('排泄性膀胱尿道造影')).toEqual(['voiding']);
    expect(contrastRoutes('IV urogram')).toEqual(['intravenous']);
    expect(contrastRoutes('口服胆囊造影')).toEqual(['oral']);
    expect(contrastRoutes('下肢静脉造影')).toEqual([]);
    expect(contrastRoutes('肾盂造影')).toEqual([]);
    expect(contrastRoutes('Chest CT with IV contrast')).toEqual([]);
  });
  it('two routes are two tests; a name without a route decides nothing here', () => {
    expect(routeConflict('逆行肾盂造影', ['静脉肾盂造影'])).toBe(true);
    expect(routeConflict('肾盂造影', ['静脉肾盂造影'])).toBe(false);
    expect(routeConflict('IVU', ['静脉尿路造影'])).toBe(false);
  });
  it('the verifier: another route is not paid, the same route in other words is', () => {
    expect(acc('静脉肾盂造影', '逆行肾盂造影')).toBe(false);
    expect(acc('静脉尿路造影', '逆行尿路X线造影')).toBe(false);
    expect(acc('口服胆囊造影', '静脉胆道造影')).toBe(false);
    expect(acc('逆行肾盂造影', 'IV pyelogram')).toBe(false);
    expect(acc('静脉肾盂造影', 'Intravenous pyelography')).toBe(true);
    expect(acc('静脉尿路造影', '排泄性尿路造影')).toBe(true);
    expect(acc('逆行肾盂造影', 'Retrograde pyelogram')).toBe(true);
  });
});
