/**
 * The embedded default (`npm start`) as a user runs it: the built entry point in its own process, with
 * PGlite, the in-process bus and the dev token issuer; the documented ranking query at the printed URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from '@par/platform';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = `${root}dist/apps/embedded/main.js`;

describe('embedded mode (npm start)', () => {
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    if (!existsSync(entry)) throw new Error('run `npm run build` first (npm test does)');
    child = spawn(process.execPath, [entry], {
      cwd: root,
      env: { ...process.env, PAR_GATEWAY_PORT: '4850', PAR_DEV_ISSUER_PORT: '4860', PAR_PORT_OFFSET: '750' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const deadline = Date.now() + 120_000;
    while (!output.includes('sẵn sàng')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`embedded mode did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('prints the gateway URL and how to get a token; the documented query answers', async () => {
    expect(output).toContain('http://127.0.0.1:4850/graphql');
    const tokenUrl = /(http:\/\/127\.0\.0\.1:4860\/realms\/par-bac-kan\/protocol\/openid-connect\/token)/.exec(output)?.[1];
    expect(tokenUrl).toBeDefined();
    const token = async (username: string) => {
      const res = await fetch(tokenUrl!, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username, password: 'demo-password' }),
      });
      return ((await res.json()) as { access_token: string }).access_token;
    };
    const url = 'http://127.0.0.1:4850/graphql';
    const self = await gql(
      url,
      await token('officer.u1'),
      `mutation { recordSelfScore(input: { cycleId: "2025-district", unitId: "u1", subCriterionCode: "1.1.1", score: 1.5, note: "Kế hoạch số 12/KH" }) { version } }`,
    );
    expect(self.errors).toBeUndefined();
    const appraiser = await token('appraiser');
    let rows: { rank: number; unitName: string; total: number }[] = [];
    const until = Date.now() + 60_000;
    while (rows[0]?.total !== 1.5 && Date.now() < until) {
      const r = await gql<{ provisionalRanking: typeof rows }>(
        url,
        appraiser,
        `{ provisionalRanking(cycleId: "2025-district") { rank unitName total maxPoints indexPercent classLabel unscoredItems } }`,
      );
      rows = r.data?.provisionalRanking ?? [];
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ rank: 1, unitName: 'UBND huyện Ba Bể', total: 1.5 });
  });

  it("has Cao Bằng's demo cycle published: an integrator reads the official ranking at once", async () => {
    const res = await fetch('http://127.0.0.1:4860/realms/par-cao-bang/protocol/openid-connect/token', {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'par-integrator', client_secret: 'par-integrator-secret' }),
    });
    const token = ((await res.json()) as { access_token: string }).access_token;
    const r = await gql<{
      officialRanking: {
        version: { version: number; decisionNumber: string };
        rows: { rank: number; unitId: string; total: number; classLabel: string }[];
      };
    }>(
      'http://127.0.0.1:4850/graphql',
      token,
      `{ officialRanking(cycleId: "2025-district") { version { version decisionNumber } rows { rank unitId total classLabel } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.officialRanking).toEqual({
      version: { version: 1, decisionNumber: '45/QĐ-UBND' },
      rows: [
        { rank: 1, unitId: 'cb-u1', total: 7, classLabel: 'Khá' },
        { rank: 2, unitId: 'cb-u2', total: 6.5, classLabel: 'Trung bình' },
        { rank: 3, unitId: 'cb-u3', total: 3.5, classLabel: 'Yếu' },
      ],
    });
  });
});
