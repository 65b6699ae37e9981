#!/usr/bin/env bash
# The test suite. Installs what is missing and starts PostgreSQL and Redis (unless DATABASE_URL /
# REDIS_URL are set).
#
#   npm test                 the quick lanes: type-check, lint, the web app's component tests,
#                            unit and API end-to-end tests
#   npm run test:all         everything, as CI (`.ci/run`) runs it: the quick lanes, then the web
#                            app built and its budget, the browser and reliability lanes, and a
#                            smoke test of the built API and worker
#   npm test -- <jest args>  type-check, build the web app, then jest with those arguments
#                            (e.g. `npm test -- test/auth` or `npm test -- --selectProjects browser`)
#
# TEST_WORKERS sets how many test files run at once (each has its own database clone, queue prefix
# and port). By default 3 for the quick lanes: their files wait on PostgreSQL part of the time, so a
# third keeps both cores busy; 2 for the browser lane, where each file also drives Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
workers=${TEST_WORKERS:-3}
browser_workers=${TEST_WORKERS:-2}

all=false
if [ "${1:-}" = "--all" ]; then
  all=true
  shift
fi

source scripts/services.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  socius_log "installing npm dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi
socius_services test

# at_once COMMAND...: runs the commands at the same time (each mostly uses one core, so together
# they use the machine's cores), prints each one's output as it ends, and fails if any failed
at_once() {
  local logs commands=("$@") pids=() failed=0 i
  logs=$(mktemp -d)
  for i in "${!commands[@]}"; do
    bash -c "${commands[$i]}" >"$logs/$i" 2>&1 &
    pids+=($!)
  done
  for i in "${!commands[@]}"; do
    wait "${pids[$i]}" || {
      failed=1
      socius_log "FAILED: ${commands[$i]}"
    }
    cat "$logs/$i"
  done
  rm -rf "$logs"
  return $failed
}

mkdir -p .data
rm -f .data/jest-*.json
status=0
# jest_lane NAME ARGS...: runs jest, keeps its JSON results, remembers a failure and goes on
jest_lane() {
  local name=$1
  shift
  socius_log "running the $name tests"
  npx jest --ci --json --outputFile=".data/jest-$name.json" "$@" || status=1
}

if [ $# -gt 0 ]; then
  socius_log "type-checking, and building the web app (the browser tests drive it as the API serves it)"
  at_once "npm run -s typecheck" "npm run -s build:web"
  jest_lane selected --maxWorkers="$workers" "$@"
  exit $status
fi

socius_log "type-checking; linting (ESLint, Prettier, the libraries' boundaries, the OpenAPI document with"
socius_log "Redocly, the typed client up to date); the web app's component tests: three at a time"
at_once "npm run -s typecheck && npm run -s lint:boundaries" \
  "npm run -s lint:code" \
  "npm run -s lint:format && node scripts/openapi.js check && npm run -s test:web"

jest_lane quick --selectProjects unit e2e --maxWorkers="$workers"

if $all; then
  # built once here: the browser tests, the cluster (scripts/cluster.sh) and the smoke test use dist/
  socius_log "building the API, the worker and the web app, and checking the web app's bundle budget"
  npm run -s build
  export SOCIUS_BUILT=1 SOCIUS_CLUSTER_BUILD=0
  node scripts/bundle-budget.js || status=1
  jest_lane browser --selectProjects browser --maxWorkers="$browser_workers"
  # one at a time: these restart services and kill processes, and measure recovery
  jest_lane reliability --selectProjects reliability --maxWorkers=1
  socius_log "building and smoke-testing the built API and worker"
  bash scripts/smoke.sh || status=1
fi

node -e '
  const fs = require("fs");
  for (const file of fs.readdirSync(".data").filter((f) => /^jest-.*\.json$/.test(f))) {
    const r = JSON.parse(fs.readFileSync(".data/" + file, "utf8"));
    const secs = Math.round((Math.max(...r.testResults.map((t) => t.endTime)) - r.startTime) / 1000);
    console.log(`${file.slice(5, -5)}: ${r.numPassedTests} passed, ${r.numFailedTests} failed in ${secs} s`);
  }
' || true
[ $status -eq 0 ] && socius_log "all passed" || socius_log "FAILED (see above)"
exit $status
