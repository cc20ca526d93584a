import { readFile } from 'node:fs/promises';
import { createTokenVerifier, parseTrustedIssuers } from '@par/auth';
import { fileURLToPath } from 'node:url';
import { consoleSite, startGateway } from '@par/gateway';
import { openTenantRegistry, tenantRegistrySettings } from './tenant-registry';

/**
 * Stack mode, the gateway: verifies Keycloak tokens of the realms in PAR_ALLOWED_ISSUERS and of the provinces of
 * the platform registry (platform.tenants, re-read every PAR_TENANT_REGISTRY_TTL_MS; docs/adr/0030-tenant-registry.md),
 * and routes to the subgraph URLs composed into gateway/supergraph.graphql. PAR_INTERNAL_SECRET is shared with the services.
 */
const internalSecret = process.env['PAR_INTERNAL_SECRET'];
const issuers = parseTrustedIssuers(process.env['PAR_ALLOWED_ISSUERS']);
const registrySettings = (() => {
  try {
    return tenantRegistrySettings(process.env);
  } catch (e) {
    console.error((e as Error).message);
    return process.exit(2);
  }
})();
if (!internalSecret || internalSecret.length < 32 || (issuers.length === 0 && !registrySettings.enabled)) {
  console.error(
    'PAR_INTERNAL_SECRET (≥ 32 characters, shared with the services) and PAR_ALLOWED_ISSUERS (or PAR_TENANT_REGISTRY=on) are required (see infra/local/env.sh)',
  );
  process.exit(2);
}
const registry = registrySettings.enabled
  ? await openTenantRegistry(registrySettings).catch((e: unknown) => {
      console.error(`[gateway] cannot open the tenant registry (PAR_PG_*): ${e instanceof Error ? e.message : String(e)}`);
      return process.exit(2);
    })
  : undefined;
const supergraphSdl = await readFile(new URL('../../../gateway/supergraph.graphql', import.meta.url), 'utf8');
// PAR_API_EXPLORER (on|off, default off here), PAR_RATE_LIMIT_* and PAR_CORS_ORIGINS are read and validated once
const gateway = await startGateway({
  port: Number(process.env['PAR_GATEWAY_PORT'] ?? 4000),
  supergraphSdl,
  verifier: createTokenVerifier({ issuers, audience: 'par-api', ...(registry && { tenants: registry.source }) }),
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
console.log(
  `[gateway] ${gateway.url} — issuers: ${issuers.map((i) => i.issuer).join(', ')}` +
    (registry ? ` + the tenant registry (re-read every ${registrySettings.ttlMs} ms)` : ' (tenant registry off)'),
);
const stop = async () => {
  await gateway.close();
  await registry?.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
