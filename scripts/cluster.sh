#!/usr/bin/env bash
# Socius as a cluster on one host, all on loopback (docs/deploy.md):
#   nginx → API replicas (api-1, api-2 …) → PgBouncer (transaction mode) → primary PostgreSQL
#   workers (worker-1, worker-2 …) → PgBouncer; LISTEN and migrations → the primary directly
#   exports → the streaming replica; documents → an S3-compatible server (s3rver); Redis; a mail catcher
# Usage: scripts/cluster.sh up | down | status
#   up     installs nginx, PgBouncer, PostgreSQL and Redis with apt-get when missing, builds (npm run
#          build; SOCIUS_CLUSTER_BUILD=0 keeps dist/ as it is), starts what is not running, migrates,
#          writes .data/cluster/env (the settings, to source) and prints SOCIUS_URL=… last
#   down   stops everything it started (the data stays in .data/cluster: rm -rf it for a new cluster)
# Settings: SOCIUS_CLUSTER_PORT (7400: nginx; the others follow it, see below), SOCIUS_CLUSTER_APIS (2),
#   SOCIUS_CLUSTER_WORKERS (2), SOCIUS_CLUSTER_DIR (.data/cluster), SOCIUS_CLUSTER_DURABLE (0: fsync off,
#   as the tests' PostgreSQL; 1: PostgreSQL's defaults).
# Each process's PID is in $SOCIUS_CLUSTER_DIR/<name>.pid (api-1, worker-1, nginx, pgbouncer,
# postgres-primary, postgres-replica, redis, s3, mail); logs in $SOCIUS_CLUSTER_DIR/logs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh # socius_log, socius_pg_bin, socius_apt_install, SOCIUS_NODE_FLAGS

dir=$(mkdir -p "${SOCIUS_CLUSTER_DIR:-.data/cluster}" && cd "${SOCIUS_CLUSTER_DIR:-.data/cluster}" && pwd)
base=${SOCIUS_CLUSTER_PORT:-7400}
apis=${SOCIUS_CLUSTER_APIS:-2}
workers=${SOCIUS_CLUSTER_WORKERS:-2}
nginx_port=$base                    # api-N listens on base+N (N ≤ 9)
pgbouncer_port=$((base + 32))
primary_port=$((base + 33))
replica_port=$((base + 34))
redis_port=$((base + 79))
s3_port=$((base + 90))
mail_port=$((base + 25))
logs=$dir/logs

pid_of() { cat "$dir/$1.pid" 2>/dev/null || true; }
alive() {
  local pid
  pid=$(pid_of "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
# as root, PostgreSQL and PgBouncer run as postgres: their directories and logs are its
postgres_owns() { if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$@"; fi; }
wait_for() { # wait_for WHAT SECONDS COMMAND...
  local what=$1 seconds=$2
  shift 2
  for _ in $(seq 1 $((seconds * 10))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  socius_log "$what did not come up; see $logs"
  return 1
}

ensure_packages() {
  local missing=()
  [ -n "$(socius_pg_bin)" ] || missing+=(postgresql)
  command -v psql >/dev/null || missing+=(postgresql-client)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
  [ ${#missing[@]} -eq 0 ] || socius_apt_install "${missing[@]}"
}

# The environment every Socius process of the cluster runs with (also written to $dir/env).
write_env() {
  if [ ! -f "$dir/secrets.env" ]; then
    umask 077
    {
      echo "JWT_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')"
      echo "BALLOT_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("hex"))')"
    } >"$dir/secrets.env"
    umask 022
  fi
  cat >"$dir/env" <<EOF
NODE_ENV=production
TZ=UTC
LOG_LEVEL=${LOG_LEVEL:-warn}
$(cat "$dir/secrets.env")
DATABASE_URL=postgres://socius_app:socius_app@127.0.0.1:$pgbouncer_port/socius
DATABASE_DIRECT_URL=postgres://socius_app:socius_app@127.0.0.1:$primary_port/socius
DATABASE_OWNER_URL=postgres://socius:socius@127.0.0.1:$primary_port/socius
DATABASE_REPLICA_URL=postgres://socius_app:socius_app@127.0.0.1:$replica_port/socius
REDIS_URL=redis://127.0.0.1:$redis_port
QUEUE_PREFIX=socius-cluster
SMTP_URL=smtp://127.0.0.1:$mail_port
PUBLIC_URL=http://127.0.0.1:$nginx_port
TRUST_PROXY=loopback
HOST=127.0.0.1
DOCUMENTS_STORAGE=s3
S3_ENDPOINT=http://127.0.0.1:$s3_port
S3_BUCKET=socius
S3_REGION=us-east-1
S3_FORCE_PATH_STYLE=true
S3_ACCESS_KEY_ID=S3RVER
S3_SECRET_ACCESS_KEY=S3RVER
PDF_RENDER_THREADS=1
SOCIUS_CLUSTER_PGBOUNCER_PORT=$pgbouncer_port
SOCIUS_CLUSTER_PRIMARY_PORT=$primary_port
SOCIUS_CLUSTER_REPLICA_PORT=$replica_port
EOF
}

start_primary() {
  local bin=$1 data=$dir/postgres-primary
  if [ ! -f "$data/PG_VERSION" ]; then
    socius_log "creating the primary PostgreSQL in $data"
    mkdir -p "$data"
    postgres_owns "$data"
    chmod 700 "$data"
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "unix_socket_directories = '$dir/sockets'"
      echo "max_connections = 200"
      echo "shared_buffers = 256MB"
      echo "wal_level = replica"
      echo "max_wal_senders = 5"
      echo "wal_keep_size = 512MB"
      if [ "${SOCIUS_CLUSTER_DURABLE:-0}" != 1 ]; then
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
      fi
    } | as_postgres tee -a "$data/postgresql.conf" >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    socius_log "starting the primary PostgreSQL on port $primary_port"
    as_postgres "$bin/pg_ctl" -D "$data" -o "-p $primary_port" -l "$logs/postgres-primary.log" -w -t 60 start >/dev/null
  fi
  head -n 1 "$data/postmaster.pid" >"$dir/postgres-primary.pid"
  as_postgres "$bin/psql" -h "$dir/sockets" -p "$primary_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'socius') THEN CREATE ROLE socius LOGIN CREATEDB PASSWORD 'socius'; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'socius_app') THEN
    CREATE ROLE socius_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD 'socius_app';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'socius_replication') THEN
    CREATE ROLE socius_replication LOGIN REPLICATION PASSWORD 'socius_replication';
  END IF;
END $$;
SELECT 'CREATE DATABASE socius OWNER socius' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'socius')\gexec
SQL
}

# A hot standby streaming from the primary (pg_basebackup once, then it follows by itself).
start_replica() {
  local bin=$1 data=$dir/postgres-replica
  if [ ! -f "$data/PG_VERSION" ]; then
    socius_log "copying the primary into the streaming replica ($data)"
    mkdir -p "$data"
    postgres_owns "$data"
    chmod 700 "$data"
    as_postgres env PGPASSWORD=socius_replication "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" \
      -U socius_replication -D "$data" -X stream -R -c fast >/dev/null
    {
      echo "port = $replica_port"
      echo "hot_standby = on"
      # long exports are not cancelled by the primary's vacuum; the standby tells it what it still reads
      echo "hot_standby_feedback = on"
      echo "max_standby_streaming_delay = 30s"
    } | as_postgres tee -a "$data/postgresql.conf" >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    socius_log "starting the streaming replica on port $replica_port"
    as_postgres "$bin/pg_ctl" -D "$data" -o "-p $replica_port" -l "$logs/postgres-replica.log" -w -t 60 start >/dev/null
  fi
  head -n 1 "$data/postmaster.pid" >"$dir/postgres-replica.pid"
}

pgbouncer_version() { /usr/sbin/pgbouncer --version | head -n 1 | sed 's/[^0-9.]//g'; }

start_pgbouncer() {
  alive pgbouncer && return 0
  local conf=$dir/pgbouncer
  mkdir -p "$conf"
  printf '"socius_app" "socius_app"\n"socius" "socius"\n' >"$conf/userlist.txt"
  # named prepared statements need PgBouncer 1.21+ (Debian 12 ships 1.18); TypeORM's are unnamed either way
  local prepared="" version
  version=$(pgbouncer_version)
  if [ "$(printf '%s\n1.21\n' "$version" | sort -V | head -n 1)" = 1.21 ]; then
    prepared="max_prepared_statements = 200"
  else
    socius_log "PgBouncer $version carries no named prepared statements (max_prepared_statements is 1.21+): Socius sends unnamed ones"
  fi
  cat >"$conf/pgbouncer.ini" <<EOF
[databases]
socius = host=127.0.0.1 port=$primary_port dbname=socius

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $pgbouncer_port
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $conf/userlist.txt
pool_mode = transaction
max_client_conn = 2000
default_pool_size = 40
reserve_pool_size = 10
server_lifetime = 3600
ignore_startup_parameters = extra_float_digits
log_connections = 0
log_disconnections = 0
$prepared
logfile = $logs/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
  chmod 600 "$conf/userlist.txt"
  postgres_owns "$conf" "$conf/userlist.txt" "$conf/pgbouncer.ini"
  socius_log "starting PgBouncer (transaction mode) on port $pgbouncer_port"
  # a descriptor per client and per server connection
  (ulimit -n 4096 2>/dev/null || true; as_postgres /usr/sbin/pgbouncer -d "$conf/pgbouncer.ini")
  wait_for PgBouncer 10 test -s "$dir/pgbouncer.pid"
}

start_redis() {
  alive redis && return 0
  mkdir -p "$dir/redis"
  socius_log "starting Redis on port $redis_port"
  redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --dir "$dir/redis" --save '' --appendonly no \
    --maxmemory-policy noeviction --logfile "$logs/redis.log" --pidfile "$dir/redis.pid"
  wait_for Redis 10 redis-cli -h 127.0.0.1 -p "$redis_port" ping
}

start_node() { # start_node NAME COMMAND... (in the background, PID in NAME.pid)
  local name=$1
  shift
  alive "$name" && return 0
  (set -a && source "$dir/env" && set +a && exec "$@") </dev/null >>"$logs/$name.log" 2>&1 &
  echo $! >"$dir/$name.pid"
}

start_nginx() {
  local conf=$dir/nginx servers=""
  mkdir -p "$conf/temp"
  for i in $(seq 1 "$apis"); do servers+="    server 127.0.0.1:$((base + i)) max_fails=1 fail_timeout=2s;"$'\n'; done
  cat >"$conf/nginx.conf" <<EOF
worker_processes 1;
pid $dir/nginx.pid;
error_log $logs/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $conf/temp/body;
  proxy_temp_path $conf/temp/proxy;
  fastcgi_temp_path $conf/temp/fastcgi;
  uwsgi_temp_path $conf/temp/uwsgi;
  scgi_temp_path $conf/temp/scgi;
  upstream socius_api {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$nginx_port;
    # imports take up to 200 MB; the API bounds each route itself
    client_max_body_size 210m;
    location / {
      proxy_pass http://socius_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # a replica that refuses the connection: the next one (a POST that reached one is never sent twice)
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 300s;
      # exports stream from the API as they are produced
      proxy_buffering off;
    }
  }
}
EOF
  if alive nginx; then
    /usr/sbin/nginx -c "$conf/nginx.conf" -p "$conf" -s reload
  else
    socius_log "starting nginx on port $nginx_port in front of $apis API replicas"
    /usr/sbin/nginx -c "$conf/nginx.conf" -p "$conf"
  fi
}

up() {
  [ "$apis" -ge 1 ] && [ "$apis" -le 9 ] || { socius_log "SOCIUS_CLUSTER_APIS must be 1 to 9"; exit 2; }
  ensure_packages
  mkdir -p "$logs" "$dir/sockets"
  postgres_owns "$dir" "$logs" "$dir/sockets"
  local bin
  bin=$(socius_pg_bin)
  write_env
  if [ "${SOCIUS_CLUSTER_BUILD:-1}" != 0 ] || [ ! -f dist/apps/api/src/main.js ]; then
    socius_log "building (npm run build)"
    npm run -s build >"$logs/build.log" 2>&1 || { tail -n 30 "$logs/build.log" >&2; exit 1; }
  fi
  start_primary "$bin"
  start_redis
  start_node s3 node node_modules/s3rver/bin/s3rver.js --directory "$dir/s3" --address 127.0.0.1 \
    --port "$s3_port" --silent --configure-bucket socius
  start_node mail env MAIL_CATCHER_PORT="$mail_port" MAIL_CATCHER_DIR="$dir/mail" node scripts/mail-catcher.js
  socius_log "migrating (as the owner, straight to the primary)"
  (set -a && source "$dir/env" && set +a && npm run -s migration:run) >>"$logs/migrate.log" 2>&1 || {
    tail -n 20 "$logs/migrate.log" >&2
    exit 1
  }
  start_replica "$bin"
  start_pgbouncer
  wait_for S3 10 curl -fs "http://127.0.0.1:$s3_port/socius"
  for i in $(seq 1 "$workers"); do
    start_node "worker-$i" env SOCIUS_APP_NAME="socius-worker-$i" node $SOCIUS_NODE_FLAGS dist/apps/worker/src/main.js
  done
  for i in $(seq 1 "$apis"); do
    start_node "api-$i" env PORT=$((base + i)) SOCIUS_APP_NAME="socius-api-$i" node $SOCIUS_NODE_FLAGS dist/apps/api/src/main.js
  done
  for i in $(seq 1 "$apis"); do wait_for "api-$i" 60 curl -fs "http://127.0.0.1:$((base + i))/health"; done
  start_nginx
  wait_for nginx 10 curl -fs "http://127.0.0.1:$nginx_port/health"
  echo "SOCIUS_URL=http://127.0.0.1:$nginx_port"
}

stop_pid() { # stop_pid NAME: SIGTERM, then SIGKILL after 10 s
  local pid
  pid=$(pid_of "$1")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$dir/$1.pid"
}

down() {
  local bin name
  bin=$(socius_pg_bin)
  if alive nginx; then /usr/sbin/nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -s quit 2>/dev/null || true; fi
  stop_pid nginx
  for name in $(cd "$dir" && ls api-*.pid worker-*.pid 2>/dev/null | sed 's/\.pid$//'); do stop_pid "$name"; done
  stop_pid pgbouncer
  stop_pid s3
  stop_pid mail
  if alive redis; then redis-cli -h 127.0.0.1 -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true; fi
  stop_pid redis
  for name in postgres-replica postgres-primary; do
    if [ -f "$dir/$name/postmaster.pid" ]; then as_postgres "$bin/pg_ctl" -D "$dir/$name" -m fast -w stop >/dev/null || true; fi
    rm -f "$dir/$name.pid"
  done
  socius_log "cluster stopped (its data stays in $dir)"
}

status() {
  local name
  for f in "$dir"/*.pid; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .pid)
    if alive "$name"; then echo "$name $(pid_of "$name") running"; else echo "$name $(pid_of "$name") stopped"; fi
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
