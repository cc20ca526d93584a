import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';
import type { ServiceDefinition } from '@par/nest-platform';
import { SERVICES } from './services';
import { subgraphsOf, subgraphUrl } from './subgraphs';

export interface Composition {
  readonly subgraphs: { name: string; sdl: string; url: string }[];
  readonly supergraphSdl: string;
}

/**
 * Prints each subgraph's federation SDL from code (one process per subgraph, see print-subgraph.main)
 * and composes the supergraph with @theguild/federation-composition. The printer script is called with the
 * service's name and must find it in the same list (`apps/supergraph/print-subgraph.main.ts` uses SERVICES).
 */
export async function composeSupergraph(printerScript: string, services: readonly ServiceDefinition[] = SERVICES): Promise<Composition> {
  const run = promisify(execFile);
  const subgraphs = await Promise.all(
    subgraphsOf(services).map(async (def) => {
      const { stdout } = await run(process.execPath, [printerScript, def.name], { maxBuffer: 16 * 1024 * 1024 });
      return { name: def.name, url: subgraphUrl(def.port), sdl: stdout };
    }),
  );
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => ` - ${e.message}`).join('\n')}`);
  return { subgraphs, supergraphSdl: result.supergraphSdl };
}
