// Writes a recipe folder: all files or none (built in a sibling temp folder, then renamed into place), and never
// over an existing non-empty folder unless asked.
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { sftErrors } from '../errors.js';
import { type RecipeOptions, recipeOptionsSchema } from './options.js';
import { recipeFiles } from './templates.js';

export interface WriteRecipeResult {
  dir: string;
  files: string[];
}

export function writeRecipe(target: string, options: Partial<RecipeOptions>, o: { force?: boolean } = {}): WriteRecipeResult {
  const parsed = recipeOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw sftErrors.SFT_OPTION_INVALID({ option: `--${issue?.path.join('.') ?? '?'}`, reason: issue?.message ?? 'invalid' });
  }
  const dir = resolve(target);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !o.force)
    throw sftErrors.SFT_OPTION_INVALID({ option: dir, reason: 'exists and is not empty: choose another folder or pass --force to replace its recipe files' });
  const files = recipeFiles(parsed.data);
  const tmp = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    for (const f of files) {
      writeFileSync(join(tmp, f.path), f.content);
      if (f.executable) chmodSync(join(tmp, f.path), 0o755);
    }
    if (existsSync(dir)) {
      // --force: replace the recipe's own files, keep anything else the user put there.
      for (const f of files) renameSync(join(tmp, f.path), join(dir, f.path));
      rmSync(tmp, { recursive: true, force: true });
    } else renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  return { dir, files: files.map((f) => f.path) };
}
