/*
 * PostgreSQL unreachable (nothing listens on the port): after its retries, an append fails with a clear,
 * stable error instead of a driver error.
 */
import { describe, expect, it } from '@jest/globals';
import type { ProvinceId } from '@par/kernel';
import { createPostgresDatabase } from '@par/database';
import { createEventStore } from './index';

describe('event store with PostgreSQL unreachable', () => {
  it('fails an append with STORE_UNAVAILABLE and a Vietnamese message', async () => {
    const url = 'postgres://par_app:par_app@127.0.0.1:1/par';
    const db = await createPostgresDatabase({ appUrl: url, systemUrl: url, ownerUrl: url, retries: 1 });
    try {
      const store = createEventStore(db, { schema: 'nowhere' });
      await expect(
        store.append('s', [{ type: 'T', data: {} }], {
          expectedVersion: 'any',
          context: { province: 'tinh-a' as ProvinceId, actor: { id: 'u', roles: ['unit_officer'] }, correlationId: 'c' },
          occurredAt: new Date(),
        }),
      ).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
        messageVi: expect.stringContaining('Không kết nối được cơ sở dữ liệu') as unknown,
      });
    } finally {
      await db.close();
    }
  });
});
