import { describe, expect, it } from 'vitest';
import { triage } from '../triage.js';
import { isWarnedAndDenied } from './warned-mention.js';

const CRISIS = /12356|988|Samaritans|Lifeline|1925|2389 2222/;
const at = (text: string, word: string): number => text.indexOf(word);

describe("a medicine's warning the writer denied of themselves is no sign (warned-mention.ts)", () => {
  it('the leaflet, the insert or the prescriber warned, and the writer says they have none', () => {
    for (const t of [
      "The leaflet for my new citalopram says it can cause suicidal thoughts?? I don't have any, just freaked out reading it. Should I still start it tomorrow?",
      '醫生開了百憂解（fluoxetine）給我，仿單上寫年輕人可能會增加自殺的念頭，我沒有這種想法啦，只是有點擔心，還要繼續吃嗎？',
      '说明书上写这个药可能会增加自杀的念头，我没有这种想法，就是有点担心，可以吃吗？',
      "Pharmacist warned me the new antidepressant might increase suicidal thoughts at first. I haven't had any so far. How long until it works?",
    ]) {
      const r = triage(t);
      expect(r.level, t).not.toBe('emergency');
      expect(r.message, t).not.toMatch(CRISIS);
    }
  });
  it('only the mention a warning names, with the denial right after it', () => {
    const t = "The leaflet says it can cause suicidal thoughts. I don't have any.";
    expect(isWarnedAndDenied(t, at(t, 'suicidal'))).toBe(true);
    // A wish is no warning's noun; a denial of something else is no denial of the thoughts.
    const wish = "The leaflet says it can cause this, I want to die. I don't have any.";
    expect(isWarnedAndDenied(wish, at(wish, 'want'))).toBe(false);
    const hope = "The leaflet says it can cause suicidal thoughts, I don't have any hope left.";
    expect(isWarnedAndDenied(hope, at(hope, 'suicidal'))).toBe(false);
    // No source of a warning before it in its sentence: the writer's own thoughts.
    const own = "I have suicidal thoughts. I don't have any plan.";
    expect(isWarnedAndDenied(own, at(own, 'suicidal'))).toBe(false);
    // Another person's denial is not read here.
    const son = "My son's leaflet says it can cause suicidal thoughts. He doesn't have any.";
    expect(isWarnedAndDenied(son, at(son, 'suicidal'))).toBe(false);
  });
  it('taken back, or a sign told anywhere else, keeps the emergency and the crisis line', () => {
    for (const t of [
      'The leaflet for my citalopram says it can cause suicidal thoughts. Actually I have been thinking about it a lot this week.',
      "The label warns of suicidal thoughts. I don't have any. Well, sometimes I do, and I've been looking up how many it would take.",
      "The leaflet says it can cause suicidal thoughts. I don't have any. Tonight I'm going to take all of them, the whole box.",
      '仿單上寫可能會增加自殺的念頭，我沒有這種想法，但是我今晚真的不想活了',
      '说明书说会增加自杀风险，我没有这种想法，其实我有时候会想死',
      '医生提醒说这个药可能会有自杀的想法，我没有这种想法，但是我已经写好遗书了，药也都准备好了',
      "My doctor said this med can increase suicidal thoughts. I don't have any anymore, they stopped yesterday after I wrote my goodbye letters.",
    ]) {
      const r = triage(t);
      expect(r.level, t).toBe('emergency');
      expect(r.message, t).toMatch(CRISIS);
    }
  });
});
