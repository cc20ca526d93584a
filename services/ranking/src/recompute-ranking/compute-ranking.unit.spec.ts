import { parseFramework } from '@par/scoring';
import { computeRanking } from './compute-ranking';

const parsed = parseFramework(
  `
schemaVersion: 1
id: t
name: Bộ tiêu chí thử
province: bac-kan
unitType: district
period: { from: 2025, to: 2025 }
version: "1"
decision: { number: 1/QĐ }
totalMax: 5
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }]
classification:
  bands:
    - { class: good, label: Tốt, min: 80 }
    - { class: fair, label: Khá, min: 70 }
    - { class: weak, label: Yếu, min: 0 }
components:
  - code: "1"
    name: Công tác chỉ đạo
    max: 3
    criteria:
      - { code: "1.1", name: a, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
      - { code: "1.2", name: b, max: 1, method: appraised, rule: { type: manual }, departments: [SNV], applicability: { mode: conditional, condition: Đơn vị có TTHC } }
  - code: "2"
    name: Cải cách TTHC
    max: 2
    criteria:
      - { code: "2.1", name: c, max: 2, method: survey, rule: { type: rate }, departments: [SNV] }
`,
  'yaml',
);
if (!parsed.framework) throw new Error(JSON.stringify(parsed.problems));
const fw = parsed.framework;

const units = [
  { unitId: 'u1', name: 'A' },
  { unitId: 'u2', name: 'B' },
  { unitId: 'u3', name: 'C' },
];

describe('computeRanking (scoring engine)', () => {
  it('totals, ranks with shared ties, classes; unscored counts 0 so far', () => {
    const scores = new Map([
      [
        'u1',
        new Map([
          ['1.1', 2],
          ['1.2', 1],
          ['2.1', 1.5],
        ]),
      ],
      ['u2', new Map([['1.1', 1.5]])],
      ['u3', new Map([['1.1', 1.5]])],
    ]);
    const rows = computeRanking(fw, units, scores);
    expect(rows.map((r) => [r.unitId, r.total, r.rank, r.classLabel])).toEqual([
      ['u1', 4.5, 1, 'Tốt'],
      ['u2', 1.5, 2, 'Yếu'],
      ['u3', 1.5, 2, 'Yếu'],
    ]);
    expect(rows[0]!.indexPercent).toBe(90);
    expect(rows[0]!.components.map((c) => c.points)).toEqual([3, 1.5]);
  });

  it("drops a not-applicable node from the unit's maximum; its index is a percentage of what remains", () => {
    const scores = new Map([
      [
        'u1',
        new Map([
          ['1.1', 2],
          ['1.2', 1],
          ['2.1', 1.5],
        ]),
      ],
    ]);
    const [u1, u2] = computeRanking(fw, units.slice(0, 2), scores, new Map([['u1', ['1.2']]]));
    expect([u1!.unitId, u1!.total, u1!.maxPoints, u1!.indexPercent]).toEqual(['u1', 3.5, 4, 87.5]);
    expect(u1!.components[0]).toMatchObject({ code: '1', points: 2 });
    expect([u2!.unitId, u2!.maxPoints]).toEqual(['u2', 5]);
  });

  it('tells "chưa chấm" apart from 0: unscored items, their maxima and a status per unit', () => {
    const scores = new Map([
      [
        'u1',
        new Map([
          ['1.1', 2],
          ['1.2', 1],
          ['2.1', 1.5],
        ]),
      ],
      ['u2', new Map([['1.1', 0]])], // scored 0 on 1.1: lost, not unscored
    ]);
    const rows = computeRanking(fw, units, scores, new Map([['u3', ['1.2']]]));
    const view = (id: string) => {
      const r = rows.find((x) => x.unitId === id)!;
      return [r.total, r.unscoredItems, r.unscoredMaxPoints, r.scoringStatus];
    };
    expect(view('u1')).toEqual([4.5, 0, 0, 'FULLY_SCORED']);
    expect(view('u2')).toEqual([0, 2, 3, 'PARTLY_SCORED']);
    // nothing scored; the not-applicable 1.2 is neither scored nor unscored
    expect(view('u3')).toEqual([0, 2, 4, 'NOT_SCORED']);
  });
});
