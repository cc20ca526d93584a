import type { Framework } from '@par/scoring';

/** An itemised framework with every kind of field the template carries (tests only). */
export function itemisedFramework(): Framework {
  return {
    schemaVersion: 1,
    id: 'thu-nghiem-2024-department',
    name: 'Bộ tiêu chí thử nghiệm cấp sở, ban, ngành',
    province: 'thu-nghiem',
    unitType: 'department',
    period: { from: 2024, to: 2025 },
    version: '1',
    decision: { number: '12/QĐ-UBND', date: '2024-01-15', issuer: 'UBND tỉnh Thử Nghiệm', summary: 'Ban hành Bộ tiêu chí' },
    totalMax: 10,
    maxByMethod: { appraised: 7, survey: 1, indicator: 2 },
    rounding: { decimals: 2, mode: 'half-up', at: 'leaf', indexDecimals: 2 },
    departments: [
      { code: 'VP', name: 'Văn phòng UBND tỉnh' },
      { code: 'SNV', name: 'Sở Nội vụ' },
    ],
    classification: {
      basis: 'index',
      bands: [
        { class: 'good', label: 'Tốt', min: 80 },
        { class: 'fair', label: 'Khá', min: 65 },
        { class: 'weak', label: 'Yếu' },
      ],
    },
    components: [
      {
        code: '1',
        name: 'Công tác chỉ đạo, điều hành',
        shortName: 'Chỉ đạo',
        max: 4,
        criteria: [
          {
            code: '1.1',
            name: 'Kế hoạch CCHC',
            max: 3,
            subCriteria: [
              {
                code: '1.1.1',
                name: 'Ban hành kế hoạch đúng hạn',
                max: 1,
                method: 'appraised',
                rule: { type: 'yes-no' },
                departments: ['SNV'],
                note: 'Kiểm tra ngày ban hành',
              },
              {
                code: '1.1.2',
                name: 'Mức độ hoàn thành kế hoạch',
                max: 2,
                method: 'indicator',
                rule: { type: 'ratio', unitLabel: 'nhiệm vụ' },
                departments: ['SNV', 'VP'],
              },
            ],
          },
          {
            code: '1.2',
            name: 'Sáng kiến',
            max: 1,
            method: 'appraised',
            rule: { type: 'manual', step: 0.25 },
            departments: ['VP'],
            applicability: { mode: 'conditional', condition: 'Đơn vị có sáng kiến được công nhận' },
          },
        ],
      },
      {
        code: '2',
        name: 'Cải cách thủ tục hành chính',
        max: 6,
        criteria: [
          {
            code: '2.1',
            name: 'Xử lý văn bản',
            max: 5,
            subCriteria: [
              {
                code: '2.1.1',
                name: 'Vi phạm thời hạn',
                max: 5,
                method: 'appraised',
                rule: { type: 'deduction', perOccurrence: 0.5 },
                departments: ['VP'],
              },
            ],
          },
          { code: '2.2', name: 'Hài lòng của người dân', max: 1, method: 'survey', rule: { type: 'rate' }, departments: ['VP'] },
        ],
      },
    ],
  };
}
