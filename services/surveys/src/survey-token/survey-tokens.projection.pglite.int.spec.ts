import { describe, expect, it } from '@jest/globals';
import { PgliteProjectionSpec } from '@par/projections/testing';
import type { SurveyTokensIssuedV1 } from '@par/surveys-contracts';
import { surveysMigrations } from '../surveys.migrations';
import { SURVEYS_SCHEMA } from '../surveys.tokens';
import { surveyTokensProjection } from './survey-tokens.projection';

const issued = (province: string, hash: string, eventId: string): SurveyTokensIssuedV1 => ({
  type: 'SurveyTokensIssued',
  version: 1,
  eventId,
  province,
  campaignId: 'xhh',
  group: 'nguoi-dan',
  expiresAt: '2025-07-01T00:00:00.000Z',
  tokens: [{ hash, respondentId: `r-${hash}`, unitId: 'u1' }],
  occurredAt: '2025-06-01T00:00:00.000Z',
  streamVersion: 2,
});

const spec = PgliteProjectionSpec.for({ projection: surveyTokensProjection, schema: SURVEYS_SCHEMA, migrations: surveysMigrations() });

describe('surveys.tokens projection (PGlite)', () => {
  it('keeps one lookup row per token hash, per province; the same event twice changes nothing', () =>
    spec
      .given(issued('bac-kan', 'aa', 'e1'), issued('cao-bang', 'bb', 'e2'))
      .when(issued('bac-kan', 'aa', 'e1'))
      .then(async ({ rows }) => {
        expect(
          (await rows<{ province: string; token_hash: string; respondent_id: string }>('survey_tokens', 'province')).map((r) => [
            r.province,
            r.token_hash,
            r.respondent_id,
          ]),
        ).toEqual([
          ['bac-kan', 'aa', 'r-aa'],
          ['cao-bang', 'bb', 'r-bb'],
        ]);
      }));
});
