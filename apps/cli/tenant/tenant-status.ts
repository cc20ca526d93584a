/**
 * `par tenant list` (pure): each province as Keycloak sees it (realm `par-<code>` on or off) beside the platform
 * registry (active or disabled), and whether the two agree. The gateway follows the registry, Keycloak issues the
 * tokens: when they disagree, one of them is wrong until the last command is re-run.
 */
import type { TenantRecord } from '@par/database';
import type { TenantRealmSummary } from './keycloak-tenants';

export type Agreement =
  /** Realm on and registry active, or realm off and registry disabled. */
  | 'ok'
  /** A realm with no registry row: trusted only if PAR_ALLOWED_ISSUERS names it (the demo realms). */
  | 'unregistered'
  /** The two disagree (realm on, registry disabled; realm off, registry active), or the realm is gone. */
  | 'mismatch';

export interface TenantStatusRow {
  readonly code: string;
  readonly name: string;
  readonly realm: 'enabled' | 'disabled' | 'missing';
  readonly registry: TenantRecord['status'] | 'missing';
  readonly agreement: Agreement;
  /** What to do about it, for the operator (Vietnamese); empty when they agree. */
  readonly note: string;
}

/** "PAR Index – Hà Giang" → "Hà Giang": the province's own name, as the registry keeps it. */
export const provinceNameOf = (realmDisplayName: string): string => realmDisplayName.replace(/^PAR Index\s*[–-]\s*/, '');

function noteFor(code: string, realm: TenantStatusRow['realm'], registry: TenantStatusRow['registry']): string {
  if (realm === 'missing')
    return `Lệch: realm par-${code} không còn trong Keycloak; chạy lại "par tenant create --code ${code}" hoặc tạm dừng tỉnh.`;
  if (registry === 'missing')
    return `Chưa đăng ký trong danh bạ nền tảng: chạy "par tenant ${realm === 'enabled' ? 'enable' : 'disable'} --code ${code}".`;
  if (realm === 'enabled' && registry === 'disabled')
    return `Lệch: realm còn bật nhưng cổng API đã chặn tỉnh; chạy lại "par tenant disable --code ${code}" (hoặc enable).`;
  if (realm === 'disabled' && registry === 'active')
    return `Lệch: realm đã tắt nhưng cổng API vẫn nhận token; chạy lại "par tenant disable --code ${code}".`;
  return '';
}

/** One row per province known to either side, by code. */
export function compareTenants(realms: readonly TenantRealmSummary[], records: readonly TenantRecord[]): TenantStatusRow[] {
  const realmBy = new Map(realms.map((r) => [r.code, r]));
  const recordBy = new Map(records.map((r) => [r.code, r]));
  const codes = [...new Set([...realmBy.keys(), ...recordBy.keys()])].sort();
  return codes.map((code) => {
    const realm = realmBy.get(code);
    const record = recordBy.get(code);
    const realmState = !realm ? 'missing' : realm.enabled ? 'enabled' : 'disabled';
    const registry = record?.status ?? 'missing';
    const agrees = (realmState === 'enabled' && registry === 'active') || (realmState === 'disabled' && registry === 'disabled');
    const agreement: Agreement = agrees ? 'ok' : realm && !record ? 'unregistered' : 'mismatch';
    return {
      code,
      name: record?.displayName ?? provinceNameOf(realm?.name ?? code),
      realm: realmState,
      registry,
      agreement,
      note: agrees ? '' : noteFor(code, realmState, registry),
    };
  });
}
