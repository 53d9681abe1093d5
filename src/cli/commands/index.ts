import type { Command } from 'commander';
import { register as kb } from './kb.js';
import { register as ask } from './ask.js';
import { register as report } from './report.js';
import { register as serve } from './serve.js';
import { register as evalCmd } from './eval.js';
import { register as reward } from './reward.js';
import { register as rl } from './rl.js';
import { register as data } from './data.js';
import { register as model } from './model.js';
import { register as safety } from './safety.js';

/** Every top-level command, in the order `quarkmed --help` lists them. */
export const commands: ReadonlyArray<(program: Command) => void> = [serve, kb, ask, report, evalCmd, reward, rl, data, model, safety];
