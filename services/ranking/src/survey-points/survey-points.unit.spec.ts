import { describe, expect, it } from '@jest/globals';
import { parseFramework } from '@par/scoring';
import type { SurveyResultsPublishedV1 } from '@par/surveys-contracts';
import { evolveSurveyPoints } from './survey-points.projection';

const YAML = `
schemaVersion: 1
id: demo-district
name: Thử
province: bac-kan
unitType: district
period: { from: 2025, to: 2025 }
version: "1"
decision: { number: 01/QĐ, date: "2025-01-15", issuer: UBND }
totalMax: 4
rounding: { decimals: 2, mode: half-up, at: leaf }
departments: [{ code: SNV, name: Sở Nội vụ }]
classification: { basis: index, bands: [{ class: good, label: Tốt, min: 80 }, { class: weak, label: Yếu, min: 0 }] }
components:
  - code: "1"
    name: Một
    max: 2
    criteria:
      - { code: "1.1", name: A, max: 2, subCriteria: [{ code: "1.1.1", name: B, max: 2, method: appraised, rule: { type: manual }, departments: [SNV] }] }
  - code: "2"
    name: Hai
    max: 2
    criteria:
      - { code: "2.1", name: C, max: 2, subCriteria: [{ code: "2.1.2", name: D, max: 2, method: survey, rule: { type: rate }, departments: [SNV] }] }
`;

const published: SurveyResultsPublishedV1 = {
  type: 'SurveyResultsPublished',
  version: 1,
  eventId: 'e9',
  province: 'bac-kan',
  cycleId: '2025-district',
  campaignId: 'xhh',
  resultVersion: 2,
  results: [
    { unitId: 'u1', code: '2.1.2', rate: 0.8, points: 1.6, responses: 5 },
    { unitId: 'u2', code: '2.1.2', rate: 0, points: 0, responses: 2 },
  ],
  actor: { id: 'a', name: null, roles: ['survey_operator'] },
  occurredAt: '2025-06-01T00:00:00.000Z',
  streamVersion: 4,
};

describe('evolveSurveyPoints (pure)', () => {
  it('records the survey points and recomputes the cycle with them replacing older survey or typed rows', () => {
    const framework = {
      frameworkId: 'demo-district',
      frameworkVersion: 1,
      name: 'x',
      unitType: 'district',
      totalMax: 10,
      components: [],
      items: [],
      definition: parseFramework(YAML, 'yaml').framework,
    };
    const cycle = {
      cycleId: '2025-district',
      name: 'Kỳ',
      year: 2025,
      unitType: 'district',
      frameworkId: 'demo-district',
      frameworkVersion: 1,
    };
    const units = ['u1', 'u2'].map((unitId) => ({ unitId, name: unitId, unitType: 'district', parentUnitId: null }));
    const scores = [
      { unitId: 'u1', code: '1.1.1', selfScore: 2, appraisedScore: null },
      { unitId: 'u1', code: '2.1.2', selfScore: null, appraisedScore: 0.4 }, // an older survey point
    ];
    const changes = evolveSurveyPoints({ cycle: { cycle, framework, units, scores, notApplicable: [] } }, published);
    expect(changes.filter((c) => c.table === 'survey_points').map((c) => (c as unknown as { row: Record<string, unknown> }).row)).toEqual([
      expect.objectContaining({ unit_id: 'u1', code: '2.1.2', points: 1.6, result_version: 2, campaign_id: 'xhh' }),
      expect.objectContaining({ unit_id: 'u2', code: '2.1.2', points: 0, result_version: 2 }),
    ]);
    const totals = Object.fromEntries(
      changes
        .filter((c) => c.kind === 'upsert' && c.table === 'results')
        .map((c) => [(c as unknown as { row: { unit_id: string } }).row.unit_id, (c as unknown as { row: { total: number } }).row.total]),
    );
    expect(totals).toEqual({ u1: 3.6, u2: 0 });
  });

  it('ignores other surveys contracts and waits for the cycle', () => {
    expect(evolveSurveyPoints({ cycle: undefined }, { ...published, results: [published.results[0]!] })).toHaveLength(1);
    expect(
      evolveSurveyPoints(
        { cycle: undefined },
        {
          type: 'SurveyTokensIssued',
          version: 1,
          eventId: 'e',
          province: 'bac-kan',
          campaignId: 'x',
          group: 'g',
          expiresAt: '',
          tokens: [],
          occurredAt: '',
          streamVersion: 1,
        },
      ),
    ).toEqual([]);
  });
});
