import { describe, expect, it } from 'vitest';
import { triage } from '../triage.js';

const CRISIS = /12356|988|Samaritans|Lifeline/;

describe("a story's character's act is nobody's (fiction.ts maskStoryActs)", () => {
  it("the reaction to a film or a series is read, the character's act is not", () => {
    expect(triage('看完那部电影，男主最后割腕那一幕我到现在都忘不了，心里堵得慌，我自己没这个念头，这正常吗').level).not.toBe('emergency');
    expect(
      triage(
        "finished the series last night. the main character overdoses in the last episode and i can't stop crying, is it normal to feel this low after a show",
      ).level,
    ).not.toBe('emergency');
  });
  it("taking the act as one's own, or one's own act in the next clause, is read", () => {
    for (const t of ['剧里女主自杀了，我看完也想像她一样', '追剧看到女主自残那段，我看完也拿刀片划了自己好几道']) {
      const r = triage(t);
      expect(r.level, t).toBe('emergency');
      expect(r.message, t).toMatch(CRISIS);
    }
  });
});
