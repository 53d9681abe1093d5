// Identifiers read from the column they stand in. A record exported as a table ("床号|姓名|性别|年龄|住院号",
// "Rm | Patient | Age/Sex | … | MD/APP | RN") puts its label once, in the header, and the values rows below it — with
// no colon, no title and no cue next to the value, so the field rules (labelled.ts, structure-*.ts) never see a
// label beside "莫", "1033962" or "Mbeki". This reader finds pipe- or tab-separated blocks, types each header cell
// (the id labels of labelled.ts, plus person, date, phone, age and bed/room headers), and reads every row's cell under
// a typed header by the shape that type takes in a cell: a name is the cell's Han or capitalised Latin run (kinship
// words around it stripped), a bed a short code, a date each day/month token, an age only over 89 (Safe Harbor).
import type { PhiSpan, PhiType } from '../types.js';
import { englishWord } from '../../knowledge/english-words.js';
import { labelType } from './labelled.js';
import { validDM } from './score-shapes.js';
import { span } from './span.js';

type ColumnKind = PhiType | 'BED' | 'USER';

/** Headers naming a person: the patient, a signer, a carer, the clinician or nurse in charge. */
const PERSON_ZH =
  /姓名|名字|患者|病人|患儿|签名|签字|护士|医生|医师|经办人|联系人|家长|监护人|责任人|执行人|记录人|操作人|操作者|审核人|交班人|接班人|主管|技师|药师|治疗师|陪护/;
const PERSON_EN = new Set(
  'patient patients pt name names nurse rn lpn cna md do app np pa provider physician doctor doc dr surgeon consultant midwife witness visitor employee caller informant recipient clinician attending resident signature signed sign initials staff by contact guardian parent carer caregiver tech technician pharmacist therapist clinician author owner assigned'.split(
    ' ',
  ),
);
const DATE_ZH = /日期|生日|出生年月|出生日/;
const DATE_EN = new Set('date dob dated birthdate birthday'.split(' '));
const PHONE_ZH = /电话|手机|联系方式|联系电话/;
const PHONE_EN = new Set('phone tel telephone mobile cell'.split(' '));
const AGE_ZH = /年龄/;
const AGE_EN = new Set(['age']);
const BED_ZH = /^(?:床号|床位号?|床)$/;
const BED_EN = new Set('bed rm room bay'.split(' '));
/** A login column: the cell is a user name ("jdoe2", "dr_okonjo"), often with the person's name after it. */
const USER_EN = new Set('user username login userid actor account'.split(' '));
const USER_ZH = /用户名|账号|帐号|登录名|操作员/;

/** The kinds a header cell names; a contact column ("家长联系方式", "Contact phone") names a person and a phone. */
export function headerKinds(header: string): ColumnKind[] {
  const h = header.trim();
  if (!h || h.length > 24 || /\d{2}/.test(h)) return [];
  const words = h
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  // A bed or room column before the id labels: labelled.ts reads "床号" as a record number with a value after it.
  if (BED_ZH.test(h) || (words.length === 1 && BED_EN.has(words[0]) && !/[\u4e00-\u9fff]/.test(h))) return ['BED'];
  if (USER_ZH.test(h) || (words.length <= 2 && has(USER_EN))) return ['USER'];
  const id = labelType(h);
  if (id) return [id];
  const kinds: ColumnKind[] = [];
  if (DATE_ZH.test(h) || has(DATE_EN)) kinds.push('DATE');
  if (PHONE_ZH.test(h) || has(PHONE_EN)) kinds.push('PHONE');
  if (AGE_ZH.test(h) || has(AGE_EN)) kinds.push('AGE');
  // "Patient ID" and "就诊日期" are not persons; "家长联系方式" is a person and a phone.
  if ((PERSON_ZH.test(h) || has(PERSON_EN)) && !kinds.includes('DATE') && !kinds.includes('AGE')) kinds.push('NAME');
  return kinds;
}

/** Cells that are no one: "同上", "—", "UNKNOWN", "N/A". */
const EMPTY_ZH = /^(?:同上|同前|否|是|无|有|待定|本人|未知|不详|家属|空|略|暂无|未填|男|女)$/;
const NOT_NAME_EN = new Set(
  'unknown none n/a na tbd pending same above self patient pt unk nil ditto yes no male female m f md do rn np pa app lpn cna dr mr mrs ms miss prof'.split(
    ' ',
  ),
);
const KIN_AFTER = /^([\u4e00-\u9fff]{1,2}?)(?:妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|阿姨|叔叔|老师|先生|女士|师傅|妈|爸)$/;
const KIN_BEFORE = /^(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|妈妈|爸爸|母亲|父亲|哥哥|姐姐|女儿|儿子|丈夫|妻子|爱人|老伴)([\u4e00-\u9fff]{2,4})$/;
const HAN_RUN = /[\u4e00-\u9fff][\u4e00-\u9fff·•]*/g;
const LATIN_RUN = /\p{Lu}[\p{L}'’.-]*(?:,?[ ]\p{Lu}[\p{L}'’.-]*)*/gu;

function nameSpans(text: string, start: number, end: number, out: PhiSpan[]): void {
  const cell = text.slice(start, end);
  if (EMPTY_ZH.test(cell.trim())) return;
  HAN_RUN.lastIndex = 0;
  for (const m of cell.matchAll(HAN_RUN)) {
    const run = m[0];
    const at = start + (m.index ?? 0);
    if (EMPTY_ZH.test(run)) continue;
    const after = KIN_AFTER.exec(run);
    if (after) {
      out.push(span('NAME', text, at, at + after[1].length));
      continue;
    }
    const before = KIN_BEFORE.exec(run);
    if (before) {
      out.push(span('NAME', text, at + run.length - before[1].length, at + run.length));
      continue;
    }
    if (run.length <= 4 || (run.includes('·') && run.length <= 12)) out.push(span('NAME', text, at, at + run.length));
  }
  LATIN_RUN.lastIndex = 0;
  for (const m of cell.matchAll(LATIN_RUN)) {
    // Drop credentials and placeholders at either end of the run ("Lindqvist PA", "UNKNOWN").
    const words = m[0].split(/(?=[ ,])/);
    let first = 0;
    let last = words.length;
    const plain = (w: string) => w.replace(/[ ,.]/g, '').toLowerCase();
    while (first < last && NOT_NAME_EN.has(plain(words[first]))) first++;
    while (last > first && NOT_NAME_EN.has(plain(words[last - 1]))) last--;
    if (first >= last) continue;
    const lead = words.slice(0, first).join('').length;
    const body = words
      .slice(first, last)
      .join('')
      .replace(/^[ ,]+/, '');
    const offset = (m.index ?? 0) + lead + (words.slice(first, last).join('').length - body.length);
    const s = start + offset;
    const trimmed = body.replace(/[.,]+$/, '');
    if (trimmed.replace(/[^\p{L}]/gu, '').length >= 2) out.push(span('NAME', text, s, s + trimmed.length));
  }
}

const DATE_TOKEN = /(?<![\d.:/])(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2}))?|\d{1,2}月\d{1,2}[日号]?)(?![\d:]|\.\d)/g;
const BED_VALUE = /^[+]?(?:[A-Za-z]{1,3}[ -]?)?\d{1,4}[A-Za-z]?(?:号?床)?$/;
const ID_VALUE = /^[A-Za-z0-9][A-Za-z0-9-]{2,}$/;

function validMonthDay(token: string): boolean {
  const parts = token
    .split(/[-/.年月日号]/)
    .filter(Boolean)
    .map(Number);
  const [a, b] = parts.length === 3 && parts[0] > 31 ? [parts[1], parts[2]] : [parts[0], parts[1]];
  return validDM(a, b);
}

function cellSpans(kind: ColumnKind, text: string, start: number, end: number, out: PhiSpan[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (start >= end) return;
  const cell = text.slice(start, end);
  switch (kind) {
    case 'NAME':
      nameSpans(text, start, end, out);
      return;
    case 'USER': {
      const m = /^[A-Za-z][A-Za-z0-9_.-]{2,31}(?![A-Za-z0-9_.-])/.exec(cell);
      // "system", "same", "admin" are words, not someone's login.
      if (m && (/[\d_.]/.test(m[0]) || !englishWord(m[0].toLowerCase()))) out.push(span('OTHER_ID', text, start, start + m[0].length));
      nameSpans(text, start + (m?.[0].length ?? 0), end, out);
      return;
    }
    case 'BED':
      if (BED_VALUE.test(cell)) out.push(span('MRN', text, start, end));
      return;
    case 'DATE':
      DATE_TOKEN.lastIndex = 0;
      for (const m of cell.matchAll(DATE_TOKEN)) {
        if (validMonthDay(m[0])) out.push(span('DATE', text, start + (m.index ?? 0), start + (m.index ?? 0) + m[0].length));
      }
      return;
    case 'AGE': {
      const m = /^(\d{2,3})(?!\d)/.exec(cell);
      if (m && Number(m[1]) >= 90 && Number(m[1]) < 140) out.push(span('AGE', text, start, start + m[1].length));
      return;
    }
    case 'PHONE': {
      const m = /\+?\d[\d -]{5,16}\d/.exec(cell);
      if (m && m[0].replace(/\D/g, '').length >= 7) out.push(span('PHONE', text, start + m.index, start + m.index + m[0].length));
      return;
    }
    default:
      if (ID_VALUE.test(cell) && /\d/.test(cell)) out.push(span(kind, text, start, end));
  }
}

interface Line {
  start: number;
  cells: { start: number; end: number }[];
}

/** A line's cells when it is a table row: two or more '|' (or tabs); a leading/trailing border pipe is not a cell. */
function rowCells(text: string, start: number, end: number): Line | null {
  const line = text.slice(start, end);
  const sep = (line.match(/\|/g)?.length ?? 0) >= 2 ? '|' : (line.match(/\t/g)?.length ?? 0) >= 2 ? '\t' : null;
  if (!sep) return null;
  const cells: { start: number; end: number }[] = [];
  let at = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === sep) {
      cells.push({ start: at, end: i });
      at = i + 1;
    }
  }
  const blank = (c: { start: number; end: number }) => !text.slice(c.start, c.end).trim();
  if (cells.length && blank(cells[0]) && sep === '|') cells.shift();
  if (cells.length && blank(cells[cells.length - 1]) && sep === '|') cells.pop();
  return cells.length >= 2 ? { start, cells } : null;
}

const RULE_LINE = /^[\s|:+=-]*$/;

/** A cell that is a day and month and nothing more (a clock time or AM/PM may follow): "5/20", "5/20 AM", "08/06 11:14". */
const DATE_CELL = /^(\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2}))?|\d{4}-\d{1,2}-\d{1,2})(?:[ T]+(?:AM|PM|am|pm|\d{1,2}:\d{2}(?::\d{2})?))?$/;
const BLANK_CELL = /^[\s—–\-/?]*$/;

/** A column nobody labelled as dates ("Last taken", "上次") is still one when every cell of two or more rows is a
 * day and month: the values type it. */
function dateColumns(text: string, rows: Line[], typed: (i: number) => boolean, out: PhiSpan[]): void {
  if (rows.length < 2) return;
  const width = Math.max(...rows.map((r) => r.cells.length));
  for (let i = 0; i < width; i++) {
    if (typed(i)) continue;
    const cells = rows.map((r) => r.cells[i]).filter((c) => c && !BLANK_CELL.test(text.slice(c.start, c.end)));
    if (cells.length < 2) continue;
    const dates = cells.map((c) => {
      const raw = text.slice(c.start, c.end);
      const lead = raw.length - raw.trimStart().length;
      const m = DATE_CELL.exec(raw.trim());
      return m && validMonthDay(m[1]) ? { start: c.start + lead, end: c.start + lead + m[1].length } : null;
    });
    if (dates.every((d) => d)) for (const d of dates) if (d) out.push(span('DATE', text, d.start, d.end));
  }
}

export function detectTableColumns(text: string): PhiSpan[] {
  if (!text.includes('|') && !text.includes('\t')) return [];
  const out: PhiSpan[] = [];
  let header: ColumnKind[][] | null = null;
  let rows: Line[] = [];
  const close = () => {
    const h = header;
    dateColumns(text, rows, (i) => (h?.[i]?.length ?? 0) > 0, out);
    rows = [];
  };
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const row = rowCells(text, at, end);
    if (!row) {
      close();
      header = null;
    } else if (!RULE_LINE.test(text.slice(at, end))) {
      // A header is a row of labels: at least one typed, and no cell holding a long number. A second table may follow
      // the first without a blank line: a row of another width, or of two typed labels and no digits, starts it.
      const labels = () => row.cells.map((c) => headerKinds(text.slice(c.start, c.end)));
      const digits = row.cells.some((c) => /\d{3}/.test(text.slice(c.start, c.end)));
      let kinds: ColumnKind[][] | null = null;
      if (!header || row.cells.length !== header.length || !/\d/.test(text.slice(at, end))) kinds = labels();
      const typed = kinds?.filter((k) => k.length).length ?? 0;
      // A first row without a digit is a header even when none of its labels is typed ("# | Medication | Last taken").
      if (kinds && !digits && (typed >= (header ? 2 : 1) || (!header && !rows.length && !/\d/.test(text.slice(at, end))))) {
        close();
        header = kinds;
      } else if (header && row.cells.length < header.length - 1) {
        close();
        header = null;
        rows.push(row);
      } else {
        rows.push(row);
        const h = header;
        if (h)
          row.cells.forEach((c, i) => {
            for (const kind of h[i] ?? []) cellSpans(kind, text, c.start, c.end, out);
          });
      }
    }
    at = end + 1;
  }
  close();
  return out;
}
