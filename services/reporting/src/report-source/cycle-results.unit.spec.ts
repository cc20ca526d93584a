import { describe, expect, it } from '@jest/globals';
import { evaluateCycle, parseFramework } from '@par/scoring';
import { cycleResults, surveyNote, withSurveyPoints } from './cycle-results';

const fw = parseFramework(
  `
schemaVersion: 1
id: demo-district
name: Bộ tiêu chí thử
province: bac-kan
unitType: district
period: { from: 2025, to: 2025 }
version: "1"
decision: { number: 01/QĐ-DEMO }
totalMax: 10
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }]
classification: { bands: [{ class: good, label: Tốt, min: 80 }, { class: weak, label: Yếu, min: 0 }] }
components:
  - code: "1"
    name: Chỉ đạo, điều hành
    max: 6
    criteria:
      - code: "1.1"
        name: Kế hoạch CCHC
        max: 6
        subCriteria:
          - { code: "1.1.1", name: Ban hành kế hoạch, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
          - { code: "1.1.2", name: Thực hiện kế hoạch, max: 4, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV], applicability: { mode: conditional } }
  - code: "2"
    name: Thủ tục hành chính
    max: 4
    criteria:
      - code: "2.1"
        name: Công khai, giải quyết TTHC
        max: 4
        subCriteria:
          - { code: "2.1.1", name: Công khai TTHC, max: 2, method: appraised, rule: { type: yes-no }, departments: [SNV] }
          - { code: "2.1.2", name: Hài lòng của người dân, max: 2, method: survey, rule: { type: rate }, departments: [SNV] }
`,
  'yaml',
).framework!;
const units = [
  { unitId: 'u1', name: 'UBND huyện Ba Bể', parentUnitId: null },
  { unitId: 'u2', name: 'UBND huyện Chợ Đồn', parentUnitId: null },
];

describe('cycleResults (read-model rows → the scoring engine input)', () => {
  const rows = [
    { unitId: 'u1', code: '1.1.1', self: 2, appraised: 1.5, reason: 'Ban hành chậm' },
    { unitId: 'u1', code: '1.1.2', self: 3, appraised: null, reason: null },
    { unitId: 'u2', code: '2.1.2', self: null, appraised: 1.25, reason: 'Kết quả khảo sát' },
  ];
  const { results, status } = cycleResults(fw, units, rows, [{ unitId: 'u2', code: '1.1.2' }]);

  it('takes the appraised score, else the self score; keeps the self score; unscored counts 0 and is lost as not scored', () => {
    expect(results[0]!.scores['1.1.1']).toEqual({ value: 1.5, self: 2, reason: 'Ban hành chậm' });
    expect(results[0]!.scores['1.1.2']).toEqual({ value: 3, self: 3 });
    expect(results[0]!.scores['2.1.1']).toEqual({ value: 0, reason: 'Chưa chấm điểm' });
    expect(results[1]!.notApplicable).toEqual(['1.1.2']);
  });

  it('adds up with the engine as the ranking does, and says how many survey points exist', () => {
    const ev = evaluateCycle(fw, results, { includeLeaves: true });
    expect(ev.units.map((u) => [u.unitId, u.total.value, u.applicableMax, u.rank])).toEqual([
      ['u1', 4.5, 10, 1],
      ['u2', 1.25, 6, 2],
    ]);
    expect(status).toEqual({ surveyScored: 1, surveyNodes: 2 });
    expect(surveyNote(status)[0]).toContain('Mới có 1/2 điểm điều tra XHH');
    expect(surveyNote({ surveyScored: 0, surveyNodes: 2 })[0]).toContain('Chưa có kết quả điều tra xã hội học');
  });
});

describe('withSurveyPoints (published survey results → the report input)', () => {
  it('given a typed row and a published point of the same node, when merged, then the survey point is the measurement', () => {
    const rows = [
      { unitId: 'u1', code: '1.1.1', self: 2, appraised: 1.5, reason: 'Ban hành chậm' },
      { unitId: 'u1', code: '2.1.2', self: 1, appraised: null, reason: null },
    ];
    const merged = withSurveyPoints(rows, [
      { unitId: 'u1', code: '2.1.2', points: 1.6 },
      { unitId: 'u2', code: '2.1.2', points: 0 },
    ]);
    expect(merged).toEqual([
      rows[0],
      { unitId: 'u1', code: '2.1.2', self: null, appraised: 1.6, reason: null },
      { unitId: 'u2', code: '2.1.2', self: null, appraised: 0, reason: null },
    ]);
    const { results, status } = cycleResults(fw, units, merged, []);
    expect(results[0]!.scores['2.1.2']).toEqual({ value: 1.6 });
    expect(results[1]!.scores['2.1.2']).toEqual({ value: 0 });
    // a published 0 is a survey result, not a missing one: nothing to say
    expect(status).toEqual({ surveyScored: 2, surveyNodes: 2 });
    expect(surveyNote(status)).toEqual([]);
  });
});
