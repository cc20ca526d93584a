import { deciderSpec } from '@par/kernel/testing';
import { assessmentDecider, MAX_EVIDENCE_PER_ITEM, type AssessmentEvent, type EvidenceRef, type ScoringItemRef } from '../index';

const item: ScoringItemRef = { code: '1.1.2', name: 'Báo cáo CCHC', maxPoints: 4, method: 'appraised', step: 0.25 };
const ids = { cycleId: '2025', unitId: 'u1', subCriterionCode: '1.1.2' };
const window = { now: '2025-10-15T03:00:00.000Z', deadline: '2025-10-31' };
const late = { now: '2025-11-03T03:00:00.000Z', deadline: '2025-10-31' };
const doc = (n = 1): EvidenceRef => ({
  sha256: String(n).padStart(64, '0'),
  size: 1000 + n,
  mediaType: 'application/pdf',
  fileName: `bc-${n}.pdf`,
});
const attached = (n = 1): AssessmentEvent => ({ type: 'EvidenceAttached', data: { ...ids, ...doc(n) } });
const submitted: AssessmentEvent = {
  type: 'SelfAssessmentSubmitted',
  data: { cycleId: '2025', unitId: 'u1', submittedAt: '2025-10-20T02:00:00.000Z' },
};
const given = deciderSpec(assessmentDecider);
const attach = (n = 1, w: typeof window = window, it: ScoringItemRef = item) => ({
  type: 'AttachEvidence' as const,
  data: { ...ids, evidence: doc(n), item: it, window: w },
});
const detach = (n = 1, w: typeof window = window) => ({
  type: 'DetachEvidence' as const,
  data: { ...ids, sha256: doc(n).sha256, window: w },
});
const explain = (explanation: string | null, w: typeof window = window) => ({
  type: 'WriteItemExplanation' as const,
  data: { ...ids, explanation, item, window: w },
});

describe('AttachEvidence', () => {
  it('records the hash, size, detected type and file name', () => given([]).when(attach()).then([attached()]));
  it('records nothing when the same document is attached again', () => given([attached()]).when(attach()).then([]));
  it('refuses after submission, after the deadline, and on an unknown or survey item', () => {
    given([submitted]).when(attach()).thenThrows({ code: 'SELF_ASSESSMENT_SUBMITTED' });
    given([]).when(attach(1, late)).thenThrows({ code: 'DEADLINE_PASSED', messageVi: 'Đã hết hạn tự đánh giá (hạn cuối: 31/10/2025).' });
    given([])
      .when({ type: 'AttachEvidence', data: { ...ids, evidence: doc(1), item: undefined, window } })
      .thenThrows({ code: 'UNKNOWN_SUB_CRITERION' });
    given([])
      .when(attach(1, window, { ...item, method: 'survey' }))
      .thenThrows({ code: 'NOT_SELF_ASSESSED' });
  });
  it(`bounds the documents of one item to ${MAX_EVIDENCE_PER_ITEM}`, () =>
    given(Array.from({ length: MAX_EVIDENCE_PER_ITEM }, (_, i) => attached(i + 1)))
      .when(attach(99))
      .thenThrows({ code: 'EVIDENCE_LIMIT' }));
});

describe('DetachEvidence', () => {
  it('removes an attached document', () =>
    given([attached(1), attached(2)])
      .when(detach(1))
      .then([{ type: 'EvidenceDetached', data: { ...ids, sha256: doc(1).sha256 } }]));
  it('refuses a document that is not attached to the item', () =>
    given([attached(2)])
      .when(detach(1))
      .thenThrows({ code: 'UNKNOWN_EVIDENCE' }));
  it('refuses after submission and after the deadline', () => {
    given([attached(1), submitted])
      .when(detach(1))
      .thenThrows({ code: 'SELF_ASSESSMENT_SUBMITTED' });
    given([attached(1)])
      .when(detach(1, late))
      .thenThrows({ code: 'DEADLINE_PASSED' });
  });
});

describe('WriteItemExplanation', () => {
  const written = (explanation: string | null): AssessmentEvent => ({ type: 'ItemExplanationWritten', data: { ...ids, explanation } });
  it('records the trimmed text, nothing when unchanged, and a withdrawal', () => {
    given([])
      .when(explain('  Quyết định đang trình ký  '))
      .then([written('Quyết định đang trình ký')]);
    given([written('Quyết định đang trình ký')])
      .when(explain('Quyết định đang trình ký'))
      .then([]);
    given([written('Quyết định đang trình ký')])
      .when(explain(''))
      .then([written(null)]);
    given([]).when(explain(null)).then([]);
  });
  it('bounds its length', () =>
    given([])
      .when(explain('x'.repeat(4001)))
      .thenThrows({ code: 'EXPLANATION_TOO_LONG' }));
  it('refuses after submission and after the deadline', () => {
    given([submitted]).when(explain('x')).thenThrows({ code: 'SELF_ASSESSMENT_SUBMITTED' });
    given([]).when(explain('x', late)).thenThrows({ code: 'DEADLINE_PASSED' });
  });
});
