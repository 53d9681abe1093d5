// Shared by the trainer-contract tests: a reward service on a loopback port with real terminology, a count of
// TCP connections (keep-alive checks), the service log captured, and real CPQExam items to build cases from.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { sharedPath } from './shared-data.js';
import { createRewardEngine } from '../../src/rl/reward/engine.js';
import { createRewardApp } from '../../src/rl/service/app.js';
import { loadVerifyContext } from '../../src/rl/service/start.js';

export interface ContractService {
  app: FastifyInstance;
  url: string;
  /** TCP connections accepted so far. */
  connections(): number;
  /** Lines written to the service log. */
  log: string[];
  close(): Promise<void>;
}

export async function startContractService(): Promise<ContractService> {
  const log: string[] = [];
  const app = createRewardApp({ engine: createRewardEngine({ ctx: loadVerifyContext(sharedPath('terms')) }), serviceLog: (l) => log.push(l) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  let conns = 0;
  app.server.on('connection', () => conns++);
  return { app, url, connections: () => conns, log, close: () => app.close() };
}

export type ExamRow = { question: string; option: string; answer: string };

export function cpqexamRows(): ExamRow[] {
  return readFileSync(sharedPath('bench', 'cpqexam-dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ExamRow);
}

export const wrongLetter = (a: string): string => (a[0] === 'A' ? 'B' : 'A');

/** Run a python3 script with a JSON cases file; async, because the service runs in this process. */
export async function runPython(script: string, args: string[], cases: unknown, env: Record<string, string> = {}): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'qm-contract-'));
  const file = join(dir, 'cases.json');
  writeFileSync(file, JSON.stringify(cases));
  const { stdout } = await promisify(execFile)('python3', [script, args[0], file, ...args.slice(1)], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as unknown;
}
