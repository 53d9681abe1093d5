// The writer's thought of an act at a lethal place (session 44, #19; blind triage-bh bh090 was urgent with no line).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { readPlaceContemplated } from './place-contemplated.js';

describe('readPlaceContemplated: the writer × a lethal place × a thought × the ease or pull of the act', () => {
  it.each([
    "baby is 6 weeks. everyone keeps saying i'm doing great but honestly he'd be better off with my sister. I keep driving past the reservoir and thinking how easy it would be to just keep going. I haven't told anyone this",
    'every morning on the bridge i think how easy it would be to just jump',
    '每次开车经过水库，我总想着就这么开进去算了',
    'I keep thinking how easy it would be to swerve into oncoming traffic on the motorway',
  ])('%s', (text) => expect(readPlaceContemplated(text)).not.toBeNull());

  it.each([
    'We drive past the reservoir every weekend, I keep thinking how easy it would be to go fishing there, do I need a permit?',
    'My husband keeps thinking how easy it would be to just keep going when he drives past the reservoir, should I worry?',
    "Years ago I used to stand on the bridge thinking how easy it would be to jump, I'm in a much better place now",
    'I think the new bridge makes it easy to keep going straight to the hospital',
    "It's so hot, I keep thinking how easy it would be to just jump in the river to cool off",
    'what if someone on the bridge thinks how easy it would be to jump?',
  ])('%s (not read)', (text) => expect(readPlaceContemplated(text)).toBeNull());

  it('bh090: emergency with the crisis line', () => {
    const d = triageDetail(
      "baby is 6 weeks. everyone keeps saying i'm doing great but honestly he'd be better off with my sister. I keep driving past the reservoir and thinking how easy it would be to just keep going. I haven't told anyone this",
    );
    expect(d.level).toBe('emergency');
    expect(d.message).toMatch(CRISIS_LINE);
  });
});
