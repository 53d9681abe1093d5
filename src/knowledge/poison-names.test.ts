import { describe, expect, it } from 'vitest';
import { CHEMICAL_AGENTS } from './chemical-agents.js';
import { CHEMICAL_BRANDS } from './chemical-brands.js';
import { editDistance, plainNames, repairNames } from './poison-names.js';
import { TOXIC_AGENTS } from './toxic-agents.js';

// Session 22 (triage #19, knowledge, review s21 S5/S7/S11): the closed poison tables read with typing slips. Checked
// AS A WHOLE: every Latin word of every name, misspelt by one letter doubled (the commonest slip), is repaired back to
// its own word; every Han name of three characters with its middle character swapped for a homophone reads back. The
// guard is the same table: ordinary English words and correctly written names are never changed.

const toxic = plainNames(TOXIC_AGENTS.flatMap((a) => [...a.zh, ...a.en, ...(a.named?.zh ?? []), ...(a.named?.en ?? [])]));
const chemical = plainNames([...CHEMICAL_AGENTS.flatMap((a) => [...a.zh, ...a.en]), ...CHEMICAL_BRANDS.map((b) => b.name)]);

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and adjacent swaps, stopping past the limit', () => {
    expect(editDistance('paraquat', 'parraquat', 2)).toBe(1);
    expect(editDistance('paraquat', 'paraqat', 2)).toBe(1);
    expect(editDistance('poison', 'poision', 1)).toBe(1);
    expect(editDistance('pesticide', 'pestiside', 2)).toBe(1);
    expect(editDistance('gramoxone', 'gramoxnoe', 2)).toBe(1);
    expect(editDistance('paraquat', 'parasol', 2)).toBeGreaterThan(2);
  });
});

describe('repairNames over the whole tables', () => {
  it('repairs every Latin table word of eight letters or more with one letter doubled', () => {
    for (const names of [toxic, chemical]) {
      for (const w of names.words) {
        if (w.length < 8) continue;
        const slip = `${w.slice(0, 3)}${w[3]}${w.slice(3)}`;
        expect(repairNames(`he drank ${slip} an hour ago`, names), slip).toBe(`he drank ${w} an hour ago`);
      }
    }
  });
  it('leaves a correctly written name and the ordinary words around it unchanged', () => {
    for (const names of [toxic, chemical]) {
      for (const w of names.words) {
        const text = `my husband drank some ${w} from the bottle in the garden shed yesterday`;
        expect(repairNames(text, names)).toBe(text);
      }
    }
  });
  it('never repairs an ordinary English word to a poison (parasol, paradise, pesticides in plain words)', () => {
    for (const text of ['he sat under the parasol', 'a trip to paradise', 'the pasta was great', 'I drank some water and some coffee']) {
      expect(repairNames(text, toxic)).toBe(text);
      expect(repairNames(text, chemical)).toBe(text);
    }
  });
  it('reads a Han name typed with a homophone of one character (百草苦, 白草枯, 敌敌胃, 草胺膦, 老鼠葯)', () => {
    expect(repairNames('孩子喝了百草苦', toxic)).toBe('孩子喝了百草枯');
    expect(repairNames('孩子喝了白草枯', toxic)).toBe('孩子喝了百草枯');
    expect(repairNames('爷爷误喝了敌敌胃', toxic)).toBe('爷爷误喝了敌敌畏');
    expect(repairNames('她喝了一口草胺膦', toxic)).toBe('她喝了一口草铵膦');
    expect(repairNames('孩子吃了老鼠葯', toxic)).toBe('孩子吃了老鼠药');
  });
  it('changes no Han stretch that differs by a character of another sound, nor two characters', () => {
    for (const text of ['今天吃了百草园的菜', '他喝了白开水', '百货商店', '敌人很多']) expect(repairNames(text, toxic)).toBe(text);
  });
});

describe('names and ordinary words are no slips (review s22 S6)', () => {
  it('reads a capitalised word as written: a person named one edit from a brand is no poison', () => {
    expect(repairNames('my son Ratul ate dinner', toxic)).toBe('my son Ratul ate dinner');
    expect(repairNames('Temika drank some coffee', toxic)).toBe('Temika drank some coffee');
    // Its lower-case twin is still a slip of the table.
    expect(repairNames('my kid drank parraquat', toxic)).toBe('my kid drank paraquat');
  });
  it('repairs a Han name only where a name would end, not inside a longer word', () => {
    expect(repairNames('孩子吃了有机林场的苹果', toxic)).toBe('孩子吃了有机林场的苹果');
    expect(repairNames('宝宝洗气泡浴时喝了几口水', toxic)).toBe('宝宝洗气泡浴时喝了几口水');
    expect(repairNames('孩子喝了百草苦', toxic)).toBe('孩子喝了百草枯');
    expect(repairNames('白草枯被孩子喝了', toxic)).toBe('百草枯被孩子喝了');
  });
});
