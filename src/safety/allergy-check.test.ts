import { describe, expect, it } from 'vitest';
import { drugClassMentions, drugClassOf, withoutMedicineNames } from '../knowledge/drug-classes.js';
import { allergyConflicts, allergyWarningText, readStatedAllergies, withoutStatedAllergies } from './allergy-check.js';

const classes = (text: string) => readStatedAllergies(text).map((a) => a.cls);

describe('drug allergy classes (knowledge/drug-classes.ts)', () => {
  it('reads a class from stems, Chinese name parts and the alias table’s brands', () => {
    expect(drugClassOf('阿莫西林颗粒')).toBe('penicillin');
    expect(drugClassOf('美洛西林')).toBe('penicillin');
    expect(drugClassOf('Augmentin')).toBe('penicillin');
    expect(drugClassOf('头孢氨苄胶囊')).toBe('cephalosporin');
    expect(drugClassOf('cefalexin')).toBe('cephalosporin');
    expect(drugClassOf('Bactrim')).toBe('sulfonamide');
    expect(drugClassOf('芬必得')).toBe('nsaid');
    expect(drugClassOf('celecoxib')).toBe('nsaid');
    expect(drugClassOf('希舒美')).toBe('macrolide');
    expect(drugClassOf('moxifloxacin')).toBe('fluoroquinolone');
    // Not members: a sulfate salt, a headache word, paracetamol, an aminoglycoside.
    expect(drugClassOf('ferrous sulfate')).toBeUndefined();
    expect(drugClassOf('cephalgia')).toBeUndefined();
    expect(drugClassOf('对乙酰氨基酚')).toBeUndefined();
    expect(drugClassOf('庆大霉素')).toBeUndefined();
  });

  it('names a Chinese member whole, never with the pronoun before it', () => {
    expect(drugClassMentions('我青霉素过敏').map((m) => m.name)).toEqual(['青霉素']);
    expect(drugClassMentions('你美洛西林能用吗').map((m) => m.name)).toEqual(['美洛西林']);
    // A class word of its own is not widened over the words before it (frozen triage-w: 想问一下头孢类的药).
    expect(drugClassMentions('想问一下头孢类的药').map((m) => m.name)).toEqual(['头孢']);
  });

  it('blanks medicine names for the readers of body parts (头 in 头孢 is no head)', () => {
    expect(withoutMedicineNames('头孢和酒能一起吗')).toBe('〇〇和酒能一起吗');
    expect(withoutMedicineNames('吃了心痛定以后头晕')).toBe('吃了〇〇〇以后头晕');
    expect(withoutMedicineNames('额头上长了一片水疱，很疼')).toBe('额头上长了一片水疱，很疼');
    expect(withoutMedicineNames('牙齿松动，牙根痛，现在拍片能看出来吗')).toBe('牙齿松动，牙根痛，现在拍片能看出来吗');
    expect(withoutMedicineNames('can I take cefalexin for my headache')).toBe('can I take cefalexin for my headache');
  });
});

describe('readStatedAllergies', () => {
  it('reads an allergy stated in either language', () => {
    expect(classes('阿莫西林和头孢可以一起吃吗？我青霉素过敏')).toEqual(['penicillin']);
    expect(classes('我对头孢类药物过敏')).toEqual(['cephalosporin']);
    expect(classes('阿司匹林过敏可以吃布洛芬吗')).toEqual(['nsaid']);
    expect(classes('我吃青霉素会过敏，头孢克肟能吃吗')).toEqual(['penicillin']);
    expect(classes('过敏史：青霉素、磺胺。')).toEqual(['penicillin', 'sulfonamide']);
    expect(classes('I am allergic to penicillin. Can I take amoxicillin?')).toEqual(['penicillin']);
    expect(classes('penicillin allergy - is cefalexin ok?')).toEqual(['penicillin']);
    expect(classes('sulfa allergy, can I take Bactrim?')).toEqual(['sulfonamide']);
    expect(classes('allergic to penicillin and sulfa drugs')).toEqual(['penicillin', 'sulfonamide']);
    // Traditional characters (Hong Kong / Taiwan) are read as simplified, one for one.
    expect(allergyConflicts('我對青黴素過敏，可以吃阿莫西林嗎').map((c) => c.drug)).toEqual(['阿莫西林']);
  });

  it('reads none where an allergy is denied, asked about, or to something else', () => {
    expect(classes('阿莫西林会过敏吗')).toEqual([]);
    expect(classes('我对青霉素不过敏，阿莫西林能吃吗')).toEqual([]);
    expect(classes('无青霉素过敏史，头孢可以吗')).toEqual([]);
    expect(classes('I am not allergic to penicillin, is amoxicillin ok?')).toEqual([]);
    expect(classes('allergic to nuts, can I take ibuprofen')).toEqual([]);
    expect(classes('Allergies: none. Can I take amoxicillin?')).toEqual([]);
    expect(classes('花粉过敏，能吃氯雷他定吗')).toEqual([]);
    expect(classes('我是青霉素过敏吗')).toEqual([]);
    expect(classes("rash on day 7 of amoxicillin. does this mean she's allergic to penicillin forever?")).toEqual([]);
  });
});

describe('allergyConflicts', () => {
  it('same class → do not take; a cephalosporin with a penicillin allergy → cross-reactivity caution', () => {
    const c = allergyConflicts('阿莫西林和头孢可以一起吃吗？我青霉素过敏');
    expect(c.map((x) => [x.drug, x.relation])).toEqual([
      ['阿莫西林', 'same-class'],
      ['头孢', 'cross-reactive'],
    ]);
    const zh = allergyWarningText(c, 'zh');
    expect(zh).toMatch(/^⚠️ 过敏提醒/);
    expect(zh).toContain('阿莫西林属于青霉素类药物');
    expect(zh).toContain('不要服用阿莫西林');
    expect(zh).toContain('交叉过敏');
    const en = allergyWarningText(allergyConflicts('I have a penicillin allergy. Amoxicillin or cefalexin?'), 'en');
    expect(en).toContain('Amoxicillin is a penicillin');
    expect(en).toContain('do not take Amoxicillin');
    expect(en).toMatch(/cefalexin is a cephalosporin, which can cross-react/);
  });

  it('reads medicines the shown answer names, but not an allergen named as someone’s allergy there', () => {
    expect(allergyConflicts('我青霉素过敏，鼻窦炎吃什么药？', ['常用药品：头孢氨苄胶囊、阿莫西林颗粒']).map((c) => c.drug)).toEqual(['阿莫西林', '头孢氨苄']);
    expect(allergyConflicts('我青霉素过敏，鼻窦炎吃什么药？', ['青霉素过敏者禁用。'])).toEqual([]);
  });

  it('an allergy told in an earlier turn holds; no allergy, or another class, gives nothing', () => {
    expect(allergyConflicts('阿莫西林能吃吗', [], ['我青霉素过敏']).map((c) => c.relation)).toEqual(['same-class']);
    expect(allergyConflicts('阿莫西林和头孢可以一起吃吗？')).toEqual([]);
    expect(allergyConflicts('我对头孢过敏，能吃阿奇霉素吗')).toEqual([]);
  });

  // Members no name part marks come from the indication table's class lists (knowledge/drug-indications.ts): a coxib
  // after an ibuprofen allergy (BNF: NSAIDs incl. coxibs contra-indicated after NSAID hypersensitivity).
  it('reads class members from the indication table as well as from stems', () => {
    expect(allergyConflicts('我对布洛芬过敏，能吃依托考昔吗').map((c) => [c.drug, c.relation])).toEqual([['依托考昔', 'same-class']]);
    expect(allergyConflicts('我对布洛芬过敏，能吃对乙酰氨基酚吗')).toEqual([]);
  });
});

describe('withoutStatedAllergies', () => {
  it('blanks the statement, allergen through allergy word, and nothing else', () => {
    expect(withoutStatedAllergies('阿莫西林和头孢可以一起吃吗？我青霉素过敏')).toBe('阿莫西林和头孢可以一起吃吗？我〇〇〇〇〇');
    expect(withoutStatedAllergies('Can I take it? I am allergic to penicillin')).toBe('Can I take it? I am xxxxxxxx xx xxxxxxxxxx');
    expect(withoutStatedAllergies('吃了阿莫西林后全身起疹子，是过敏吗')).toBe('吃了阿莫西林后全身起疹子，是过敏吗');
  });
});

describe('review s14 findings', () => {
  const warned = (q: string) => allergyConflicts(q).map((c) => c.drug);
  it('a non-drug allergen in the list does not end it', () => {
    expect(warned("I'm allergic to latex and penicillin, can I take amoxicillin?")).toEqual(['amoxicillin']);
    expect(warned('I am allergic to cats and penicillin. Can I take amoxicillin?')).toEqual(['amoxicillin']);
    expect(warned('allergic to sulfa drugs and penicillin; amoxicillin?')).toEqual(['amoxicillin']);
  });
  it('labels and an exception after a denial state the allergy', () => {
    expect(warned('Allergy: penicillin. Can I take amoxicillin?')).toEqual(['amoxicillin']);
    expect(warned('Allergic to: penicillin. Can I take Augmentin?')).toEqual(['Augmentin']);
    expect(warned('No known allergies except penicillin. Can I take amoxicillin?')).toEqual(['amoxicillin']);
    expect(warned('Allergies: none except penicillin. Can I take amoxicillin?')).toEqual(['amoxicillin']);
    expect(warned('Not allergic to anything except penicillin. Amoxicillin ok?')).toEqual(['Amoxicillin']);
    expect(warned('除青霉素外无其他药物过敏，嗓子疼能吃阿莫西林吗？')).toEqual(['阿莫西林']);
    expect(warned('过敏史：无，除了青霉素。能吃阿莫西林吗？')).toEqual(['阿莫西林']);
    expect(warned('Drug allergies: PCN. Can I take amoxicillin?')).toEqual(['amoxicillin']);
    expect(warned('切除阑尾后，能吃阿莫西林吗，我没有过敏')).toEqual([]);
  });
  it('common brands from the alias table (Amoxil, Keflex)', () => {
    expect(warned('I am allergic to penicillin. Is Amoxil ok?')).toEqual(['Amoxil']);
    expect(allergyConflicts('I am allergic to penicillin. Is Keflex ok?').map((c) => c.relation)).toEqual(['cross-reactive']);
  });
  it('someone else’s allergy is not the writer’s when the writer takes the medicine', () => {
    expect(warned('My wife is allergic to penicillin. Can I take amoxicillin?')).toEqual([]);
    expect(warned('我妈妈青霉素过敏，我能吃阿莫西林吗？')).toEqual([]);
    expect(warned('我老公对头孢过敏，我嗓子疼能吃头孢克肟吗？')).toEqual([]);
    expect(warned('孩子青霉素过敏，能吃阿莫西林颗粒吗')).toEqual(['阿莫西林']);
    expect(warned('我儿子青霉素过敏，我能给他吃阿莫西林吗')).toEqual(['阿莫西林']);
    // The writer among the people named keeps it theirs.
    expect(warned('My wife and I are both allergic to penicillin. Can I take amoxicillin?')).toEqual(['amoxicillin']);
    expect(warned('我和我妈都青霉素过敏，我能吃阿莫西林吗')).toEqual(['阿莫西林']);
  });
  it('an allergy taken away is none; a loose word does not take it away', () => {
    expect(warned('I used to be allergic to penicillin but was delabelled after testing. Can I take amoxicillin?')).toEqual([]);
    expect(warned('以前青霉素过敏，后来皮试阴性，能吃阿莫西林吗')).toEqual([]);
    expect(warned("I'm allergic to penicillin and no longer take it. Is amoxicillin ok?")).toEqual(['amoxicillin']);
  });
});
