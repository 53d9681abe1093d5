// Identifiers read from their table column (table-columns.ts) and numbers with OCR letters (reading.ts). Tables
// written for this test (not from a blind batch).
import { describe, expect, it } from 'vitest';
import { covered } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';
import { ocrDigits } from './reading.js';
import { detectTableColumns, headerKinds } from './table-columns.js';

const WARD = `病区交班 夜班
床号|姓名|性别|年龄|住院号|诊断|备注
+2|邝少雄|男|93|2087741|股骨颈骨折|疼痛评分3分
11|热依拉·艾力|女|37|2087802|妊娠剧吐|补液中
14|同上|男|52|2087795|肺炎|—`;

const BOARD = `Bay | Patient | Age/Sex | Complaint | Doc | RN | Note
C4 | ABERNATHY, Colm | 58 M | syncope | Okonjo | Vasquez PA | tele
9 | UNKNOWN, "Dee" | ~40 F | intox | Halloran | Brisk | sitter`;

const REGISTER = `| 序号 | 学生姓名 | 家长联系方式 | 缺课日期 |
|---|---|---|---|
| 1 | 龚子涵 | 龚妈妈 13911112222 | 3.2-3.5 |
| 2 | 隋乐 | 外婆汤秀芝 0571-8765 4321 | 2024-03-04 |`;

const SIGNED = `时间|体温|心率|签名
08:00|37.2|88|蔺
09:00|37.0|84|蔺`;

describe('table columns', () => {
  it('types header cells', () => {
    expect(headerKinds('住院号')).toEqual(['MRN']);
    expect(headerKinds('床号')).toEqual(['BED']);
    expect(headerKinds('Bay')).toEqual(['BED']);
    expect(headerKinds('家长联系方式')).toEqual(expect.arrayContaining(['NAME', 'PHONE']));
    expect(headerKinds('Patient ID')).toEqual(['MRN']);
    expect(headerKinds('Age/Sex')).toEqual(['AGE']);
    expect(headerKinds('Complaint')).toEqual([]);
    expect(headerKinds('诊断')).toEqual([]);
  });

  it.each([
    [WARD, ['+2', '邝少雄', '93', '2087741', '11', '热依拉·艾力', '2087802', '2087795']],
    [BOARD, ['C4', 'ABERNATHY, Colm', 'Okonjo', 'Vasquez', 'Dee', 'Halloran', 'Brisk']],
    [REGISTER, ['龚子涵', '龚', '13911112222', '3.2', '3.5', '隋乐', '汤秀芝', '0571-8765 4321', '2024-03-04']],
    [SIGNED, ['蔺']],
  ])('reads the cells under typed headers', (text, values) => {
    for (const v of values as string[]) expect(covered(text, v), `${v} in ${JSON.stringify(detectPhi(text))}`).toBe(true);
  });

  it('leaves untyped columns, placeholders, ages under 90 and credentials alone', () => {
    const found = [...detectTableColumns(WARD), ...detectTableColumns(BOARD), ...detectTableColumns(SIGNED)].map((s) => s.text);
    for (const kept of ['股骨颈骨折', '同上', '37', '52', 'syncope', 'UNKNOWN', 'PA', '37.2', '08:00', '— ']) expect(found).not.toContain(kept);
    expect(found).not.toContain('58');
  });

  it('needs a typed header: a table of numbers alone is not read', () => {
    expect(detectTableColumns('剂量|频次|途径\n5 mg|bid|po\n10 mg|qd|iv')).toEqual([]);
    expect(detectTableColumns('a | b\nno pipes here')).toEqual([]);
  });
});

describe('OCR letters in numbers', () => {
  it('reads O/o as 0 and l/I as 1 inside numbers', () => {
    expect(ocrDigits('电话：l38 O2l5 7733')).toBe('电话：138 0215 7733');
    expect(ocrDigits('2O22年l2月3日')).toBe('2022年12月3日');
  });

  it('leaves words, chemical formulas and ICD codes', () => {
    for (const t of ['SpO2 97%', 'on O2 2L', 'CO2 38', 'I10 HTN', 'Oil 10 ml', 'Ill for 2 days']) expect(ocrDigits(t)).toBe(t);
  });

  it('finds the identifiers an OCR letter hid', () => {
    const text = '联系电话：l38 O2l5 7733（本人）\n出院日期：2O22年l2月3日';
    expect(covered(text, 'l38 O2l5 7733')).toBe(true);
    expect(covered(text, '2O22年l2月3日')).toBe(true);
  });
});
