#!/usr/bin/env node
// Installs optional extras (`npm run models:install`, `npm run ocr:install`). They are `npm install --no-save`
// packages, and npm prunes every package package.json does not list on each install — so installing one extra on
// its own would remove another installed before it. One npm command installs the asked extras together with those
// already present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const EXTRAS = {
  // In-process llama.cpp and transformers.js + ONNX runtimes (*.native.test.ts, `llama:` models, `onnx:` embedders).
  models: ['node-llama-cpp@3.21.1', '@huggingface/transformers@3.8.1'],
  // OCR of photos and scanned PDFs (src/report/intake/ocr-extra.ts).
  ocr: ['tesseract.js@7.0.0', '@tesseract.js-data/chi_sim@1.0.0', '@tesseract.js-data/eng@1.0.0', '@napi-rs/canvas@0.1.100'],
};

const nameOf = (spec) => spec.slice(0, spec.lastIndexOf('@'));
// An extra counts as present when any of its packages is (a half-installed one is completed, not dropped).
const present = (extra) => EXTRAS[extra].some((spec) => existsSync(new URL(`../node_modules/${nameOf(spec)}/package.json`, import.meta.url)));

const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(a in EXTRAS));
if (asked.length === 0 || unknown.length > 0) {
  console.error(`usage: node bin/install-extras.js ${Object.keys(EXTRAS).join('|')} …${unknown.length ? ` (unknown extra: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
const extras = Object.keys(EXTRAS).filter((e) => asked.includes(e) || present(e));
const specs = extras.flatMap((e) => EXTRAS[e]);
console.log(`installing the optional extras ${extras.join(' + ')}: ${specs.join(' ')}`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['install', '--no-save', ...specs], {
  stdio: 'inherit',
  cwd: new URL('..', import.meta.url),
  // No CUDA build of onnxruntime-node is wanted on a CPU machine (it is a large download).
  env: { ...process.env, ONNXRUNTIME_NODE_INSTALL_CUDA: 'skip' },
});
process.exit(run.status ?? 1);
