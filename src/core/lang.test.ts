import { describe, expect, it } from 'vitest';
import { detectLang, scriptStats } from './lang.js';

describe('detectLang', () => {
  it('detects Chinese, English and neither', () => {
    expect(detectLang('我最近胸口疼，喘不上气')).toBe('zh');
    expect(detectLang('服用 Aspirin 100mg 后胃痛怎么办')).toBe('zh');
    expect(detectLang('What are the symptoms of glaucoma?')).toBe('en');
    expect(detectLang('123 456 !!!')).toBe('other');
  });

  it('counts scripts, ignoring whitespace', () => {
    expect(scriptStats('胸痛 ab 12')).toEqual({ han: 2, latin: 2, digits: 2, other: 0, total: 6 });
  });
});
