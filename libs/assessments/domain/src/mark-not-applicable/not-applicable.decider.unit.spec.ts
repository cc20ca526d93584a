import { deciderSpec } from '@par/kernel/testing';
import { assessmentDecider, evolveAssessment, initialAssessmentState, type ApplicabilityRef, type AssessmentEvent } from '../index';

const conditional: ApplicabilityRef = {
  code: '2.1.1',
  name: 'Công khai TTHC',
  mode: 'conditional',
  condition: 'Đơn vị có thủ tục hành chính',
};
const always: ApplicabilityRef = { code: '1.1.1', name: 'Ban hành kế hoạch CCHC', mode: 'always' };
const base = { cycleId: '2025', unitId: 'u1', subCriterionCode: '2.1.1' };
const reason = 'Đơn vị không có thủ tục hành chính';
const given = deciderSpec(assessmentDecider);
const marked = (r = reason): AssessmentEvent => ({ type: 'NotApplicableMarked', data: { ...base, reason: r } });

describe('MarkNotApplicable', () => {
  it('declares a conditional node not applicable, with the reason', () =>
    given([])
      .when({ type: 'MarkNotApplicable', data: { ...base, reason: `  ${reason} `, node: conditional } })
      .then([marked()]));
  it('refuses a node the framework applies to every unit', () =>
    given([])
      .when({ type: 'MarkNotApplicable', data: { ...base, subCriterionCode: '1.1.1', reason, node: always } })
      .thenThrows({
        code: 'NOT_APPLICABLE_NOT_ALLOWED',
        messageVi: 'Tiêu chí "1.1.1" áp dụng cho mọi đơn vị, không thể khai báo "không áp dụng".',
      }));
  it('requires a reason', () =>
    given([])
      .when({ type: 'MarkNotApplicable', data: { ...base, reason: '   ', node: conditional } })
      .thenThrows({ code: 'REASON_REQUIRED', messageVi: 'Phải ghi rõ lý do khi khai báo tiêu chí không áp dụng.' }));
  it('refuses a code that is not a scored node of the framework', () =>
    given([])
      .when({ type: 'MarkNotApplicable', data: { ...base, subCriterionCode: '9.9', reason, node: undefined } })
      .thenThrows({ code: 'UNKNOWN_SUB_CRITERION' }));
  it('records nothing for the same declaration again, but a new reason', () => {
    given([marked()])
      .when({ type: 'MarkNotApplicable', data: { ...base, reason, node: conditional } })
      .then([]);
    given([marked()])
      .when({ type: 'MarkNotApplicable', data: { ...base, reason: 'Không phát sinh TTHC trong năm', node: conditional } })
      .then([marked('Không phát sinh TTHC trong năm')]);
  });
});

describe('ClearNotApplicable', () => {
  it('withdraws a declaration', () =>
    given([marked()])
      .when({ type: 'ClearNotApplicable', data: { ...base, reason: 'Đơn vị có TTHC từ tháng 6', node: conditional } })
      .then([{ type: 'NotApplicableCleared', data: { ...base, reason: 'Đơn vị có TTHC từ tháng 6' } }]));
  it('records nothing when the node was not declared not applicable', () =>
    given([])
      .when({ type: 'ClearNotApplicable', data: { ...base, reason: null, node: conditional } })
      .then([]));
  it('refuses an unknown code', () =>
    given([marked()])
      .when({ type: 'ClearNotApplicable', data: { ...base, subCriterionCode: '9.9', reason: null, node: undefined } })
      .thenThrows({ code: 'UNKNOWN_SUB_CRITERION' }));
});

describe('evolveAssessment with not-applicable declarations', () => {
  it('keeps the reason per code, drops it when cleared, and keeps the scores', () => {
    const events: AssessmentEvent[] = [
      { type: 'SelfScoreRecorded', data: { ...base, score: 1, previousScore: null, note: null } },
      marked(),
    ];
    const state = events.reduce(evolveAssessment, initialAssessmentState());
    expect(state.notApplicable).toEqual({ '2.1.1': reason });
    expect(state.scores['2.1.1']?.self).toBe(1);
    const cleared = evolveAssessment(state, { type: 'NotApplicableCleared', data: { ...base, reason: null } });
    expect(cleared.notApplicable).toEqual({});
    expect(cleared.scores['2.1.1']?.self).toBe(1);
  });
});
