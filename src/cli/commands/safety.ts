import type { Command } from 'commander';
import { action, printJson } from '../action.js';
import { systemLocale } from '../locale.js';
import { DESCRIPTIONS } from './groups.js';

/** `quarkmed safety triage …` on the command line: the redact subcommand (every PHI detector) is not needed. */
const triageOnly = (argv: string[]) => {
  const words = argv.filter((a) => !a.startsWith('-'));
  return words[0] === 'safety' && words[1] === 'triage' && !argv.some((a) => a === '--help' || a === '-h');
};

export async function register(program: Command): Promise<void> {
  const safety = program.command('safety').description(DESCRIPTIONS.safety);

  safety
    .command('triage')
    .description('classify a question as emergency / urgent / routine, with the urgent-care message')
    .argument('<text...>', 'the question (quote it, or pass words)')
    .option('--locale <locale>', 'user locale for the emergency number, e.g. zh-CN, en-US, en-GB')
    .option('--emergency-number <n>', 'override the emergency number')
    .option('--json', 'print the triage object')
    .action(
      action(async (words: string[], flags: { locale?: string; emergencyNumber?: string; json?: boolean }) => {
        // Triage's ~1,000 patterns load when the command runs, so `safety --help` does not compile them.
        const { triageDetail } = await import('../../safety/triage.js');
        const d = triageDetail(words.join(' '), { locale: flags.locale ?? systemLocale(), emergencyNumber: flags.emergencyNumber });
        if (flags.json) {
          // The rules' and the learned model's contributions are shown apart (issue 19).
          printJson({
            level: d.level,
            reasons: d.reasons,
            ask: d.ask,
            message: d.message,
            emergencyNumber: d.emergencyNumber,
            contributions: d.contributions,
            signs: d.signs,
          });
          return;
        }
        process.stdout.write(`${d.level}${d.reasons.length ? ` (${d.reasons.join(', ')})` : ''}\n`);
        // The message carries the open questions (triage.ask) after the advice.
        if (d.message) process.stdout.write(`${d.message}\n`);
      }),
    );

  if (!triageOnly(process.argv.slice(2))) (await import('./safety-redact.js')).registerRedactCommand(safety);

  safety
    .command('principles')
    .description('list the compliance principles (src/safety/principles.yaml, or $QUARKMED_PRINCIPLES)')
    .option('--json', 'print them as JSON')
    .action(
      action(async (flags: { json?: boolean }) => {
        // Loaded here, not at the top: YAML and the schema are only needed by this subcommand (fast `safety triage`).
        const { loadPrinciples } = await import('../../safety/principles.js');
        const ps = loadPrinciples();
        if (flags.json) return printJson(ps);
        for (const p of ps) process.stdout.write(`${p.id} [${p.severity}] ${p.title}\n  ${p.en}\n  ${p.zh}\n`);
      }),
    );
}
