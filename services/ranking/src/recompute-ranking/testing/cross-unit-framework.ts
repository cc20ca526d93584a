import { parseFramework, type Framework } from '@par/scoring';

/** A one-criterion framework of a unit type; the district one carries Bắc Kạn's 2/3-communes rule. */
export function crossUnitFramework(unitType: 'district' | 'commune', province: string): Framework {
  const rule =
    unitType === 'district'
      ? `
  adjustments:
    - { id: two-thirds, type: subordinate-share, enabled: true, subordinateUnitType: commune, minShare: "2/3", drop: 1 }`
      : '';
  const parsed = parseFramework(
    `
schemaVersion: 1
id: ${unitType}
name: Bộ tiêu chí ${unitType}
province: ${province}
unitType: ${unitType}
period: { from: 2025, to: 2025 }
version: "1"
decision: { number: 1/QĐ }
totalMax: 10
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }]
classification:
  bands:
    - { class: good, label: Tốt, min: 80 }
    - { class: fair, label: Khá, min: 70 }
    - { class: weak, label: Yếu, min: 0 }${rule}
components:
  - code: "1"
    name: Công tác chỉ đạo
    max: 10
    criteria:
      - { code: "1.1", name: a, max: 10, method: appraised, rule: { type: manual, step: 0.5 }, departments: [SNV] }
`,
    'yaml',
  );
  if (!parsed.framework) throw new Error(JSON.stringify(parsed.problems));
  return parsed.framework;
}
