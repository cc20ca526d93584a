import { contractMessage, type StoredEvent } from '@par/event-store';
import {
  ASSESSMENTS_TOPIC,
  type EvidenceAttachedV1,
  type EvidenceDetachedV1,
  type NotApplicableChangedV1,
  type ScoreRecordedV1,
  type SelfAssessmentReopenedV1,
  type SelfAssessmentSubmittedV1,
} from '@par/assessments-contracts';
import type { AssessmentEvent } from '@par/assessments-domain';
import type { OutgoingMessage } from '@par/messaging';
import { toAppraisalRoundContract } from './appraisal-round.contract';

/** Internal event → published contract v1 on `par.assessments.v1`. */
export function toAssessmentsContract(e: StoredEvent): OutgoingMessage | null {
  const appraisalRound = toAppraisalRoundContract(e);
  if (appraisalRound) return appraisalRound;
  const ev = { type: e.type, data: e.data } as AssessmentEvent;
  const common = {
    version: 1 as const,
    eventId: e.id,
    province: e.province,
    cycleId: ev.data.cycleId,
    unitId: ev.data.unitId,
    actor: { id: e.actor.id, name: e.actor.name ?? null, roles: e.actor.roles },
    occurredAt: e.occurredAt,
    streamVersion: e.streamVersion,
  };
  switch (ev.type) {
    case 'SelfScoreRecorded':
    case 'AppraisedScoreRecorded': {
      const value: ScoreRecordedV1 = {
        type: 'ScoreRecorded',
        ...common,
        subCriterionCode: ev.data.subCriterionCode,
        kind: ev.type === 'SelfScoreRecorded' ? 'self' : 'appraised',
        score: ev.data.score,
        previousScore: ev.data.previousScore,
        reason: ev.type === 'AppraisedScoreRecorded' ? ev.data.reason : ev.data.note,
      };
      return contractMessage(ASSESSMENTS_TOPIC, e, value);
    }
    case 'NotApplicableMarked':
    case 'NotApplicableCleared': {
      const value: NotApplicableChangedV1 = {
        type: 'NotApplicableChanged',
        ...common,
        code: ev.data.subCriterionCode,
        notApplicable: ev.type === 'NotApplicableMarked',
        reason: ev.data.reason,
      };
      return contractMessage(ASSESSMENTS_TOPIC, e, value);
    }
    case 'SelfAssessmentSubmitted': {
      const value: SelfAssessmentSubmittedV1 = { type: 'SelfAssessmentSubmitted', ...common, submittedAt: ev.data.submittedAt };
      return contractMessage(ASSESSMENTS_TOPIC, e, value);
    }
    case 'SubmissionReopened': {
      const value: SelfAssessmentReopenedV1 = { type: 'SelfAssessmentReopened', ...common, reason: ev.data.reason };
      return contractMessage(ASSESSMENTS_TOPIC, e, value);
    }
    case 'EvidenceAttached': {
      const { subCriterionCode: code, sha256, size, mediaType, fileName } = ev.data;
      const value: EvidenceAttachedV1 = { type: 'EvidenceAttached', ...common, code, sha256, size, mediaType, fileName };
      return contractMessage(ASSESSMENTS_TOPIC, e, value);
    }
    case 'EvidenceDetached': {
      const value: EvidenceDetachedV1 = { type: 'EvidenceDetached', ...common, code: ev.data.subCriterionCode, sha256: ev.data.sha256 };
      return contractMessage(ASSESSMENTS_TOPIC, e, value);
    }
    default:
      return null;
  }
}
