import type { INestApplication } from '@nestjs/common';
import {
  SERVICE_PIPELINE,
  serviceModule,
  startService,
  type ServiceDefinition,
  type ServicePipeline,
  type ServiceRuntime,
} from '@par/nest-platform';
import { SERVICES } from './services';

export interface RunningService {
  readonly def: ServiceDefinition;
  readonly app: INestApplication;
  readonly port: number | null;
  readonly pipeline: ServicePipeline;
}

/** Starts the given services (all of `services`, default SERVICES, or `only` those named), each as its own Nest application. */
export async function startServices(opts: {
  runtimeFor: (name: string) => ServiceRuntime | Promise<ServiceRuntime>;
  listen: boolean;
  portFor?: (def: ServiceDefinition) => number;
  only?: readonly string[];
  services?: readonly ServiceDefinition[];
}): Promise<RunningService[]> {
  const started: RunningService[] = [];
  try {
    for (const def of (opts.services ?? SERVICES).filter((d) => !opts.only || opts.only.includes(d.name))) {
      const runtime = await opts.runtimeFor(def.name);
      const port = opts.listen ? (opts.portFor?.(def) ?? def.port) : null;
      const app = await startService(await serviceModule(def, runtime), port);
      started.push({ def, app, port, pipeline: app.get<ServicePipeline>(SERVICE_PIPELINE) });
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
