import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { table, usageError } from '@par/scoring-cli';
import { checkProvinceCode, tenantRealm } from './tenant-realm';
import { ensureRealm, listTenantRealms, setRealmEnabled, type KeycloakAdmin } from './keycloak-tenants';

const EXAMPLES = `
Ví dụ:
  par tenant create --code thai-nguyen --name "Thái Nguyên" --admin-user admin --admin-password '…'
  par tenant list
  par tenant disable --code thai-nguyen
  par tenant enable --code thai-nguyen

Quản trị Keycloak theo PAR_KEYCLOAK_URL, PAR_KEYCLOAK_ADMIN, PAR_KEYCLOAK_ADMIN_PASSWORD.
Chạy lại "create" với cùng mã không tạo trùng: chỉ bổ sung phần còn thiếu.`;

function keycloakAdmin(): KeycloakAdmin {
  const url = process.env.PAR_KEYCLOAK_URL;
  const username = process.env.PAR_KEYCLOAK_ADMIN;
  const password = process.env.PAR_KEYCLOAK_ADMIN_PASSWORD;
  if (!url || !username || !password)
    throw usageError(
      'KEYCLOAK_ADMIN_MISSING',
      'Thiếu PAR_KEYCLOAK_URL, PAR_KEYCLOAK_ADMIN hoặc PAR_KEYCLOAK_ADMIN_PASSWORD (tài khoản quản trị Keycloak).',
      'PAR_KEYCLOAK_URL, PAR_KEYCLOAK_ADMIN and PAR_KEYCLOAK_ADMIN_PASSWORD must be set',
    );
  return { url, username, password };
}

async function toggle(code: string, enabled: boolean): Promise<void> {
  const realm = `par-${checkProvinceCode(code)}`;
  if (!(await setRealmEnabled(keycloakAdmin(), realm, enabled)))
    throw usageError('TENANT_NOT_FOUND', `Không có tỉnh "${code}" (realm ${realm}).`, `realm ${realm} not found`);
  process.stdout.write(`${enabled ? 'Đã bật lại' : 'Đã tạm dừng'} tỉnh ${code} (realm ${realm}).\n`);
}

/** `par tenant create|list|disable|enable`: provinces as Keycloak realms through the admin API. */
export function registerTenantCommands(program: Command): void {
  const tenant = program.command('tenant').description('Tỉnh (tenant): tạo realm Keycloak, liệt kê, tạm dừng, bật lại');
  tenant.addHelpText('after', EXAMPLES);
  tenant
    .command('create')
    .description('Tạo tỉnh: realm par-<mã>, các client (API, CLI, console, tích hợp), vai trò, quản trị viên đầu tiên')
    .requiredOption('--code <code>', 'mã tỉnh, ví dụ thai-nguyen')
    .requiredOption('--name <name>', 'tên tỉnh có dấu, ví dụ "Thái Nguyên"')
    .option('--admin-user <username>', 'tên đăng nhập của quản trị viên đầu tiên', 'admin')
    .requiredOption('--admin-password <password>', 'mật khẩu của quản trị viên đầu tiên')
    .action(async (opts: { code: string; name: string; adminUser: string; adminPassword: string }) => {
      const realm = tenantRealm({
        code: opts.code,
        name: opts.name,
        admin: { username: opts.adminUser, password: opts.adminPassword },
        integratorSecret: randomBytes(24).toString('base64url'),
      });
      const { created } = await ensureRealm(keycloakAdmin(), realm);
      process.stdout.write(
        created
          ? `Đã tạo tỉnh ${opts.code} (realm ${realm.realm}).\n`
          : `Tỉnh ${opts.code} đã có (realm ${realm.realm}); đã bổ sung phần còn thiếu.\n`,
      );
    });
  tenant
    .command('list')
    .description('Liệt kê các tỉnh (realm par-*)')
    .action(async () => {
      const rows = await listTenantRealms(keycloakAdmin());
      process.stdout.write(
        table(
          ['Mã tỉnh', 'Realm', 'Tên', 'Trạng thái'],
          rows.map((r) => [r.code, r.realm, r.name, r.enabled ? 'hoạt động' : 'tạm dừng']),
        ) + '\n',
      );
    });
  tenant
    .command('disable')
    .description('Tạm dừng tỉnh (realm bị tắt)')
    .requiredOption('--code <code>', 'mã tỉnh')
    .action(async (opts: { code: string }) => toggle(opts.code, false));
  tenant
    .command('enable')
    .description('Bật lại tỉnh')
    .requiredOption('--code <code>', 'mã tỉnh')
    .action(async (opts: { code: string }) => toggle(opts.code, true));
}
