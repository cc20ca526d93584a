import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '@par/database';
import type { MessageBus } from '@par/messaging';
import { startGateway, type GatewayOptions, type RunningGateway, type StaticSite } from '@par/gateway';
import type { TokenVerifier } from '@par/auth';
import { drainForwarders, startServices, stopServices, type RunningService } from './start-services';
import type { ServiceDefinition } from '@par/nest-platform';
import { SERVICES } from './services';
import { subgraphsOf, subgraphUrl } from './subgraphs';

/** gateway/supergraph.graphql of this checkout, from source (tests) or from dist/ (built). */
function findSupergraph(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'gateway', 'supergraph.graphql');
    if (existsSync(candidate) && !dir.endsWith('/dist')) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('gateway/supergraph.graphql not found: run `npm run supergraph:compose`');
    dir = parent;
  }
}

export interface Platform {
  readonly gateway: RunningGateway;
  readonly services: RunningService[];
  /** Shared with the gateway; lets a test restart one service into the running platform. */
  readonly internalSecret: string;
  drain(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the services (default: all of SERVICES) and the gateway in this process. `dbFor`/`busFor` decide the mode:
 * one PGlite database and one in-process bus (embedded), or PostgreSQL and Kafka per service (stack, tests).
 */
export async function startPlatform(opts: {
  dbFor: (service: string) => Promise<Database>;
  bus: MessageBus;
  verifier: TokenVerifier;
  gatewayPort: number;
  /** Offset added to the default subgraph ports (tests run beside a developer's `npm start`). */
  portOffset?: number;
  supergraphPath?: string;
  now?: () => Date;
  topicSuffix?: string;
  /** The services to run (default SERVICES). */
  services?: readonly ServiceDefinition[];
  /** Web files the gateway serves (the console: `consoleSite` of @par/gateway). */
  staticSites?: readonly StaticSite[];
  /** Gateway settings (rate limits, explorer, request limits); the explorer defaults to on (development). */
  gateway?: Pick<GatewayOptions, 'rateLimits' | 'explorer' | 'limits'>;
}): Promise<Platform> {
  const internalSecret = randomBytes(32).toString('hex');
  const offset = opts.portOffset ?? 0;
  const definitions = opts.services ?? SERVICES;
  const services = await startServices({
    services: definitions,
    listen: true,
    portFor: (d) => d.port + offset,
    runtimeFor: async (name) => ({
      db: await opts.dbFor(name),
      bus: opts.bus,
      internalSecret,
      now: opts.now ?? (() => new Date()),
      ...(opts.topicSuffix && { topicSuffix: opts.topicSuffix }),
    }),
  });
  let gateway: RunningGateway;
  try {
    const supergraphSdl = await readFile(opts.supergraphPath ?? findSupergraph(), 'utf8');
    gateway = await startGateway({
      port: opts.gatewayPort,
      supergraphSdl,
      verifier: opts.verifier,
      internalSecret,
      urlOverrides: Object.fromEntries(subgraphsOf(definitions).map((d) => [subgraphUrl(d.port), subgraphUrl(d.port + offset)])),
      ...(opts.staticSites && { staticSites: opts.staticSites }),
      explorerDefault: true,
      ...opts.gateway,
    });
  } catch (e) {
    await stopServices(services).catch(() => undefined);
    throw e;
  }
  return {
    gateway,
    services,
    internalSecret,
    drain: () => drainForwarders(services),
    async close() {
      await gateway.close();
      await stopServices(services);
    },
  };
}
