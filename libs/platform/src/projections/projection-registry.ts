import type { ServiceDefinition } from '@par/nest-platform';
import type { EventProducer, ProjectionSpec, RegisteredProjection } from '@par/projections';
import { SERVICES } from '../services';

export type { EventProducer, RegisteredProjection };

/** The services that write an event store and publish it: their store is opened by the definition's `openStore`. */
export function eventProducersOf(services: readonly ServiceDefinition[] = SERVICES): EventProducer[] {
  return services.flatMap((s) =>
    s.openStore && s.publishes
      ? [{ service: s.name, schema: s.schema, topic: s.publishes.topic, toMessage: s.publishes.toMessage, openStore: s.openStore }]
      : [],
  );
}

export const EVENT_PRODUCERS: readonly EventProducer[] = eventProducersOf();

export function producerOfTopic(topic: string, producers: readonly EventProducer[] = EVENT_PRODUCERS): EventProducer {
  const p = producers.find((x) => x.topic === topic);
  if (!p) throw new Error(`No event store publishes topic ${topic}`);
  return p;
}

/**
 * Every projection of the given services, in rebuild order: catalogs first (recomputes read them), then the
 * projections of scores. `ranking.catalog` also rewrites `ranking.results` (owned by `ranking.scores`),
 * so `ranking.scores` comes after it.
 */
export function projectionsOf(services: readonly ServiceDefinition[] = SERVICES): RegisteredProjection[] {
  const producers = eventProducersOf(services);
  return services
    .flatMap((s) =>
      s.projections.map((spec) => ({
        name: `${s.name}.${spec.name}`,
        service: s.name,
        schema: s.schema,
        spec,
        producers: spec.topics.map((t) => producerOfTopic(t, producers)),
      })),
    )
    .sort((a, b) => rank(a) - rank(b));
}

function rank(p: { spec: ProjectionSpec }): number {
  return p.spec.name === 'catalog' ? 0 : 1;
}

export const PROJECTIONS: readonly RegisteredProjection[] = projectionsOf();

export function findProjection(name: string, projections: readonly RegisteredProjection[] = PROJECTIONS): RegisteredProjection | undefined {
  return projections.find((p) => p.name === name);
}

/** Every owned table has exactly one owner within its schema (checked by a unit test). */
export function ownershipConflicts(projections: readonly RegisteredProjection[] = PROJECTIONS): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const p of projections) {
    for (const t of p.spec.owns) {
      const key = `${p.schema}.${t}`;
      const prev = owner.get(key);
      if (prev) out.push(`${key} owned by ${prev} and ${p.name}`);
      else owner.set(key, p.name);
    }
  }
  return out;
}
