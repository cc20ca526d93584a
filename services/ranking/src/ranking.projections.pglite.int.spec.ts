import { describe, expect, it } from '@jest/globals';
import type { AppraisalFinalizedV1, NotApplicableChangedV1, ScoreRecordedV1 } from '@par/assessments-contracts';
import type { FrameworksEventV1 } from '@par/frameworks-contracts';
import { catalogMigrations } from '@par/frameworks-catalog';
import { PgliteProjectionSpec } from '@par/projections/testing';
import { parseFramework } from '@par/scoring';
import { rankingMigrations } from './ranking.migrations';
import { rankingProjections } from './ranking.projections';

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
totalMax: 4
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }]
classification:
  bands:
    - { class: good, label: Tốt, min: 80 }
    - { class: weak, label: Yếu, min: 0 }
components:
  - code: "1"
    name: Công tác chỉ đạo
    max: 4
    criteria:
      - { code: "1.1", name: a, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV] }
      - { code: "1.2", name: b, max: 2, method: appraised, rule: { type: manual, step: 0.25 }, departments: [SNV], applicability: { mode: conditional } }
`,
  'yaml',
);
if (!parsed.framework) throw new Error(JSON.stringify(parsed.problems));

const [catalog, scores] = rankingProjections as [(typeof rankingProjections)[0], (typeof rankingProjections)[0]];
const migrations = [...catalogMigrations(), ...rankingMigrations()];
const P = 'tinh-a';
const ev = <E extends FrameworksEventV1 | ScoreRecordedV1 | NotApplicableChangedV1 | AppraisalFinalizedV1>(e: E): E => e;
const framework = ev({
  type: 'FrameworkPublished',
  version: 1,
  province: P,
  frameworkId: 'f',
  frameworkVersion: 1,
  name: 'Bộ tiêu chí thử',
  unitType: 'district',
  definition: parsed.framework,
  components: [{ code: '1', name: 'Công tác chỉ đạo', maxPoints: 4 }],
  items: [],
  totalMaxPoints: 4,
});
const cycle = ev({
  type: 'CycleOpened',
  version: 1,
  province: P,
  cycleId: 'c1',
  name: 'Kỳ',
  year: 2025,
  unitType: 'district',
  frameworkId: 'f',
  frameworkVersion: 1,
});
const unit = (unitId: string) =>
  ev({ type: 'UnitRegistered', version: 1, province: P, unitId, name: `Huyện ${unitId}`, unitType: 'district', parentUnitId: null });
const score = (unitId: string, code: string, kind: 'self' | 'appraised', value: number, eventId: string) =>
  ev({
    type: 'ScoreRecorded',
    version: 1,
    eventId,
    province: P,
    cycleId: 'c1',
    unitId,
    subCriterionCode: code,
    kind,
    score: value,
    previousScore: null,
    reason: null,
    actor: { id: 'a', name: null, roles: [] },
    occurredAt: '2025-01-01T00:00:00.000Z',
    streamVersion: 1,
  });

const notApplicable = (unitId: string, code: string, on: boolean, eventId: string) =>
  ev({
    type: 'NotApplicableChanged',
    version: 1,
    eventId,
    province: P,
    cycleId: 'c1',
    unitId,
    code,
    notApplicable: on,
    reason: on ? 'Đơn vị không có thủ tục hành chính' : null,
    actor: { id: 'a', name: null, roles: [] },
    occurredAt: '2025-01-01T00:00:00.000Z',
    streamVersion: 2,
  });

type Result = { unit_id: string; total: string; rank: number; class_label: string };
const results = async (rows: (t: string, o?: string) => Promise<Result[]>) =>
  (await rows('results', 'rank, unit_id')).map((r) => `${r.rank}. ${r.unit_id} ${Number(r.total)} ${r.class_label}`);

/** Each scenario feeds both ranking projections (as the service does) through one handler that routes by event type. */
const both = {
  name: 'ranking.both',
  topics: ['par.test.v1'],
  handleBatch: scores.handleBatch!,
  handle: (tx: Parameters<typeof catalog.handle>[0], m: Parameters<typeof catalog.handle>[1]) =>
    (['ScoreRecorded', 'NotApplicableChanged', 'AppraisalFinalized'].includes((m.value as { type: string }).type)
      ? scores
      : catalog
    ).handle(tx, m),
};
const spec = PgliteProjectionSpec.for({ projection: both, schema: 'ranking', migrations });
/** The scores projection alone, with its batch handler (what the live consumer gives a fetched batch). */
const scoresSpec = (given: Parameters<PgliteProjectionSpec['given']>) =>
  PgliteProjectionSpec.for({ projection: both, schema: 'ranking', migrations }).given(...given);

describe('ranking projections (PGlite, given/when/then)', () => {
  it('an appraised score replaces the self score in the total and re-ranks the cycle', () =>
    spec
      .given(framework, cycle, unit('u1'), unit('u2'), score('u1', '1.1', 'self', 2, 's1'), score('u2', '1.1', 'self', 1, 's2'))
      .when(score('u1', '1.1', 'appraised', 0.5, 'a1'))
      .then(async ({ rows }) => {
        // incremental: only u1 is re-evaluated, u2 keeps its row
        expect(await results(rows as never)).toEqual(['1. u2 1 Yếu', '2. u1 0.5 Yếu']);
        expect(await rows('scores', 'unit_id')).toEqual([
          expect.objectContaining({ unit_id: 'u1', self_score: '2', appraised_score: '0.5', last_event_id: 'a1' }),
          expect.objectContaining({ unit_id: 'u2', self_score: '1', appraised_score: null, last_event_id: 's2' }),
        ]);
      }));

  it('scores before the catalog are kept, and ranked when the framework arrives', () =>
    spec
      .given(cycle, unit('u1'), score('u1', '1.1', 'self', 2, 's1'), score('u1', '1.2', 'self', 2, 's2'))
      .when({ ...framework, eventId: 'fw' })
      .then(async ({ rows }) => {
        expect((await rows<Result>('results')).map((r) => [r.unit_id, Number(r.total), r.class_label])).toEqual([['u1', 4, 'Tốt']]);
      }));

  it('a unit registered later joins the ranking of its type with 0 points', () =>
    spec
      .given(framework, cycle, unit('u1'), score('u1', '1.1', 'self', 2, 's1'))
      .when({ ...unit('u3'), eventId: 'reg-u3' })
      .then(async ({ rows }) => {
        expect(await results(rows as never)).toEqual(['1. u1 2 Yếu', '2. u3 0 Yếu']);
      }));

  it('a not-applicable declaration drops its maximum from the unit; withdrawing it brings it back', async () => {
    type Max = { unit_id: string; max_points: string; index_percent: string };
    const maxima = async (rows: (t: string, o?: string) => Promise<Max[]>) =>
      (await rows('results', 'unit_id')).map((r) => [r.unit_id, Number(r.max_points), Number(r.index_percent)]);
    await spec
      .given(framework, cycle, unit('u1'), unit('u2'), score('u1', '1.1', 'self', 2, 's1'), score('u2', '1.1', 'self', 2, 's2'))
      .when(notApplicable('u1', '1.2', true, 'n1'))
      .then(async ({ rows }) => {
        expect(await maxima(rows as never)).toEqual([
          ['u1', 2, 100],
          ['u2', 4, 50],
        ]);
        expect(await rows('not_applicable')).toEqual([
          expect.objectContaining({ unit_id: 'u1', code: '1.2', reason: 'Đơn vị không có thủ tục hành chính', last_event_id: 'n1' }),
        ]);
      });
    await spec
      .given(framework, cycle, unit('u1'), score('u1', '1.1', 'self', 2, 's1'), notApplicable('u1', '1.2', true, 'n1'))
      .when(notApplicable('u1', '1.2', false, 'n2'))
      .then(async ({ rows }) => {
        expect(await maxima(rows as never)).toEqual([['u1', 4, 50]]);
        expect(await rows('not_applicable')).toEqual([]);
      });
  });

  it('keeps "chưa chấm" apart from 0 points, and records a unit whose appraisal is final', () =>
    spec
      .given(framework, cycle, unit('u1'), unit('u2'), score('u1', '1.1', 'appraised', 0, 'a1'))
      .when(
        ev({
          type: 'AppraisalFinalized',
          version: 1,
          eventId: 'fin-u1',
          province: P,
          cycleId: 'c1',
          unitId: 'u1',
          finalizedAt: '2025-03-01T02:00:00.000Z',
          actor: { id: 'a', name: null, roles: ['appraiser'] },
          occurredAt: '2025-03-01T02:00:00.000Z',
          streamVersion: 3,
        }),
      )
      .then(async ({ rows }) => {
        type Row = { unit_id: string; total: string; unscored_items: number; unscored_max: string; scoring_status: string };
        expect(
          (await rows<Row>('results', 'unit_id')).map((r) => [
            r.unit_id,
            Number(r.total),
            r.unscored_items,
            Number(r.unscored_max),
            r.scoring_status,
          ]),
        ).toEqual([
          ['u1', 0, 1, 2, 'PARTLY_SCORED'],
          ['u2', 0, 2, 4, 'NOT_SCORED'],
        ]);
        expect(await rows('finalized_units')).toEqual([
          expect.objectContaining({ province: P, cycle_id: 'c1', unit_id: 'u1', last_event_id: 'fin-u1' }),
        ]);
      }));

  describe('a batch of messages applied together leaves what applying them one by one leaves', () => {
    const finalized = (unitId: string, eventId: string) =>
      ev({
        type: 'AppraisalFinalized',
        version: 1,
        eventId,
        province: P,
        cycleId: 'c1',
        unitId,
        finalizedAt: '2025-03-01T02:00:00.000Z',
        actor: { id: 'a', name: null, roles: ['appraiser'] },
        occurredAt: '2025-03-01T02:00:00.000Z',
        streamVersion: 9,
      });
    const model = async (rows: (t: string, o?: string) => Promise<Record<string, unknown>[]>) => ({
      results: await rows('results', 'unit_id'),
      scores: await rows('scores', 'unit_id, code'),
      notApplicable: (await rows('not_applicable', 'unit_id, code')).map((r) => ({ ...r, updated_at: undefined })),
      finalized: await rows('finalized_units', 'unit_id'),
    });
    const batch = [
      score('u1', '1.1', 'self', 2, 'b1'),
      score('u2', '1.1', 'self', 1.5, 'b2'),
      score('u1', '1.2', 'self', 1, 'b3'),
      score('u1', '1.1', 'appraised', 1.25, 'b4'),
      notApplicable('u2', '1.2', true, 'b5'),
      score('u3', '1.1', 'self', 2, 'b6'),
      score('u2', '1.1', 'appraised', 2, 'b7'),
      finalized('u2', 'b8'),
      score('u3', '1.2', 'appraised', 0.5, 'b9'),
      score('u3', '1.1', 'appraised', 1.75, 'b10'),
    ];
    it.each([
      ['the incremental path (catalog complete)', [framework, cycle, unit('u1'), unit('u2'), unit('u3')]],
      ['before the framework is known (no results yet)', [cycle, unit('u1'), unit('u2'), unit('u3')]],
    ])('%s', async (_label, given) => {
      let oneByOne: unknown;
      await scoresSpec(given as never)
        .when(...batch)
        .then(async ({ rows }) => void (oneByOne = await model(rows as never)));
      await scoresSpec(given as never)
        .whenTogether(...batch)
        .then(async ({ rows }) => expect(await model(rows as never)).toEqual(oneByOne));
      expect(JSON.stringify(oneByOne)).toContain('"unit_id":"u3"');
    });

    it('a redelivered batch changes nothing (each event applied once)', () =>
      scoresSpec([framework, cycle, unit('u1'), unit('u2'), ...batch] as never)
        .whenTogether(...batch.map((e) => ('score' in e ? { ...e, score: 0 } : e)))
        .then(async ({ rows }) => {
          const r = await model(rows as never);
          expect(r.scores).toEqual(
            expect.arrayContaining([expect.objectContaining({ unit_id: 'u1', code: '1.1', self_score: '2', appraised_score: '1.25' })]),
          );
        }));
  });
});
