import { FIVE_CLASS_BANDS } from '../classification/standard-bands';
import type { Framework } from '../framework/framework.types';

/** A small, complete framework used by the unit and property tests (not exported from the lib). */
export function sampleFramework(): Framework {
  return {
    schemaVersion: 1,
    id: 'sample-2024-commune',
    name: 'Bộ tiêu chí mẫu cấp xã',
    province: 'sample',
    unitType: 'commune',
    period: { from: 2024, to: 2025 },
    year: 2024,
    version: '1',
    decision: { number: '1/QĐ-UBND', date: '2024-01-15' },
    totalMax: 10,
    maxByMethod: { appraised: 6, survey: 2, satisfaction: 1, indicator: 1 },
    rounding: { decimals: 2, mode: 'half-up', at: 'leaf' },
    departments: [
      { code: 'NV', name: 'Phòng Nội vụ' },
      { code: 'VP', name: 'Văn phòng HĐND và UBND' },
      { code: 'TCKH', name: 'Phòng Tài chính - Kế hoạch' },
    ],
    classification: { bands: FIVE_CLASS_BANDS.map((b) => ({ ...b })) },
    components: [
      {
        code: '1',
        name: 'Chỉ đạo, điều hành',
        max: 4,
        criteria: [
          {
            code: '1.1',
            name: 'Kế hoạch CCHC',
            max: 2,
            subCriteria: [
              {
                code: '1.1.1',
                name: 'Ban hành kế hoạch đúng hạn',
                max: 1,
                method: 'appraised',
                rule: { type: 'yes-no' },
                departments: ['NV'],
              },
              {
                code: '1.1.2',
                name: 'Mức độ thực hiện kế hoạch',
                max: 1,
                method: 'appraised',
                rule: { type: 'manual', step: 0.25 },
                departments: ['NV'],
              },
            ],
          },
          {
            code: '1.2',
            name: 'Kỷ luật, kỷ cương',
            max: 1,
            method: 'appraised',
            rule: { type: 'deduction', perOccurrence: 0.5 },
            departments: ['NV', 'VP'],
          },
          {
            code: '1.3',
            name: 'Đánh giá của người dân về chỉ đạo điều hành',
            max: 1,
            method: 'survey',
            rule: { type: 'rate' },
            departments: ['NV'],
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
            name: 'Dịch vụ công trực tuyến',
            max: 3,
            subCriteria: [
              {
                code: '2.1.1',
                name: 'Tỷ lệ TTHC thanh toán trực tuyến',
                max: 0.5,
                method: 'appraised',
                rule: { type: 'ratio', unitLabel: 'thủ tục' },
                departments: ['VP'],
                applicability: { mode: 'conditional', condition: 'Đơn vị có TTHC thanh toán được' },
              },
              {
                code: '2.1.2',
                name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
                max: 1.5,
                method: 'appraised',
                rule: {
                  type: 'bands',
                  on: 'percentage',
                  bands: [
                    { min: 100, points: 1.5 },
                    { min: 90, points: 0.5 },
                  ],
                },
                departments: ['VP'],
              },
              {
                code: '2.1.3',
                name: 'Giải ngân vốn đầu tư công',
                max: 1,
                method: 'indicator',
                rule: { type: 'ratio' },
                departments: ['TCKH'],
              },
            ],
          },
          {
            code: '2.2',
            name: 'Sự hài lòng của người dân (SIPAS)',
            max: 1,
            method: 'satisfaction',
            rule: { type: 'rate' },
            departments: ['VP'],
          },
          {
            code: '2.3',
            name: 'Điều tra XHH về TTHC',
            max: 1,
            subCriteria: [
              { code: '2.3.1', name: 'Công khai TTHC', max: 0.5, method: 'survey', rule: { type: 'rate' }, departments: ['VP'] },
              { code: '2.3.2', name: 'Thái độ công chức', max: 0.5, method: 'survey', rule: { type: 'rate' }, departments: ['NV'] },
            ],
          },
          { code: '2.4', name: 'Sáng kiến CCHC', max: 1, method: 'appraised', rule: { type: 'manual', step: 0.5 }, departments: ['NV'] },
        ],
      },
    ],
  };
}
