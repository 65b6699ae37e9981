# shellcheck shell=bash
# Sourced by start.sh and test.sh: makes sure PostgreSQL and Redis are reachable and exports
# DATABASE_URL, DATABASE_OWNER_URL and REDIS_URL. When DATABASE_URL / REDIS_URL are already set,
# nothing is started. Otherwise a private PostgreSQL cluster and Redis server are started on
# loopback (installed with apt-get first when missing and we are root), with two database roles:
# socius owns the tables and migrates (DATABASE_OWNER_URL), socius_app is the API's and the
# worker's (DATABASE_URL), which may only read and add to the ledger. Profiles: "dev" (durable)
# and "test" (fsync off, other ports).

SOCIUS_ROOT=${SOCIUS_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}

socius_log() { printf '\033[1;34m[socius]\033[0m %s\n' "$*" >&2; }

socius_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
}

socius_ensure_packages() {
  local missing=()
  [ -z "${DATABASE_URL:-}" ] && [ -z "$(socius_pg_bin)" ] && missing+=(postgresql postgresql-client)
  [ -z "${REDIS_URL:-}" ] && ! command -v redis-server >/dev/null && missing+=(redis-server)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  command -v xmllint >/dev/null || missing+=(libxml2-utils)
  # the browser tests drive Debian's Chromium (playwright-core downloads no browser)
  [ "${1:-}" = test ] && [ ! -x /usr/bin/chromium ] && missing+=(chromium)
  command -v psql >/dev/null || missing+=(postgresql-client)
  [ ${#missing[@]} -eq 0 ] && return 0
  socius_apt_install "${missing[@]}" || {
    socius_log "or set DATABASE_URL and REDIS_URL"
    return 1
  }
}

# socius_apt_install PACKAGE...: Debian's packages, without starting their services (we run our own
# on other ports: PostgreSQL's package would start a cluster on 5432, nginx a server on 80).
socius_apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    socius_log "missing Debian packages: $*"
    socius_log "install them: sudo apt-get install -y $*"
    return 1
  fi
  socius_log "installing $* with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  local status=$?
  rm -f /usr/sbin/policy-rc.d
  return $status
}

# socius_services dev|test
socius_services() {
  local profile=${1:-dev}
  local pg_port redis_port fast
  if [ "$profile" = test ]; then pg_port=${SOCIUS_TEST_PG_PORT:-5434}; redis_port=${SOCIUS_TEST_REDIS_PORT:-6381}; fast=1
  else pg_port=${SOCIUS_PG_PORT:-5433}; redis_port=${SOCIUS_REDIS_PORT:-6380}; fast=0; fi

  socius_ensure_packages "$profile" || return 1

  local data
  data=$(socius_data_dir)
  data="$data/$profile"
  mkdir -p "$data"

  if [ -z "${DATABASE_URL:-}" ]; then
    socius_start_postgres "$data/pg" "$pg_port" "$fast" || return 1
    if [ -n "${socius_single_role:-}" ]; then
      export DATABASE_URL="postgres://socius:socius@127.0.0.1:$pg_port/socius"
    else
      export DATABASE_OWNER_URL="postgres://socius:socius@127.0.0.1:$pg_port/socius"
      export DATABASE_URL="postgres://socius_app:socius_app@127.0.0.1:$pg_port/socius"
    fi
  fi
  if [ -z "${REDIS_URL:-}" ]; then
    socius_start_redis "$data/redis" "$redis_port" "$fast" || return 1
    export REDIS_URL="redis://127.0.0.1:$redis_port"
  fi
}

socius_data_dir() {
  # when root, outside the work tree, where the postgres user can always reach it; one cluster
  # per profile serves every checkout (each test run makes its own databases)
  if [ "$(id -u)" -eq 0 ]; then echo "${SOCIUS_DATA:-/var/lib/socius}"; else echo "${SOCIUS_DATA:-$SOCIUS_ROOT/.data}"; fi
}

socius_as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

socius_start_postgres() {
  local dir=$1 port=$2 fast=$3 bin
  socius_single_role=
  bin=$(socius_pg_bin)
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if [ ! -S "$dir/.s.PGSQL.$port" ]; then
      # a server started from another data directory: usable if the owner can log in; the roles are its business
      if PGPASSWORD=socius "$bin/psql" -h 127.0.0.1 -p "$port" -U socius -d socius -qAtc 'SELECT 1' >/dev/null 2>&1; then
        socius_log "PostgreSQL already answers on port $port"
        if ! PGPASSWORD=socius_app "$bin/psql" -h 127.0.0.1 -p "$port" -U socius_app -d socius -qAtc 'SELECT 1' >/dev/null 2>&1; then
          socius_log "it has no role socius_app: the API and the worker will connect as the owner of the tables"
          socius_single_role=1
        fi
        return 0
      fi
      socius_log "port $port is taken by a PostgreSQL that is not Socius's: set DATABASE_URL (and DATABASE_OWNER_URL), or SOCIUS_PG_PORT / SOCIUS_TEST_PG_PORT"
      return 1
    fi
    socius_log "PostgreSQL already answers on port $port"
  else
    if [ ! -f "$dir/PG_VERSION" ]; then
      socius_log "creating a PostgreSQL cluster in $dir"
      mkdir -p "$dir"
      [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$(dirname "$dir")"
      socius_as_pg "$bin/initdb" -D "$dir" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
      {
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$dir'"
        echo "max_connections = 300"
        echo "shared_buffers = 256MB"
        if [ "$fast" = 1 ]; then echo "fsync = off"; echo "synchronous_commit = off"; echo "full_page_writes = off"; fi
      } | socius_as_pg tee -a "$dir/postgresql.conf" >/dev/null
    fi
    socius_log "starting PostgreSQL on port $port"
    socius_as_pg "$bin/pg_ctl" -D "$dir" -o "-p $port" -l "$dir/server.log" -w -t 60 start >/dev/null || {
      tail -n 20 "$dir/server.log" >&2; return 1; }
  fi
  socius_create_roles "$bin" "$dir" "$port"
}

# As the postgres superuser, every time (idempotent): the owner of the tables, which migrates and
# creates the test databases, and the application's role, which owns nothing (the migrations grant
# it its rights: docs/operations.md#database-roles).
socius_create_roles() {
  local bin=$1 dir=$2 port=$3
  socius_as_pg "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'socius') THEN
    CREATE ROLE socius LOGIN CREATEDB PASSWORD 'socius';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'socius_app') THEN
    CREATE ROLE socius_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD 'socius_app';
  END IF;
END $$;
SELECT 'CREATE DATABASE socius OWNER socius' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'socius')\gexec
SQL
}

socius_start_redis() {
  local dir=$1 port=$2 fast=$3
  if redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then
    socius_log "Redis already answers on port $port"
    return 0
  fi
  mkdir -p "$dir"
  socius_log "starting Redis on port $port"
  local persist=(--appendonly yes --appendfsync everysec)
  [ "$fast" = 1 ] && persist=(--appendonly no)
  redis-server --bind 127.0.0.1 --port "$port" --daemonize yes --dir "$dir" --save '' "${persist[@]}" \
    --maxmemory-policy noeviction --logfile "$dir/redis.log" --pidfile "$dir/redis.pid"
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  socius_log "Redis did not start; see $dir/redis.log"; return 1
}

socius_stop_services() {
  local profile=${1:-dev} data bin
  data=$(socius_data_dir)
  bin=$(socius_pg_bin)
  [ -f "$data/$profile/pg/postmaster.pid" ] && socius_as_pg "$bin/pg_ctl" -D "$data/$profile/pg" -m fast stop >/dev/null
  [ -f "$data/$profile/redis/redis.pid" ] && kill "$(cat "$data/$profile/redis/redis.pid")" 2>/dev/null
  return 0
}

# How the API and the worker run in production: a 4 MB young generation (V8's default is 16 MB per
# semi-space) and a 192 MB old generation, collected early rather than grown: an API process stays
# under 200 MB resident through the largest exports (bench/ledger) and near 220 MB through an
# import of 100,000 members (bench/members-import; 400 MB with V8's defaults). The Dockerfile sets
# the same in NODE_OPTIONS; set SOCIUS_NODE_FLAGS to change them.
export SOCIUS_NODE_FLAGS=${SOCIUS_NODE_FLAGS:---max-semi-space-size=4 --max-old-space-size=192}
