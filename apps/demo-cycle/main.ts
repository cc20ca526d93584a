import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createPgliteDatabase } from '@par/database';
import { createInProcessBus } from '@par/messaging';
import { createTokenVerifier, startDevIssuer, type DemoUser } from '@par/auth';
import { formatNumberVi } from '@par/kernel';
import { configureLogging } from '@par/observability';
import {
  createDemoClock,
  expectedRanking,
  planDemoCycle,
  rankingDifferences,
  runDemoCycle,
  startPlatform,
  type DemoCycleResult,
} from '@par/platform';

// one process for everything: warnings and errors only on the console, unless PAR_LOG_LEVEL says otherwise
configureLogging({ level: process.env['PAR_LOG_LEVEL'] ?? 'warn' });

/**
 * `npm run demo:cycle`: a whole yearly cycle of one province through the gateway, in embedded mode (PGlite,
 * in-process bus, the dev token issuer) on its own ports, so it runs beside `npm start`. About 100 communes, the
 * 80-sub-criterion framework, evidence, appraisal, an explanation round, publication; prints how long each phase
 * took, the official ranking, and whether it equals what the scoring engine computes directly from the same inputs.
 */
const { values } = parseArgs({
  options: {
    units: { type: 'string', default: process.env['PAR_DEMO_UNITS'] ?? '100' },
    appraisers: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '4' },
  },
});
const UNITS = Number(values.units);
const APPRAISERS = Number(values.appraisers);
if (!Number.isInteger(UNITS) || UNITS < 1 || UNITS > 1000 || !Number.isInteger(APPRAISERS) || APPRAISERS < 1 || APPRAISERS > 50) {
  process.stderr.write('demo:cycle: --units phải là số nguyên từ 1 đến 1000, --appraisers từ 1 đến 50.\n');
  process.exit(2);
}
const PROVINCE = 'thai-nguyen';
const YEAR = 2026;
const GATEWAY_PORT = Number(process.env['PAR_DEMO_GATEWAY_PORT'] ?? 4400);
const started = performance.now();
const loopDelay = monitorEventLoopDelay({ resolution: 20 });
loopDelay.enable();

const clock = createDemoClock(`${YEAR}-09-20`);
const issuer = await startDevIssuer({ port: GATEWAY_PORT + 10, provinces: [PROVINCE] });
const db = await createPgliteDatabase({});
const bus = createInProcessBus();
const verifier = createTokenVerifier({
  issuers: [
    {
      issuer: issuer.issuerFor(PROVINCE),
      jwksUri: `${issuer.issuerFor(PROVINCE)}/protocol/openid-connect/certs`,
      province: PROVINCE as never,
    },
  ],
  audience: 'par-api',
});
const platform = await startPlatform({ dbFor: async () => db, bus, verifier, gatewayPort: GATEWAY_PORT, portOffset: 400, now: clock.now });

/** Tokens of the demo's people, signed again before they expire (300 s). */
const cache = new Map<string, { token: string; at: number }>();
const tokenOf = async (key: string, sign: () => Promise<string>) => {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < 240_000) return hit.token;
  const token = await sign();
  cache.set(key, { token, at: Date.now() });
  return token;
};
const person = (username: string, name: string, roles: DemoUser['roles'], unitId?: string): DemoUser => ({
  username,
  name,
  roles,
  ...(unitId && { unitId: () => unitId }),
});

const plan = planDemoCycle({ units: UNITS, province: PROVINCE, frameworkId: `mo-phong-cap-xa-${YEAR}`, year: YEAR });
const cycleId = `${YEAR}-cap-xa-mo-phong`;
console.log(`Kỳ đánh giá mô phỏng ${cycleId}: ${UNITS} xã, ${plan.items.length} tiêu chí thành phần, ${APPRAISERS} tổ thẩm định.`);
let result: DemoCycleResult;
try {
  result = await runDemoCycle({
    url: platform.gateway.url,
    plan,
    cycleId,
    year: YEAR,
    clock,
    concurrency: Number(values.concurrency),
    log: (line) => console.log(line),
    actors: {
      admin: () => tokenOf('admin', () => issuer.tokenFor(PROVINCE, 'admin')),
      appraisers: Array.from(
        { length: APPRAISERS },
        (_, i) => () =>
          tokenOf(`appraiser-${i}`, () =>
            issuer.tokenForUser(PROVINCE, person(`tham-dinh.${i + 1}`, `Thành viên Tổ thẩm định số ${i + 1}`, ['appraiser'])),
          ),
      ),
      officer: (unitId) =>
        tokenOf(`officer-${unitId}`, () =>
          issuer.tokenForUser(PROVINCE, person(`officer.${unitId}`, `Cán bộ ${unitId}`, ['unit_officer'], unitId)),
        ),
    },
  });
  printResult(result);
} catch (e) {
  console.error(`\ndemo:cycle dừng vì lỗi: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await platform.close();
  await bus.close();
  await db.close();
  await issuer.close();
}

function printResult(r: DemoCycleResult): void {
  const n = (v: number | null, d = 2) => (v === null ? '—' : formatNumberVi(v, d));
  console.log(
    `\nBảng xếp hạng chính thức — phiên bản ${r.official.version}, Quyết định số ${r.official.decisionNumber} ngày ${r.official.decisionDate.split('-').reverse().join('/')}`,
  );
  console.log('Hạng  Đơn vị                          Tổng điểm  Chỉ số (%)  Xếp loại');
  const shown = r.official.rows.length > 15 ? [...r.official.rows.slice(0, 10), null, ...r.official.rows.slice(-5)] : r.official.rows;
  for (const row of shown) {
    if (!row) console.log('  …');
    else
      console.log(
        `${String(row.rank ?? '—').padStart(4)}  ${row.unitName.padEnd(30)}  ${n(row.total).padStart(9)}  ${n(row.indexPercent).padStart(10)}  ${row.classLabel ?? '—'}`,
      );
  }
  const differences = rankingDifferences(r.official.rows, expectedRanking(plan));
  const requests = r.timings.reduce((s, t) => s + t.requests, 0);
  console.log(
    `\nThời gian từng giai đoạn (tổng ${formatNumberVi((performance.now() - started) / 1000, 1)} s, ${formatNumberVi(requests, 0)} yêu cầu GraphQL):`,
  );
  for (const t of r.timings)
    console.log(`  ${t.label.padEnd(55)} ${formatNumberVi(t.ms / 1000, 1).padStart(7)} s  ${String(t.requests).padStart(6)} yêu cầu`);
  console.log(
    `  (độ trễ vòng lặp sự kiện: trung vị ${formatNumberVi(loopDelay.percentile(50) / 1e6, 0)} ms, lớn nhất ${formatNumberVi(loopDelay.max / 1e6, 0)} ms — chế độ nhúng chạy mọi dịch vụ và PGlite trong một tiến trình)`,
  );
  if (differences.length === 0) {
    console.log(
      `\nKết quả chính thức khớp với tính toán trực tiếp của bộ máy tính điểm (@par/scoring) cho cả ${r.official.rows.length} đơn vị.`,
    );
  } else {
    console.log(`\nKết quả chính thức KHÔNG khớp với bộ máy tính điểm (${differences.length} khác biệt):`);
    for (const d of differences.slice(0, 20)) console.log(`  ${d}`);
    process.exitCode = 1;
  }
}
