// Generates realms/par-<province>.json (committed). Run after editing: node infra/local/keycloak/generate-realms.mjs
// up.sh re-imports automatically when the committed realm files change. The realm itself (clients, roles, mappers,
// user profile) is defined once in libs/platform/src/tenants/realm-definition.ts, which `par tenant create` also uses.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realmDefinition } from '../../../libs/platform/src/tenants/realm-definition.ts';

const here = dirname(fileURLToPath(import.meta.url));

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

for (const p of provinces) {
  const file = join(here, 'realms', `par-${p.id}.json`);
  writeFileSync(file, JSON.stringify(realmDefinition(p), null, 2) + '\n');
  console.log(`wrote ${file}`);
}
