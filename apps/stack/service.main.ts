import { databaseFromEnv } from '@par/database';
import { createKafkaBus, kafkaBrokersFromEnv } from '@par/messaging';
import { serviceModule, startService } from '@par/nest-platform';
import { findService, SERVICES } from '@par/platform';

/**
 * Stack mode, one service: `node dist/apps/stack/service.main.js <name>` (a name of SERVICES).
 * PostgreSQL from PAR_PG_* (infra/local/env.sh), Kafka from PAR_KAFKA_BROKERS, the gateway's shared secret
 * from PAR_INTERNAL_SECRET, port from PAR_PORT (default: the subgraph's port in the supergraph).
 */
const name = process.argv[2];
const def = name === undefined ? undefined : findService(name);
if (!def) {
  console.error(`usage: service.main.js <${SERVICES.map((d) => d.name).join('|')}>`);
  process.exit(2);
}
const internalSecret = process.env['PAR_INTERNAL_SECRET'];
if (!internalSecret || internalSecret.length < 32) {
  console.error('PAR_INTERNAL_SECRET (≥ 32 characters, shared with the gateway) is required');
  process.exit(2);
}
const db = await databaseFromEnv();
const bus = createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `par-${def.name}` });
const port = Number(process.env['PAR_PORT'] ?? def.port);
const app = await startService(await serviceModule(def, { db, bus, internalSecret, now: () => new Date() }), port);
console.log(`[${def.name}] listening on http://127.0.0.1:${port}/graphql (health: /health)`);
const stop = async () => {
  await app.close();
  await bus.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
