/**
 * Liveness and readiness, as a load balancer or an orchestrator probes them: each service's `/health/live` and
 * `/health/ready` (its database and its broker within 2 s), and the gateway's `/health/ready` (every subgraph ready).
 * The broker going away makes the services not ready (503, the failing check named) and the gateway with them;
 * back again, ready again. Embedded wiring (PGlite, the in-process bus with a ping that can be made to fail).
 */
import { createPgliteDatabase, type Database } from '@par/database';
import { createInProcessBus, type MessageBus } from '@par/messaging';
import { createTokenVerifier } from '@par/auth';
import { SERVICES, startPlatform, type Platform } from '@par/platform';

const PORT_OFFSET = 2700;

describe('health: live and ready, services and gateway', () => {
  let db: Database;
  let bus: MessageBus;
  let platform: Platform;
  let brokerDown = false;

  beforeAll(async () => {
    db = await createPgliteDatabase({});
    const inner = createInProcessBus();
    bus = {
      publish: (m) => inner.publish(m),
      subscribe: (o) => inner.subscribe(o),
      close: () => inner.close(),
      ping: async (ms) => {
        if (brokerDown) throw new Error('broker unreachable (test)');
        return inner.ping(ms);
      },
    };
    const verifier = createTokenVerifier({ issuers: [], audience: 'par-api' });
    platform = await startPlatform({ dbFor: async () => db, bus, verifier, gatewayPort: 0, portOffset: PORT_OFFSET });
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await bus?.close();
    await db?.close();
  });

  const get = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const gateway = (path: string) => get(platform.gateway.url.replace('/graphql', path));
  const service = (port: number, path: string) => get(`http://127.0.0.1:${port + PORT_OFFSET}${path}`);

  it('reports every service and the gateway live and ready', async () => {
    expect(await gateway('/health/live')).toEqual({ status: 200, body: { status: 'live' } });
    for (const s of SERVICES) {
      expect(await service(s.port, '/health/live')).toEqual({ status: 200, body: { service: s.name, status: 'live' } });
      expect(await service(s.port, '/health/ready')).toMatchObject({
        status: 200,
        body: { service: s.name, status: 'ready', checks: { database: { ok: true, kind: 'pglite' }, messaging: { ok: true } } },
      });
    }
    const ready = await gateway('/health/ready');
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.body['subgraphs'] as object).sort()).toEqual(SERVICES.map((s) => s.name).sort());
  });

  it('is not ready while the broker does not answer, and ready again when it does', async () => {
    brokerDown = true;
    const down = await service(SERVICES[0]!.port, '/health/ready');
    expect(down).toMatchObject({
      status: 503,
      body: { status: 'not-ready', checks: { database: { ok: true }, messaging: { ok: false, error: 'broker unreachable (test)' } } },
    });
    const gw = await gateway('/health/ready');
    expect(gw.status).toBe(503);
    expect(gw.body).toMatchObject({ status: 'not-ready', subgraphs: { [SERVICES[0]!.name]: { ok: false, status: 503 } } });
    expect(await gateway('/health/live')).toEqual({ status: 200, body: { status: 'live' } });
    brokerDown = false;
    expect((await gateway('/health/ready')).status).toBe(200);
  });
});
