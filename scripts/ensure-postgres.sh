#!/usr/bin/env bash
# Makes sure the local PostgreSQL 15 cluster runs and holds the suite's role and databases.
# Idempotent: a second run changes nothing. Needs root (or the postgres user) on a Debian-style
# installation (pg_ctlcluster). Used by .ci/run and ./suite.
#   ensure-postgres.sh [database ...]   (default: the local and test databases of all services)
set -euo pipefail

ROLE="${EXAMSUITE_DB_USER:-examsuite}"
PASSWORD="${EXAMSUITE_DB_PASSWORD:-examsuite}"
DATABASES=("$@")
[ ${#DATABASES[@]} -gt 0 ] || DATABASES=(content quiz grading content_test quiz_test grading_test e2e_content e2e_quiz e2e_grading)

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL is not installed (no pg_ctlcluster); install it with: apt-get install -y postgresql" >&2
  exit 1
fi

cluster=$(pg_lsclusters --no-header | awk '$1 == "15" && $2 == "main" {print $4}')
if [ -z "$cluster" ]; then
  echo "No PostgreSQL cluster 15/main; create it with: pg_createcluster 15 main" >&2
  exit 1
fi
if [ "$cluster" != "online" ]; then
  pg_ctlcluster 15 main start
fi
for _ in $(seq 1 30); do
  as_postgres pg_isready -q -h /var/run/postgresql && break
  sleep 1
done

as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN
    CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}';
  END IF;
END
\$\$;
SQL
for db in "${DATABASES[@]}"; do
  if [ -z "$(as_postgres psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '${db}'")" ]; then
    as_postgres createdb -O "$ROLE" "$db"
  fi
done
echo "PostgreSQL 15/main is up on 127.0.0.1:5432 with role ${ROLE} and databases: ${DATABASES[*]}"
