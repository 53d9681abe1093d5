import { InvalidArgumentError } from 'commander';
import { describeError, isQuarkError } from '../core/errors.js';

/**
 * Wrap a command action: errors print one clear line (with the stable code) and set the exit code,
 * instead of a stack trace. Set QUARKMED_DEBUG=1 to see the stack.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      console.error(`quarkmed: ${describeError(err)}`);
      if (process.env.QUARKMED_DEBUG && err instanceof Error) console.error(err.stack);
      process.exitCode = isQuarkError(err) && err.status >= 400 && err.status < 500 ? 2 : 1;
    }
  };
}

/** Parse a positive integer option, naming the flag on error. */
export function intOption(flag: string): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${flag} expects a positive integer, got "${value}"`);
    return n;
  };
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
