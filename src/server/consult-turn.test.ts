import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../../test/helpers/shared-data.js';
import { createFixtureServices } from '../../test/helpers/server-fixtures.js';
import { createApp } from './app.js';
import { consultStep, serverRedFlags } from './consult-turn.js';

const KB = join(SHARED_DATA, 'kb');

describe('chat endpoint consultation: red flags from the knowledge base', () => {
  const saved = process.env.QUARKMED_RED_FLAGS_KB;
  afterEach(() => {
    if (saved === undefined) delete process.env.QUARKMED_RED_FLAGS_KB;
    else process.env.QUARKMED_RED_FLAGS_KB = saved;
  });

  it('without $QUARKMED_RED_FLAGS_KB only the written knowledge asks', () => {
    delete process.env.QUARKMED_RED_FLAGS_KB;
    expect(serverRedFlags()).toBeUndefined();
    expect(consultStep([], '我晚上盗汗', true).action).toBe('answer');
  });

  it.skipIf(!existsSync(KB))(
    'with it, a complaint only the disease pages know is asked about its danger signs',
    () => {
      process.env.QUARKMED_RED_FLAGS_KB = KB;
      const step = consultStep([], '我晚上盗汗', true);
      expect(step.action).toBe('ask');
      expect(step.action === 'ask' ? step.text : '').toMatch(/低热|乏力|咯血|消瘦/);
      expect(consultStep([], '我晚上盗汗', false).action).toBe('answer'); // "consult": "off" still wins
    },
    60_000,
  );

  it('a folder that does not exist stops start-up with its error, not every chat request', async () => {
    process.env.QUARKMED_RED_FLAGS_KB = '/nonexistent/quarkmed-red-flags-kb';
    const services = await createFixtureServices();
    await expect(createApp({ services, logger: false, webRoot: null })).rejects.toMatchObject({ code: 'KB_PATH_NOT_FOUND' });
  });
});
