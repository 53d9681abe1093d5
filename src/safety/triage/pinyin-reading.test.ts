// Chinese typed in pinyin read as characters by the triage vocabulary (pinyin-reading.ts), and triage reading it raise
// only (triage.ts triageDetail).
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { readPinyin } from './pinyin-reading.js';
import { collectTerms } from './pinyin-terms-cli.js';
import { PINYIN_TERMS } from './pinyin-terms.generated.js';

describe('the vocabulary is generated from the patterns themselves', () => {
  it('pinyin-terms.generated.ts is what the patterns hold now (rerun pinyin-terms-cli.ts when it is not)', () => {
    expect([...PINYIN_TERMS]).toEqual(collectTerms());
  });
  it('holds the medicine and poison names the ingestion readers match (the alias table, substances.ts) and a run with each of its single-character choices', () => {
    for (const t of ['对乙酰氨基酚', '布洛芬', '百草枯', '敌敌畏', '一整板', '一整盒']) expect(PINYIN_TERMS).toContain(t);
    // A two-character brand is a homophone of everyday words (安定 is also 'stable'): not offered from the alias table.
    expect(PINYIN_TERMS).not.toContain('代文');
  });
  it('reads a medicine typed in pinyin by its name, so the overdose reader reads it', () => {
    expect(readPinyin('gang chi le yi zheng ban bu luo fen')).toContain('一整板布洛芬');
    expect(triageDetail('gang chi le yi zheng ban bu luo fen, xian zai you dian e xin').level).toBe('emergency');
  });
  it('holds the words the readers need, of two characters or more', () => {
    for (const t of ['安眠药', '不想活', '一整瓶', '胸痛', '没有']) expect(PINYIN_TERMS).toContain(t);
    expect(PINYIN_TERMS.every((t) => [...t].length >= 2)).toBe(true);
  });
});

describe('readPinyin', () => {
  it('reads spaced and run-together toneless pinyin as the vocabulary’s words', () => {
    const read = readPinyin('wo gang chi le yi zheng ping an mian yao, bu xiang huo le') ?? '';
    for (const w of ['吃了', '一整瓶', '安眠药', '不想活']) expect(read).toContain(w);
    expect(readPinyin('buxianghuole')).toContain('不想活');
    expect(readPinyin('mei you xiong tong')).toBe('没有胸痛');
  });
  it('reads tone numbers and tone marks as the bare syllables', () => {
    expect(readPinyin('wo3 bu4 xiang3 huo2 le')).toBe('我不想活了');
    expect(readPinyin('wǒ bù xiǎng huó le')).toBe('我不想活了');
  });
  it('keeps the characters and English around a stretch as typed', () => {
    expect(readPinyin('da lan qiu wai le jiao，崴了以后肿了')).toBe(null);
    const read = readPinyin('my mum says xiong tong since this morning') ?? '';
    expect(read.startsWith('my mum says ')).toBe(true);
    expect(read).toContain('胸痛');
  });
  it('reads a triage term where a general word of the same sound is commoner in general text (想死, not 相似)', () => {
    expect(readPinyin('wo hen tong ku, wo xiang si')).toContain('想死');
  });
  it('picks the homophone ordinary Chinese means, not the danger word that sounds like it', () => {
    expect(readPinyin('wo xiang qu si chuan lv you') ?? '').not.toContain('去死');
    expect(readPinyin('wo ma zuo tian qu si chuan le') ?? '').toContain('四川');
  });
  it('leaves English alone: words that are also syllables (he, die, long, change) are no stretch of pinyin', () => {
    for (const t of ['I want to die', 'she has a long change of heart', 'he is a man', 'My husband collapsed and is not breathing'])
      expect(readPinyin(t)).toBe(null);
  });
  it('reads no name inside a sentence and no single syllable alone (the e of 乙肝e抗原)', () => {
    expect(readPinyin('I think I might have West Nile virus')).toBe(null);
    expect(readPinyin('乙肝e抗原阳性')).toBe(null);
  });
  it('reads nothing where no word of the triage vocabulary is in the reading', () => {
    expect(readPinyin('wo xi huan chi ping guo')).toBe(null);
  });
});

describe('triage reads the pinyin too, raise only', () => {
  it('a pinyin-typed overdose with a wish to die is an emergency with the crisis line (session-12 review gap, ac033)', () => {
    for (const text of [
      'wo gang chi le yi zheng ping an mian yao, bu xiang huo le',
      'wo gang cai chi le yi da ba yao, ban ping duo de, bu xiang huo le, xian zai tou hen yun',
    ]) {
      const d = triageDetail(text);
      expect(d.level).toBe('emergency');
      expect(d.contributions.crisisLine).not.toBe(null);
      expect(d.contributions.pinyin?.raised).toBe(true);
    }
  });
  it('reads a message as typed when asked (pinyin: false)', () => {
    expect(triageDetail('wo gang chi le yi zheng ping an mian yao, bu xiang huo le', { pinyin: false }).level).toBe('routine');
  });
  it('never lowers: what the message says as typed stands, with its crisis line', () => {
    const collapse = triageDetail('mei you xiong tong, but my husband just collapsed and is not breathing');
    expect(collapse.level).toBe('emergency');
    const crisis = triageDetail('I am going to kill myself tonight, mei you ban fa le, wo bu xiang huo le');
    expect(crisis.level).toBe('emergency');
    expect(crisis.contributions.crisisLine).not.toBe(null);
  });
  it('a negation typed in pinyin is read too: no chest pain is not raised', () => {
    const d = triageDetail('mei you xiong tong, ye bu chuan, jiu shi you dian ke sou');
    expect(d.level).not.toBe('emergency');
  });
});
