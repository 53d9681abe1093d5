import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { action, printJson } from '../action.js';
import { decodeText } from '../../core/encoding.js';
import { defineErrors } from '../../core/errors.js';
import { phiDryRun, redactPhi } from '../../safety/phi/index.js';
import { loadPrinciples } from '../../safety/principles.js';
import { triageDetail } from '../../safety/triage.js';
import type { PhiType } from '../../safety/types.js';
import { DESCRIPTIONS } from './groups.js';

const cliErrors = defineErrors({
  SAFETY_INPUT_UNREADABLE: { status: 400, message: (a: { file: string; reason: string }) => `cannot read ${a.file}: ${a.reason}` },
  SAFETY_BAD_TYPES: { status: 400, message: (a: { value: string; allowed: string }) => `--types "${a.value}": expected a comma list of ${a.allowed}` },
});

const PHI_TYPES: readonly PhiType[] = ['NAME', 'PHONE', 'ID_CARD', 'ADDRESS', 'MRN', 'DOB', 'EMAIL', 'URL'];

function readInput(file: string): string {
  try {
    return decodeText(file === '-' ? readFileSync(0) : readFileSync(file)).text;
  } catch (err) {
    throw cliErrors.SAFETY_INPUT_UNREADABLE({ file, reason: err instanceof Error ? err.message : String(err) });
  }
}

function parseTypes(value: string | undefined): PhiType[] | undefined {
  if (!value) return undefined;
  const list = value.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  if (list.length === 0 || list.some((t) => !(PHI_TYPES as readonly string[]).includes(t))) {
    throw cliErrors.SAFETY_BAD_TYPES({ value, allowed: PHI_TYPES.join(', ') });
  }
  return list as PhiType[];
}

export function register(program: Command): void {
  const safety = program.command('safety').description(DESCRIPTIONS.safety);

  safety
    .command('triage')
    .description('classify a question as emergency / urgent / routine, with the urgent-care message')
    .argument('<text...>', 'the question (quote it, or pass words)')
    .option('--locale <locale>', 'user locale for the emergency number, e.g. zh-CN, en-US, en-GB')
    .option('--emergency-number <n>', 'override the emergency number')
    .option('--json', 'print the triage object')
    .action(
      action((words: string[], flags: { locale?: string; emergencyNumber?: string; json?: boolean }) => {
        const d = triageDetail(words.join(' '), { locale: flags.locale, emergencyNumber: flags.emergencyNumber });
        if (flags.json) {
          printJson({ level: d.level, reasons: d.reasons, message: d.message, emergencyNumber: d.emergencyNumber, signs: d.signs });
          return;
        }
        process.stdout.write(`${d.level}${d.reasons.length ? ` (${d.reasons.join(', ')})` : ''}\n`);
        if (d.message) process.stdout.write(`${d.message}\n`);
      }),
    );

  safety
    .command('redact')
    .description('replace names, phones, ID numbers, addresses, record numbers, birth dates, e-mails and URLs with [TYPE] placeholders')
    .argument('<file>', 'text file (UTF-8 or GB18030), or - for stdin')
    .option('--dry-run', 'report what would change (counts and spans) without printing redacted text')
    .option('--types <list>', `only these types (${PHI_TYPES.join(',')})`)
    .option('--dates', 'also replace every full calendar date with [DATE]')
    .option('--json', 'print { text, spans } (or the dry-run report) as JSON')
    .action(
      action((file: string, flags: { dryRun?: boolean; types?: string; json?: boolean; dates?: boolean }) => {
        const text = readInput(file);
        const types = parseTypes(flags.types);
        const opts = { types: flags.dates && types ? [...types, 'DATE' as const] : types, dates: flags.dates };
        if (flags.dryRun) {
          const d = phiDryRun(text, opts);
          if (flags.json) return printJson({ counts: d.counts, spans: d.spans });
          const total = d.spans.length;
          process.stdout.write(`${total} identifier(s) would be replaced${total ? `: ${Object.entries(d.counts).map(([k, v]) => `${k} ${v}`).join(', ')}` : ''}\n`);
          for (const s of d.spans) process.stdout.write(`  ${s.type.padEnd(8)} ${s.start}-${s.end}  ${JSON.stringify(s.text)}\n`);
          return;
        }
        const r = redactPhi(text, opts);
        if (flags.json) return printJson(r);
        process.stdout.write(r.text.endsWith('\n') ? r.text : `${r.text}\n`);
      }),
    );

  safety
    .command('principles')
    .description('list the compliance principles (src/safety/principles.yaml, or $QUARKMED_PRINCIPLES)')
    .option('--json', 'print them as JSON')
    .action(
      action((flags: { json?: boolean }) => {
        const ps = loadPrinciples();
        if (flags.json) return printJson(ps);
        for (const p of ps) process.stdout.write(`${p.id} [${p.severity}] ${p.title}\n  ${p.en}\n  ${p.zh}\n`);
      }),
    );
}
