import type { Policy } from './policy';

/**
 * Every authorization rule of the platform, once. Handlers of use cases call
 * `assertAllowed(ctx, POLICY, { unitId })` before deciding (docs/CONVENTIONS.md, "Authorization").
 */

/** Reference data of the frameworks context: frameworks, units, cycles. */
export const MANAGE_REFERENCE_DATA: Policy = {
  action: 'publish frameworks, register units or open cycles',
  roles: ['dha_admin'],
};

/** A unit's self-assessment: its own officers, or the Department of Home Affairs on its behalf. */
export const RECORD_SELF_SCORE: Policy = {
  action: 'record a self score',
  roles: ['dha_admin'],
  unitRelations: ['own-unit'],
  messageVi: 'Chỉ cán bộ của chính đơn vị mới được tự chấm điểm cho đơn vị.',
};

/** Appraisal: members of the appraisal team or council. */
export const RECORD_APPRAISED_SCORE: Policy = {
  action: 'record an appraised score',
  roles: ['appraiser'],
  messageVi: 'Chỉ thành viên Tổ/Hội đồng thẩm định mới được thẩm định điểm.',
};

/** Declaring a criterion not applicable to a unit (or withdrawing it): the appraisal team and the DHA. */
export const MARK_NOT_APPLICABLE: Policy = {
  action: 'declare a criterion not applicable to a unit',
  roles: ['appraiser', 'dha_admin'],
  messageVi: 'Chỉ Tổ/Hội đồng thẩm định hoặc Sở Nội vụ mới được khai báo tiêu chí không áp dụng cho đơn vị.',
};

/** One unit's scores, their history and its reports: auditors, appraisers, the DHA, and the unit itself. */
export const READ_UNIT_RESULTS: Policy = {
  action: "read a unit's scores, score history or reports",
  roles: ['auditor', 'appraiser', 'dha_admin'],
  unitRelations: ['own-unit'],
  messageVi: 'Chỉ đơn vị đó, kiểm toán viên, Tổ/Hội đồng thẩm định hoặc Sở Nội vụ mới được xem kết quả của đơn vị.',
};

/** Recomputing the event stores' hash chains. */
export const VERIFY_AUDIT_TRAIL: Policy = {
  action: 'verify the audit trail',
  roles: ['auditor', 'dha_admin'],
};

/** Sending a unit's self-assessment to appraisal (it is then locked): its own officers, or the DHA on its behalf. */
export const SUBMIT_SELF_ASSESSMENT: Policy = {
  action: 'submit a self-assessment',
  roles: ['dha_admin'],
  unitRelations: ['own-unit'],
  messageVi: 'Chỉ cán bộ của chính đơn vị hoặc Sở Nội vụ mới được gửi kết quả tự đánh giá của đơn vị.',
};

/** Unlocking a submitted self-assessment: the DHA only. */
export const REOPEN_SELF_ASSESSMENT: Policy = {
  action: 'reopen a submitted self-assessment',
  roles: ['dha_admin'],
  messageVi: 'Chỉ Sở Nội vụ mới được mở lại kết quả tự đánh giá đã gửi.',
};

/** Assigning appraisers (an appraisal team) to units of a cycle, or withdrawing them: the DHA. */
export const ASSIGN_APPRAISERS: Policy = {
  action: 'assign appraisers to units',
  roles: ['dha_admin'],
  messageVi: 'Chỉ Sở Nội vụ mới được phân công người thẩm định.',
};

/** Who appraises which unit: the DHA, the appraisers and the auditors. */
export const READ_APPRAISAL_ASSIGNMENTS: Policy = {
  action: 'read the appraiser assignments',
  roles: ['dha_admin', 'appraiser', 'auditor'],
};

/** The explanation (giải trình) of a unit's preliminary result: its own officers only. */
export const SUBMIT_EXPLANATION: Policy = {
  action: 'submit an explanation',
  roles: [],
  unitRelations: ['own-unit'],
  messageVi: 'Chỉ cán bộ của chính đơn vị mới được giải trình kết quả thẩm định của đơn vị.',
};

/** Deciding again on an explanation: appraisers (the decision checks that the unit is assigned to them). */
export const DECIDE_EXPLANATION: Policy = {
  action: 'decide on an explanation',
  roles: ['appraiser'],
  messageVi: 'Chỉ thành viên Tổ/Hội đồng thẩm định mới được quyết định về giải trình.',
};

/** Closing a unit's appraisal: appraisers (the decision checks that the unit is assigned to them). */
export const FINALIZE_APPRAISAL: Policy = {
  action: 'finalize an appraisal',
  roles: ['appraiser'],
  messageVi: 'Chỉ thành viên Tổ/Hội đồng thẩm định mới được chốt kết quả thẩm định.',
};

/** Reopening a finalized appraisal: the DHA. */
export const REOPEN_APPRAISAL: Policy = {
  action: 'reopen an appraisal',
  roles: ['dha_admin'],
  messageVi: 'Chỉ Sở Nội vụ mới được mở lại kết quả thẩm định đã chốt.',
};

/** An appraiser's own queue of assigned units. */
export const READ_APPRAISAL_QUEUE: Policy = {
  action: 'read an appraisal queue',
  roles: ['appraiser'],
};

/** The province's cycle dashboard (every unit by status): the DHA. */
export const READ_CYCLE_DASHBOARD: Policy = {
  action: 'read the cycle dashboard',
  roles: ['dha_admin'],
  messageVi: 'Chỉ Sở Nội vụ mới được xem bảng theo dõi kỳ đánh giá.',
};
