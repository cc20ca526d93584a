import { deciderSpec } from '@par/kernel/testing';
import { assessmentDecider, type AssessmentEvent, type ScoringItemRef } from '../index';

const ids = { cycleId: '2025', unitId: 'u1', subCriterionCode: '3.2' };
const window = { now: '2025-10-15T03:00:00.000Z', deadline: null };
const online: ScoringItemRef = {
  code: '3.2',
  name: 'Tỷ lệ TTHC thanh toán trực tuyến',
  maxPoints: 1,
  method: 'appraised',
  rule: { type: 'ratio', unitLabel: 'thủ tục' },
  decimals: 2,
};
const growth: ScoringItemRef = {
  code: '3.2',
  name: 'Tăng trưởng hồ sơ trực tuyến',
  maxPoints: 1,
  method: 'appraised',
  rule: {
    type: 'bands',
    on: 'growth',
    bands: [
      { min: 10, points: 1 },
      { min: 0, points: 0.5 },
    ],
  },
};
const manual: ScoringItemRef = { code: '3.2', name: 'Kế hoạch', maxPoints: 1, method: 'appraised', rule: { type: 'manual', step: 0.25 } };
const given = deciderSpec(assessmentDecider);
const record = (item: ScoringItemRef, score: number | null, figures: Record<string, number | boolean> | null) => ({
  type: 'RecordSelfScore' as const,
  data: { ...ids, score, figures, note: null, item, window },
});

describe('RecordSelfScore with raw figures', () => {
  it("computes the points with the framework's rule: 49 of 51 procedures paid online", () =>
    given([])
      .when(record(online, null, { numerator: 49, denominator: 51 }))
      .then([
        {
          type: 'SelfScoreRecorded',
          data: {
            ...ids,
            score: 49 / 51,
            previousScore: null,
            note: null,
            figures: { numerator: 49, denominator: 51 },
            ruleExplanation: '49/51 thủ tục → 0,96/1 điểm',
          },
        },
      ]));
  it('computes growth bands from this and last period', () =>
    given([])
      .when(record(growth, null, { current: 115, previous: 100 }))
      .then([
        {
          type: 'SelfScoreRecorded',
          data: {
            ...ids,
            score: 1,
            previousScore: null,
            note: null,
            figures: { current: 115, previous: 100 },
            ruleExplanation: 'Tăng trưởng 15% (115 so với 100 kỳ trước) → 1/1 điểm',
          },
        },
      ]));
  it('records nothing when the same figures come again, and a new score when they change', () => {
    const first: AssessmentEvent = {
      type: 'SelfScoreRecorded',
      data: { ...ids, score: 49 / 51, previousScore: null, note: null, figures: { numerator: 49, denominator: 51 }, ruleExplanation: 'x' },
    };
    given([first])
      .when(record(online, null, { numerator: 49, denominator: 51 }))
      .then([]);
    given([first])
      .when(record(online, null, { numerator: 51, denominator: 51 }))
      .then([
        {
          type: 'SelfScoreRecorded',
          data: {
            ...ids,
            score: 1,
            previousScore: 49 / 51,
            note: null,
            figures: { numerator: 51, denominator: 51 },
            ruleExplanation: '51/51 thủ tục → 1/1 điểm',
          },
        },
      ]);
  });
  it('refuses figures that do not fit the rule, with the rule message', () =>
    given([])
      .when(record(online, null, { numerator: 49 }))
      .thenThrows({ code: 'FIGURES_INVALID', messageVi: 'Số liệu của tiêu chí 3.2 không hợp lệ: Thiếu tử số hoặc mẫu số.' }));
  it('refuses figures for an item scored directly', () =>
    given([])
      .when(record(manual, null, { numerator: 1, denominator: 2 }))
      .thenThrows({ code: 'FIGURES_NOT_APPLICABLE' }));
  it('refuses both a score and figures, and neither', () => {
    given([])
      .when(record(online, 0.5, { numerator: 1, denominator: 2 }))
      .thenThrows({ code: 'VALUE_AND_FIGURES' });
    given([])
      .when(record(online, null, null))
      .thenThrows({ code: 'SCORE_OR_FIGURES_REQUIRED' });
  });
  it('refuses figures for a survey-measured item', () =>
    given([])
      .when(record({ ...online, method: 'survey' }, null, { numerator: 1, denominator: 2 }))
      .thenThrows({ code: 'NOT_SELF_ASSESSED' }));
});
