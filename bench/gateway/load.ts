/* A small HTTP load driver for the gateway bench: keep-alive connections, N requests at concurrency C. */
import http from 'node:http';
import { pct } from '../common';

export interface LoadRun {
  /** Latency of each request, ms. */
  lat: number[];
  secs: number;
}

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  reqPerSec: number;
}

/** Percentiles and throughput over runs of the same case (interleaved halves). */
export function summarizeRuns(runs: readonly LoadRun[]): LoadResult {
  const lat = runs.flatMap((r) => r.lat);
  const secs = runs.reduce((a, r) => a + r.secs, 0);
  return { p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), reqPerSec: lat.length / secs };
}

export interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** One POST; resolves with the status and body, rejects on a transport error. */
export function post(agent: http.Agent, t: Target): Promise<{ status: number; body: string }> {
  const u = new URL(t.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(t.body), ...t.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(t.body);
  });
}

/** `requests` POSTs of `target` by `concurrency` loops; a non-200 answer or a GraphQL error fails the run. */
export async function load(target: () => Target, requests: number, concurrency: number): Promise<LoadRun> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < requests) {
          const s = performance.now();
          const r = await post(agent, target());
          lat.push(performance.now() - s);
          if (r.status !== 200 || r.body.includes('"errors"')) throw new Error(`request failed: ${r.status} ${r.body.slice(0, 300)}`);
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return { lat, secs: (performance.now() - t0) / 1000 };
}
