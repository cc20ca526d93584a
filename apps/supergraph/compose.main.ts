import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { composeSupergraph, publicSchemaOf } from '@par/platform';

/**
 * `npm run supergraph:compose` writes gateway/supergraph.graphql, gateway/subgraphs/*.graphql and
 * gateway/api-schema.graphql (the schema clients see: no federation internals; integrators generate types from it);
 * `npm run supergraph:check` fails when a subgraph's schema changed without recomposing.
 */
const root = fileURLToPath(new URL('../../../gateway/', import.meta.url));
const check = process.argv.includes('--check');
const { subgraphs, supergraphSdl } = await composeSupergraph(fileURLToPath(new URL('./print-subgraph.main.js', import.meta.url)));
const files: [string, string][] = [
  ...subgraphs.map((s): [string, string] => [`${root}subgraphs/${s.name}.graphql`, s.sdl.trimEnd() + '\n']),
  [`${root}supergraph.graphql`, supergraphSdl.trimEnd() + '\n'],
  [`${root}api-schema.graphql`, printSchema(publicSchemaOf(supergraphSdl)).trimEnd() + '\n'],
];
let stale = 0;
for (const [path, content] of files) {
  if (check) {
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current !== content) {
      stale++;
      console.error(`✗ ${path} is out of date`);
    }
  } else {
    await mkdir(`${root}subgraphs`, { recursive: true });
    await writeFile(path, content);
    console.log(`wrote ${path}`);
  }
}
if (check && stale) {
  console.error(`${stale} schema file(s) differ from the code: run \`npm run supergraph:compose\` and commit.`);
  process.exit(1);
}
if (check) console.log('supergraph is up to date with the subgraphs');
process.exit(0);
