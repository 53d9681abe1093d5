import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../models/create-backend.js';
import type { ChatBackend } from '../models/backend.js';
import type { Triage } from '../safety/types.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../test/helpers/fake-openai-server.js';
import { medquadHits, memoryRetriever } from '../../test/helpers/rag-memory-retriever.js';
import { interpretReport, streamReportInterpretation } from './interpret.js';
import type { LabReport } from './types.js';

// parseLabReport is the safety subsystem's; here a fixed parse isolates interpretation from parsing.
const REPORT: LabReport = {
  lang: 'en',
  skipped: [],
  results: [
    {
      name: 'Sodium',
      code: 'na',
      nameEn: 'Sodium',
      value: 140,
      valueText: '140',
      unit: 'mmol/L',
      range: { low: 135, high: 145, text: '135-145', origin: 'report' },
      flag: 'normal',
      line: 1,
    },
    {
      name: 'Hemoglobin',
      code: 'hgb',
      nameEn: 'Hemoglobin',
      value: 8.1,
      valueText: '8.1',
      unit: 'g/dL',
      range: { low: 12, high: 15.5, text: '12.0-15.5', origin: 'report' },
      flag: 'low',
      line: 2,
    },
    {
      name: 'Potassium',
      code: 'k',
      nameEn: 'Potassium',
      value: 6.8,
      valueText: '6.8',
      unit: 'mmol/L',
      range: { low: 3.5, high: 5.1, text: '3.5-5.1', origin: 'report' },
      flag: 'critical-high',
      line: 3,
    },
  ],
};
const TEXT = 'Sodium 140 mmol/L 135-145\nHemoglobin 8.1 g/dL 12.0-15.5\nPotassium 6.8 mmol/L 3.5-5.1';
const parse = () => REPORT;
const routine = (): Triage => ({ level: 'routine', reasons: [], message: '' });

const hits = medquadHits([
  '4_MPlus_Health_Topics_QA/0000034.xml', // Anemia
  '4_MPlus_Health_Topics_QA/0000733.xml', // Potassium
  '4_MPlus_Health_Topics_QA/0000245.xml', // Creatinine
  '4_MPlus_Health_Topics_QA/0000065.xml', // Asthma (distractor)
]);

describe('interpretReport', () => {
  it('evidence mode: critical message and deterministic flags first, then cited passages for the abnormal analytes', async () => {
    const retriever = memoryRetriever(hits);
    const { report, answer } = await interpretReport(TEXT, { retriever, parse, triage: routine, terminology: null, principles: '', emergencyNumber: '911' });
    expect(report).toBe(REPORT);
    expect(answer.mode).toBe('evidence');
    // Issue 19: K ≥ 6.5 mmol/L is an emergency value, not a same-day call.
    expect(answer.triage.level).toBe('emergency');
    expect(answer.triage.reasons).toEqual(['critical-lab:k']);
    const lines = answer.answer.split('\n');
    expect(lines[0]).toMatch(/^⚠️ This report has a dangerous value: Potassium 6\.8 mmol\/L\. Call 911/);
    expect(answer.answer).toContain(
      '- Potassium: 6.8 mmol/L — ↑↑ critically high; reference 3.5-5.1\n- Hemoglobin: 8.1 g/dL — ↓ low; reference 12.0-15.5\n- Sodium: 140 mmol/L — normal',
    );
    expect(retriever.queries).toContain('Potassium high elevated causes');
    expect(retriever.queries).toContain('Hemoglobin low decreased causes');
    const titles = answer.citations.map((c) => c.title);
    expect(titles).toContain('Potassium');
    expect(titles).toContain('Anemia');
    expect(titles).not.toContain('Asthma');
    // The bundled reference ranges are always offered for abnormal analytes (authority D, no invented URL).
    const ref = answer.citations.find((c) => c.source === 'quarkmed-starter' && c.quote.startsWith('Potassium (钾)'));
    expect(ref).toMatchObject({ authority: 'D' });
    expect(ref).not.toHaveProperty('url');
    expect(ref!.quote).toMatch(/Critical values: <2\.\d+ mmol\/L or >6/);
  });

  it('says so when nothing is abnormal, without retrieval', async () => {
    const retriever = memoryRetriever(hits);
    const normal: LabReport = { ...REPORT, results: [REPORT.results[0]] };
    const { answer } = await interpretReport('Sodium 140 mmol/L 135-145', {
      retriever,
      parse: () => normal,
      triage: routine,
      terminology: null,
      principles: '',
    });
    expect(answer.answer).toMatch(/Every recognised value is within its reference range/);
    expect(answer.citations).toEqual([]);
    expect(retriever.queries).toEqual([]);
  });

  it('rejects empty input and text with no results, naming the source', async () => {
    const retriever = memoryRetriever(hits);
    await expect(interpretReport('  ', { retriever, parse, sourceName: 'labs.txt' })).rejects.toMatchObject({ code: 'REPORT_INPUT_EMPTY', status: 400 });
    const none: LabReport = { lang: 'en', results: [], skipped: [{ line: 1, text: 'hello', reason: 'no value' }] };
    await expect(interpretReport('hello', { retriever, parse: () => none, sourceName: 'labs.txt' })).rejects.toThrow(
      /no lab results recognised in labs.txt \(1 lines; e.g. line 1: no value\)/,
    );
  });

  it('streams triage first', async () => {
    const { events } = await streamReportInterpretation(TEXT, { retriever: memoryRetriever(hits), parse, triage: routine, terminology: null, principles: '' });
    const first = await events.next();
    expect(first.value).toMatchObject({ type: 'triage', triage: { level: 'emergency' } });
    for await (const _ of events) void _;
  });
});

describe('interpretReport with a model', () => {
  let server: FakeOpenAI;
  let backend: ChatBackend;
  beforeAll(async () => {
    server = await startFakeOpenAI({
      reply: (b) =>
        b.response_format
          ? '{"relevant":[1,2,3]}'
          : 'A high potassium level can affect heart rhythm [1]. Low hemoglobin means anemia [2]. Your potassium is normal.',
    });
    backend = (await createBackend(`openai:${server.baseURL}#m`, { retries: 0 }))!;
  });
  afterAll(async () => {
    await backend?.close();
    await server?.close();
  });

  it('gives the model the computed flags and keeps them in front of its explanation', async () => {
    const { answer } = await interpretReport(TEXT, { retriever: memoryRetriever(hits), backend, parse, triage: routine, terminology: null, principles: '' });
    expect(answer.mode).toBe('generated');
    const flagsAt = answer.answer.indexOf('- Potassium: 6.8 mmol/L — ↑↑ critically high');
    expect(flagsAt).toBeGreaterThan(0);
    expect(answer.answer.indexOf('A high potassium level')).toBeGreaterThan(flagsAt);
    // The answer prompt (not necessarily the last request) carries the computed flags.
    const user = server.requests.map((r) => r.body.messages!.at(-1)!.content).find((c) => /flags were computed/.test(c)) ?? '';
    expect(user).toMatch(/flags were computed from the reference ranges and must not be changed/);
    expect(user).toContain('- Hemoglobin: 8.1 g/dL — ↓ low');
    // The model's uncited, contradicting sentence is flagged, and the deterministic flag still stands above it.
    expect(answer.warnings.some((w) => w.message.includes('Your potassium is normal.'))).toBe(true);
    expect(answer.warnings.map((w) => w.message)).toContain('explanation contradicts the computed flags for: Potassium');
  });
});
