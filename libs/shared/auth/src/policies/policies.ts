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

/** Province-wide reports (the ranking report: every unit's results and lost points): auditors, appraisers, the DHA. */
export const READ_PROVINCE_REPORTS: Policy = {
  action: 'read province-wide reports',
  roles: ['auditor', 'appraiser', 'dha_admin'],
  messageVi: 'Chỉ kiểm toán viên, Tổ/Hội đồng thẩm định hoặc Sở Nội vụ mới được xem báo cáo của toàn tỉnh.',
};
