// Every case of consult batches, one line each — id, gold disposition → final level, first-turn red flag, the
// question turns' texts (shortened) — so two designs can be diffed case by case (the session gate: no new
// disposition miss, no emergency lost, no question lost):
//   QUARKMED_HOME=/tmp/qm-empty QUARKMED_SHARED_DATA=/work/shared/data npx tsx bench/consult-per-case.ts FILE... > OUT.tsv
import { appendFileSync } from 'node:fs';
import { loadConsultCases } from '../src/eval/consult/cases.js';
import { scriptedPatient } from '../src/eval/consult/roles.js';
import { levelOf, runConsultBench } from '../src/eval/consult/run-consult.js';

async function main(): Promise<void> {
  for (const f of process.argv.slice(2)) {
    const cases = loadConsultCases(f);
    const r = await runConsultBench(cases, { patient: scriptedPatient, answer: async () => ({ text: '', citations: 0 }) });
    r.results.forEach((x, i) => {
      const gold = levelOf(cases[i].disposition);
      const asked = x.transcript.filter((m) => m.role === 'assistant').map((m) => m.content.replace(/\s+/g, ' ').slice(0, 400));
      const mark = gold === x.finalLevel ? 'ok' : 'MISS';
      // QUARKMED_TRANSCRIPTS=FILE keeps every transcript (JSON lines) to re-read a design's answers offline.
      if (process.env.QUARKMED_TRANSCRIPTS)
        appendFileSync(process.env.QUARKMED_TRANSCRIPTS, `${JSON.stringify({ id: x.id, gold, final: x.finalLevel, transcript: x.transcript })}\n`);
      console.log(
        [x.id, `${gold}->${x.finalLevel}`, mark, `ft=${x.firstTurnRedFlag}`, `rf=${x.redFlagsAsked?.toFixed(2) ?? '-'}`, asked.join(' || ')].join('\t'),
      );
    });
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
