export interface Item {
  code: string;
  name: string;
  componentCode: string;
  maxPoints: number;
  step: number | null;
  method: string;
}
export interface CycleFramework {
  cycle: {
    id: string;
    name: string;
    pinnedFramework: {
      name: string;
      totalMaxPoints: number;
      components: { code: string; name: string; maxPoints: number }[];
      items: Item[];
    } | null;
  } | null;
}
export const CYCLE_FRAMEWORK = `query($id: ID!) { cycle(id: $id) { id name
  pinnedFramework { name totalMaxPoints components { code name maxPoints } items { code name componentCode maxPoints step method } } } }`;

export interface Assessment {
  version: number;
  scores: { subCriterionCode: string; selfScore: number | null; appraisedScore: number | null }[];
  notApplicable: { code: string; reason: string }[];
}
const ASSESSMENT_FIELDS = 'version scores { subCriterionCode selfScore appraisedScore } notApplicable { code reason }';
export const ASSESSMENT = `query($cycleId: ID!, $unitId: ID!) { assessment(cycleId: $cycleId, unitId: $unitId) { ${ASSESSMENT_FIELDS} } }`;
export const RECORD_SELF_SCORE = `mutation($i: RecordSelfScoreInput!) { recordSelfScore(input: $i) { ${ASSESSMENT_FIELDS} } }`;
