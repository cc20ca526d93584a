/* Shared fixtures of the EventStore conformance suite. Test-only. */
import { randomUUID } from 'node:crypto';
import type { ProvinceId, RequestContext } from '@par/kernel';
import type { Database } from '@par/database';

export interface ContractHarness {
  db: Database;
  /** Run SQL as a superuser/owner outside RLS (to simulate tampering). */
  tamper(sql: string): Promise<void>;
  cleanup(): Promise<void>;
}

export const provA = 'tinh-a' as ProvinceId;
export const provB = 'tinh-b' as ProvinceId;

export function ctxFor(province: ProvinceId, extra: Partial<RequestContext> = {}): RequestContext {
  return {
    province,
    actor: { id: `user-${province}`, name: 'Nguyễn Văn A', roles: ['unit_officer'], unitId: 'u1' },
    correlationId: randomUUID(),
    ...extra,
  };
}

export function testSchema(prefix = 'es'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}
