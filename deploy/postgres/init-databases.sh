#!/bin/bash
# First start of the PostgreSQL container: one database and one owner per service, from the
# environment (see .env.example). Runs once, on an empty data volume.
set -euo pipefail
for service in CONTENT QUIZ GRADING; do
  db_var="${service}_DB_NAME"; user_var="${service}_DB_USER"; password_var="${service}_DB_PASSWORD"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE "${!user_var}" LOGIN PASSWORD '${!password_var}';
CREATE DATABASE "${!db_var}" OWNER "${!user_var}";
SQL
done
