#!/usr/bin/env bash
# Stop and start one or more servers (fault tests restart PostgreSQL and Kafka).
# Usage: infra/local/restart.sh NAME...      NAME: postgres | kafka | keycloak
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -ge 1 ]] || die "usage: infra/local/restart.sh postgres|kafka|keycloak ..."
parse_servers "$@" >/dev/null
"$PAR_INFRA_DIR/down.sh" "$@"
"$PAR_INFRA_DIR/up.sh" "$@"
