import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { frameClaimsIn } from './frames.js';

// Sentences of our own (session 16), the classes of triage-af's over-calls (af086, af089, af092, af109): a frame of no
// present danger lowers; the same words told with a present danger beside them do not.
describe('frames: a danger told in a frame of no present danger (frames.ts)', () => {
  it.each([
    ['prevention', 'I read that magnets are really dangerous if a toddler swallows two. How can I childproof the house?'],
    ['prevention', '听说小孩误吞纽扣电池会烧穿食道，家里的遥控器怎么防护？'],
    ['intrusive', 'I keep getting sudden thoughts of stabbing my partner when I hold a knife. I would never want to, it horrifies me. Is this OCD?'],
    ['knowledge', "What does it mean if someone's lips go blue? I don't have any symptoms myself, it came up in a first aid leaflet."],
  ])('%s: %s → routine', (reading, text) => {
    const d = triageDetail(text, { frames: true });
    expect(d.level).toBe('routine');
    expect(d.reasons).toContain(`framed:${reading}`);
  });

  // A past age ("when I was 15") is a time of the clause itself since session 20 (red-flags/context.ts HISTORY): the
  // anaphylaxis is read as history before any frame, so no pastOver claim is needed — the outcome is the same.
  it('an event at a past age, over since: routine', () => {
    const d = triageDetail('When I was 15 I had anaphylaxis to peanuts, never had anything like that since. Do I still need to carry an EpiPen?', {
      frames: true,
    });
    expect(d.level).toBe('routine');
  });

  it.each([
    // An act told outside the hearsay: an event, not a prevention question.
    'I read that magnets are dangerous if a toddler swallows two. How can I childproof the house? My son swallowed three this morning and is vomiting.',
    // History said to be over, then a now.
    'I had a heart attack 5 years ago and have been fine since, but now I have crushing chest pain.',
    'When I was 15 I had anaphylaxis to peanuts, never had anything like that since. I just ate a satay and my throat is closing',
    'I had a stroke 3 years ago, fully recovered. Today my left arm went weak and my speech is slurred.',
    "I took an overdose when I was 19, I'm in a good place now. I took 30 sleeping pills an hour ago.",
    // Someone has it now beside the knowledge question.
    "What does it mean if chest pain spreads to your left arm? I don't have any pain myself but my dad has it right now and he's sweaty.",
    // A symptom told in the thought's sentence, or beside it.
    '我每次拿刀都会突然闪过伤到家人的画面，绝对不想这么做，是不是强迫症？我现在胸口剧痛，喘不上气',
    // A return to a past attempt.
    '几年前我割过腕，现在挺好的。这几天又想死了',
    "I had a seizure when I was 16, fine ever since. My daughter is fitting right now and won't stop",
  ])('stays an emergency: %s', (text) => {
    const d = triageDetail(text, { frames: true });
    expect(d.level).toBe('emergency');
    expect(d.contributions.framed).toBeNull();
  });

  it('reads each frame only with what makes it hold', () => {
    // Hearsay without a prevention ask, a distant time without a resolution, a question without a denial, a thought
    // without a rejection and a question what it is: no claim.
    expect(frameClaimsIn('I read that magnets are really dangerous if a toddler swallows two.')).toEqual([]);
    expect(frameClaimsIn('I took an overdose when I was 19. Does it show on my record?')).toEqual([]);
    expect(frameClaimsIn('What does it mean if chest pain spreads to your left arm?')).toEqual([]);
    expect(frameClaimsIn('I keep getting images of pushing people onto the tracks. Is this OCD?')).toEqual([]);
    // Voices telling the act: no intrusion reading.
    expect(frameClaimsIn("I get sudden images of hurting my baby, I'd never want to but the voices tell me to. Is this OCD?")).toEqual([]);
    // The past claim ends with its resolution.
    const text = "I took an overdose when I was 19 (I'm 27 now) and I'm in a really good place now. Can I give blood?";
    const [c] = frameClaimsIn(text);
    expect(c?.reading).toBe('pastOver');
    expect(text.slice(c?.start, c?.end)).toBe("I took an overdose when I was 19 (I'm 27 now) and I'm in a really good place now");
  });
});
