import { findService, printSubgraphSdl, SERVICES } from '@par/platform';

/**
 * Prints one subgraph's federation SDL. Runs in its own process and loads only that service's GraphQL module
 * (the definitions in SERVICES load theirs lazily): Nest's code-first type registry is process-global, so
 * building several subgraphs in one process would leak each one's types into the others' SDL.
 */
const name = process.argv[2] ?? '';
const def = findService(name);
if (!def) throw new Error(`unknown subgraph ${name} (known: ${SERVICES.map((s) => s.name).join(', ')})`);
process.stdout.write(await printSubgraphSdl(def));
process.exit(0);
