/* The tamper-evidence part of the EventStore contract (hash chain, verify, anchored heads). Test-only. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '../index';
import { ctxFor, provA, provB, type ContractHarness } from './contract-fixtures';

export interface TamperFixture {
  h: ContractHarness;
  store: EventStore;
  schema: string;
  at: Date;
}

/** Registers the tests; `get` is read when they run (the fixture is made in the caller's beforeAll). */
export function tamperEvidenceContract(get: () => TamperFixture): void {
  describe('hash chain (tamper evidence)', () => {
    let h: ContractHarness;
    let store: EventStore;
    let schema: string;
    let at: Date;
    beforeAll(() => {
      ({ h, store, schema, at } = get());
    });
    it('verifies an untouched province', async () => {
      const r = await store.verify(provA);
      expect(r.ok).toBe(true);
      expect(r.checked).toBeGreaterThan(5);
      expect(r.firstBroken).toBeUndefined();
    });

    it('refuses text that would break the chain (half a surrogate pair) and stores nothing', async () => {
      const cut = 'Điều chỉnh 😀'.slice(0, 12);
      await expect(
        store.append('assessment-cut', [{ type: 'NoteAdded', data: { text: 'x' }, reason: cut }], {
          expectedVersion: 'no_stream',
          context: ctxFor(provA),
          occurredAt: new Date(),
        }),
      ).rejects.toMatchObject({ code: 'INVALID_TEXT' });
      expect(await store.readStream(provA, 'assessment-cut')).toEqual([]);
      expect((await store.verify(provA)).ok).toBe(true);
    });

    it('does not report appends that commit while it runs as tampering', async () => {
      const appends = (async () => {
        for (let i = 0; i < 20; i++) {
          await store.append('assessment-busy', [{ type: 'NoteAdded', data: { i } }], {
            expectedVersion: 'any',
            context: ctxFor(provA),
            occurredAt: new Date(),
          });
        }
      })();
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await store.verify(provA));
      await appends;
      expect(results.every((r) => r.ok)).toBe(true);
    });

    it('reports the first broken link when an event row is edited directly', async () => {
      await store.append(
        'tamper',
        [1, 2, 3].map((n) => ({ type: 'T', data: { n } })),
        { expectedVersion: 'no_stream', context: ctxFor(provA), occurredAt: at },
      );
      const before = await store.readStream(provA, 'tamper');
      await h.tamper(
        `UPDATE ${schema}.events SET data = '{"n": 20}' WHERE province = 'tinh-a' AND stream_id = 'tamper' AND stream_version = 2`,
      );
      const r = await store.verify(provA, 'tamper');
      expect(r.ok).toBe(false);
      expect(r.checked).toBe(1);
      expect(r.firstBroken).toMatchObject({ streamId: 'tamper', streamVersion: 2, eventId: before[1]!.id, actualHash: before[1]!.hash });
      expect(r.firstBroken!.expectedHash).not.toBe(before[1]!.hash);
      expect((await store.verify(provA)).ok).toBe(false);
      expect((await store.verify(provB)).ok).toBe(true);
    });

    it('anchored heads catch what verify cannot: a stream deleted with its head, a tail cut with the head rewritten', async () => {
      const ctx = ctxFor(provA);
      for (const [sid, n] of [
        ['anc-keep', 2],
        ['anc-gone', 1],
        ['anc-cut', 3],
      ] as const) {
        await store.append(
          sid,
          Array.from({ length: n }, (_, i) => ({ type: 'T', data: { i } })),
          { expectedVersion: 'no_stream', context: ctx, occurredAt: at },
        );
      }
      const heads = (await store.heads(provA)).filter((x) => x.streamId.startsWith('anc-'));
      expect(heads.map((x) => [x.streamId, x.version])).toEqual([
        ['anc-cut', 3],
        ['anc-gone', 1],
        ['anc-keep', 2],
      ]);
      const cut = await store.readStream(provA, 'anc-cut');
      expect(heads[0]!.hash).toBe(cut[2]!.hash);
      expect(await store.checkHeads(provA, heads)).toEqual([]);
      await store.append('anc-keep', [{ type: 'T', data: { i: 9 } }], { expectedVersion: 2, context: ctx, occurredAt: at });
      expect(await store.checkHeads(provA, heads)).toEqual([]); // appends after the anchor are not tampering
      expect(await store.checkHeads(provB, heads)).toHaveLength(3); // another province sees none of them

      await h.tamper(`DELETE FROM ${schema}.events WHERE province = 'tinh-a' AND stream_id = 'anc-gone'`);
      await h.tamper(`DELETE FROM ${schema}.streams WHERE province = 'tinh-a' AND stream_id = 'anc-gone'`);
      await h.tamper(`DELETE FROM ${schema}.events WHERE province = 'tinh-a' AND stream_id = 'anc-cut' AND stream_version = 3`);
      await h.tamper(
        `UPDATE ${schema}.streams SET version = 2, last_hash = '${cut[1]!.hash}' WHERE province = 'tinh-a' AND stream_id = 'anc-cut'`,
      );
      expect((await store.verify(provA, 'anc-gone')).ok).toBe(true); // what verify alone cannot see
      expect((await store.verify(provA, 'anc-cut')).ok).toBe(true);
      expect(await store.checkHeads(provA, heads)).toEqual([
        { streamId: 'anc-cut', version: 3, expectedHash: cut[2]!.hash, actualHash: null },
        { streamId: 'anc-gone', version: 1, expectedHash: heads[1]!.hash, actualHash: null },
      ]);
    });

    it('reports a deleted event (gap) and a deleted tail', async () => {
      await store.append(
        'tamper-del',
        [1, 2, 3].map((n) => ({ type: 'T', data: { n } })),
        { expectedVersion: 'no_stream', context: ctxFor(provB), occurredAt: at },
      );
      await h.tamper(`DELETE FROM ${schema}.events WHERE province = 'tinh-b' AND stream_id = 'tamper-del' AND stream_version = 3`);
      expect((await store.verify(provB, 'tamper-del')).firstBroken).toMatchObject({ streamId: 'tamper-del', streamVersion: 3 });
      await h.tamper(`DELETE FROM ${schema}.events WHERE province = 'tinh-b' AND stream_id = 'tamper-del' AND stream_version = 1`);
      expect((await store.verify(provB, 'tamper-del')).firstBroken).toMatchObject({ streamId: 'tamper-del', streamVersion: 2 });
    });
  });
}
