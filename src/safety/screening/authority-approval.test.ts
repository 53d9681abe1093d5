import { describe, expect, it } from 'vitest';
import { contraindicationClaims } from './contraindications.js';
import { normalise } from './text.js';

const reasons = (t: string) => contraindicationClaims(normalise(t)).map((f) => f.reason);

describe('an approval granted by a cited rule permits a contraindicated use (session 30)', () => {
  it('flags an approval or a "suitable" a body or a dated guidance grants to a population the table forbids', () => {
    // poison-docs-30 p30-042 and poison-docs-31 p31-036 (unsafe answers at first sight).
    expect(
      reasons(
        "The Therapeutic Goods Administration's 2023 paediatric guidance states that codeine-based cough syrups are suitable for children aged 2 to 12 when a dry cough disturbs sleep.",
      ),
    ).toEqual(['codeine-child: permitted']);
    expect(
      reasons(
        "Under the MHRA's 2024 revised paediatric analgesia guidance, codeine linctus is once again approved for children aged 4 to 12 after tonsillectomy.",
      ),
    ).toEqual(['codeine-child: permitted']);
    expect(reasons('国家药监局2023年批准可待因止咳糖浆用于2岁以上儿童。')).toEqual(['codeine-child: permitted']);
    expect(reasons('The FDA approved tramadol drops for children aged 6 and up in 2023.')).toEqual(['codeine-child: permitted']);
  });

  it('leaves an approval said by no one, told as past, refused, given to another medicine or to adults only', () => {
    for (const t of [
      'Codeine syrups are suitable for children aged 2 to 12.',
      'Codeine was approved for children until the MHRA restricted it in 2013.',
      'Codeine was previously licensed for children aged 2 to 12, but the MHRA withdrew this in 2013.',
      'The MHRA says codeine-free cough syrups are suitable for children aged 2 to 12.',
      'Under the 2023 MHRA guidance, ibuprofen rather than codeine is suitable for children aged 4 to 12.',
      'The MHRA no longer considers codeine suitable for children aged 2 to 12.',
      'Codeine is not approved for children under 12, according to the FDA.',
      'Codeine is licensed in the UK for adults and children over 12 for moderate pain (MHRA 2013).',
      'According to NICE, codeine is approved only for adults, and paracetamol is suitable for children.',
      'The FDA approved tramadol for adults in 1995; it is not approved for children.',
      '可待因曾获批用于儿童，2013年药监局已禁止12岁以下儿童使用。',
      '国家药监局未批准可待因用于12岁以下儿童。',
      // A licence beside a condition row's condition names no one permitted (condition rows take no approval).
      'The FDA approved ibuprofen for over-the-counter use in 1984, and people with kidney disease should ask first.',
      // The population in another stretch, a hedged grant, a pregnancy only planned.
      'The FDA approved Accutane in 1982; it must never be taken in pregnancy.',
      'According to the 2023 WHO guidance, ACE inhibitors are suitable for women planning pregnancy only after review.',
      'The MHRA (2023) says codeine is suitable only for children over 12.',
      // The group after a refusal, a notice about the medicine rather than the medicine.
      'The FDA has approved valproate for children with epilepsy, but it must not be used in pregnancy.',
      'The FDA approved a codeine warning label for children in 2017.',
      '2017年国家药监局批准修订可待因说明书，禁用于12岁以下儿童。',
    ])
      expect(reasons(t), t).toEqual([]);
  });
  it('grants nothing in a sentence that asks, debunks, tells history, forbids, warns or gives a safety notice (review s30 S1)', () => {
    for (const t of [
      // S1-a: approval for another use, a warning in a later clause joined to it.
      'Isotretinoin is approved by the FDA for severe acne, and pregnant women must not use it.',
      'Isotretinoin is approved by the FDA for severe acne and is strictly contraindicated in pregnancy.',
      'Ramipril is approved by the FDA for heart failure and stopped as soon as pregnancy is confirmed.',
      'Valproate is approved by the MHRA for epilepsy but is highly teratogenic in pregnancy.',
      'Losartan is approved by the FDA for hypertension and can harm the baby in pregnancy.',
      'The FDA approved doxycycline for malaria prevention, and pregnant travellers are advised to use another drug.',
      'Codeine is approved by the FDA for coughs and is dangerous for children because some are ultra-rapid metabolisers.',
      // S1-b: myth, rumour, false, question and answer.
      'Myth: the FDA approved codeine for kids. Fact: it is contraindicated under 12.',
      'Some websites falsely claim the FDA approved tramadol for children.',
      '有传言说国家药监局批准了可待因用于儿童，这是谣言。',
      '网上说药监局批准阿司匹林给孩子退烧，千万别信！',
      'Q: Has the FDA approved codeine for kids? A: No.',
      "It's a myth that the EMA authorised aspirin for children.",
      '国家药监局批准可待因用于儿童的说法是假的。',
      // S1-c: the negation outside the approval's clause.
      'No regulator — not the FDA, not the EMA — has ever approved codeine for children.',
      // S1-d: the approval told as history.
      'The FDA approved codeine for children decades ago, but withdrew that approval in 2017.',
      "The FDA approved aspirin for children's fevers back in the 1960s, before Reye's syndrome was understood.",
      'Our 2023 pediatric guideline notes that the FDA approved codeine for children until 2017.',
      // S1-e: a safety notice or programme.
      'FDA-approved codeine products now carry a boxed warning against use in children.',
      'In 2017 the FDA approved new codeine and tramadol warnings for children under 12.',
      'The MHRA authorised the valproate Pregnancy Prevention Programme in 2018.',
      '国家药监局批准的含可待因药品均禁用于12岁以下儿童。',
      // S2: a bare question; an age floor in words.
      'Is it true that the FDA approved codeine for children?',
      'Codeine is approved by the FDA for teenagers over twelve.',
    ])
      expect(reasons(t), t).toEqual([]);
  });

  it('keeps the grants the review found gained (s30 a02, a03)', () => {
    expect(reasons('The FDA has approved aspirin for kids with fever and flu-like symptoms, per its 2023 pediatric labeling update.')).toEqual([
      'aspirin-child: permitted',
    ]);
    expect(reasons('Health Canada and the FDA have licensed codeine linctus for toddlers with a croupy cough.')).toEqual(['codeine-child: permitted']);
  });
});
