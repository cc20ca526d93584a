import type { Role } from '@par/kernel';

/**
 * Every text of the console a user reads, in Vietnamese, in one place. Server errors are not here: the console
 * shows the server's own `message` (already Vietnamese).
 */
export const ROLE_LABELS: Record<Role, string> = {
  dha_admin: 'Quản trị Sở Nội vụ',
  unit_officer: 'Cán bộ đơn vị',
  appraiser: 'Thành viên thẩm định',
  auditor: 'Kiểm toán viên',
  integrator: 'Tích hợp hệ thống',
  survey_operator: 'Cán bộ điều tra xã hội học',
  ministry: 'Bộ Nội vụ',
};

export const roleLabel = (role: string): string => ROLE_LABELS[role as Role] ?? role;

/** Province names by id (the realm `par-<id>`); an unknown id is shown as is. */
export const PROVINCE_LABELS: Record<string, string> = {
  'bac-kan': 'Bắc Kạn',
  'cao-bang': 'Cao Bằng',
  'thai-nguyen': 'Thái Nguyên',
};
export const provinceLabel = (id: string): string => PROVINCE_LABELS[id] ?? id;

export const PHASE_LABELS: Record<string, string> = {
  SELF_ASSESSMENT: 'Tự đánh giá',
  APPRAISAL: 'Thẩm định',
  EXPLANATION: 'Giải trình',
  FINAL_APPRAISAL: 'Thẩm định lại',
  PUBLISHED: 'Công bố',
};
export const PHASES = Object.keys(PHASE_LABELS);

export const UNIT_KIND_LABELS: Record<string, string> = {
  DEPARTMENT: 'Sở, ban, ngành',
  COMMUNE: 'Xã',
  WARD: 'Phường',
  SPECIAL_ZONE: 'Đặc khu',
  DISTRICT: 'Huyện, thành phố',
};

export const METHOD_LABELS: Record<string, string> = {
  APPRAISED: 'Thẩm định',
  SURVEY: 'Điều tra xã hội học',
  SATISFACTION: 'Khảo sát hài lòng',
  INDICATOR: 'Chỉ số',
  MIXED: 'Kết hợp',
};

export const LINEAGE_LABELS: Record<string, string> = {
  merge: 'Sáp nhập',
  merged: 'Sáp nhập',
  split: 'Chia tách',
  rename: 'Đổi tên',
  renamed: 'Đổi tên',
  dissolve: 'Giải thể',
  dissolved: 'Giải thể',
};

export const CHANGE_KIND_LABELS: Record<string, string> = {
  added: 'Thêm mới',
  removed: 'Bỏ',
  changed: 'Sửa đổi',
  SelfScoreRecorded: 'Tự chấm điểm',
  AppraisedScoreRecorded: 'Thẩm định điểm',
  self: 'Tự chấm điểm',
  appraised: 'Thẩm định điểm',
  'not-applicable': 'Khai báo không áp dụng',
  'not-applicable-cleared': 'Bỏ khai báo không áp dụng',
  'evidence-attached': 'Đính kèm tài liệu kiểm chứng',
  'evidence-detached': 'Gỡ tài liệu kiểm chứng',
  'item-explanation': 'Giải trình khi thiếu tài liệu kiểm chứng',
  submitted: 'Gửi kết quả tự đánh giá',
  'submission-reopened': 'Mở lại kết quả tự đánh giá',
  'explanation-submitted': 'Đơn vị giải trình',
  'explanation-decided': 'Quyết định sau giải trình',
  'appraisal-finalized': 'Chốt kết quả thẩm định',
  'appraisal-reopened': 'Mở lại kết quả thẩm định',
  'appraisers-assigned': 'Phân công người thẩm định',
  'appraisers-unassigned': 'Thôi phân công người thẩm định',
};
export const NODE_KIND_LABELS: Record<string, string> = {
  framework: 'Bộ tiêu chí',
  component: 'Lĩnh vực',
  criterion: 'Tiêu chí',
  'sub-criterion': 'Tiêu chí thành phần',
  aggregate: 'Nhóm tổng hợp',
};

export const FIELD_LABELS: Record<string, string> = {
  max: 'Điểm tối đa',
  totalMax: 'Tổng điểm tối đa',
  version: 'Ký hiệu phiên bản',
  name: 'Tên',
  method: 'Phương pháp',
  rule: 'Cách chấm',
  departments: 'Cơ quan phụ trách',
  applicability: 'Điều kiện áp dụng',
  note: 'Hướng dẫn',
};

export const labelOr = (labels: Record<string, string>, key: string | null | undefined): string => (key ? (labels[key] ?? key) : '—');

export const NAV_LABELS = {
  home: 'Tổng quan',
  frameworks: 'Bộ tiêu chí',
  units: 'Đơn vị',
  cycles: 'Kỳ đánh giá',
  ranking: 'Xếp hạng',
  selfAssessment: 'Tự đánh giá',
  audit: 'Lịch sử và kiểm tra',
  appraisalQueue: 'Hàng đợi thẩm định',
  appraisal: 'Thẩm định đơn vị',
  cycleDashboard: 'Theo dõi kỳ đánh giá',
  explanations: 'Giải trình',
} as const;

/** A unit's progress through the cycle (`UnitProgressStatus`). */
export const PROGRESS_LABELS: Record<string, string> = {
  NOT_STARTED: 'Chưa bắt đầu',
  IN_PROGRESS: 'Đang tự đánh giá',
  SUBMITTED: 'Đã gửi, chờ thẩm định',
  APPRAISED: 'Đã thẩm định sơ bộ',
  EXPLAINING: 'Đang giải trình',
  FINAL: 'Đã chốt kết quả',
};
export const PROGRESS_STATUSES = Object.keys(PROGRESS_LABELS);

/** Fields of a unit's state that the audit trail names by their path. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  'explanationThreads.open': 'Giải trình đang chờ quyết định',
  'explanationThreads.entries': 'Các lượt giải trình và quyết định',
};

/** What an entry of an explanation thread is, and what the appraiser decided. */
export const EXPLANATION_LABELS: Record<string, string> = {
  EXPLANATION: 'Đơn vị giải trình',
  DECISION: 'Người thẩm định quyết định',
  KEPT: 'Giữ nguyên kết quả',
  CHANGED: 'Điều chỉnh điểm',
};

export const T = {
  appName: 'Chỉ số CCHC',
  appTitle: 'Bảng điều khiển Chỉ số cải cách hành chính',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  chooseProvince: 'Chọn tỉnh để đăng nhập',
  loginIntro: 'Đăng nhập bằng tài khoản của tỉnh. Tỉnh của phiên làm việc lấy từ tài khoản đã xác thực.',
  loggingIn: 'Đang đăng nhập…',
  loginFailed: 'Đăng nhập không thành công',
  sessionExpired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  loading: 'Đang tải…',
  province: 'Tỉnh',
  role: 'Vai trò',
  user: 'Người dùng',
  unit: 'Đơn vị',
  menu: 'Danh mục',
  noAccess: 'Tài khoản không có quyền xem màn hình này.',
  notFound: 'Không tìm thấy trang.',
  retry: 'Thử lại',
  reload: 'Tải lại',
  save: 'Lưu',
  saving: 'Đang lưu…',
  saved: 'Đã lưu.',
  cycle: 'Kỳ đánh giá',
  chooseCycle: 'Chọn kỳ đánh giá',
  chooseUnit: 'Chọn đơn vị',
  none: 'Không có dữ liệu.',
  code: 'Mã',
  name: 'Tên',
  maxPoints: 'Điểm tối đa',
  points: 'Điểm',
  total: 'Tổng điểm',
  date: 'Ngày',
  from: 'Từ',
  to: 'Đến',
  version: 'Phiên bản',
  decision: 'Quyết định',
  conflict:
    'Điểm của đơn vị vừa được người khác thay đổi sau khi bạn mở trang. Điểm mới nhất đã được tải lại; hãy kiểm tra rồi lưu lại nếu vẫn cần.',
} as const;
