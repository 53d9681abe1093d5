import type { Command } from 'commander';
import { action, intOption } from '../action.js';
import { answerContextOptions } from '../answer-options.js';
import { DESCRIPTIONS } from './groups.js';

// Intake (PDF, OCR), parsing and the answer pipeline are imported when the command runs, not for `--help`.
const runInterpret: typeof import('./report/interpret.js').runInterpret = async (file, flags) =>
  (await import('./report/interpret.js')).runInterpret(file, flags);

export function register(program: Command): void {
  const report = program.command('report').description(DESCRIPTIONS.report);
  const interpret = report
    .command('interpret')
    .description(
      'parse lab results (text, a PDF, or a photo/scan of the printout), flag each value high/low/critical, and explain abnormal ones with cited sources',
    )
    .argument('<file>', 'text file, PDF, or image (PNG/JPEG/WebP) with the lab results, or - for stdin');
  answerContextOptions(interpret)
    .option('--budget <tokens>', 'token budget for packaged sources (default 1800)', intOption('--budget'))
    .option('--locale <bcp47>', 'locale for the emergency number, e.g. zh-CN, en-US')
    .option('--json', 'print {report, answer} as JSON')
    .action(action(runInterpret));
}
