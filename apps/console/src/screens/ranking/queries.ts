import type { VersionInfo } from './ranking-view';

export interface Row {
  rank: number;
  unitId: string;
  unit: { name: string };
  total: number;
  maxPoints: number;
  indexPercent: number;
  classCode: string | null;
  classLabel: string | null;
  components: { code: string; name: string; points: number; maxPoints: number }[];
  unscoredItems: number;
  appraisalFinal: boolean | null;
}
export interface Version extends VersionInfo {
  publishedAt: string;
  publishedByName: string | null;
}
const ROW = `rank unitId unit { name } total maxPoints indexPercent classCode classLabel components { code name points maxPoints }
  unscoredItems appraisalFinal`;
const VERSION = 'version kind decisionNumber decisionDate signer reason publishedAt publishedByName';
export const PROVISIONAL = `query($id: ID!) { provisionalRanking(cycleId: $id) { ${ROW} } }`;
export const OFFICIAL = `query($id: ID!, $v: Int) { officialRanking(cycleId: $id, version: $v) { latestVersion version { ${VERSION} } rows { ${ROW} } } }`;
export const VERSIONS = `query($id: ID!) { rankingVersions(cycleId: $id) { ${VERSION} } }`;
export const PUBLISH = `mutation($i: PublishRankingInput!) { publishRanking(input: $i) { latestVersion version { ${VERSION} } } }`;
export interface Official {
  officialRanking: { latestVersion: number; version: Version; rows: Row[] } | null;
}
