import type { StoredEvent } from '@par/event-store';
import { provinceId } from '@par/kernel';
import { toAssessmentsContract } from './to-contract';

const stored = (type: string, data: Record<string, unknown>, streamId = 'assessment:bac-kan:2025-district:u1'): StoredEvent => ({
  id: 'e-9',
  streamId,
  streamVersion: 9,
  globalPosition: '50',
  type,
  schemaVersion: 1,
  data: { cycleId: '2025-district', ...data },
  province: provinceId('bac-kan'),
  actor: { id: 'a1', name: 'Lê Văn Cường', roles: ['appraiser'] },
  occurredAt: '2025-11-20T02:00:00.000Z',
  recordedAt: '2025-11-20T02:00:00.010Z',
  reason: null,
  correlationId: 'c',
  causationId: null,
  hash: 'h',
  prevHash: 'p',
});
const envelope = {
  version: 1,
  eventId: 'e-9',
  province: 'bac-kan',
  cycleId: '2025-district',
  actor: { id: 'a1', name: 'Lê Văn Cường', roles: ['appraiser'] },
  occurredAt: '2025-11-20T02:00:00.000Z',
  streamVersion: 9,
};

describe('appraisal-round events on par.assessments.v1', () => {
  it('publishes AppraisersAssignedV1 keyed by the assignment stream', () => {
    const m = toAssessmentsContract(
      stored(
        'AppraisersAssigned',
        { unitIds: ['u1', 'u2'], appraiserIds: ['a1'], teamName: 'Tổ 1' },
        'appraisal-assignments:bac-kan:2025-district',
      ),
    )!;
    expect(m.key).toBe('appraisal-assignments:bac-kan:2025-district');
    expect(m.value).toEqual({ type: 'AppraisersAssigned', ...envelope, unitIds: ['u1', 'u2'], appraiserIds: ['a1'], teamName: 'Tổ 1' });
  });
  it('publishes AppraisalFinalizedV1 and the explanation messages without the explanation text', () => {
    expect(toAssessmentsContract(stored('AppraisalFinalized', { unitId: 'u1', finalizedAt: '2025-11-20T02:00:00.000Z' }))!.value).toEqual({
      type: 'AppraisalFinalized',
      ...envelope,
      unitId: 'u1',
      finalizedAt: '2025-11-20T02:00:00.000Z',
    });
    const explained = toAssessmentsContract(
      stored('ExplanationSubmitted', {
        unitId: 'u1',
        code: '1.1',
        text: 'Nội dung',
        evidenceSha256s: [],
        submittedAt: '2025-11-18T02:00:00.000Z',
      }),
    )!.value;
    expect(explained).toEqual({
      type: 'ExplanationSubmitted',
      ...envelope,
      unitId: 'u1',
      code: '1.1',
      evidenceSha256s: [],
      submittedAt: '2025-11-18T02:00:00.000Z',
    });
    expect(JSON.stringify(explained)).not.toContain('Nội dung');
    const decided = {
      unitId: 'u1',
      code: '1.1',
      outcome: 'changed',
      reason: 'Đủ tài liệu',
      subCriterionCode: '1.1.2',
      score: 4,
      previousScore: 3,
      decidedAt: '2025-11-20T02:00:00.000Z',
    };
    expect(toAssessmentsContract(stored('ExplanationDecided', decided))!.value).toEqual({
      type: 'ExplanationDecided',
      ...envelope,
      unitId: 'u1',
      code: '1.1',
      outcome: 'changed',
      subCriterionCode: '1.1.2',
      score: 4,
      decidedAt: '2025-11-20T02:00:00.000Z',
    });
  });
});
