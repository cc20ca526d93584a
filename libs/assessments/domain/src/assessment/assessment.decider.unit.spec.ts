import { deciderSpec } from '@par/kernel/testing';
import { assessmentDecider, type AssessmentEvent, type ScoringItemRef } from '../index';

const item: ScoringItemRef = { code: '1.1.1', name: 'Ban hành kế hoạch CCHC', maxPoints: 2, method: 'appraised', step: 0.25 };
const surveyItem: ScoringItemRef = { code: '2.1', name: 'Đánh giá của cán bộ', maxPoints: 1, method: 'survey' };
const base = { cycleId: '2025', unitId: 'u1', subCriterionCode: '1.1.1' };
const window = { now: '2025-10-15T03:00:00.000Z', deadline: null };
const given = deciderSpec(assessmentDecider);
const submitted: AssessmentEvent = {
  type: 'SelfAssessmentSubmitted',
  data: { cycleId: '2025', unitId: 'u1', submittedAt: '2025-11-01T02:00:00.000Z' },
};
const appraisal = {
  appraiser: { id: 'a1', assigned: true, selfScoredUnit: false },
  clock: { now: '2025-11-10T02:00:00.000Z', phases: [] },
};

const selfRecorded = (score: number, previousScore: number | null = null): AssessmentEvent => ({
  type: 'SelfScoreRecorded',
  data: { ...base, score, previousScore, note: null },
});

describe('RecordSelfScore', () => {
  it('records a first self score', () =>
    given([])
      .when({ type: 'RecordSelfScore', data: { ...base, score: 1.5, note: 'Có kế hoạch', item, window } })
      .then([{ type: 'SelfScoreRecorded', data: { ...base, score: 1.5, previousScore: null, note: 'Có kế hoạch' } }]));
  it('carries the previous value when changed', () =>
    given([selfRecorded(1.5)])
      .when({ type: 'RecordSelfScore', data: { ...base, score: 2, note: null, item, window } })
      .then([selfRecorded(2, 1.5)]));
  it('records nothing when the same score is sent again', () =>
    given([selfRecorded(1.5)])
      .when({ type: 'RecordSelfScore', data: { ...base, score: 1.5, note: null, item, window } })
      .then([]));
  it('rejects a score above max with a Vietnamese message', () =>
    given([])
      .when({ type: 'RecordSelfScore', data: { ...base, score: 2.5, note: null, item, window } })
      .thenThrows({ code: 'SCORE_ABOVE_MAX', messageVi: 'Điểm 2,5 vượt quá điểm tối đa 2 của tiêu chí 1.1.1.' }));
  it('rejects a negative score', () =>
    given([])
      .when({ type: 'RecordSelfScore', data: { ...base, score: -0.25, note: null, item, window } })
      .thenThrows({ code: 'SCORE_NEGATIVE' }));
  it('rejects a score off the framework step', () =>
    given([])
      .when({ type: 'RecordSelfScore', data: { ...base, score: 0.3, note: null, item, window } })
      .thenThrows({ code: 'SCORE_STEP' }));
  it('refuses 0.2500001 on a 0.25 step, as the scoring engine does (no looser tolerance on the write side)', () =>
    given([])
      .when({ type: 'RecordSelfScore', data: { ...base, score: 0.2500001, note: null, item, window } })
      .thenThrows({
        code: 'SCORE_STEP',
        messageVi: 'Điểm của tiêu chí 1.1.1 phải là bội số của 0,25 (đã nhập 0,2500001).',
      }));
  it('rejects an unknown sub-criterion', () =>
    given([])
      .when({ type: 'RecordSelfScore', data: { ...base, subCriterionCode: '9.9', score: 1, note: null, item: undefined, window } })
      .thenThrows({ code: 'UNKNOWN_SUB_CRITERION' }));
  it('rejects self-scoring a survey-measured criterion', () =>
    given([])
      .when({ type: 'RecordSelfScore', data: { ...base, subCriterionCode: '2.1', score: 1, note: null, item: surveyItem, window } })
      .thenThrows({
        code: 'NOT_SELF_ASSESSED',
        messageVi: 'Tiêu chí 2.1 được đo bằng điều tra XHH, đơn vị không tự chấm điểm.',
      }));
});

describe('RecordAppraisedScore', () => {
  it('can raise a self score, keeping both values', () =>
    given([selfRecorded(1.5), submitted])
      .when({ type: 'RecordAppraisedScore', data: { ...base, score: 2, reason: 'Có đủ tài liệu kiểm chứng', item, ...appraisal } })
      .then([
        {
          type: 'AppraisedScoreRecorded',
          data: { ...base, score: 2, previousScore: null, selfScore: 1.5, reason: 'Có đủ tài liệu kiểm chứng' },
        },
      ]));
  it('requires a reason when the appraised score differs from the self score', () =>
    given([selfRecorded(1.5), submitted])
      .when({ type: 'RecordAppraisedScore', data: { ...base, score: 1, reason: '  ', item, ...appraisal } })
      .thenThrows({ code: 'REASON_REQUIRED' }));
  it('records a new reason for the same score, but not the same decision twice', () => {
    const appraised: AssessmentEvent = {
      type: 'AppraisedScoreRecorded',
      data: { ...base, score: 2, previousScore: null, selfScore: 1.5, reason: 'Đủ tài liệu' },
    };
    given([selfRecorded(1.5), submitted, appraised])
      .when({ type: 'RecordAppraisedScore', data: { ...base, score: 2, reason: 'Đủ tài liệu', item, ...appraisal } })
      .then([]);
    given([selfRecorded(1.5), submitted, appraised])
      .when({ type: 'RecordAppraisedScore', data: { ...base, score: 2, reason: 'Đủ tài liệu; đã giải trình bổ sung', item, ...appraisal } })
      .then([
        {
          type: 'AppraisedScoreRecorded',
          data: { ...base, score: 2, previousScore: 2, selfScore: 1.5, reason: 'Đủ tài liệu; đã giải trình bổ sung' },
        },
      ]);
  });
  it('rejects above max', () =>
    given([submitted])
      .when({ type: 'RecordAppraisedScore', data: { ...base, score: 3, reason: 'x', item, ...appraisal } })
      .thenThrows({ code: 'SCORE_ABOVE_MAX' }));
  it('refuses an appraised score off the step too', () =>
    given([selfRecorded(0.25), submitted])
      .when({ type: 'RecordAppraisedScore', data: { ...base, score: 0.2500001, reason: 'Điều chỉnh', item, ...appraisal } })
      .thenThrows({ code: 'SCORE_STEP' }));
});
