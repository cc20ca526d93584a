import type { StoredEvent } from '@par/event-store';
import { provinceId } from '@par/kernel';
import { toAssessmentsContract } from './to-contract';

const stored = (type: string, data: Record<string, unknown>): StoredEvent => ({
  id: 'e-7',
  streamId: 'assessment:bac-kan:2025-district:u1',
  streamVersion: 7,
  globalPosition: '42',
  type,
  schemaVersion: 1,
  data: { cycleId: '2025-district', unitId: 'u1', ...data },
  province: provinceId('bac-kan'),
  actor: { id: 'o1', name: 'Cán bộ u1', roles: ['unit_officer'], unitId: 'u1' },
  occurredAt: '2025-10-20T02:00:00.000Z',
  recordedAt: '2025-10-20T02:00:00.010Z',
  reason: null,
  correlationId: 'c',
  causationId: null,
  hash: 'h',
  prevHash: 'p',
});
const envelope = {
  version: 1,
  eventId: 'e-7',
  province: 'bac-kan',
  cycleId: '2025-district',
  unitId: 'u1',
  actor: { id: 'o1', name: 'Cán bộ u1', roles: ['unit_officer'] },
  occurredAt: '2025-10-20T02:00:00.000Z',
  streamVersion: 7,
};

describe('self-assessment events on par.assessments.v1', () => {
  it('publishes SelfAssessmentSubmittedV1 keyed by the stream, with the province header', () => {
    const m = toAssessmentsContract(stored('SelfAssessmentSubmitted', { submittedAt: '2025-10-20T02:00:00.000Z' }))!;
    expect(m.key).toBe('assessment:bac-kan:2025-district:u1');
    expect(m.value).toEqual({ type: 'SelfAssessmentSubmitted', ...envelope, submittedAt: '2025-10-20T02:00:00.000Z' });
    expect(Object.values(m.headers ?? {})).toContain('bac-kan');
  });
  it('publishes a reopening with its reason, and evidence attached or detached with the hash', () => {
    expect(toAssessmentsContract(stored('SubmissionReopened', { reason: 'Bổ sung', submittedAt: 'x' }))!.value).toEqual({
      type: 'SelfAssessmentReopened',
      ...envelope,
      reason: 'Bổ sung',
    });
    const doc = { sha256: 'a'.repeat(64), size: 10, mediaType: 'application/pdf', fileName: 'bc.pdf' };
    expect(toAssessmentsContract(stored('EvidenceAttached', { subCriterionCode: '1.1.2', ...doc }))!.value).toEqual({
      type: 'EvidenceAttached',
      ...envelope,
      code: '1.1.2',
      ...doc,
    });
    expect(toAssessmentsContract(stored('EvidenceDetached', { subCriterionCode: '1.1.2', sha256: doc.sha256 }))!.value).toEqual({
      type: 'EvidenceDetached',
      ...envelope,
      code: '1.1.2',
      sha256: doc.sha256,
    });
  });
  it('keeps explanations internal (no contract)', () => {
    expect(toAssessmentsContract(stored('ItemExplanationWritten', { subCriterionCode: '1.1.2', explanation: 'x' }))).toBeNull();
  });
});
