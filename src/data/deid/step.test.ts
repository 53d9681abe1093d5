import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../test/helpers/shared-data.js';
import type { DataRecord } from '../record.js';
import { StatsBook } from '../stats.js';
import { loadPhiRedactor } from './redactor.js';
import { createDeidStep, deidOptions } from './step.js';

async function run(dryRun: boolean, text: string, types?: ('PHONE' | 'EMAIL')[]) {
  const step = createDeidStep(deidOptions.parse({ dryRun }), await loadPhiRedactor({ types }));
  const book = new StatsBook();
  const out: DataRecord[] = [];
  const src = (async function* () {
    yield { id: 'a', text, source: 's', metadata: {} } as DataRecord;
  })();
  for await (const r of step.run(src, { shard: 0, seed: 1, stats: (n) => book.get(n) })) out.push(r);
  return { r: out[0], st: book.get('deid') };
}

describe('deid step (wraps src/safety/phi)', () => {
  const text = '复诊请联系13912345678，邮箱 li.na@example.com。';
  it('replaces identifiers with typed placeholders and counts them by type', async () => {
    const { r, st } = await run(false, text);
    expect(r.text).toBe('复诊请联系[PHONE]，邮箱 [EMAIL]。');
    expect(st.counters).toEqual({ phi_PHONE: 1, phi_EMAIL: 1 });
    expect(st.changed).toBe(1);
    expect(r.metadata.phi).toEqual([expect.objectContaining({ type: 'PHONE' }), expect.objectContaining({ type: 'EMAIL' })]);
  });
  it('dry run reports what would change and leaves the text alone', async () => {
    const { r, st } = await run(true, text);
    expect(r.text).toBe(text);
    expect(st.counters).toEqual({ phi_PHONE: 1, phi_EMAIL: 1 });
    expect(st.changed).toBe(0);
  });
  it('rulesOnly runs the rules without the learned tagger (a workplace with no organisation word stays)', async () => {
    const text = '我在翠湖茶楼打杂，腰疼半个月了。';
    expect((await loadPhiRedactor({ lexicon: new Set() })).redact(text).text).not.toContain('翠湖茶楼');
    const opts = deidOptions.parse({ rulesOnly: true });
    expect(opts.rulesOnly).toBe(true);
    expect((await loadPhiRedactor({ lexicon: new Set(), rulesOnly: opts.rulesOnly })).redact(text).text).toContain('翠湖茶楼');
  });
  it('can be limited to some identifier types', async () => {
    const { r } = await run(false, text, ['PHONE']);
    expect(r.text).toBe('复诊请联系[PHONE]，邮箱 li.na@example.com。');
  });
  it('pseudonymizes per record and keeps medical words that the terminology knows', async () => {
    const redactor = await loadPhiRedactor({ pseudonymize: true, termsDir: sharedPath('terms') });
    const r = redactor.redact('患者张伟，电话13912345678，张伟的妻子李娜；患者高蛋白饮食');
    expect(r.text).toBe('患者[NAME_1]，电话[PHONE_1]，[NAME_1]的妻子[NAME_2]；患者高蛋白饮食');
    expect(redactor.redact('患者李娜，').text).toBe('患者[NAME_1]，');
  });
});
