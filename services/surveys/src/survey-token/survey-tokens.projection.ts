import { evolvingHandler, upsert, type EvolvingProjection, type ProjectionSpec } from '@par/projections';
import { SURVEYS_TOPIC, type SurveysEventV1 } from '@par/surveys-contracts';
import { SURVEYS_SCHEMA } from '../surveys.tokens';

/** Pure: issued tokens → one lookup row each (hash, campaign, group, respondent, unit, expiry). */
export const surveyTokensEvolution: EvolvingProjection<SurveysEventV1, undefined> = {
  tables: { survey_tokens: ['province', 'token_hash'] },
  decode: (m) => m.value as SurveysEventV1,
  load: async () => undefined,
  evolve: (_, e) =>
    e.type !== 'SurveyTokensIssued'
      ? []
      : e.tokens.map((t) =>
          upsert('survey_tokens', {
            province: e.province,
            token_hash: t.hash,
            campaign_id: e.campaignId,
            group_code: e.group,
            respondent_id: t.respondentId,
            unit_id: t.unitId,
            expires_at: e.expiresAt,
            last_event_id: e.eventId,
          }),
        ),
};

export const surveyTokensProjection: ProjectionSpec = {
  name: 'tokens',
  topics: [SURVEYS_TOPIC],
  owns: ['survey_tokens'],
  description: 'One-time survey tokens (hashes only) from par.surveys.v1: the lookup of the public form',
  handle: evolvingHandler(SURVEYS_SCHEMA, surveyTokensEvolution),
};
