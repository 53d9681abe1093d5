import { describe, expect, it } from 'vitest';
import { triage, triageDetail } from '../triage.js';

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
  it("the writer's own act beside a character's is read, however it is joined", () => {
    for (const t of [
      'swallowed a whole strip of my diazepam just like the lead in that drama did, maybe 20, feeling very woozy',
      "the heroine in the novel slit her wrists, and I cut mine too half an hour ago, it's still bleeding",
      'the lead in the film drank bleach and so have I, about ten minutes ago',
      '我学小说里的男主一样吞了一整瓶安眠药，现在头很晕',
      '我跟剧里那个主角一样，刚才把一整瓶安眠药都吃了',
    ]) {
      const r = triage(t);
      expect(r.level, t).toBe('emergency');
    }
    const own = triage('像电影里的女主一样，我刚才用刀片划了手腕，血止不住');
    expect(own.level).toBe('emergency');
    expect(own.message).toMatch(CRISIS);
  });
  it("only the character's own predicate is blanked: another subject in the same run of words keeps its act, whatever the verb", () => {
    for (const t of [
      'the hero in that series chugs a bottle of vodka with his pills and I necked about 25 of mine twenty minutes ago',
      '男主割腕那集我一直在哭后来我把家里的安眠药全嗑了',
      '剧里的女主从天台跳下去了我现在也坐在天台边上',
    ]) {
      const r = triage(t);
      expect(r.level, t).toBe('emergency');
    }
    // A real person copying the character's act takes the act: it is read as theirs.
    const copy = triageDetail('the boy in the movie swallowed all his sleeping tablets and my son copied him an hour ago, now he will not wake properly');
    expect(copy.level).toBe('emergency');
    // A question whether the scene is real does not cover an act told by the writer or a real person in a sentence of
    // its own, whatever the verb.
    for (const t of [
      'watching a movie where the heroine overdoses on her sleeping pills, is that realistic? my wife necked a whole box of hers after dinner and is very sleepy',
      'in the film the guy swallows a bottle of pills, is that even possible? I downed 40 of my sertraline about an hour ago',
    ])
      expect(triage(t).level, t).toBe('emergency');
    // A reaction after the character's act is still only a reaction.
    expect(triage('电视剧里女主吞了一整瓶安眠药我也哭了好久，这种剧情是真的吗').level).not.toBe('emergency');
  });
});

describe("review fix: copying a story's act across sentences makes it the writer's (fiction.ts storyActsAsDone)", () => {
  it("the act told in the story's present, copied in another sentence, is read as the writer's, with the crisis line", () => {
    for (const t of [
      'in the novel the girl cuts her wrists. last night I did the same and it is still bleeding',
      'the character in the book cuts herself. I did it too this evening',
      'the lead in the series hangs himself at the end. i did the same thing in my room an hour ago',
    ]) {
      const r = triageDetail(t);
      expect(r.level, t).toBe('emergency');
      expect(r.message, t).toMatch(CRISIS);
    }
  });
  it('a reaction to the same story is still no act', () => {
    expect(triageDetail('in the novel the girl cuts her wrists. I cried too').level).toBe('routine');
  });
});
