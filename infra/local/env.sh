#!/usr/bin/env bash
# Connection settings for the local servers (fixed ports, 127.0.0.1 only).
#   eval "$(infra/local/env.sh)"      # prints export lines
#   source infra/local/env.sh         # or source it
# No `set -e` here: this file may be sourced into an interactive shell.

export PAR_PG_URL=postgres://par_app:par_app@127.0.0.1:55432/par
export PAR_PG_OWNER_URL=postgres://par_owner:par_owner@127.0.0.1:55432/par
export PAR_PG_SYSTEM_URL=postgres://par_system:par_system@127.0.0.1:55432/par
export PAR_PG_ADMIN_URL=postgres://par_admin:par_admin@127.0.0.1:55432/postgres
export PAR_KAFKA_BROKERS=127.0.0.1:59092
export PAR_KEYCLOAK_URL=http://127.0.0.1:58080
export PAR_ALLOWED_ISSUERS=http://127.0.0.1:58080/realms/par-bac-kan,http://127.0.0.1:58080/realms/par-cao-bang,http://127.0.0.1:58080/realms/par-thai-nguyen

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  for _par_var in PAR_PG_URL PAR_PG_OWNER_URL PAR_PG_SYSTEM_URL PAR_PG_ADMIN_URL PAR_KAFKA_BROKERS \
    PAR_KEYCLOAK_URL PAR_ALLOWED_ISSUERS; do
    printf 'export %s=%s\n' "$_par_var" "${!_par_var}"
  done
  unset _par_var
fi
