import { contractMessage, type StoredEvent } from '@par/event-store';
import { ASSESSMENTS_TOPIC, type ScoreRecordedV1 } from '@par/assessments-contracts';
import type { AssessmentEvent } from '@par/assessments-domain';
import type { OutgoingMessage } from '@par/messaging';

/** Internal event → published contract v1 on `par.assessments.v1`. */
export function toAssessmentsContract(e: StoredEvent): OutgoingMessage | null {
  const ev = { type: e.type, data: e.data } as AssessmentEvent;
  if (ev.type !== 'SelfScoreRecorded' && ev.type !== 'AppraisedScoreRecorded') return null;
  const value: ScoreRecordedV1 = {
    type: 'ScoreRecorded',
    version: 1,
    eventId: e.id,
    province: e.province,
    cycleId: ev.data.cycleId,
    unitId: ev.data.unitId,
    subCriterionCode: ev.data.subCriterionCode,
    kind: ev.type === 'SelfScoreRecorded' ? 'self' : 'appraised',
    score: ev.data.score,
    previousScore: ev.data.previousScore,
    reason: ev.type === 'AppraisedScoreRecorded' ? ev.data.reason : ev.data.note,
    actor: { id: e.actor.id, name: e.actor.name ?? null, roles: e.actor.roles },
    occurredAt: e.occurredAt,
    streamVersion: e.streamVersion,
  };
  return contractMessage(ASSESSMENTS_TOPIC, e, value);
}
