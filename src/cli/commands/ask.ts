import type { Command } from 'commander';

// Scaffold: the owning subsystem fills in the subcommands.
export function register(program: Command): void {
  program.command('ask').description('(not yet implemented)');
}
