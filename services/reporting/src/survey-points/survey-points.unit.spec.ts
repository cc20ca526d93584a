import { describe, expect, it } from '@jest/globals';
import type { SurveyResultsPublishedV1, SurveyTokensIssuedV1 } from '@par/surveys-contracts';
import { evolveReportingSurveyPoints } from './survey-points.projection';

const published: SurveyResultsPublishedV1 = {
  type: 'SurveyResultsPublished',
  version: 1,
  eventId: 'e9',
  province: 'bac-kan',
  cycleId: '2025-district',
  campaignId: 'xhh-2025',
  resultVersion: 2,
  results: [
    { unitId: 'u1', code: '2.1.2', rate: 0.8, points: 1.6, responses: 4 },
    { unitId: 'u2', code: '2.1.2', rate: 0, points: 0, responses: 2 },
  ],
  actor: { id: 'a', name: null, roles: ['survey_operator'] },
  occurredAt: '2025-06-01T00:00:00.000Z',
  streamVersion: 4,
};

describe('evolveReportingSurveyPoints (pure)', () => {
  it('given published results, then each unit and node gets its points, rate and responses with the campaign version', () => {
    const changes = evolveReportingSurveyPoints(undefined, published);
    expect(changes).toEqual([
      {
        kind: 'upsert',
        table: 'survey_points',
        row: expect.objectContaining({
          province: 'bac-kan',
          cycle_id: '2025-district',
          unit_id: 'u1',
          code: '2.1.2',
          points: 1.6,
          rate: 0.8,
        }),
      },
      {
        kind: 'upsert',
        table: 'survey_points',
        row: expect.objectContaining({
          unit_id: 'u2',
          points: 0,
          responses: 2,
          campaign_id: 'xhh-2025',
          result_version: 2,
          last_event_id: 'e9',
        }),
      },
    ]);
  });

  it('given token issuance (no results), then nothing changes', () => {
    const issued: SurveyTokensIssuedV1 = {
      type: 'SurveyTokensIssued',
      version: 1,
      eventId: 'e1',
      province: 'bac-kan',
      campaignId: 'xhh-2025',
      group: 'nguoi-dan',
      expiresAt: '2025-07-01T00:00:00.000Z',
      tokens: [],
      occurredAt: '2025-06-01T00:00:00.000Z',
      streamVersion: 1,
    };
    expect(evolveReportingSurveyPoints(undefined, issued)).toEqual([]);
  });
});
