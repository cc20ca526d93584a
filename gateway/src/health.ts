import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long the gateway's readiness waits for each subgraph's own readiness. */
const SUBGRAPH_READY_TIMEOUT_MS = 3_000;

/** The subgraphs of a supergraph (`@join__graph(name, url)`), their readiness URL next to their GraphQL URL. */
export function subgraphReadinessUrls(supergraphSdl: string): { name: string; url: string }[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => ({
    name: name!,
    url: url!.replace(/\/graphql$/, '/health/ready'),
  }));
}

async function subgraphReady(url: string): Promise<{ ok: boolean; status?: number; error?: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(SUBGRAPH_READY_TIMEOUT_MS) });
    await res.body?.cancel();
    return { ok: res.ok, status: res.status };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * `/healthz` and `/health/live`: the gateway process answers. `/health/ready`: every subgraph answers its own
 * `/health/ready` (database and broker) within 3 s — 200, else 503 with each subgraph's result. Public, like any
 * load balancer's probe: they say nothing but up or down.
 */
export async function handleHealth(
  req: IncomingMessage,
  res: ServerResponse,
  subgraphs: readonly { name: string; url: string }[],
): Promise<boolean> {
  const path = (req.url ?? '').split('?')[0];
  if (path === '/healthz' || path === '/health/live') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: path === '/healthz' ? 'ok' : 'live' }));
    return true;
  }
  if (path !== '/health/ready') return false;
  const results = await Promise.all(subgraphs.map(async (s) => [s.name, await subgraphReady(s.url)] as const));
  const ok = results.every(([, r]) => r.ok);
  res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: ok ? 'ready' : 'not-ready', subgraphs: Object.fromEntries(results) }));
  return true;
}
