import type { Sql } from '@par/database';
import type { IncomingMessage } from '@par/messaging';
import { applyRowChanges, type RowChange, type TableKeys } from './row-change';

/**
 * A projection that computes, split in three: `load` reads the part of the read model the event touches (the
 * only I/O besides writing), `evolve` is pure (no I/O, no clock) and returns the changes, and the SQL adapter
 * (`evolvingHandler`) writes them. Test `evolve` as a plain function, the whole with `PgliteProjectionSpec`.
 */
export interface EvolvingProjection<E, M> {
  /** Primary-key columns of every table `evolve` writes. */
  readonly tables: TableKeys;
  /** The event as the projection sees it, from the message (usually its published contract). */
  readonly decode: (m: IncomingMessage) => E;
  readonly load: (tx: Sql, schema: string, event: E) => Promise<M>;
  readonly evolve: (readModel: M, event: E) => readonly RowChange[];
}

/** The consumer handler of an evolving projection: load → evolve → write the changes, in the message's transaction. */
export function evolvingHandler<E, M>(schema: string, p: EvolvingProjection<E, M>): (tx: Sql, m: IncomingMessage) => Promise<void> {
  return async (tx, m) => {
    const event = p.decode(m);
    const readModel = await p.load(tx, schema, event);
    await applyRowChanges(tx, schema, p.tables, p.evolve(readModel, event));
  };
}
