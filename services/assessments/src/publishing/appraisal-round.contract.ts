import { contractMessage, type StoredEvent } from '@par/event-store';
import { ASSESSMENTS_TOPIC, type AppraisalRoundEventV1 } from '@par/assessments-contracts';
import type { AppraisalAssignmentEvent, AppraisalRoundEvent } from '@par/assessments-domain';
import type { OutgoingMessage } from '@par/messaging';

type Envelope = Omit<AppraisalRoundEventV1, 'type' | 'unitId' | 'unitIds' | 'appraiserIds' | 'teamName' | 'reason'>;

function contractOf(ev: AppraisalAssignmentEvent | AppraisalRoundEvent, common: Envelope): AppraisalRoundEventV1 | null {
  switch (ev.type) {
    case 'AppraisersAssigned':
      return { type: ev.type, ...common, unitIds: ev.data.unitIds, appraiserIds: ev.data.appraiserIds, teamName: ev.data.teamName };
    case 'AppraisersUnassigned':
      return { type: ev.type, ...common, unitIds: ev.data.unitIds, appraiserIds: ev.data.appraiserIds, reason: ev.data.reason };
    case 'ExplanationSubmitted': {
      const { unitId, code, evidenceSha256s, submittedAt } = ev.data;
      return { type: ev.type, ...common, unitId, code, evidenceSha256s, submittedAt };
    }
    case 'ExplanationDecided': {
      const { unitId, code, outcome, subCriterionCode, score, decidedAt } = ev.data;
      return { type: ev.type, ...common, unitId, code, outcome, subCriterionCode, score, decidedAt };
    }
    case 'AppraisalFinalized':
      return { type: ev.type, ...common, unitId: ev.data.unitId, finalizedAt: ev.data.finalizedAt };
    case 'AppraisalReopened':
      return { type: ev.type, ...common, unitId: ev.data.unitId, reason: ev.data.reason, reopenedAt: ev.data.reopenedAt };
    default:
      return null; // SelfAssessmentSubmitted is published by the self-assessment slice's mapping
  }
}

/**
 * Appraisal-round internal events (assignments, explanations, final appraisal) → their published v1 contracts on
 * `par.assessments.v1`; null for any other event. The explanation's text is not published (it stays in the
 * event store, read through `explanationThread`).
 */
export function toAppraisalRoundContract(e: StoredEvent): OutgoingMessage | null {
  const ev = { type: e.type, data: e.data } as AppraisalAssignmentEvent | AppraisalRoundEvent;
  const common: Envelope = {
    version: 1,
    eventId: e.id,
    province: e.province,
    cycleId: ev.data.cycleId,
    actor: { id: e.actor.id, name: e.actor.name ?? null, roles: e.actor.roles },
    occurredAt: e.occurredAt,
    streamVersion: e.streamVersion,
  };
  const value = contractOf(ev, common);
  return value && contractMessage(ASSESSMENTS_TOPIC, e, value);
}
