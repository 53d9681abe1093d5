// Session 23 probes (reports #15), written before the change: a Chinese label or header letter-spaced to align a form
// ("結　　果：118 mg/dL", "參 考 值：70～99", "项  目   结  果   单  位") names its field as the unspaced word does.
// report-texts-20 rt20-05 lost every record to "結　　果". Near misses: a spaced heading is no field.
import { describe, expect, it } from 'vitest';
import { parseLabReport } from './parse.js';

const values = (text: string) => parseLabReport(text).results.map((r) => [r.code ?? r.name, r.valueText, r.flag]);

describe('a letter-spaced label names its field', () => {
  it.each<[string, string[][]]>([
    ['檢驗項目：飯前血糖 Glucose(AC)\n結　　果：118 mg/dL\n參 考 值：70～99 mg/dL\n判　　讀：偏高', [['飯前血糖 Glucose(AC)', '118', 'high']]], // the name "Glucose(AC)" is not read as glucose (left open)
    ['检验项目：总胆固醇\n结　　果：6.2 mmol/L\n参 考 值：<5.2', [['tc', '6.2', 'high']]],
    ['項　　目：尿酸 Uric Acid\n結　　果：7.9 mg/dL\n參 考 值：3.4～7.0 mg/dL', [['ua', '7.9', 'high']]],
    ['项 目：血红蛋白\n结 果：98\n单 位：g/L\n参考范围：130-175', [['hgb', '98', 'low']]],
    [
      '檢驗項目：肌酸酐 Creatinine\n結　　果：1.05 mg/dL\n參 考 值：0.70～1.30 mg/dL\n────────\n檢驗項目：尿素氮 BUN\n結　　果：14 mg/dL\n參 考 值：7～20 mg/dL',
      [
        ['crea', '1.05', 'normal'],
        ['urea', '14', 'normal'],
      ],
    ],
    ['檢驗項目：B型肝炎表面抗原 HBsAg\n結　　果：陰性\n參 考 值：陰性', [['hbsag', '陰性', 'normal']]],
    ['检验项目：钾\n结　果：3.1 mmol/L\n参考值：3.5-5.3', [['k', '3.1', 'low']]],
    ['检 验 项 目：空腹血糖\n检 验 结 果：7.8\n单　　位：mmol/L\n参 考 范 围：3.9-6.1', [['glu', '7.8', 'high']]],
    [
      '項　目　名　稱      結　果      單　位      參 考 值\n白血球 WBC            6.8        10^3/uL     4.0-10.0\n血小板 PLT            95         10^3/uL     150-400',
      [
        ['wbc', '6.8', 'normal'],
        ['plt', '95', 'low'],
      ],
    ],
    [
      '项  目            结  果     单  位     参考区间\n血红蛋白          128        g/L        130-175\n红细胞计数        4.5        10^12/L    4.3-5.8',
      [
        ['hgb', '128', 'low'],
        ['rbc', '4.5', 'normal'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('near misses: spaced words that are no field', () => {
  it.each<[string, string[][]]>([
    ['血 常 规\n白细胞计数   6.8   10^9/L   3.5-9.5', [['wbc', '6.8', 'normal']]],
    ['检 验 报 告 单\n姓　　名：张三　　性　　别：男\n血红蛋白   150   g/L   130-175', [['hgb', '150', 'normal']]],
    ['备　　注：标本轻度溶血\n钾   4.1   mmol/L   3.5-5.3', [['k', '4.1', 'normal']]],
    ['医　　师：王某\n结　　论：未见异常', []],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});
