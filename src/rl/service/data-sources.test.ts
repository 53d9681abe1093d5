import { describe, expect, it } from 'vitest';
import { routeDataSource } from './data-sources.js';
import { verlSpec } from './routes/verl.js';

describe('data_source routing: explicit spec, then known dataset names, never substrings', () => {
  it('routes Hugging Face ids, short names, split-qualified names and quarkmed/<task>', () => {
    expect(routeDataSource('openlifescienceai/medmcqa')).toEqual({ task: 'exam', by: 'id' });
    expect(routeDataSource('openai/gsm8k')).toEqual({ task: 'calc', by: 'id' });
    expect(routeDataSource('GBaker/MedQA-USMLE-4-options')).toEqual({ task: 'exam', by: 'id' });
    expect(routeDataSource('someone/medmcqa')).toEqual({ task: 'exam', by: 'name' });
    expect(routeDataSource('medqa-us')).toEqual({ task: 'exam', by: 'family' });
    expect(routeDataSource('quarkmed/cpqexam')).toEqual({ task: 'exam', by: 'name' });
    expect(routeDataSource('quarkmed/diagnosis')).toEqual({ task: 'diagnosis', by: 'quarkmed-task' });
    expect(routeDataSource('quarkmed/medcalc')).toEqual({ task: 'calc', by: 'name' });
  });

  it('does not guess from fragments: "open", "exam", "calc" inside other names route nowhere', () => {
    for (const name of ['openlifescience', 'my-open-set', 'examples/foo', 'calculus-qa', 'diagnostic-notes', 'lab/opendx']) {
      expect(routeDataSource(name), name).toBeNull();
    }
  });

  it('an explicit spec or extra_info.task wins over the name', () => {
    const spec = verlSpec('openai/gsm8k', '{"task":"exam","gt":"C"}', null, 0);
    expect(spec).toMatchObject({ task: 'exam', gt: 'C' });
    expect(verlSpec('openlifescienceai/medmcqa', 'B', { reward_spec: { task: 'exam', gt: 'B', fmt: 'json' } }, 0)).toMatchObject({ fmt: 'json' });
    expect(verlSpec('my-org/private', 'Parvovirus B19', { task: 'open' }, 0)).toMatchObject({ task: 'open', gt: 'Parvovirus B19' });
    expect(verlSpec('openlifescienceai/medmcqa', 'B', {}, 0)).toMatchObject({ task: 'exam', gt: 'B' });
  });

  it('an unknown name with a plain ground truth is RL_LABEL_INVALID naming the known names and the fixes', () => {
    expect(() => verlSpec('lab/opendx', 'B', null, 3)).toThrow(/label #3 .*"lab\/opendx" is not a known dataset \(.*medmcqa.*\).*extra_info\.task/);
  });
});
