#!/usr/bin/env bash
# The whole test suite: installs what is missing, starts PostgreSQL and Redis (unless
# DATABASE_URL / REDIS_URL are set), type-checks, lints, runs unit and end-to-end tests, then builds
# and smoke-tests the production entry points. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

source scripts/services.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  socius_log "installing npm dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi
socius_services test

socius_log "type-checking"
npm run -s typecheck
if [ $# -eq 0 ]; then
  socius_log "linting (ESLint, Prettier, the libraries' boundaries)"
  npm run -s lint
  socius_log "linting the OpenAPI document (Redocly) and checking the typed client is up to date"
  node scripts/openapi.js check
fi

# the browser tests drive the web app as the API serves it
socius_log "building the web app, checking its bundle budget and running its component tests"
npm run -s build:web
node scripts/bundle-budget.js
if [ $# -eq 0 ]; then npm run -s test:web; fi

socius_log "running the tests"
mkdir -p .data
results=.data/jest-results.json
set +e
npx jest --ci --json --outputFile="$results" "$@"
status=$?
set -e

if [ $# -eq 0 ]; then
  socius_log "building and smoke-testing the built API and worker"
  bash scripts/smoke.sh || status=1
fi

node -e '
  const r = require(process.argv[1]);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$PWD/$results" || true
exit $status
