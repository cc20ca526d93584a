import { rlsTableSql, type Migration } from '@par/database';

/**
 * A consumer-side copy of the frameworks context's published reference data (frameworks, units, cycles),
 * kept by every service that needs it, in its own schema. Province first in every key.
 */
export const catalogMigrations = (): Migration[] => [
  {
    name: '0001-catalog',
    sql: `
CREATE TABLE IF NOT EXISTS {{schema}}.catalog_frameworks (
  province text NOT NULL, framework_id text NOT NULL, framework_version int NOT NULL,
  name text NOT NULL, unit_type text NOT NULL, total_max numeric NOT NULL,
  components jsonb NOT NULL, items jsonb NOT NULL, definition jsonb NOT NULL,
  PRIMARY KEY (province, framework_id, framework_version));
CREATE TABLE IF NOT EXISTS {{schema}}.catalog_units (
  province text NOT NULL, unit_id text NOT NULL, name text NOT NULL, unit_type text NOT NULL, parent_unit_id text,
  PRIMARY KEY (province, unit_id));
CREATE TABLE IF NOT EXISTS {{schema}}.catalog_cycles (
  province text NOT NULL, cycle_id text NOT NULL, name text NOT NULL, year int NOT NULL, unit_type text NOT NULL,
  framework_id text NOT NULL, framework_version int NOT NULL,
  PRIMARY KEY (province, cycle_id));
${rlsTableSql('{{schema}}.catalog_frameworks')}
${rlsTableSql('{{schema}}.catalog_units')}
${rlsTableSql('{{schema}}.catalog_cycles')}
`,
  },
  {
    // the framework lifecycle: a version's decision and period, what it amends; a cycle's reference date and phases
    name: '0002-catalog-framework-lifecycle',
    sql: `
ALTER TABLE {{schema}}.catalog_frameworks ADD COLUMN IF NOT EXISTS decision jsonb;
ALTER TABLE {{schema}}.catalog_frameworks ADD COLUMN IF NOT EXISTS valid_from text;
ALTER TABLE {{schema}}.catalog_frameworks ADD COLUMN IF NOT EXISTS valid_to text;
ALTER TABLE {{schema}}.catalog_frameworks ADD COLUMN IF NOT EXISTS amends jsonb;
ALTER TABLE {{schema}}.catalog_cycles ADD COLUMN IF NOT EXISTS reference_date text;
CREATE TABLE IF NOT EXISTS {{schema}}.catalog_cycle_phases (
  province text NOT NULL, cycle_id text NOT NULL, phases jsonb, current_phase text, phase_changed_at text,
  PRIMARY KEY (province, cycle_id));
${rlsTableSql('{{schema}}.catalog_cycle_phases')}
`,
  },
  {
    name: '0003-catalog-unit-registry',
    sql: `
ALTER TABLE {{schema}}.catalog_units ADD COLUMN IF NOT EXISTS code text;
ALTER TABLE {{schema}}.catalog_units ADD COLUMN IF NOT EXISTS kind text;
ALTER TABLE {{schema}}.catalog_units ADD COLUMN IF NOT EXISTS valid_from date;
ALTER TABLE {{schema}}.catalog_units ADD COLUMN IF NOT EXISTS valid_to date;
CREATE TABLE IF NOT EXISTS {{schema}}.catalog_unit_lineage (
  province text NOT NULL, kind text NOT NULL, effective_date date NOT NULL,
  predecessor_id text NOT NULL, successor_id text NOT NULL, share numeric, decision jsonb NOT NULL,
  previous_name text, name text,
  PRIMARY KEY (province, kind, predecessor_id, successor_id, effective_date));
${rlsTableSql('{{schema}}.catalog_unit_lineage')}
`,
  },
];
