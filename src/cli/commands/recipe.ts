import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { action, intOption, printJson } from '../action.js';

export function register(program: Command): void {
  const recipe = program.command('recipe').description('training recipes: the four QuarkMed stages as runnable scripts for verl / LLaMA-Factory / OpenRLHF');
  recipe
    .command('init <dir>')
    .description('write a documented, runnable four-stage recipe (IFT/SFT, RL stage 1, difficulty filter, reward models, RL stage 2) into <dir>')
    .option('--model <id>', 'base model (Hugging Face id or local path)', 'Qwen/Qwen2.5-7B')
    .option('--data <dir>', 'public data folder (bench/ rl/ kb/ corpus/ terms/)', 'data')
    .option('--work <dir>', 'where stages write datasets and checkpoints', 'runs/quarkmed')
    .option('--gpus <n>', 'GPUs per node', intOption('--gpus'), 8)
    .option('--sft-engine <name>', 'verl | llamafactory', 'verl')
    .option('--template <name>', 'LLaMA-Factory chat template', 'qwen')
    .option('--judge <spec>', 'judge / principle model (openai:<baseURL>#<model>)')
    .option('--force', 'write into a non-empty folder (replaces only the recipe files)')
    .option('--json', 'print the written files as JSON')
    .action(
      action(
        async (
          dir: string,
          o: { model: string; data: string; work: string; gpus: number; sftEngine: string; template: string; judge?: string; force?: boolean; json?: boolean },
        ) => {
          // The templates and their schema load when the command runs, not for `recipe --help`.
          const { writeRecipe } = await import('../../sft/recipe/write-recipe.js');
          const r = writeRecipe(
            dir,
            {
              model: o.model,
              data: o.data,
              work: o.work,
              gpus: o.gpus,
              sftEngine: o.sftEngine as 'verl',
              template: o.template,
              // The checkout this CLI runs from: the RL stages call its integrations/ scripts.
              repo: fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/dist\/?$|\/$/, ''),
              ...(o.judge ? { judge: o.judge } : {}),
            },
            { force: o.force },
          );
          if (o.json) return printJson(r);
          process.stdout.write(`wrote ${r.files.length} files to ${r.dir}\n${r.files.map((f) => `  ${f}`).join('\n')}\nstart with: less ${r.dir}/README.md\n`);
        },
      ),
    );
}
