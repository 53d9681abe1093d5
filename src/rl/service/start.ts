// Build everything the reward service needs from options (terminology, model endpoints, log file) and listen.
// The CLI (`quarkmed reward serve`), the e2e tests and the bench all start the service through here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createDrugIndications } from '../../knowledge/drug-indications.js';
import { getDrugLexicon } from '../../knowledge/drugs.js';
import { defaultTermsDir, getIcd10, ICD10_FILE } from '../../knowledge/icd10.js';
import { loadCheckNames } from '../check-names.js';
import { kbErrors } from '../../knowledge/errors.js';
import { createModelVerifiers, type ModelVerifierOptions, type ModelVerifiers } from '../model/model-verifiers.js';
import { createRewardEngine, type RewardEngine } from '../reward/engine.js';
import type { VerifyContext } from '../verifiers/types.js';
import { createRewardApp } from './app.js';
import { createRewardLogger, type RewardLogger } from './reward-log.js';

export interface RewardServiceOptions extends ModelVerifierOptions {
  host?: string;
  port?: number;
  /** Folder holding icd10-cn-clinical-v2.jsonl, nmpa-imported-drugs.jsonl and entity-dict-zh/. */
  termsDir?: string;
  /** JSONL reward log (for `quarkmed reward stats`). */
  logPath?: string;
  logSample?: number;
}

export interface RewardService {
  app: FastifyInstance;
  engine: RewardEngine;
  models: ModelVerifiers;
  url: string;
  close(): Promise<void>;
}

/** Terminology for the rule verifiers; a missing folder is an error naming it (diagnosis rewards need it). */
export function loadVerifyContext(termsDir: string = defaultTermsDir()): VerifyContext {
  if (!existsSync(join(termsDir, ICD10_FILE))) {
    throw kbErrors.TERMS_FILE_MISSING({ file: join(termsDir, ICD10_FILE), hint: 'pass --terms DIR or set QUARKMED_TERMS_DIR' });
  }
  const drugs = getDrugLexicon(termsDir);
  return {
    icd: getIcd10(join(termsDir, ICD10_FILE)),
    drugs,
    indications: createDrugIndications(undefined, (d) => drugs.canonical(d)),
    checks: loadCheckNames(termsDir),
  };
}

export async function buildRewardService(options: RewardServiceOptions = {}): Promise<Omit<RewardService, 'url'> & { logger?: RewardLogger }> {
  const ctx = loadVerifyContext(options.termsDir);
  const models = await createModelVerifiers(options);
  const engine = createRewardEngine({ ctx, models });
  const logger = options.logPath ? createRewardLogger(options.logPath, { sample: options.logSample }) : undefined;
  const app = createRewardApp({
    engine,
    logger,
    models: {
      judge: models.judge?.name,
      principles: models.principles ? `${models.principles.caller.name} (${models.principles.list.length} principles)` : undefined,
      honesty: options.honesty,
      helpfulness: options.helpfulness,
    },
  });
  return {
    app,
    engine,
    models,
    logger,
    async close() {
      await app.close();
      await logger?.close();
      await models.close();
    },
  };
}

export async function startRewardService(options: RewardServiceOptions = {}): Promise<RewardService> {
  const svc = await buildRewardService(options);
  const address = await svc.app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 8300 });
  return { ...svc, url: address };
}
