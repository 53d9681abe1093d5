// Boilerplate lines: navigation, copyright, share/ad lines and stock sign-offs of consultation sites.

export const DEFAULT_BOILERPLATE: readonly string[] = [
  '^(copyright|©|\\(c\\)|all rights reserved)',
  '(版权所有|版权声明|免责声明|转载请注明|本文来源|责任编辑)',
  '^(点击|分享到|扫一扫|关注我们|上一篇|下一篇|返回顶部|相关阅读|推荐阅读)',
  '^(click here|share this|read more|related articles|subscribe)',
  '^(感谢您的(进行)?咨询|祝您?(早日)?(身体)?(健康|康复)|希望(我的回答|以上)?(能|可以)?(对你|对您)?有(所)?帮助)[。！!.]*$',
];

export function compileBoilerplate(patterns: readonly string[] = DEFAULT_BOILERPLATE): RegExp[] {
  return patterns.map((p) => new RegExp(p, 'iu'));
}

// A dose or measurement on a line means content, whatever boilerplate words the line also has.
const DOSE = /\d\s*(mg|g|ml|l|μg|ug|mcg|iu|u|mmol|mmhg|%|毫克|克|毫升|升|片|粒|袋|支|次|单位|岁|天|周|月|年)/iu;

/** Drop lines that are boilerplate as a whole (never a line carrying a dose or measurement). */
export function removeBoilerplateLines(text: string, patterns: RegExp[]): { text: string; removed: number; lines: string[] } {
  const lines: string[] = [];
  const kept = text.split('\n').filter((line) => {
    const t = line.trim();
    if (t && patterns.some((re) => re.test(t)) && !DOSE.test(t)) {
      lines.push(t);
      return false;
    }
    return true;
  });
  return { text: kept.join('\n'), removed: lines.length, lines };
}

/** Stock sign-off clauses of consultation sites; each must match a whole clause (between ，。！ and line ends). */
export const DEFAULT_SIGNOFFS: readonly string[] = [
  '感谢您?的?(进行)?(咨询|提问|信任)',
  '(期望|希望)(我的|以上的?)?(解释|回答|建议|回复|解答)?(能|可以)?(对你|对您|给您|给你)(有所|带来)?帮助',
  '祝您?(早日)?(身体)?(健康|康复)',
  '(hope|i hope) (this|that|my answer|i have answered your (query|question)) (helps?|is helpful|answers your (query|question))',
  'thanks? (you )?for (your )?(query|question|using [a-z ]+|contacting [a-z ]+|writing (in|to us))',
  '(take care|wish you (good health|a speedy recovery|all the best)|best wishes|regards)',
];

// Words that make a clause clinical: such a clause is never removed, even if a sign-off pattern matches it.
const CLINICAL = /\d|药|服用|剂量|治疗|检查|手术|注射|就诊|医院|\b(mg|ml|dose|tablet|medic\w*|drug|treat\w*|test|doctor visit|hospital|surgery)\b/iu;

const TRAIL = /[，,。.！!；;~～\s]+$/u;
const BOUNDARY = /[，,。.！!？?；;]/gu;

// One anchored alternation per pattern list, compiled once (the normalise step calls removeSignoffs for every record).
const WHOLE = new WeakMap<readonly string[], RegExp>();
function wholeClause(patterns: readonly string[]): RegExp {
  let re = WHOLE.get(patterns);
  if (!re) WHOLE.set(patterns, (re = new RegExp(`^(?:${patterns.join('|')})$`, 'iu')));
  return re;
}

/** Remove trailing sign-off clauses from each line: only whole clauses that match a pattern and say nothing
 *  clinical, from the end backwards — "…you should take ibuprofen 400 mg." is never reached. */
export function removeSignoffs(text: string, patterns: readonly string[] = DEFAULT_SIGNOFFS): string {
  const whole = wholeClause(patterns);
  return text
    .split('\n')
    .map((line) => {
      let l = line;
      let changed = false;
      for (let guard = 0; guard < 8; guard++) {
        const body = l.replace(TRAIL, '');
        let cut = -1;
        for (const m of body.matchAll(BOUNDARY)) cut = (m.index ?? 0) + 1;
        const clause = body.slice(Math.max(cut, 0)).trim();
        if (!clause || !whole.test(clause) || CLINICAL.test(clause)) break;
        l = cut < 0 ? '' : body.slice(0, cut);
        changed = true;
      }
      if (!changed) return line;
      // End what is left with a full stop of its script (the removed clause's comma would dangle).
      const rest = l.replace(/[，,；;~～\s]+$/u, '');
      if (!rest) return '';
      return /[。.！!？?]$/u.test(rest) ? rest : `${rest}${/\p{Script=Han}/u.test(rest) ? '。' : '.'}`;
    })
    .join('\n');
}
