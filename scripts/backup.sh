#!/usr/bin/env bash
# Backs up Socius: the database (pg_dump, custom format) and the issued documents (DOCUMENTS_DIR)
# into one new dated directory, DESTINATION/socius-backup-YYYYMMDDTHHMMSSZ, whose path it prints.
# The database is dumped first, then the documents: every document the dump registers was stored
# before its row was committed, so it is in the archive (docs/operations.md#backups).
set -euo pipefail

usage() {
  cat >&2 <<'EOF'
Usage: scripts/backup.sh DESTINATION

Writes DESTINATION/socius-backup-<UTC date and time>/ holding
  database.dump   pg_dump --format=custom of the database
  documents.tar   the files of DOCUMENTS_DIR
  SHA256SUMS      their checksums (restore.sh checks them)
  INFO            when, from which database and server version
and prints that directory's path.

Environment:
  DATABASE_OWNER_URL  the database, as the owner of the tables (else DATABASE_URL)
  DOCUMENTS_DIR       the issued documents (default .data/documents, as the API)
  PG_BIN              directory of pg_dump (default: the newest /usr/lib/postgresql/*/bin, else PATH)
EOF
}

[ "${1:-}" = -h ] || [ "${1:-}" = --help ] && { usage; exit 0; }
[ $# -eq 1 ] || { usage; exit 2; }
destination=$1
source_url=${DATABASE_OWNER_URL:-${DATABASE_URL:-}}
[ -n "$source_url" ] || { echo "backup.sh: set DATABASE_OWNER_URL (or DATABASE_URL) to the database to back up" >&2; exit 2; }
documents=${DOCUMENTS_DIR:-.data/documents}
[ -d "$documents" ] || { echo "backup.sh: the documents directory $documents does not exist (DOCUMENTS_DIR)" >&2; exit 2; }
mkdir -p "$destination"

pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}
pg_tool() { if [ -n "$pg_bin" ] && [ -x "$pg_bin/$1" ]; then echo "$pg_bin/$1"; else command -v "$1"; fi; }
pg_dump=$(pg_tool pg_dump) || { echo "backup.sh: pg_dump not found (set PG_BIN)" >&2; exit 2; }
psql=$(pg_tool psql) || { echo "backup.sh: psql not found (set PG_BIN)" >&2; exit 2; }

# The password goes to libpq through PGPASSWORD, never on a command line (ps shows those) or in output.
read_url() {
  SOCIUS_URL=$1 node -e '
    const u = new URL(process.env.SOCIUS_URL);
    const password = decodeURIComponent(u.password);
    u.password = "";
    process.stdout.write([u.toString(), password, decodeURIComponent(u.pathname.slice(1))].join("\0") + "\0");'
}
{ IFS= read -r -d '' db_url; IFS= read -r -d '' db_password; IFS= read -r -d '' db_name; } < <(read_url "$source_url")
[ -n "$db_password" ] && export PGPASSWORD=$db_password

stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$destination/socius-backup-$stamp"
[ -e "$target" ] && { echo "backup.sh: $target already exists" >&2; exit 1; }
# written under a temporary name, renamed when whole: a directory named socius-backup-* is complete
partial="$target.partial"
trap 'rm -rf "$partial"' EXIT
mkdir "$partial"

"$pg_dump" --format=custom --compress=6 --file="$partial/database.dump" -d "$db_url"
# the files only: temporary files of a document being written are left out
tar -C "$documents" --exclude='*.tmp' -cf "$partial/documents.tar" .
{
  echo "created_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=$db_name"
  echo "server_version=$("$psql" -d "$db_url" -qAtc 'SHOW server_version')"
  echo "pg_dump=$("$pg_dump" --version)"
  echo "documents=$(tar -tf "$partial/documents.tar" | grep -c '\.pdf$' || true)"
} >"$partial/INFO"
(cd "$partial" && sha256sum database.dump documents.tar INFO >SHA256SUMS)

mv "$partial" "$target"
trap - EXIT
echo "$target"
