/**
 * The one Keycloak realm definition of a PAR Index province (realm `par-<code>`): the API audience `par-api`, the
 * CLI client (password grant), the console's public client (authorization code + PKCE S256), the integrator
 * service-account client, the realm roles and the `province` / `unit_id` claim mappers. Used by
 * infra/local/keycloak/generate-realms.mjs (the committed demo realms, with their demo users) and by
 * `par tenant create` (a new province through the Keycloak admin API, with its first administrator only).
 * Plain, erasable TypeScript with no imports but node:crypto, so Node runs it directly from the generator.
 */
import { createHash } from 'node:crypto';

/** A province's realm input: its code (`bac-kan`), display name, and (demo realms) its people and their units. */
export interface ProvinceRealm {
  id: string;
  displayName: string;
  unitPrefix?: string;
  unitIds?: Record<string, string>;
  /** username → [firstName, lastName]; the roles come from the username (demo realms). */
  people?: Record<string, [string, string]>;
  /** Further users (e.g. a provisioned province's first administrator). */
  extraUsers?: RealmUser[];
  /** The integrator client's secret (demo: `par-integrator-secret`). */
  integratorSecret?: string;
}
export interface ProtocolMapper {
  name: string;
  protocol: string;
  protocolMapper: string;
  consentRequired: boolean;
  config: Record<string, string>;
}
export interface RealmUser {
  id?: string;
  username: string;
  enabled: boolean;
  email?: string;
  emailVerified?: boolean;
  firstName?: string;
  lastName?: string;
  attributes?: Record<string, string[]>;
  credentials?: { type: string; value: string; temporary: boolean }[];
  requiredActions?: string[];
  realmRoles: string[];
  serviceAccountClientId?: string;
}
export interface RealmClient {
  clientId: string;
  name: string;
  enabled: boolean;
  publicClient: boolean;
  clientAuthenticatorType?: string;
  secret?: string;
  standardFlowEnabled: boolean;
  implicitFlowEnabled: boolean;
  directAccessGrantsEnabled: boolean;
  serviceAccountsEnabled: boolean;
  protocol: string;
  redirectUris?: string[];
  webOrigins?: string[];
  attributes?: Record<string, string>;
  fullScopeAllowed: boolean;
  protocolMappers: ProtocolMapper[];
}
export interface RealmDefinition {
  realm: string;
  displayName: string;
  enabled: boolean;
  sslRequired: string;
  accessTokenLifespan: number;
  registrationAllowed: boolean;
  resetPasswordAllowed: boolean;
  loginWithEmailAllowed: boolean;
  duplicateEmailsAllowed: boolean;
  attributes: Record<string, string>;
  roles: { realm: { name: string; description: string }[] };
  clients: RealmClient[];
  users: RealmUser[];
  components: Record<string, unknown>;
}

// Fixed user ids (the token's `sub`), so they survive a re-import and are the same on every machine.
export function stableId(realm: string, username: string): string {
  const h = createHash('sha1').update(`par-index:${realm}:${username}`).digest('hex');
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
export const ROLES = ['unit_officer', 'appraiser', 'auditor', 'integrator', 'dha_admin', 'survey_operator', 'ministry'];
// The web console (apps/console) served by the gateway under /console/ in embedded and stack mode (default port 4000).
const CONSOLE_ORIGINS = ['http://127.0.0.1:4000', 'http://localhost:4000'];
const PASSWORD = 'demo-password';

// Keycloak 26 declarative user profile: the default attributes plus `unit_id` (admin-editable, user-viewable).
const everyone = { view: ['admin', 'user'], edit: ['admin', 'user'] };
const userProfile = {
  attributes: [
    {
      name: 'username',
      displayName: '${username}',
      validations: { length: { min: 3, max: 255 }, 'username-prohibited-characters': {}, 'up-username-not-idn-homograph': {} },
      permissions: everyone,
      multivalued: false,
    },
    {
      name: 'email',
      displayName: '${email}',
      validations: { email: {}, length: { max: 255 } },
      required: { roles: ['user'] },
      permissions: everyone,
      multivalued: false,
    },
    ...['firstName', 'lastName'].map((name) => ({
      name,
      displayName: '${' + name + '}',
      validations: { length: { max: 255 }, 'person-name-prohibited-characters': {} },
      required: { roles: ['user'] },
      permissions: everyone,
      multivalued: false,
    })),
    {
      name: 'unit_id',
      displayName: 'Unit id',
      validations: { length: { max: 64 } },
      permissions: { view: ['admin', 'user'], edit: ['admin'] },
      multivalued: false,
    },
  ],
  groups: [{ name: 'user-metadata', displayHeader: 'User metadata', displayDescription: 'Attributes, which refer to user metadata' }],
  unmanagedAttributePolicy: 'ADMIN_EDIT',
};

export const mappers = (province: string): ProtocolMapper[] => [
  {
    name: 'audience par-api',
    protocol: 'openid-connect',
    protocolMapper: 'oidc-audience-mapper',
    consentRequired: false,
    config: {
      'included.custom.audience': 'par-api',
      'access.token.claim': 'true',
      'id.token.claim': 'false',
      'introspection.token.claim': 'true',
    },
  },
  {
    name: 'province',
    protocol: 'openid-connect',
    protocolMapper: 'oidc-hardcoded-claim-mapper',
    consentRequired: false,
    config: {
      'claim.name': 'province',
      'claim.value': province,
      'jsonType.label': 'String',
      'access.token.claim': 'true',
      'id.token.claim': 'true',
      'userinfo.token.claim': 'true',
      'introspection.token.claim': 'true',
    },
  },
  {
    name: 'unit_id',
    protocol: 'openid-connect',
    protocolMapper: 'oidc-usermodel-attribute-mapper',
    consentRequired: false,
    config: {
      'user.attribute': 'unit_id',
      'claim.name': 'unit_id',
      'jsonType.label': 'String',
      multivalued: 'false',
      'aggregate.attrs': 'false',
      'access.token.claim': 'true',
      'id.token.claim': 'true',
      'userinfo.token.claim': 'true',
      'introspection.token.claim': 'true',
    },
  },
];

const rolesOf: Record<string, string[]> = {
  'officer.u1': ['unit_officer'],
  'officer.u2': ['unit_officer'],
  appraiser: ['appraiser'],
  auditor: ['auditor'],
  integrator: ['integrator'],
  'survey.operator': ['survey_operator'],
  // the Ministry of Home Affairs: the province's published (official) results only
  ministry: ['ministry'],
  admin: ['dha_admin', 'auditor', 'appraiser'],
};

/** The API audience is a mapper on each client; the CLI, console and integrator clients of the province. */
export function realmClients(p: ProvinceRealm): RealmClient[] {
  return [
    {
      clientId: 'par-cli',
      name: 'PAR Index CLI and tests (password grant)',
      enabled: true,
      publicClient: true,
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: true,
      serviceAccountsEnabled: false,
      protocol: 'openid-connect',
      fullScopeAllowed: true,
      protocolMappers: mappers(p.id),
    },
    {
      // the web console: a public client, authorization code with PKCE (S256 required), no other grant
      clientId: 'par-console',
      name: 'PAR Index web console (authorization code + PKCE)',
      enabled: true,
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
      protocol: 'openid-connect',
      redirectUris: CONSOLE_ORIGINS.map((o) => `${o}/console/callback`),
      webOrigins: CONSOLE_ORIGINS,
      attributes: {
        'pkce.code.challenge.method': 'S256',
        'post.logout.redirect.uris': CONSOLE_ORIGINS.map((o) => `${o}/console/`).join('##'),
      },
      fullScopeAllowed: true,
      protocolMappers: mappers(p.id),
    },
    {
      clientId: 'par-integrator',
      name: 'PAR Index integrations (client credentials)',
      enabled: true,
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      secret: p.integratorSecret ?? 'par-integrator-secret',
      standardFlowEnabled: false,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: true,
      protocol: 'openid-connect',
      fullScopeAllowed: true,
      protocolMappers: mappers(p.id),
    },
  ];
}

export function realmDefinition(p: ProvinceRealm): RealmDefinition {
  const name = `par-${p.id}`;
  const users: RealmUser[] = Object.entries(p.people ?? {}).map(([username, [firstName, lastName]]) => ({
    id: stableId(name, username),
    username,
    enabled: true,
    email: `${username}@${p.id}.par.test`,
    emailVerified: true,
    firstName,
    lastName,
    attributes: (username.startsWith('officer.')
      ? { unit_id: [p.unitIds?.[username] ?? (p.unitPrefix ?? '') + username.slice('officer.'.length)] }
      : {}) as Record<string, string[]>,
    credentials: [{ type: 'password', value: PASSWORD, temporary: false }],
    requiredActions: [],
    realmRoles: rolesOf[username] ?? [],
  }));
  users.push(...(p.extraUsers ?? []));
  users.push({
    id: stableId(name, 'service-account-par-integrator'),
    username: 'service-account-par-integrator',
    enabled: true,
    serviceAccountClientId: 'par-integrator',
    realmRoles: ['integrator'],
  });
  return {
    realm: name,
    displayName: p.displayName,
    enabled: true,
    sslRequired: 'none',
    accessTokenLifespan: 300,
    registrationAllowed: false,
    resetPasswordAllowed: false,
    loginWithEmailAllowed: true,
    duplicateEmailsAllowed: false,
    attributes: { 'par.province': p.id },
    roles: { realm: ROLES.map((r) => ({ name: r, description: `PAR Index role ${r}` })) },
    clients: realmClients(p),
    users,
    components: {
      'org.keycloak.userprofile.UserProfileProvider': [
        {
          providerId: 'declarative-user-profile',
          subComponents: {},
          config: { 'kc.user.profile.config': [JSON.stringify(userProfile)] },
        },
      ],
    },
  };
}
