// Post authors and platform user names (post-authors.ts), through detectPhi. Lines written for these tests (not taken
// from any blind batch); the prose after a platform name below must stay.
import { describe, expect, it } from 'vitest';
import { detectPhi } from './index.js';
import { postAuthors } from './post-authors.js';
import { covered } from '../../../test/helpers/phi-covered.js';
import type { PhiSpan } from '../../core/phi-types.js';

const HANDLES: [string, string[]][] = [
  ['求助帖\n楼主：奶茶三分糖   发表于 2025-02-03 21:40\n\n1楼 失眠的猫头鹰 2025-02-03 22:05\n同问', ['奶茶三分糖', '失眠的猫头鹰']],
  ['—— 5楼 糖友阿宝 回复于 2025-01-12', ['糖友阿宝']],
  ['Thread\n\nbluejay.knits · 3 Mar 18:20\nanyone tried it?', ['bluejay.knits']],
  ['Shared in r/diabetes by u/late_bolus_44 last week', ['u/late_bolus_44']],
  ['She sends updates over Messenger tomas.reyes.81 most days.', ['tomas.reyes.81']],
  ['Reachable on Discord (pillbug#0937) and by phone.', ['pillbug#0937']],
  ['可以加 LINE（ID：mei_rx_note）', ['mei_rx_note']],
  ['他在公众号的用户名叫“河西老周”，常发帖。', ['河西老周']],
  ['Her art blog on Tumblr as @fern-and-fog-art', ['@fern-and-fog-art']],
];

const KEPT: string[] = [
  'She read about it on Facebook today and asked whether to stop.',
  'Reddit users suggested 500 mg twice daily.',
  '3楼的病人今天出院',
  '2楼 放射科 2025-02-03 开放',
  // Own probe after READY: a building directory has two such lines; each goes on after its date.
  '2楼 放射科 2025-02-03 开放\n3楼 检验科 2025-02-03 开放',
];

describe('post authors and platform user names', () => {
  // Own probe after READY: labelled.ts read any word after a platform's name as its user name.
  it('leaves a plain English word after a platform name (labelled.ts) and keeps an introduced one', () => {
    const social = (t: string) =>
      detectPhi(t)
        .filter((s) => s.type === 'SOCIAL')
        .map((s) => s.text);
    expect(social('She stopped it on Facebook advice last week')).toEqual([]);
    expect(social('Her Instagram account @tide.and.salt_ posts daily')).toEqual(['@tide.and.salt_']);
    expect(social('Chatted via Facebook Messenger about the rash')).toEqual([]);
    expect(social('IG: sunflower')).toEqual(['sunflower']);
  });
  it.each(HANDLES)('%s', (text, values) => {
    for (const v of values) expect(covered(text, v), v).toBe(true);
  });
  it('leaves prose after a platform and floors of a building', () => {
    for (const text of KEPT) {
      const out: PhiSpan[] = [];
      postAuthors(text, out);
      expect(
        out.map((s) => s.text),
        text,
      ).toEqual([]);
    }
  });
});
