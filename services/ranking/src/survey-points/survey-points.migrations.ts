import { rlsTableSql, type Migration } from '@par/database';

/** Survey points per unit and survey-measured node, from the last published result of each campaign. */
export const surveyPointsMigrations = (): Migration[] => [
  {
    name: '0101-ranking-survey-points',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.survey_points (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, code text NOT NULL,
  campaign_id text NOT NULL, result_version int NOT NULL, points numeric NOT NULL, last_event_id text NOT NULL,
  PRIMARY KEY (province, cycle_id, unit_id, code));
${rlsTableSql('{{schema}}.survey_points')}
`,
  },
];
