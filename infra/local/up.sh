#!/usr/bin/env bash
# Start the local infrastructure without Docker: PostgreSQL, Kafka (KRaft), Keycloak.
# Usage: infra/local/up.sh [postgres] [kafka] [keycloak]      (default: all three)
# Idempotent: installs/downloads what is missing, starts what is not running, waits until healthy.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=fetch.sh
source "$PAR_INFRA_DIR/fetch.sh"

# ======================================= PostgreSQL ===================================================
start_postgres() {
  local bindir base user
  if ! bindir="$(pg_bindir)"; then
    if [[ $EUID -eq 0 ]]; then
      log "postgres: initdb/pg_ctl not found; installing with install-prereqs.sh"
      "$PAR_INFRA_DIR/install-prereqs.sh"
      bindir="$(pg_bindir)" || die "postgres: server binaries still missing after install"
    else
      die "postgres: initdb/pg_ctl not found under /usr/lib/postgresql/*/bin; run (as root) infra/local/install-prereqs.sh"
    fi
  fi
  base="$(pg_base_dir)"
  user="$(pg_os_user)"
  mkdir -p "$base/data" "$base/run" "$base/log" "$PAR_DATA_DIR" "$PAR_LOG_DIR"
  if [[ "$base" != "$PAR_DATA_DIR/postgres" && ! -e "$PAR_DATA_DIR/postgres" ]]; then
    ln -s "$base" "$PAR_DATA_DIR/postgres"
  fi
  ln -sfn "$base/log/postgres.log" "$PAR_LOG_DIR/postgres.log"
  if [[ $EUID -eq 0 ]]; then chown -R "$user:" "$base"; fi
  chmod 700 "$base/data" "$base/run"

  if [[ ! -f "$base/data/PG_VERSION" ]]; then
    log "postgres: initdb in $base/data (as OS user $user, $("$bindir/postgres" --version))"
    as_pg_user "$bindir/initdb" -D "$base/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$base/log/initdb.log" 2>&1 ||
      fail_with_log postgres "$base/log/initdb.log" "initdb failed"
    echo "include 'par.conf'" >>"$base/data/postgresql.conf"
  fi

  # Rewritten on every start so changes here take effect.
  cat >"$base/data/par.conf" <<EOF
# Written by infra/local/up.sh on each start; edit there, not here.
listen_addresses = '$PAR_HOST'
port = $PAR_PG_PORT
max_connections = 200
unix_socket_directories = '$base/run'
unix_socket_permissions = 0700
password_encryption = 'scram-sha-256'
fsync = on
synchronous_commit = on
full_page_writes = on
logging_collector = off
log_line_prefix = '%m [%p] %q%u@%d '
timezone = 'UTC'
EOF
  cat >"$base/data/pg_hba.conf" <<EOF
# Written by infra/local/up.sh on each start.
# Unix socket (directory $base/run, mode 0700): only the OS user running the server ($user) can reach it.
local   all   all                 trust
host    all   all   127.0.0.1/32  scram-sha-256
EOF
  if [[ $EUID -eq 0 ]]; then chown "$user:" "$base/data/par.conf" "$base/data/pg_hba.conf"; fi

  local pid
  if pid="$(pg_pid "$base")"; then
    log "postgres: already running (pid $pid, port $PAR_PG_PORT)"
  else
    if port_open "$PAR_PG_PORT"; then
      die "postgres: port $PAR_PG_PORT is already in use by another process (not ours: no postmaster.pid in $base/data)"
    fi
    log "postgres: starting on $PAR_HOST:$PAR_PG_PORT"
    # 9>&-: the server must not inherit (and hold) the infra lock.
    as_pg_user "$bindir/pg_ctl" start -W -D "$base/data" -l "$base/log/postgres.log" -s >/dev/null 9>&-
  fi
  wait_postgres "$bindir" "$base"
  bootstrap_postgres "$bindir" "$base"
}

wait_postgres() {
  local bindir="$1" base="$2" deadline=$((SECONDS + PAR_PG_TIMEOUT))
  until "$bindir/pg_isready" -q -h "$PAR_HOST" -p "$PAR_PG_PORT" -d postgres; do
    if ((SECONDS >= deadline)); then
      fail_with_log postgres "$base/log/postgres.log" "not ready on $PAR_HOST:$PAR_PG_PORT after ${PAR_PG_TIMEOUT}s"
    fi
    sleep 0.3
  done
}

# Roles and database; idempotent (run on every up, heals drift).
bootstrap_postgres() {
  local bindir="$1" base="$2"
  as_pg_user "$bindir/psql" -h "$base/run" -p "$PAR_PG_PORT" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -q -X >/dev/null <<'SQL'
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM (VALUES ('par_owner'), ('par_app'), ('par_system'), ('par_admin')) AS t(name) LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.name) THEN
      EXECUTE format('CREATE ROLE %I LOGIN', r.name);
    END IF;
  END LOOP;
END $$;
SET password_encryption = 'scram-sha-256';
ALTER ROLE par_owner  LOGIN PASSWORD 'par_owner'  NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
ALTER ROLE par_app    LOGIN PASSWORD 'par_app'    NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
ALTER ROLE par_system LOGIN PASSWORD 'par_system' NOSUPERUSER BYPASSRLS   NOCREATEROLE NOCREATEDB;
ALTER ROLE par_admin  LOGIN PASSWORD 'par_admin'  SUPERUSER;
SELECT 'CREATE DATABASE par OWNER par_owner ENCODING ''UTF8'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'par') \gexec
ALTER DATABASE par OWNER TO par_owner;
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE par TO par_owner;
GRANT CONNECT ON DATABASE par TO par_app, par_system;
SQL
}

# ========================================== Kafka =====================================================
KAFKA_DIR="$PAR_DATA_DIR/kafka"
KAFKA_PIDFILE="$PAR_RUN_DIR/kafka.pid"

kafka_log_file() {
  if [[ -s "$PAR_LOG_DIR/kafka.log" ]]; then echo "$PAR_LOG_DIR/kafka.log"; else echo "$PAR_LOG_DIR/kafka.out"; fi
}

start_kafka() {
  [[ -f "$KAFKA_LIB_DIR/.complete" ]] || fetch_kafka
  local java pid
  java="$(kafka_java)"
  mkdir -p "$KAFKA_DIR/data" "$PAR_LOG_DIR" "$PAR_RUN_DIR"
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Written by infra/local/up.sh on each start: single combined KRaft node (broker + controller).
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$PAR_HOST:$PAR_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$PAR_HOST:$PAR_KAFKA_PORT,CONTROLLER://$PAR_HOST:$PAR_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$PAR_HOST:$PAR_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DIR/data
auto.create.topics.enable=true
num.partitions=3
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
EOF
  if pid="$(cat "$KAFKA_PIDFILE" 2>/dev/null)" && pid_is_server "$pid" kafka; then
    log "kafka: already running (pid $pid, port $PAR_KAFKA_PORT)"
    return 0
  fi
  local p
  for p in "$PAR_KAFKA_PORT" "$PAR_KAFKA_CONTROLLER_PORT"; do
    if port_open "$p"; then die "kafka: port $p is already in use by another process (not the broker in $KAFKA_PIDFILE)"; fi
  done
  if [[ ! -f "$KAFKA_DIR/data/meta.properties" ]]; then
    log "kafka: formatting storage $KAFKA_DIR/data (cluster id $PAR_KAFKA_CLUSTER_ID)"
    "$java" -Xmx256m -Dlog4j2.configurationFile="$PAR_INFRA_DIR/kafka/log4j2-tools.properties" \
      -cp "$KAFKA_LIB_DIR/*" kafka.tools.StorageTool format \
      -t "$PAR_KAFKA_CLUSTER_ID" -c "$KAFKA_DIR/server.properties" >"$PAR_LOG_DIR/kafka-format.log" 2>&1 ||
      fail_with_log kafka "$PAR_LOG_DIR/kafka-format.log" "storage format failed"
  fi
  log "kafka: starting $PAR_KAFKA_VERSION on $PAR_HOST:$PAR_KAFKA_PORT (controller $PAR_KAFKA_CONTROLLER_PORT)"
  : >"$PAR_LOG_DIR/kafka.out"
  nohup setsid "$java" -Xms128m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dpar.index.server=kafka -Dkafka.logs.dir="$PAR_LOG_DIR" \
    -Dlog4j2.configurationFile="$PAR_INFRA_DIR/kafka/log4j2.properties" \
    -cp "$KAFKA_LIB_DIR/*" kafka.Kafka "$KAFKA_DIR/server.properties" \
    >>"$PAR_LOG_DIR/kafka.out" 2>&1 </dev/null 9>&- &
  echo $! >"$KAFKA_PIDFILE"
}

wait_kafka() {
  local pid java deadline=$((SECONDS + PAR_KAFKA_TIMEOUT))
  pid="$(cat "$KAFKA_PIDFILE")"
  java="$(kafka_java)"
  while :; do
    pid_alive "$pid" || fail_with_log kafka "$(kafka_log_file)" "broker process $pid exited during startup"
    if port_open "$PAR_KAFKA_PORT" &&
      timeout 30 "$java" -Xmx128m -XX:TieredStopAtLevel=1 \
        -Dlog4j2.configurationFile="$PAR_INFRA_DIR/kafka/log4j2-tools.properties" \
        -cp "$KAFKA_LIB_DIR/*" org.apache.kafka.tools.TopicCommand \
        --bootstrap-server "$PAR_HOST:$PAR_KAFKA_PORT" --list >/dev/null 2>&1; then
      log "kafka: ready (pid $pid, metadata call ok)"
      return 0
    fi
    if ((SECONDS >= deadline)); then
      fail_with_log kafka "$(kafka_log_file)" "not ready on $PAR_HOST:$PAR_KAFKA_PORT after ${PAR_KAFKA_TIMEOUT}s"
    fi
    sleep 1
  done
}

# ========================================= Keycloak ===================================================
KEYCLOAK_DIR="$PAR_DATA_DIR/keycloak"
KEYCLOAK_PIDFILE="$PAR_RUN_DIR/keycloak.pid"
KEYCLOAK_LOG="$PAR_LOG_DIR/keycloak.log"

start_keycloak() {
  [[ -f "$KEYCLOAK_HOME/.complete" ]] || fetch_keycloak
  local jhome pid
  jhome="$(keycloak_java_home)"
  mkdir -p "$KEYCLOAK_DIR/data/import" "$PAR_LOG_DIR" "$PAR_RUN_DIR"
  if pid="$(cat "$KEYCLOAK_PIDFILE" 2>/dev/null)" && pid_is_server "$pid" keycloak; then
    log "keycloak: already running (pid $pid, port $PAR_KEYCLOAK_PORT)"
    return 0
  fi
  local p
  for p in "$PAR_KEYCLOAK_PORT" "$PAR_KEYCLOAK_MGMT_PORT"; do
    if port_open "$p"; then die "keycloak: port $p is already in use by another process (not the server in $KEYCLOAK_PIDFILE)"; fi
  done

  # Keycloak keeps its dev database (H2) under <home>/data. The distribution is unpacked in the cache;
  # point its data/ at our data dir so state stays with the other servers' state.
  if [[ -d "$KEYCLOAK_HOME/data" && ! -L "$KEYCLOAK_HOME/data" ]]; then rm -rf "$KEYCLOAK_HOME/data"; fi
  ln -sfn "$KEYCLOAK_DIR/data" "$KEYCLOAK_HOME/data"

  # --import-realm skips realms that already exist, so when the committed realm files change we
  # drop the dev database (it only holds these realms) and import again.
  local sum
  sum="$(cat "$PAR_INFRA_DIR"/keycloak/realms/*.json | sha256sum | cut -d' ' -f1)"
  if [[ "$(cat "$KEYCLOAK_DIR/realms.sha256" 2>/dev/null)" != "$sum" ]]; then
    if [[ -d "$KEYCLOAK_DIR/data/h2" ]]; then
      log "keycloak: realm files changed since last import; resetting the dev database"
      rm -rf "$KEYCLOAK_DIR/data/h2"
    fi
    echo "$sum" >"$KEYCLOAK_DIR/realms.sha256"
  fi
  rm -f "$KEYCLOAK_DIR/data/import"/*.json
  cp "$PAR_INFRA_DIR"/keycloak/realms/*.json "$KEYCLOAK_DIR/data/import/"

  log "keycloak: starting $PAR_KEYCLOAK_VERSION on http://$PAR_HOST:$PAR_KEYCLOAK_PORT (management $PAR_KEYCLOAK_MGMT_PORT, Java $(java_major "$jhome"))"
  : >"$KEYCLOAK_LOG"
  JAVA_HOME="$jhome" JAVA="$jhome/bin/java" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    nohup setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev -Dpar.index.server=keycloak \
    --http-host="$PAR_HOST" --http-port="$PAR_KEYCLOAK_PORT" \
    --http-management-port="$PAR_KEYCLOAK_MGMT_PORT" --health-enabled=true \
    --import-realm --log-console-color=false \
    >>"$KEYCLOAK_LOG" 2>&1 </dev/null 9>&- &
  echo $! >"$KEYCLOAK_PIDFILE"
}

wait_keycloak() {
  local pid realm deadline=$((SECONDS + PAR_KEYCLOAK_TIMEOUT))
  pid="$(cat "$KEYCLOAK_PIDFILE")"
  until curl -fsS -o /dev/null --max-time 5 "http://$PAR_HOST:$PAR_KEYCLOAK_MGMT_PORT/health/ready" 2>/dev/null; do
    pid_alive "$pid" || fail_with_log keycloak "$KEYCLOAK_LOG" "process $pid exited during startup"
    ((SECONDS < deadline)) ||
      fail_with_log keycloak "$KEYCLOAK_LOG" "/health/ready on port $PAR_KEYCLOAK_MGMT_PORT not UP after ${PAR_KEYCLOAK_TIMEOUT}s"
    sleep 1
  done
  for realm in "${PAR_REALMS[@]}"; do
    until curl -fsS -o /dev/null --max-time 5 \
      "http://$PAR_HOST:$PAR_KEYCLOAK_PORT/realms/$realm/.well-known/openid-configuration" 2>/dev/null; do
      pid_alive "$pid" || fail_with_log keycloak "$KEYCLOAK_LOG" "process $pid exited during startup"
      ((SECONDS < deadline)) ||
        fail_with_log keycloak "$KEYCLOAK_LOG" "realm $realm not served after ${PAR_KEYCLOAK_TIMEOUT}s"
      sleep 1
    done
  done
  log "keycloak: ready (pid $pid, realms: ${PAR_REALMS[*]})"
}

# =========================================== main =====================================================
main() {
  local started=$SECONDS servers s
  parse_servers "$@" >/dev/null # validates (exits on an unknown name)
  mapfile -t servers < <(parse_servers "$@")
  take_lock
  mkdir -p "$PAR_CACHE_DIR" "$PAR_DATA_DIR" "$PAR_LOG_DIR" "$PAR_RUN_DIR"
  command -v curl >/dev/null 2>&1 || die "curl is required; run infra/local/install-prereqs.sh"

  local want_kafka=0 want_keycloak=0 want_pg=0
  for s in "${servers[@]}"; do
    case "$s" in
      postgres) want_pg=1 ;;
      kafka) want_kafka=1 ;;
      keycloak) want_keycloak=1 ;;
    esac
  done
  # Downloads first (sequential: Maven's local repository is not safe for concurrent writers).
  if ((want_kafka)); then fetch_kafka; fi
  if ((want_keycloak)); then fetch_keycloak; fi
  # Launch the slow Java servers, then PostgreSQL (waits itself), then wait for each Java server.
  if ((want_kafka)); then start_kafka; fi
  if ((want_keycloak)); then start_keycloak; fi
  if ((want_pg)); then start_postgres; fi
  if ((want_kafka)); then wait_kafka; fi
  if ((want_keycloak)); then wait_keycloak; fi
  log "up: ${servers[*]} ready in $((SECONDS - started))s"
  log "env: eval \"\$(infra/local/env.sh)\"  (or: source infra/local/env.sh)"
}

main "$@"
