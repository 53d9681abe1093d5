import { setFlagsFromString } from 'node:v8';
import { Command } from 'commander';
import { COMMAND_GROUPS } from './commands/groups.js';

// Only the group the command line names is imported (each pulls in SQLite, the server, the data pipeline…);
// the others are listed by name and description, which is all `quarkmed --help` needs.
const program = new Command()
  .name('quarkmed')
  .description('QuarkMed-TS: medical knowledge base and cited RAG, safety, evaluation, verifiable rewards and data curation')
  .version('0.1.0')
  // A mistyped option gets the suggestion and one line, not the whole help (80 lines for `data deid`).
  .showHelpAfterError("(add --help for the command's options)");

const positional = process.argv.slice(2).filter((a) => !a.startsWith('-'));
// `quarkmed help kb` names its group second.
const named = positional[0] === 'help' ? positional[1] : positional[0];
// A one-shot command runs each of triage's ~1,000 patterns once or twice. V8's regexp tier-up first compiles a
// pattern to bytecode and interprets it, then compiles it again to native code on its next run, so a one-shot process
// pays for two compilations; compiling to native code at once takes ~100 ms CPU off `quarkmed safety triage` on an
// English message (bench/results/triage.md). A long-running server keeps V8's default. Set before any group loads.
if (named !== 'serve') setFlagsFromString('--no-regexp-tier-up');
for (const group of COMMAND_GROUPS) {
  if (group.name === named) await (await group.load()).register(program);
  else program.command(group.name).description(group.description);
}

await program.parseAsync(process.argv);
