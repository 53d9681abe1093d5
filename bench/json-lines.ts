// One reader of a probe file for the bench scripts: a missing file or a line that is not JSON stops the run with the
// file and line named (exit 2), not a Node stack trace. Fields are each script's own to check.
import { readFileSync } from 'node:fs';

export function readJsonLines<T>(file: string): T[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`cannot read ${file}: no such file (expected a JSON Lines probe file)`);
    process.exit(2);
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as T];
    } catch {
      console.error(`${file}:${i + 1}: not a JSON object`);
      process.exit(2);
    }
  });
}
