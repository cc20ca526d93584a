/*
 * What a bench child process (a service or a gateway started by bench/gateway/gateway.bench.ts) answers over its IPC
 * channel: its memory (process.memoryUsage and the peak RSS of its life) and, on request, a heap snapshot.
 */
import { writeHeapSnapshot } from 'node:v8';

export interface ChildMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** Peak RSS of the process so far (resourceUsage().maxRSS, bytes). */
  maxRss: number;
}

export type ChildRequest = { id: number; kind: 'memory' } | { id: number; kind: 'snapshot'; path: string } | { id: number; kind: 'gc' };

/** Answers the parent's requests; `ready` is sent once the process serves. */
export function answerParent(name: string): { ready(): void } {
  process.on('message', (m: ChildRequest) => {
    if (m.kind === 'gc') (globalThis as { gc?: () => void }).gc?.();
    const reply = m.kind === 'snapshot' ? { id: m.id, path: writeHeapSnapshot(m.path) } : { id: m.id, memory: memoryNow() };
    process.send?.(reply);
  });
  // the parent going away ends the child (no orphans after a failed run)
  process.on('disconnect', () => process.exit(0));
  return { ready: () => process.send?.({ ready: name, memory: memoryNow() }) };
}

function memoryNow(): ChildMemory {
  const m = process.memoryUsage();
  return {
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}
