import type { INestApplication } from '@nestjs/common';
import { startService, type ServicePipeline, type ServiceRuntime } from '@par/nest-platform';
import { SUBGRAPHS, type SubgraphDefinition } from './subgraphs';

export interface RunningService {
  readonly def: SubgraphDefinition;
  readonly app: INestApplication;
  readonly port: number | null;
  readonly pipeline: ServicePipeline;
}

/** Starts the given services (all by default), each as its own Nest application. */
export async function startServices(opts: {
  runtimeFor: (name: SubgraphDefinition['name']) => ServiceRuntime | Promise<ServiceRuntime>;
  listen: boolean;
  portFor?: (def: SubgraphDefinition) => number;
  only?: readonly SubgraphDefinition['name'][];
}): Promise<RunningService[]> {
  const started: RunningService[] = [];
  try {
    for (const def of SUBGRAPHS.filter((d) => !opts.only || opts.only.includes(d.name))) {
      const runtime = await opts.runtimeFor(def.name);
      const port = opts.listen ? (opts.portFor?.(def) ?? def.port) : null;
      const app = await startService(def.register(runtime), port);
      started.push({ def, app, port, pipeline: app.get<ServicePipeline>(def.pipeline) });
    }
  } catch (e) {
    // a service that failed to start must not leave the others listening and consuming
    await stopServices(started).catch(() => undefined);
    throw e;
  }
  return started;
}

export async function stopServices(services: readonly RunningService[]): Promise<void> {
  for (const s of [...services].reverse()) await s.app.close();
}

/** Waits until every service's forwarder has handed all stored events to the bus. */
export async function drainForwarders(services: readonly RunningService[]): Promise<void> {
  for (const s of services) await s.pipeline.drain();
}
