/*
 * Given/when/then tests of a projection on PGlite, after Emmett's `PostgreSQLProjectionSpec`:
 *
 *   await PgliteProjectionSpec.for({ projection, schema: 'ranking', migrations })
 *     .given(cycleOpened, frameworkPublished)
 *     .when(scoreRecorded)
 *     .then(async ({ rows }) => expect(await rows('results')).toEqual([...]));
 *
 * Each scenario gets a fresh in-memory database with the projection's bookkeeping and the given migrations; every
 * event goes through the projection's own handler exactly as the live consumer applies it (province transaction,
 * RLS, processed-event id recorded). Test-only.
 */
import { randomUUID } from 'node:crypto';
import { assertIdent, createPgliteDatabase, type Database, type Migration } from '@par/database';
import { provinceId } from '@par/kernel';
import { HEADERS, type IncomingMessage } from '@par/messaging';
import { markProcessed, type ProjectionSpec } from '../projection-spec';
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
  readonly projection: Pick<ProjectionSpec, 'name' | 'topics' | 'handle'>;
  readonly schema: string;
  /** The read model's tables (the service's migrations; the bookkeeping tables are added). */
  readonly migrations: readonly Migration[];
}

export class PgliteProjectionSpec {
  private constructor(
    private readonly opts: ProjectionSpecOptions,
    private readonly givenEvents: readonly SpecEvent[],
    private readonly whenEvents: readonly SpecEvent[],
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

  /** Runs the scenario on a fresh database and hands the read model to `assert`; a handler error rejects. */
  async then(assert: (readModel: SpecReadModel) => Promise<void> | void): Promise<void> {
    const schema = assertIdent(this.opts.schema, 'schema name');
    const db = await createPgliteDatabase();
    try {
      await db.migrate(schema, [...projectionMigrations(schema), ...this.opts.migrations]);
      for (const e of [...this.givenEvents, ...this.whenEvents]) await this.apply(db, schema, e);
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

  private async apply(db: Database, schema: string, e: SpecEvent): Promise<void> {
    const { projection } = this.opts;
    const province = provinceId(e.province);
    const eventId = e.eventId ?? randomUUID();
    const m: IncomingMessage = {
      topic: projection.topics[0] ?? 'spec',
      partition: 0,
      offset: '0',
      key: 'spec',
      value: JSON.parse(JSON.stringify(e)) as unknown,
      headers: { [HEADERS.province]: province, [HEADERS.eventId]: eventId },
    };
    await db.withProvince(province, async (tx) => {
      if (await markProcessed(tx, schema, projection.name, province, eventId)) await projection.handle(tx, m);
    });
  }
}
