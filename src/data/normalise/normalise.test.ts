import { describe, expect, it } from 'vitest';
import { normaliseOptions, normaliseText } from './step.js';
import { compileBoilerplate, DEFAULT_BOILERPLATE, removeSignoffs } from './boilerplate.js';
import { normaliseUnicode } from './unicode.js';
import { stripHtml } from './html.js';
import { normaliseWhitespace } from './whitespace.js';

const o = normaliseOptions.parse({});
const pats = compileBoilerplate(DEFAULT_BOILERPLATE);

describe('normalise', () => {
  it('folds full-width Latin and digits (NFKC) but keeps Chinese punctuation', () => {
    expect(normaliseUnicode('ＣＴ检查：血压１４０／９０ｍｍＨｇ，正常吗？')).toBe('CT检查：血压140/90mmHg，正常吗？');
    expect(normaliseUnicode('ＡＢＣ，ｘ')).toBe('ABC,x');
    expect(normaliseUnicode('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  it('strips HTML, decodes entities, turns blocks into lines', () => {
    expect(normaliseWhitespace(stripHtml('<div><p>发热&nbsp;3天</p><script>x()</script><br/>咳嗽&amp;咽痛&#x4e86;</div>'))).toBe('发热 3天\n\n咳嗽&咽痛了');
    expect(stripHtml('a < b and c > d')).toBe('a < b and c > d');
  });

  it('collapses whitespace, removes zero-width and control characters', () => {
    expect(normaliseWhitespace('  头痛\u200b\t\t发热 \r\n\r\n\r\n\u3000乏力\u0007  ')).toBe('头痛 发热\n\n乏力');
  });

  it('drops boilerplate lines and stock sign-offs, keeps content', () => {
    const t = normaliseText(
      '<p>高血压病人可以口服党参。感谢您的进行咨询，期望我的解释对你有所帮助。</p><p>版权所有 © 某网站</p><p>上一篇：糖尿病</p>',
      o,
      pats,
    );
    expect(t).toBe('高血压病人可以口服党参。');
    expect(removeSignoffs('Drink more water. Hope this helps.')).toBe('Drink more water.');
  });
});
