/*
 * A gateway over the bench's subgraphs, in its own process, for bench/gateway/gateway.bench.ts.
 * Usage: node dist/bench/gateway/gateway.child.js <hive|hive-noauth|apollo>
 * - hive: our gateway exactly as stack mode starts it (@par/gateway startGateway: limits, rate limits, masked
 *   errors, Keycloak token verification, internal token per subgraph fetch);
 * - hive-noauth: the same, but each distinct Authorization header is verified once and its principal reused, so
 *   the difference to `hive` is the token verification (jose) per request;
 * - apollo: @apollo/gateway on the same supergraph file and subgraph URLs, behind @apollo/server's standalone HTTP
 *   server, verifying the token with the same verifier and sending the same internal token header per fetch.
 * Env: PAR_GATEWAY_PORT, PAR_INTERNAL_SECRET, PAR_ALLOWED_ISSUERS, BENCH_URL_OVERRIDES (JSON: supergraph URL → URL).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  createTokenVerifier,
  INTERNAL_TOKEN_HEADER,
  parseTrustedIssuers,
  signInternalToken,
  type TokenVerifier,
  type VerifiedPrincipal,
} from '@par/auth';
import { startGateway } from '@par/gateway';
import { configureLogging } from '@par/observability';
import { answerParent } from './child-ipc';

configureLogging({ level: process.env['PAR_LOG_LEVEL'] ?? 'warn' });
const mode = process.argv[2] ?? 'hive';
const ipc = answerParent(`gateway:${mode}`);
const port = Number(process.env['PAR_GATEWAY_PORT']);
const secret = process.env['PAR_INTERNAL_SECRET'] ?? '';
const overrides = JSON.parse(process.env['BENCH_URL_OVERRIDES'] ?? '{}') as Record<string, string>;
let sdl = await readFile(new URL('../../../gateway/supergraph.graphql', import.meta.url), 'utf8');
for (const [from, to] of Object.entries(overrides)) sdl = sdl.replaceAll(from, to);
const verifier = createTokenVerifier({ issuers: parseTrustedIssuers(process.env['PAR_ALLOWED_ISSUERS']), audience: 'par-api' });

/** Verifies each distinct header once (hive-noauth): what is left of the gateway's time without jose. */
function verifiedOnce(inner: TokenVerifier): TokenVerifier {
  const seen = new Map<string, Promise<VerifiedPrincipal>>();
  return {
    verify(header) {
      const key = header ?? '';
      let p = seen.get(key);
      if (!p) seen.set(key, (p = inner.verify(header)));
      return p;
    },
  };
}

interface ApolloContext {
  principal: VerifiedPrincipal;
  correlationId: string;
}

class InternalTokenDataSource extends RemoteGraphQLDataSource<ApolloContext> {
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<ApolloContext>): Promise<void> {
    const { principal, correlationId } = context as ApolloContext;
    const headers = request.http!.headers;
    headers.set(
      INTERNAL_TOKEN_HEADER,
      await signInternalToken({ province: principal.province, actor: principal.actor, correlationId }, secret),
    );
    headers.set('x-correlation-id', correlationId);
  }
}

async function startApollo(): Promise<void> {
  const gateway = new ApolloGateway({ supergraphSdl: sdl, buildService: ({ url }) => new InternalTokenDataSource({ url }) });
  const server = new ApolloServer<ApolloContext>({ gateway });
  await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => ({ principal: await verifier.verify(req.headers.authorization), correlationId: randomUUID() }),
  });
}

if (mode === 'apollo') await startApollo();
else
  await startGateway({
    port,
    supergraphSdl: sdl,
    verifier: mode === 'hive-noauth' ? verifiedOnce(verifier) : verifier,
    internalSecret: secret,
    rateLimits: { userPoints: 1_000_000, integratorPoints: 1_000_000 },
    explorer: false,
  });
ipc.ready();
process.once('SIGTERM', () => process.exit(0));
