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

/** Describes one stored Assessment event (type, data, the envelope's reason). */
export function describeAssessmentEvent(type: string, data: Data, envelopeReason: string | null): EventDescription {
  const code = text(data['subCriterionCode']);
  const base = { code, reason: text(data['reason']) ?? envelopeReason, note: text(data['note']) };
  switch (type) {
    case 'SelfScoreRecorded':
      return { ...base, kind: 'self', labelVi: 'Tự chấm điểm', primaryField: 'scores.self' };
    case 'AppraisedScoreRecorded':
      return { ...base, kind: 'appraised', labelVi: 'Thẩm định điểm', primaryField: 'scores.appraised' };
    case 'NotApplicableMarked':
      return { ...base, kind: 'not-applicable', labelVi: 'Khai báo không áp dụng', primaryField: 'notApplicable' };
    case 'NotApplicableCleared':
      return { ...base, kind: 'not-applicable-cleared', labelVi: 'Bỏ khai báo không áp dụng', primaryField: 'notApplicable' };
    case 'EvidenceAttached':
      return { ...base, kind: 'evidence-attached', labelVi: 'Đính kèm tài liệu kiểm chứng', primaryField: 'evidence' };
    case 'EvidenceDetached':
      return { ...base, kind: 'evidence-detached', labelVi: 'Gỡ tài liệu kiểm chứng', primaryField: 'evidence' };
    case 'ItemExplanationWritten':
      return { ...base, kind: 'item-explanation', labelVi: 'Giải thích khi thiếu tài liệu kiểm chứng', primaryField: 'explanations' };
    case 'SelfAssessmentSubmitted':
      return { ...base, kind: 'submitted', labelVi: 'Gửi kết quả tự đánh giá', primaryField: 'submittedAt' };
    case 'SubmissionReopened':
      return { ...base, kind: 'submission-reopened', labelVi: 'Mở lại kết quả tự đánh giá', primaryField: 'submittedAt' };
    default:
      return { ...base, kind: type, labelVi: type, primaryField: null };
  }
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
};

export const fieldLabelVi = (field: string): string => FIELD_LABELS_VI[field] ?? field;
