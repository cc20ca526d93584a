import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import type { RowChange } from '@par/projections';
import { parseFramework } from '@par/scoring';
import { cycleResults, evolveScore, type CycleInputs, type ScoreRow } from './ranking.evolve';
import type { StoredResult } from './unit-results';

/**
 * The incremental recompute (one unit re-evaluated, every unit re-ranked from stored totals) must leave exactly the
 * results the full recompute of the cycle gives, for any scores and any score event: ties, units never scored,
 * not-applicable items, scores lowered and raised, self and appraised.
 */
const parsed = parseFramework(
  `
schemaVersion: 1
id: f
name: Bộ tiêu chí thử
province: tinh-a
unitType: commune
period: { from: 2026, to: 2026 }
version: "1"
decision: { number: 1/QĐ }
totalMax: 6
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }]
classification: { bands: [{ class: good, label: Tốt, min: 80 }, { class: fair, label: Khá, min: 50 }, { class: weak, label: Yếu, min: 0 }] }
components:
  - code: "1"
    name: Chỉ đạo
    max: 3
    criteria:
      - { code: "1.1", name: a, max: 1, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
      - { code: "1.2", name: b, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV], applicability: { mode: conditional } }
  - code: "2"
    name: Thủ tục
    max: 3
    criteria:
      - { code: "2.1", name: c, max: 1.5, method: appraised, rule: { type: manual, step: 0.5 }, departments: [SNV] }
      - { code: "2.2", name: d, max: 1.5, method: appraised, rule: { type: manual, step: 0.5 }, departments: [SNV] }
`,
  'yaml',
);
if (!parsed.framework) throw new Error(JSON.stringify(parsed.problems));
const framework = {
  frameworkId: 'f',
  frameworkVersion: 1,
  name: 'f',
  unitType: 'commune',
  totalMax: 6,
  components: [],
  items: [],
  definition: parsed.framework,
};
const cycle = { cycleId: 'c1', name: 'Kỳ', year: 2026, unitType: 'commune', frameworkId: 'f', frameworkVersion: 1 };
const CODES = ['1.1', '1.2', '2.1', '2.2'] as const;
const MAX: Record<string, number> = { '1.1': 1, '1.2': 2, '2.1': 1.5, '2.2': 1.5 };

type Results = Map<string, Record<string, unknown>>;
/** Applies `results` row changes as PostgreSQL would (upsert: the given columns; delete by cycle). */
function applyResults(before: Results, changes: readonly RowChange[]): Results {
  const after = new Map([...before].map(([k, v]) => [k, { ...v }]));
  for (const c of changes) {
    if (c.table !== 'results') continue;
    if (c.kind === 'delete') after.clear();
    else if (c.kind === 'update') {
      const existing = after.get(String(c.row['unit_id']));
      if (existing) after.set(String(c.row['unit_id']), { ...existing, ...c.row });
    } else after.set(String(c.row['unit_id']), { ...c.row });
  }
  return after;
}
const sorted = (r: Results) => Object.fromEntries([...r].sort(([a], [b]) => a.localeCompare(b)));

const score = (code: string) =>
  fc.integer({ min: 0, max: MAX[code]! * 4 }).map((q) => (code.startsWith('2') ? Math.floor(q / 2) / 2 : q / 4));
const scoreRow = (unitId: string, code: string): fc.Arbitrary<ScoreRow | null> =>
  fc.oneof(
    fc.constant(null),
    fc.record({
      unitId: fc.constant(unitId),
      code: fc.constant(code),
      selfScore: fc.option(score(code)),
      appraisedScore: fc.option(score(code)),
    }),
  );
const cycleArb = fc.integer({ min: 1, max: 7 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `u${i + 1}`);
  return fc.record({
    ids: fc.constant(ids),
    scores: fc.tuple(...ids.flatMap((u) => CODES.map((c) => scoreRow(u, c)))),
    notApplicable: fc.subarray(ids),
    event: fc.record({
      unit: fc.constantFrom(...ids),
      code: fc.constantFrom(...CODES),
      kind: fc.constantFrom('self' as const, 'appraised' as const),
      value: fc.integer({ min: 0, max: 8 }),
    }),
  });
});

describe('incremental recompute of one unit == full recompute of the cycle (property)', () => {
  it('leaves the same results for any cycle and any score event', () => {
    fc.assert(
      fc.property(cycleArb, ({ ids, scores, notApplicable, event }) => {
        const rows = scores.filter((s): s is ScoreRow => s !== null);
        const inputs: CycleInputs = {
          cycle,
          framework,
          units: ids.map((unitId) => ({ unitId, name: `Xã ${unitId}`, unitType: 'commune', parentUnitId: null })),
          scores: rows,
          notApplicable: notApplicable.map((unitId) => ({ unitId, code: '1.2' })),
        };
        const storedResults = applyResults(new Map(), cycleResults('tinh-a', inputs));
        const value = Math.min(MAX[event.code]!, event.code.startsWith('2') ? Math.floor(event.value / 2) / 2 : event.value / 4);
        const e: ScoreRecordedV1 = {
          type: 'ScoreRecorded',
          version: 1,
          eventId: 'e1',
          province: 'tinh-a',
          cycleId: 'c1',
          unitId: event.unit,
          subCriterionCode: event.code,
          kind: event.kind,
          score: value,
          previousScore: null,
          reason: null,
          actor: { id: 'a', name: null, roles: [] },
          occurredAt: '2026-10-01T00:00:00.000Z',
          streamVersion: 2,
        };
        const current = rows.find((s) => s.unitId === event.unit && s.code === event.code);
        const stored: StoredResult[] = [...storedResults.values()].map((r) => ({
          unitId: String(r['unit_id']),
          total: Number(r['total']),
          indexPercent: Number(r['index_percent']),
          rank: Number(r['rank']),
        }));
        const unit = {
          cycle,
          framework,
          unit: { unitId: event.unit, name: `Xã ${event.unit}` },
          scores: rows.filter((s) => s.unitId === event.unit),
          notApplicable: notApplicable.includes(event.unit) ? ['1.2'] : [],
          stored,
        };
        const incremental = applyResults(storedResults, evolveScore({ score: current, cycle: undefined, unit }, e));
        const full = applyResults(storedResults, evolveScore({ score: current, cycle: inputs }, e));
        expect(sorted(incremental)).toEqual(sorted(full));
      }),
      { numRuns: 300 },
    );
  });
});
