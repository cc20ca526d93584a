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

/** Recomputing the event stores' hash chains: auditors, the appraisal team (who rely on the trail) and the DHA. */
export const VERIFY_AUDIT_TRAIL: Policy = {
  action: 'verify the audit trail',
  roles: ['auditor', 'appraiser', 'dha_admin'],
};

/** The audit trail of a whole cycle (every unit of the province): auditors, appraisers and the DHA, not a unit. */
export const READ_CYCLE_AUDIT: Policy = {
  action: 'read the audit trail of a whole cycle',
  roles: ['auditor', 'appraiser', 'dha_admin'],
  messageVi: 'Chỉ kiểm toán viên, Tổ/Hội đồng thẩm định hoặc Sở Nội vụ mới được xem lịch sử của cả kỳ đánh giá.',
};

/** Everything one user changed in the province's cycle: auditors and the DHA only. */
export const READ_USER_HISTORY: Policy = {
  action: 'read the changes made by one user',
  roles: ['auditor', 'dha_admin'],
  messageVi: 'Chỉ kiểm toán viên hoặc Sở Nội vụ mới được xem lịch sử thao tác của một người dùng.',
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

/** Survey campaigns (XHH, SIPAS): define, import responses, issue one-time tokens, publish results. */
export const MANAGE_SURVEYS: Policy = {
  action: 'manage survey campaigns',
  roles: ['survey_operator', 'dha_admin'],
  messageVi: 'Chỉ cán bộ phụ trách khảo sát hoặc Sở Nội vụ mới được quản lý đợt khảo sát.',
};

/** A campaign's progress and results: the survey operator, the DHA, auditors, appraisers and integrators. */
export const READ_SURVEY_RESULTS: Policy = {
  action: 'read survey progress and results',
  roles: ['survey_operator', 'dha_admin', 'auditor', 'appraiser', 'integrator'],
  messageVi: 'Bạn không có quyền xem tiến độ và kết quả khảo sát.',
};

/**
 * The provisional (live) ranking of a cycle before and after publication: the DHA and the appraisal team see every
 * unit; a unit's officers see their own unit's preliminary result (its row) and no other. Integrators, auditors and
 * the ministry never see it (they read official versions).
 */
export const READ_PROVISIONAL_RANKING: Policy = {
  action: 'read the provisional ranking',
  roles: ['dha_admin', 'appraiser'],
  unitRelations: ['own-unit'],
  messageVi: 'Kết quả xếp hạng tạm thời chỉ dành cho Sở Nội vụ và Tổ/Hội đồng thẩm định; đơn vị chỉ xem được kết quả của mình.',
};

/** Official (published) rankings and their versions: public once published, to every role of the province. */
export const READ_OFFICIAL_RANKING: Policy = {
  action: 'read official rankings',
  roles: ['dha_admin', 'appraiser', 'auditor', 'integrator', 'ministry', 'unit_officer'],
};

/** Approving and publishing a cycle's ranking by decision, and correcting it later by a new decision: the DHA. */
export const PUBLISH_RANKING: Policy = {
  action: 'publish or correct a ranking by decision',
  roles: ['dha_admin'],
  messageVi: 'Chỉ Sở Nội vụ mới được công bố hoặc điều chỉnh kết quả xếp hạng theo quyết định.',
};

/** Province-wide reports (the ranking report: every unit's results and lost points): auditors, appraisers, the DHA. */
export const READ_PROVINCE_REPORTS: Policy = {
  action: 'read province-wide reports',
  roles: ['auditor', 'appraiser', 'dha_admin'],
  messageVi: 'Chỉ kiểm toán viên, Tổ/Hội đồng thẩm định hoặc Sở Nội vụ mới được xem báo cáo của toàn tỉnh.',
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
