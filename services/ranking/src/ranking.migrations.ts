import { rlsTableSql, type Migration } from '@par/database';
import { surveyPointsMigrations } from './survey-points/survey-points.migrations';

/** Every migration of the ranking schema, in order (the survey points' table last: `0101-…`). */
export const rankingMigrations = (): Migration[] => [...ownMigrations(), ...surveyPointsMigrations()];

const ownMigrations = (): Migration[] => [
  {
    name: '0001-ranking',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.scores (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, code text NOT NULL,
  self_score numeric, appraised_score numeric, last_event_id text NOT NULL,
  PRIMARY KEY (province, cycle_id, unit_id, code));
CREATE TABLE IF NOT EXISTS {{schema}}.results (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, unit_name text NOT NULL,
  total numeric NOT NULL, max_points numeric NOT NULL, index_percent numeric NOT NULL,
  rank int NOT NULL, class_code text, class_label text, components jsonb NOT NULL, computed_at_event text NOT NULL,
  PRIMARY KEY (province, cycle_id, unit_id));
${rlsTableSql('{{schema}}.scores')}
${rlsTableSql('{{schema}}.results')}
`,
  },
  {
    name: '0002-ranking-not-applicable',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.not_applicable (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, code text NOT NULL,
  reason text, last_event_id text NOT NULL,
  PRIMARY KEY (province, cycle_id, unit_id, code));
${rlsTableSql('{{schema}}.not_applicable')}
`,
  },
  {
    name: '0003-ranking-publication',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.finalized_units (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL, finalized_at timestamptz NOT NULL,
  last_event_id text NOT NULL,
  PRIMARY KEY (province, cycle_id, unit_id));
${rlsTableSql('{{schema}}.finalized_units')}
ALTER TABLE {{schema}}.results ADD COLUMN IF NOT EXISTS unscored_items int NOT NULL DEFAULT 0;
ALTER TABLE {{schema}}.results ADD COLUMN IF NOT EXISTS unscored_max numeric NOT NULL DEFAULT 0;
ALTER TABLE {{schema}}.results ADD COLUMN IF NOT EXISTS scoring_status text NOT NULL DEFAULT 'NOT_SCORED';
ALTER TABLE {{schema}}.results ADD COLUMN IF NOT EXISTS class_note text;
`,
  },
  {
    // the event a row was last computed at depended on the path (full or incremental recompute, live or rebuilt):
    // a rebuild must give exactly the live rows, so the results carry only what the ranking says (ADR 0031)
    name: '0004-ranking-results-without-cause',
    sql: `ALTER TABLE {{schema}}.results DROP COLUMN IF EXISTS computed_at_event;`,
  },
];
