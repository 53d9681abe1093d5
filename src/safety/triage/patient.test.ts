import { describe, expect, it } from 'vitest';
import { findSigns, triageDetail } from '../triage.js';
import { nursingMother } from './modifiers.js';

// Who the patient is, and what is denied: readings that turned look-alikes into emergencies (sentences of our own).
describe('who the patient is', () => {
  it('a breastfeeding mother with a sore breast and fever is the patient, not her baby', () => {
    const text = 'my baby is 5 weeks old and I am breastfeeding, my left breast has a hot red lump and I have a temperature of 38.6';
    expect(nursingMother(text)).toBe(true);
    const d = triageDetail(text);
    // The rules no longer read an infant fever; the reader's own opinion on this wording is reported in triage.md.
    expect(d.contributions.rules.level).not.toBe('emergency');
    expect(d.contributions.modifiers).not.toContain('infant');
    expect(d.contributions.presentations).not.toContain('paediatric');
    expect(triageDetail('宝宝两个月，我在喂母乳，左边乳房红肿一块很疼，今天我发烧38.7').level).not.toBe('emergency');
  });
  it('a baby under 3 months with a fever is still an emergency, breastfed or not', () => {
    expect(nursingMother('宝宝六周，母乳喂养，今天发烧38.5，吃奶没劲')).toBe(false);
    expect(triageDetail('宝宝六周，母乳喂养，今天发烧38.5，吃奶没劲').level).toBe('emergency');
  });
  it("a fever told of the baby keeps the infant rule beside the mother's own breast words (review: reviewer sentence)", () => {
    const text = '宝宝3周，母乳喂养，今天发烧38.2，乳头皲裂';
    expect(nursingMother(text)).toBe(false);
    expect(triageDetail(text).level).toBe('emergency');
    expect(nursingMother('my baby is 5 weeks old and I am breastfeeding, my nipples are cracked, the baby has a fever of 38.3')).toBe(false);
  });
});

describe('denials inside a sign and before a wish', () => {
  it('"嘴唇都不紫" denies blue lips', () => {
    expect(findSigns('孩子咳嗽有点喘，嘴唇都不紫，精神挺好').map((h) => h.sign)).not.toContain('severeDyspnea');
  });
  it.each([
    ['我爸倒在地上，叫了半天都没醒', 'unconscious'],
    ['他拍也不醒', 'unconscious'],
    ['奶奶说话也不清楚了，嘴也歪了', 'speech'],
  ])('a sign worded by its own negation is a finding: %s (review: reviewer sentence)', (text, sign) => {
    expect(findSigns(text).map((h) => h.sign)).toContain(sign);
    expect(triageDetail(text).level).toBe('emergency');
  });
  it('a wish to die denied by the person is no suicide sign; superficial self-harm with it is same-day care', () => {
    const d = triageDetail('My son says he does not want to die, he scratched his arm lightly when upset last week, it has healed, not deep');
    expect(d.level).toBe('urgent');
  });
  it("a duration attached to a diagnosis is not the course of today's complaint", () => {
    const d = triageDetail('我妈有高血压十几年了，今儿下午突然说胸口压得慌，一身冷汗，喘不上气');
    expect(d.level).toBe('emergency');
  });
});

describe('spinal injury told in plain words', () => {
  it('knocked off a scooter by a car, neck pain, both hands numb and weak: emergency', () => {
    expect(triageDetail('骑自行车被车撞倒了，脖子很痛，两只手没力气，还发麻').level).toBe('emergency');
  });
});
