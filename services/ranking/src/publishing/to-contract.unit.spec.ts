import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '@par/event-store';
import type { ProvinceId } from '@par/kernel';
import type { RankingSnapshotRow } from '@par/ranking-domain';
import { toRankingContract } from './to-contract';

const row: RankingSnapshotRow = {
  unitId: 'u1',
  unitName: 'UBND huyện Ba Bể',
  rank: 1,
  total: 5.5,
  maxPoints: 10,
  indexPercent: 55,
  classCode: 'average',
  classLabel: 'Trung bình',
  components: [{ code: '1', name: 'Công tác chỉ đạo', points: 5.5, maxPoints: 6 }],
  unscoredItems: 1,
  unscoredMaxPoints: 4,
  scoringStatus: 'PARTLY_SCORED',
};
const stored = (type: string, data: unknown, streamVersion: number): StoredEvent => ({
  id: `e${streamVersion}`,
  streamId: 'ranking-publication:bac-kan:c1',
  streamVersion,
  globalPosition: '1',
  type,
  schemaVersion: 1,
  data,
  province: 'bac-kan' as ProvinceId,
  actor: { id: 'admin', name: 'Quản trị', roles: ['dha_admin'] },
  occurredAt: '2026-03-10T03:00:00.000Z',
  recordedAt: '2026-03-10T03:00:00.000Z',
  reason: null,
  correlationId: 'corr',
  causationId: null,
  hash: 'h',
  prevHash: null,
});
const decision = { number: '123/QĐ-UBND', date: '2026-03-09', signer: null };

describe('par.ranking.v1 contracts', () => {
  it('publishes RankingPublished v1 with the rows as fixed, keyed by the stream, province in the headers', () => {
    const m = toRankingContract(
      stored('RankingPublished', { cycleId: 'c1', rankingVersion: 1, decision, publishedAt: '2026-03-10T03:00:00.000Z', rows: [row] }, 1),
    );
    expect(m).toMatchObject({
      topic: 'par.ranking.v1',
      key: 'ranking-publication:bac-kan:c1',
      headers: { province: 'bac-kan', 'event-type': 'RankingPublished' },
      value: {
        type: 'RankingPublished',
        version: 1,
        eventId: 'e1',
        province: 'bac-kan',
        cycleId: 'c1',
        rankingVersion: 1,
        decision,
        rows: [row],
        publishedAt: '2026-03-10T03:00:00.000Z',
        actor: { id: 'admin', name: 'Quản trị', roles: ['dha_admin'] },
        streamVersion: 1,
      },
    });
  });

  it('publishes RankingCorrected v1 with the reason and the version it corrects; other types are not published', () => {
    const data = {
      cycleId: 'c1',
      rankingVersion: 2,
      correctsVersion: 1,
      decision: { ...decision, number: '150/QĐ-UBND' },
      reason: 'Điều chỉnh sau giải trình',
      correctedAt: '2026-03-11T03:00:00.000Z',
      rows: [row],
    };
    expect(toRankingContract(stored('RankingCorrected', data, 2))?.value).toMatchObject({
      type: 'RankingCorrected',
      rankingVersion: 2,
      correctsVersion: 1,
      reason: 'Điều chỉnh sau giải trình',
      correctedAt: '2026-03-11T03:00:00.000Z',
    });
    expect(toRankingContract(stored('Other', data, 3))).toBeNull();
  });
});
