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

export interface EvidenceFile {
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
}
/** What the unit filed for one item besides its score: documents, the explanation in their place, the status. */
export interface AssessmentItemFiling {
  code: string;
  status: string;
  evidenceRequired: boolean;
  evidenceMissing: boolean;
  evidence: EvidenceFile[];
  explanation: string | null;
}
export interface Completeness {
  applicable: number;
  scored: number;
  unscored: string[];
  missingEvidence: string[];
  complete: boolean;
  deadline: string | null;
  deadlinePassed: boolean;
}
export interface Assessment {
  version: number;
  status: string;
  submittedAt: string | null;
  scores: { subCriterionCode: string; selfScore: number | null; appraisedScore: number | null }[];
  notApplicable: { code: string; reason: string }[];
  items: AssessmentItemFiling[];
  completeness: Completeness;
}
const ASSESSMENT_FIELDS = `version status submittedAt scores { subCriterionCode selfScore appraisedScore } notApplicable { code reason }
  items { code status evidenceRequired evidenceMissing evidence { sha256 fileName mediaType size } explanation }
  completeness { applicable scored unscored missingEvidence complete deadline deadlinePassed }`;
export const ASSESSMENT = `query($cycleId: ID!, $unitId: ID!) { assessment(cycleId: $cycleId, unitId: $unitId) { ${ASSESSMENT_FIELDS} } }`;
export const RECORD_SELF_SCORE = `mutation($i: RecordSelfScoreInput!) { recordSelfScore(input: $i) { ${ASSESSMENT_FIELDS} } }`;
export const ATTACH_EVIDENCE = `mutation($i: EvidenceTargetInput!, $file: Upload!) { attachEvidence(input: $i, file: $file) { ${ASSESSMENT_FIELDS} } }`;
export const DETACH_EVIDENCE = `mutation($i: DetachEvidenceInput!) { detachEvidence(input: $i) { ${ASSESSMENT_FIELDS} } }`;
export const WRITE_ITEM_EXPLANATION = `mutation($i: WriteItemExplanationInput!) { writeItemExplanation(input: $i) { ${ASSESSMENT_FIELDS} } }`;
export const SUBMIT_SELF_ASSESSMENT = `mutation($i: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $i) { ${ASSESSMENT_FIELDS} } }`;
