import { describe, expect, it } from '@jest/globals';
import type { OfficialRankingRowV1, RankingCorrectedV1, RankingEventV1, RankingPublishedV1 } from '@par/ranking-contracts';
import { evolveReportingRankingVersions } from './ranking-versions.projection';

const row = (unitId: string, rank: number, total: number): OfficialRankingRowV1 => ({
  unitId,
  unitName: `UBND huyện ${unitId}`,
  rank,
  total,
  maxPoints: 10,
  indexPercent: total * 10,
  classCode: null,
  classLabel: null,
  components: [{ code: '1', name: 'Chỉ đạo, điều hành', points: total, maxPoints: 10 }],
  unscoredItems: 0,
  unscoredMaxPoints: 0,
  scoringStatus: 'FULLY_SCORED',
});
const common = {
  version: 1 as const,
  province: 'bac-kan',
  cycleId: '2025-district',
  actor: { id: 'dha', name: null, roles: ['dha_admin'] },
  occurredAt: '2025-06-01T00:00:00.000Z',
};
const published: RankingPublishedV1 = {
  ...common,
  type: 'RankingPublished',
  eventId: 'e1',
  rankingVersion: 1,
  decision: { number: '45/QĐ-UBND', date: '2024-05-07', signer: 'Chủ tịch UBND tỉnh' },
  rows: [row('u1', 1, 7.5), row('u2', 2, 2)],
  publishedAt: '2025-06-01T00:00:00.000Z',
  streamVersion: 1,
};
const corrected: RankingCorrectedV1 = {
  ...common,
  type: 'RankingCorrected',
  eventId: 'e2',
  rankingVersion: 2,
  decision: { number: '50/QĐ-UBND', date: '2024-06-10', signer: null },
  rows: [row('u1', 1, 7.5), row('u2', 1, 7.5)],
  reason: 'Điều chỉnh sau giải trình',
  correctsVersion: 1,
  correctedAt: '2025-06-12T00:00:00.000Z',
  streamVersion: 2,
};

describe('evolveReportingRankingVersions (pure)', () => {
  it('given a publication, then version 1 is stored with its decision and the official rows as published', () => {
    expect(evolveReportingRankingVersions(undefined, published)).toEqual([
      {
        kind: 'upsert',
        table: 'ranking_versions',
        row: {
          province: 'bac-kan',
          cycle_id: '2025-district',
          version: 1,
          kind: 'PUBLISHED',
          decision_number: '45/QĐ-UBND',
          decision_date: '2024-05-07',
          signer: 'Chủ tịch UBND tỉnh',
          reason: null,
          corrects_version: null,
          published_at: '2025-06-01T00:00:00.000Z',
          rows: published.rows,
          last_event_id: 'e1',
        },
      },
    ]);
  });

  it('given a correction, then a new version row with the reason and the version it corrects (version 1 is not touched)', () => {
    const changes = evolveReportingRankingVersions(undefined, corrected);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'upsert',
      row: {
        version: 2,
        kind: 'CORRECTED',
        decision_number: '50/QĐ-UBND',
        signer: null,
        reason: 'Điều chỉnh sau giải trình',
        corrects_version: 1,
        published_at: '2025-06-12T00:00:00.000Z',
        last_event_id: 'e2',
      },
    });
    expect((changes[0] as unknown as { row: { rows: OfficialRankingRowV1[] } }).row.rows.map((r) => [r.unitId, r.rank, r.total])).toEqual([
      ['u1', 1, 7.5],
      ['u2', 1, 7.5],
    ]);
  });

  it('given a contract type this consumer does not know, then nothing changes', () => {
    const unknown = { ...published, type: 'RankingWithdrawn' } as unknown as RankingEventV1;
    expect(evolveReportingRankingVersions(undefined, unknown)).toEqual([]);
  });
});
