// `quarkmed safety redact <file|-> | --text "…"`: the PHI detector on one text (UTF-8 or GB18030): redacted text, a dry run
// listing the spans, per-type counts, --pseudonymize and a --types allow-list. Same detector as `data deid`,
// log redaction and prompt redaction (src/safety/phi).
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { decodeText } from '../../core/encoding.js';
import { defineErrors } from '../../core/errors.js';
import { PHI_TYPES, type PhiType } from '../../core/phi-types.js';
import type { parsePhiTypes as ParsePhiTypes } from '../../safety/phi/index.js';
import { action, printJson } from '../action.js';
import { phiClassesHelp } from './phi-help.js';

const cliErrors = defineErrors({
  SAFETY_INPUT_UNREADABLE: {
    status: 400,
    message: (a: { file: string; reason: string }) => `cannot read ${a.file}: ${a.reason} (to redact text typed on the command line: --text "…")`,
  },
  SAFETY_INPUT_MISSING: { status: 400, message: (a: { got: string }) => `give one input: a file, - for stdin, or --text "…" (${a.got})` },
  SAFETY_BAD_TYPES: { status: 400, message: (a: { value: string; allowed: string }) => `--types "${a.value}": expected a comma list of ${a.allowed}` },
});

function readInput(file: string): string {
  try {
    return decodeText(file === '-' ? readFileSync(0) : readFileSync(file)).text;
  } catch (err) {
    throw cliErrors.SAFETY_INPUT_UNREADABLE({ file, reason: err instanceof Error ? err.message : String(err) });
  }
}

function parseTypes(value: string | undefined, parsePhiTypes: typeof ParsePhiTypes): PhiType[] | undefined {
  if (!value) return undefined;
  const r = parsePhiTypes(value);
  if ('unknown' in r) throw cliErrors.SAFETY_BAD_TYPES({ value, allowed: PHI_TYPES.join(', ') });
  return r.types;
}

export function registerRedactCommand(safety: Command): void {
  safety
    .command('redact')
    .description('replace every HIPAA Safe Harbor identifier (and its Chinese counterpart) with a [TYPE] placeholder')
    .argument('[file]', 'text file (UTF-8 or GB18030), or - for stdin')
    .option('--text <text>', 'redact this text instead of a file')
    .option('--dry-run', 'list the spans found and counts by type, without printing redacted text')
    .option('--types <list>', 'only these types, e.g. NAME,PHONE,SSN (default all)')
    .option('--pseudonymize', 'same value → same numbered placeholder ([NAME_1] … [NAME_1])')
    .option('--no-keep-year', 'replace dates as [DATE] instead of [DATE:1985]')
    .option('--json', 'print { text, spans, counts } (or the dry-run report) as JSON')
    .addHelpText('after', phiClassesHelp())
    .action(
      action(
        async (
          file: string | undefined,
          flags: { text?: string; dryRun?: boolean; types?: string; pseudonymize?: boolean; keepYear: boolean; json?: boolean },
        ) => {
          if ((file === undefined) === (flags.text === undefined))
            throw cliErrors.SAFETY_INPUT_MISSING({ got: file === undefined ? 'none given' : 'both a file and --text' });
          // The detectors load when the command runs, so `safety --help` does not pay for them.
          const { parsePhiTypes, phiDryRun, redactPhi } = await import('../../safety/phi/index.js');
          const text = flags.text ?? readInput(file as string);
          const opts = { types: parseTypes(flags.types, parsePhiTypes), pseudonymize: flags.pseudonymize, keepYear: flags.keepYear };
          const d = phiDryRun(text, opts);
          if (flags.dryRun) {
            if (flags.json) return printJson({ counts: d.counts, spans: d.spans });
            const total = d.spans.length;
            process.stdout.write(
              `${total} identifier(s) would be replaced${
                total
                  ? `: ${Object.entries(d.counts)
                      .map(([k, v]) => `${k} ${v}`)
                      .join(', ')}`
                  : ''
              }\n`,
            );
            for (const s of d.spans) process.stdout.write(`  ${s.type.padEnd(12)} ${s.start}-${s.end}  ${JSON.stringify(s.text)}\n`);
            return;
          }
          if (flags.json) {
            const r = redactPhi(text, opts);
            return printJson({ text: r.text, spans: r.spans, counts: d.counts });
          }
          process.stdout.write(d.redacted.endsWith('\n') ? d.redacted : `${d.redacted}\n`);
        },
      ),
    );
}
