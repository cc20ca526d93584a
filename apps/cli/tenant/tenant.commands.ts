import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { ParError } from '@par/kernel';
import { EXIT, table } from '@par/scoring-cli';
import { withDatabase } from '../cli-support';
import { checkProvinceCode, tenantRealm } from './tenant-realm';
import type { KeycloakAdmin } from './keycloak-tenants';
import { createTenant, setTenantStatus, tenantStatus, type TenantSync } from './tenant-sync';
import type { TenantStatusRow } from './tenant-status';

const EXAMPLES = `
Ví dụ:
  par tenant create --code thai-nguyen --name "Thái Nguyên" --admin-user admin --admin-password '…'
  par tenant list
  par tenant disable --code thai-nguyen --reason "Sáp nhập tỉnh"
  par tenant enable --code thai-nguyen

Quản trị Keycloak theo PAR_KEYCLOAK_URL, PAR_KEYCLOAK_ADMIN, PAR_KEYCLOAK_ADMIN_PASSWORD; danh bạ tỉnh của nền tảng
(bảng platform.tenants, cổng API đọc lại sau vài giây) theo PAR_PG_URL, PAR_PG_SYSTEM_URL, PAR_PG_OWNER_URL.
Chạy lại "create" với cùng mã không tạo trùng: chỉ bổ sung phần còn thiếu. Lệnh nào báo TENANT_OUT_OF_SYNC thì
chạy lại đúng lệnh đó để Keycloak và danh bạ khớp nhau.`;

function keycloakAdmin(): KeycloakAdmin {
  const url = process.env.PAR_KEYCLOAK_URL;
  const username = process.env.PAR_KEYCLOAK_ADMIN;
  const password = process.env.PAR_KEYCLOAK_ADMIN_PASSWORD;
  if (!url || !username || !password)
    throw new ParError({
      code: 'KEYCLOAK_ADMIN_MISSING',
      messageVi: 'Thiếu PAR_KEYCLOAK_URL, PAR_KEYCLOAK_ADMIN hoặc PAR_KEYCLOAK_ADMIN_PASSWORD (tài khoản quản trị Keycloak).',
      detail: 'PAR_KEYCLOAK_URL, PAR_KEYCLOAK_ADMIN and PAR_KEYCLOAK_ADMIN_PASSWORD must be set',
      meta: { exitCode: EXIT.usage },
    });
  return { url, username, password };
}

/** Keycloak admin from the environment and PostgreSQL from PAR_PG_* for one command. */
function withTenantSync<T>(fn: (sync: TenantSync) => Promise<T>): Promise<T> {
  const keycloak = keycloakAdmin();
  const changedBy = `${userInfo().username} (Keycloak ${keycloak.username})`;
  return withDatabase((db) => fn({ keycloak, db, changedBy }));
}

const REALM_VI = { enabled: 'hoạt động', disabled: 'tạm dừng', missing: 'không có' } as const;
const REGISTRY_VI = { active: 'hoạt động', disabled: 'tạm dừng', missing: 'chưa đăng ký' } as const;
const AGREEMENT_VI = { ok: 'khớp', unregistered: 'thiếu danh bạ', mismatch: 'LỆCH' } as const;

function printStatus(rows: readonly TenantStatusRow[]): void {
  process.stdout.write(
    table(
      ['Mã tỉnh', 'Tên', 'Keycloak', 'Cổng API (danh bạ)', 'Khớp', 'Ghi chú'],
      rows.map((r) => [r.code, r.name, REALM_VI[r.realm], REGISTRY_VI[r.registry], AGREEMENT_VI[r.agreement], r.note]),
    ) + '\n',
  );
  // a contradiction is a finding (exit 1); a demo realm not registered yet is only noted
  if (rows.some((r) => r.agreement === 'mismatch')) process.exitCode = EXIT.findings;
}

async function toggle(opts: { code: string; reason?: string }, status: 'active' | 'disabled'): Promise<void> {
  const code = checkProvinceCode(opts.code);
  const record = await withTenantSync((sync) => setTenantStatus(sync, { code, status, reason: opts.reason ?? null }));
  process.stdout.write(
    status === 'active'
      ? `Đã bật lại tỉnh ${code} (realm par-${code}); cổng API nhận lại token của tỉnh sau vài giây.\n`
      : `Đã tạm dừng tỉnh ${code} (realm par-${code}); cổng API từ chối token của tỉnh sau vài giây (TENANT_DISABLED).\n`,
  );
  if (record.reason) process.stdout.write(`Lý do: ${record.reason}\n`);
}

/** `par tenant create|list|disable|enable`: provinces as Keycloak realms and rows of the platform registry. */
export function registerTenantCommands(program: Command): void {
  const tenant = program.command('tenant').description('Tỉnh (tenant): tạo realm Keycloak, liệt kê, tạm dừng, bật lại');
  tenant.addHelpText('after', EXAMPLES);
  tenant
    .command('create')
    .description('Tạo tỉnh: realm par-<mã>, các client (API, CLI, console, tích hợp), vai trò, quản trị viên đầu tiên, danh bạ')
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
      const { created } = await withTenantSync((sync) => createTenant(sync, { code: opts.code, name: opts.name, realm }));
      process.stdout.write(
        created
          ? `Đã tạo tỉnh ${opts.code} (realm ${realm.realm}) và đăng ký vào danh bạ nền tảng.\n`
          : `Tỉnh ${opts.code} đã có (realm ${realm.realm}); đã bổ sung phần còn thiếu và đăng ký lại vào danh bạ.\n`,
      );
    });
  tenant
    .command('list')
    .description('Liệt kê các tỉnh: trạng thái realm trong Keycloak và trong danh bạ nền tảng, báo chỗ lệch')
    .action(async () => printStatus(await withTenantSync((sync) => tenantStatus(sync))));
  tenant
    .command('disable')
    .description('Tạm dừng tỉnh: cổng API từ chối token của tỉnh (trước), rồi tắt realm')
    .requiredOption('--code <code>', 'mã tỉnh')
    .option('--reason <text>', 'lý do, ghi vào danh bạ')
    .action(async (opts: { code: string; reason?: string }) => toggle(opts, 'disabled'));
  tenant
    .command('enable')
    .description('Bật lại tỉnh: bật realm, rồi cổng API nhận lại token của tỉnh')
    .requiredOption('--code <code>', 'mã tỉnh')
    .option('--reason <text>', 'lý do, ghi vào danh bạ')
    .action(async (opts: { code: string; reason?: string }) => toggle(opts, 'active'));
}
