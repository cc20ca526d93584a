import { fileURLToPath } from 'node:url';
import { createPgliteDatabase } from '@par/database';
import { consoleSite } from '@par/gateway';
import { createInProcessBus } from '@par/messaging';
import { createTokenVerifier, startDevIssuer } from '@par/auth';
import { configureLogging } from '@par/observability';
import { DEMO_CYCLE, demoUnits, publishDemoCycle, seedDemoProvince, startPlatform } from '@par/platform';

// one process for everything: warnings and errors only on the console, unless PAR_LOG_LEVEL says otherwise
configureLogging({ level: process.env['PAR_LOG_LEVEL'] ?? 'warn' });

/**
 * `npm start`: the whole platform in one Node process, no external servers — PGlite for storage, an
 * in-process event bus with the Kafka bus's interface, and a DEV-ONLY token issuer shaped like Keycloak
 * whose tokens pass the same verification as Keycloak's. Loads two demo provinces.
 */
const GATEWAY_PORT = Number(process.env['PAR_GATEWAY_PORT'] ?? 4000);
const ISSUER_PORT = Number(process.env['PAR_DEV_ISSUER_PORT'] ?? 4010);
const PORT_OFFSET = Number(process.env['PAR_PORT_OFFSET'] ?? 0);
const PROVINCES = ['bac-kan', 'cao-bang', 'thai-nguyen'];

const consoleCallbacks = ['127.0.0.1', 'localhost'].map((host) => `http://${host}:${GATEWAY_PORT}/console/callback`);
const issuer = await startDevIssuer({ port: ISSUER_PORT, provinces: PROVINCES, consoleRedirectUris: consoleCallbacks });
const db = await createPgliteDatabase(process.env['PAR_EMBEDDED_DATA_DIR'] ? { dataDir: process.env['PAR_EMBEDDED_DATA_DIR'] } : {});
const bus = createInProcessBus();
const verifier = createTokenVerifier({
  issuers: PROVINCES.map((p) => ({
    issuer: issuer.issuerFor(p),
    jwksUri: `${issuer.issuerFor(p)}/protocol/openid-connect/certs`,
    province: p as never,
  })),
  audience: 'par-api',
});
// the web console (built by `npm run build` into dist/console), logging in to the dev issuer's realms
const console_ = consoleSite({
  dir: fileURLToPath(new URL('../../console', import.meta.url)),
  realms: PROVINCES.map((p) => ({ province: p, issuer: issuer.issuerFor(p) })),
});
const platform = await startPlatform({
  dbFor: async () => db,
  bus,
  verifier,
  gatewayPort: GATEWAY_PORT,
  portOffset: PORT_OFFSET,
  staticSites: [console_],
});
for (const p of PROVINCES) {
  const appraiserToken = p === 'thai-nguyen' ? undefined : await issuer.tokenFor(p, 'appraiser');
  await seedDemoProvince(platform.gateway.url, await issuer.tokenFor(p, 'admin'), p, appraiserToken ? { appraiserToken } : {});
}
// Cao Bằng's demo cycle runs to its publication, so that integrators and the ministry find an official ranking at once
// (Bắc Kạn's stays open for the walkthrough of README.md)
const [cb1, cb2, cb3] = demoUnits('cao-bang').map((u) => u.id);
await publishDemoCycle(platform.gateway.url, 'cao-bang', DEMO_CYCLE.id, [cb1!, cb2!, cb3!], {
  admin: await issuer.tokenFor('cao-bang', 'admin'),
  appraiser: await issuer.tokenFor('cao-bang', 'appraiser'),
  officers: { [cb1!]: await issuer.tokenFor('cao-bang', 'officer.u1'), [cb2!]: await issuer.tokenFor('cao-bang', 'officer.u2') },
});

const tokenUrl = `${issuer.issuerFor('bac-kan')}/protocol/openid-connect/token`;
console.log(`
PAR Index — chế độ nhúng (embedded mode) đã sẵn sàng.

  Gateway (GraphQL):  ${platform.gateway.url}
  Web console:        ${platform.gateway.url.replace('/graphql', '/console/')}  (đăng nhập: admin, officer.u1, auditor… / demo-password)
  API explorer:       ${platform.gateway.url} in a browser (paste a token into its Headers tab)
  Dev token issuer:   ${issuer.baseUrl}  (DEV ONLY — demo users, password "demo-password";
                      integrator client "par-integrator", secret "par-integrator-secret")
  Integrators' guide: docs/integrators/README.md
  Demo provinces:     bac-kan, cao-bang (cycle "2025-district", units u1, u2, u3 / cb-u1…; Cao Bằng's cycle is
                      already published by decision 45/QĐ-UBND: its official ranking can be read at once);
                      thai-nguyen (2026: merged with the former Bắc Kạn; units as of a date with lineage,
                      cycles "2026-commune", "2023-district", "2023-commune")

Get a token (users: officer.u1, officer.u2, appraiser, auditor, integrator, ministry, admin):
  TOKEN=$(curl -s -d grant_type=password -d client_id=par-cli -d username=appraiser -d password=demo-password \\
    ${tokenUrl} | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')

The 2026 province's wards formed in 2025 and what they were formed from (token of realm par-thai-nguyen):
  { units(asOf: "2025-07-01", unitType: WARD) { id code name predecessors { unitId kind effectiveDate } } }

Read the provisional ranking (the DHA and appraisers; integrators read officialRanking once it is published):
  curl -s ${platform.gateway.url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ provisionalRanking(cycleId: \\"2025-district\\") { rank unitName total maxPoints indexPercent classLabel unscoredItems } }"}'
`);

const shutdown = async () => {
  await platform.close();
  await bus.close();
  await db.close();
  await issuer.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
