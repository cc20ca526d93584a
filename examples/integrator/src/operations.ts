import { graphql } from './gql/index.ts';

/** The latest (or a given) official ranking of a cycle: what the province published by decision. */
export const OfficialRankingQuery = graphql(`
  query OfficialRanking($cycleId: ID!, $version: Int) {
    officialRanking(cycleId: $cycleId, version: $version) {
      latestVersion
      cycle {
        id
        name
        year
      }
      version {
        version
        kind
        decisionNumber
        decisionDate
        reason
      }
      rows {
        rank
        unitId
        unit {
          name
        }
        total
        maxPoints
        indexPercent
        classLabel
      }
    }
  }
`);

/** Every official version of a cycle (first publication and corrections), oldest first. */
export const RankingVersionsQuery = graphql(`
  query RankingVersions($cycleId: ID!) {
    rankingVersions(cycleId: $cycleId) {
      version
      kind
      decisionNumber
      decisionDate
      reason
      correctsVersion
      publishedAt
    }
  }
`);
