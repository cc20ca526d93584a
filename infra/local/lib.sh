# shellcheck shell=bash
# shellcheck disable=SC2034 # variables are used by the scripts that source this file
# Shared helpers for the local (Docker-free) infrastructure scripts.
# Sourced by up.sh, down.sh, status.sh, restart.sh, fetch.sh. Not meant to be run directly.
#
# Nothing here writes into the repository tree: downloads go to PAR_CACHE_DIR (and Maven's ~/.m2),
# server state, logs and pids go to PAR_DATA_DIR.

PAR_INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# --- versions (keep infra/compose/docker-compose.yml in sync) ---------------------------------------
PAR_KAFKA_VERSION="${PAR_KAFKA_VERSION:-4.1.1}"
PAR_LOG4J_VERSION="${PAR_LOG4J_VERSION:-2.24.3}"
PAR_KEYCLOAK_VERSION="${PAR_KEYCLOAK_VERSION:-26.7.3}"

# --- fixed ports, all on 127.0.0.1 --------------------------------------------------------------------
PAR_HOST=127.0.0.1
PAR_PG_PORT=55432
PAR_KAFKA_PORT=59092
PAR_KAFKA_CONTROLLER_PORT=59093
PAR_KEYCLOAK_PORT=58080
PAR_KEYCLOAK_MGMT_PORT=59000
# Fixed KRaft cluster id: base64url("PAR-index-local1").
PAR_KAFKA_CLUSTER_ID=UEFSLWluZGV4LWxvY2FsMQ
# Realms up.sh waits for (the tests need these two). par-thai-nguyen (the 2026 demo) is imported with them from
# keycloak/realms/ but not waited for, so an already-running Keycloak imported before it existed still passes.
PAR_REALMS=(par-bac-kan par-cao-bang)

# --- directories --------------------------------------------------------------------------------------
PAR_CACHE_DIR="${PAR_CACHE_DIR:-$HOME/.cache/par-index}"
PAR_DATA_DIR="${PAR_DATA_DIR:-$HOME/.local/share/par-index}"
PAR_LOG_DIR="$PAR_DATA_DIR/logs"
PAR_RUN_DIR="$PAR_DATA_DIR/run"

KAFKA_LIB_DIR="$PAR_CACHE_DIR/kafka-$PAR_KAFKA_VERSION/libs"
KEYCLOAK_ZIP="$PAR_CACHE_DIR/keycloak-quarkus-dist-$PAR_KEYCLOAK_VERSION.zip"
KEYCLOAK_HOME="$PAR_CACHE_DIR/keycloak-$PAR_KEYCLOAK_VERSION"

# Timeouts (seconds) for health waits.
PAR_PG_TIMEOUT="${PAR_PG_TIMEOUT:-60}"
PAR_KAFKA_TIMEOUT="${PAR_KAFKA_TIMEOUT:-120}"
PAR_KEYCLOAK_TIMEOUT="${PAR_KEYCLOAK_TIMEOUT:-300}"

PAR_ALL_SERVERS=(postgres kafka keycloak)

log() { printf '[par-infra] %s\n' "$*" >&2; }
die() { printf '[par-infra] ERROR: %s\n' "$*" >&2; exit 1; }

# Print a clear failure for a server that did not become healthy, with the tail of its log.
fail_with_log() { # name logfile message
  local name="$1" logfile="$2" msg="$3"
  {
    printf '\n[par-infra] ERROR: %s: %s\n' "$name" "$msg"
    printf '[par-infra] log file: %s\n' "$logfile"
    if [[ -r "$logfile" ]]; then
      printf '[par-infra] ---- last 30 lines of %s ----\n' "$logfile"
      tail -n 30 "$logfile"
      printf '[par-infra] ---- end of log ----\n'
    else
      printf '[par-infra] (log file not readable)\n'
    fi
  } >&2
  exit 1
}

# Validate server names given on the command line; print them (default: all).
parse_servers() {
  if [[ $# -eq 0 ]]; then
    printf '%s\n' "${PAR_ALL_SERVERS[@]}"
    return
  fi
  local s
  for s in "$@"; do
    case "$s" in
      postgres | kafka | keycloak) printf '%s\n' "$s" ;;
      pg | postgresql) printf 'postgres\n' ;;
      *) die "unknown server '$s' (expected: postgres kafka keycloak)" ;;
    esac
  done
}

port_open() { # port -> 0 if something accepts TCP connections on 127.0.0.1:port
  (exec 3<>"/dev/tcp/$PAR_HOST/$1") 2>/dev/null
}

# Alive and not a zombie (a killed server whose parent is a non-reaping PID 1 stays a zombie).
pid_alive() {
  [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null || return 1
  local state
  state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)"
  [[ "$state" != Z && "$state" != X ]]
}

# A Java server we started carries -Dpar.index.server=NAME on its command line; check the pid still is it.
pid_is_server() { # pid name
  pid_alive "$1" && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q -- "-Dpar.index.server=$2"
}

# RSS in MiB of a process plus its direct children (kc.sh stays as the parent of Keycloak's JVM;
# for PostgreSQL this adds the backends, so shared buffers are counted more than once).
rss_mib() {
  local kb
  kb="$({ ps -o rss= -p "$1"; ps -o rss= --ppid "$1"; } 2>/dev/null | awk '{s += $1} END {print s + 0}')"
  echo $((kb / 1024))
}

# Our servers run in their own session (setsid), so the pid is also the process-group id.
group_alive() { [[ -n "${1:-}" ]] && kill -0 -- "-$1" 2>/dev/null; }

# Serialize up/down/restart: several engineers and test suites share these servers and may call
# restart.sh at the same time. Waits up to 10 minutes for the lock.
take_lock() {
  mkdir -p "$PAR_RUN_DIR"
  exec 9>"$PAR_RUN_DIR/infra.lock"
  if command -v flock >/dev/null 2>&1; then
    flock -w 600 9 || die "another up/down/restart still holds $PAR_RUN_DIR/infra.lock after 600s"
  fi
}

# --- Java ---------------------------------------------------------------------------------------------
java_major() { # JAVA_HOME -> major version number or empty
  local home="$1" v
  [[ -x "$home/bin/java" ]] || return 0
  if [[ -r "$home/release" ]]; then
    v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
  fi
  if [[ -z "${v:-}" ]]; then
    v="$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')"
  fi
  echo "${v:-}"
}

# A JDK with major >= $1: PAR_JAVA21_HOME, then JAVA_HOME, then /usr/lib/jvm/temurin-*, then any /usr/lib/jvm/*.
find_java_home() { # min_major
  local min="$1" cand best="" best_major=0 m
  for cand in "${PAR_JAVA21_HOME:-}" "${JAVA_HOME:-}"; do
    [[ -n "$cand" ]] || continue
    m="$(java_major "$cand")"
    if [[ -n "$m" && "$m" -ge "$min" ]]; then echo "$cand"; return 0; fi
  done
  for cand in /usr/lib/jvm/temurin-* /usr/lib/jvm/*; do
    [[ -d "$cand" && ! -L "$cand" ]] || continue
    m="$(java_major "$cand")"
    if [[ -n "$m" && "$m" -ge "$min" && "$m" -gt "$best_major" ]]; then best="$cand"; best_major="$m"; fi
  done
  if [[ -n "$best" ]]; then echo "$best"; fi
}

# Java for Kafka: 17+ is enough; prefer the default `java`.
kafka_java() {
  local j home m
  if j="$(command -v java 2>/dev/null)"; then
    home="$(dirname "$(dirname "$(readlink -f "$j")")")"
    m="$(java_major "$home")"
    if [[ -n "$m" && "$m" -ge 17 ]]; then echo "$home/bin/java"; return 0; fi
  fi
  home="$(find_java_home 17)" || true
  [[ -n "$home" ]] || die "Kafka needs Java 17 or newer; none found (install openjdk-17-jre-headless)"
  echo "$home/bin/java"
}

keycloak_java_home() {
  local home
  home="$(find_java_home 21)" || true
  [[ -n "$home" ]] || die "Keycloak $PAR_KEYCLOAK_VERSION needs Java 21 or newer; none found (set PAR_JAVA21_HOME or install a JDK >= 21 under /usr/lib/jvm)"
  echo "$home"
}

# --- PostgreSQL ---------------------------------------------------------------------------------------
pg_bindir() {
  local d
  if [[ -n "${PAR_PG_BINDIR:-}" ]]; then echo "$PAR_PG_BINDIR"; return 0; fi
  # Highest installed major version.
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    if [[ -x "$d/initdb" && -x "$d/pg_ctl" ]]; then echo "$d"; return 0; fi
  done
  return 1
}

# PostgreSQL refuses to run as root: as root we run it as the `postgres` OS user, which must be able to
# reach its data directory. $HOME of root (0700) is not reachable, so we then fall back to
# /var/lib/par-index/postgres (and leave a symlink at $PAR_DATA_DIR/postgres pointing there).
pg_os_user() {
  if [[ $EUID -eq 0 ]]; then echo postgres; else id -un; fi
}

pg_base_dir() {
  if [[ -n "${PAR_PG_DIR:-}" ]]; then echo "$PAR_PG_DIR"; return; fi
  local want="$PAR_DATA_DIR/postgres"
  if [[ -L "$want" ]]; then readlink -f "$want"; return; fi
  if [[ $EUID -ne 0 ]]; then echo "$want"; return; fi
  mkdir -p "$PAR_DATA_DIR"
  if (cd / && runuser -u postgres -- test -x "$PAR_DATA_DIR") 2>/dev/null; then
    echo "$want"
  else
    echo "/var/lib/par-index/postgres"
  fi
}

as_pg_user() { # run a command as the PostgreSQL OS user, from /
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

pg_pid() { # print postmaster pid if running
  local base="$1" pid
  [[ -r "$base/data/postmaster.pid" ]] || return 1
  pid="$(head -n1 "$base/data/postmaster.pid" 2>/dev/null)" || return 1
  pid_alive "$pid" || return 1
  # Guard against pid reuse after a crash: the process must be a postgres server.
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres* ]] || return 1
  echo "$pid"
}

# --- Maven --------------------------------------------------------------------------------------------
mvn_cmd() {
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is required to fetch Kafka and Keycloak; run infra/local/install-prereqs.sh"
  # Batch mode, no progress; Maven's own cache (~/.m2) is reused across clones. Output goes to a log
  # in the cache dir and is shown only on failure.
  mkdir -p "$PAR_CACHE_DIR"
  if ! mvn -B -ntp "$@" >"$PAR_CACHE_DIR/maven.log" 2>&1; then
    fail_with_log maven "$PAR_CACHE_DIR/maven.log" "mvn $* failed"
  fi
}
