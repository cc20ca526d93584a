import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The console's build: a static single-page application under `/console/` (served by the gateway), into
 * `dist/console`. Only browser-safe libraries are aliased (the boundary lint keeps server code out).
 */
export default defineConfig({
  root: here('.'),
  base: '/console/',
  plugins: [react()],
  resolve: { alias: { '@par/kernel': here('../../libs/shared/kernel/src/index.ts') } },
  build: { outDir: here('../../dist/console'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  logLevel: 'warn',
});
