import type { AssessmentEvent } from '../assessment/assessment.events';
import type { AppraisalAssignmentEvent } from '../appraisal-assignments/appraisal-assignments.events';

/**
 * How the audit trail names each event type of the Assessment stream: the one mapping a new event type adds a
 * case to. Everything else about an entry (which fields changed, old → new) comes from folding the stream with
 * the aggregate's own `evolve` (`audit-changes.ts`), so an event type without a case still shows its changes.
 */
export interface EventDescription {
  /** Short machine kind: `self`, `appraised`, `not-applicable`… (the event type for types without a case). */
  kind: string;
  /** What happened, in Vietnamese, without the values (they follow in the summary). */
  labelVi: string;
  /** The scored item the event is about; null for unit-wide events. */
  code: string | null;
  /** The changed field shown first as `oldValue → newValue`. */
  primaryField: string | null;
  reason: string | null;
  note: string | null;
}

type Data = Readonly<Record<string, unknown>>;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

type Labelled = Pick<EventDescription, 'kind' | 'labelVi' | 'primaryField'>;

/**
 * Every event type of the Assessment stream and of the appraiser-assignments stream, named in Vietnamese. Typed
 * by the event unions: a new event type without an entry does not compile (and the unit test checks the labels).
 */
export const EVENT_LABELS: Readonly<Record<AssessmentEvent['type'] | AppraisalAssignmentEvent['type'], Labelled>> = {
  SelfScoreRecorded: { kind: 'self', labelVi: 'Tự chấm điểm', primaryField: 'scores.self' },
  AppraisedScoreRecorded: { kind: 'appraised', labelVi: 'Thẩm định điểm', primaryField: 'scores.appraised' },
  NotApplicableMarked: { kind: 'not-applicable', labelVi: 'Khai báo không áp dụng', primaryField: 'notApplicable' },
  NotApplicableCleared: { kind: 'not-applicable-cleared', labelVi: 'Bỏ khai báo không áp dụng', primaryField: 'notApplicable' },
  EvidenceAttached: { kind: 'evidence-attached', labelVi: 'Đính kèm tài liệu kiểm chứng', primaryField: 'evidence' },
  EvidenceDetached: { kind: 'evidence-detached', labelVi: 'Gỡ tài liệu kiểm chứng', primaryField: 'evidence' },
  ItemExplanationWritten: {
    kind: 'item-explanation',
    labelVi: 'Giải thích khi thiếu tài liệu kiểm chứng',
    primaryField: 'explanations',
  },
  SelfAssessmentSubmitted: { kind: 'submitted', labelVi: 'Gửi kết quả tự đánh giá', primaryField: 'submittedAt' },
  SubmissionReopened: { kind: 'submission-reopened', labelVi: 'Mở lại kết quả tự đánh giá', primaryField: 'submittedAt' },
  ExplanationSubmitted: {
    kind: 'explanation-submitted',
    labelVi: 'Đơn vị giải trình kết quả thẩm định sơ bộ',
    primaryField: 'explanationThreads',
  },
  ExplanationDecided: { kind: 'explanation-decided', labelVi: 'Quyết định sau giải trình', primaryField: 'explanationThreads' },
  AppraisalFinalized: { kind: 'appraisal-finalized', labelVi: 'Chốt kết quả thẩm định', primaryField: 'finalizedAt' },
  AppraisalReopened: { kind: 'appraisal-reopened', labelVi: 'Mở lại kết quả thẩm định', primaryField: 'finalizedAt' },
  AppraisersAssigned: { kind: 'appraisers-assigned', labelVi: 'Phân công người thẩm định', primaryField: null },
  AppraisersUnassigned: { kind: 'appraisers-unassigned', labelVi: 'Thôi phân công người thẩm định', primaryField: null },
};

const hasLabel = (type: string): type is keyof typeof EVENT_LABELS => Object.hasOwn(EVENT_LABELS, type);

/** Describes one stored Assessment event (type, data, the envelope's reason). */
export function describeAssessmentEvent(type: string, data: Data, envelopeReason: string | null): EventDescription {
  const code = text(data['subCriterionCode']);
  const base = { code, reason: text(data['reason']) ?? envelopeReason, note: text(data['note']) };
  if (hasLabel(type)) return { ...base, ...EVENT_LABELS[type] };
  return { ...base, kind: type, labelVi: type, primaryField: null };
}

/** Vietnamese names of the folded state's fields (`<state key>.<item field>`); others are shown as they are. */
export const FIELD_LABELS_VI: Readonly<Record<string, string>> = {
  'scores.self': 'Điểm tự đánh giá',
  'scores.selfNote': 'Ghi chú tự đánh giá',
  'scores.appraised': 'Điểm thẩm định',
  'scores.appraisalReason': 'Lý do thẩm định',
  'scores.figures': 'Số liệu tự đánh giá',
  'scores.ruleExplanation': 'Cách tính điểm từ số liệu',
  notApplicable: 'Không áp dụng (lý do)',
  evidence: 'Tài liệu kiểm chứng',
  explanations: 'Giải thích của đơn vị',
  submittedAt: 'Thời điểm gửi tự đánh giá',
  explanationThreads: 'Giải trình và quyết định',
  finalizedAt: 'Thời điểm chốt kết quả thẩm định',
};

export const fieldLabelVi = (field: string): string => FIELD_LABELS_VI[field] ?? field;
