// Row model: how printed lines become candidate result rows, whatever the layout. Pure.
//  1. clean each line: chat prefixes ("[2024-06-02 23:17] 王磊："), bracketed names (【钾】), bracketed range labels
//     ("[参考值 ≤17.5]"), box-drawing column rules (│) and inline field labels ("结果:", "Your value", "参考值") are
//     reduced to plain cells;
//  2. cut lines holding two tables side by side (a rule │ or a wide gap before a second name + value);
//  3. join vertical records: a line that is only a name, followed by field lines (a labelled value, range, unit or
//     flag, or a bare value line), becomes one row — whatever the label words, one blank line allowed between;
//  4. a row is kept as a result only when its name is supported (`nameSupport`): a known analyte, or a short
//     name-like phrase with lab evidence (unit, range, marker). Sentences, dates, IDs, notices never become rows.
import { aliasAtNameStart, aliasAtStart, isAlias } from './alias-index.js';
import { toSimplified } from '../core/han-variants.js';
import { columnRole, eraseLeaders, type ColumnRole } from './column-roles.js';
import { isFlagWord, isValueToken, parseRangeToken, splitTokens, valueIndex } from './line-tokens.js';
import { digitsForLetters } from './value-repair.js';
import type { RangeList } from './range-list.js';

export interface RowSegment {
  lineNo: number;
  rawLine: string;
  line: string;
  /** Joined from a vertical record: the name stood alone on its own line, so its words are a title, not a sentence. */
  record?: true;
  /** A table row's labelled ranges, read from its range column (structure.ts, range-list.ts). */
  rangeList?: RangeList;
}

/** Words that label a value field in app / portal layouts. */
const VALUE_LABEL_WORDS = [
  '检测结果',
  '测定结果',
  '检验结果',
  '本次结果',
  '结果值',
  '检测值',
  '测定值',
  '检验值',
  '测量值',
  '数值',
  '结果',
  'your value',
  'your result',
  'result value',
  'results?',
  'value',
  'measured',
  'observed',
];
/** Words that label a reference-range field. */
const RANGE_LABEL_WORDS = [
  '参考范围',
  '参考区间',
  '参考值',
  '正常范围',
  '正常值',
  '参考',
  'standard range',
  'reference range',
  'reference interval',
  'ref\\.? range',
  'ref\\.? interval',
  'normal range',
  'reference',
  'range',
];
const UNIT_LABEL_WORDS = ['单位', 'units?'];
const FLAG_LABEL_WORDS = ['提示', '标志', '异常提示', 'flag', 'status'];

// OCR reads a label's colon as a semicolon now and then ("结果 ; 6.85").
const labelRe = (words: string[]) => new RegExp(`^(?:${words.join('|')})(?![A-Za-z])\\s*[:：;；]?\\s*`, 'i');
const VALUE_LABEL = labelRe(VALUE_LABEL_WORDS);
const RANGE_LABEL = labelRe(RANGE_LABEL_WORDS);
const UNIT_LABEL = labelRe(UNIT_LABEL_WORDS);
const FLAG_LABEL = labelRe(FLAG_LABEL_WORDS);
const ANY_LABEL = new RegExp(
  `(^|\\s)(?:${[...VALUE_LABEL_WORDS, ...RANGE_LABEL_WORDS, ...UNIT_LABEL_WORDS].join('|')})(?![A-Za-z\\u4e00-\\u9fa5])\\s*[:：]?(?=\\s*(?:[<>≤≥]=?)?[-\\d.]|\\s*[\\u4e00-\\u9fa5A-Za-z+±])`,
  'gi',
);

/** "[2024-06-02 23:17] 王磊：", "2024/06/02 23:17 王磊:", "[09:41] Amara L (ICU reg):" — a chat message's header. */
const CHAT_PREFIX =
  /^\s*(?:[[【(]?\s*\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*[\]】)]?\s*[^\s:：\d]{1,16}|[[【]\s*(?:\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[\]】]\s*[^:：\d]{1,40}?)\s*[:：]\s*/;
/** A bracketed range field: "[参考值 ≤17.5]", "(Ref: 3.5-5.1)". */
const BRACKET_RANGE = new RegExp(`[[（(【]\\s*(?:${RANGE_LABEL_WORDS.join('|')})\\s*[:：]?\\s*([^\\]）)】]*)[\\]）)】]`, 'gi');
/**
 * A record line opening with a bracketed range label and its range after it ("【参考范围】<5.20"): the label stays a
 * label (the record's range field), not dropped as an empty bracketed range.
 */
const LEAD_RANGE_LABEL = new RegExp(`^\\s*[[【]\\s*(${RANGE_LABEL_WORDS.join('|')})\\s*[\\]】]\\s*(?=\\S)`, 'i');
/** Column rules between two tables or cells; a doubled rule ("‖", " || ") is the usual cut between two tables. */
const RULE = /\s*[│┃║¦‖]\s*|\s+\|{1,2}\s+|\s+\|\|(?=\s*$)/g;
/** Where cleanLine leaves a column rule: parse splits the line there. */
export const COLUMN_RULE = '│';

/**
 * Key=value records ("项目=钾|结果=4.1|单位=mmol/L|参考区间=3.5-5.3|提示=", "TEST=ALT | RESULT=28 | …"): the keys say
 * which cell is which. A record with a name and a value becomes plain cells in reading order; a record without
 * (patient, report time, remarks, page) holds no result and is emptied; "钾=4.1" (a test name as key) stays.
 */
export function keyValueCells(line: string): string | undefined {
  // Pairs are set apart by | ; or tab, else by a comma or spaces before the next "key=" ("test=ALT, result=28").
  const sep = /[|｜;；\t]/.test(line) ? /\s*[|｜;；\t]\s*/ : /\s*[,，]\s*(?=[\w\u4e00-\u9fa5 ]{1,30}[=＝])|\s+(?=[\w\u4e00-\u9fa5]{1,30}[=＝])/;
  const pairs = line.split(sep).map((p) => /^\s*([A-Za-z\u4e00-\u9fa5][^=＝<>≤≥]{0,29}?)\s*[=＝]\s*(.*)$/.exec(p));
  if (!pairs.length || !pairs[0]) return undefined;
  // The keys name the cells' roles, as a table header's words do (structure.ts columnRole).
  const roles = new Map<ColumnRole, string>();
  for (const m of pairs) {
    if (!m) continue;
    const role = columnRole(m[1].trim());
    if (role && !roles.has(role)) roles.set(role, m[2].trim());
  }
  const name = roles.get('name') ?? roles.get('code');
  const code = roles.get('name') && roles.get('code');
  if (name && roles.has('value')) {
    return [code && !name.includes(code) ? `${name} (${code})` : name, ...(['value', 'flag', 'unit', 'range'] as ColumnRole[]).map((r) => roles.get(r) ?? '')]
      .filter(Boolean)
      .join('   ');
  }
  const key = pairs[0][1].trim();
  const alias = aliasAtStart(key);
  if (alias && alias.length >= key.length - 1) return undefined;
  return '';
}

/** Clean one printed line into plain cells (see the file comment, step 1). */
export function cleanLine(raw: string): string {
  // A bullet before a card's name ("■ 促甲状腺激素 TSH"; OCR reads ■ as "。"): no line starts with a full stop.
  raw = raw.replace(/^\s*[■□●○◆◇▶►▪•。](?=\s*\S)\s*/, '');
  raw = eraseLeaders(raw);
  const kv = keyValueCells(raw);
  let s = kv ?? raw.replace(CHAT_PREFIX, '');
  // Delimited exports ("血清铁(Fe);4.8;μmol/L;7.8-32.2;↓"): three or more ";" are cell breaks.
  if ((s.match(/;/g) ?? []).length >= 3) s = s.replace(/\s*;\s*/g, '    ');
  // "IRON STUDIES + FBC", "血常规 + CRP": a "+" between words joins titles; it is not a positive result.
  s = s.replace(/([A-Za-z\u4e00-\u9fa5)）]) \+ (?=([A-Za-z\u4e00-\u9fa5(（][^\s]*))/g, (m, a: string, next: string) => (isValueToken(next) ? m : `${a} & `));
  s = s.replace(LEAD_RANGE_LABEL, '$1  ').replace(BRACKET_RANGE, '  $1  ');
  // 【钾】4.3 → 钾  4.3 (a bracketed name, not a bracketed code after a name). A bracketed name-field label before
  // its content ("【检测项目】钙", OCR: "【 检测项 目 】 钙") is the field's label, no part of the test's name.
  s = s.replace(/^\s*[【[]([^\]】]{1,60})[\]】]\s*/, (m, inner: string, at: number, all: string) =>
    /[A-Za-z\u4e00-\u9fa5]/.test(inner) && !DATE_OR_TIME.test(inner)
      ? columnRole(inner.replace(/\s+/g, '')) === 'name' && /\S/.test(all.slice(at + m.length))
        ? ''
        : `${inner}  `
      : m,
  );
  s = s.replace(RULE, ` ${COLUMN_RULE} `);
  return s.replace(/\s+$/, '');
}

// Thousands are grouped by commas in a value ("Abs Neut 4,610"); parse.ts normalizeLine joins them later.
const cellTokens = (cells: string): string[] => splitTokens(cells.replace(/(\d),(?=\d{3}(?!\d))/g, '$1'));

/** A value, or one whose digits a recognised text printed as look-alike letters ("l68.5", "1.O4": value-repair.ts). */
const valueLike = (t: string): boolean => isValueToken(t) || digitsForLetters(t) !== undefined;

/**
 * Cut a cleaned line at its column rules where a rule separates two rows (two tables side by side): the left part
 * holds a value and the right part starts with a name and holds a value. A rule between the cells of one row
 * ("46.2 | H  mg/L | 0-10") is only a cell break.
 */
export function splitAtRules(line: string): string[] {
  const parts = line.split(/\s*│\s*/);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    const toks = cellTokens(p);
    const startsRow = toks.length > 1 && !isValueToken(toks[0]) && /[A-Za-z\u4e00-\u9fa5]/.test(toks[0]) && toks.slice(1).some(valueLike);
    if (prev !== undefined && !(startsRow && cellTokens(prev).some(valueLike))) out[out.length - 1] = `${prev}    ${p}`;
    else out.push(p);
  }
  return out;
}

/** Strip field labels that stand before a value or range inside a line ("Your value 134", "参考值 3.5-5.3"). */
export function stripLabels(line: string): string {
  // Labels are matched on the simplified reading (參考範圍 = 参考范围); the printed characters are kept.
  const simp = toSimplified(line);
  let out = '';
  let last = 0;
  for (const m of simp.matchAll(ANY_LABEL)) {
    out += `${line.slice(last, m.index)}${m[1]} `;
    last = (m.index ?? 0) + m[0].length;
  }
  return out + line.slice(last);
}

type FieldKind = 'value' | 'range' | 'unit' | 'flag';

/** Does the line start with a field label ("Result: 6.9", "参考范围：3.5-5.3")? */
function labelled(line: string): boolean {
  const t = toSimplified(line.trim());
  return [VALUE_LABEL, RANGE_LABEL, UNIT_LABEL, FLAG_LABEL].some((re) => {
    const m = re.exec(t);
    return !!m && m[0].length < t.length;
  });
}

/** A field line of a vertical record: its kind and the text after the label. */
export function fieldLine(line: string): { kind: FieldKind; text: string } | undefined {
  const t = line.trim();
  if (!t) return undefined;
  for (const [kind, re] of [
    ['value', VALUE_LABEL],
    ['range', RANGE_LABEL],
    ['unit', UNIT_LABEL],
    ['flag', FLAG_LABEL],
  ] as const) {
    const m = re.exec(toSimplified(t));
    if (m && m[0].length < t.length) return { kind, text: t.slice(m[0].length) };
  }
  // A bare value line ("9.8 g/dL  13.0-17.7", "阴性"): it starts with a value and holds no name. "1  钠  118" is a
  // numbered row of its own, not a value line.
  const numbered = /^\d{1,3}[.、)]?\s+(.*)$/.exec(t);
  if (numbered && (aliasAtStart(numbered[1]) || /^[\u4e00-\u9fa5]/.test(numbered[1].replace(/^(?:阴性|阳性|弱阳性|正常)/, '')))) return undefined;
  const toks = splitTokens(stripLabels(t));
  const first = toks[0];
  // Chinese words after the value are a name or a sentence — unless they label a row field by its column role
  // ("治療範圍 0.8-2.0", "参考区间") or are the row's mark ("**危急值**"): cells of the value line under a name line.
  const fieldWord = (x: string) => ['range', 'unit', 'flag'].includes(columnRole(x) ?? '') || isFlagWord(x.replace(/^\*+|\*+$/g, ''));
  const wordy = toks.slice(1).some((x) => /[\u4e00-\u9fa5]{3,}/.test(x) && !isValueToken(x) && !/至|或/.test(x) && !fieldWord(x));
  // "Red Blood Cells 0-2": a colour word before name words starts a name, not a value (valueIndex).
  if (first && (valueIndex(toks) === 0 || digitsForLetters(first) !== undefined) && !wordy) return { kind: 'value', text: t };
  return undefined;
}

/**
 * A cell of a vertical record printed alone on its line after the value, without a label: a flag word, or a range
 * with at most its unit ("232 - 1245 pg/mL", ">3.0 ng/mL"). A portal prints its cells so under stacked column titles.
 */
function bareCell(line: string): Exclude<FieldKind, 'value' | 'unit'> | undefined {
  const t = toSimplified(line.trim());
  if (isFlagWord(t)) return 'flag';
  const toks = t.replace(/(\d)\s*(?:-|–|~|～|to)\s*(?=\d)/gi, '$1-').split(/\s+/);
  if (toks.length > 2 || (toks[1] !== undefined && !/^[A-Za-zμµ%][A-Za-zμµ0-9/.%^*²]*$/.test(toks[1]))) return undefined;
  const r = parseRangeToken(toks[0]);
  return r && (r.low !== undefined || r.high !== undefined) ? 'range' : undefined;
}

/** Patient / header words: a line naming them is demographics, not a test. */
export const HEADER_WORDS =
  /姓名|性别|年龄|床号|科室|住院号|门诊号|样本|标本|病历号|条码|卡号|时间|日期|\b(?:name|patient|mrn|dob|sex|age|accession|specimen|sample|page|collected|received|reported|ordered|provider|physician|doctor|method)\b/i;
const LABEL_ONLY = new RegExp(
  `^(?:${[...VALUE_LABEL_WORDS, ...RANGE_LABEL_WORDS, ...UNIT_LABEL_WORDS, ...FLAG_LABEL_WORDS, '项目', '检验项目', 'test', 'component', 'analyte'].join('|')})$`,
  'i',
);

const COLUMN_HEADER =
  /序号|编号|检验项目|检测项目|项目名称|项目|英文名称|代号|缩写|结果|提示|标志|单位|参考区间|参考范围|参考值|检测方法|方法|\b(?:no|test(?: name)?|component|analyte|result|value|your value|flag|units?|reference|range|standard|interval|ref|status)\b|[#.|:：\s]/gi;

/** Is this line only a test name (a known name, or a short name-like phrase), with no value of its own? */
function nameOnly(line: string): string | undefined {
  const body = line.replace(/^(?:\d{1,3}[.、)]?\s+|[-*•·]\s+)/, '').trim();
  const simp = toSimplified(body);
  if (!body || /[:：]\s*\S/.test(body) || LABEL_ONLY.test(simp) || /[，。；;!?！？]/.test(body)) return undefined;
  // A table's column header ("序号 项目 结果 提示 单位 参考区间", "Test Result Flag Units Reference Range").
  if (!simp.replace(COLUMN_HEADER, '').trim()) return undefined;
  const alias = aliasAtNameStart(body);
  if (!alias && HEADER_WORDS.test(simp)) return undefined;
  // A code that is itself a name ("糖类抗原125 CA125") is no value.
  const rest = splitTokens(body.slice(alias?.length ?? 0).replace(/[（(][^)）]{0,24}[)）]/g, ''))
    .filter((t) => !isAlias(t))
    .join(' ');
  // A hyphen or a colour word between name words is no value ("Haemoglobin A1c level - International Federation of").
  if (valueIndex(splitTokens(rest)) >= 0 || /\d{3,}/.test(rest)) return undefined;
  if (alias) return body;
  const words = body.split(/\s+/);
  if (!/[A-Za-z\u4e00-\u9fa5]/.test(body) || body.length > 40 || words.length > 6) return undefined;
  return body;
}

/**
 * Lines continuing a record's name: words only (no label, no value first, no sentence punctuation), not a known name
 * of their own (that is the next test), followed by the record's first field line. Returns the name to use and how
 * many lines the wrap took, or undefined when the lines after the name are no wrap.
 */
function wrappedName(first: string, next: readonly RowSegment[]): { name: string; lines: number } | undefined {
  const known = aliasAtNameStart(first);
  let words = '';
  for (let k = 0; k < next.length - 1; k++) {
    const t = next[k].line.trim();
    if (!t || fieldLine(t) || labelled(t) || /[:：，。；;!?！？]/.test(t) || aliasAtNameStart(t) || t.split(/\s+/).length > 8) return undefined;
    words = `${words} ${t}`.trim();
    if (!fieldLine(next[k + 1].line)) continue;
    if (known) return { name: first, lines: k + 1 };
    const joined = `${first} ${words}`;
    const whole = aliasAtNameStart(joined);
    return whole && whole.length > first.length + 1 ? { name: joined, lines: k + 1 } : undefined;
  }
  return undefined;
}

/**
 * Join vertical records (step 3): a name-only line followed by field lines. Returns one segment per row, numbered
 * as the value's line. Lines that are not part of a record pass through unchanged.
 */
export function joinRecords(segments: RowSegment[]): RowSegment[] {
  const out: RowSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    let name = nameOnly(s.line);
    // A bracketed qualifier alone ("(Calculated)" under "A : G Ratio") qualifies the line above; it names no record.
    if (name && bracketOnly(name)) name = undefined;
    if (name) {
      let j = i + 1;
      // …so under a name it belongs to that name, and the record's fields follow it ("Non-HDL Cholesterol" /
      // "(Calculated)" / "225 mg/dL": review s23 R8 lost the row).
      if (segments[j] && bracketOnly(segments[j].line.trim())) j++;
      // A long name wrapped over up to two more lines before its value ("GFR calculated by CKD-EPI equation" / "per
      // 1.73 square metres" / "52 mL/min"): the wrapped words qualify the name the first line already spells; an
      // unknown first line is a name only when the words joined to it make a known one.
      const wrap = wrappedName(name, segments.slice(j, j + 3));
      if (wrap) {
        name = wrap.name;
        j += wrap.lines;
      }
      if (segments[j] && !segments[j].line.trim() && segments[j + 1] && segments[j + 1].lineNo !== s.lineNo) j++;
      const fields: { kind: FieldKind; text: string; seg: RowSegment }[] = [];
      while (j < segments.length && fields.length < 5) {
        // A card may set its labelled fields apart by one blank line ("Result" / "6.9" / "" / "Range" / …).
        if (fields.length && !segments[j].line.trim() && segments[j + 1] && labelled(segments[j + 1].line)) j++;
        const bare = fields.some((x) => x.kind === 'value') ? bareCell(segments[j].line) : undefined;
        const f = bare && !fields.some((x) => x.kind === bare) ? { kind: bare, text: segments[j].line.trim() } : fieldLine(segments[j].line);
        if (!f) break;
        // A bare value line that itself starts with a known name is a row of its own.
        if (fields.some((x) => x.kind === f.kind && f.kind !== 'flag')) break;
        fields.push({ ...f, seg: segments[j] });
        j++;
      }
      const value = fields.find((f) => f.kind === 'value');
      if (value) {
        const order: FieldKind[] = ['value', 'flag', 'unit', 'range'];
        const text = order.flatMap((k) => fields.filter((f) => f.kind === k).map((f) => stripLabels(f.text))).join('   ');
        out.push({ lineNo: value.seg.lineNo, rawLine: value.seg.rawLine, line: `${name}   ${text}`, record: true });
        i = j - 1;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** A bracketed qualifier alone ("(Calculated)", "(HbA1c)", "(CLIA)"): it qualifies a name, it is none. */
export function bracketOnly(text: string): boolean {
  return /^\s*[（(]/.test(text) && !/[A-Za-z\u4e00-\u9fa5]/.test(text.replace(/[（(][^)）]*[)）]/g, ''));
}

/** Does the text hold a function word of a sentence ("… results are final.")? */
export function isProse(text: string): boolean {
  return PROSE.test(text);
}

/** Function words of sentences; a name holding one is prose ("You have 2", "possible if Tg >40"). */
const PROSE =
  /\b(?:you|your|if|please|have|has|is|are|was|were|possible|may|might|should|will|call|called|when|this|that|these|been|not|due|per|see|using|equation|considered|values|apply|applies|between)\b/i;
/** Notices and alerts quoting a result that is printed elsewhere. */
const NOTICE = /危急|通知|已报告|复查|critical|notified|called|alert|panic|communicated/i;
const DATE_OR_TIME = /\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\b\d{1,2}[:∶]\d{2}\b|\d{1,2}\/\d{1,2}\/\d{2,4}/;

/**
 * Does the text before the value support a result row? Known analytes are supported unless the name is a notice;
 * unknown names need to look like a test name and the row needs lab evidence (unit, range or marker).
 */
export function nameSupport(name: string, known: boolean, labEvidence: boolean, nameLine = false): boolean {
  if (NOTICE.test(name) || DATE_OR_TIME.test(name)) return false;
  // A ratio of two known names ("AST/ALT", "尿素/肌酐比值") is vocabulary-supported even when we have no range for it.
  if (!known && isRatioName(name)) known = true;
  // A known name printed alone on its line above its value (a vertical record) is a title, whatever words it holds
  // ("GFR calculated by CKD-EPI equation"); a name before a value on one line may be a sentence quoting it.
  if (known) return nameLine || !PROSE.test(name.replace(/[（(][^)）]*[)）]/g, ''));
  if (!labEvidence || PROSE.test(name) || HEADER_WORDS.test(toSimplified(name))) return false;
  // A test name has a capital letter or Chinese: "functional sensitivity 0.005 uIU/mL" is prose.
  if (!/[A-Z\u4e00-\u9fa5]/.test(name)) return false;
  // Commas before a word or two each, ending the name, set off qualifiers ("Insulin, fasting", "Bilirubin, direct,
  // serum"); other commas and sentence stops are prose.
  if (/[,，。;；!?！？]/.test(name.replace(/[（([][^)）\]]*[)）\]]/g, '').replace(/(?:,\s*[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z0-9][A-Za-z0-9-]*)?)+\s*$/, '')))
    return false;
  if (/\brange\b|参考|desirable|optimal|target/i.test(name)) return false;
  // A name that already holds a measured value ("患者体温 37.0℃ 吸氧方式 鼻导管") is a line of fields, not a test name.
  if (/\d[.,]\d+\s*(?:°C?|℃|%)/.test(name)) return false;
  const latinWords = name
    .replace(/[\u4e00-\u9fa5]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z]{2,}/.test(w));
  const cjk = (name.match(/[\u4e00-\u9fa5]/g) ?? []).length;
  return latinWords.length <= 6 && cjk <= 16;
}

/** "AST/ALT", "谷草/谷丙", "LDL-C/HDL-C", "尿素/肌酐比值", "BUN/Creatinine Ratio": both sides are test names. */
export function isRatioName(name: string): boolean {
  const sides = name
    .replace(/\s*(?:ratio|比值|比率|比)$/i, '')
    .split(/\s*\/\s*/)
    .map((x) => x.trim());
  if (sides.length !== 2 || !sides[0] || !sides[1]) return false;
  const known = (x: string) => {
    const a = aliasAtStart(x);
    return !!a && a.length >= x.replace(/[-\s]?c$/i, '').length - 1;
  };
  return known(sides[0]) && known(sides[1]);
}
