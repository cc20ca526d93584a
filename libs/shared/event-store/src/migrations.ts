import { assertIdent, rlsTableSql, type Migration } from '@par/database';

/**
 * Tables of one event store. Province tables are RLS FORCE'd with the province first in every
 * province index; `events` is append-only for the app and system roles (no UPDATE/DELETE grant).
 * The global reader's index (transaction_id, global_position) is cross-province by nature.
 */
export function eventStoreMigrations(schema: string): Migration[] {
  const s = assertIdent(schema, 'schema name');
  return [
    {
      name: '0001-event-store',
      sql: `
CREATE TABLE ${s}.streams (
  province    text NOT NULL DEFAULT current_setting('app.province', true),
  stream_id   text NOT NULL,
  version     integer NOT NULL,
  last_hash   text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province, stream_id)
);
CREATE TABLE ${s}.events (
  province        text NOT NULL DEFAULT current_setting('app.province', true),
  stream_id       text NOT NULL,
  stream_version  integer NOT NULL CHECK (stream_version > 0),
  global_position bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid NOT NULL,
  type            text NOT NULL,
  schema_version  integer NOT NULL,
  data            jsonb NOT NULL,
  actor           jsonb NOT NULL,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL,
  reason          text,
  correlation_id  text NOT NULL,
  causation_id    text,
  prev_hash       text,
  hash            text NOT NULL,
  PRIMARY KEY (province, stream_id, stream_version),
  UNIQUE (province, event_id)
);
CREATE UNIQUE INDEX events_global_position ON ${s}.events (global_position);
CREATE INDEX events_global_order ON ${s}.events (transaction_id, global_position);
CREATE INDEX events_recorded_at ON ${s}.events (province, stream_id, recorded_at);
${rlsTableSql(`${s}.streams`)}
${rlsTableSql(`${s}.events`)}
REVOKE UPDATE, DELETE, TRUNCATE ON ${s}.events FROM {{app_role}}, {{system_role}};
REVOKE DELETE, TRUNCATE ON ${s}.streams FROM {{app_role}};
CREATE TABLE ${s}.forwarder_checkpoints (
  name        text PRIMARY KEY,
  checkpoint  text,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON ${s}.forwarder_checkpoints FROM {{app_role}};
`,
    },
  ];
}
