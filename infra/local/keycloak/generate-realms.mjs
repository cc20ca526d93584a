// Generates realms/par-<province>.json (committed). Run after editing: node infra/local/keycloak/generate-realms.mjs
// up.sh re-imports automatically when the committed realm files change.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Fixed user ids (the token's `sub`), so they survive a re-import and are the same on every machine.
function stableId(realm, username) {
  const h = createHash('sha1').update(`par-index:${realm}:${username}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
const ROLES = ['unit_officer', 'appraiser', 'auditor', 'integrator', 'dha_admin', 'survey_operator', 'ministry'];
// The web console (apps/console) served by the gateway under /console/ in embedded and stack mode (default port 4000).
const CONSOLE_ORIGINS = ['http://127.0.0.1:4000', 'http://localhost:4000'];
const PASSWORD = 'demo-password';

const provinces = [
  {
    id: 'bac-kan',
    displayName: 'PAR Index – Bắc Kạn',
    unitPrefix: '',
    people: {
      'officer.u1': ['Dũng', 'Nông Văn'],
      'officer.u2': ['Mai', 'Hoàng Thị'],
      appraiser: ['Hùng', 'Lý Văn'],
      auditor: ['Lan', 'Triệu Thị'],
      integrator: ['Tiến', 'Ma Văn'],
      'survey.operator': ['Thu', 'Lục Thị'],
      ministry: ['Khải', 'Đỗ Văn'],
      admin: ['Bảo', 'Đặng Quốc'],
    },
  },
  {
    id: 'cao-bang',
    displayName: 'PAR Index – Cao Bằng',
    unitPrefix: 'cb-',
    people: {
      'officer.u1': ['Thành', 'Bế Văn'],
      'officer.u2': ['Hằng', 'Nông Thị'],
      appraiser: ['Phúc', 'Hà Văn'],
      auditor: ['Ngọc', 'Lục Thị'],
      integrator: ['Khánh', 'Đàm Văn'],
      'survey.operator': ['Vân', 'Mông Thị'],
      ministry: ['Nam', 'Phan Văn'],
      admin: ['Đức', 'Lương Minh'],
    },
  },
  {
    // The 2026 demo province (Thái Nguyên with the former Bắc Kạn, merged 2025); officers of two new wards.
    id: 'thai-nguyen',
    displayName: 'PAR Index – Thái Nguyên',
    unitIds: { 'officer.u1': 'phuong-bac-kan', 'officer.u2': 'phuong-duc-xuan' },
    people: {
      'officer.u1': ['Quân', 'Dương Minh'],
      'officer.u2': ['Thảo', 'Ma Thị'],
      appraiser: ['Sơn', 'Hoàng Văn'],
      auditor: ['Hà', 'Lưu Thị'],
      integrator: ['Long', 'Nông Đức'],
      'survey.operator': ['Hà', 'Hứa Thị'],
      ministry: ['Vinh', 'Lê Quang'],
      admin: ['Thủy', 'Trần Thị'],
    },
  },
];

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

const mappers = (province) => [
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

const rolesOf = {
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

function realm(p) {
  const name = `par-${p.id}`;
  const users = Object.entries(p.people).map(([username, [firstName, lastName]]) => ({
    id: stableId(name, username),
    username,
    enabled: true,
    email: `${username}@${p.id}.par.test`,
    emailVerified: true,
    firstName,
    lastName,
    attributes: username.startsWith('officer.')
      ? { unit_id: [p.unitIds?.[username] ?? p.unitPrefix + username.slice('officer.'.length)] }
      : {},
    credentials: [{ type: 'password', value: PASSWORD, temporary: false }],
    requiredActions: [],
    realmRoles: rolesOf[username],
  }));
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
    clients: [
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
        secret: 'par-integrator-secret',
        standardFlowEnabled: false,
        implicitFlowEnabled: false,
        directAccessGrantsEnabled: false,
        serviceAccountsEnabled: true,
        protocol: 'openid-connect',
        fullScopeAllowed: true,
        protocolMappers: mappers(p.id),
      },
    ],
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

for (const p of provinces) {
  const file = join(here, 'realms', `par-${p.id}.json`);
  writeFileSync(file, JSON.stringify(realm(p), null, 2) + '\n');
  console.log(`wrote ${file}`);
}
