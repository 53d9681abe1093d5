import { describe, expect, it } from 'vitest';
import { backgroundSpans, inBackground } from './background-names.js';

const said = (q: string) => backgroundSpans(q).map(([a, b]) => q.slice(a, b));
const named = (q: string, name: string) => {
  const at = q.indexOf(name);
  return inBackground(backgroundSpans(q), at, at + name.length);
};

describe('backgroundSpans', () => {
  it("reads a relative's illness told beside the question as background", () => {
    expect(named('我单位体检尿酸520，医生说先不用吃药，这样靠谱吗？我爸有痛风', '痛风')).toBe(true);
    expect(named('LDL 190 at age 25?? I run and eat pretty clean. my dad had a heart attack at 42', 'heart attack')).toBe(true);
    expect(named('I am 44 and a bit overweight; family history of diabetes on both sides', 'diabetes')).toBe(true);
  });
  it("reads a relative's guess as background, not a doctor's finding", () => {
    expect(named('整天闷屋里，俺姐说这是老年痴呆的前兆，是这么回事吗？', '老年痴呆')).toBe(true);
    expect(named('My wife thinks it is eczema but it is spreading', 'eczema')).toBe(true);
    expect(named("My wife thinks it's eczema but it is spreading", 'eczema')).toBe(true);
    expect(said('医生说是痛风')).toEqual([]);
  });
  it("keeps the writer's own and a child's condition as the subject", () => {
    expect(said('孩子有湿疹怎么办')).toEqual([]);
    expect(said('my son has a rash on his chest')).toEqual([]);
    expect(said('I have gout in my big toe')).toEqual([]);
    expect(said('我妈有点头晕')).toEqual([]);
    // The relative is the one asked about: nobody else is in the question.
    expect(said('我爸有CKD，发烧头痛能吃布洛芬吗')).toEqual([]);
    expect(said('My mum has diabetes, can she eat bananas?')).toEqual([]);
    expect(named('我爸有痛风，我最近脚趾头也疼', '痛风')).toBe(true);
  });
  it('stops at the clause end', () => {
    expect(named('My dad has diabetes. I get thirsty all the time', 'thirsty')).toBe(false);
    expect(named('我爸有高血压，我最近老是头痛', '头痛')).toBe(false);
  });
});
