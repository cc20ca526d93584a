import { rlsTableSql, type Migration } from '@par/database';
import { catalogMigrations } from '@par/frameworks-catalog';

/** The assessments schema's read models: the frameworks catalog, then the units' progress (cycle dashboard, queues). */
export const assessmentsMigrations = (): Migration[] => [
  ...catalogMigrations(),
  {
    name: 'assessments-0001-unit-progress',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.unit_progress (
  province text NOT NULL, cycle_id text NOT NULL, unit_id text NOT NULL,
  self_codes jsonb NOT NULL, appraised_codes jsonb NOT NULL, not_applicable_codes jsonb NOT NULL,
  open_explanations jsonb NOT NULL, submitted_at text, finalized_at text, last_event_at text NOT NULL,
  PRIMARY KEY (province, cycle_id, unit_id));
${rlsTableSql('{{schema}}.unit_progress')}
`,
  },
];
