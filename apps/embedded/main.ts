import { createPgliteDatabase } from '@par/database';
import { createInProcessBus } from '@par/messaging';
import { createTokenVerifier, startDevIssuer } from '@par/auth';
import { seedDemoProvince, startPlatform } from '@par/platform';

/**
 * `npm start`: the whole platform in one Node process, no external servers — PGlite for storage, an
 * in-process event bus with the Kafka bus's interface, and a DEV-ONLY token issuer shaped like Keycloak
 * whose tokens pass the same verification as Keycloak's. Loads two demo provinces.
 */
const GATEWAY_PORT = Number(process.env['PAR_GATEWAY_PORT'] ?? 4000);
const ISSUER_PORT = Number(process.env['PAR_DEV_ISSUER_PORT'] ?? 4010);
const PORT_OFFSET = Number(process.env['PAR_PORT_OFFSET'] ?? 0);
const PROVINCES = ['bac-kan', 'cao-bang', 'thai-nguyen'];

const issuer = await startDevIssuer({ port: ISSUER_PORT, provinces: PROVINCES });
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
const platform = await startPlatform({ dbFor: async () => db, bus, verifier, gatewayPort: GATEWAY_PORT, portOffset: PORT_OFFSET });
for (const p of PROVINCES) {
  const appraiserToken = p === 'thai-nguyen' ? undefined : await issuer.tokenFor(p, 'appraiser');
  await seedDemoProvince(platform.gateway.url, await issuer.tokenFor(p, 'admin'), p, appraiserToken ? { appraiserToken } : {});
}

const tokenUrl = `${issuer.issuerFor('bac-kan')}/protocol/openid-connect/token`;
console.log(`
PAR Index — chế độ nhúng (embedded mode) đã sẵn sàng.

  Gateway (GraphQL):  ${platform.gateway.url}
  Dev token issuer:   ${issuer.baseUrl}  (DEV ONLY — demo users, password "demo-password")
  Demo provinces:     bac-kan, cao-bang (cycle "2025-district", units u1, u2, u3);
                      thai-nguyen (2026: merged with the former Bắc Kạn; units as of a date with lineage,
                      cycles "2026-commune", "2023-district", "2023-commune")

Get a token (users: officer.u1, officer.u2, appraiser, auditor, integrator, admin):
  TOKEN=$(curl -s -d grant_type=password -d client_id=par-cli -d username=integrator -d password=demo-password \\
    ${tokenUrl} | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')

The 2026 province's wards formed in 2025 and what they were formed from (token of realm par-thai-nguyen):
  { units(asOf: "2025-07-01", unitType: WARD) { id code name predecessors { unitId kind effectiveDate } } }

Read the ranking:
  curl -s ${platform.gateway.url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ ranking(cycleId: \\"2025-district\\") { rank unitName total maxPoints indexPercent classLabel } }"}'
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
