import { rlsTableSql, type Migration } from '@par/database';

export const reportingMigrations = (): Migration[] => [
  {
    name: '0001-reporting-scores',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.scores (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, code text NOT NULL,
  self_score numeric, appraised_score numeric, appraisal_reason text,
  PRIMARY KEY (province, cycle_id, unit_id, code));
${rlsTableSql('{{schema}}.scores')}
`,
  },
  {
    name: '0002-reporting-not-applicable',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.not_applicable (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, code text NOT NULL, reason text,
  PRIMARY KEY (province, cycle_id, unit_id, code));
${rlsTableSql('{{schema}}.not_applicable')}
`,
  },
  {
    name: '0003-reporting-survey-points',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.survey_points (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, code text NOT NULL,
  campaign_id text NOT NULL, result_version int NOT NULL, rate numeric NOT NULL, points numeric NOT NULL,
  responses int NOT NULL, last_event_id text NOT NULL,
  PRIMARY KEY (province, cycle_id, unit_id, code));
${rlsTableSql('{{schema}}.survey_points')}
`,
  },
  {
    name: '0004-reporting-ranking-versions',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.ranking_versions (
  province text NOT NULL, cycle_id text NOT NULL, version int NOT NULL, kind text NOT NULL,
  decision_number text NOT NULL, decision_date text NOT NULL, signer text, reason text, corrects_version int,
  published_at text NOT NULL, rows jsonb NOT NULL, last_event_id text NOT NULL,
  PRIMARY KEY (province, cycle_id, version));
${rlsTableSql('{{schema}}.ranking_versions')}
`,
  },
];
