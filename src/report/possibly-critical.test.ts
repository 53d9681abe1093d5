import { describe, expect, it } from 'vitest';
import type { Triage } from '../safety/types.js';
import { memoryRetriever } from '../../test/helpers/rag-memory-retriever.js';
import { interpretReport } from './interpret.js';
import { formatFindings, reportTriage } from './lab-findings.js';
import { parseLabReport } from './parse.js';

// Reviewer probes: a line skipped for its shape (a sentence after the value) that names a known test beside a value
// critical for it in its unit is "please check" — shown and triaged, never a result; a cut-off footnote is not.
const routine: Triage = { level: 'routine', reasons: [], message: '' };

describe('possibly critical value on a skipped line', () => {
  it('keeps the skipped line as please-check with analyte, printed text and reason; no result is invented', () => {
    const r = parseLabReport('Sodium 140 mmol/L 135-145\nPotassium 6.9 mmol/L critical, phoned to ward');
    expect(r.results.map((x) => x.code)).toEqual(['na']);
    expect(r.skipped).toEqual([
      {
        line: 2,
        text: 'Potassium 6.9 mmol/L critical, phoned to ward',
        reason: expect.any(String),
        check: { code: 'k', nameEn: 'Potassium', nameZh: '钾', valueText: '6.9', unit: 'mmol/L', flag: 'critical-high' },
      },
    ]);
    const zh = parseLabReport('钠 140 mmol/L 135-145\n钾 6.9 mmol/L 危急值，已电话通知病房张医生并记录');
    expect(zh.results.map((x) => x.code)).toEqual(['na']);
    expect(zh.skipped[0].check).toMatchObject({ code: 'k', valueText: '6.9' });
  });

  it('does not raise it for a cut-off footnote or a value that is not critical', () => {
    for (const text of [
      'Sodium 140 mmol/L 135-145\nK > 6.0 mmol/L critical, phone the ward',
      'Sodium 140 mmol/L 135-145\nPotassium 4.1 mmol/L see comment, repeated on a second sample',
    ]) {
      const r = parseLabReport(text);
      expect(r.skipped.every((s) => s.check === undefined)).toBe(true);
      expect(reportTriage(r, routine, '911').level).toBe('routine');
    }
  });

  it('shows the please-check notice in both languages and makes the triage at least urgent', () => {
    const en = parseLabReport('Sodium 140 mmol/L 135-145\nPotassium 6.9 mmol/L critical, phoned to ward');
    const t = reportTriage(en, routine, '911');
    expect(t.level).toBe('urgent');
    expect(t.reasons).toContain('possibly-critical-lab:k');
    expect(t.message).toContain('A possibly critical value could not be read with certainty: Potassium 6.9 mmol/L — please check the report / contact the lab');
    expect(formatFindings(en)).toContain('Potassium 6.9 mmol/L — please check');
    const zh = parseLabReport('钠 140 mmol/L 135-145\n钾 6.9 mmol/L 危急值，已电话通知病房张医生并记录');
    expect(reportTriage(zh, routine, '120').message).toContain('可能的危急值未能准确读取：钾 6.9 mmol/L');
    expect(formatFindings(zh)).toContain('钾 6.9 mmol/L——请核对报告原件或联系化验室');
    // An emergency from the text stays an emergency.
    const emergency: Triage = { level: 'emergency', reasons: ['x'], message: 'call now' };
    expect(reportTriage(en, emergency, '911').level).toBe('emergency');
  });

  it('interpretation shows it to the user, warns, and triages urgent', async () => {
    const { answer } = await interpretReport('Sodium 140 mmol/L 135-145\nPotassium 6.9 mmol/L critical, phoned to ward', {
      retriever: memoryRetriever([]),
      triage: () => routine,
      terminology: null,
      principles: '',
      emergencyNumber: '911',
    });
    expect(answer.triage?.level).toBe('urgent');
    expect(answer.answer).toContain('A possibly critical value could not be read with certainty: Potassium 6.9 mmol/L');
    expect(answer.warnings.map((w) => w.code)).toContain('report-possibly-critical');
  });
});

describe('critical values quoted in notes and notices (session 9)', () => {
  const checks = (text: string) => parseLabReport(text).skipped.flatMap((s) => (s.check ? [[s.check.code, s.check.valueText, s.check.flag]] : []));
  it('lists each critical value a note or notice quotes as please-check when the table does not hold the test', () => {
    // Session 14: the notice itself calls PT 62.3 critical (critical-notice.ts), so it is listed although our bundled
    // limits call it only high; before, only INR was.
    expect(checks('Sodium  140  mmol/L  135-145\nCRITICAL VALUE NOTIFICATION: PT 62.3 sec / INR 6.4 called to and read back by RN on ward 9')).toEqual([
      ['inr', '6.4', 'critical-high'],
      ['pt', '62.3', 'critical-high'],
    ]);
    expect(checks('钠 140 mmol/L 135-145\n危急值：钾 6.9 mmol/L 已电话通知病房张医生')).toEqual([['k', '6.9', 'critical-high']]);
    expect(reportTriage(parseLabReport('危急值：钾 6.9 mmol/L 已电话通知病房张医生'), routine, '120').level).toBe('urgent');
  });

  it('says nothing when the table holds the test, or when the note gives a cut-off or quotes a drug dose', () => {
    expect(checks('钾  6.9  mmol/L  3.5-5.3\n危急值：钾 6.9 mmol/L 已电话通知病房张医生')).toEqual([]);
    expect(checks('Potassium  4.1  mmol/L  3.5-5.1\nNote: potassium 2.1 on the sample of 2 May, since corrected')).toEqual([]);
    expect(checks('Note: K > 6.0 mmol/L is critical, phone the ward')).toEqual([]);
  });
});
