import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { evolveScore, type ScoreRow } from './ranking.evolve';
import {
  applyResults,
  CODES,
  cycle,
  cycleInputs,
  framework,
  itemScore,
  scoreEvent,
  scoreRow,
  sorted,
  storedResultsOf,
} from './testing/property-cycle';

/**
 * The incremental recompute (one unit re-evaluated, every unit re-ranked from stored totals) must leave exactly the
 * results the full recompute of the cycle gives, for any scores and any score event: ties, units never scored,
 * not-applicable items, scores lowered and raised, self and appraised.
 */
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
        const inputs = cycleInputs(ids, rows, notApplicable);
        const { results: storedResults, stored } = storedResultsOf(inputs);
        const e = scoreEvent(1, event.unit, event.code, event.kind, itemScore(event.code, event.value));
        const current = rows.find((s) => s.unitId === event.unit && s.code === event.code);
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
