/*
 * One service as in stack mode (apps/stack/service.main.ts: its own process, PostgreSQL pool, Kafka client), for
 * bench/gateway/gateway.bench.ts: on the bench's own database (PAR_PG_*), Kafka topics suffixed with
 * BENCH_TOPIC_SUFFIX so that nothing mixes with another stack on the shared Kafka, port PAR_PORT.
 * Usage: node dist/bench/gateway/service.child.js <service>
 */
import { createPostgresDatabase } from '@par/database';
import { createKafkaBus } from '@par/messaging';
import { configureLogging } from '@par/observability';
import { serviceModule, startService } from '@par/nest-platform';
import { findService } from '@par/platform';
import { answerParent } from './child-ipc';

configureLogging({ level: process.env['PAR_LOG_LEVEL'] ?? 'warn' });
const def = findService(process.argv[2] ?? '');
if (!def) throw new Error(`unknown service ${String(process.argv[2])}`);
const ipc = answerParent(def.name);
const env = (k: string) => process.env[k] ?? '';
const db = await createPostgresDatabase({
  appUrl: env('PAR_PG_URL'),
  ownerUrl: env('PAR_PG_OWNER_URL'),
  systemUrl: env('PAR_PG_SYSTEM_URL'),
  poolSize: Number(process.env['PAR_PG_POOL_SIZE'] || 4),
});
const bus = createKafkaBus({ brokers: env('PAR_KAFKA_BROKERS').split(','), clientId: `bench-${def.name}` });
const module = await serviceModule(def, {
  db,
  bus,
  internalSecret: env('PAR_INTERNAL_SECRET'),
  now: () => new Date(),
  topicSuffix: env('BENCH_TOPIC_SUFFIX'),
});
const app = await startService(module, Number(env('PAR_PORT')));
ipc.ready();
process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await bus.close();
    await db.close();
    process.exit(0);
  })();
});
