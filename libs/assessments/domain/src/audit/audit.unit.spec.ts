import {
  auditChanges,
  EVENT_LABELS,
  diffAssessmentStates,
  describeAssessmentEvent,
  foldAssessment,
  stateFacts,
  type AuditedEvent,
} from '../index';

const base = { cycleId: '2025', unitId: 'u1' };
const self = (code: string, score: number, previousScore: number | null, note: string | null = null): AuditedEvent => ({
  type: 'SelfScoreRecorded',
  data: { ...base, subCriterionCode: code, score, previousScore, note },
  reason: null,
});
const appraised = (code: string, score: number, reason: string): AuditedEvent => ({
  type: 'AppraisedScoreRecorded',
  data: { ...base, subCriterionCode: code, score, previousScore: null, selfScore: null, reason },
  reason: null,
});
const na = (code: string, reason: string): AuditedEvent => ({
  type: 'NotApplicableMarked',
  data: { ...base, subCriterionCode: code, reason },
  reason: null,
});
const cleared = (code: string): AuditedEvent => ({
  type: 'NotApplicableCleared',
  data: { ...base, subCriterionCode: code, reason: null },
  reason: null,
});

describe('describing an event as a change entry (fold before → after)', () => {
  it('gives a self score its old → new value, note and Vietnamese summary', () => {
    const [first, second] = auditChanges([self('1.1.1', 1.5, null, 'Có kế hoạch'), self('1.1.1', 2, 1.5)]);
    expect(first).toMatchObject({
      kind: 'self',
      code: '1.1.1',
      oldValue: null,
      newValue: '1.5',
      note: 'Có kế hoạch',
      changes: [
        { code: '1.1.1', field: 'scores.self', labelVi: 'Điểm tự đánh giá', oldValue: null, newValue: '1.5' },
        { code: '1.1.1', field: 'scores.selfNote', labelVi: 'Ghi chú tự đánh giá', oldValue: null, newValue: 'Có kế hoạch' },
      ],
    });
    expect(first!.summaryVi).toBe('Tự chấm điểm tiêu chí 1.1.1: Điểm tự đánh giá (trống) → 1,5; Ghi chú tự đánh giá (trống) → Có kế hoạch');
    // a later self score without a note keeps none: the state's note becomes null
    expect(second!.changes.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['scores.self', '1.5', '2'],
      ['scores.selfNote', 'Có kế hoạch', null],
    ]);
  });

  it('gives an appraisal its reason, and only the item it names changes', () => {
    const entries = auditChanges([self('1.1.1', 1.5, null), self('1.1.2', 3, null), appraised('1.1.1', 1, 'Thiếu tài liệu')]);
    expect(entries[2]).toMatchObject({ kind: 'appraised', code: '1.1.1', oldValue: null, newValue: '1', reason: 'Thiếu tài liệu' });
    expect(entries[2]!.changes.every((c) => c.code === '1.1.1')).toBe(true);
  });

  it('gives a not-applicable declaration and its withdrawal the reason as old → new value', () => {
    const [, marked, withdrawn] = auditChanges([self('2.1', 1, null), na('2.1', 'Không có TTHC'), cleared('2.1')]);
    expect(marked).toMatchObject({ kind: 'not-applicable', oldValue: null, newValue: 'Không có TTHC', reason: 'Không có TTHC' });
    expect(withdrawn).toMatchObject({ kind: 'not-applicable-cleared', oldValue: 'Không có TTHC', newValue: null });
  });

  it('describes an event type it has no case for by its type, without failing the fold', () => {
    const entries = auditChanges([self('1.1.1', 1, null), { type: 'SomethingNew', data: { ...base }, reason: 'mới' } as never]);
    expect(entries[1]).toMatchObject({ kind: 'SomethingNew', code: null, reason: 'mới', changes: [] });
    expect(describeAssessmentEvent('SomethingElse', { subCriterionCode: '1.1.1' }, null)).toMatchObject({
      code: '1.1.1',
      kind: 'SomethingElse',
    });
  });

  it('names the self-assessment events and the field each changes', () => {
    const entries = auditChanges([
      self('1.1.1', 1, null),
      { type: 'SelfAssessmentSubmitted', data: { ...base, submittedAt: '2025-03-01T00:00:00.000Z' }, reason: null },
    ]);
    expect(entries[1]).toMatchObject({ kind: 'submitted', code: null, labelVi: 'Gửi kết quả tự đánh giá' });
    expect(describeAssessmentEvent('EvidenceAttached', { subCriterionCode: '1.1.1' }, null)).toMatchObject({
      code: '1.1.1',
      kind: 'evidence-attached',
      primaryField: 'evidence',
    });
  });
});

describe('facts of a state', () => {
  it('reads records keyed by item code as items and other values as unit-wide facts', () => {
    const state = { scores: { '1.1.1': { self: 1, selfNote: null } }, notApplicable: { '2.1': 'x' }, submittedAt: '2025-03-01' };
    expect([...stateFacts(state).values()]).toEqual([
      { code: '1.1.1', field: 'scores.self', value: '1' },
      { code: '1.1.1', field: 'scores.selfNote', value: null },
      { code: '2.1', field: 'notApplicable', value: 'x' },
      { code: null, field: 'submittedAt', value: '2025-03-01' },
    ]);
  });
});

describe('the difference between two states', () => {
  const events = [
    self('1.1.1', 1.5, null),
    self('1.1.2', 3, null),
    appraised('1.1.1', 1, 'Thiếu tài liệu'),
    na('2.1', 'Không có TTHC'),
    self('1.1.2', 3.5, 3),
  ];
  it('lists per item the value at from and at to, only for items that changed, in code order', () => {
    const from = foldAssessment(events.slice(0, 2));
    const to = foldAssessment(events);
    expect(diffAssessmentStates(from, to)).toEqual([
      {
        code: '1.1.1',
        changes: [
          { code: '1.1.1', field: 'scores.appraised', labelVi: 'Điểm thẩm định', oldValue: null, newValue: '1' },
          { code: '1.1.1', field: 'scores.appraisalReason', labelVi: 'Lý do thẩm định', oldValue: null, newValue: 'Thiếu tài liệu' },
        ],
      },
      { code: '1.1.2', changes: [{ code: '1.1.2', field: 'scores.self', labelVi: 'Điểm tự đánh giá', oldValue: '3', newValue: '3.5' }] },
      {
        code: '2.1',
        changes: [{ code: '2.1', field: 'notApplicable', labelVi: 'Không áp dụng (lý do)', oldValue: null, newValue: 'Không có TTHC' }],
      },
    ]);
  });
  it('is empty between equal states, and orders codes numerically (1.10 after 1.9)', () => {
    expect(diffAssessmentStates(foldAssessment(events), foldAssessment(events))).toEqual([]);
    const d = diffAssessmentStates(foldAssessment([]), foldAssessment([self('1.10', 1, null), self('1.9', 1, null)]));
    expect(d.map((x) => x.code)).toEqual(['1.9', '1.10']);
  });
});

describe('Vietnamese labels of every event type', () => {
  it('names every assessment and assignment event type in Vietnamese, not by its type', () => {
    const types = Object.keys(EVENT_LABELS);
    expect(types).toEqual(
      expect.arrayContaining(['ExplanationSubmitted', 'ExplanationDecided', 'AppraisalFinalized', 'AppraisersAssigned']),
    );
    for (const type of types) {
      const d = describeAssessmentEvent(type, {}, null);
      expect(d.labelVi).not.toBe(type);
      expect(d.labelVi).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
      expect(d.kind).not.toBe(type);
    }
  });
});
