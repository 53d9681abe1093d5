// The consultation's no-model figures on several case batches at once, with or without the knowledge base's red
// flags (the in-sample tables of bench/results/consult.md):
//   npx tsx bench/consult-batches.ts [--red-flags-kb PATH | --no-red-flags-kb] [--list] FILE...
// PATH is a knowledge base file (kb.sqlite) or a raw knowledge folder; with neither flag the default source applies
// ($QUARKMED_RED_FLAGS_KB, else $QUARKMED_HOME/kb.sqlite when built — consult/kb-source.ts). One row per batch: first
// question turn asks a case red flag (rate, of), emergencies asked, median question turns, then the rubric groups
// computed without a model: final level against the case's disposition (exact; per gold level the finals
// emergency/urgent/routine), emergencies kept, the case's red-flag concepts asked (--list: the first-turn misses).
import { loadRedFlagSource, resolveRedFlagSource } from '../src/consult/kb-source.js';
import { loadConsultCases } from '../src/eval/consult/cases.js';
import { scriptedPatient } from '../src/eval/consult/roles.js';
import { runConsultBench } from '../src/eval/consult/run-consult.js';
import { triage } from '../src/safety/triage.js';

const args = process.argv.slice(2);
const at = args.indexOf('--red-flags-kb');
const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));

async function main(): Promise<void> {
  const source = resolveRedFlagSource({ off: args.includes('--no-red-flags-kb'), source: at >= 0 ? args[at + 1] : undefined });
  const kbRedFlags = loadRedFlagSource(source, (x, lang) => triage(x, { locale: lang === 'zh' ? 'zh-CN' : 'en-US' }));
  console.log(`red flags from: ${kbRedFlags && source ? `${kbRedFlags.size} disease pages, ${source.path} (${source.by})` : 'written knowledge only'}`);
  for (const f of files) {
    const r = await runConsultBench(loadConsultCases(f), { patient: scriptedPatient, answer: async () => ({ text: '', citations: 0 }), kbRedFlags });
    const miss = r.results.filter((x) => !x.emergency && x.firstTurnRedFlag !== true).map((x) => x.id);
    // Per language: the share of that language's non-emergencies asked a case red flag in the first turn.
    const byLang = (['zh', 'en'] as const).map((lang) => {
      const ne = r.results.filter((x) => !x.emergency && x.lang === lang);
      return `${lang} ${ne.length ? ((100 * ne.filter((x) => x.firstTurnRedFlag === true).length) / ne.length).toFixed(1) : '—'}%`;
    });
    const dispo = (g: 'emergency' | 'urgent' | 'routine') => {
      const c = r.noModel.disposition.counts[g];
      return `${c.emergency}/${c.urgent}/${c.routine}`;
    };
    const row = [
      f.split('/').pop(),
      `${(100 * r.firstTurnRedFlag.rate).toFixed(1)}% of ${r.firstTurnRedFlag.of} (${byLang.join(', ')})`,
      `emergencies asked ${r.emergenciesAsked.count}/${r.emergenciesAsked.of}`,
      `median turns ${r.questionTurnsMedian}`,
      // The disposition group without a judge (scripted patient, the policy's maxTurns): final level by the case's.
      `final exact ${r.noModel.disposition.exact}/${r.noModel.disposition.of} (em ${dispo('emergency')}, urg ${dispo('urgent')}, rou ${dispo('routine')}; gold→final e/u/r)`,
      `emergencies kept ${r.noModel.disposition.emergenciesKept}/${r.noModel.disposition.emergencies}`,
      `red flags asked ${r.noModel.redFlagsAsked ? `${(100 * r.noModel.redFlagsAsked.mean).toFixed(1)}%` : '—'}`,
    ];
    console.log([...row, ...(args.includes('--list') ? [`misses ${miss.join(' ')}`] : [])].join('\t'));
  }
}
if (files.length === 0) {
  console.error('usage: npx tsx bench/consult-batches.ts [--no-red-flags-kb | --red-flags-kb PATH] [--list] CASES.jsonl…');
  process.exit(2);
}
main().catch((e) => {
  // Bad input (a missing or malformed cases file) names itself; anything else keeps its stack.
  console.error(e instanceof Error && 'code' in e ? `consult-batches: ${e.message}` : e);
  process.exit(e instanceof Error && 'code' in e ? 2 : 1);
});
