import { Command } from 'commander';
import { commands } from './commands/index.js';

const program = new Command()
  .name('quarkmed')
  .description('QuarkMed-TS: medical knowledge base and cited RAG, safety, evaluation, verifiable rewards and data curation')
  .version('0.1.0')
  .showHelpAfterError();

for (const register of commands) register(program);

await program.parseAsync(process.argv);
