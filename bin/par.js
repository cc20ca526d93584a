#!/usr/bin/env node
// `npx par ...`: the platform's command line. Built by `npm run build` (SWC → dist/).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The platform needs Node 24 (package.json engines); an older `node` first on PATH gets a clear message, exit 3.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `par cần Node.js 24 nhưng đang chạy Node.js ${process.version} (${process.execPath}).\n` +
      `Hãy chạy trong thư mục dự án bằng \`npx par …\` hoặc \`npm exec par -- …\` (dùng Node 24 của dự án), ` +
      `hoặc đặt PATH="$PWD/node_modules/.bin:$PATH" trước khi gọi.\n` +
      `(par needs Node.js 24; this is ${process.version}.)\n`,
  );
  process.exit(3);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = new URL('../dist/apps/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  execSync('npm run -s build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { main, exitQuietlyOnBrokenPipe } = await import(entry.href);
exitQuietlyOnBrokenPipe(process.stdout);
exitQuietlyOnBrokenPipe(process.stderr);
process.exitCode = await main(process.argv);
