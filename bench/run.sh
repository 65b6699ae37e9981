#!/usr/bin/env bash
# npm run bench -- NAME: builds, provisions PostgreSQL and Redis like the tests do, and runs bench/NAME.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: npm run bench -- NAME   (one of: $(ls bench/*.ts | xargs -n1 basename | sed 's/\.ts$//' | tr '\n' ' '))}
source scripts/services.sh
socius_services test
npm run -s build
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register "bench/$name.ts"
