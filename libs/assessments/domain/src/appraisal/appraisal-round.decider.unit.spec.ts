import { deciderSpec } from '@par/kernel/testing';
import {
  appraisalAssignmentsDecider,
  assessmentDecider,
  isAssignedTo,
  unitsAssignedTo,
  type AppraiserRef,
  type AssessmentEvent,
  type ExplainedNode,
  type PhaseClock,
  type ScoringItemRef,
} from '../index';

const i111: ScoringItemRef = { code: '1.1.1', name: 'Kế hoạch CCHC', maxPoints: 2, method: 'appraised', step: 0.25 };
const i112: ScoringItemRef = { code: '1.1.2', name: 'Mức độ thực hiện kế hoạch', maxPoints: 4, method: 'appraised', step: 0.25 };
const survey: ScoringItemRef = { code: '2.1', name: 'Đánh giá của cán bộ', maxPoints: 1, method: 'survey' };
const sipas: ScoringItemRef = { code: '2.2', name: 'Hài lòng', maxPoints: 1, method: 'satisfaction' };
const c11: ExplainedNode = { code: '1.1', items: [i111, i112] };
const n111: ExplainedNode = { code: '1.1.1', items: [i111] };
const ids = { cycleId: '2025', unitId: 'u1' };
const given = deciderSpec(assessmentDecider);

const assigned: AppraiserRef = { id: 'a1', assigned: true, selfScoredUnit: false };
const notAssigned: AppraiserRef = { id: 'a2', assigned: false, selfScoredUnit: false };
const selfScorer: AppraiserRef = { id: 'admin', assigned: true, selfScoredUnit: true };
const noSchedule: PhaseClock = { now: '2025-11-10T02:00:00.000Z', phases: [] };
const schedule = [
  { phase: 'SELF_ASSESSMENT', startDate: '2025-10-01', deadline: '2025-10-31' },
  { phase: 'APPRAISAL', startDate: '2025-11-01', deadline: '2025-11-15' },
  { phase: 'EXPLANATION', startDate: '2025-11-16', deadline: '2025-11-20' },
  { phase: 'FINAL_APPRAISAL', startDate: '2025-11-21', deadline: '2025-11-30' },
];
const at = (now: string): PhaseClock => ({ now, phases: schedule });

const self = (code: string, score: number): AssessmentEvent => ({
  type: 'SelfScoreRecorded',
  data: { ...ids, subCriterionCode: code, score, previousScore: null, note: null },
});
const submitted: AssessmentEvent = { type: 'SelfAssessmentSubmitted', data: { ...ids, submittedAt: '2025-10-30T03:00:00.000Z' } };
const appraised = (code: string, score: number, selfScore: number, previousScore: number | null = null): AssessmentEvent => ({
  type: 'AppraisedScoreRecorded',
  data: { ...ids, subCriterionCode: code, score, previousScore, selfScore, reason: 'Thiếu tài liệu' },
});
const explained = (code = '1.1'): AssessmentEvent => ({
  type: 'ExplanationSubmitted',
  data: { ...ids, code, text: 'Đã bổ sung báo cáo quý IV', evidenceSha256s: ['a'.repeat(64)], submittedAt: '2025-11-17T02:00:00.000Z' },
});
const appraise = (
  score: number,
  reason: string | null,
  over: Partial<{ appraiser: AppraiserRef; clock: PhaseClock; item: ScoringItemRef }> = {},
) => ({
  type: 'RecordAppraisedScore' as const,
  data: {
    ...ids,
    subCriterionCode: over.item?.code ?? '1.1.1',
    score,
    reason,
    item: i111,
    appraiser: assigned,
    clock: noSchedule,
    ...over,
  },
});
const appraisedBase = [self('1.1.1', 2), self('1.1.2', 4), submitted];

describe('RecordAppraisedScore: who, when, which items', () => {
  it('refuses an appraiser the unit is not assigned to (NOT_ASSIGNED), before anything else', () =>
    given([])
      .when(appraise(1, 'x', { appraiser: notAssigned }))
      .thenThrows({ code: 'NOT_ASSIGNED', messageVi: 'Bạn chưa được phân công thẩm định đơn vị "u1".' }));
  it('refuses an appraiser who self-scored the unit (SEPARATION_OF_DUTIES)', () =>
    given(appraisedBase)
      .when(appraise(1, 'x', { appraiser: selfScorer }))
      .thenThrows({ code: 'SEPARATION_OF_DUTIES' }));
  it('refuses before the unit submitted (NOT_SUBMITTED)', () =>
    given([self('1.1.1', 2)])
      .when(appraise(2, null))
      .thenThrows({ code: 'NOT_SUBMITTED', messageVi: 'Đơn vị "u1" chưa nộp kết quả tự đánh giá; chưa thể thẩm định.' }));
  it('recognises the self score without a reason (the reason is optional when the score is the same)', () =>
    given(appraisedBase)
      .when(appraise(2, null))
      .then([
        {
          type: 'AppraisedScoreRecorded',
          data: { ...ids, subCriterionCode: '1.1.1', score: 2, previousScore: null, selfScore: 2, reason: '' },
        },
      ]));
  it('requires a reason when the score differs from the self score', () =>
    given(appraisedBase)
      .when(appraise(1.5, ' '))
      .thenThrows({ code: 'REASON_REQUIRED', messageVi: 'Phải ghi rõ lý do khi điểm thẩm định khác điểm tự đánh giá.' }));
  it('refuses a survey or SIPAS item (NOT_APPRAISED_BY_HAND)', () => {
    given(appraisedBase)
      .when(appraise(1, 'x', { item: survey }))
      .thenThrows({ code: 'NOT_APPRAISED_BY_HAND', messageVi: 'Tiêu chí 2.1 được đo bằng điều tra XHH, không thẩm định điểm thủ công.' });
    given(appraisedBase)
      .when(appraise(1, 'x', { item: sipas }))
      .thenThrows({ code: 'NOT_APPRAISED_BY_HAND' });
  });
  it('enforces the APPRAISAL phase dates in Vietnam time', () => {
    given(appraisedBase)
      .when(appraise(2, null, { clock: at('2025-10-31T10:00:00.000Z') }))
      .thenThrows({ code: 'APPRAISAL_NOT_OPEN' });
    // 15/11 23:30 in Hà Nội is still the deadline day
    given(appraisedBase)
      .when(appraise(2, null, { clock: at('2025-11-15T16:30:00.000Z') }))
      .then([
        {
          type: 'AppraisedScoreRecorded',
          data: { ...ids, subCriterionCode: '1.1.1', score: 2, previousScore: null, selfScore: 2, reason: '' },
        },
      ]);
    given(appraisedBase)
      .when(appraise(2, null, { clock: at('2025-11-15T17:30:00.000Z') }))
      .thenThrows({ code: 'APPRAISAL_DEADLINE_PASSED', messageVi: 'Đã hết hạn giai đoạn thẩm định (hạn cuối ngày 15/11/2025).' });
  });
  it('refuses after the appraisal is finalized (APPRAISAL_FINALIZED)', () =>
    given([...appraisedBase, { type: 'AppraisalFinalized', data: { ...ids, finalizedAt: '2025-11-25T03:00:00.000Z' } }])
      .when(appraise(2, null))
      .thenThrows({ code: 'APPRAISAL_FINALIZED' }));
});

describe('SubmitExplanation', () => {
  const explain = (
    over: Partial<{ code: string; text: string; evidenceSha256s: string[]; node: ExplainedNode | undefined; clock: PhaseClock }> = {},
  ) => ({
    type: 'SubmitExplanation' as const,
    data: {
      ...ids,
      code: '1.1',
      text: ' Đã bổ sung báo cáo quý IV ',
      evidenceSha256s: ['a'.repeat(64), 'a'.repeat(64)],
      node: c11,
      clock: at('2025-11-17T02:00:00.000Z'),
      ...over,
    },
  });
  const preliminary = [...appraisedBase, appraised('1.1.2', 3, 4)];
  it('records the answer on a criterion, text trimmed, evidence deduplicated', () =>
    given(preliminary).when(explain()).then([explained()]));
  it('refuses after the EXPLANATION deadline (EXPLANATION_DEADLINE_PASSED) and before its start', () => {
    given(preliminary)
      .when(explain({ clock: at('2025-11-20T18:00:00.000Z') }))
      .thenThrows({ code: 'EXPLANATION_DEADLINE_PASSED', messageVi: 'Đã hết hạn giai đoạn giải trình (hạn cuối ngày 20/11/2025).' });
    given(preliminary)
      .when(explain({ clock: at('2025-11-14T02:00:00.000Z') }))
      .thenThrows({ code: 'EXPLANATION_NOT_OPEN' });
  });
  it('needs a preliminary result under the node, a text, well-formed evidence hashes and a known node', () => {
    given(appraisedBase).when(explain()).thenThrows({ code: 'NOTHING_TO_EXPLAIN' });
    given(preliminary)
      .when(explain({ text: '   ' }))
      .thenThrows({ code: 'EXPLANATION_TEXT_REQUIRED' });
    given(preliminary)
      .when(explain({ text: 'x'.repeat(10001) }))
      .thenThrows({ code: 'TEXT_TOO_LONG' });
    given(preliminary)
      .when(explain({ evidenceSha256s: ['ABC'] }))
      .thenThrows({ code: 'EVIDENCE_HASH_INVALID' });
    given(preliminary)
      .when(explain({ evidenceSha256s: Array.from({ length: 21 }, (_, k) => k.toString(16).padStart(64, '0')) }))
      .thenThrows({ code: 'TOO_MANY_EVIDENCE' });
    given(preliminary)
      .when(explain({ code: '9.9', node: undefined }))
      .thenThrows({ code: 'UNKNOWN_SUB_CRITERION' });
  });
});

describe('DecideExplanation', () => {
  const decide = (
    outcome: 'kept' | 'changed',
    over: Partial<{
      score: number | null;
      subCriterionCode: string | null;
      reason: string;
      appraiser: AppraiserRef;
      node: ExplainedNode;
      clock: PhaseClock;
    }> = {},
  ) => ({
    type: 'DecideExplanation' as const,
    data: {
      ...ids,
      code: '1.1',
      outcome,
      score: null,
      subCriterionCode: null,
      reason: 'Tài liệu bổ sung hợp lệ',
      node: c11,
      appraiser: assigned,
      clock: at('2025-11-22T02:00:00.000Z'),
      ...over,
    },
  });
  const open = [...appraisedBase, appraised('1.1.2', 3, 4), explained()];
  const decidedData = { ...ids, code: '1.1', reason: 'Tài liệu bổ sung hợp lệ', decidedAt: '2025-11-22T02:00:00.000Z' };
  it('keeps the result with a reason', () =>
    given(open)
      .when(decide('kept'))
      .then([
        { type: 'ExplanationDecided', data: { ...decidedData, outcome: 'kept', subCriterionCode: null, score: null, previousScore: null } },
      ]));
  it('changes a sub-criterion score and records the appraised score too', () =>
    given(open)
      .when(decide('changed', { score: 4, subCriterionCode: '1.1.2' }))
      .then([
        { type: 'ExplanationDecided', data: { ...decidedData, outcome: 'changed', subCriterionCode: '1.1.2', score: 4, previousScore: 3 } },
        {
          type: 'AppraisedScoreRecorded',
          data: { ...ids, subCriterionCode: '1.1.2', score: 4, previousScore: 3, selfScore: 4, reason: 'Tài liệu bổ sung hợp lệ' },
        },
      ]));
  it('asks which sub-criterion when the criterion has several, and takes the only one of a sub-criterion', () => {
    given(open)
      .when(decide('changed', { score: 4 }))
      .thenThrows({ code: 'SUB_CRITERION_REQUIRED' });
    const onItem = [...appraisedBase, appraised('1.1.1', 1.5, 2), explained('1.1.1')];
    given(onItem)
      .when(decide('changed', { score: 2, node: n111 }))
      .then([
        {
          type: 'ExplanationDecided',
          data: { ...decidedData, code: '1.1.1', outcome: 'changed', subCriterionCode: '1.1.1', score: 2, previousScore: 1.5 },
        },
        {
          type: 'AppraisedScoreRecorded',
          data: { ...ids, subCriterionCode: '1.1.1', score: 2, previousScore: 1.5, selfScore: 2, reason: 'Tài liệu bổ sung hợp lệ' },
        },
      ]);
  });
  it('refuses without an open explanation, a reason, a score for a change, or with the current score', () => {
    given([...appraisedBase, appraised('1.1.2', 3, 4)])
      .when(decide('kept'))
      .thenThrows({ code: 'NO_OPEN_EXPLANATION' });
    given(open)
      .when(decide('kept', { reason: ' ' }))
      .thenThrows({ code: 'REASON_REQUIRED' });
    given(open)
      .when(decide('changed', { subCriterionCode: '1.1.2' }))
      .thenThrows({ code: 'SCORE_REQUIRED' });
    given(open)
      .when(decide('changed', { score: 3, subCriterionCode: '1.1.2' }))
      .thenThrows({ code: 'SCORE_UNCHANGED' });
    given(open)
      .when(decide('kept', { score: 3 }))
      .thenThrows({ code: 'SCORE_NOT_EXPECTED' });
    given(open)
      .when(decide('changed', { score: 5, subCriterionCode: '1.1.2' }))
      .thenThrows({ code: 'SCORE_ABOVE_MAX' });
  });
  it('only by an assigned appraiser, and not after the FINAL_APPRAISAL deadline', () => {
    given(open)
      .when(decide('kept', { appraiser: notAssigned }))
      .thenThrows({ code: 'NOT_ASSIGNED' });
    given(open)
      .when(decide('kept', { clock: at('2025-12-01T02:00:00.000Z') }))
      .thenThrows({ code: 'FINAL_APPRAISAL_DEADLINE_PASSED' });
    // already during the EXPLANATION phase: only the final appraisal's deadline bounds a decision
    given(open)
      .when(decide('kept', { clock: at('2025-11-18T02:00:00.000Z') }))
      .then([
        {
          type: 'ExplanationDecided',
          data: {
            ...decidedData,
            decidedAt: '2025-11-18T02:00:00.000Z',
            outcome: 'kept',
            subCriterionCode: null,
            score: null,
            previousScore: null,
          },
        },
      ]);
  });
  it('closes the thread: the state keeps every entry in order, none open', () => {
    const events = [
      ...open,
      ...assessmentDecider.decide(decide('kept'), open.reduce(assessmentDecider.evolve, assessmentDecider.initialState())),
    ];
    const state = events.reduce(assessmentDecider.evolve, assessmentDecider.initialState());
    expect(state.explanationThreads?.['1.1']).toEqual({
      open: false,
      entries: [
        { kind: 'explanation', text: 'Đã bổ sung báo cáo quý IV', evidenceSha256s: ['a'.repeat(64)], at: '2025-11-17T02:00:00.000Z' },
        {
          kind: 'decision',
          outcome: 'kept',
          reason: 'Tài liệu bổ sung hợp lệ',
          subCriterionCode: null,
          score: null,
          previousScore: null,
          at: '2025-11-22T02:00:00.000Z',
        },
      ],
    });
  });
});

describe('FinalizeAppraisal and ReopenAppraisal', () => {
  const finalize = (over: Partial<{ appraiser: AppraiserRef; clock: PhaseClock }> = {}) => ({
    type: 'FinalizeAppraisal' as const,
    data: { ...ids, appraisableCodes: ['1.1.1', '1.1.2', '1.2.1'], appraiser: assigned, clock: at('2025-11-25T03:00:00.000Z'), ...over },
  });
  const na: AssessmentEvent = { type: 'NotApplicableMarked', data: { ...ids, subCriterionCode: '1.2.1', reason: 'Không có' } };
  const complete = [...appraisedBase, appraised('1.1.1', 2, 2), appraised('1.1.2', 3, 4), na];
  const finalized: AssessmentEvent = { type: 'AppraisalFinalized', data: { ...ids, finalizedAt: '2025-11-25T03:00:00.000Z' } };
  it('finalizes when every appraisable item (not-applicable ones aside) is appraised', () =>
    given(complete).when(finalize()).then([finalized]));
  it('reports the missing items (APPRAISAL_INCOMPLETE)', () =>
    given([...appraisedBase, appraised('1.1.1', 2, 2)])
      .when(finalize())
      .thenThrows({
        code: 'APPRAISAL_INCOMPLETE',
        messageVi: 'Còn 2 tiêu chí chưa thẩm định: 1.1.2, 1.2.1.',
        meta: { missing: ['1.1.2', '1.2.1'] },
      }));
  it('refuses while an explanation is open (EXPLANATION_OPEN)', () =>
    given([...complete, explained()])
      .when(finalize())
      .thenThrows({ code: 'EXPLANATION_OPEN', meta: { open: ['1.1'] } }));
  it('only by an assigned appraiser, once', () => {
    given(complete)
      .when(finalize({ appraiser: notAssigned }))
      .thenThrows({ code: 'NOT_ASSIGNED' });
    given([...complete, finalized])
      .when(finalize())
      .thenThrows({ code: 'APPRAISAL_FINALIZED' });
  });
  it('reopens a finalized appraisal with a reason; then appraisal is open again', () => {
    const reopen = (reason: string) => ({ type: 'ReopenAppraisal' as const, data: { ...ids, reason, now: '2025-11-26T03:00:00.000Z' } });
    given(complete).when(reopen('Sai sót')).thenThrows({ code: 'NOT_FINALIZED' });
    given([...complete, finalized])
      .when(reopen(''))
      .thenThrows({ code: 'REASON_REQUIRED' });
    given([...complete, finalized])
      .when(reopen(' Sai sót tiêu chí 1.1.2 '))
      .then([{ type: 'AppraisalReopened', data: { ...ids, reason: 'Sai sót tiêu chí 1.1.2', reopenedAt: '2025-11-26T03:00:00.000Z' } }]);
    const reopened: AssessmentEvent = { type: 'AppraisalReopened', data: { ...ids, reason: 'x', reopenedAt: '2025-11-26T03:00:00.000Z' } };
    given([...complete, finalized, reopened])
      .when(appraise(1.5, 'Điều chỉnh'))
      .then([
        {
          type: 'AppraisedScoreRecorded',
          data: { ...ids, subCriterionCode: '1.1.1', score: 1.5, previousScore: 2, selfScore: 2, reason: 'Điều chỉnh' },
        },
      ]);
  });
});

describe('appraiser assignments', () => {
  const g = deciderSpec(appraisalAssignmentsDecider);
  const cycleUnitIds = ['u1', 'u2', 'u3'];
  const assign = (unitIds: string[], appraiserIds: string[], teamName: string | null = 'Tổ 1') => ({
    type: 'AssignAppraisers' as const,
    data: { cycleId: '2025', unitIds, appraiserIds, teamName, cycleUnitIds },
  });
  const assignedEv = {
    type: 'AppraisersAssigned' as const,
    data: { cycleId: '2025', unitIds: ['u1', 'u2'], appraiserIds: ['a1'], teamName: 'Tổ 1' },
  };
  it('assigns appraisers to units, lists deduplicated; the same assignment again records nothing', () => {
    g([])
      .when(assign(['u1', 'u2', 'u1'], ['a1', 'a1']))
      .then([assignedEv]);
    g([assignedEv])
      .when(assign(['u1'], ['a1'], null))
      .then([]);
  });
  it('refuses units outside the cycle (all named), empty lists and malformed ids', () => {
    g([])
      .when(assign(['u1', 'x9', 'x8'], ['a1']))
      .thenThrows({ code: 'UNKNOWN_UNIT', meta: { unitIds: ['x9', 'x8'] } });
    g([])
      .when(assign([], ['a1']))
      .thenThrows({ code: 'ASSIGNMENT_EMPTY' });
    g([])
      .when(assign(['u1'], ['<script>']))
      .thenThrows({ code: 'APPRAISER_ID_INVALID' });
  });
  it('unassigns only the pairs that exist, and folds to who is assigned where', () => {
    const unassign = (unitIds: string[], appraiserIds: string[]) => ({
      type: 'UnassignAppraisers' as const,
      data: { cycleId: '2025', unitIds, appraiserIds, reason: null, cycleUnitIds },
    });
    g([assignedEv])
      .when(unassign(['u3'], ['a1']))
      .then([]);
    g([assignedEv])
      .when(unassign(['u2', 'u3'], ['a1', 'a9']))
      .then([{ type: 'AppraisersUnassigned', data: { cycleId: '2025', unitIds: ['u2'], appraiserIds: ['a1'], reason: null } }]);
    const state = [
      assignedEv,
      { type: 'AppraisersUnassigned' as const, data: { cycleId: '2025', unitIds: ['u2'], appraiserIds: ['a1'], reason: null } },
    ].reduce(appraisalAssignmentsDecider.evolve, appraisalAssignmentsDecider.initialState());
    expect(isAssignedTo(state, 'u1', 'a1')).toBe(true);
    expect(isAssignedTo(state, 'u2', 'a1')).toBe(false);
    expect(unitsAssignedTo(state, 'a1')).toEqual(['u1']);
  });
});
