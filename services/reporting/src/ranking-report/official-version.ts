import type { Sql } from '@par/database';
import type { OfficialRankingRowV1 } from '@par/ranking-contracts';
import type { OfficialRankingInput } from '@par/reporting-documents';
import { REPORTING_SCHEMA } from '../reporting.tokens';

interface VersionRow {
  version: number;
  kind: 'PUBLISHED' | 'CORRECTED';
  decisionNumber: string;
  decisionDate: string;
  signer: string | null;
  reason: string | null;
  correctsVersion: number | null;
  rows: OfficialRankingRowV1[];
}

/**
 * The cycle's latest official ranking version (`reporting.ranking_versions`, from par.ranking.v1), or null before
 * publication. Runs inside `db.withProvince`.
 */
export async function latestOfficialVersion(tx: Sql, province: string, cycleId: string): Promise<OfficialRankingInput | null> {
  const { rows } = await tx.query<VersionRow>(
    `SELECT version, kind, decision_number AS "decisionNumber", decision_date AS "decisionDate", signer, reason,
            corrects_version AS "correctsVersion", rows
       FROM ${REPORTING_SCHEMA}.ranking_versions WHERE province = $1 AND cycle_id = $2 ORDER BY version DESC LIMIT 1`,
    [province, cycleId],
  );
  const v = rows[0];
  if (!v) return null;
  return {
    ...v,
    rows: v.rows.map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      rank: r.rank,
      total: r.total,
      classLabel: r.classLabel,
      components: r.components.map((c) => ({ code: c.code, name: c.name, points: c.points })),
    })),
  };
}
