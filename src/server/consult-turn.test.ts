import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../test/helpers/shared-data.js';
import { createFixtureServices } from '../../test/helpers/server-fixtures.js';
import { createApp } from './app.js';
import { openKnowledgeBase } from '../retrieval/knowledge-base.js';
import { consultStep, serverRedFlags, setRedFlagsKnowledgeBase } from './consult-turn.js';

const KB = join(SHARED_DATA, 'kb');
const TABLE = join(KB, 'chatdoctor-diseases.csv');

describe('chat endpoint consultation: red flags from the knowledge base', () => {
  const saved = { kb: process.env.QUARKMED_RED_FLAGS_KB, home: process.env.QUARKMED_HOME };
  const restore = (name: string, v: string | undefined) => {
    if (v === undefined) delete process.env[name];
    else process.env[name] = v;
  };
  afterEach(() => {
    restore('QUARKMED_RED_FLAGS_KB', saved.kb);
    restore('QUARKMED_HOME', saved.home);
    setRedFlagsKnowledgeBase(join(mkdtempSync(join(tmpdir(), 'qm-no-kb-')), 'kb.sqlite'));
  });

  it('no knowledge base built and no $QUARKMED_RED_FLAGS_KB: only the written knowledge asks', () => {
    delete process.env.QUARKMED_RED_FLAGS_KB;
    process.env.QUARKMED_HOME = mkdtempSync(join(tmpdir(), 'qm-empty-home-'));
    setRedFlagsKnowledgeBase(join(process.env.QUARKMED_HOME, 'kb.sqlite'));
    expect(serverRedFlags()).toBeUndefined();
    expect(consultStep([], '我晚上盗汗', true).action).toBe('answer');
  });

  it.skipIf(!existsSync(TABLE))(
    'the server’s own knowledge base gives the red flags with no setting',
    async () => {
      delete process.env.QUARKMED_RED_FLAGS_KB;
      const dbPath = join(mkdtempSync(join(tmpdir(), 'qm-server-kb-')), 'kb.sqlite');
      const kb = await openKnowledgeBase({ dbPath });
      await kb.ingest(TABLE);
      await kb.close();
      setRedFlagsKnowledgeBase(dbPath);
      expect(serverRedFlags()?.size).toBeGreaterThan(700);
      // The written red flags of a headache lead; the pages' danger signs open the second turn.
      const first = consultStep([], 'I keep getting headaches', true);
      expect(first.action).toBe('ask');
      const history = [
        { role: 'user' as const, content: 'I keep getting headaches' },
        { role: 'assistant' as const, content: first.action === 'ask' ? first.text : '' },
      ];
      const second = consultStep(history, 'About a week.', true);
      const pagesQ = second.action === 'ask' ? second.questions[0].text : '';
      expect(pagesQ).toMatch(/^Any \w.*(?:, | or )/);
      setRedFlagsKnowledgeBase(join(mkdtempSync(join(tmpdir(), 'qm-no-kb-')), 'kb.sqlite'));
      const alone = consultStep(history, 'About a week.', true);
      expect(alone.action === 'ask' ? alone.questions.map((q) => q.text) : []).not.toContain(pagesQ);
    },
    // Builds and loads a knowledge base: 42 s idle, 259 s in a full fresh-machine run beside other work (session 40).
    600_000,
  );

  it.skipIf(!existsSync(KB))(
    'with it, a complaint only the disease pages know is asked about its danger signs',
    () => {
      process.env.QUARKMED_RED_FLAGS_KB = KB;
      const step = consultStep([], '我晚上盗汗', true);
      expect(step.action).toBe('ask');
      expect(step.action === 'ask' ? step.text : '').toMatch(/低热|乏力|咯血|消瘦/);
      expect(consultStep([], '我晚上盗汗', false).action).toBe('answer'); // "consult": "off" still wins
    },
    // The first step loads the disease pages cold: 75 s on an idle 2-core machine, 374 s in a full fresh-machine run
    // beside other work (session 40); a guard against a hang, not a speed target (that is in the benchmarks).
    600_000,
  );

  it('a folder that does not exist stops start-up with its error, not every chat request', async () => {
    process.env.QUARKMED_RED_FLAGS_KB = '/nonexistent/quarkmed-red-flags-kb';
    const services = await createFixtureServices();
    await expect(createApp({ services, logger: false, webRoot: null })).rejects.toMatchObject({ code: 'KB_PATH_NOT_FOUND' });
  });
});
