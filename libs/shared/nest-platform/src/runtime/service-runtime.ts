import type { Database } from '@par/database';
import type { MessageBus } from '@par/messaging';

/**
 * What a service needs from its surroundings. The embedded mode gives every service the same PGlite
 * database and in-process bus; the stack mode gives each its own PostgreSQL pool and Kafka client.
 */
export interface ServiceRuntime {
  readonly db: Database;
  readonly bus: MessageBus;
  /** Shared secret the gateway signs internal tokens with. */
  readonly internalSecret: string;
  /** The only clock: handlers read time here and pass it into commands; domain code has none. */
  readonly now: () => Date;
  /** Test runs isolate their Kafka topics with a suffix (`par.assessments.v1.<suffix>`). */
  readonly topicSuffix?: string;
}

export const SERVICE_RUNTIME = Symbol('SERVICE_RUNTIME');
