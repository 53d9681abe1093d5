// Housing-block addresses read by their grammar (block-addresses.ts), through detectPhi. Lines written for these tests
// (not taken from any blind batch).
import { describe, expect, it } from 'vitest';
import { detectBlockAddresses } from './block-addresses.js';
import { covered, touched } from '../../../test/helpers/phi-covered.js';

describe('block addresses', () => {
  it.each([
    ['Clinic: Blk 415 Bedok North Ave 2 #01-73, Singapore 460415\nTel', 'Blk 415 Bedok North Ave 2 #01-73, Singapore 460415'],
    ['住址：Blk 33 Lorong 2 Yishun #11-208, Singapore 760033', 'Blk 33 Lorong 2 Yishun #11-208, Singapore 760033'],
    ['Car left at Blk 117 Jurong East carpark overnight', 'Blk 117 Jurong East'],
  ])('%s', (text, value) => {
    expect(covered(text, value, 1), value).toBe(true);
  });
  it('reads a block as "Block" only with its unit: a heart or nerve block stays', () => {
    expect(detectBlockAddresses('AV Block 2 Mobitz type, ECG repeated')).toEqual([]);
    expect(detectBlockAddresses('Nerve Block 3 Levels injected')).toEqual([]);
    expect(detectBlockAddresses('Block 12 Pine Close #04-11')).toHaveLength(1);
    expect(touched('Complete heart Block 3 Days ago', 'Block 3')).toBe(false);
  });
});
