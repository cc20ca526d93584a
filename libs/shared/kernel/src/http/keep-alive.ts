/**
 * How long the platform's HTTP servers (the gateway, the subgraphs) keep an idle keep-alive connection open: longer
 * than their clients do (undici/fetch: 4 s by default, or the server's hint minus 2 s), so that the client always
 * closes an idle connection first. With Node's default (5 s), a client could send a request on a connection the
 * server was closing at that moment, and the request failed with ECONNRESET — seen under load (`npm run demo:cycle`).
 */
export const SERVER_KEEP_ALIVE_MS = 65_000;

/** Applies SERVER_KEEP_ALIVE_MS to a Node HTTP server (headers must be allowed to take longer still). */
export function keepIdleConnectionsLongerThanClients(server: { keepAliveTimeout: number; headersTimeout: number }): void {
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  server.headersTimeout = SERVER_KEEP_ALIVE_MS + 1_000;
}
