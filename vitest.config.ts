import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The in-process model runtimes are an optional extra (`npm run models:install`). Without them the
// *.native.test.ts files are left out with the reason printed in the closing summary; under CI=true (.ci/run
// installs them) they always run, so a missing runtime fails there instead of hiding.
const NATIVE_RUNTIMES = ['node-llama-cpp', '@huggingface/transformers'];
const missingRuntimes = NATIVE_RUNTIMES.filter((m) => !existsSync(new URL(`./node_modules/${m}/package.json`, import.meta.url)));
const requireAll = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const skipNative = missingRuntimes.length > 0 && !requireAll;
// OCR of photos and scans is an optional extra too (`npm run ocr:install`): without it the photo tests skip with
// that command in their names (src/report/intake/ocr-extra.ts); under CI=true they run and fail if it is missing.
const OCR_EXTRA = ['tesseract.js', '@tesseract.js-data/chi_sim', '@tesseract.js-data/eng', '@napi-rs/canvas'];
const missingOcr = OCR_EXTRA.filter((m) => !existsSync(new URL(`./node_modules/${m}/package.json`, import.meta.url)));
const notes = [
  ...(skipNative
    ? [`*.native.test.ts files: ${missingRuntimes.join(' and ')} not installed (in-process llama.cpp / ONNX runtimes) — install: npm run models:install`]
    : []),
  ...(missingOcr.length && !requireAll ? [`photo/scan OCR tests: ${missingOcr.join(', ')} not installed (the OCR extra) — install: npm run ocr:install`] : []),
];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'web/**', ...(skipNative ? ['**/*.native.test.ts'] : [])],
    // Two cores: forks keep native addons (SQLite, llama.cpp) isolated per file.
    reporters: ['default', ['./test/helpers/summary-reporter.ts', { notes }]],
    // Real-data fixture knowledge bases, built once per run (test/helpers/fixture-kbs.ts).
    globalSetup: ['./test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Hang guards, not speed targets (speed lives in `npm run bench`): a fresh-machine run beside other work (load ~35
    // on two cores) took 64 s for a real-data `kb ingest` test that takes ~8 s idle, and a timed-out ingest kept its
    // SQLite write lock, failing the file's next tests with "database is locked".
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
