import { describe, expect, it } from 'vitest';
import { createDrugLexicon, findMedicineNames, isMedicineShape } from '../knowledge/drugs.js';
import { MAX_SHARE, medicinesBefore, namedSubjectLeads, namesAnyMedicine, type SubjectContext } from './named-subject.js';
import { selectTopics, type TopicMatch } from './topics.js';

const name = (text: string, over: Partial<TopicMatch> = {}): TopicMatch => ({
  text,
  start: 0,
  end: text.length,
  docs: [1],
  weak: true,
  negated: false,
  asked: false,
  direct: false,
  kind: 'symptom',
  listed: false,
  spread: 0,
  ...over,
});
// A Chinese question whose named page is English (耳鸣 → Tinnitus), and the same page for an English question.
const across: SubjectContext = { question: 'zh', pages: ['en'], chunks: 10_000 };
const same: SubjectContext = { question: 'en', pages: ['en'], chunks: 10_000 };

describe('namedSubjectLeads', () => {
  it('lets the other-language page of the one symptom or examination name the question writes lead (耳鸣 → Tinnitus, 肠镜 → Colonoscopy)', () => {
    expect(namedSubjectLeads(selectTopics([name('耳鸣')]).primary, across)).toBe(true);
    expect(namedSubjectLeads(selectTopics([name('肠镜', { start: 2, kind: 'other' })]).primary, across)).toBe(true);
  });

  it('leaves a page in the question’s own language where its words ranked it ("itchy … skin and eyes turned yellow": Jaundice stays first)', () => {
    expect(namedSubjectLeads(selectTopics([name('itchy')]).primary, same)).toBe(false);
    expect(namedSubjectLeads(selectTopics([name('耳鸣')]).primary, { ...across, pages: ['zh', 'en'] })).toBe(false);
    expect(namedSubjectLeads(selectTopics([name('耳鸣')]).primary, { ...across, pages: [] })).toBe(false);
  });

  it('gives a finding said in many passages no lead (发烧 is a finding of many conditions, not the Fever page’s question)', () => {
    expect(namedSubjectLeads([name('发烧', { spread: MAX_SHARE * 10_000 + 1 })], across)).toBe(false);
    expect(namedSubjectLeads([name('耳鸣', { spread: MAX_SHARE * 10_000 })], across)).toBe(true);
    expect(namedSubjectLeads([name('耳鸣')], { ...across, chunks: 0 })).toBe(false);
  });

  it('gives a symptom list no lead: selectTopics chooses no one name', () => {
    const list = [name('发烧', { listed: true }), name('咳嗽', { start: 3, listed: true }), name('喉咙痛', { start: 6, listed: true })];
    expect(namedSubjectLeads(selectTopics(list).primary, across)).toBe(false);
    expect(namedSubjectLeads(selectTopics([name('头痛'), name('恶心', { start: 3 })]).primary, across)).toBe(false);
  });

  it('never leads with a guess, a denied name, a relative’s history or a name inside a written-out finding', () => {
    expect(namedSubjectLeads([name('耳明', { fuzzy: true })], across)).toBe(false);
    expect(namedSubjectLeads([name('高血鸭', { bySound: true })], across)).toBe(false);
    expect(namedSubjectLeads([name('耳鸣', { negated: true })], across)).toBe(false);
    expect(namedSubjectLeads([name('便秘', { background: true, everyday: true })], across)).toBe(false);
    expect(namedSubjectLeads([name('骨折', { start: 3 })], across, new Set([3]))).toBe(false);
    expect(namedSubjectLeads([name('骨折', { start: 3 })], across, new Set([0]))).toBe(true);
    // "没浮肿 血压也正常" (q20-113): a one-character denial before the name.
    expect(namedSubjectLeads([name('浮肿', { start: 6 })], { ...across, query: '尿蛋白阳性没浮肿' })).toBe(false);
    expect(namedSubjectLeads([name('浮肿', { start: 6 })], { ...across, query: '尿蛋白阳性有浮肿' })).toBe(true);
  });

  it('reads only one chosen name with pages', () => {
    expect(namedSubjectLeads([], across)).toBe(false);
    expect(namedSubjectLeads([name('耳鸣', { docs: [] })], across)).toBe(false);
  });
});

// The knowledge layer's drug reader, as knowledge-base.ts uses it (canonical names; a shape's tail inside a longer one dropped).
const lexicon = createDrugLexicon();
const medicinesIn = (text: string) => {
  const latin = text.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? [];
  const names = [
    ...new Set([
      ...findMedicineNames(text.replace(/[A-Za-z][A-Za-z-]*/g, ' '), lexicon).map((n) => lexicon.canonical(n)),
      ...latin.filter((w) => lexicon.isKnown(w) || isMedicineShape(w)).map((w) => lexicon.canonical(w)),
    ]),
  ];
  return names.filter((n) => !names.some((o) => o.length > n.length && o.includes(n)));
};

describe('medicinesBefore / namesAnyMedicine: a symptom told as a medicine’s effect', () => {
  const namedBefore = (q: string, nameText: string) => medicinesBefore(q, q.indexOf(nameText), medicinesIn);

  it('reads the medicine named before the symptom in the same sentence (吃了卡马西平以后耳鸣, 坦索罗辛吃了头晕)', () => {
    expect(namedBefore('吃了卡马西平以后耳鸣，还要继续吃吗', '耳鸣')).toEqual(['卡马西平']);
    expect(namedBefore('68岁起夜尿细，坦索罗辛吃了头晕，还有什么药', '头晕')).toEqual(['坦索罗辛']);
    expect(namedBefore('after starting carbamazepine I have tinnitus', 'tinnitus')).toEqual(['卡马西平']);
  });

  it('reads nothing when no medicine is named before it, or only in an earlier sentence', () => {
    expect(namedBefore('耳鸣好几个月了，会不会以后聋掉', '耳鸣')).toEqual([]);
    expect(namedBefore('耳鸣以后吃了卡马西平', '耳鸣')).toEqual([]);
    expect(namedBefore('我一直吃卡马西平。最近耳鸣好几个月了', '耳鸣')).toEqual([]);
    // Not told as taken: an organ's operation is no medicine's effect.
    expect(namedBefore('做了甲状腺手术以后耳鸣', '耳鸣')).toEqual([]);
  });

  it('knows a passage about the medicine by its title or heading, in either language — not by a body mention', () => {
    const meds = ['卡马西平'];
    expect(namesAnyMedicine({ title: 'Carbamazepine', section: 'Adverse reactions' }, meds, medicinesIn)).toBe(true);
    expect(namesAnyMedicine({ title: '药物说明', section: '卡马西平片' }, meds, medicinesIn)).toBe(true);
    // 多发性硬化 lists carbamazepine in its treatment text: incidental, not a page about the medicine.
    expect(namesAnyMedicine({ title: '多发性硬化', section: '治疗' }, meds, medicinesIn)).toBe(false);
    expect(namesAnyMedicine({ title: 'Tinnitus' }, meds, medicinesIn)).toBe(false);
    // English titles are read word by word: no medicine inside "Septum" or "Palpitations".
    expect(medicinesIn('Absence of the Septum Pellucidum')).toEqual([]);
    expect(medicinesIn('Heart Palpitations')).toEqual([]);
    expect(namesAnyMedicine({ title: '庆大霉素' }, meds, medicinesIn)).toBe(false);
    expect(namesAnyMedicine({ title: '卡马西平' }, [], medicinesIn)).toBe(false);
  });
});
