import type { Command } from 'commander';

// Scaffold: the owning subsystem fills in the subcommands.
export function register(program: Command): void {
  program.command('eval').description('(not yet implemented)');
}
