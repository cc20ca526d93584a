import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Admin } from '@platformatic/kafka';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { createKafkaBus, kafkaBrokersFromEnv, type MessageBus } from '@par/messaging';
import { createTokenVerifier, parseTrustedIssuers } from '@par/auth';
import { startPlatform, type Platform } from '@par/platform';

export const KEYCLOAK_URL = process.env['PAR_KEYCLOAK_URL'] ?? 'http://127.0.0.1:58080';
export const ALLOWED_ISSUERS =
  process.env['PAR_ALLOWED_ISSUERS'] ?? `${KEYCLOAK_URL}/realms/par-bac-kan,${KEYCLOAK_URL}/realms/par-cao-bang`;

/** A password-grant access token from the real Keycloak (realm per province). */
export async function keycloakToken(province: string, username: string): Promise<string> {
  const res = await fetch(`${KEYCLOAK_URL}/realms/par-${province}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username, password: 'demo-password' }),
  });
  if (!res.ok) throw new Error(`Keycloak token for ${username}@${province}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

const cache = new Map<string, { token: string; exp: number }>();

/** A Keycloak token that is refreshed a minute before it expires (long fault tests outlive a 300 s token). */
export async function freshToken(province: string, username: string): Promise<string> {
  const key = `${province}/${username}`;
  const hit = cache.get(key);
  if (hit && hit.exp - 60 > Date.now() / 1000) return hit.token;
  const token = await keycloakToken(province, username);
  const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number };
  cache.set(key, { token, exp });
  return token;
}

export interface TestStack {
  platform: Platform;
  database: string;
  dbs: Database[];
  bus: MessageBus;
  adminPool: pg.Pool;
  /** A pool on the run's database as the superuser, to read what was really stored. */
  inspect: pg.Pool;
  close(): Promise<void>;
}

/**
 * The platform in stack configuration inside the test process: every service with its own PostgreSQL
 * pool on a fresh database of this run, one Kafka client, Keycloak tokens verified by the gateway.
 */
export async function startTestStack(opts: { gatewayPort: number; portOffset: number; now?: () => Date }): Promise<TestStack> {
  const urls = pgUrlsFromEnv();
  const database = `par_e2e_${randomUUID().slice(0, 8)}`;
  const adminPool = new pg.Pool({ connectionString: urls.adminUrl, max: 2 });
  adminPool.on('error', () => undefined);
  await adminPool.query(`CREATE DATABASE ${database} OWNER par_owner`);
  const onDb = (u: string) => {
    const url = new URL(u);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const dbs: Database[] = [];
  const bus = createKafkaBus({ brokers: kafkaBrokersFromEnv(), clientId: `e2e-${database}`, lagIntervalMs: 500 });
  const inspect = new pg.Pool({ connectionString: onDb(urls.adminUrl), max: 2 });
  // idle clients of a pool see server restarts (fault tests): a pool without a listener would crash the run
  inspect.on('error', () => undefined);
  let platform: Platform | undefined;

  /** Every step runs even if an earlier one fails (e.g. after a server restart); the first error is rethrown. */
  const cleanUp = async () => {
    const steps: (() => Promise<unknown>)[] = [
      async () => platform?.close(),
      () => bus.close(),
      ...dbs.map((db) => () => db.close()),
      () => inspect.end(),
      () => adminPool.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
      () => adminPool.end(),
      // this run's topics (par.<context>.v1.<run>, and their dead-letter topics) go too
      async () => {
        const admin = new Admin({ clientId: `e2e-cleanup-${database}`, bootstrapBrokers: kafkaBrokersFromEnv() });
        try {
          const topics = (await admin.listTopics()).filter((t) => t.includes(database));
          if (topics.length) await admin.deleteTopics({ topics });
        } finally {
          await admin.close();
        }
      },
    ];
    const errors: unknown[] = [];
    for (const step of steps) await step().catch((e: unknown) => errors.push(e));
    if (errors.length) throw errors[0];
  };

  try {
    platform = await startPlatform({
      dbFor: async () => {
        const db = await createPostgresDatabase({
          appUrl: onDb(urls.appUrl),
          systemUrl: onDb(urls.systemUrl),
          ownerUrl: onDb(urls.ownerUrl),
          poolSize: 4,
        });
        dbs.push(db);
        return db;
      },
      bus,
      verifier: createTokenVerifier({ issuers: parseTrustedIssuers(ALLOWED_ISSUERS), audience: 'par-api' }),
      gatewayPort: opts.gatewayPort,
      portOffset: opts.portOffset,
      ...(opts.now && { now: opts.now }),
      topicSuffix: database,
      // the suites poll every 100 ms (`eventually`) as one user; rate limits themselves are proven in
      // test/e2e/api-explorer-rate-limits.e2e.spec.ts
      gateway: { rateLimits: { userPoints: 100_000, integratorPoints: 100_000 } },
    });
  } catch (e) {
    await cleanUp().catch(() => undefined);
    throw e;
  }
  return { platform, database, dbs, bus, adminPool, inspect, close: cleanUp };
}
