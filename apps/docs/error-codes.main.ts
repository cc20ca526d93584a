import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectErrorCodes, errorCodesMarkdown } from './error-codes';

/** `npm run docs:errors`: writes docs/integrators/error-codes.md from the sources. */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const entries = collectErrorCodes(root);
writeFileSync(`${root}docs/integrators/error-codes.md`, errorCodesMarkdown(entries));
console.log(`wrote docs/integrators/error-codes.md: ${entries.length} codes`);
