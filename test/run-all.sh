#!/usr/bin/env bash
# `npm test`: the whole suite. Starts the real PostgreSQL, Kafka and Keycloak through infra/local when
# they are not running (idempotent), then runs the Jest projects: unit, int (real servers), e2e (gateway).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

npm run -s build
bash infra/local/up.sh
eval "$(bash infra/local/env.sh)"
# Fault tests restart the local PostgreSQL and Kafka (they are ours): on by default, PAR_FAULT_TESTS=0 skips them.
export PAR_FAULT_TESTS="${PAR_FAULT_TESTS:-1}"

results="$(mktemp -d)"
jest() { node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js "$@"; }
status=0
jest --selectProjects unit --ci --json --outputFile="$results/unit.json" || status=1
jest --selectProjects int --ci --runInBand --json --outputFile="$results/int.json" || status=1
jest --selectProjects e2e --ci --runInBand --forceExit --json --outputFile="$results/e2e.json" || status=1

# One plain closing line over the three runs.
node -e '
let p = 0, f = 0, s = 0;
for (const k of ["unit", "int", "e2e"]) {
  try {
    const r = JSON.parse(require("fs").readFileSync(process.argv[1] + "/" + k + ".json", "utf8"));
    p += r.numPassedTests; f += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0); s += r.numPendingTests;
    console.error(`${k}: ${r.numPassedTests} passed, ${r.numFailedTests} failed (${r.numTotalTestSuites} suites)`);
  } catch { f += 1; console.error(`${k}: no result (run failed)`); }
}
console.log(`${p} passed, ${f} failed, ${s} skipped`);
' "$results"
exit "$status"
