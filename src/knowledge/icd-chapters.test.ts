import { describe, expect, it } from 'vitest';
import { chapterOf, chaptersFarApart, chaptersOfRange } from './icd-chapters.js';
import { parseIcdCode } from './icd10.js';

describe('ICD-10 chapters', () => {
  it('splits letters shared by two chapters at the WHO boundaries', () => {
    expect(chapterOf('D48')?.id).toBe('II');
    expect(chapterOf('D50')?.id).toBe('III');
    expect(chapterOf('H59')?.id).toBe('VII');
    expect(chapterOf('H60')?.id).toBe('VIII');
    expect(chapterOf(parseIcdCode('T98.300')!)?.id).toBe('XIX');
    expect(chapterOf(parseIcdCode('K35.900')!)?.id).toBe('XI');
  });

  it('reads indication ranges at the category level, across chapter boundaries', () => {
    expect(chaptersOfRange('C00-D89').map((c) => c.id)).toEqual(['II', 'III']);
    expect(chaptersOfRange('N39.0').map((c) => c.id)).toEqual(['XIV']);
    expect(chaptersOfRange('J44.0-J44.1').map((c) => c.id)).toEqual(['X']);
  });

  it('calls organ chapters far apart only when their cases are no differential of each other', () => {
    expect(chaptersFarApart('VII', 'XI')).toBe(true);
    // Headache with visual aura (nervous system) against an eye disease; dyspnoea of heart or lung; gout (metabolic).
    expect(chaptersFarApart('VII', 'VI')).toBe(false);
    expect(chaptersFarApart('IX', 'X')).toBe(false);
    expect(chaptersFarApart('XIII', 'IV')).toBe(false);
    // Cause-grouped chapters (infections, neoplasms, injuries) can sit in any system.
    expect(chaptersFarApart('I', 'VII')).toBe(false);
    expect(chaptersFarApart('II', 'XI')).toBe(false);
  });
});
