#!/usr/bin/env bash
# Restores a backup of scripts/backup.sh into a NEW database and a new documents directory: it
# refuses a database that already holds tables and a documents directory that is not empty.
# The tables belong to the role of the URL (the owner); the application's role gets its rights
# as the migrations give them (socius_grant_app_role): docs/operations.md#backups.
set -euo pipefail

usage() {
  cat >&2 <<'EOF'
Usage: scripts/restore.sh [--app-role ROLE] BACKUP DATABASE_URL DOCUMENTS_DIR

  BACKUP         a directory written by scripts/backup.sh
  DATABASE_URL   the new database, as the role that will own the tables (e.g.
                 postgres://socius@host:5432/socius_restored); created when missing (the role
                 needs CREATEDB then). Leave the password out of the URL and set PGPASSWORD
                 (or ~/.pgpass): a command line is visible to other users of the machine.
  DOCUMENTS_DIR  where the documents go (created when missing, must be empty); point the API's
                 DOCUMENTS_DIR at it
  --app-role     the role the API and the worker connect as (the user of their DATABASE_URL),
                 given its rights on the restored tables; default: the user of $DATABASE_URL
                 when it is set and is not the owner. Without one, only the owner can use the
                 database.

Environment: PG_BIN, the directory of pg_restore and psql (default: the newest
/usr/lib/postgresql/*/bin, else PATH).
EOF
}

app_role=
while [ $# -gt 0 ]; do
  case $1 in
    -h | --help) usage; exit 0 ;;
    --app-role) [ $# -ge 2 ] || { usage; exit 2; }; app_role=$2; shift 2 ;;
    --app-role=*) app_role=${1#--app-role=}; shift ;;
    --) shift; break ;;
    -*) echo "restore.sh: unknown option $1" >&2; usage; exit 2 ;;
    *) break ;;
  esac
done
[ $# -eq 3 ] || { usage; exit 2; }
backup=$1 target_url=$2 documents=$3

for file in database.dump documents.tar SHA256SUMS; do
  [ -f "$backup/$file" ] || { echo "restore.sh: $backup/$file is missing: not a backup of scripts/backup.sh" >&2; exit 2; }
done
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || { echo "restore.sh: the backup's checksums do not match: it is damaged" >&2; exit 1; }
if [ -e "$documents" ] && [ -n "$(ls -A "$documents")" ]; then
  echo "restore.sh: $documents is not empty: restore the documents into a new directory" >&2; exit 1
fi

pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}
pg_tool() { if [ -n "$pg_bin" ] && [ -x "$pg_bin/$1" ]; then echo "$pg_bin/$1"; else command -v "$1"; fi; }
pg_restore=$(pg_tool pg_restore) || { echo "restore.sh: pg_restore not found (set PG_BIN)" >&2; exit 2; }
psql=$(pg_tool psql) || { echo "restore.sh: psql not found (set PG_BIN)" >&2; exit 2; }

# The URL without its password, the same URL on the server's `postgres` database, the password,
# the database's name and the user; the password goes to libpq through PGPASSWORD only.
read_url() {
  SOCIUS_URL=$1 node -e '
    const u = new URL(process.env.SOCIUS_URL);
    const password = decodeURIComponent(u.password);
    u.password = "";
    const name = decodeURIComponent(u.pathname.slice(1));
    const maintenance = new URL(u.toString());
    maintenance.pathname = "/postgres";
    process.stdout.write([u.toString(), maintenance.toString(), password, name, decodeURIComponent(u.username)].join("\0") + "\0");'
}
{
  IFS= read -r -d '' db_url; IFS= read -r -d '' maintenance_url; IFS= read -r -d '' db_password
  IFS= read -r -d '' db_name; IFS= read -r -d '' owner
} < <(read_url "$target_url")
[ -n "$db_name" ] || { echo "restore.sh: DATABASE_URL names no database" >&2; exit 2; }
[ -n "$db_password" ] && export PGPASSWORD=$db_password
if [ -z "$app_role" ] && [ -n "${DATABASE_URL:-}" ]; then
  app_role=$(SOCIUS_URL=$DATABASE_URL node -e 'process.stdout.write(decodeURIComponent(new URL(process.env.SOCIUS_URL).username))')
fi
[ "$app_role" = "$owner" ] && app_role=
log() { echo "restore.sh: $*" >&2; }

# psql interpolates :'name' (quoted safely) in what it reads, not in -c
exists=$("$psql" -d "$maintenance_url" -v ON_ERROR_STOP=1 -qAt -v name="$db_name" \
  <<<"SELECT count(*) FROM pg_database WHERE datname = :'name'")
if [ "$exists" = 0 ]; then
  log "creating the database $db_name"
  "$psql" -d "$maintenance_url" -v ON_ERROR_STOP=1 -q -v name="$db_name" <<<'CREATE DATABASE :"name"'
else
  tables=$("$psql" -d "$db_url" -v ON_ERROR_STOP=1 -qAt \
    -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")
  [ "$tables" = 0 ] || { log "the database $db_name already holds tables: restore into a new one"; exit 1; }
fi

log "restoring the database into $db_name as $owner"
# owned by the restoring role; the dump's grants name the roles of the server it came from, so
# they are left out and given again below
"$pg_restore" --no-owner --no-privileges --single-transaction --exit-on-error -d "$db_url" "$backup/database.dump"
if [ -n "$app_role" ]; then
  granted=$("$psql" -d "$db_url" -v ON_ERROR_STOP=1 -qAt <<<"SELECT to_regprocedure('socius_grant_app_role(text)') IS NOT NULL")
  [ "$granted" = t ] || { log "the restored database has no socius_grant_app_role(): not a Socius database, or one from before its migration LedgerOwnerAndHashV2 (run migration:run, which grants)"; exit 1; }
  log "granting the application's role $app_role its rights"
  "$psql" -d "$db_url" -v ON_ERROR_STOP=1 -qAt -v role="$app_role" \
    <<<"SELECT socius_grant_app_role(:'role')" >/dev/null
else
  log "no application role given (--app-role): only $owner may use the database"
fi
# fresh planner statistics: pg_restore does not carry them
"$psql" -d "$db_url" -v ON_ERROR_STOP=1 -q -c 'ANALYZE'

log "restoring the documents into $documents"
mkdir -p "$documents"
tar -C "$documents" -xf "$backup/documents.tar"
log "done: $(grep -c '' <(tar -tf "$backup/documents.tar" | grep '\.pdf$') || true) document file(s)"
