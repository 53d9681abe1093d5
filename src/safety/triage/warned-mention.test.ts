import { describe, expect, it } from 'vitest';
import { triage } from '../triage.js';
import { isWarnedAndDenied } from './warned-mention.js';

const CRISIS = /12356|988|Samaritans|Lifeline|1925|2389 2222/;
const at = (text: string, word: string): number => text.indexOf(word);

describe("a medicine's warning the writer denied of themselves is no sign (warned-mention.ts)", () => {
  it('the leaflet, the insert or the prescriber warned, and the writer says they have none', () => {
    for (const t of [
      "The leaflet for my new citalopram says it can cause suicidal thoughts?? I don't have any. Can I take it with breakfast?",
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
    // A past denial tells nothing of now; a statement after the denial, whatever its words, keeps the mention a sign.
    const past = "The leaflet says it can cause suicidal thoughts. I didn't have any. Can I take it at night?";
    expect(isWarnedAndDenied(past, at(past, 'suicidal'))).toBe(false);
    const told = "The leaflet says it can cause suicidal thoughts. I don't have any, just nervous. Can I take it at night?";
    expect(isWarnedAndDenied(told, at(told, 'suicidal'))).toBe(false);
    const leadIn = '说明书上写可能会增加自杀的念头，我没有这种想法，我已经决定了，可以吗？';
    expect(isWarnedAndDenied(leadIn, at(leadIn, '自杀'))).toBe(false);
    const asked = '说明书上写可能会增加自杀的念头，我没有这种想法，就是有点担心，可以吃吗？';
    expect(isWarnedAndDenied(asked, at(asked, '自杀'))).toBe(true);
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
      // Review s27 (S1 on 191a5da9): whatever follows the denial as a statement, or a past denial, keeps the crisis line.
      '说明书上写可能会增加自杀的念头，我没有这种想法，我已经计划好了。',
      '说明书上写可能会增加自杀的念头，我没有这种想法。我已经想好怎么做了。',
      "The leaflet says it can cause suicidal thoughts. I didn't have any, until this week.",
      "The leaflet says it can cause suicidal thoughts. I didn't have any. Now they won't go away.",
      "The leaflet says it can cause suicidal thoughts. I don't have any. Who would even notice if I was gone.",
      "The leaflet says it can cause suicidal thoughts. I don't have any, said no one ever. I'm done.",
      '说明书上写可能会增加自杀的念头，我没有这种想法，现在已经不会了吧。',
      "The leaflet says it can cause suicidal thoughts. I didn't have any. Now I do.",
      "The leaflet says it can cause suicidal thoughts. I don't have any. I have a plan.",
      // Another emergency told after the denial keeps the crisis line the mention gave (review p089, p090).
      "The leaflet says it can cause suicidal thoughts. I don't have any. I have chest pain and my left arm is numb.",
      '说明书上写可能会增加自杀的念头，我没有这种想法。但是吃了以后心跳很快，胸口痛，喘不过气。',
    ]) {
      const r = triage(t);
      expect(r.level, t).toBe('emergency');
      expect(r.message, t).toMatch(CRISIS);
    }
  });
});
