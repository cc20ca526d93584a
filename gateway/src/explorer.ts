import type { IncomingMessage } from 'node:http';

/**
 * The API explorer: the Hive Gateway runtime's GraphiQL on `GET /graphql` for a browser, rendered by
 * `@graphql-yoga/render-graphiql` with its assets inlined (no CDN: it works offline and on closed networks). The page is
 * public (static HTML); every operation it sends is an ordinary POST to /graphql and goes through the same token
 * verification, request limits (ADR 0015) and rate limits (ADR 0024) as any client's.
 */

/** `PAR_API_EXPLORER`: `on` or `off`; unset or empty gives the mode's default; anything else stops the gateway. */
export function parseExplorerSetting(value: string | undefined, fallback: boolean): boolean {
  const v = value?.trim().toLowerCase();
  if (v === undefined || v === '') return fallback;
  if (v === 'on') return true;
  if (v === 'off') return false;
  throw new Error(`PAR_API_EXPLORER must be "on" or "off" (got "${value!.slice(0, 20)}")`);
}

/** A browser asking for the page: GET of /graphql with `Accept: text/html` (as GraphiQL itself is detected). */
export function isExplorerPageRequest(req: IncomingMessage): boolean {
  const path = (req.url ?? '').split('?')[0];
  return req.method === 'GET' && (path === '/graphql' || path === '/graphql/') && String(req.headers.accept ?? '').includes('text/html');
}

const DEFAULT_QUERY = `# PAR Index API explorer.
# Every query needs an access token: paste it into the Headers tab below as
#   { "authorization": "Bearer <access token>" }
# (how to get one: docs/integrators/README.md). The province comes from the token.

query OfficialRanking {
  officialRanking(cycleId: "2025-district") {
    version {
      version
      decisionNumber
      decisionDate
    }
    latestVersion
    rows {
      rank
      unitId
      unitName
      total
      maxPoints
      indexPercent
      classLabel
    }
  }
}
`;

/** GraphiQL's options: a title, the example query and a headers template for the token. */
export function explorerOptions() {
  return {
    title: 'PAR Index API explorer',
    defaultQuery: DEFAULT_QUERY,
    headers: JSON.stringify({ authorization: 'Bearer <paste an access token>' }, null, 2),
    shouldPersistHeaders: false,
  };
}
