// Score a labelled JSONL batch with the shipped de-identifier, at first sight:
//   npx tsx bench/deid-blind.ts <batch.jsonl> [--json] [--misses] [--terms <dir>] [--rules-only] [--tagger-everywhere] [--realign] [--safe-harbor]
// Each line: {id, lang, text, spans:[{type, start, end, text}]} (type names as the writer used them). A span is caught
// when ≥ 90 % of its characters are redacted. Prints recall overall and per type per language, and over-redaction
// (redacted characters outside every labelled span). Misses are listed only with --misses (they show batch text).
// The detector is the `data deid` redactor with its defaults (terminology lexicon from $QUARKMED_TERMS when set);
// --rules-only leaves out the learned tagger (for comparison with the rule design); --tagger-everywhere runs the tagger
// over the whole text instead of its candidate windows (the session-6 way); --realign moves a span whose
// "text" is not at its offsets to the nearest place (±3 characters) where it is (writers' off-by-one offsets);
// --safe-harbor leaves out gold spans that HIPAA Safe Harbor (the detector's policy, src/core/phi-types.ts) does not
// ask to remove — an age under 90 and a year alone ("2019", "2019年") — for writers who labelled every age and year
// (deid-16); a re-score of the gold, never a first sight.
import { loadPhiRedactor } from '../src/data/deid/redactor.js';
import { fail, readBatch } from './deid-batch.js';
import { pct, recallRows, scoreRecords } from '../test/helpers/deid-score.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--terms');
  if (!path) fail('usage: npx tsx bench/deid-blind.ts <batch.jsonl> [--json] [--misses] [--terms <dir>]');
  const termsAt = args.indexOf('--terms');
  const redactor = await loadPhiRedactor({
    termsDir: termsAt >= 0 ? args[termsAt + 1] : undefined,
    rulesOnly: args.includes('--rules-only'),
    taggerEverywhere: args.includes('--tagger-everywhere'),
  });
  const records = readBatch(path, { realign: args.includes('--realign'), safeHarbor: args.includes('--safe-harbor') });
  const score = scoreRecords(records, (t) => redactor.detect(t), args.includes('--misses') ? 500 : 0);
  const overall = score.recall.ALL?.ALL ?? { labelled: 0, caught: 0, typed: 0 };
  if (args.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ file: path, records: records.length, recall: score.recall, overRedaction: score.nonSpanRedacted / Math.max(1, score.nonSpanChars), nonSpanChars: score.nonSpanChars, nonSpanRedacted: score.nonSpanRedacted, detections: score.detections, misses: score.misses }, null, 2)}\n`,
    );
    return;
  }
  const lines = [
    `${path}: ${records.length} records, ${overall.labelled} labelled spans`,
    `recall overall ${pct(overall.caught, overall.labelled)} (caught = ≥ 90 % of a span's characters redacted)`,
  ];
  lines.push('', '| lang | type | labelled | caught | recall | right type |', '| --- | --- | --- | --- | --- | --- |');
  for (const r of recallRows(score)) lines.push(`| ${r.join(' | ')} |`);
  lines.push(
    '',
    `over-redaction: ${score.nonSpanRedacted} of ${score.nonSpanChars} non-span characters redacted (${pct(score.nonSpanRedacted, score.nonSpanChars)}; kept ${pct(score.nonSpanChars - score.nonSpanRedacted, score.nonSpanChars)})`,
  );
  if (args.includes('--misses')) {
    lines.push('', 'misses:');
    for (const x of score.misses) lines.push(`  ${x.id} ${x.lang} ${x.type} ${JSON.stringify(x.text)} in …${JSON.stringify(x.context)} → ${x.got}`);
    lines.push('', 'redactions outside every labelled span:');
    for (const x of score.overRedacted) lines.push(`  ${x.id} ${x.type} ${JSON.stringify(x.text)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
