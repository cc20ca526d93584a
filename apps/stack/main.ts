import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { eventually, seedDemoProvince, SERVICES } from '@par/platform';

/**
 * `npm run start:stack`: each service as its own process against the real PostgreSQL, Kafka and Keycloak
 * (started by infra/local/up.sh), plus the gateway. Ctrl-C stops them all.
 */
// stack mode is for development: the API explorer is on unless PAR_API_EXPLORER says otherwise
const env = {
  ...process.env,
  PAR_INTERNAL_SECRET: process.env['PAR_INTERNAL_SECRET'] ?? randomBytes(32).toString('hex'),
  PAR_API_EXPLORER: process.env['PAR_API_EXPLORER'] ?? 'on',
};
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const children: ChildProcess[] = [];
const run = (script: string, args: string[]) => {
  const child = spawn(process.execPath, [here(script), ...args], { env, stdio: 'inherit' });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${args[0] ?? 'gateway'} exited with ${code}; stopping the stack`);
      void stop(1);
    }
  });
  children.push(child);
};
let stopping = false;
const stop = async (code = 0) => {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
  process.exit(code);
};
for (const def of SERVICES) run('./service.main.js', [def.name]);
run('./gateway.main.js', []);
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
console.log(`PAR Index — stack mode: ${SERVICES.length} services + gateway on http://127.0.0.1:${process.env['PAR_GATEWAY_PORT'] ?? 4000}/graphql
Web console: http://127.0.0.1:${process.env['PAR_GATEWAY_PORT'] ?? 4000}/console/ (Keycloak client par-console)
Tokens from Keycloak, e.g.:
  curl -s -d grant_type=password -d client_id=par-cli -d username=integrator -d password=demo-password \\
    ${process.env['PAR_KEYCLOAK_URL'] ?? 'http://127.0.0.1:58080'}/realms/par-bac-kan/protocol/openid-connect/token`);

// Load the demo provinces through the gateway with Keycloak admin tokens (idempotent).
const keycloak = process.env['PAR_KEYCLOAK_URL'] ?? 'http://127.0.0.1:58080';
const gatewayUrl = `http://127.0.0.1:${process.env['PAR_GATEWAY_PORT'] ?? 4000}/graphql`;
await eventually(async () => (await fetch(gatewayUrl.replace('/graphql', '/healthz')).catch(() => null))?.ok, 60_000, 'the gateway');
for (const province of ['bac-kan', 'cao-bang']) {
  // Keycloak and the subgraphs may still be starting: the token and the seed are retried together.
  await eventually(
    async () => {
      const tokenOf = async (username: string) => {
        const res = await fetch(`${keycloak}/realms/par-${province}/protocol/openid-connect/token`, {
          method: 'POST',
          body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username, password: 'demo-password' }),
        });
        if (!res.ok) throw new Error(`Keycloak token: ${res.status}`);
        return ((await res.json()) as { access_token: string }).access_token;
      };
      await seedDemoProvince(gatewayUrl, await tokenOf('admin'), province, { appraiserToken: await tokenOf('appraiser') });
      return true;
    },
    90_000,
    `demo data of ${province}`,
  );
}
console.log('demo provinces bac-kan and cao-bang loaded (cycle "2025-district")');

// The 2026 demo province: its realm exists once Keycloak has imported par-thai-nguyen.json (infra/local/up.sh
// re-imports when the realm files change); the gateway must also trust its issuer (PAR_ALLOWED_ISSUERS).
const realm = await fetch(`${keycloak}/realms/par-thai-nguyen/.well-known/openid-configuration`).catch(() => null);
if (realm?.ok && (process.env['PAR_ALLOWED_ISSUERS'] ?? '').includes('/realms/par-thai-nguyen')) {
  const res = await fetch(`${keycloak}/realms/par-thai-nguyen/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'par-cli', username: 'admin', password: 'demo-password' }),
  });
  const { access_token } = (await res.json()) as { access_token: string };
  await seedDemoProvince(gatewayUrl, access_token, 'thai-nguyen');
  console.log('demo province thai-nguyen loaded (cycles "2023-district", "2023-commune", "2026-commune")');
} else {
  console.log('demo province thai-nguyen skipped: realm par-thai-nguyen not served or not trusted (run infra/local/up.sh)');
}
