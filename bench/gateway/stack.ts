/*
 * The gateway bench's stack: a fresh database on the shared PostgreSQL, the five services each in its own process
 * (bench/gateway/service.child.ts, stack mode's code path), Kafka topics of this run only, and gateways
 * (bench/gateway/gateway.child.ts) in their own processes. Everything is removed at the end.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Admin } from '@platformatic/kafka';
import { pgUrlsFromEnv } from '@par/database';
import { kafkaBrokersFromEnv } from '@par/messaging';
import { SERVICES, subgraphUrl } from '@par/platform';
import type { ChildMemory, ChildRequest } from './child-ipc';

export interface BenchChild {
  readonly name: string;
  readonly process: ChildProcess;
  memory(): Promise<ChildMemory>;
  /** Runs a full GC (the child runs with --expose-gc), then answers its memory. */
  gcMemory(): Promise<ChildMemory>;
  snapshot(path: string): Promise<string>;
}

export interface BenchStack {
  readonly secret: string;
  readonly database: string;
  readonly services: BenchChild[];
  subgraphUrl(name: string): string;
  startGateway(mode: 'hive' | 'hive-noauth' | 'apollo', port: number): Promise<BenchChild>;
  close(): Promise<void>;
}

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

function startChild(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, execArgv: string[]): Promise<BenchChild> {
  const child = fork(here(script), args, { env, execArgv: ['--expose-gc', ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let seq = 0;
  const ask = <T>(req: ChildRequest extends infer R ? (R extends ChildRequest ? Omit<R, 'id'> : never) : never, key: string): Promise<T> =>
    new Promise((resolve) => {
      const id = ++seq;
      const on = (m: { id?: number } & Record<string, unknown>) => {
        if (m.id !== id) return;
        child.off('message', on);
        resolve(m[key] as T);
      };
      child.on('message', on);
      child.send({ ...req, id });
    });
  const handle: BenchChild = {
    name,
    process: child,
    memory: () => ask({ kind: 'memory' }, 'memory'),
    gcMemory: () => ask({ kind: 'gc' }, 'memory'),
    snapshot: (path) => ask({ kind: 'snapshot', path }, 'path'),
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 180 s`)), 180_000);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${String(code)} before it was ready`)));
    child.on('message', (m: { ready?: string }) => {
      if (!m.ready) return;
      clearTimeout(timer);
      resolve(handle);
    });
  });
}

async function stopChild(c: BenchChild): Promise<void> {
  if (c.process.exitCode !== null) return;
  const exited = new Promise((r) => c.process.once('exit', r));
  c.process.kill('SIGTERM');
  const timer = setTimeout(() => c.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Starts the services (ports: default + `portOffset`) on a fresh database; `execArgv` is given to every child. */
export async function startBenchStack(portOffset: number, execArgv: string[] = []): Promise<BenchStack> {
  const urls = pgUrlsFromEnv();
  const database = `par_bench_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Pool({ connectionString: urls.adminUrl, max: 1 });
  await admin.query(`CREATE DATABASE ${database} OWNER par_owner`);
  const onDb = (u: string) => Object.assign(new URL(u), { pathname: `/${database}` }).toString();
  const secret = randomBytes(32).toString('hex');
  const base = {
    ...process.env,
    PAR_PG_URL: onDb(urls.appUrl),
    PAR_PG_OWNER_URL: onDb(urls.ownerUrl),
    PAR_PG_SYSTEM_URL: onDb(urls.systemUrl),
    PAR_INTERNAL_SECRET: secret,
    BENCH_TOPIC_SUFFIX: database,
  };
  const children: BenchChild[] = [];
  const close = async () => {
    await Promise.all(children.map(stopChild));
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    const kafka = new Admin({ clientId: `bench-cleanup-${database}`, bootstrapBrokers: kafkaBrokersFromEnv() });
    try {
      const topics = (await kafka.listTopics()).filter((t) => t.includes(database));
      if (topics.length) await kafka.deleteTopics({ topics });
    } finally {
      await kafka.close();
    }
  };
  const overrides = Object.fromEntries(SERVICES.map((d) => [subgraphUrl(d.port), subgraphUrl(d.port + portOffset)]));
  try {
    // one at a time: five Nest services migrating at once on two cores mostly wait for each other
    for (const def of SERVICES)
      children.push(
        await startChild(def.name, './service.child.js', [def.name], { ...base, PAR_PORT: String(def.port + portOffset) }, execArgv),
      );
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
  return {
    secret,
    database,
    services: [...children],
    subgraphUrl: (name) => subgraphUrl(SERVICES.find((d) => d.name === name)!.port + portOffset),
    async startGateway(mode, port) {
      const env = { ...base, PAR_GATEWAY_PORT: String(port), BENCH_URL_OVERRIDES: JSON.stringify(overrides) };
      const g = await startChild(`gateway:${mode}`, './gateway.child.js', [mode], env, execArgv);
      children.push(g);
      return g;
    },
    close,
  };
}
