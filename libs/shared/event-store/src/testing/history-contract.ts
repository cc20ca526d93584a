/* Paging of `readHistory` (audit histories), run against PGlite and real PostgreSQL. Test-only. */
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import type { RequestContext } from '@par/kernel';
import { createEventStore, eventStoreMigrations, MAX_HISTORY_PAGE, type EventStore, type HistoryQuery, type StoredEvent } from '../index';
import { ctxFor, provA, provB, testSchema, type ContractHarness } from './contract-fixtures';

const at = new Date('2026-03-01T08:00:00.000Z');

/** Every page of a query; `between` runs after each page (appends while paging). */
async function allPages(store: EventStore, q: Omit<HistoryQuery, 'after'>, between: (page: number) => Promise<void> = async () => {}) {
  const seen: StoredEvent[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const r = await store.readHistory(provA, { ...q, after });
    seen.push(...r.events);
    await between(page);
    if (!r.hasNextPage) return seen;
    after = r.endCursor;
  }
  throw new Error('too many pages');
}

export function historyContract(label: string, makeHarness: () => Promise<ContractHarness>): void {
  describe(`EventStore.readHistory (${label})`, () => {
    let h: ContractHarness;
    let store: EventStore;
    const schema = testSchema('hist');
    const officer: RequestContext = ctxFor(provA);
    const appraiser: RequestContext = { ...ctxFor(provA), actor: { id: 'appraiser-1', name: 'Trần Thị B', roles: ['appraiser'] } };
    const add = (stream: string, code: string, ctx: RequestContext = officer) =>
      store.append(stream, [{ type: 'ScoreRecorded', data: { subCriterionCode: code, score: 1 } }], {
        expectedVersion: 'any',
        context: ctx,
        occurredAt: at,
      });

    beforeAll(async () => {
      h = await makeHarness();
      await h.db.migrate(schema, eventStoreMigrations(schema));
      store = createEventStore(h.db, { schema });
      for (let i = 0; i < 7; i++) {
        await add('assessment:tinh-a:c1:u1', `1.${i % 3}.1`);
        await add('assessment:tinh-a:c1:u2', `2.${i % 2}`, i % 2 ? appraiser : officer);
      }
      await add('assessment:tinh-a:c2:u1', '1.1.1');
      await store.append('assessment:tinh-b:c1:u1', [{ type: 'ScoreRecorded', data: { subCriterionCode: '1.1.1' } }], {
        expectedVersion: 'any',
        context: ctxFor(provB),
        occurredAt: at,
      });
    });
    afterAll(async () => {
      await h?.cleanup();
    });

    it('pages one stream oldest first in version order, no duplicates, nothing skipped, while events are appended', async () => {
      let extra = 0;
      const seen = await allPages(store, { streamId: 'assessment:tinh-a:c1:u2', order: 'asc', limit: 3 }, async () => {
        if (extra++ < 2) await add('assessment:tinh-a:c1:u2', '9.9');
      });
      const stored = await store.readStream(provA, 'assessment:tinh-a:c1:u2');
      expect(stored).toHaveLength(9);
      expect(seen.map((e) => e.streamVersion)).toEqual(stored.map((e) => e.streamVersion));
      expect(seen).toEqual(stored);
    });

    it('pages a whole cycle newest first: the events as they stood at the first page, each once, in reverse global order', async () => {
      const before = await allPages(store, { streamIdPrefix: 'assessment:tinh-a:c1:', order: 'asc', limit: 200 });
      let extra = 0;
      const seen = await allPages(store, { streamIdPrefix: 'assessment:tinh-a:c1:', order: 'desc', limit: 4 }, async () => {
        if (extra++ < 3) await add(extra % 2 ? 'assessment:tinh-a:c1:u1' : 'assessment:tinh-a:c1:u3', '1.2.1');
      });
      expect(seen.map((e) => e.id)).toEqual(before.map((e) => e.id).reverse());
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      expect(seen.every((e) => e.streamId.startsWith('assessment:tinh-a:c1:'))).toBe(true);
    });

    it('pages a whole cycle oldest first across streams: later appends come at the end, none twice, none skipped', async () => {
      let extra = 0;
      const seen = await allPages(store, { streamIdPrefix: 'assessment:tinh-a:c1:', order: 'asc', limit: 5 }, async () => {
        if (extra++ < 3) await add('assessment:tinh-a:c1:u4', '3.1');
      });
      const all = await allPages(store, { streamIdPrefix: 'assessment:tinh-a:c1:', order: 'desc', limit: 200 });
      expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id).reverse());
      // per stream, global order is the version order
      for (const stream of new Set(seen.map((e) => e.streamId))) {
        const versions = seen.filter((e) => e.streamId === stream).map((e) => e.streamVersion);
        expect(versions).toEqual(versions.map((_, i) => i + 1));
      }
    });

    it('filters by actor, by a data field (value or prefix) and by recording time, province first', async () => {
      const byAppraiser = await allPages(store, { actorId: 'appraiser-1', order: 'asc', limit: 50 });
      expect(byAppraiser).toHaveLength(3);
      expect(byAppraiser.every((e) => e.actor.id === 'appraiser-1')).toBe(true);
      const criterion = await allPages(store, {
        streamId: 'assessment:tinh-a:c1:u1',
        dataField: { name: 'subCriterionCode', values: ['1.1'], prefixes: ['1.1.'] },
        order: 'asc',
        limit: 50,
      });
      expect(criterion.map((e) => (e.data as { subCriterionCode: string }).subCriterionCode)).toEqual(['1.1.1', '1.1.1']);
      const everything = await allPages(store, { order: 'asc', limit: 200 });
      expect(everything.every((e) => e.province === provA)).toBe(true);
      const mid = everything[5]!;
      const upTo = await allPages(store, { order: 'asc', limit: 200, recordedAtOrBefore: new Date(mid.recordedAt) });
      expect(upTo.every((e) => e.recordedAt <= mid.recordedAt)).toBe(true);
      const later = await allPages(store, { order: 'asc', limit: 200, recordedAfter: new Date(mid.recordedAt) });
      expect(upTo.length + later.length).toBe(everything.length);
    });

    it('reads several streams up to a version each in one call, in stream then version order', async () => {
      const r = await store.readStreamsUpTo(provA, [
        { streamId: 'assessment:tinh-a:c2:u1', toVersion: 5 },
        { streamId: 'assessment:tinh-a:c1:u1', toVersion: 3 },
        { streamId: 'assessment:tinh-b:c1:u1', toVersion: 9 },
      ]);
      expect(r.map((e) => [e.streamId, e.streamVersion])).toEqual([
        ['assessment:tinh-a:c1:u1', 1],
        ['assessment:tinh-a:c1:u1', 2],
        ['assessment:tinh-a:c1:u1', 3],
        ['assessment:tinh-a:c2:u1', 1],
      ]);
      expect(await store.readStreamsUpTo(provA, [])).toEqual([]);
    });

    it('caps the page size and refuses a malformed cursor with INVALID_CURSOR', async () => {
      const r = await store.readHistory(provA, { order: 'desc', limit: 10_000 });
      expect(r.events.length).toBeLessThanOrEqual(MAX_HISTORY_PAGE);
      await expect(store.readHistory(provA, { order: 'asc', limit: 5, after: '1; DROP TABLE x' })).rejects.toMatchObject({
        code: 'INVALID_CURSOR',
      });
      const empty = await store.readHistory(provA, { streamId: 'none', order: 'asc', limit: 5, after: '1:1' });
      expect(empty).toEqual({ events: [], endCursor: '1:1', hasNextPage: false });
    });
  });
}
