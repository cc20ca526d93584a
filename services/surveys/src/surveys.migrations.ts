import { rlsTableSql, type Migration } from '@par/database';

/** The token lookup of the public survey form (written by the `surveys.tokens` projection only). */
export const surveysMigrations = (): Migration[] => [
  {
    name: '0001-survey-tokens',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.survey_tokens (
  province text NOT NULL, token_hash text NOT NULL, campaign_id text NOT NULL, group_code text NOT NULL,
  respondent_id text NOT NULL, unit_id text NOT NULL, expires_at timestamptz NOT NULL, last_event_id text NOT NULL,
  PRIMARY KEY (province, token_hash));
CREATE UNIQUE INDEX IF NOT EXISTS survey_tokens_hash ON {{schema}}.survey_tokens (token_hash);
${rlsTableSql('{{schema}}.survey_tokens')}
`,
  },
];
