import type { EventStore } from '../types';
import type { EventStoreInternals } from '../event-store';

/**
 * The store's internal reads (inside the forwarder's own system transaction). Every store made by
 * `createEventStore` has them; anything else is refused, so the forwarder never falls back to reads that could
 * skip an event committed late.
 */
export function storeInternals(store: EventStore): EventStoreInternals {
  const s = store as EventStore & Partial<EventStoreInternals>;
  if (!s.readAllIn || !s.headPosition || !s.countUnread) {
    throw new Error(`The forwarder needs an event store made by createEventStore (schema ${store.schema})`);
  }
  return { readAllIn: s.readAllIn.bind(s), headPosition: s.headPosition.bind(s), countUnread: s.countUnread.bind(s) };
}
