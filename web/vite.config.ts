import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `vite build web` (from the repo root) writes web/dist, which `quarkmed serve` serves.
// `npx vite web` runs a dev server that proxies the API to a local `quarkmed serve` on :8787.
const api = { target: process.env.QUARKMED_API ?? 'http://127.0.0.1:8787', changeOrigin: false };

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/v1': api, '/api': api, '/healthz': api, '/metrics': api } },
});
