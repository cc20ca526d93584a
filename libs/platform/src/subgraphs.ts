import type { ServiceDefinition } from '@par/nest-platform';
import { SERVICES } from './services';

/** One subgraph of the supergraph: the service's name and default port. */
export interface SubgraphDefinition {
  readonly name: string;
  /** Default port (stack and embedded modes); the supergraph is composed with these URLs. */
  readonly port: number;
}

export const subgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/** Every service is a subgraph. */
export function subgraphsOf(services: readonly ServiceDefinition[] = SERVICES): SubgraphDefinition[] {
  return services.map((s) => ({ name: s.name, port: s.port }));
}

export const SUBGRAPHS: readonly SubgraphDefinition[] = subgraphsOf();
