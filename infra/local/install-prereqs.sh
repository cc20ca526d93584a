#!/usr/bin/env bash
# What a clean Debian/Ubuntu CI machine needs before `npm ci` and infra/local/up.sh:
#   PostgreSQL server binaries, curl, unzip, procps, iproute2 (apt; skipped when all present),
#   Maven and Java 17+ (for Kafka), chromium (the console's browser tests, test/e2e/console.e2e.spec.ts),
#   a JDK >= 21 (for Keycloak; not in Debian 12's apt: checked only), and for reports LibreOffice Writer
#   (headless), poppler-utils and fonts-dejavu-core.
# Usage (as root): infra/local/install-prereqs.sh
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

missing=()
pg_bindir >/dev/null || missing+=(postgresql)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v ps >/dev/null 2>&1 || missing+=(procps)
command -v ss >/dev/null 2>&1 || missing+=(iproute2)
command -v runuser >/dev/null 2>&1 || missing+=(util-linux)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# reports (ADR 0023): DOCX → PDF with LibreOffice headless, pdftoppm/pdftotext in the report tests, a Vietnamese font
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)

if ((${#missing[@]})); then
  [[ $EUID -eq 0 ]] || die "missing packages: ${missing[*]}; run this script as root (it uses apt-get)"
  command -v apt-get >/dev/null 2>&1 || die "missing packages: ${missing[*]}; no apt-get on this machine, install them by hand"
  log "apt-get install: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # policy-rc.d-less containers: the postgresql package may try to start its own cluster on 5432; we
  # never use that cluster (ours runs on $PAR_PG_PORT from $PAR_DATA_DIR).
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "apt packages: all present, nothing to install"
fi

ok=1
if bindir="$(pg_bindir)"; then
  log "postgres: $("$bindir/postgres" --version) ($bindir)"
else
  log "postgres: server binaries NOT found under /usr/lib/postgresql/*/bin"; ok=0
fi
if command -v mvn >/dev/null 2>&1; then
  log "maven: $(mvn -v 2>/dev/null | head -n1 | sed 's/\x1b\[[0-9;]*m//g')"
else
  log "maven: NOT found (apt-get install maven)"; ok=0
fi
kj="$(kafka_java 2>/dev/null || true)"
if [[ -n "$kj" ]]; then log "java for kafka (>= 17): $kj"; else log "java for kafka: NOT found (need 17+)"; ok=0; fi
kc_home="$(find_java_home 21 || true)"
if [[ -n "$kc_home" ]]; then
  log "java for keycloak (>= 21): $kc_home (Java $(java_major "$kc_home"))"
else
  log "java for keycloak: NOT found. Keycloak $PAR_KEYCLOAK_VERSION needs a JDK >= 21 (e.g. Temurin under /usr/lib/jvm/temurin-21-jdk-amd64, or set PAR_JAVA21_HOME)"
  ok=0
fi
((ok)) || die "prerequisites incomplete (see above)"
log "prerequisites OK"
