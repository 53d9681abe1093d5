// The roles a column of a lab table can have, named by its header words (shared by the structure reader and the
// row model), and the cell gap canonical lines are joined with.

export type ColumnRole = 'name' | 'code' | 'value' | 'previous' | 'unit' | 'range' | 'flag' | 'ignore';

// Three spaces: a cell break for the line reader, but not the 4+ space gap at which it looks for a second table.
export const CELL_GAP = '   ';

/**
 * The role a column header (or a JSON key) names. Order matters: "Previous result" is a previous result before it
 * is a result, "Reference range" a range, "检验结果" a value before "检验" makes it a name.
 */
/** A Chinese label letter-spaced to align a form ("結　　果", "參 考 值") is the word itself: the spaces between its
 * characters go (column titles and labelled fields read it so). */
export const LETTER_SPACED_HAN = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;

/**
 * Words telling that a value is an earlier one, not today's: a column header's, a bracket's in a photo row ("钾 (上次
 * 6.9"), the words before a critical notice's value (critical-notice.ts: "上次危急值：钾 2.4"). Anywhere in the text.
 */
export const EARLIER_VALUE =
  /上次|前次|历史|歷史|既往|以往|上回|previous|resolved|last\s+(?:week|month|time)|histor|\bprev\b|\bprior\b|\blast\b|\bearlier\b|\bold\b|\bbefore\b|\bbaseline\b/i;
/**
 * A day, an occasion or a place before this one, as the whole header or bracket word (lower case, "-" read as a
 * space): whole only, as 原 or 旧 inside a longer title is another word (原始结果, 尿胆原), 门诊 a clinic's name.
 */
export const EARLIER_VALUE_WHOLE =
  /^(?:昨日|昨天|前日|前天|上周|上週|原|旧|舊|术前|術前|入院|入院时|入院時|外院|门诊|門診|initial|original|pre op|preop|outside)$/i;

/**
 * A column of the CHANGE since an earlier result ("变化", "较前", "变化率", "Change", "Delta", "Δ%"): its cells are
 * differences (+14%, ↓12%, -0.3), never today's value nor its flag (s38). A reading of its own, apart from
 * `columnRole`'s words (which labelled records and photo headers also use): the whole header only, so a name holding
 * the word is untouched. The table reader ignores such a column, so its header no longer makes the table untrusted.
 */
const CHANGE_HEADER =
  /^(?:变化|變化|较前|較前|较前变化|較前變化|变化率|變化率|变化值|變化值|变化幅度|變化幅度|变幅|變幅|增减|增減|增减率|增減率|差值|升降|change|chg|delta|δ|diff|difference|percent change|pct change)$/;

export function isChangeColumn(header: string): boolean {
  const h = header
    .normalize('NFKC')
    .replace(LETTER_SPACED_HAN, '')
    .replace(/[%％()（）[\]【】:：*#_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return CHANGE_HEADER.test(h);
}

export function columnRole(header: string): ColumnRole | undefined {
  const role = roleOf(header);
  if (role) return role;
  // A bilingual header ("單位 Units", "結果 Result"): either language's words name the role.
  const cjk = header.replace(/[^\u3400-\u9fff]+/g, ' ').trim();
  const latin = header.replace(/[\u3400-\u9fff]+/g, ' ').trim();
  return cjk && latin ? (roleOf(cjk) ?? roleOf(latin)) : undefined;
}

function roleOf(header: string): ColumnRole | undefined {
  const h = header
    .normalize('NFKC')
    .replace(LETTER_SPACED_HAN, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.:：()（）[\]【】*#"'`]+/g, ' ')
    .trim()
    .toLowerCase();
  if (!h) return undefined;
  if (EARLIER_VALUE.test(h) || EARLIER_VALUE_WHOLE.test(h)) return 'previous';
  if (/^(?:no|nr|num|#|序号|序號|编号|編號|行号|seq|idx|index|line|row|s ?n|sr|id)$/.test(h)) return 'ignore';
  if (
    /方法|method|日期|时间|時間|\bdate\b|\btime\b|collected|specimen|sample|标本|標本|样本|樣本|备注|備註|comment|note|remark|仪器|儀器|instrument|loinc|performed|lab site|site/.test(
      h,
    )
  )
    return 'ignore';
  if (/参考|參考|范围|範圍|区间|區間|正常值|\bref\b|reference|range|interval|normal|limits?\b|\bnorm\b|bio ?ref/.test(h)) return 'range';
  if (/^(?:单位|單位|units?|uom|unit of measure)$/.test(h)) return 'unit';
  if (/提示|旗标|旗標|标志|標誌|標示|标记|標記|异常|異常|高低|\bflags?\b|\babn|status|interpretation|indicator|^h ?\/ ?l$|^hl$|^ind$/.test(h)) return 'flag';
  if (
    /结果|結果|检测值|檢測值|测定值|測定值|数值|數值|检验值|檢驗值|result|\bvalue\b|\bval\b|current|latest|本次|当前|當前|today|observed|measured|reading/.test(
      h,
    )
  )
    return 'value';
  if (/代号|代號|代码|代碼|缩写|縮寫|英文|简称|簡稱|\bcode\b|\babbr|abbreviation|short ?name|symbol/.test(h)) return 'code';
  if (
    /项目|項目|名称|名稱|指标|指標|检验|檢驗|检测|檢測|检查|檢查|化验|化驗|^test|\btests?\b|analyte|component|\bitem\b|parameter|description|examination|investigation|observation|\bname\b|\bassay\b|\blab\b|^display$|^label$/.test(
      h,
    )
  )
    return 'name';
  return undefined;
}

/**
 * Dot leaders between cells ("Sodium.......... 118", "Result ............ 14.6 g/dL") read as a cell gap: a chain of
 * four or more dots (an ellipsis is three) joins a label or name to its content and is no part of either (pure).
 */
export function eraseLeaders(line: string): string {
  return line.replace(/(\S)[ \t]*(?:\.{4,}|…{2,}|·{4,})[ \t]*(?=\S)/g, `$1${CELL_GAP}`);
}
