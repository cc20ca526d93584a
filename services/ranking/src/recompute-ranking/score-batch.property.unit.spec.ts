import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ScoreRecordedV1 } from '@par/assessments-contracts';
import type { RowChange } from '@par/projections';
import { evolveScore, type ScoreRow } from './ranking.evolve';
import { evolveScoreBatch, scoreKey, type CycleBatchInputs } from './score-batch';
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
 * A batch of scores applied together (`evolveScoreBatch`: each item's row once, each cycle recomputed once, by the
 * incremental path or the full one) must leave exactly the score rows and results that applying the same events one
 * by one, in order, with the full recompute leaves: repeated items, several units, self then appraised, ties.
 */
const batchArb = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `u${i + 1}`);
  const event = fc.record({
    unit: fc.constantFrom(...ids),
    code: fc.constantFrom(...CODES),
    kind: fc.constantFrom('self' as const, 'appraised' as const),
    value: fc.integer({ min: 0, max: 8 }),
  });
  return fc.record({
    ids: fc.constant(ids),
    scores: fc.tuple(...ids.flatMap((u) => CODES.map((c) => scoreRow(u, c)))),
    notApplicable: fc.subarray(ids),
    events: fc.array(event, { minLength: 1, maxLength: 25 }),
  });
});

type ScoreTable = Map<string, Record<string, unknown>>;
const applyScores = (before: ScoreTable, changes: readonly RowChange[]): ScoreTable => {
  const after = new Map(before);
  for (const c of changes) {
    if (c.table === 'scores' && c.kind === 'upsert')
      after.set(`${String(c.row['unit_id'])}/${String(c.row['code'])}`, { ...c.row, last_event_id: null });
  }
  return after;
};

/** The reference: each event alone, the whole cycle recomputed after each. */
function oneByOne(rows: ScoreRow[], ids: string[], notApplicable: string[], events: readonly ScoreRecordedV1[]) {
  let results = storedResultsOf(cycleInputs(ids, rows, notApplicable)).results;
  let table: ScoreTable = new Map();
  let current = rows;
  for (const e of events) {
    const score = current.find((s) => s.unitId === e.unitId && s.code === e.subCriterionCode);
    const changes = evolveScore({ score, cycle: cycleInputs(ids, current, notApplicable) }, e);
    results = applyResults(results, changes);
    table = applyScores(table, changes);
    const after = {
      unitId: e.unitId,
      code: e.subCriterionCode,
      selfScore: score?.selfScore ?? null,
      appraisedScore: score?.appraisedScore ?? null,
    };
    current = [
      ...current.filter((s) => s !== score),
      e.kind === 'self' ? { ...after, selfScore: e.score } : { ...after, appraisedScore: e.score },
    ];
  }
  return { results, table };
}

describe('a batch of scores applied together == each applied alone, in order (property)', () => {
  it.each(['units', 'cycle'] as const)('leaves the same score rows and results (%s path)', (kind) => {
    fc.assert(
      fc.property(batchArb, ({ ids, scores, notApplicable, events: drawn }) => {
        const rows = scores.filter((s): s is ScoreRow => s !== null);
        const events = drawn.map((d, i) => scoreEvent(i + 1, d.unit, d.code, d.kind, itemScore(d.code, d.value)));
        const inputs = cycleInputs(ids, rows, notApplicable);
        const { results: before, stored } = storedResultsOf(inputs);
        const touched = [...new Set(events.map((e) => e.unitId))];
        const c: CycleBatchInputs =
          kind === 'cycle'
            ? { kind, inputs }
            : {
                kind,
                inputs: {
                  cycle,
                  framework,
                  stored,
                  units: touched.map((unitId) => ({
                    unit: { unitId, name: `Xã ${unitId}` },
                    scores: rows.filter((s) => s.unitId === unitId),
                    notApplicable: notApplicable.includes(unitId) ? ['1.2'] : [],
                  })),
                },
              };
        const model = { scores: new Map(rows.map((r) => [scoreKey('c1', r.unitId, r.code), r])), cycles: new Map([['c1', c]]) };
        const changes = evolveScoreBatch(model, events);
        const expected = oneByOne(rows, ids, notApplicable, events);
        expect(sorted(applyResults(before, changes))).toEqual(sorted(expected.results));
        expect(Object.fromEntries(applyScores(new Map(), changes))).toEqual(Object.fromEntries(expected.table));
        expect(changes.filter((x) => x.table === 'scores')).toHaveLength(
          new Set(events.map((e) => `${e.unitId}/${e.subCriterionCode}`)).size,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('writes only score rows for a cycle the catalog does not have yet', () => {
    const changes = evolveScoreBatch({ scores: new Map(), cycles: new Map() }, [
      scoreEvent(1, 'u1', '1.1', 'self', 1),
      scoreEvent(2, 'u1', '1.1', 'appraised', 0.5),
    ]);
    expect(changes).toEqual([
      {
        kind: 'upsert',
        table: 'scores',
        row: { province: 'tinh-a', cycle_id: 'c1', unit_id: 'u1', code: '1.1', self_score: 1, appraised_score: 0.5, last_event_id: 'e2' },
      },
    ]);
  });
});
