import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { stimulantUseTold } from './stimulant.js';

// Session 15 (triage #19): a stimulant taken turns chest pain, a seizure or overheating into an emergency.
describe('chest pain, a seizure or overheating after a stimulant is an emergency', () => {
  it.each([
    ['did a few lines of coke at the party and now my chest feels tight and crushing'],
    ['took some MDMA about two hours ago, now my chest hurts when I breathe'],
    ['my mate smoked crack and had a seizure a minute ago'],
    ['he took ecstasy at the festival and is burning up, temp 40.1'],
    ['昨晚吸了冰毒，今天胸口一直疼'],
    ['朋友嗑了摇头丸之后浑身滚烫，说胡话'],
    ['relapsed last night after 2 years clean, did a lot of coke, now chest pain'],
  ])('%s → emergency (stimulant-danger)', (text) => {
    const d = triageDetail(text);
    expect(d.level).toBe('emergency');
    expect(d.reasons).toContain('stimulant-danger');
  });

  it.each([
    ['had a coke with lunch and now my chest hurts'],
    ['Can cocaine cause chest pain?'],
    ['I used to take speed years ago, now I get chest pain when I run'],
    ['clean from meth for two years, lately chest pain after stairs'],
    ['picked up some speed on the bike, fell off and my chest hurts'],
    ["I'm on a speed awareness course and my chest hurts"],
    ["My son was on meth for years but he's clean now; today he has chest pain"],
    ['以前吸过冰毒，已经戒了，现在胸口有点闷'],
    ['溜冰的时候摔了一跤，胸口疼'],
  ])('%s → no stimulant rule', (text) => {
    expect(triageDetail(text).reasons).not.toContain('stimulant-danger');
  });

  it('reads a use told, not a question or a conditional', () => {
    expect(stimulantUseTold('what happens if you take cocaine and your chest hurts')).toBe(false);
    expect(stimulantUseTold('I snorted cocaine an hour ago')).toBe(true);
  });
});
