/** The GraphQL operations and shapes of the appraisal screen (gateway/api-schema.graphql). */
export interface Figures {
  yes: boolean | null;
  numerator: number | null;
  denominator: number | null;
  measure: number | null;
  current: number | null;
  previous: number | null;
  occurrences: number | null;
}
export interface EvidenceFile {
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
}
export interface AppraisalItem {
  code: string;
  name: string;
  maxPoints: number;
  ruleDescription: string;
  takesFigures: boolean;
  status: string;
  statusLabel: string;
  selfScore: number | null;
  figures: Figures | null;
  ruleExplanation: string | null;
  note: string | null;
  appraisedScore: number | null;
  evidenceRequired: boolean;
  evidence: EvidenceFile[];
  explanation: string | null;
}
export interface ThreadSummary {
  code: string;
  open: boolean;
}
export interface AppraisalAssessment {
  cycleId: string;
  unitId: string;
  unit: { name: string };
  version: number;
  status: string;
  submittedAt: string | null;
  finalizedAt: string | null;
  items: AppraisalItem[];
  explanationThreads: ThreadSummary[];
}
export interface ThreadEntry {
  kind: string;
  at: string;
  text: string | null;
  evidenceSha256s: string[];
  outcome: string | null;
  reason: string | null;
  subCriterionCode: string | null;
  score: number | null;
  previousScore: number | null;
  actorName: string | null;
}
export interface Thread {
  code: string;
  open: boolean;
  entries: ThreadEntry[];
}
export interface QueueUnit {
  unitId: string;
  unitName: string;
  status: string;
  itemsTotal: number;
  itemsSelfScored: number;
  itemsAppraised: number;
  openExplanations: number;
  submittedAt: string | null;
  finalizedAt: string | null;
}

export const PROGRESS_FIELDS = 'unitId unitName status itemsTotal itemsSelfScored itemsAppraised openExplanations submittedAt finalizedAt';
export const MY_QUEUE = `query($cycleId: ID!) { myAppraisalQueue(cycleId: $cycleId) { ${PROGRESS_FIELDS} } }`;

const FIGURES = 'figures { yes numerator denominator measure current previous occurrences }';
const ASSESSMENT_FIELDS = `cycleId unitId unit { name } version status submittedAt finalizedAt
  items { code name maxPoints ruleDescription takesFigures status statusLabel selfScore ${FIGURES} ruleExplanation note appraisedScore
    evidenceRequired evidence { sha256 fileName mediaType size } explanation }
  explanationThreads { code open }`;
export const APPRAISAL_ASSESSMENT = `query($cycleId: ID!, $unitId: ID!) { assessment(cycleId: $cycleId, unitId: $unitId) { ${ASSESSMENT_FIELDS} } }`;
export const RECORD_APPRAISED_SCORE = `mutation($i: RecordAppraisedScoreInput!) { recordAppraisedScore(input: $i) { ${ASSESSMENT_FIELDS} } }`;
export const DECIDE_EXPLANATION = `mutation($i: DecideExplanationInput!) { decideExplanation(input: $i) { ${ASSESSMENT_FIELDS} } }`;
export const FINALIZE_APPRAISAL = `mutation($i: FinalizeAppraisalInput!) { finalizeAppraisal(input: $i) { ${ASSESSMENT_FIELDS} } }`;
export const EXPLANATION_THREAD = `query($cycleId: ID!, $unitId: ID!, $code: String!) { explanationThread(cycleId: $cycleId, unitId: $unitId, code: $code) {
  code open entries { kind at text evidenceSha256s outcome reason subCriterionCode score previousScore actorName } } }`;
export const EVIDENCE = `query($cycleId: ID!, $unitId: ID!, $sha256: String!) { evidence(cycleId: $cycleId, unitId: $unitId, sha256: $sha256) {
  fileName mediaType contentBase64 } }`;
