#!/usr/bin/env node
// `npx par ...`: the platform's command line. Built by `npm run build` (SWC → dist/).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = new URL('../dist/apps/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  execSync('npm run -s build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
