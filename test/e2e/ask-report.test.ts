// `quarkmed report interpret` end to end: the safety subsystem's real parser, deterministic flags, a real KB.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/report.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai-server.js';
import { buildAskKb, type AskFixture } from './ask-kb-fixture.js';
import { runCli, runInProcess } from '../helpers/run-cli.js';
import { CJK_FONT_INSTALL, hasCjkFont, photograph, renderPage } from '../../src/report/intake/testing/render.js';
import { REQUIRE_SYSTEM_BINARIES } from '../helpers/system-binary.js';
import { OCR_INSTALL, ocrUnavailableReason } from '../../src/report/intake/ocr-extra.js';

let fx: AskFixture;
let fake: FakeOpenAI;
const env = () => ({ QUARKMED_HOME: fx.dir, QUARKMED_MODEL: '', QUARKMED_EMBEDDER: '' });
const interpret = (...args: string[]) => runInProcess(register, ['report', 'interpret', ...args], env());

const ZH = ['血常规', '白细胞计数 WBC 12.5 10^9/L 3.5-9.5', '血红蛋白 HGB 85 g/L 115-150', '血小板 PLT 210 10^9/L 125-350', '钾 K 6.9 mmol/L 3.5-5.3'].join(
  '\n',
);
const EN = ['Hemoglobin 8.1 g/dL 12.0-15.5', 'Potassium 3.0 mmol/L 3.5-5.1', 'Creatinine 2.4 mg/dL 0.6-1.2', 'Sodium 140 mmol/L 135-145'].join('\n');

beforeAll(async () => {
  fx = await buildAskKb();
  writeFileSync(join(fx.dir, 'zh.txt'), ZH);
  writeFileSync(join(fx.dir, 'empty.txt'), '\n  \n');
  writeFileSync(join(fx.dir, 'prose.txt'), 'Dear doctor, I feel fine today.\nThanks');
  writeFileSync(join(fx.dir, 'en.txt'), EN);
  fake = await startFakeOpenAI({
    reply: (b) => (b.response_format ? '{"relevant":[1,2,3]}' : 'Low potassium can cause muscle weakness [1]. Your creatinine is fine [12].'),
  });
});
afterAll(async () => {
  await fake?.close();
  fx?.cleanup();
});

describe('quarkmed report interpret', () => {
  it.skipIf((!hasCjkFont() || ocrUnavailableReason() !== undefined) && !REQUIRE_SYSTEM_BINARIES)(
    `reads a phone photo of the printout (OCR offline; needs the CJK font: ${CJK_FONT_INSTALL}; and the OCR extra: ${OCR_INSTALL})`,
    async () => {
      const photo = join(fx.dir, 'IMG_0412.jpg');
      writeFileSync(photo, photograph(renderPage(EN.replace(/ (?=[\d])/g, '   ')), { seed: 11 }));
      const r = await interpret('--db', fx.dbPath, '--locale', 'en-US', '--json', photo);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { report: { results: { code?: string; flag: string; read?: { status: string } }[] } };
      const byCode = Object.fromEntries(out.report.results.map((x) => [x.code, x]));
      expect(byCode.hgb?.flag).toBe('low');
      // Found, or withheld as unreadable — never a different flag read from a smudge.
      for (const code of ['k', 'crea']) {
        const x = byCode[code];
        expect(x, code).toBeDefined();
        expect(x?.read?.status === 'unreadable' || x?.flag !== 'normal', code).toBe(true);
      }
      expect(out.report.results.every((x) => x.read !== undefined)).toBe(true);
    },
    180_000,
  );

  it('--json: flags from the parser, critical value first with the emergency message, cited evidence', async () => {
    const r = await interpret('--db', fx.dbPath, '--locale', 'zh-CN', '--json', join(fx.dir, 'zh.txt'));
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      report: { lang: string; results: { code?: string; flag: string }[] };
      answer: { mode: string; answer: string; triage: { level: string; reasons: string[] }; citations: { title: string }[] };
    };
    expect(out.report.lang).toBe('zh');
    expect(Object.fromEntries(out.report.results.map((x) => [x.code, x.flag]))).toMatchObject({ wbc: 'high', hgb: 'low', plt: 'normal', k: 'critical-high' });
    expect(out.answer.mode).toBe('evidence');
    // A critical potassium makes the report an emergency (issue #19: K ≥ 6.5 → emergency advice).
    expect(out.answer.triage).toMatchObject({ level: 'emergency', reasons: ['critical-lab:k'] });
    const lines = out.answer.answer.split('\n');
    expect(lines[0]).toMatch(/^⚠️ 报告中有需要立即处理的危急值：钾.*120/);
    const findings = lines.filter((l) => l.startsWith('- ') && l.includes(' — '));
    expect(findings[0]).toMatch(/^- 钾 K .*↑↑ 危急值/);
    expect(findings.at(-1)).toMatch(/血小板.*正常/);
    expect(out.answer.citations.map((c) => c.title)).toContain('Potassium');
  });

  it('reads stdin in a real process and prints plain text', async () => {
    const r = await runCli(['report', 'interpret', '--db', fx.dbPath, '-'], { stdin: EN, env: env() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Lab results \(flagged against reference ranges, not by a model\): 4 values, 3 abnormal\./);
    expect(r.stdout).toMatch(/- Creatinine \(肌酐\): 2\.4 mg\/dL — ↑ high/);
    expect(r.stdout).toMatch(/Evidence mode/);
  });

  it('with a model: the computed flags stay first, the explanation is citation-checked', async () => {
    const r = await interpret('--db', fx.dbPath, '--model', `openai:${fake.baseURL}#m`, '--json', join(fx.dir, 'en.txt'));
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { answer: { mode: string; answer: string; warnings: { code: string; message: string }[]; citations: { n: number }[] } };
    expect(out.answer.mode).toBe('generated');
    const flags = out.answer.answer.indexOf('- Creatinine (肌酐): 2.4 mg/dL — ↑ high');
    expect(flags).toBeGreaterThan(-1);
    expect(out.answer.answer.indexOf('Low potassium can cause muscle weakness [1].')).toBeGreaterThan(flags);
    expect(out.answer.answer).toContain('Your creatinine is fine.');
    expect(out.answer.warnings).toContainEqual({ code: 'invalid-citations-removed', message: 'removed citations to sources that do not exist: [12]' });
    expect(out.answer.warnings).toContainEqual({
      code: 'report-flag-contradiction',
      message: 'explanation contradicts the computed flags for: Creatinine (肌酐)',
    });
    expect(out.answer.answer).toMatch(/⚠️ Part of the explanation above disagrees with the flags computed from the reference ranges \(Creatinine \(肌酐\)\)/);
    expect(out.answer.citations.map((c) => c.n)).toEqual([1]);
    const prompt = fake.requests.at(-1)!.body.messages!.at(-1)!.content;
    expect(prompt).toContain('- Creatinine (肌酐): 2.4 mg/dL — ↑ high');
  });

  it('exits 2 with stable codes on unusable input', async () => {
    const empty = await interpret('--db', fx.dbPath, join(fx.dir, 'empty.txt'));
    expect([empty.code, empty.stderr]).toEqual([2, expect.stringMatching(/REPORT_INPUT_EMPTY: empty\.txt is empty/)]);
    const prose = await interpret('--db', fx.dbPath, join(fx.dir, 'prose.txt'));
    expect([prose.code, prose.stderr]).toEqual([2, expect.stringMatching(/REPORT_NO_RESULTS: no lab results recognised in prose\.txt/)]);
    const missing = await interpret('--db', fx.dbPath, join(fx.dir, 'nope.txt'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/REPORT_INPUT_UNREADABLE: cannot read .*nope\.txt/)]);
  });
});
