import { evolvingHandler, upsert, type EvolvingProjection, type ProjectionSpec, type RowChange } from '@par/projections';
import { RANKING_TOPIC, type RankingEventV1 } from '@par/ranking-contracts';
import { REPORTING_SCHEMA } from '../reporting.tokens';

/** Primary key of `reporting.ranking_versions`: one row per official version of a cycle's ranking. */
export const RANKING_VERSIONS_KEYS = { ranking_versions: ['province', 'cycle_id', 'version'] };

/**
 * Pure: each official version published (`RankingPublished`, version 1) or corrected (`RankingCorrected`, 2, 3…) by
 * decision becomes one row, with its decision, reason and the official rows exactly as published. An official
 * version never changes, so a row is only ever written again with the same content (redelivery, rebuild). Types a
 * v1 consumer does not know change nothing.
 */
export function evolveReportingRankingVersions(_: unknown, e: RankingEventV1): RowChange[] {
  if (e.type !== 'RankingPublished' && e.type !== 'RankingCorrected') return [];
  const corrected = e.type === 'RankingCorrected';
  return [
    upsert('ranking_versions', {
      province: e.province,
      cycle_id: e.cycleId,
      version: e.rankingVersion,
      kind: corrected ? 'CORRECTED' : 'PUBLISHED',
      decision_number: e.decision.number,
      decision_date: e.decision.date,
      signer: e.decision.signer,
      reason: corrected ? e.reason : null,
      corrects_version: corrected ? e.correctsVersion : null,
      published_at: corrected ? e.correctedAt : e.publishedAt,
      rows: e.rows,
      last_event_id: e.eventId,
    }),
  ];
}

export const reportingRankingVersionsEvolution: EvolvingProjection<RankingEventV1, undefined> = {
  tables: RANKING_VERSIONS_KEYS,
  decode: (m) => m.value as RankingEventV1,
  load: async () => undefined,
  evolve: evolveReportingRankingVersions,
};

/** `reporting.ranking-versions`: the official ranking versions (par.ranking.v1) a ranking report states and checks. */
export const reportingRankingVersionsProjection: ProjectionSpec = {
  name: 'ranking-versions',
  topics: [RANKING_TOPIC],
  owns: ['ranking_versions'],
  description: 'Official ranking versions (par.ranking.v1): version, decision, reason and the official rows per cycle',
  handle: evolvingHandler(REPORTING_SCHEMA, reportingRankingVersionsEvolution),
};
