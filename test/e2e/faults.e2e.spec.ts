/**
 * Faults with the real servers, through the whole flow (store → forwarder → Kafka → projections → gateway):
 * Kafka restarted mid-flow, a consumer service killed mid-stream and restarted, PostgreSQL restarted under
 * running services. Restarts shared servers, so it runs only with PAR_FAULT_TESTS=1 (npm test sets it).
 */
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { startServices, eventually, gql, seedDemoProvince, DEMO_CYCLE } from '@par/platform';
import { freshToken, keycloakToken, startTestStack, type TestStack } from '../support/stack';

const run = promisify(exec);
const enabled = process.env['PAR_FAULT_TESTS'] === '1';
const CYCLE = DEMO_CYCLE.id;
const STEPS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

(enabled ? describe : describe.skip)('faults through the whole flow', () => {
  let stack: TestStack;
  let url: string;

  beforeAll(async () => {
    stack = await startTestStack({ gatewayPort: 4700, portOffset: 600 });
    url = stack.platform.gateway.url;
    await seedDemoProvince(url, await keycloakToken('bac-kan', 'admin'), 'bac-kan');
    const appraiser = await freshToken('bac-kan', 'appraiser');
    await eventually(
      async () => {
        const r = await gql<{ ranking: unknown[] }>(url, appraiser, `{ ranking(cycleId: "${CYCLE}") { unitId } }`);
        return r.data?.ranking.length === 3;
      },
      60_000,
      'reference data in ranking',
    );
  });

  afterAll(async () => {
    await stack?.close();
  });

  /** Infrastructure failures (a server restarting) are retried as a client would; business errors fail at once. */
  const record = async (code: string, score: number) => {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const r = await gql<{ recordSelfScore: { version: number } }>(
        url,
        await freshToken('bac-kan', 'officer.u1'),
        `mutation { recordSelfScore(input: { cycleId: "${CYCLE}", unitId: "u1", subCriterionCode: "${code}", score: ${score} }) { version } }`,
      ).catch((e: unknown) => ({ status: 0, errors: [{ message: String(e), extensions: { code: 'NETWORK' } }], data: undefined }));
      if (r.data?.recordSelfScore) return r.data.recordSelfScore;
      const errorCode = String(r.errors?.[0]?.extensions?.['code'] ?? '');
      if (/^(SCORE_|UNKNOWN_|NOT_|REASON_|UNIT_|FORBIDDEN|CONCURRENCY_)/.test(errorCode) || Date.now() > deadline) {
        throw new Error(`recording ${code}=${score} failed: ${JSON.stringify(r.errors)}`);
      }
      await new Promise((res) => setTimeout(res, 250));
    }
  };
  const rankingTotal = async () => {
    const r = await gql<{ ranking: { unitId: string; total: number }[] }>(
      url,
      await freshToken('bac-kan', 'appraiser'),
      `{ ranking(cycleId: "${CYCLE}") { unitId total } }`,
    );
    return r.data?.ranking.find((x) => x.unitId === 'u1')?.total;
  };
  const count = async (sql: string) => Number((await stack.inspect.query(sql)).rows[0].n);
  const appliedOnce = async () => {
    const events = await count(`SELECT count(*) AS n FROM assessments.events`);
    // the idempotency bookkeeping of the ranking consumer: one row per applied event, never two
    const processed = await count(`SELECT count(*) AS n FROM ranking.processed_events WHERE projection = 'ranking.scores'`);
    return { events, processed };
  };

  it('Kafka restarted in the middle of a flow: nothing lost, nothing applied twice', async () => {
    const restart = run('bash infra/local/restart.sh kafka');
    for (const s of STEPS) await record('1.1.2', s);
    await restart;
    await record('1.1.2', 2.25);
    await eventually(async () => (await rankingTotal()) === 2.25, 120_000, 'ranking after the Kafka restart');
    const { events, processed } = await appliedOnce();
    expect(processed).toBe(events);
  });

  it('a consumer killed mid-stream resumes from its checkpoint', async () => {
    const ranking = stack.platform.services.find((s) => s.def.name === 'ranking')!;
    await ranking.app.close();
    for (const s of STEPS) await record('1.1.1', s);
    const restarted = await startServices({
      listen: true,
      only: ['ranking'],
      portFor: (d) => d.port + 600,
      runtimeFor: () => ({
        db: stack.dbs[3]!,
        bus: stack.bus,
        internalSecret: stack.platform.internalSecret,
        now: () => new Date(),
        topicSuffix: stack.database,
      }),
    });
    try {
      await eventually(async () => (await rankingTotal()) === 4.25, 60_000, 'ranking to catch up after its restart');
      const { events, processed } = await appliedOnce();
      expect(processed).toBe(events);
    } finally {
      stack.platform.services.splice(stack.platform.services.indexOf(ranking), 1, ...restarted);
    }
  });

  it('PostgreSQL restarted: the services recover without a restart of their own', async () => {
    await run('bash infra/local/restart.sh postgres');
    await record('2.1.1', 2);
    await eventually(async () => (await rankingTotal()) === 6.25, 60_000, 'ranking after the PostgreSQL restart');
    const { events, processed } = await appliedOnce();
    expect(processed).toBe(events);
  });
});
