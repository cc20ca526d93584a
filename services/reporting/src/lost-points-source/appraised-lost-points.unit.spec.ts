import { describe, expect, it } from '@jest/globals';
import { parseFramework } from '@par/scoring';
import { appraisedLostPoints } from './appraised-lost-points';
import { renderLostPoints } from '../lost-points-report/render-lost-points';

const parsed = parseFramework(
  `
schemaVersion: 1
id: f
name: Bộ tiêu chí thử
province: tinh-a
unitType: district
period: { from: 2025, to: 2025 }
version: "1"
decision: { number: 1/QĐ }
totalMax: 6
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }, { code: VP, name: Văn phòng }]
classification: { bands: [{ class: weak, label: Yếu, min: 0 }] }
components:
  - code: "1"
    name: Công tác chỉ đạo
    max: 4
    criteria:
      - { code: "1.1", name: Kế hoạch, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
      - { code: "1.2", name: Thực hiện, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV], applicability: { mode: conditional } }
  - code: "2"
    name: Cải cách TTHC
    max: 2
    criteria:
      - { code: "2.1", name: Công khai TTHC, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [VP] }
`,
  'yaml',
);
if (!parsed.framework) throw new Error(JSON.stringify(parsed.problems));
const fw = parsed.framework;
const input = {
  unitId: 'u1',
  unitName: 'Huyện A',
  cycleName: 'Kỳ 2025',
  scores: new Map([
    ['1.1', { score: 1.5, reason: 'Ban hành chậm' }],
    ['2.1', { score: 2, reason: null }],
  ]),
};

describe('appraisedLostPoints', () => {
  it('counts unscored items as lost, by component and by department', () => {
    const lost = appraisedLostPoints(fw, input);
    expect(lost.totalLost).toBe(2.5);
    expect(lost.byComponent.map((g) => [g.code, g.lost, g.items.map((i) => `${i.code}:${i.lost}:${i.reason}`)])).toEqual([
      ['1', 2.5, ['1.1:0.5:Ban hành chậm', '1.2:2:Chưa chấm điểm']],
    ]);
    expect(lost.byDepartment.map((g) => [g.code, g.lost])).toEqual([['SNV', 2.5]]);
  });

  it('leaves a node declared not applicable out of the lost points, in the report too', () => {
    const lost = appraisedLostPoints(fw, { ...input, notApplicable: ['1.2'] });
    expect(lost.totalLost).toBe(0.5);
    expect(lost.byComponent.flatMap((g) => g.items.map((i) => i.code))).toEqual(['1.1']);
    const { markdown, totalLost } = renderLostPoints(fw, { ...input, notApplicable: ['1.2'] });
    expect(totalLost).toBe(0.5);
    expect(markdown).not.toContain('1.2 Thực hiện');
    expect(markdown).toContain('**Tổng số điểm bị mất (phần thẩm định): 0,50**');
  });
});
