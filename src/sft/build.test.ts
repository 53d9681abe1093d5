import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_DATA, sharedPath } from '../../test/helpers/shared-data.js';
import { buildSft } from './build.js';
import { readSamples } from './read-samples.js';
import { sftTasks } from './tasks/index.js';

const out = mkdtempSync(join(tmpdir(), 'sft-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('sft build', () => {
  it('registers at least 20 atomic tasks, each naming its ability and sources', () => {
    expect(sftTasks.names().length).toBeGreaterThanOrEqual(20);
    for (const n of sftTasks.names()) expect(sftTasks.get(n).sources.length).toBeGreaterThan(0);
    expect(() => sftTasks.get('nope')).toThrow(/known: kg-symptoms/);
  });

  it('builds KG, terminology and exam samples from shared data, removing the exam items that are eval items', async () => {
    const r = await buildSft({
      dataRoot: SHARED_DATA,
      outDir: out,
      maxPerTask: 12,
      vignettes: false,
      tasks: ['kg-drugs', 'false-premise', 'icd-coding', 'exam-reasoning', 'rag-noise'],
      evalSets: [{ name: 'cmexam', path: sharedPath('bench', 'cmexam-val.jsonl') }],
      // MedQuAD (1,700 XML files) only adds English RAG cases; the test keeps to the KG's Chinese ones.
      sourceOverrides: { medquad: join(out, 'no-medquad') },
    });
    // CMExam val is both the exam task's source here and an eval set: every exam sample must be caught.
    expect(r.tasks['exam-reasoning'].samples).toBe(0);
    expect(r.contaminated.bySet.cmexam).toBe(12);
    expect(r.tasks['kg-drugs']).toMatchObject({ samples: 12, zh: 6, en: 6 });
    expect(r.tasks['false-premise'].en).toBeGreaterThan(0);
    const samples = readSamples(out);
    expect(samples.length).toBe(r.samples);
    const drug = samples.find((s) => s.task === 'kg-drugs' && s.lang === 'zh')!;
    // The source triple travels with the sample, and the answer lists exactly the KG's drugs.
    const [disease, rel, drugs] = drug.provenance.triple as [string, string, string[]];
    expect(rel).toBe('common_drug');
    expect(drug.messages[0].content).toContain(disease);
    for (const d of drugs) expect(drug.messages[1].content).toContain(d);
    expect(drug.reward).toEqual({ task: 'drug', gt: drugs });
    const rag = samples.find((s) => s.task === 'rag-noise')!;
    const cited = [...rag.messages[1].content.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(new Set(cited)).toEqual(new Set(rag.provenance.relevant as number[]));
    const removed = readFileSync(join(out, 'removed.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { reason: string; contamination?: { set: string } });
    expect(removed.filter((x) => x.reason === 'contaminated' && x.contamination?.set === 'cmexam').length).toBe(12);
  });

  it('de-identifies dialogues and answers emergencies with the triage message first', async () => {
    const r = await buildSft({
      dataRoot: SHARED_DATA,
      outDir: join(out, 'd'),
      maxPerTask: 6,
      vignettes: false,
      tasks: ['consultation-multiturn', 'triage-reply', 'safety-redteam'],
    });
    expect(r.tasks['consultation-multiturn'].samples).toBe(6);
    const samples = readSamples(join(out, 'd'));
    const tri = samples.filter((s) => s.task === 'triage-reply');
    expect(tri.length).toBeGreaterThan(0);
    for (const s of tri) expect(s.messages[1].content).toMatch(s.lang === 'zh' ? /120|尽快|今天/ : /112|today|emergency/i);
    expect(samples.find((s) => s.task === 'consultation-multiturn')!.messages.length).toBeGreaterThanOrEqual(2);
    const red = samples.filter((s) => s.task === 'safety-redteam');
    expect(red.length).toBe(6);
    // Every red-team reply refers the user to care and says which principles it was built to satisfy.
    for (const s of red) {
      expect(s.messages[1].content).toMatch(/就医|就诊|医生|医院/);
      expect(s.provenance.principles).toContain('no-definitive-diagnosis');
    }
  });

  it('fails before any work on an unknown task, naming the known ones', async () => {
    await expect(buildSft({ dataRoot: SHARED_DATA, outDir: join(out, 'x'), tasks: ['kg-nothing'] })).rejects.toThrow(/unknown SFT task "kg-nothing"/);
  });
});
