#!/usr/bin/env bash
# Starts Socius locally: npm dependencies, PostgreSQL and Redis (unless DATABASE_URL and
# REDIS_URL are set), migrations, a demo cooperative, a mail catcher (unless SMTP_URL is set),
# then the API and the worker. Ctrl-C stops them; the databases keep running for next time.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/services.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  socius_log "installing npm dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi
socius_services dev

socius_log "building"
npm run -s build
socius_log "migrating"
npm run -s migration:run
npm run -s seed

pids=()
if [ -z "${SMTP_URL:-}" ]; then
  export MAIL_CATCHER_PORT=${MAIL_CATCHER_PORT:-1025}
  export SMTP_URL="smtp://127.0.0.1:$MAIL_CATCHER_PORT"
  node scripts/mail-catcher.js &
  pids+=($!)
fi
export PORT=${PORT:-3000}
export PUBLIC_URL=${PUBLIC_URL:-http://localhost:$PORT}
node $SOCIUS_NODE_FLAGS dist/apps/worker/src/main.js &
pids+=($!)
node $SOCIUS_NODE_FLAGS dist/apps/api/src/main.js &
pids+=($!)
trap 'kill "${pids[@]}" 2>/dev/null; wait; exit 0' INT TERM
socius_log "Socius is starting on $PUBLIC_URL (API docs: $PUBLIC_URL/docs). Ctrl-C to stop."
wait -n "${pids[@]}"
status=$?
kill "${pids[@]}" 2>/dev/null || true
exit $status
