import fc from 'fast-check';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import type { RowChange } from '@par/projections';
import { parseFramework } from '@par/scoring';
import type { CatalogFramework } from '@par/frameworks-catalog';
import { cycleResults, type CycleInputs, type ScoreRow } from '../ranking.evolve';
import type { StoredResult } from '../unit-results';

/**
 * A small commune cycle for the ranking's property tests (test-only): a 4-item framework (steps 0.25 and 0.5, one
 * conditional item), arbitraries of its score rows, and `results` row changes applied as PostgreSQL would.
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
export const framework: CatalogFramework = {
  frameworkId: 'f',
  frameworkVersion: 1,
  name: 'f',
  unitType: 'commune',
  totalMax: 6,
  components: [],
  items: [],
  definition: parsed.framework,
};
export const cycle = { cycleId: 'c1', name: 'Kỳ', year: 2026, unitType: 'commune', frameworkId: 'f', frameworkVersion: 1 };
export const CODES = ['1.1', '1.2', '2.1', '2.2'] as const;
export const MAX: Record<string, number> = { '1.1': 1, '1.2': 2, '2.1': 1.5, '2.2': 1.5 };

export type Results = Map<string, Record<string, unknown>>;
/** Applies `results` row changes as PostgreSQL would (upsert: the given columns; delete by cycle). */
export function applyResults(before: Results, changes: readonly RowChange[]): Results {
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
export const sorted = (r: Results) => Object.fromEntries([...r].sort(([a], [b]) => a.localeCompare(b)));

const score = (code: string) =>
  fc.integer({ min: 0, max: MAX[code]! * 4 }).map((q) => (code.startsWith('2') ? Math.floor(q / 2) / 2 : q / 4));
export const scoreRow = (unitId: string, code: string): fc.Arbitrary<ScoreRow | null> =>
  fc.oneof(
    fc.constant(null),
    fc.record({
      unitId: fc.constant(unitId),
      code: fc.constant(code),
      selfScore: fc.option(score(code)),
      appraisedScore: fc.option(score(code)),
    }),
  );

/** A raw draw 0…8 as a valid score of the item (its step, at most its max). */
export const itemScore = (code: string, raw: number) => Math.min(MAX[code]!, code.startsWith('2') ? Math.floor(raw / 2) / 2 : raw / 4);

/** The cycle's inputs for units `ids` with the given score rows and the conditional item not applicable to `notApplicable`. */
export const cycleInputs = (ids: readonly string[], scores: readonly ScoreRow[], notApplicable: readonly string[]): CycleInputs => ({
  cycle,
  framework,
  units: ids.map((unitId) => ({ unitId, name: `Xã ${unitId}`, unitType: 'commune', parentUnitId: null })),
  scores,
  notApplicable: notApplicable.map((unitId) => ({ unitId, code: '1.2' })),
});

/** The results the full recompute stores for the inputs, and the same as re-ranking reads them. */
export function storedResultsOf(inputs: CycleInputs): { results: Results; stored: StoredResult[] } {
  const results = applyResults(new Map(), cycleResults('tinh-a', inputs));
  const stored = [...results.values()].map((r) => ({
    unitId: String(r['unit_id']),
    total: Number(r['total']),
    indexPercent: Number(r['index_percent']),
    rank: Number(r['rank']),
  }));
  return { results, stored };
}

/** A published score of the cycle (the fields the ranking reads; the rest fixed). */
export const scoreEvent = (n: number, unitId: string, code: string, kind: 'self' | 'appraised', score: number): ScoreRecordedV1 => ({
  type: 'ScoreRecorded',
  version: 1,
  eventId: `e${n}`,
  province: 'tinh-a',
  cycleId: 'c1',
  unitId,
  subCriterionCode: code,
  kind,
  score,
  previousScore: null,
  reason: null,
  actor: { id: 'a', name: null, roles: [] },
  occurredAt: '2026-10-01T00:00:00.000Z',
  streamVersion: n + 1,
});
