/* Small helpers shared by the benchmarks (bench only). */
import { pathToFileURL } from 'node:url';

/** True when this module is the process entry point (node dist/bench/x/y.bench.js). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(entry).href === moduleUrl;
}

export function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export function memLine(label: string): string {
  const m = process.memoryUsage();
  return `memory ${label}: RSS ${mb(m.rss)}, heap used ${mb(m.heapUsed)}`;
}
