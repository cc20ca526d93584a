/** The operations of the unit's explanation screen (gateway/api-schema.graphql); the assessment is the appraisal screen's. */
import type { CriterionRef, ReasonEntry } from './explanation-view';

export interface CycleCriteria {
  cycle: { pinnedFramework: { components: { code: string; name: string; criteria: CriterionRef[] }[] } | null } | null;
}
export const CYCLE_CRITERIA = `query($id: ID!) { cycle(id: $id) { pinnedFramework { components { code name criteria { code name maxPoints } } } } }`;

export interface ReasonPage {
  auditHistory: { entries: ReasonEntry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
/** The unit's own history, newest first: where the appraised scores' reasons are (READ_UNIT_RESULTS, own unit). */
export const REASONS = `query($cycleId: ID!, $unitId: ID!, $after: String) {
  auditHistory(cycleId: $cycleId, unitId: $unitId, order: NEWEST_FIRST, first: 50, after: $after) {
    entries { changes { code field } reason } pageInfo { hasNextPage endCursor } } }`;

export const SUBMIT_EXPLANATION = `mutation($i: SubmitExplanationInput!) { submitExplanation(input: $i) { version } }`;
