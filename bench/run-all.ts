/*
 * All benchmarks in one run (npm run bench): scoring (CPU only), CLI start-up (child processes), event store (PostgreSQL; client side and, with
 * pgbench, server side only), Kafka client comparison
 * (Kafka) and store -> Kafka -> read model latency (both), each in its own child process. Each prints its own table; sections whose server is not
 * reachable are skipped with a note. Exit code 0 unless a benchmark itself fails.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { createPostgresDatabase, pgUrlsFromEnv, type Database } from '@par/database';
import { kafkaBrokersFromEnv } from '@par/messaging';
import { memLine } from './common';
import { runScoringBench } from './scoring/scoring.bench';
import { runCliStartupBench } from './cli/startup.bench';
import { runEventStoreBench } from './event-store/event-store.bench';
import { runLatencyBench } from './event-store/latency.bench';
import { runServerFloorBench } from './event-store/server-floor.bench';
import { runKafkaClientsBench } from './messaging/kafka-clients.bench';
import { runSurveysBench } from './surveys/surveys-import.bench';
import { runRankingApplyBench } from './ranking/ranking-apply.bench';
import { runRankingBatchBench } from './ranking/ranking-batch.bench';
import { runGatewayBench } from './gateway/gateway.bench';

function reachable(hostPort: string, timeoutMs = 1500): Promise<boolean> {
  const u = new URL(hostPort.includes('://') ? hostPort : `tcp://${hostPort}`);
  return new Promise((resolve) => {
    const sock = net.connect({ host: u.hostname, port: Number(u.port) });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

function section(title: string, name: string): Promise<boolean> {
  console.log(`\n######## ${title} ########`);
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--section', name], { stdio: 'inherit' });
    child.on('exit', (code) => {
      console.log(`(${title}: ${((performance.now() - t0) / 1000).toFixed(1)} s, exit ${String(code)})`);
      resolve(code === 0);
    });
  });
}

const urls = pgUrlsFromEnv();
const brokers = kafkaBrokersFromEnv();
const [pgUp, kafkaUp] = await Promise.all([reachable(urls.appUrl), reachable(brokers[0] ?? '127.0.0.1:59092')]);
if (!process.argv.includes('--section'))
  console.log(
    `PAR Index benchmarks — node ${process.version}, PostgreSQL ${new URL(urls.appUrl).host} ${pgUp ? 'reachable' : 'NOT reachable'}, ` +
      `Kafka ${brokers.join(',')} ${kafkaUp ? 'reachable' : 'NOT reachable'} (start both with: bash infra/local/up.sh)`,
  );

// Each section runs in its own child process (this file with --section): a fresh heap per benchmark, so the
// scoring run's garbage does not slow the database readers and memory figures are per benchmark.
const only = process.argv.indexOf('--section');
if (only >= 0) {
  const name = process.argv[only + 1];
  const run = async (fn: (db: Database, adminUrl: string, appUrl: string) => Promise<void>) => {
    const db = await createPostgresDatabase({ ...urls, poolSize: 10 });
    try {
      await fn(db, urls.adminUrl, urls.appUrl);
    } finally {
      await db.close();
    }
  };
  if (name === 'scoring') await runScoringBench();
  else if (name === 'cli-startup') runCliStartupBench();
  else if (name === 'event-store') await run(runEventStoreBench);
  else if (name === 'server-floor') await run(runServerFloorBench);
  else if (name === 'kafka-clients') await runKafkaClientsBench();
  else if (name === 'latency') await run(runLatencyBench);
  else if (name === 'surveys') await runSurveysBench();
  else if (name === 'ranking-apply') runRankingApplyBench();
  else if (name === 'ranking-batch') await runRankingBatchBench(urls);
  else if (name === 'gateway') await runGatewayBench();
  else throw new Error(`unknown section ${String(name)}`);
  console.log(memLine(`end of ${name}`));
} else {
  let ok = await section('scoring', 'scoring');
  ok = (await section('CLI start-up (npx par, offline commands)', 'cli-startup')) && ok;
  ok = (await section('surveys: import and aggregation of 100,000 responses', 'surveys')) && ok;
  ok = (await section('ranking projection: full vs incremental recompute per score', 'ranking-apply')) && ok;
  if (pgUp) ok = (await section('ranking consumer on PostgreSQL: one message per transaction vs fetched batches', 'ranking-batch')) && ok;
  if (pgUp) ok = (await section('event store (PostgreSQL)', 'event-store')) && ok;
  else console.log('\nSkipped: event store benchmark (PostgreSQL not reachable).');
  if (pgUp) ok = (await section('event store, server side only (pgbench)', 'server-floor')) && ok;
  if (kafkaUp) ok = (await section('Kafka clients (@platformatic/kafka vs kafkajs)', 'kafka-clients')) && ok;
  else console.log('\nSkipped: Kafka client comparison (Kafka not reachable).');
  if (pgUp && kafkaUp) ok = (await section('store -> Kafka -> read model latency', 'latency')) && ok;
  else console.log('\nSkipped: latency benchmark (needs PostgreSQL and Kafka).');
  // the gateway bench checks Keycloak itself and says so when it is down
  if (pgUp && kafkaUp) ok = (await section('gateway: Hive vs @apollo/gateway vs subgraph, auth, memory', 'gateway')) && ok;
  process.exitCode = ok ? 0 : 1;
}
