import { readFile } from 'node:fs/promises';
import { createTokenVerifier, parseTrustedIssuers } from '@par/auth';
import { fileURLToPath } from 'node:url';
import { consoleSite, startGateway } from '@par/gateway';

/**
 * Stack mode, the gateway: verifies Keycloak tokens of the realms in PAR_ALLOWED_ISSUERS and routes to the
 * subgraph URLs composed into gateway/supergraph.graphql. PAR_INTERNAL_SECRET is shared with the services.
 */
const internalSecret = process.env['PAR_INTERNAL_SECRET'];
const issuers = parseTrustedIssuers(process.env['PAR_ALLOWED_ISSUERS']);
if (!internalSecret || internalSecret.length < 32 || issuers.length === 0) {
  console.error(
    'PAR_INTERNAL_SECRET (≥ 32 characters, shared with the services) and PAR_ALLOWED_ISSUERS are required (see infra/local/env.sh)',
  );
  process.exit(2);
}
const supergraphSdl = await readFile(new URL('../../../gateway/supergraph.graphql', import.meta.url), 'utf8');
// PAR_API_EXPLORER (on|off, default off here), PAR_RATE_LIMIT_* and PAR_CORS_ORIGINS are read and validated once
const gateway = await startGateway({
  port: Number(process.env['PAR_GATEWAY_PORT'] ?? 4000),
  supergraphSdl,
  verifier: createTokenVerifier({ issuers, audience: 'par-api' }),
  internalSecret,
  // the web console (dist/console), logging in to the same realms through Keycloak's client `par-console`
  staticSites: [
    consoleSite({
      dir: fileURLToPath(new URL('../../console', import.meta.url)),
      realms: issuers.map((i) => ({ province: i.province, issuer: i.issuer })),
    }),
  ],
}).catch((e: unknown) => {
  console.error(`[gateway] cannot start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
console.log(`[gateway] ${gateway.url} — issuers: ${issuers.map((i) => i.issuer).join(', ')}`);
const stop = async () => {
  await gateway.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
