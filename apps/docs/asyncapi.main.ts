import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedEventFiles } from './asyncapi';

/** `npm run docs:asyncapi`: writes docs/integrators/asyncapi.yaml and docs/integrators/schemas/<topic>/*.json. */
const dir = fileURLToPath(new URL('../../../docs/integrators/', import.meta.url));
const files = publishedEventFiles();
for (const [path, content] of files) {
  mkdirSync(dirname(`${dir}${path}`), { recursive: true });
  writeFileSync(`${dir}${path}`, content);
}
console.log(`wrote docs/integrators/asyncapi.yaml and ${files.size - 1} JSON Schemas`);
