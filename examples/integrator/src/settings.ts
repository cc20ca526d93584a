import type { IntegratorSettings } from './client.ts';

/**
 * The example's settings from the environment. The defaults are the embedded mode's (`npm start`): its gateway, its
 * dev token issuer and the demo integrator client of Bắc Kạn. Elsewhere set all four; a real secret never has a
 * default.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): IntegratorSettings {
  const local = !env['PAR_GRAPHQL_URL'];
  const secret = env['PAR_CLIENT_SECRET'] ?? (local ? 'par-integrator-secret' : undefined);
  if (!secret) throw new Error('PAR_CLIENT_SECRET is required when PAR_GRAPHQL_URL is set');
  return {
    graphqlUrl: env['PAR_GRAPHQL_URL'] ?? 'http://127.0.0.1:4000/graphql',
    tokenUrl: env['PAR_TOKEN_URL'] ?? 'http://127.0.0.1:4010/realms/par-bac-kan/protocol/openid-connect/token',
    clientId: env['PAR_CLIENT_ID'] ?? 'par-integrator',
    clientSecret: secret,
  };
}

/** `--name value` from the command line. */
export function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}
