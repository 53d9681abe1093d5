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

/** Drop lines that are boilerplate as a whole. */
export function removeBoilerplateLines(text: string, patterns: RegExp[]): { text: string; removed: number } {
  let removed = 0;
  const kept = text.split('\n').filter((line) => {
    const t = line.trim();
    if (t && patterns.some((re) => re.test(t))) {
      removed++;
      return false;
    }
    return true;
  });
  return { text: kept.join('\n'), removed };
}

/** Stock sign-off sentences of consultation sites, removed where they end a line. */
export const DEFAULT_SIGNOFFS: readonly string[] = [
  '感谢您?的?(进行)?咨询',
  '(期望|希望)(我的|以上的?)?(解释|回答|建议|回复)(能|可以)?(对你|对您)(有所)?帮助',
  '祝您?(早日)?(身体)?(健康|康复)',
  '(hope|i hope) (this|that) helps?',
  'thanks? (you )?for (your )?(query|question|using)[^.!]*',
];

/** Remove sign-off sentences at the ends of lines (repeatedly: "感谢咨询，希望对您有帮助。"). */
export function removeSignoffs(text: string, patterns: readonly string[] = DEFAULT_SIGNOFFS): string {
  const tail = new RegExp(`[，,。.！!；;\\s]*(?:${patterns.join('|')})[，,。.！!~～\\s]*$`, 'iu');
  return text
    .split('\n')
    .map((line) => {
      let l = line;
      for (let i = 0; i < 4; i++) {
        const next = l.replace(tail, '');
        if (next === l) break;
        l = next ? `${next}${/[。.！!？?]$/u.test(next) ? '' : /\p{Script=Han}/u.test(next) ? '。' : '.'}` : '';
      }
      return l;
    })
    .join('\n');
}
