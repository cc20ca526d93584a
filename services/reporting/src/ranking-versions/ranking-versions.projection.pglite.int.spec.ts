import { describe, expect, it } from '@jest/globals';
import { provinceId } from '@par/kernel';
import type { OfficialRankingRowV1, RankingCorrectedV1, RankingPublishedV1 } from '@par/ranking-contracts';
import { PgliteProjectionSpec } from '@par/projections/testing';
import { latestOfficialVersion } from '../ranking-report/official-version';
import { reportingMigrations } from '../reporting.migrations';
import { reportingRankingVersionsProjection } from './ranking-versions.projection';

const BK = provinceId('bac-kan');
const CB = provinceId('cao-bang');
const row = (unitId: string, rank: number, total: number): OfficialRankingRowV1 => ({
  unitId,
  unitName: `UBND huyện ${unitId}`,
  rank,
  total,
  maxPoints: 10,
  indexPercent: total * 10,
  classCode: 'good',
  classLabel: 'Tốt',
  components: [{ code: '1', name: 'Chỉ đạo, điều hành', points: total, maxPoints: 10 }],
  unscoredItems: 0,
  unscoredMaxPoints: 0,
  scoringStatus: 'FULLY_SCORED',
});
const published = (province: string, eventId: string): RankingPublishedV1 => ({
  type: 'RankingPublished',
  version: 1,
  eventId,
  province,
  cycleId: '2025-district',
  rankingVersion: 1,
  decision: { number: '45/QĐ-UBND', date: '2024-05-07', signer: 'Chủ tịch UBND tỉnh' },
  rows: [row('u1', 1, 8), row('u2', 2, 6)],
  actor: { id: 'dha', name: null, roles: ['dha_admin'] },
  occurredAt: '2025-06-01T00:00:00.000Z',
  publishedAt: '2025-06-01T00:00:00.000Z',
  streamVersion: 1,
});
const corrected: RankingCorrectedV1 = {
  ...published('bac-kan', 'e2'),
  type: 'RankingCorrected',
  rankingVersion: 2,
  decision: { number: '50/QĐ-UBND', date: '2024-06-10', signer: null },
  rows: [row('u2', 1, 8.5), row('u1', 2, 8)],
  reason: 'Điều chỉnh sau giải trình',
  correctsVersion: 1,
  correctedAt: '2025-06-12T00:00:00.000Z',
  streamVersion: 2,
};
const spec = PgliteProjectionSpec.for({
  projection: reportingRankingVersionsProjection,
  schema: 'reporting',
  migrations: reportingMigrations(),
});

describe('reporting.ranking-versions (PGlite, given/when/then)', () => {
  it('given version 1 in two provinces, when bac-kan corrects it, then bac-kan has both versions and its report reads version 2', () =>
    spec
      .given(published('bac-kan', 'e1'), published('cao-bang', 'c1'))
      .when(corrected)
      .then(async ({ rows, db }) => {
        const all = await rows<{ province: string; version: number; kind: string }>('ranking_versions', 'province, version');
        expect(all.map((r) => [r.province, r.version, r.kind])).toEqual([
          ['bac-kan', 1, 'PUBLISHED'],
          ['bac-kan', 2, 'CORRECTED'],
          ['cao-bang', 1, 'PUBLISHED'],
        ]);
        const latest = await db.withProvince(BK, (tx) => latestOfficialVersion(tx, 'bac-kan', '2025-district'));
        expect(latest).toEqual({
          version: 2,
          kind: 'CORRECTED',
          decisionNumber: '50/QĐ-UBND',
          decisionDate: '2024-06-10',
          signer: null,
          reason: 'Điều chỉnh sau giải trình',
          correctsVersion: 1,
          rows: [
            {
              unitId: 'u2',
              unitName: 'UBND huyện u2',
              rank: 1,
              total: 8.5,
              classLabel: 'Tốt',
              components: [{ code: '1', name: 'Chỉ đạo, điều hành', points: 8.5 }],
            },
            {
              unitId: 'u1',
              unitName: 'UBND huyện u1',
              rank: 2,
              total: 8,
              classLabel: 'Tốt',
              components: [{ code: '1', name: 'Chỉ đạo, điều hành', points: 8 }],
            },
          ],
        });
        const other = await db.withProvince(CB, (tx) => latestOfficialVersion(tx, 'cao-bang', '2025-district'));
        expect(other?.version).toBe(1);
      }));

  it('given nothing published for the cycle, then the report reads no official version (provisional)', () =>
    spec.given(published('bac-kan', 'e1')).then(async ({ db }) => {
      expect(await db.withProvince(BK, (tx) => latestOfficialVersion(tx, 'bac-kan', '2024-district'))).toBeNull();
    }));

  it('given the same publication delivered twice, then one row', () =>
    spec
      .given(published('bac-kan', 'e1'))
      .when(published('bac-kan', 'e1'))
      .then(async ({ rows }) => expect(await rows('ranking_versions')).toHaveLength(1)));
});
