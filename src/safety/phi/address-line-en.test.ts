// An English address read as a line of parts (address-line-en.ts), through detectPhi. Lines written for these tests
// (not taken from any blind batch): each address must be redacted whole; the clinical lines below must stay.
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';
import { covered } from '../../../test/helpers/phi-covered.js';

const ADDRESSES: [string, string][] = [
  ['Home: 3310 Camino Real, Palo Alto, CA 94306', '3310 Camino Real, Palo Alto, CA 94306'],
  ['Delivered to 77 Kessler Pike yesterday', '77 Kessler Pike'],
  ['Ship to 1500 Hollinger Pike, Dover.', '1500 Hollinger Pike, Dover'],
  ['Clinic at 4100 Katy Fwy W, Houston, TX 77007, phone to follow', '4100 Katy Fwy W, Houston, TX 77007'],
  ['Unit 5, Westgate Mall, Lower Rd, Hillbrow 2001', 'Unit 5, Westgate Mall, Lower Rd, Hillbrow 2001'],
  ['Lives at 12 Prospect Ave, Newark 07104 (rear unit) with her son', '12 Prospect Ave, Newark 07104 (rear unit)'],
  ['Sent to Walgreens, Kearny Mesa Rd, San Diego.', 'Kearny Mesa Rd, San Diego'],
];

describe('English address lines', () => {
  it.each(ADDRESSES)('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });
  it('leaves numbers and names that are no address', () => {
    const kept = (t: string) => detectPhi(t).filter((s) => s.type === 'ADDRESS');
    expect(kept('Metformin ER 500 mg, 2 Main concerns today')).toEqual([]);
    expect(kept('Age: 94   Room 12 was cleaned')).toEqual([]);
  });
  // Own probe after READY: a titled name ending like a street is a person, not an address.
  it('keeps a titled name ending in a street word a name', async () => {
    const { growAddressLines } = await import('./address-line-en.js');
    const t = 'Discussed with Dr Lane, Cardiology. Echo EF 55%';
    expect(growAddressLines(t, [{ type: 'NAME', start: 15, end: 22, text: 'Dr Lane' }])[0].type).toBe('NAME');
  });
});
