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
    {
      // The whole append in one round trip (see ADR 0005). SECURITY INVOKER: RLS applies as for the caller.
      // The hash is sha256 over the canonical JSON the client pre-rendered in four parts around the three
      // values only known under the stream lock: prevHash, recordedAt (DB clock, ms) and streamVersion.
      name: '0002-append-function',
      sql: `
CREATE FUNCTION ${s}.append_events(
  p_province text, p_stream_id text, p_expected integer, p_actor jsonb, p_occurred_at timestamptz,
  p_correlation_id text, p_causation_id text, p_events jsonb
) RETURNS SETOF ${s}.events
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_session text := current_setting('app.province', true);
  v_version integer;
  v_prev text;
  v_new_stream boolean := false;
  v_now timestamptz;
  v_rec text;
  v_existing uuid[];
  v_fresh jsonb := p_events;
  v_prevs text[] := '{}';
  v_hashes text[] := '{}';
  v_ev jsonb;
  v_n integer := 0;
BEGIN
  -- Lock first: it assigns no xid, so the next appender's xid is assigned after this one commits
  -- (xid order = stream order for catch-up readers). Same key as before this migration.
  PERFORM pg_advisory_xact_lock(hashtext('par:es:${s}'), hashtext(p_province || '/' || p_stream_id));
  IF v_session IS DISTINCT FROM p_province THEN
    RAISE EXCEPTION 'Session province % differs from context province %', coalesce(v_session, 'null'), p_province
      USING ERRCODE = 'PA403';
  END IF;
  -- Every appender holds the advisory lock: a plain read (new snapshot per statement) sees the last commit.
  SELECT st.version, st.last_hash INTO v_version, v_prev FROM ${s}.streams st
   WHERE st.province = p_province AND st.stream_id = p_stream_id;
  IF NOT FOUND THEN
    v_version := 0;
    v_new_stream := true;
  END IF;
  -- Idempotent retry: events whose given ids are already stored in this stream are not appended again.
  IF v_version > 0 AND jsonb_path_exists(p_events, '$[*] ? (@.given == true)') THEN
    SELECT array_agg(e.event_id) INTO v_existing FROM ${s}.events e
     WHERE e.province = p_province AND e.stream_id = p_stream_id
       AND e.event_id IN (SELECT (x->>'id')::uuid FROM jsonb_array_elements(p_events) x WHERE (x->>'given')::boolean);
    IF v_existing IS NOT NULL THEN
      SELECT coalesce(jsonb_agg(t.x ORDER BY t.o), '[]') INTO v_fresh
        FROM jsonb_array_elements(p_events) WITH ORDINALITY t(x, o)
       WHERE NOT ((t.x->>'id')::uuid = ANY (v_existing));
      IF jsonb_array_length(v_fresh) = 0 THEN
        RETURN QUERY SELECT * FROM ${s}.events e
          WHERE e.province = p_province AND e.stream_id = p_stream_id AND e.event_id = ANY (v_existing)
          ORDER BY e.stream_version;
        RETURN;
      END IF;
    END IF;
  END IF;
  -- p_expected: >= 0 exact version, -1 any, -2 no stream.
  IF (p_expected = -2 AND v_version <> 0) OR (p_expected >= 0 AND p_expected <> v_version) THEN
    RAISE EXCEPTION 'Stream % is at version %', p_stream_id, v_version USING ERRCODE = 'PA409', DETAIL = v_version::text;
  END IF;
  IF jsonb_array_length(v_fresh) = 0 THEN
    RETURN;
  END IF;
  v_now := date_trunc('milliseconds', clock_timestamp());
  v_rec := '"' || to_char(v_now AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"';
  FOR v_ev IN SELECT t.x FROM jsonb_array_elements(v_fresh) WITH ORDINALITY t(x, o) ORDER BY t.o LOOP
    v_n := v_n + 1;
    v_prevs := array_append(v_prevs, v_prev);
    v_prev := encode(sha256(convert_to(
      (v_ev->>'h0') || coalesce('"' || v_prev || '"', 'null') || (v_ev->>'h1') || v_rec || (v_ev->>'h2')
        || (v_version + v_n)::text || (v_ev->>'h3'), 'UTF8')), 'hex');
    v_hashes := array_append(v_hashes, v_prev);
  END LOOP;
  RETURN QUERY
    INSERT INTO ${s}.events AS e (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
        occurred_at, recorded_at, reason, correlation_id, causation_id, prev_hash, hash)
    SELECT p_province, p_stream_id, v_version + t.o::integer, (t.x->>'id')::uuid, t.x->>'type',
        (t.x->>'schemaVersion')::integer, t.x->'data', p_actor, p_occurred_at, v_now, t.x->>'reason',
        p_correlation_id, p_causation_id, v_prevs[t.o], v_hashes[t.o]
      FROM jsonb_array_elements(v_fresh) WITH ORDINALITY t(x, o)
     ORDER BY t.o
    RETURNING e.*;
  IF v_new_stream THEN
    INSERT INTO ${s}.streams (province, stream_id, version, last_hash) VALUES (p_province, p_stream_id, v_version + v_n, v_prev);
  ELSE
    UPDATE ${s}.streams SET version = v_version + v_n, last_hash = v_prev, updated_at = now()
     WHERE province = p_province AND stream_id = p_stream_id;
  END IF;
END
$fn$;
REVOKE ALL ON FUNCTION ${s}.append_events(text, text, integer, jsonb, timestamptz, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ${s}.append_events(text, text, integer, jsonb, timestamptz, text, text, jsonb) TO {{app_role}};
`,
    },
    {
      // Same append as 0002 (same lock key, checks, hash chain, stream row), cheaper to call: the batch comes as
      // parallel arrays instead of one jsonb document (no jsonb parse/walk of the hash parts), and only what the
      // database assigns comes back (version, position, recorded_at, hashes) instead of whole stored rows.
      // out_stored = true marks events that were already stored (idempotent retry); the caller reads those.
      name: '0003-append-arrays',
      sql: `
CREATE FUNCTION ${s}.append_batch(
  p_province text, p_stream_id text, p_expected integer, p_actor jsonb, p_occurred_at timestamptz,
  p_correlation_id text, p_causation_id text, p_ids uuid[], p_given boolean[], p_types text[],
  p_schema_versions integer[], p_data jsonb[], p_reasons text[], p_h0 text[], p_h1 text[], p_h2 text[], p_h3 text[]
) RETURNS TABLE (out_id uuid, out_version integer, out_position text, out_recorded_at text, out_prev_hash text,
  out_hash text, out_stored boolean)
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  v_session text := current_setting('app.province', true);
  v_version integer;
  v_prev text;
  v_new_stream boolean := false;
  v_now timestamptz;
  v_rec text;
  v_existing uuid[];
  v_ord integer[];
  v_prevs text[];
  v_hashes text[];
  v_i integer;
  v_n integer := 0;
BEGIN
  -- Lock first: it assigns no xid, so the next appender's xid is assigned after this one commits
  -- (xid order = stream order for catch-up readers). Same key as 0002.
  PERFORM pg_advisory_xact_lock(hashtext('par:es:${s}'), hashtext(p_province || '/' || p_stream_id));
  IF v_session IS DISTINCT FROM p_province THEN
    RAISE EXCEPTION 'Session province % differs from context province %', coalesce(v_session, 'null'), p_province
      USING ERRCODE = 'PA403';
  END IF;
  -- Every appender holds the advisory lock: a plain read (new snapshot per statement) sees the last commit.
  SELECT st.version, st.last_hash INTO v_version, v_prev FROM ${s}.streams st
   WHERE st.province = p_province AND st.stream_id = p_stream_id;
  IF NOT FOUND THEN
    v_version := 0;
    v_new_stream := true;
  END IF;
  -- Idempotent retry: events whose given ids are already stored in this stream are not appended again.
  IF v_version > 0 AND true = ANY (p_given) THEN
    SELECT array_agg(e.event_id) INTO v_existing FROM ${s}.events e
     WHERE e.province = p_province AND e.stream_id = p_stream_id
       AND e.event_id IN (SELECT u.id FROM unnest(p_ids, p_given) u(id, g) WHERE u.g);
  END IF;
  IF v_existing IS NULL THEN
    v_ord := ARRAY(SELECT generate_series(1, coalesce(cardinality(p_ids), 0)));
  ELSE
    v_ord := ARRAY(SELECT u.o::integer FROM unnest(p_ids) WITH ORDINALITY u(id, o)
                    WHERE NOT (u.id = ANY (v_existing)) ORDER BY u.o);
    IF cardinality(v_ord) = 0 THEN
      RETURN QUERY SELECT e.event_id, e.stream_version, e.global_position::text, NULL::text, e.prev_hash, e.hash, true
        FROM ${s}.events e
       WHERE e.province = p_province AND e.stream_id = p_stream_id AND e.event_id = ANY (v_existing)
       ORDER BY e.stream_version;
      RETURN;
    END IF;
  END IF;
  -- p_expected: >= 0 exact version, -1 any, -2 no stream.
  IF (p_expected = -2 AND v_version <> 0) OR (p_expected >= 0 AND p_expected <> v_version) THEN
    RAISE EXCEPTION 'Stream % is at version %', p_stream_id, v_version USING ERRCODE = 'PA409', DETAIL = v_version::text;
  END IF;
  IF cardinality(v_ord) = 0 THEN
    RETURN;
  END IF;
  v_now := date_trunc('milliseconds', clock_timestamp());
  v_rec := to_char(v_now AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  FOREACH v_i IN ARRAY v_ord LOOP
    v_n := v_n + 1;
    v_prevs[v_n] := v_prev;
    v_prev := encode(sha256(convert_to(
      p_h0[v_i] || coalesce('"' || v_prev || '"', 'null') || p_h1[v_i] || '"' || v_rec || '"' || p_h2[v_i]
        || (v_version + v_n)::text || p_h3[v_i], 'UTF8')), 'hex');
    v_hashes[v_n] := v_prev;
  END LOOP;
  RETURN QUERY
    INSERT INTO ${s}.events AS e (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
        occurred_at, recorded_at, reason, correlation_id, causation_id, prev_hash, hash)
    SELECT p_province, p_stream_id, v_version + t.k::integer, p_ids[t.i], p_types[t.i], p_schema_versions[t.i],
        p_data[t.i], p_actor, p_occurred_at, v_now, p_reasons[t.i], p_correlation_id, p_causation_id,
        v_prevs[t.k], v_hashes[t.k]
      FROM unnest(v_ord) WITH ORDINALITY t(i, k)
     ORDER BY t.k
    RETURNING e.event_id, e.stream_version, e.global_position::text, v_rec, e.prev_hash, e.hash, false;
  IF v_new_stream THEN
    INSERT INTO ${s}.streams (province, stream_id, version, last_hash) VALUES (p_province, p_stream_id, v_version + v_n, v_prev);
  ELSE
    UPDATE ${s}.streams SET version = v_version + v_n, last_hash = v_prev, updated_at = now()
     WHERE province = p_province AND stream_id = p_stream_id;
  END IF;
END
$fn$;
REVOKE ALL ON FUNCTION ${s}.append_batch(text, text, integer, jsonb, timestamptz, text, text, uuid[], boolean[], text[],
  integer[], jsonb[], text[], text[], text[], text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ${s}.append_batch(text, text, integer, jsonb, timestamptz, text, text, uuid[], boolean[], text[],
  integer[], jsonb[], text[], text[], text[], text[], text[]) TO {{app_role}};
`,
    },
    {
      // One write path, enforced by the database: the application and system roles can no longer INSERT
      // events or touch stream heads directly (a direct INSERT could forge a valid-looking chain link and
      // skip the stream lock the global order relies on). Appends go through append_batch, which now runs
      // with its owner's rights (SECURITY DEFINER, fixed search_path) and still checks the session
      // province; FORCE ROW LEVEL SECURITY keeps applying to the owner.
      name: '0004-append-only-through-the-function',
      sql: `
ALTER FUNCTION ${s}.append_batch(text, text, integer, jsonb, timestamptz, text, text, uuid[], boolean[], text[],
  integer[], jsonb[], text[], text[], text[], text[], text[])
  SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
REVOKE ALL ON FUNCTION ${s}.append_events(text, text, integer, jsonb, timestamptz, text, text, jsonb) FROM {{app_role}}, {{system_role}};
REVOKE INSERT ON ${s}.events FROM {{app_role}}, {{system_role}};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${s}.streams FROM {{app_role}}, {{system_role}};
`,
    },
    {
      // append_events (0002) was replaced by append_batch (0003) and revoked in 0004: nothing calls it.
      name: '0005-drop-append-events',
      sql: `DROP FUNCTION ${s}.append_events(text, text, integer, jsonb, timestamptz, text, text, jsonb);`,
    },
    {
      // Same contract, same lock key, checks, hash chain and result as 0003/0004, with less work per call now
      // that each append is its own one-statement transaction (Database.callInProvince): the batch is read with
      // one multi-array unnest instead of an index array built by a query and per-row subscripts, and the
      // idempotency filter (ids already stored) only runs, compacting the arrays, when such ids exist.
      name: '0006-lean-append',
      sql: `
CREATE OR REPLACE FUNCTION ${s}.append_batch(
  p_province text, p_stream_id text, p_expected integer, p_actor jsonb, p_occurred_at timestamptz,
  p_correlation_id text, p_causation_id text, p_ids uuid[], p_given boolean[], p_types text[],
  p_schema_versions integer[], p_data jsonb[], p_reasons text[], p_h0 text[], p_h1 text[], p_h2 text[], p_h3 text[]
) RETURNS TABLE (out_id uuid, out_version integer, out_position text, out_recorded_at text, out_prev_hash text,
  out_hash text, out_stored boolean)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
  v_version integer;
  v_prev text;
  v_new_stream boolean := false;
  v_existing uuid[];
  v_n integer;
  v_now timestamptz;
  v_rec text;
  v_prevs text[];
  v_hashes text[];
BEGIN
  -- The batch comes as parallel arrays: a multi-array unnest would pad a short one with NULLs.
  IF cardinality(p_given) IS DISTINCT FROM cardinality(p_ids) OR cardinality(p_types) IS DISTINCT FROM cardinality(p_ids)
     OR cardinality(p_schema_versions) IS DISTINCT FROM cardinality(p_ids) OR cardinality(p_data) IS DISTINCT FROM cardinality(p_ids)
     OR cardinality(p_reasons) IS DISTINCT FROM cardinality(p_ids) OR cardinality(p_h0) IS DISTINCT FROM cardinality(p_ids)
     OR cardinality(p_h1) IS DISTINCT FROM cardinality(p_ids) OR cardinality(p_h2) IS DISTINCT FROM cardinality(p_ids)
     OR cardinality(p_h3) IS DISTINCT FROM cardinality(p_ids) THEN
    RAISE EXCEPTION 'append_batch: the batch arrays differ in length' USING ERRCODE = '22023';
  END IF;
  -- Lock first: it assigns no xid, so the next appender's xid is assigned after this one commits
  -- (xid order = stream order for catch-up readers).
  PERFORM pg_advisory_xact_lock(hashtext('par:es:${s}'), hashtext(p_province || '/' || p_stream_id));
  IF current_setting('app.province', true) IS DISTINCT FROM p_province THEN
    RAISE EXCEPTION 'Session province % differs from context province %',
      coalesce(current_setting('app.province', true), 'null'), p_province USING ERRCODE = 'PA403';
  END IF;
  -- Every appender holds the advisory lock: a plain read (new snapshot per statement) sees the last commit.
  SELECT st.version, st.last_hash INTO v_version, v_prev FROM ${s}.streams st
   WHERE st.province = p_province AND st.stream_id = p_stream_id;
  IF NOT FOUND THEN
    v_version := 0;
    v_new_stream := true;
  END IF;
  -- Idempotent retry: events whose given ids are already stored in this stream are not appended again.
  IF v_version > 0 AND true = ANY (p_given) THEN
    SELECT array_agg(e.event_id) INTO v_existing FROM ${s}.events e
     WHERE e.province = p_province AND e.stream_id = p_stream_id
       AND e.event_id IN (SELECT u.id FROM unnest(p_ids, p_given) u(id, g) WHERE u.g);
    IF v_existing IS NOT NULL THEN
      SELECT array_agg(u.id ORDER BY u.o), array_agg(u.t ORDER BY u.o), array_agg(u.sv ORDER BY u.o),
             array_agg(u.d ORDER BY u.o), array_agg(u.r ORDER BY u.o), array_agg(u.a0 ORDER BY u.o),
             array_agg(u.a1 ORDER BY u.o), array_agg(u.a2 ORDER BY u.o), array_agg(u.a3 ORDER BY u.o)
        INTO p_ids, p_types, p_schema_versions, p_data, p_reasons, p_h0, p_h1, p_h2, p_h3
        FROM unnest(p_ids, p_types, p_schema_versions, p_data, p_reasons, p_h0, p_h1, p_h2, p_h3)
             WITH ORDINALITY u(id, t, sv, d, r, a0, a1, a2, a3, o)
       WHERE NOT (u.id = ANY (v_existing));
      IF p_ids IS NULL THEN
        RETURN QUERY SELECT e.event_id, e.stream_version, e.global_position::text, NULL::text, e.prev_hash, e.hash, true
          FROM ${s}.events e
         WHERE e.province = p_province AND e.stream_id = p_stream_id AND e.event_id = ANY (v_existing)
         ORDER BY e.stream_version;
        RETURN;
      END IF;
    END IF;
  END IF;
  -- p_expected: >= 0 exact version, -1 any, -2 no stream.
  IF (p_expected = -2 AND v_version <> 0) OR (p_expected >= 0 AND p_expected <> v_version) THEN
    RAISE EXCEPTION 'Stream % is at version %', p_stream_id, v_version USING ERRCODE = 'PA409', DETAIL = v_version::text;
  END IF;
  v_n := coalesce(cardinality(p_ids), 0);
  IF v_n = 0 THEN
    RETURN;
  END IF;
  v_now := date_trunc('milliseconds', clock_timestamp());
  v_rec := to_char(v_now AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  FOR v_i IN 1 .. v_n LOOP
    v_prevs[v_i] := v_prev;
    v_prev := encode(sha256(convert_to(
      p_h0[v_i] || coalesce('"' || v_prev || '"', 'null') || p_h1[v_i] || '"' || v_rec || '"' || p_h2[v_i]
        || (v_version + v_i)::text || p_h3[v_i], 'UTF8')), 'hex');
    v_hashes[v_i] := v_prev;
  END LOOP;
  RETURN QUERY
    INSERT INTO ${s}.events AS e (province, stream_id, stream_version, event_id, type, schema_version, data, actor,
        occurred_at, recorded_at, reason, correlation_id, causation_id, prev_hash, hash)
    SELECT p_province, p_stream_id, v_version + u.k::integer, u.id, u.t, u.sv, u.d, p_actor, p_occurred_at, v_now,
        u.r, p_correlation_id, p_causation_id, u.ph, u.h
      FROM unnest(p_ids, p_types, p_schema_versions, p_data, p_reasons, v_prevs, v_hashes)
           WITH ORDINALITY u(id, t, sv, d, r, ph, h, k)
     ORDER BY u.k
    RETURNING e.event_id, e.stream_version, e.global_position::text, v_rec, e.prev_hash, e.hash, false;
  IF v_new_stream THEN
    INSERT INTO ${s}.streams (province, stream_id, version, last_hash) VALUES (p_province, p_stream_id, v_version + v_n, v_prev);
  ELSE
    UPDATE ${s}.streams SET version = v_version + v_n, last_hash = v_prev, updated_at = now()
     WHERE province = p_province AND stream_id = p_stream_id;
  END IF;
END
$fn$;
`,
    },
  ];
}
