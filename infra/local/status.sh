#!/usr/bin/env bash
# One line per local server: running/stopped, pid, port, RSS, log file.
# Usage: infra/local/status.sh [postgres] [kafka] [keycloak]     Exit code 0 if all listed are running.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

line() { # name state pid port extra
  printf '%-9s %-8s pid=%-8s port=%-18s %s\n' "$1" "$2" "${3:--}" "$4" "$5"
}

main() {
  local servers s pid rc=0 base rss
  parse_servers "$@" >/dev/null
  mapfile -t servers < <(parse_servers "$@")
  for s in "${servers[@]}"; do
    case "$s" in
      postgres)
        base="$(pg_base_dir)"
        if pid="$(pg_pid "$base")"; then
          # RSS of the postmaster only; backends are separate processes.
          rss="$(rss_mib "$pid")"
          line postgres running "$pid" "$PAR_HOST:$PAR_PG_PORT" "rss=${rss}MiB data=$base/data log=$base/log/postgres.log"
        else
          line postgres stopped "" "$PAR_HOST:$PAR_PG_PORT" "data=$base/data"
          rc=1
        fi
        ;;
      kafka | keycloak)
        pid="$(cat "$PAR_RUN_DIR/$s.pid" 2>/dev/null || true)"
        local ports="$PAR_HOST:$PAR_KAFKA_PORT,$PAR_KAFKA_CONTROLLER_PORT"
        [[ "$s" == keycloak ]] && ports="$PAR_HOST:$PAR_KEYCLOAK_PORT,$PAR_KEYCLOAK_MGMT_PORT"
        if pid_is_server "$pid" "$s"; then
          rss="$(rss_mib "$pid")"
          line "$s" running "$pid" "$ports" "rss=${rss}MiB log=$PAR_LOG_DIR/$s.log"
        else
          line "$s" stopped "" "$ports" "log=$PAR_LOG_DIR/$s.log"
          rc=1
        fi
        ;;
    esac
  done
  return "$rc"
}

main "$@"
