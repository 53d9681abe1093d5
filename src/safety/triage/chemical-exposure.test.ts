import { describe, expect, it } from 'vitest';
import { CHEMICAL_AGENTS, type ChemicalSite } from '../../knowledge/chemical-agents.js';
import { enNameForms } from '../../knowledge/name-forms.js';
import { triageDetail } from '../triage.js';
import { chemicalAgentsIn, readChemicalExposures } from './chemical-exposure.js';
import { normaliseText } from './normalise.js';

// Session 20 (triage #19, knowledge): a chemical exposure read as agent class × site (src/knowledge/chemical-agents.ts).
// The table is checked AS A WHOLE, not name by name: every base name of every row, in every site the row reads, in a
// carrier sentence of each language, resolves to its own row at the row's own level; and every name in a harmless
// sentence (a question, a what-if, a denial, a story, an animal) resolves to no exposure. Names written as regex
// fragments (84 before 和/液, qualified 'lime') are checked in the named tests below.

const PLAIN = /^[\p{Script=Han}a-z0-9 %'-]+$/iu;
const SITE_CARRIER: Record<ChemicalSite, { zh: (n: string) => string; en: (n: string) => string }> = {
  eye: { zh: (n) => `刚才${n}溅到眼睛里了`, en: (n) => `some ${n} splashed into my eye just now` },
  skin: { zh: (n) => `刚才手上沾到了${n}`, en: (n) => `I spilled some ${n} on my hand just now` },
  swallowed: { zh: (n) => `我家两岁孩子喝了一口${n}`, en: (n) => `my 2 year old drank some ${n}` },
  inhaled: { zh: (n) => `刚才吸入了${n}的烟雾`, en: (n) => `I breathed in the fumes of the ${n} just now` },
};
const HARMLESS = {
  zh: [
    (n: string) => `${n}是做什么用的？`,
    (n: string) => `如果${n}溅到眼睛里该怎么办`,
    (n: string) => `${n}没有溅到眼睛，只是闻到一点`,
    (n: string) => `电视剧里有人把${n}泼到眼睛里`,
    (n: string) => `我家狗舔了一口${n}`,
  ],
  en: [
    (n: string) => `what is ${n} used for?`,
    (n: string) => `what if ${n} gets in my eye?`,
    (n: string) => `how should I store ${n} safely?`,
    (n: string) => `in the movie someone threw ${n} in his eye`,
    (n: string) => `we watched a news report about ${n}`,
  ],
};

const plainNames = (a: (typeof CHEMICAL_AGENTS)[number]) => ({
  zh: a.zh.filter((n) => PLAIN.test(n)),
  en: a.en.filter((n) => PLAIN.test(n)),
});

describe('the chemical table resolves as a whole', () => {
  it('every row has names in both languages, at least one site, a danger and a source', () => {
    for (const a of CHEMICAL_AGENTS) {
      expect(a.zh.length, a.id).toBeGreaterThan(0);
      expect(a.en.length, a.id).toBeGreaterThan(0);
      expect(Object.keys(a.sites).length, a.id).toBeGreaterThan(0);
      expect(a.danger.zh && a.danger.en && a.source, a.id).toBeTruthy();
    }
  });

  it('every name of every row, at every site the row reads, resolves to its own row at the row’s level', () => {
    const misses: string[] = [];
    for (const a of CHEMICAL_AGENTS) {
      const names = plainNames(a);
      for (const site of Object.keys(a.sites) as ChemicalSite[]) {
        for (const lang of ['zh', 'en'] as const) {
          for (const n of names[lang]) {
            const text = normaliseText(SITE_CARRIER[site][lang](n));
            const got = readChemicalExposures(text).find((e) => e.agent.id === a.id && e.site === site);
            const d = a.sites[site];
            const want = typeof d === 'string' ? d : d?.child;
            const level = want === 'emergency' ? 'emergency' : 'urgent';
            if (want === 'none') continue;
            if (!got || got.level !== level) misses.push(`${a.id}/${site}/${n}: ${got?.level ?? 'none'} ≠ ${level}`);
          }
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('no name of any row is an exposure in a harmless sentence (a question, a what-if, a denial, a story, an animal)', () => {
    const fired: string[] = [];
    for (const a of CHEMICAL_AGENTS) {
      const names = plainNames(a);
      for (const lang of ['zh', 'en'] as const)
        for (const n of names[lang])
          for (const make of HARMLESS[lang]) {
            const text = normaliseText(make(n));
            if (readChemicalExposures(text).length) fired.push(text);
          }
    }
    expect(fired).toEqual([]);
  });

  it('every plain English name is read in its other word orders and plural (name-forms.ts)', () => {
    const misses: string[] = [];
    for (const a of CHEMICAL_AGENTS) {
      for (const n of plainNames(a).en) {
        const words = n.split(' ');
        const variants = [n.replace(/ /g, '-')];
        if (!/s$/.test(n)) variants.push(/(?:x|ch|sh)$/.test(n) ? `${n}es` : `${n}s`);
        if (words.length === 2) variants.push(`${words[1]} of ${words[0]}`);
        for (const v of variants) {
          const re = new RegExp(`\\b${enNameForms(n)}\\b`, 'i');
          // A reversed order is generated only for names ending in a product form ("drain cleaner" → "cleaner of drain"
          // is not English, but "liquid nicotine" is); plural and hyphen are generated for every name.
          if (v.includes(' of ') && !re.test(v)) continue;
          if (!re.test(v)) misses.push(`${n} → ${v}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('the site decides the level, not the amount (toxicology by class)', () => {
  const level = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level;
  it('an alkali, acid, lime or bleach in an eye is an emergency at any amount (blind aj082 and variants)', () => {
    for (const t of [
      '车间里不小心溅了点氢氧化钠溶液到眼睛里 现在眼睛睁不开 火辣辣的疼 要不要先滴点眼药水',
      '眼睛里溅进了氢氧化钠，用水冲了一下还是很痛',
      '工地上石灰粉飛進眼睛裡了，又紅又痛',
      'got some lye in my eye while making soap',
      'caustic soda splashed in my eyes',
      'wet cement got in my eye about ten minutes ago',
      'battery acid sprayed into my eye',
      'Bleach splashed into my eye while I was cleaning the bathroom',
      '孩子把洁厕灵弄到眼睛里了',
      '干燥剂进眼睛了，孩子一直哭',
      'I have bleach in my eye',
    ])
      expect(level(t), t).toBe('emergency');
  });
  it('a hedge about the answer is no what-if: the conditional must hold the exposure in its own clause (review s20 S9)', () => {
    for (const t of [
      // the reviewer's rows (ROUTINE at 4c34589, emergency at 54d14c2)
      'Not sure if this is serious but I got oven cleaner in my eye',
      'If you can help please: my son got drain cleaner in his eye',
      "Not sure if it's serious, lime powder blew in my eye and it hurts",
      // own variants
      'Not sure if this is serious I got oven cleaner in my eye',
      'I don’t know if I should worry but bleach splashed in my eye',
      'Sorry if this is the wrong place, caustic soda splashed in my eyes',
      'If anyone can help - my daughter got bleach in her eye',
      'Wondering if it is an emergency: wet cement got in my eye',
      'If it’s okay to ask, battery acid sprayed into my eye an hour ago',
      'Please tell me if I need to go to A&E, some lye got in my eye',
      '不知道严不严重，石灰粉飞进眼睛里了',
      '如果方便的话帮我看看：孩子眼睛溅到了管道疏通剂',
      '严重的话要去医院吗，刚才氢氧化钠溅到眼睛里了',
      '如果您能帮忙请告诉我，洁厕灵溅到眼睛里了怎么办',
      '要是可以的话请回复我，孩子把84消毒液弄到眼睛里了',
    ])
      expect(level(t), t).toBe('emergency');
    // real what-ifs: the conditional's own clause holds the exposure, so this reader finds none (burn.ts still reads
    // some zh what-ifs — 洁厕灵/强碱 — as a major burn: its own over-triage, not this reader's)
    for (const t of [
      'what if bleach gets in your eye?',
      'If oven cleaner gets in my eye, what should I do?',
      'How long should I rinse if drain cleaner splashes in my eye, just in case?',
      'Not sure if this is silly but what if lime powder blows in my eye?',
      'in case caustic soda splashes in my eyes, what do I do',
      '如果氢氧化钠溅到眼睛里怎么办',
      '万一石灰进了眼睛，要冲洗多久',
      '洁厕灵溅到眼睛的话应该怎么处理',
      '不知道严不严重，如果漂白水溅到眼睛里要去医院吗',
    ])
      expect(readChemicalExposures(t), t).toEqual([]);
  });
  it('phenol and hydrofluoric acid on the skin poison through it; a strong alkali on a hand is same-day care', () => {
    expect(level('spilt phenol on my arm, the skin has gone white and numb')).toBe('emergency');
    expect(level('got some wheel cleaner on my fingers, hydrofluoric acid it says')).toBe('emergency');
    expect(level('手上沾到了一点烧碱，现在发红有点疼')).toBe('urgent');
  });
  it('a hydrocarbon swallowed is an emergency once a cough tells aspiration', () => {
    expect(level('my 3 year old drank some paint thinner and is coughing')).toBe('emergency');
    expect(level('孩子喝了一口香蕉水，现在一直咳')).toBe('emergency');
  });
  it('bleach mixed with an acid cleaner, vinegar or ammonia is chlorine: a tight chest is an emergency, a cough alone same-day', () => {
    expect(level("I mixed bleach and toilet cleaner and now I'm coughing and my chest is tight")).toBe('emergency');
    expect(level('打扫卫生把84和洁厕灵混在一起用了，现在咳嗽胸闷喘不上气')).toBe('emergency');
    expect(level("mixed bleach and vinegar, the smell made me cough a bit, I opened the window and I'm fine now")).toBe('urgent');
    expect(level('can I mix bleach and vinegar to clean mould?')).toBe('routine');
  });
});

describe('look-alikes stay what they are', () => {
  const level = (t: string) => triageDetail(t, { locale: /[\u4e00-\u9fff]/.test(t) ? 'zh-CN' : 'en-GB' }).level;
  it('a lime is a fruit, a beach is not bleach, a drug salt is not an acid', () => {
    expect(chemicalAgentsIn('I was squeezing a lime and some juice squirted in my eye')).toEqual([]);
    expect(level('I was squeezing a lime and some juice squirted in my eye')).not.toBe('emergency');
    expect(level('salt water got in my eye at the beach')).not.toBe('emergency');
    expect(chemicalAgentsIn('盐酸二甲双胍多吃了一片')).toEqual([]);
    expect(chemicalAgentsIn('硫酸亚铁片饭后吃')).toEqual([]);
    expect(chemicalAgentsIn('folic acid and stomach acid')).toEqual([]);
    expect(chemicalAgentsIn('lime powder from the builders merchant')).toEqual(['lime-cement']);
    expect(chemicalAgentsIn('he is 84 years old')).toEqual([]);
  });
  it('questions and everyday use are routine', () => {
    for (const t of [
      'how do I safely dilute bleach for cleaning the kitchen?',
      '84消毒液和水的比例是多少？',
      'Is it safe to use oven cleaner with the windows closed?',
      'what PPE do I need when working with hydrochloric acid?',
      '石灰可以用来改良酸性土壤吗',
      'how long should I rinse if drain cleaner gets in my eye?',
      '用84消毒液拖地要不要戴手套',
      'My grandad drank a lot of cement mixer tea when he was a builder lol',
    ])
      expect(level(t), t).toBe('routine');
    for (const t of [
      'got shampoo in my eye, it stings a bit',
      '洗脸的时候洗面奶进眼睛了，有点涩',
      'my eyes sting from chopping onions',
      '柠檬汁溅到眼睛里了，酸酸的',
    ])
      expect(level(t), t).not.toBe('emergency');
  });
});
