import { deciderSpec } from '@par/kernel/testing';
import { assessmentDecider, type AssessmentEvent, type ScoringItemRef, type SelfAssessedItemRef } from '../index';

const item: ScoringItemRef = { code: '1.1.1', name: 'Ban hành kế hoạch CCHC', maxPoints: 2, method: 'appraised', step: 0.25 };
const ids = { cycleId: '2025', unitId: 'u1' };
const open = { now: '2025-10-15T03:00:00.000Z', deadline: '2025-10-31' };
const items: SelfAssessedItemRef[] = [
  { code: '1.1.1', evidenceRequired: false },
  { code: '1.1.2', evidenceRequired: true },
  { code: '2.1', evidenceRequired: false },
];
const given = deciderSpec(assessmentDecider);

const scored = (code: string, score = 1): AssessmentEvent => ({
  type: 'SelfScoreRecorded',
  data: { ...ids, subCriterionCode: code, score, previousScore: null, note: null },
});
const evidence = (code: string): AssessmentEvent => ({
  type: 'EvidenceAttached',
  data: { ...ids, subCriterionCode: code, sha256: 'a'.repeat(64), size: 10, mediaType: 'application/pdf', fileName: 'kh.pdf' },
});
const submitted: AssessmentEvent = { type: 'SelfAssessmentSubmitted', data: { ...ids, submittedAt: '2025-10-20T02:00:00.000Z' } };
const complete = [scored('1.1.1'), scored('1.1.2'), scored('2.1'), evidence('1.1.2')];
const submit = (window: { now: string; deadline: string | null } = open) => ({
  type: 'SubmitSelfAssessment' as const,
  data: { ...ids, window, items },
});
const selfScore = (window: { now: string; deadline: string | null } = open) => ({
  type: 'RecordSelfScore' as const,
  data: { ...ids, subCriterionCode: '1.1.1', score: 2, note: null, item, window },
});

describe('SubmitSelfAssessment', () => {
  it('submits a complete self-assessment at the injected moment', () =>
    given(complete)
      .when(submit())
      .then([{ type: 'SelfAssessmentSubmitted', data: { ...ids, submittedAt: open.now } }]));
  it('names every unscored item and every item lacking evidence or explanation', () =>
    given([scored('1.1.1')])
      .when(submit())
      .thenThrows({
        code: 'SELF_ASSESSMENT_INCOMPLETE',
        messageVi:
          'Chưa thể gửi kết quả tự đánh giá: chưa chấm điểm tiêu chí 1.1.2, 2.1; thiếu tài liệu kiểm chứng hoặc giải trình ở tiêu chí 1.1.2.',
        meta: { unscored: ['1.1.2', '2.1'], missingEvidence: ['1.1.2'] },
      }));
  it('requires evidence or a written explanation where the framework asks for evidence', () => {
    given([scored('1.1.1'), scored('1.1.2'), scored('2.1')])
      .when(submit())
      .thenThrows({ code: 'EVIDENCE_OR_EXPLANATION_REQUIRED', meta: { unscored: [], missingEvidence: ['1.1.2'] } });
    const explained: AssessmentEvent = {
      type: 'ItemExplanationWritten',
      data: { ...ids, subCriterionCode: '1.1.2', explanation: 'Văn bản đang trình ký, sẽ bổ sung' },
    };
    given([scored('1.1.1'), scored('1.1.2'), scored('2.1'), explained])
      .when(submit())
      .then([{ type: 'SelfAssessmentSubmitted', data: { ...ids, submittedAt: open.now } }]);
  });
  it('needs the evidence still attached: a detached document does not count', () =>
    given([...complete, { type: 'EvidenceDetached', data: { ...ids, subCriterionCode: '1.1.2', sha256: 'a'.repeat(64) } }])
      .when(submit())
      .thenThrows({ code: 'EVIDENCE_OR_EXPLANATION_REQUIRED' }));
  it('skips items declared not applicable', () =>
    given([
      scored('1.1.1'),
      scored('2.1'),
      { type: 'NotApplicableMarked', data: { ...ids, subCriterionCode: '1.1.2', reason: 'Không có TTHC' } },
    ])
      .when(submit())
      .then([{ type: 'SelfAssessmentSubmitted', data: { ...ids, submittedAt: open.now } }]));
  it('refuses a second submission', () =>
    given([...complete, submitted])
      .when(submit())
      .thenThrows({ code: 'SELF_ASSESSMENT_SUBMITTED' }));
  it('refuses after the deadline (the last day counts, in Vietnam time), with the date as dd/mm/yyyy', () => {
    given(complete)
      .when(submit({ now: '2025-10-31T16:59:59.000Z', deadline: '2025-10-31' }))
      .then([{ type: 'SelfAssessmentSubmitted', data: { ...ids, submittedAt: '2025-10-31T16:59:59.000Z' } }]);
    given(complete)
      .when(submit({ now: '2025-10-31T17:00:00.000Z', deadline: '2025-10-31' }))
      .thenThrows({ code: 'DEADLINE_PASSED', messageVi: 'Đã hết hạn tự đánh giá (hạn cuối: 31/10/2025).' });
  });
  it('has no deadline when the cycle has no phases', () =>
    given(complete)
      .when(submit({ now: '2031-01-01T00:00:00.000Z', deadline: null }))
      .then([{ type: 'SelfAssessmentSubmitted', data: { ...ids, submittedAt: '2031-01-01T00:00:00.000Z' } }]));
});

describe('the submission lock', () => {
  it('refuses a self score after submission', () =>
    given([...complete, submitted])
      .when(selfScore())
      .thenThrows({
        code: 'SELF_ASSESSMENT_SUBMITTED',
        messageVi: 'Đơn vị đã gửi kết quả tự đánh giá ngày 20/10/2025; không thể sửa điểm, số liệu, tài liệu kiểm chứng hoặc giải trình.',
      }));
  it('refuses a self score after the deadline', () =>
    given([])
      .when(selfScore({ now: '2025-11-01T01:00:00.000Z', deadline: '2025-10-31' }))
      .thenThrows({ code: 'DEADLINE_PASSED' }));
  it('still lets the appraisal record its scores after submission', () =>
    given([...complete, submitted])
      .when({
        type: 'RecordAppraisedScore',
        data: {
          ...ids,
          subCriterionCode: '1.1.1',
          score: 0.5,
          reason: 'Thiếu văn bản',
          item,
          appraiser: { id: 'a1', assigned: true, selfScoredUnit: false },
          clock: { now: '2025-11-05T01:00:00.000Z', phases: [] },
        },
      })
      .then([
        {
          type: 'AppraisedScoreRecorded',
          data: { ...ids, subCriterionCode: '1.1.1', score: 0.5, previousScore: null, selfScore: 1, reason: 'Thiếu văn bản' },
        },
      ]));
});

describe('ReopenSelfAssessment', () => {
  const reopen = (reason = 'Đơn vị xin bổ sung tài liệu') => ({ type: 'ReopenSelfAssessment' as const, data: { ...ids, reason } });
  it('unlocks a submission, keeping the reason and the submission it reopened', () =>
    given([...complete, submitted])
      .when(reopen())
      .then([
        {
          type: 'SubmissionReopened',
          data: { ...ids, reason: 'Đơn vị xin bổ sung tài liệu', submittedAt: submitted.data.submittedAt as string },
        },
      ]));
  it('lets the unit write again once reopened', () =>
    given([...complete, submitted, { type: 'SubmissionReopened', data: { ...ids, reason: 'x', submittedAt: '2025-10-20T02:00:00.000Z' } }])
      .when(selfScore())
      .then([{ type: 'SelfScoreRecorded', data: { ...ids, subCriterionCode: '1.1.1', score: 2, previousScore: 1, note: null } }]));
  it('requires a reason', () =>
    given([...complete, submitted])
      .when(reopen('  '))
      .thenThrows({ code: 'REASON_REQUIRED' }));
  it('refuses when nothing was submitted', () => given(complete).when(reopen()).thenThrows({ code: 'SELF_ASSESSMENT_NOT_SUBMITTED' }));
});
