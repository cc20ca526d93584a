/*
 * Given/when/then tests of a projection on PGlite, after Emmett's `PostgreSQLProjectionSpec`:
 *
 *   await PgliteProjectionSpec.for({ projection, schema: 'ranking', migrations })
 *     .given(cycleOpened, frameworkPublished)
 *     .when(scoreRecorded)
 *     .then(async ({ rows }) => expect(await rows('results')).toEqual([...]));
 *
 * `whenTogether(...)` delivers its events as the live consumer delivers what the bus fetched together: one province
 * transaction, the projection's `handleBatch` (else `handle` for each), so a test can show both give the same model.
 *
 * Each scenario gets a fresh in-memory database with the projection's bookkeeping and the given migrations; every
 * event goes through the projection's own handler exactly as the live consumer applies it (province transaction,
 * RLS, processed-event id recorded). Test-only.
 */
import { randomUUID } from 'node:crypto';
import { assertIdent, createPgliteDatabase, type Database, type Migration } from '@par/database';
import { provinceId } from '@par/kernel';
import { HEADERS, type IncomingMessage } from '@par/messaging';
import { markProcessed, markProcessedMany, type ProjectionSpec } from '../projection-spec';
import { projectionMigrations } from '../projection';

/** A published event as a test writes it: the contract's value, naming its province (and optionally its event id). */
export interface SpecEvent {
  readonly province: string;
  readonly eventId?: string;
}

export interface SpecReadModel {
  readonly db: Database;
  /** Rows of a table of the schema across all provinces (system role), ordered by `orderBy` (default: all columns). */
  rows<T = Record<string, unknown>>(table: string, orderBy?: string): Promise<T[]>;
}

export interface ProjectionSpecOptions {
  readonly projection: Pick<ProjectionSpec, 'name' | 'topics' | 'handle' | 'handleBatch'>;
  readonly schema: string;
  /** The read model's tables (the service's migrations; the bookkeeping tables are added). */
  readonly migrations: readonly Migration[];
}

export class PgliteProjectionSpec {
  private constructor(
    private readonly opts: ProjectionSpecOptions,
    private readonly givenEvents: readonly SpecEvent[],
    private readonly whenEvents: readonly SpecEvent[],
    private readonly together = false,
  ) {}

  static for(opts: ProjectionSpecOptions): PgliteProjectionSpec {
    return new PgliteProjectionSpec(opts, [], []);
  }

  given(...events: SpecEvent[]): PgliteProjectionSpec {
    return new PgliteProjectionSpec(this.opts, [...this.givenEvents, ...events], this.whenEvents);
  }

  when(...events: SpecEvent[]): PgliteProjectionSpec {
    return new PgliteProjectionSpec(this.opts, this.givenEvents, [...this.whenEvents, ...events]);
  }

  /** The `when` events as one batch of one province (see the class comment). */
  whenTogether(...events: SpecEvent[]): PgliteProjectionSpec {
    return new PgliteProjectionSpec(this.opts, this.givenEvents, [...this.whenEvents, ...events], true);
  }

  /** Runs the scenario on a fresh database and hands the read model to `assert`; a handler error rejects. */
  async then(assert: (readModel: SpecReadModel) => Promise<void> | void): Promise<void> {
    const schema = assertIdent(this.opts.schema, 'schema name');
    const db = await createPgliteDatabase();
    try {
      await db.migrate(schema, [...projectionMigrations(schema), ...this.opts.migrations]);
      for (const e of this.givenEvents) await this.apply(db, schema, e);
      if (this.together) await this.applyTogether(db, schema, this.whenEvents);
      else for (const e of this.whenEvents) await this.apply(db, schema, e);
      await assert({
        db,
        rows: async <T>(table: string, orderBy?: string) =>
          db.asSystem(async (tx) => {
            const t = `${schema}.${assertIdent(table, 'table name')}`;
            return (await tx.query<T & Record<string, unknown>>(`SELECT * FROM ${t} ORDER BY ${orderBy ?? `${t}.*`}`)).rows as T[];
          }),
      });
    } finally {
      await db.close();
    }
  }

  private message(e: SpecEvent, offset: number): IncomingMessage {
    return {
      topic: this.opts.projection.topics[0] ?? 'spec',
      partition: 0,
      offset: String(offset),
      key: 'spec',
      value: JSON.parse(JSON.stringify(e)) as unknown,
      headers: { [HEADERS.province]: provinceId(e.province), [HEADERS.eventId]: e.eventId ?? randomUUID() },
    };
  }

  private async apply(db: Database, schema: string, e: SpecEvent): Promise<void> {
    const { projection } = this.opts;
    const m = this.message(e, 0);
    const province = provinceId(e.province);
    await db.withProvince(province, async (tx) => {
      if (await markProcessed(tx, schema, projection.name, province, m.headers[HEADERS.eventId]!)) await projection.handle(tx, m);
    });
  }

  private async applyTogether(db: Database, schema: string, events: readonly SpecEvent[]): Promise<void> {
    const { projection } = this.opts;
    const ms = events.map((e, i) => this.message(e, i));
    const province = provinceId(events[0]!.province);
    if (events.some((e) => e.province !== province)) throw new Error('whenTogether: the events of one batch are of one province');
    await db.withProvince(province, async (tx) => {
      const recorded = await markProcessedMany(
        tx,
        schema,
        projection.name,
        province,
        ms.map((m) => m.headers[HEADERS.eventId]!),
      );
      const fresh = ms.filter((_, i) => recorded[i]);
      if (projection.handleBatch) await projection.handleBatch(tx, fresh);
      else for (const m of fresh) await projection.handle(tx, m);
    });
  }
}
