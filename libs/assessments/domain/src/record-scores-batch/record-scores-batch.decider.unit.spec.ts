import { deciderSpec } from '@par/kernel/testing';
import { assessmentDecider, MAX_BATCH_ITEMS, type AssessmentEvent, type ScoringItemRef } from '../index';

const item = (code: string): ScoringItemRef => ({ code, name: `Tiêu chí ${code}`, maxPoints: 2, method: 'appraised', step: 0.25 });
const surveyItem: ScoringItemRef = { code: '2.1', name: 'Đánh giá của cán bộ', maxPoints: 1, method: 'survey' };
const unit = { cycleId: '2025', unitId: 'u1' };
const window = { now: '2025-10-15T03:00:00.000Z', deadline: null };
const given = deciderSpec(assessmentDecider);
const selfItem = (code: string, score: number, note: string | null = null) => ({
  subCriterionCode: code,
  score,
  figures: null,
  note,
  item: code === '2.1' ? surveyItem : item(code),
});
const selfRecorded = (code: string, score: number, previousScore: number | null = null, note: string | null = null): AssessmentEvent => ({
  type: 'SelfScoreRecorded',
  data: { ...unit, subCriterionCode: code, score, previousScore, note },
});
const submitted: AssessmentEvent = {
  type: 'SelfAssessmentSubmitted',
  data: { ...unit, submittedAt: '2025-11-01T02:00:00.000Z' },
};
const appraisal = {
  appraiser: { id: 'a1', assigned: true, selfScoredUnit: false },
  clock: { now: '2025-11-10T02:00:00.000Z', phases: [] },
};

describe('RecordSelfScores (batch)', () => {
  it('records every item in one decision, each with its previous value', () =>
    given([selfRecorded('1.1', 1)])
      .when({ type: 'RecordSelfScores', data: { ...unit, window, items: [selfItem('1.1', 1.5, 'Có kế hoạch'), selfItem('1.2', 2)] } })
      .then([selfRecorded('1.1', 1.5, 1, 'Có kế hoạch'), selfRecorded('1.2', 2)]));
  it('skips items that change nothing', () =>
    given([selfRecorded('1.1', 1)])
      .when({ type: 'RecordSelfScores', data: { ...unit, window, items: [selfItem('1.1', 1), selfItem('1.2', 0.5)] } })
      .then([selfRecorded('1.2', 0.5)]));
  it('fails as a whole with SCORES_INVALID listing every bad item with its own code and Vietnamese message', () =>
    given([])
      .when({
        type: 'RecordSelfScores',
        data: { ...unit, window, items: [selfItem('1.1', 2.5), selfItem('1.2', 1), selfItem('1.3', 0.3), selfItem('2.1', 1)] },
      })
      .thenThrows({
        code: 'SCORES_INVALID',
        messageVi: 'Có 3 tiêu chí không hợp lệ; chưa lưu điểm nào.',
        meta: {
          items: [
            expect.objectContaining({
              subCriterionCode: '1.1',
              code: 'SCORE_ABOVE_MAX',
              messageVi: 'Điểm 2,5 vượt quá điểm tối đa 2 của tiêu chí 1.1.',
            }),
            expect.objectContaining({ subCriterionCode: '1.3', code: 'SCORE_STEP' }),
            expect.objectContaining({ subCriterionCode: '2.1', code: 'NOT_SELF_ASSESSED' }),
          ],
        },
      }));
  it('refuses a batch after submission (the lock applies to every item)', () =>
    given([submitted])
      .when({ type: 'RecordSelfScores', data: { ...unit, window, items: [selfItem('1.1', 1)] } })
      .thenThrows({ code: 'SCORES_INVALID', meta: { items: [expect.objectContaining({ subCriterionCode: '1.1' })] } }));
  it('refuses an empty batch and one over the bound', () => {
    given([])
      .when({ type: 'RecordSelfScores', data: { ...unit, window, items: [] } })
      .thenThrows({ code: 'BATCH_SIZE_INVALID' });
    const many = Array.from({ length: MAX_BATCH_ITEMS + 1 }, (_, i) => selfItem(`9.${i}`, 1));
    given([])
      .when({ type: 'RecordSelfScores', data: { ...unit, window, items: many } })
      .thenThrows({ code: 'BATCH_SIZE_INVALID' });
  });
  it('refuses the same sub-criterion twice in one batch', () =>
    given([])
      .when({ type: 'RecordSelfScores', data: { ...unit, window, items: [selfItem('1.1', 1), selfItem('1.1', 2)] } })
      .thenThrows({ code: 'BATCH_DUPLICATE_ITEM' }));
});

describe('RecordAppraisedScores (batch)', () => {
  const appraised = (code: string, score: number, reason: string | null) => ({ subCriterionCode: code, score, reason, item: item(code) });
  it('recognises and adjusts several items at once', () =>
    given([selfRecorded('1.1', 1), selfRecorded('1.2', 2), submitted])
      .when({
        type: 'RecordAppraisedScores',
        data: { ...unit, ...appraisal, items: [appraised('1.1', 1, null), appraised('1.2', 1.5, 'Thiếu tài liệu kiểm chứng')] },
      })
      .then([
        {
          type: 'AppraisedScoreRecorded',
          data: { ...unit, subCriterionCode: '1.1', score: 1, previousScore: null, selfScore: 1, reason: '' },
        },
        {
          type: 'AppraisedScoreRecorded',
          data: { ...unit, subCriterionCode: '1.2', score: 1.5, previousScore: null, selfScore: 2, reason: 'Thiếu tài liệu kiểm chứng' },
        },
      ]));
  it('lists each item whose changed score has no reason, and records nothing', () =>
    given([selfRecorded('1.1', 1), selfRecorded('1.2', 2), submitted])
      .when({
        type: 'RecordAppraisedScores',
        data: { ...unit, ...appraisal, items: [appraised('1.1', 0.5, ' '), appraised('1.2', 1.5, null), appraised('1.3', 3, 'x')] },
      })
      .thenThrows({
        code: 'SCORES_INVALID',
        meta: {
          items: [
            expect.objectContaining({ subCriterionCode: '1.1', code: 'REASON_REQUIRED' }),
            expect.objectContaining({ subCriterionCode: '1.2', code: 'REASON_REQUIRED' }),
            expect.objectContaining({ subCriterionCode: '1.3', code: 'SCORE_ABOVE_MAX' }),
          ],
        },
      }));
});
