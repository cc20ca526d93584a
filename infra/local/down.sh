#!/usr/bin/env bash
# Stop the local servers gracefully.
# Usage: infra/local/down.sh [postgres] [kafka] [keycloak]     (default: all three)
# PostgreSQL: pg_ctl stop -m fast. Java servers: SIGTERM, wait, then SIGKILL.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PAR_STOP_TIMEOUT="${PAR_STOP_TIMEOUT:-30}"

stop_postgres() {
  local base bindir pid
  base="$(pg_base_dir)"
  if ! pid="$(pg_pid "$base")"; then
    log "postgres: not running"
    return 0
  fi
  bindir="$(pg_bindir)" || die "postgres: pg_ctl not found"
  log "postgres: stopping (pid $pid, fast shutdown)"
  if ! as_pg_user "$bindir/pg_ctl" stop -D "$base/data" -m fast -w -t "$PAR_STOP_TIMEOUT" -s; then
    log "postgres: fast shutdown timed out; immediate shutdown"
    as_pg_user "$bindir/pg_ctl" stop -D "$base/data" -m immediate -w -t 10 -s || true
  fi
}

stop_java() { # name pidfile
  local name="$1" pidfile="$2" pid i
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  if ! pid_is_server "$pid" "$name"; then
    log "$name: not running"
    rm -f "$pidfile"
    return 0
  fi
  log "$name: stopping (pid $pid, SIGTERM)"
  # SIGTERM to the server process only (kc.sh forwards it to Keycloak's JVM) ...
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < PAR_STOP_TIMEOUT * 5; i++)); do
    group_alive "$pid" || pid_alive "$pid" || break
    sleep 0.2
  done
  # ... SIGKILL to its whole process group (own session via setsid) if it did not stop in time.
  if group_alive "$pid" || pid_alive "$pid"; then
    log "$name: still running after ${PAR_STOP_TIMEOUT}s; SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$pidfile"
}

main() {
  local servers s
  parse_servers "$@" >/dev/null
  mapfile -t servers < <(parse_servers "$@")
  take_lock
  for s in "${servers[@]}"; do
    case "$s" in
      postgres) stop_postgres ;;
      kafka) stop_java kafka "$PAR_RUN_DIR/kafka.pid" ;;
      keycloak) stop_java keycloak "$PAR_RUN_DIR/keycloak.pid" ;;
    esac
  done
}

main "$@"
