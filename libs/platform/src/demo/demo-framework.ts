/**
 * The demo province's tiny framework (2 components, 4 sub-criteria, 10 points), in the documented
 * framework format (docs/framework-format.md). Loaded by `npm start` and by the end-to-end tests.
 */
export const demoFrameworkYaml = (province: string) => `
schemaVersion: 1
id: demo-district
name: Bộ tiêu chí Chỉ số CCHC cấp huyện (bản thử nghiệm)
province: ${province}
unitType: district
period: { from: 2025, to: 2025 }
year: 2025
version: "1"
decision: { number: 01/QĐ-DEMO, date: "2025-01-15", issuer: UBND tỉnh (dữ liệu mẫu) }
totalMax: 10
rounding: { decimals: 2, mode: half-up, at: leaf }
departments:
  - { code: SNV, name: Sở Nội vụ }
  - { code: VPUB, name: Văn phòng UBND tỉnh }
classification:
  basis: index
  bands:
    - { class: good, label: Tốt, min: 80 }
    - { class: fair, label: Khá, min: 70 }
    - { class: average, label: Trung bình, min: 50 }
    - { class: weak, label: Yếu, min: 0 }
components:
  - code: "1"
    name: Công tác chỉ đạo, điều hành cải cách hành chính
    max: 6
    criteria:
      - code: "1.1"
        name: Kế hoạch cải cách hành chính
        max: 6
        subCriteria:
          - { code: "1.1.1", name: "Ban hành kế hoạch CCHC năm kịp thời, đầy đủ", max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
          - { code: "1.1.2", name: Mức độ thực hiện kế hoạch CCHC, max: 4, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
  - code: "2"
    name: Cải cách thủ tục hành chính
    max: 4
    criteria:
      - code: "2.1"
        name: Công khai và giải quyết thủ tục hành chính
        max: 4
        subCriteria:
          - { code: "2.1.1", name: "Công khai đầy đủ, đúng quy định các TTHC", max: 2, method: appraised, rule: { type: yes-no }, departments: [VPUB] }
          - { code: "2.1.2", name: Đánh giá của người dân về giải quyết TTHC, max: 2, method: survey, rule: { type: rate }, departments: [VPUB] }
`;

export const demoUnits = (province: string) => {
  const p = province === 'bac-kan' ? '' : `${province === 'cao-bang' ? 'cb' : province}-`;
  return [
    { id: `${p}u1`, name: 'UBND huyện Ba Bể', unitType: 'district', code: '061' },
    { id: `${p}u2`, name: 'UBND huyện Chợ Đồn', unitType: 'district', code: '065' },
    { id: `${p}u3`, name: 'UBND thành phố Bắc Kạn', unitType: 'district', code: '058' },
  ];
};

export const DEMO_CYCLE = {
  id: '2025-district',
  name: 'Chỉ số CCHC cấp huyện năm 2025',
  year: 2025,
  unitType: 'district',
  frameworkId: 'demo-district',
  frameworkVersion: 1,
};
