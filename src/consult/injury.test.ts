import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { readFacts } from './facts.js';
import { readInjury } from './injury.js';
import { nextConsultStep } from './policy.js';

const user = (content: string): ChatMessage => ({ role: 'user', content });
/** The first turn's questions, one a line ('' when the policy answered at once). */
const firstTurn = (opening: string): string => {
  const s = nextConsultStep([user(opening)]);
  return s.action === 'ask' ? s.questions.map((q) => q.text).join('\n') : '';
};

describe('an injury told by its mechanism', () => {
  it('reads the knock, the fall and the twist with the injured site (zh + en)', () => {
    expect(readInjury('walked into the door frame and now have a bump on my forehead')).toMatchObject({ site: 'head', fall: false });
    expect(readInjury('孩子在沙发上磕到额头，起了个包')).toMatchObject({ site: 'head', fall: false });
    expect(readInjury('踢球把脚踝扭了，肿得厉害')).toMatchObject({ site: 'ankle', fall: false });
    expect(readInjury('tripped on the stairs and landed on my knee', 30)).toMatchObject({ site: 'knee', fall: false });
    // An older faller is asked why they fell (NICE CG161); a young adult's fall onto a wrist is asked about the wrist.
    expect(readInjury('爷爷在楼梯上摔了一下，屁股疼')).toMatchObject({ site: 'hip', fall: true });
    expect(readInjury('my grandma slipped on the path yesterday')).toMatchObject({ site: undefined, fall: true });
    // A small child's fall with no site is asked as a head injury; a younger adult's is left to the complaint's entries.
    expect(readInjury('toddler fell off the sofa onto the floor, cried straight away')).toMatchObject({ site: 'head', fall: false });
    expect(readInjury('孩子从床上掉下来了，哭了一会儿')).toMatchObject({ site: 'head', fall: false });
    expect(readInjury('fell down the stairs last night, chest hurts when I breathe in', 30)).toBeUndefined();
    expect(readInjury('I fell over my words in the interview and now feel shaky')).toBeUndefined();
    expect(readInjury('came off my bike onto my wrist, it is puffy', 24)).toMatchObject({ site: 'wrist', fall: false });
  });

  it('sets aside only the entries its own consequences call up: a lump or rash of its own keeps its questions', () => {
    expect(readInjury('banged my head on the cupboard, got a decent lump')?.supersedes).toContain('lump');
    const separate = 'my nan slipped on the stairs last week. Separately, she has a lump in her neck that keeps growing';
    expect(readInjury(separate)?.supersedes).not.toContain('lump');
    expect(readInjury('my dad fell yesterday and now has a rash on his legs')?.supersedes).not.toContain('site:skin');
  });

  it('reads no injury where none is told: denied, nearly, or another sense of the word', () => {
    expect(readInjury("lots of bruises on my shins and I can't remember knocking them")).toBeUndefined();
    expect(readInjury('我最近总是青一块紫一块，也没磕着碰着')).toBeUndefined();
    expect(readInjury('我妈一站起来就头晕，差点摔倒')).toBeUndefined();
    expect(readInjury('fell asleep in the sun and my back is red raw')).toBeUndefined();
    expect(readInjury('want some tablets to knock it on the head before my holiday')).toBeUndefined();
    expect(readInjury('slipped disc in my lower back again, can I take naproxen?')).toBeUndefined();
    expect(readInjury('banging headache behind my eyes since lunch')).toBeUndefined();
    expect(readInjury('she fell ill on holiday and her face is swollen')).toBeUndefined();
    expect(readInjury('had a fall in my blood pressure readings, feel woozy standing up')).toBeUndefined();
    expect(readInjury('最近碰到个烦心事，手一直抖')).toBeUndefined();
    expect(readInjury('他一生气就摔东西，脸涨得通红')).toBeUndefined();
    // A knock with no site and no fall leaves the complaint to its own entries.
    expect(readInjury('bumped the trolley and got a huge bruise')).toBeUndefined();
  });

  it("asks a head knock's own discriminators first, not a lump's growth (en)", () => {
    const q = firstTurn('smacked my head on the car boot lid earlier, got a proper bump now. paracetamol ok?');
    expect(q.split('\n')[0]).toMatch(/knocked out.*vomiting.*drows.*blood thinners/i);
    expect(q).not.toMatch(/more than 2–3 weeks|growing, hard/);
  });

  it("asks an older faller's hip whether they can bear weight and why they fell, not a plaster's side effects (zh)", () => {
    const q = firstTurn('我爸78岁，下午在厨房滑了一跤，说右边髋部疼，抹了点红花油，要不要去医院？');
    const [first, second] = q.split('\n');
    expect(first).toMatch(/负重|站不起来/);
    expect(second).toMatch(/摔倒前.*头晕/);
    expect(q).not.toMatch(/用药后有没有不舒服/);
  });

  it('asks a twisted ankle the Ottawa signs (en)', () => {
    expect(firstTurn('went over on my ankle at parkrun, swollen on the outside now').split('\n')[0]).toMatch(/bone tender.*four steps/);
  });

  it('asks every site question with its danger signs as present, so a yes/no chip never inverts', () => {
    for (const opening of [
      'bumped my head on a beam',
      'fell on my hip, 80',
      'rolled my ankle',
      'twisted my knee skiing',
      '崴了脚',
      '奶奶摔了屁股',
      '磕到头了',
    ]) {
      const s = nextConsultStep([user(opening)]);
      if (s.action !== 'ask') continue;
      const q = s.questions[0];
      expect(q.quickReplies.length, q.text).toBeGreaterThan(0);
      expect(q.text).not.toMatch(/could you walk|can you bend|能不能/i);
    }
  });

  it('lowers no urgency: a head injury with danger signs is still answered at once as an emergency', () => {
    const s = nextConsultStep([user('my husband fell down the stairs and hit his head, he has been sick three times and is very drowsy')]);
    expect(s.action).toBe('answer');
    expect(s.triage.level).toBe('emergency');
  });
});

describe('the age written beside a relative', () => {
  it('reads "dad (79)", "mum is 81" and "nan, 90," as the patient\'s age', () => {
    expect(readFacts('my dad (79) keeps losing his keys').age).toBe(79);
    expect(readFacts('mum is 81 and keeps getting breathless on the stairs').age).toBe(81);
    expect(readFacts('Worried about my mum. She is confused today. My mum is 81.').age).toBe(81);
    expect(readFacts('my nan, 90, has stopped eating much').age).toBe(90);
    // A unit makes it no age in years.
    expect(readFacts('my son is 3 weeks and has a rash').age).not.toBe(3);
    expect(readFacts('my husband is 6 foot and 90kg').age).toBeUndefined();
    expect(readFacts('my son is 6\'2" and still growing').age).toBeUndefined();
    // A child with a symptom beside the relative is the patient: the relative's age is not read.
    expect(readFacts('my mum (70) is minding my toddler today and he has a temperature of 39').age).toBeUndefined();
    expect(readFacts('my dad (72) is looking after my daughter, she has been coughing all night').age).toBeUndefined();
  });

  it("an older patient named with their age gets the older adult's signs, not a child's screen for a grandchild named", () => {
    const q = firstTurn("my dad (80) forgot my son's birthday and keeps asking the same thing, should he see someone?");
    expect(q).not.toMatch(/the child/i);
    expect(q).toMatch(/confusion or falls/);
  });
});
