import { CALLBACK_PATH, oidcSettings, sessionFromAccessToken, type ConsoleConfig } from './oidc-config';

const config: ConsoleConfig = {
  clientId: 'par-console',
  graphqlPath: '/graphql',
  realms: [
    { province: 'bac-kan', issuer: 'http://127.0.0.1:4010/realms/par-bac-kan' },
    { province: 'thai-nguyen', issuer: 'http://127.0.0.1:4010/realms/par-thai-nguyen' },
  ],
};

const jwt = (claims: Record<string, unknown>) =>
  ['{"alg":"RS256"}', JSON.stringify(claims)].map((p) => Buffer.from(p).toString('base64url')).join('.') + '.signature';

describe('console OpenID Connect settings', () => {
  it('uses the authorization-code flow of the public client against the chosen province realm, back to /console/callback', () => {
    const s = oidcSettings(config, 'thai-nguyen', 'http://127.0.0.1:4000');
    expect(s).toMatchObject({
      authority: 'http://127.0.0.1:4010/realms/par-thai-nguyen',
      client_id: 'par-console',
      response_type: 'code',
      redirect_uri: 'http://127.0.0.1:4000/console/callback',
      post_logout_redirect_uri: 'http://127.0.0.1:4000/console/',
      automaticSilentRenew: false,
    });
    expect(CALLBACK_PATH).toBe('/console/callback');
    // a public client: no secret, so the code is bound to the PKCE verifier only oidc-client-ts holds
    expect(s).not.toHaveProperty('client_secret');
    expect(s.response_type).not.toMatch(/token/);
  });

  it('refuses a province without a realm (never a default province)', () => {
    expect(() => oidcSettings(config, 'ha-noi', 'http://127.0.0.1:4000')).toThrow('No realm for province ha-noi');
  });

  it('reads the session (province, realm roles, unit, names) from the access token, in Vietnamese characters', () => {
    const s = sessionFromAccessToken(
      jwt({
        province: 'bac-kan',
        preferred_username: 'officer.u1',
        name: 'Nguyễn Văn An',
        realm_access: { roles: ['unit_officer', 7] },
        unit_id: 'u1',
        exp: 99,
      }),
    );
    expect(s).toEqual({
      province: 'bac-kan',
      username: 'officer.u1',
      name: 'Nguyễn Văn An',
      roles: ['unit_officer'],
      unitId: 'u1',
      expiresAt: 99,
    });
    const bare = sessionFromAccessToken(jwt({ sub: 'svc', province: 'cao-bang' }));
    expect(bare).toEqual({ province: 'cao-bang', username: 'svc', name: 'svc', roles: [], expiresAt: 0 });
    expect(() => sessionFromAccessToken('opaque')).toThrow('not a JWT');
  });
});
