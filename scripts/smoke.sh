#!/usr/bin/env bash
# Builds Socius and runs the production entry points (migrate, seed, api, worker) against a
# fresh database: what `npm start` and the Docker image run, checked end to end.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?}" "${REDIS_URL:?}"
source scripts/services.sh # SOCIUS_NODE_FLAGS

# SOCIUS_BUILT=1: dist/ was just built by the caller (npm run test:all)
[ "${SOCIUS_BUILT:-}" = 1 ] || npm run -s build >/dev/null
smoke_db="socius_smoke"
# the owner creates and migrates the database; the API, the worker and the seed run as the application's role
owner_url=${DATABASE_OWNER_URL:-$DATABASE_URL}
with_db() { node -e 'const u=new URL(process.argv[1]);u.pathname="/"+process.argv[2];console.log(u.toString())' "$1" "$2"; }
admin_url=$(with_db "$owner_url" postgres)
db_url=$(with_db "$DATABASE_URL" "$smoke_db")
owner_db_url=$(with_db "$owner_url" "$smoke_db")
psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $smoke_db WITH (FORCE)" -c "CREATE DATABASE $smoke_db" >/dev/null

export DATABASE_URL=$db_url DATABASE_OWNER_URL=$owner_db_url PORT=${SMOKE_PORT:-3917} QUEUE_PREFIX=socius-smoke LOG_LEVEL=warn NODE_ENV=production
export JWT_SECRET=smoke-test-secret-that-is-long-enough-000 BALLOT_SECRET=smoke-test-ballot-secret-long-enough-0000 PUBLIC_URL=http://127.0.0.1:${SMOKE_PORT:-3917}
npm run -s migration:run
npm run -s seed >/dev/null

# two API processes under the supervisor (API_WORKERS), as a production host runs it
API_WORKERS=2 node $SOCIUS_NODE_FLAGS dist/apps/api/src/main.js >.data/smoke-api.log 2>&1 &
api=$!
node $SOCIUS_NODE_FLAGS dist/apps/worker/src/main.js >.data/smoke-worker.log 2>&1 &
worker=$!
trap 'kill $api $worker 2>/dev/null; wait 2>/dev/null || true' EXIT

base="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.2; done
fail() { echo "smoke test failed: $*" >&2; tail -n 30 .data/smoke-api.log .data/smoke-worker.log >&2; exit 1; }

curl -fs "$base/health" | grep -q '"status":"ok"' || fail "/health is not ok"
token=$(curl -fs -X POST "$base/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"admin@demo.socius.local","password":"demo-socius-2026"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken') \
  || fail "the seeded admin cannot log in"
curl -fs "$base/v1/orgs/demo" -H "Authorization: Bearer $token" | grep -q '"slug":"demo"' || fail "the demo organization is not readable"
# the swagger CLI plugin documents DTO fields from their types in the built output
curl -fs "$base/openapi.json" | node -e '
  const doc = JSON.parse(require("fs").readFileSync(0));
  const props = doc.components.schemas.CreateOrganizationDto?.properties ?? {};
  if (!props.slug || !props.minimumCapitalCents) { console.error("OpenAPI lacks DTO fields"); process.exit(1); }
' || fail "OpenAPI document"
# it is the document `npm run openapi:lint` lints and the typed client is generated from (servers aside)
node scripts/openapi.js document .data/openapi-generated.json >/dev/null
curl -fs "$base/openapi.json" >.data/openapi-served.json
node -e '
  const [served, generated] = process.argv.slice(1).map((f) => ({ ...JSON.parse(require("fs").readFileSync(f)), servers: [] }));
  if (JSON.stringify(served) !== JSON.stringify(generated)) process.exit(1);
' .data/openapi-served.json .data/openapi-generated.json || fail "the API serves another OpenAPI document than scripts/openapi.js writes"
# the worker delivers the seed's role e-mail job (no SMTP here, so it is retried: it must at least be picked up)
for _ in $(seq 1 50); do
  state=$(psql -qtA "$db_url" -c "SELECT status FROM outbox LIMIT 1")
  [ "$state" != pending ] && break; sleep 0.2
done
[ "$state" != pending ] || fail "the worker's relay did not publish the outbox"
# with two roles, the application's may not change the legal register
user_of() { node -e 'console.log(new URL(process.argv[1]).username)' "$1"; }
if [ "$(user_of "$owner_url")" != "$(user_of "$db_url")" ]; then
  psql -qtA "$db_url" -c "UPDATE ledger_movements SET quantity = quantity" >/dev/null 2>&1 && fail "the application's role may UPDATE the ledger"
  grep -q "may change or empty the legal register" .data/smoke-api.log && fail "the API warns that its role may change the ledger"
fi
# both API processes answer, and SIGTERM stops the supervisor and its workers
workers=$(pgrep -P $api | tr '\n' ' ')
[ "$(echo $workers | wc -w)" = 2 ] || fail "API_WORKERS=2 did not start two API processes"
kill -TERM $api
for _ in $(seq 1 50); do kill -0 $api 2>/dev/null || break; sleep 0.2; done
for pid in $api $workers; do kill -0 "$pid" 2>/dev/null && fail "API process $pid still runs after SIGTERM"; done
echo "smoke test passed: built API (2 processes) and worker serve, migrate, seed, relay jobs and stop"
