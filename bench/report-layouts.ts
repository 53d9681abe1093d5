// Synthetic lab-report layouts for development (in-sample by construction: written by the parser's authors).
// Random analytes from the bundled table, random values in/out of range, printed in one of several layouts with
// randomly chosen label words, separators and noise lines (headers with dates and IDs, footnotes with numbers,
// page numbers, critical-value notices, chat lines). Used to check that the row model is layout-general before a
// blind batch is scored; never a substitute for a blind batch.
//   npx tsx bench/report-layouts.ts [--n 80] [--seed 7] [--misses]
import { createRng, type Rng } from '../src/core/random.js';
import { REFERENCE_TABLE, type Analyte } from '../src/knowledge/reference-ranges.js';
import { measureIntake, type IntakeCase } from './report-intake.js';

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - [...s].reduce((w, c) => w + (/[\u4e00-\u9fa5]/.test(c) ? 2 : 1), 0)));

interface Row {
  an: Analyte;
  name: string;
  value: string;
  unit: string;
  range: string;
  marker: string;
}

const LAYOUTS = ['lis', 'side', 'vertical', 'next-line', 'columns-en', 'units-last', 'wechat', 'inline'] as const;
type Layout = (typeof LAYOUTS)[number];

function rowsFor(rng: Rng, zh: boolean, n: number): Row[] {
  const pool = REFERENCE_TABLE.filter((a) => a.range?.[0] !== undefined && a.range[1] !== undefined && !a.code.startsWith('u-'));
  const chosen = new Set<Analyte>();
  while (chosen.size < n) chosen.add(pick(rng, pool));
  return [...chosen].map((an) => {
    const [lo, hi] = an.range as [number, number];
    const r = rng();
    const x = r < 0.15 ? lo * (0.6 + 0.3 * rng()) : r < 0.3 ? hi * (1.1 + 0.5 * rng()) : lo + (hi - lo) * rng();
    const dp = hi < 2 ? 2 : hi < 20 ? 1 : 0;
    const value = x.toFixed(dp);
    const marker = Number(value) > hi ? pick(rng, ['↑', 'H', '']) : Number(value) < lo ? pick(rng, ['↓', 'L', '']) : '';
    const latin = an.aliases.filter((a) => /^[A-Za-z][A-Za-z0-9-]{1,8}$/.test(a));
    const name = zh ? `${an.nameZh}${latin.length && rng() < 0.5 ? `(${pick(rng, latin)})` : ''}` : rng() < 0.5 && latin.length ? pick(rng, latin) : an.nameEn;
    const rangeText = pick(rng, [`${lo}-${hi}`, `${lo}~${hi}`, `${lo} - ${hi}`]);
    return { an, name, value, unit: an.unit, range: rangeText, marker };
  });
}

function noiseTop(rng: Rng, zh: boolean): string[] {
  const d = `2025-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`;
  return zh
    ? [
        `${pick(rng, ['青石', '北原', '东港'])}市人民医院检验报告单`,
        `姓名：某某  性别：${pick(rng, ['男', '女'])}  年龄：${20 + Math.floor(rng() * 60)}岁  样本号：${Math.floor(rng() * 1e8)}`,
        `采集时间：${d} 08:1${Math.floor(rng() * 9)}`,
      ]
    : [
        `${pick(rng, ['Riverside', 'Oakmont', 'Harbor'])} Clinical Laboratory`,
        `Patient: Doe, J   DOB: 03/1${Math.floor(rng() * 9)}/1971   MRN ${Math.floor(rng() * 1e7)}`,
        `Collected: ${d} 07:4${Math.floor(rng() * 9)} AM`,
      ];
}

function noiseBottom(rng: Rng, zh: boolean, rows: Row[]): string[] {
  const r = pick(rng, rows);
  return zh
    ? [
        `注：本结果仅对所检标本负责，参考区间适用于18岁以上成人`,
        `危急值：${r.an.nameZh} ${r.value} 已于 10:2${Math.floor(rng() * 9)} 电话通知`,
        `第 1 页 / 共 ${1 + Math.floor(rng() * 2)} 页`,
      ]
    : [
        `Note: results verified on 2 occasions; specimen received 12 h after draw`,
        `Critical result: ${r.an.nameEn} ${r.value} called to RN at 09:1${Math.floor(rng() * 9)}`,
        `Page 1 of ${1 + Math.floor(rng() * 2)}`,
      ];
}

function render(rng: Rng, layout: Layout, zh: boolean, rows: Row[]): string[] {
  const vLabel = pick(rng, zh ? ['结果', '检测值', '测定值', '结果值'] : ['Your value', 'Result', 'Value', 'Measured']);
  const rLabel = pick(rng, zh ? ['参考范围', '参考值', '参考区间', '正常值'] : ['Standard range', 'Reference range', 'Ref range', 'Normal range']);
  const colon = pick(rng, ['', ':', '：']);
  switch (layout) {
    case 'lis':
      return [
        zh ? '序号 项目            结果      提示  单位        参考区间' : 'No  Test            Result   Flag  Units   Reference',
        ...rows.map((r, i) => `${pad(String(i + 1), 4)}${pad(r.name, 24)}${pad(r.value, 10)}${pad(r.marker, 6)}${pad(r.unit, 12)}${r.range}`),
      ];
    case 'side': {
      const half = Math.ceil(rows.length / 2);
      const cell = (r: Row | undefined) => (r ? `${pad(r.name, 22)}${pad(r.value + r.marker, 10)}${pad(r.unit, 10)}${pad(r.range, 12)}` : '');
      const rule = pick(rng, ['│ ', '    ', '| ']);
      return rows.slice(0, half).map((r, i) => `${cell(r)}${rows[half + i] ? rule + cell(rows[half + i]) : ''}`);
    }
    case 'vertical':
      return rows.flatMap((r) => [r.name, `  ${vLabel}${colon} ${r.value} ${r.unit} ${r.marker}`.trimEnd(), `  ${rLabel}${colon} ${r.range} ${r.unit}`, '']);
    case 'next-line':
      return rows.flatMap((r) => [r.name, `    ${pad(r.value, 8)}${pad(r.marker, 4)}${pad(r.unit, 10)}${r.range}`]);
    case 'columns-en':
      return [
        'Test Name              Result   Flag   Reference Range   Units',
        ...rows.map((r) => `${pad(r.name, 23)}${pad(r.value, 9)}${pad(r.marker, 7)}${pad(r.range, 18)}${r.unit}`),
      ];
    case 'units-last':
      return [
        'Component    Value    Standard Range    Units',
        ...rows.map((r) => `${pad(r.name, 13)}${pad(`${r.value} ${r.marker}`.trim(), 9)}${pad(r.range, 18)}${r.unit}`),
      ];
    case 'wechat':
      return [
        `[2025-03-0${1 + Math.floor(rng() * 8)} 2${Math.floor(rng() * 3)}:1${Math.floor(rng() * 9)}] ${zh ? '小王：化验单出来了，帮我看看' : 'Sam: got my labs back, can you look'}`,
        ...rows.map((r) => `【${r.name}】${r.value} ${r.unit} ${r.marker} [${rLabel} ${r.range}]`.replace(/\s+/g, ' ')),
        `[2025-03-09 21:2${Math.floor(rng() * 9)}] ${zh ? '医生：第3项偏高，明天复查' : 'Dr: item 3 is high, repeat tomorrow'}`,
      ];
    case 'inline':
      return rows.map((r) => `${r.name}${pick(rng, [': ', ' ', '：'])}${r.value}${r.unit} (${r.range})${r.marker}`);
  }
}

export function syntheticReports(n: number, seed: number): (IntakeCase & { layout: Layout })[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const layout = LAYOUTS[i % LAYOUTS.length];
    const zh = rng() < 0.55;
    const rows = rowsFor(rng, zh, 4 + Math.floor(rng() * 12));
    const text = [...noiseTop(rng, zh), '', ...render(rng, layout, zh, rows), '', ...noiseBottom(rng, zh, rows)].join('\n');
    const expected = rows.map((r) => ({ name: r.name, code: r.an.code, value: r.value, unit: r.unit, flag: '' }));
    return { id: `syn${i}-${layout}`, layout, text, expected };
  });
}

if (process.argv[1]?.endsWith('report-layouts.ts')) {
  const args = process.argv.slice(2);
  const opt = (k: string, d: number) => (args.includes(k) ? Number(args[args.indexOf(k) + 1]) : d);
  const cases = syntheticReports(opt('--n', 80), opt('--seed', 7));
  const res = await measureIntake(cases, ['text']);
  const t = res.text;
  if (typeof t === 'string') throw new Error(t);
  console.log(
    `synthetic layouts: ${cases.length} reports, ${t.expected} results, recall ${((100 * t.found) / t.expected).toFixed(1)}%, invented ${t.invented}, value ${((100 * t.valueCorrect) / Math.max(1, t.found)).toFixed(1)}%`,
  );
  if (args.includes('--misses')) for (const m of t.misses.filter((x) => !/ flag /.test(x))) console.log(`  ${m}`);
}
