import { createPostgresDatabase } from '@par/database';
import { createKafkaBus } from '@par/messaging';
import { serviceModule, startService } from '@par/nest-platform';
import { findService, SERVICES } from '@par/platform';
import { readStackConfig } from './read-config';

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
const config = readStackConfig();
const internalSecret = config.PAR_INTERNAL_SECRET;
if (!internalSecret) {
  console.error('PAR_INTERNAL_SECRET (≥ 32 characters, shared with the gateway) is required');
  process.exit(2);
}
const db = await createPostgresDatabase({
  appUrl: config.PAR_PG_URL,
  ownerUrl: config.PAR_PG_OWNER_URL,
  systemUrl: config.PAR_PG_SYSTEM_URL,
  poolSize: config.PAR_PG_POOL_SIZE,
});
const bus = createKafkaBus({ brokers: config.PAR_KAFKA_BROKERS, clientId: `par-${def.name}` });
const port = config.PAR_PORT ?? def.port;
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
